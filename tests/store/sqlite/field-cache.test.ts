import { describe, expect, it } from 'vitest';
import { buildFieldCache } from '../../../src/store/sqlite/field-cache';
import { isCorruption } from '../../../src/store/sqlite/store-faults';

const row = (rowid: number, fields: Record<string, unknown>) => ({
  rowid,
  fields: JSON.stringify({ gazetteId: 'g', title: `文件${rowid}`, units: [], citedNumbers: [], ...fields, id: `d${rowid}` }),
});

describe('buildFieldCache', () => {
  const cache = buildFieldCache(
    [
      row(1, { docNumber: '稷政办发〔2022〕31号', date: '2022-06-01', county: '稷山县' }),
      row(2, { docNumber: '稷政办发〔2022〕31号', date: '2022-07', county: '稷山县', citedNumbers: ['晋政发〔2021〕5号'] }),
      // Rowid 3 was deleted: the arrays keep a hole there.
      { ...row(4, { citedNumbers: ['晋政发〔2021〕5号', '稷政办发〔2022〕31号'] }), ownTexts: 1 },
    ],
    7,
  );

  it('reports fields a damaged page altered past parsing as a damaged store (503), not a bug (500)', () => {
    const damaged = { rowid: 5, fields: row(5, {}).fields.slice(0, 20) + '\u0000\u0000' };
    let thrown: unknown;
    try {
      buildFieldCache([row(1, {}), damaged], 8);
    } catch (error) {
      thrown = error;
    }
    expect(isCorruption(thrown)).toBe(true);
    expect(String(thrown)).toContain('检索字段');
    expect(isCorruption(new SyntaxError('Unexpected token'))).toBe(false);
  });

  it('holds every document by rowid, with holes where rows were deleted', () => {
    expect(cache.version).toBe(7);
    expect(cache.size).toBe(3);
    expect(cache.byRowid.map((f) => f?.id)).toEqual([undefined, 'd1', 'd2', undefined, 'd4']);
  });

  it('lists every document under its number and under each number it cites', () => {
    expect(cache.byNumber.get('稷政办发〔2022〕31号')?.map((f) => f.id)).toEqual(['d1', 'd2']);
    expect(cache.citing.get('晋政发〔2021〕5号')?.map((f) => f.id)).toEqual(['d2', 'd4']);
    expect(cache.citing.get('稷政办发〔2022〕31号')?.map((f) => f.id)).toEqual(['d4']);
  });

  it('writes dates as YYYYMMDD, a month alone as day 0, none as 0', () => {
    expect(Array.from(cache.dates)).toEqual([0, 20220601, 20220700, 0, 0]);
  });

  it('marks the rows that hold their own paragraph texts, and no other', () => {
    expect(Array.from(cache.ownTexts)).toEqual([0, 0, 0, 0, 1]);
  });

  it('counts facets over any rowids', () => {
    expect(cache.facets.count([1, 2, 4], '2024-01-01').county).toEqual([{ value: '稷山县', count: 2 }]);
  });
});
