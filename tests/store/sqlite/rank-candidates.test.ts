import { describe, expect, it } from 'vitest';
import { ftsMatchExpression } from '../../../src/store/escape-query';
import { parseQuery } from '../../../src/store/query/parse-query';
import type { Fields } from '../../../src/store/sqlite/field-cache';
import { topPositions } from '../../../src/store/query/select-top';
import { ADJACENT_ASKED, partialRanking, topOfTier, type MatchLists } from '../../../src/store/sqlite/rank-candidates';

/**
 * A partial ranking picks the page's candidates instead of sorting them all: its first `depth`
 * must be those of the whole sort (asked with a depth past which it sorts everything), ties of
 * count, score and date included. 600 documents hold one word or the other — never both, as in
 * a partial ranking — with BM25s and dates drawn from few values, so most of them tie.
 */
describe('partialRanking', () => {
  const parsed = parseQuery('停电 预案');
  const [first, second] = parsed.groups.map((group) => ftsMatchExpression([group], parsed.exclude)!);
  const byRowid: Array<Fields | undefined> = [undefined];
  const lists: Record<string, { rowids: number[]; ranks: number[] }> = { [first]: { rowids: [], ranks: [] }, [second]: { rowids: [], ranks: [] } };
  for (let rowid = 1; rowid <= 600; rowid++) {
    const date = `2020-0${1 + (rowid % 3)}-01`;
    byRowid.push({ rowid, id: `d${rowid}`, title: rowid % 50 === 0 ? '停电通知' : '通知', date, county: rowid % 2 ? '夏县' : '稷山县', units: [] } as unknown as Fields);
    const list = rowid % 4 === 0 ? lists[second] : lists[first];
    list.rowids.push(rowid);
    list.ranks.push(-[1.5, 2, 2.5, 3][rowid % 7 % 4]);
  }
  const matchLists: MatchLists = {
    ids: () => new Uint32Array(0),
    ranked: (expression) => ({ rowids: Uint32Array.from(lists[expression].rowids), ranks: Float64Array.from(lists[expression].ranks) }),
    located: () => ({ rowids: new Uint32Array(0), masks: new Float64Array(0) }),
  };
  const ask = (depth: number, keep: (f: Fields) => boolean = () => true) =>
    partialRanking(parsed, matchLists, { keep, byRowid, explain: false, depth, byDate: false });
  const ids = (depth: number, keep?: (f: Fields) => boolean) => ask(depth, keep).ranked.slice(0, depth).map((c) => [c.fields.id, c.matched, c.score]);

  it.each([1, 20, 60, 200, 260, 599])('gives the first %i as the whole sort does', (depth) => {
    expect(ids(depth)).toEqual(ids(5000).slice(0, depth));
  });

  it('gives the same first 40 under a filter, and every candidate for the total', () => {
    const keep = (f: Fields) => f.county === '夏县';
    expect(ids(40, keep)).toEqual(ids(5000, keep).slice(0, 40));
    expect(ask(40, keep).matched).toHaveLength(300);
    expect(ask(40).matched).toHaveLength(600);
  });
});

/**
 * The adjacent tier asked document by document (topOfTier) must give the page the whole tier
 * gives — the order of tier * 1e12 + key, ties by position — or give up and let the list be
 * read. Keys drawn from few values, so most tie; adjacency at several rates.
 */
describe('topOfTier', () => {
  const random = (seed: number) => () => ((seed = (seed * 1103515245 + 12345) % 2147483648) / 2147483648);
  const archive = (n: number, rate: number, seed: number) => {
    const next = random(seed);
    const keys = Float64Array.from({ length: n }, () => Math.floor(next() * 5) * 1e8 + 20200101 + Math.floor(next() * 3));
    const rowids = Uint32Array.from({ length: n }, (_, i) => 3 * i + 1);
    const adjacent = new Set([...rowids].filter(() => next() < rate));
    return { keys, rowids, adjacent };
  };
  const whole = ({ keys, rowids, adjacent }: ReturnType<typeof archive>, depth: number) => {
    const tiered = Float64Array.from(keys, (key, i) => (adjacent.has(rowids[i]) ? 1e12 : 0) + key);
    return [...topPositions(tiered, tiered.length, depth).top];
  };

  it.each([
    [2000, 0.9, 20],
    [2000, 0.5, 20],
    [2000, 0.5, 1],
    [5000, 0.6, 40],
    [300, 1, 20],
    [40, 0.1, 20],
    [12, 0.25, 20],
    [25, 0, 20],
  ])('gives the page of the whole tier: %i matches, %f adjacent, depth %i', (n, rate, depth) => {
    for (const seed of [1, 2, 3, 4, 5]) {
      const a = archive(n, rate, seed);
      let asked = 0;
      const got = topOfTier(a.keys, a.rowids, depth, (rowid) => (asked++, a.adjacent.has(rowid)));
      expect(got, `seed ${seed}`).toBeDefined();
      expect([...got!.top], `seed ${seed}`).toEqual(whole(a, depth));
      expect(asked).toBeLessThanOrEqual(ADJACENT_ASKED);
    }
  });

  it('gives up, within the budget, when too few are adjacent to fill the page', () => {
    for (const [rate, seed] of [[0, 1], [0.01, 2], [0.05, 3]] as const) {
      const a = archive(5000, rate, seed);
      let asked = 0;
      expect(topOfTier(a.keys, a.rowids, 20, (rowid) => (asked++, a.adjacent.has(rowid)))).toBeUndefined();
      expect(asked).toBeLessThanOrEqual(ADJACENT_ASKED);
    }
  });

  it('asks nothing for an empty page', () => {
    const a = archive(100, 0.5, 1);
    expect(topOfTier(a.keys, a.rowids, 0, () => expect.unreachable())?.top).toHaveLength(0);
  });
});
