import { describe, expect, it } from 'vitest';
import { intersection, packRowids, rowidSetBytes, type RowidSet } from '../../../src/store/sqlite/rowid-sets';

const list = (...rowids: number[]) => Uint32Array.from(rowids);
/** The same set as a bitmap, whatever its density. */
const bitmap = (...rowids: number[]): RowidSet => {
  const bits = new Uint32Array((Math.max(0, ...rowids) >>> 5) + 1);
  for (const r of rowids) bits[r >>> 5] |= 1 << (r & 31);
  return { bits, size: rowids.length };
};

describe('packRowids', () => {
  it.each([
    ['a dense list becomes a bitmap', list(1, 2, 3, 5), 'bits'],
    ['every rowid of a wide range', Uint32Array.from({ length: 1000 }, (_, i) => i + 1), 'bits'],
    ['must not: a sparse list stays a list', list(3, 400, 9000), 'list'],
    ['must not: as many words as rowids stays a list', list(31, 63), 'list'],
    ['must not: an empty list', list(), 'list'],
  ])('%s', (_, rowids, form) => {
    const packed = packRowids(rowids);
    expect(packed instanceof Uint32Array ? 'list' : 'bits').toBe(form);
    expect(rowidSetBytes(packed)).toBeLessThanOrEqual(rowids.byteLength);
    expect([...intersection([packed])!]).toEqual([...rowids]);
  });
});

describe('intersection', () => {
  it.each([
    ['nothing bounds', [], undefined],
    ['one list', [list(1, 5, 9)], [1, 5, 9]],
    ['common rowids', [list(1, 3, 5, 7, 9), list(2, 3, 4, 7, 10), list(3, 7, 8)], [3, 7]],
    ['disjoint', [list(1, 2), list(3, 4)], []],
    ['an empty list', [list(), list(1, 2)], []],
    ['a short list galloping through a long one', [Uint32Array.from({ length: 1000 }, (_, i) => i * 2), list(0, 3, 998, 1998, 2001)], [0, 998, 1998]],
    ['bitmaps alone', [bitmap(1, 31, 32, 63, 64, 100), bitmap(31, 32, 64, 99)], [31, 32, 64]],
    ['bit 31 of a word, and bit 0 of the next', [bitmap(31, 32), bitmap(0, 31, 32)], [31, 32]],
    ['a list and bitmaps', [list(2, 31, 64, 65, 500), bitmap(2, 31, 64, 65), bitmap(31, 65, 70)], [31, 65]],
    ["must not: a rowid past a bitmap's last word", [list(5, 4000), bitmap(5, 6, 7)], [5]],
    ['must not: bitmaps of different lengths past the shorter', [bitmap(1, 2, 900), bitmap(1, 2, 3)], [1, 2]],
  ])('%s', (_, sets, expected) => {
    const got = intersection(sets);
    expect(got && [...got]).toEqual(expected);
  });

  it('gives what the lists would, whatever form each is kept in', () => {
    // Lists of every density over the same rowids, each in both forms, against a Set's answer.
    let seed = 7;
    const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
    for (let round = 0; round < 50; round++) {
      const lists = [0.9, 0.3, 0.05, 0.01].slice(0, 2 + (round % 3)).map((density) => {
        const rowids: number[] = [];
        for (let r = 1; r < 3000; r++) if (random() < density) rowids.push(r);
        return Uint32Array.from(rowids);
      });
      const sets = lists.map((l) => new Set(l));
      const expected = [...lists[0]].filter((r) => sets.every((s) => s.has(r)));
      expect([...intersection(lists)!]).toEqual(expected);
      expect([...intersection(lists.map(packRowids))!]).toEqual(expected);
    }
  });
});
