import { describe, expect, it } from 'vitest';
import { parseMasked, parseRanked, parseRowids } from '../../../src/store/sqlite/fts-lists';

describe('parseRowids', () => {
  it.each<[string | null, number[]]>([
    [null, []],
    ['', []],
    ['7', [7]],
    ['1,20,300,4000000', [1, 20, 300, 4000000]],
  ])('reads %j', (text, expected) => {
    expect([...parseRowids(text)]).toEqual(expected);
  });

  it('reads a list longer than its first buffer, and gives each call its own array', () => {
    const many = Array.from({ length: 200_000 }, (_, i) => i + 1);
    const first = parseRowids(many.join(','));
    const second = parseRowids('5,6');
    expect(first).toHaveLength(200_000);
    expect(first[199_999]).toBe(200_000);
    expect([...first.subarray(0, 3)]).toEqual([1, 2, 3]);
    expect([...second]).toEqual([5, 6]);
  });
});

describe('parseRanked', () => {
  it('reads rowids with the ranks SQLite prints (negative, exponents, integers)', () => {
    const { rowids, ranks } = parseRanked('3 -1.25,10 -4.5e-06,12 0,400 -12.0');
    expect([...rowids]).toEqual([3, 10, 12, 400]);
    expect([...ranks]).toEqual([-1.25, -4.5e-6, 0, -12]);
  });

  it('reads nothing from NULL', () => {
    expect(parseRanked(null).rowids).toHaveLength(0);
  });
});

describe('parseMasked', () => {
  it('reads rowids with masks up to 50 bits exactly', () => {
    const top = 2 ** 50 - 1;
    const { rowids, masks } = parseMasked(`3 8,10 0,4000000 ${top},12 520`);
    expect([...rowids]).toEqual([3, 10, 4000000, 12]);
    expect([...masks]).toEqual([8, 0, top, 520]);
  });

  it('reads nothing from NULL', () => {
    expect(parseMasked(null).rowids).toHaveLength(0);
  });
});
