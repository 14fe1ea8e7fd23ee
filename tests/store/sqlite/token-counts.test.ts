import { describe, expect, it } from 'vitest';
import { intersection, rowidSetBytes } from '../../../src/store/sqlite/rowid-sets';
import { tokenListCache } from '../../../src/store/sqlite/token-counts';

describe('tokenListCache', () => {
  /** A token's list: as many rowids as characters, 1,000 apart (a sparse list: 4 bytes a rowid). */
  const reader = (asked: string[]) => (token: string) => {
    asked.push(token);
    return Uint32Array.from({ length: token.length }, (_, i) => i * 1000);
  };

  it('reads a token once per index state and again after a change', () => {
    const asked: string[] = [];
    const wrap = tokenListCache();
    const state = {};
    expect(intersection([wrap(reader(asked), state)('"停电"')])).toHaveLength(4);
    expect(intersection([wrap(reader(asked), state)('"停电"')])).toHaveLength(4);
    wrap(reader(asked), state)('"审批"');
    expect(asked).toEqual(['"停电"', '"审批"']);
    wrap(reader(asked), {})('"停电"');
    expect(asked).toEqual(['"停电"', '"审批"', '"停电"']);
  });

  it('keeps at most its bound of bytes, the least recently used dropped first', () => {
    const asked: string[] = [];
    const state = {};
    const lists = tokenListCache(40)(reader(asked), state);
    lists('"aa"');
    lists('"bbb"');
    lists('"aa"');
    lists('"cccc"'); // 16 + 20 + 24 bytes: "bbb" was used last before "aa", so it goes
    lists('"aa"');
    lists('"bbb"');
    expect(asked).toEqual(['"aa"', '"bbb"', '"cccc"', '"bbb"']);
    lists('"a-list-longer-than-the-bound"');
    lists('"a-list-longer-than-the-bound"');
    expect(asked.filter((t) => t.startsWith('"a-list'))).toHaveLength(2);
  });

  it("keeps a dense list as a bitmap, in a fraction of its rowids' bytes", () => {
    const every = Uint32Array.from({ length: 100_000 }, (_, i) => i + 1);
    const asked: string[] = [];
    // 400,000 bytes as rowids; its bitmap is 12,504.
    const lists = tokenListCache(20_000)(() => (asked.push('"政府"'), every), {});
    const kept = lists('"政府"');
    lists('"政府"');
    expect(asked).toHaveLength(1);
    expect(rowidSetBytes(kept)).toBe(12_504);
    const back = intersection([kept])!;
    expect(back.length === every.length && back.every((rowid, i) => rowid === every[i])).toBe(true);
  });
});
