import { describe, expect, it } from 'vitest';
import { prefixListCache } from '../../../src/store/sqlite/prefix-lists';
import type { MatchLists } from '../../../src/store/sqlite/rank-candidates';

/** Match lists that count how often each expression was read from "FTS5". */
function countingLists(): { lists: MatchLists; reads: Map<string, number> } {
  const reads = new Map<string, number>();
  const read = (expression: string) => reads.set(expression, (reads.get(expression) ?? 0) + 1);
  return {
    reads,
    lists: {
      ids: (expression) => {
        read(expression);
        return Uint32Array.of(3, 1, 2);
      },
      ranked: (expression) => {
        read(`ranked ${expression}`);
        return { rowids: Uint32Array.of(3, 1, 2), ranks: Float64Array.of(-3, -1, -2) };
      },
      located: (expression) => {
        read(`located ${expression}`);
        return { rowids: Uint32Array.of(3, 1, 2), masks: Float64Array.of(8, 8, 9) };
      },
    },
  };
}

describe('prefixListCache', () => {
  it('reads a prefix expression once per index state and passes other expressions on', () => {
    const { lists, reads } = countingLists();
    const wrap = prefixListCache();
    const state = {};
    for (let i = 0; i < 3; i++) {
      const cached = wrap(lists, state);
      expect([...cached.ids('({title docnum headings body} : "县"*)')]).toEqual([3, 1, 2]);
      cached.ids('"停电"');
      cached.ranked('"县"*', ['"县"*']);
    }
    expect(reads.get('({title docnum headings body} : "县"*)')).toBe(1);
    expect(reads.get('ranked "县"*')).toBe(1);
    // Must not match: a phrase of bigrams is read every time.
    expect(reads.get('"停电"')).toBe(3);
  });

  it('reads again once the index changed (a new field cache)', () => {
    const { lists, reads } = countingLists();
    const wrap = prefixListCache();
    wrap(lists, {}).ids('"县"*');
    wrap(lists, {}).ids('"县"*');
    expect(reads.get('"县"*')).toBe(2);
  });

  it('hands out a copy of cached ranked rowids, which the BM25 ranking compacts in place', () => {
    const { lists } = countingLists();
    const wrap = prefixListCache();
    const state = {};
    const first = wrap(lists, state).ranked('"县"*', ['"县"*']);
    first.rowids[0] = 99;
    expect([...wrap(lists, state).ranked('"县"*', ['"县"*']).rowids]).toEqual([3, 1, 2]);
  });

  it('drops the least recently used lists past its bound, and never keeps a list larger than the bound', () => {
    const { lists, reads } = countingLists();
    // Room for two lists of three rowids.
    const wrap = prefixListCache(6);
    const state = {};
    const ids = (e: string) => wrap(lists, state).ids(e);
    ids('"县"*');
    ids('"市"*');
    ids('"县"*'); // used again: 市 is now the least recent
    ids('"镇"*'); // 市 goes
    ids('"县"*');
    ids('"市"*');
    expect(reads.get('"县"*')).toBe(1);
    expect(reads.get('"市"*')).toBe(2);
    const tiny = prefixListCache(2);
    tiny(lists, state).ids('"乡"*');
    tiny(lists, state).ids('"乡"*');
    expect(reads.get('"乡"*')).toBe(2);
  });
});
