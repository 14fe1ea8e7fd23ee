import { describe, expect, it } from 'vitest';
import type { FacetCount, SearchFilters } from '../../../src/model';
import { facetCounts, facetTable, orderFacet } from '../../../src/store/query/facet-table';
import { facetRules, prepareFilters, type FilterFields } from '../../../src/store/query/filter-documents';
import { doc, plan, repealed, rules } from './filter-fixtures';

describe('facetCounts', () => {
  it('counts each value once per document, most frequent first, years newest first', () => {
    const facets = facetCounts([plan, rules, repealed], '2024-01-01');
    expect(facets.county).toEqual([
      { value: '夏县', count: 2 },
      { value: '稷山县', count: 1 },
    ]);
    expect(facets.year.map((f) => f.value)).toEqual(['2023', '2022', '2016']);
    // 县人社局 is named twice in the plan: one document.
    expect(facets.unit).toEqual(
      expect.arrayContaining([
        { value: '县人社局', count: 1 },
        { value: '县财政局', count: 1 },
        { value: '县司法局', count: 1 },
      ]),
    );
    expect(facets.unit).toHaveLength(3);
    expect(facets.status).toEqual([
      { value: '现行有效', count: 2 },
      { value: '已废止', count: 1 },
    ]);
  });

  it('counts status on the date asked, also for documents counted before', () => {
    facetCounts([rules], '2024-01-01');
    expect(facetCounts([rules], '2026-01-01').status).toEqual([{ value: '已失效', count: 1 }]);
  });

  it('is empty for no documents', () => {
    const facets = facetCounts([], '2024-01-01');
    expect(Object.values(facets).every((list) => list.length === 0)).toBe(true);
  });
});

describe('orderFacet', () => {
  const byName = new Intl.Collator('zh');
  /** What every backend lists: all values sorted by count, then name; the first 50. */
  const reference = (entries: FacetCount[]) => [...entries].sort((a, b) => b.count - a.count || byName.compare(a.value, b.value)).slice(0, 50);
  const offices = (n: number, countOf: (i: number) => number) => Array.from({ length: n }, (_, i) => ({ value: `县第${(i * 7919) % n}局`, count: countOf(i) }));

  it.each<[string, FacetCount[]]>([
    ['fewer values than are listed', offices(12, (i) => i % 3)],
    ['many values, all counts different', offices(400, (i) => i + 1)],
    ['many values tied at the 50th count, ordered by name there', offices(400, (i) => (i < 30 ? 100 + i : 7))],
    ['every value tied', offices(120, () => 1)],
    ['ties on both sides of the 50th', offices(300, (i) => Math.floor(i / 20))],
  ])('lists %s as the full sort does', (_, entries) => {
    expect(orderFacet('unit', [...entries])).toEqual(reference(entries));
  });

  it('lists years newest first, not by count', () => {
    expect(orderFacet('year', [{ value: '2019', count: 9 }, { value: '2023', count: 1 }]).map((e) => e.value)).toEqual(['2023', '2019']);
  });
});

describe('facetTable', () => {
  it('counts the documents at the positions given, skipping holes in the list', () => {
    const table = facetTable([undefined, plan, rules, undefined, repealed]);
    expect(table.count([1, 4], '2024-01-01').county).toEqual([{ value: '夏县', count: 1 }, { value: '稷山县', count: 1 }].sort((a, b) => a.value.localeCompare(b.value, 'zh')));
    expect(table.count([2], '2024-01-01').year).toEqual([{ value: '2023', count: 1 }]);
    expect(table.count([], '2024-01-01').county).toEqual([]);
  });

  it('agrees with facetCounts over the same documents', () => {
    const table = facetTable([plan, rules, repealed]);
    expect(table.count([0, 1, 2], '2024-01-01')).toEqual(facetCounts([plan, rules, repealed], '2024-01-01'));
  });

  it('counts a match covering most documents as every document less the rest, on every date', () => {
    const many = [plan, rules, repealed, doc({ county: '稷山县', year: 2024, type: '通知', units: ['县财政局'] }), undefined, plan, rules];
    const table = facetTable(many);
    const direct = (positions: number[], asOf: string) => facetCounts(positions.map((at) => many[at]!), asOf);
    // Most (5 of 6 documents), all, most again in another order, and a minority, each on two dates.
    for (const asOf of ['2024-01-01', '2026-01-01']) {
      for (const positions of [[0, 1, 2, 3, 5], [0, 1, 2, 3, 5, 6], [6, 3, 0, 2, 1], [1, 2]]) {
        expect(table.count(positions, asOf)).toEqual(direct(positions, asOf));
      }
    }
  });

  it('works the status out again for another date', () => {
    const table = facetTable([rules]);
    expect(table.count([0], '2024-01-01').status).toEqual([{ value: '现行有效', count: 1 }]);
    expect(table.count([0], '2026-01-01').status).toEqual([{ value: '已失效', count: 1 }]);
  });
});

describe('FacetTable.passing', () => {
  const archive: Array<FilterFields | undefined> = [
    undefined,
    plan,
    rules,
    repealed,
    doc({ county: '稷山县', year: 2024, date: '2024-03-01', type: '通知', units: ['县财政局', '县人社局'], docNumber: '稷政办发〔2024〕3号' }),
    undefined,
    doc({ year: 2020, units: [] }),
    doc({ county: '运城市', year: 2019, issuingBody: '运城市人民政府', type: '意见', level: 'city', expiresOn: '2023-12-31', units: ['市人社局'] }),
  ];
  const table = facetTable(archive);
  const unitNames = (u: string) => (u === '人社局' ? ['县人社局', '市人社局'] : [u]);

  it.each<[string, SearchFilters]>([
    ['no filter: every document, no hole', {}],
    ['a county typed without 县', { county: ['稷山'] }],
    ['two counties', { county: ['夏县', '运城'] }],
    ['years', { year: [2016, 2024] }],
    ['part of an issuer', { issuer: ['人民政府'] }],
    ['a type by its group', { type: ['办法'] }],
    ['a unit by its canonical names', { unit: ['人社局'] }],
    ['a level, from the number where the document has none', { level: ['county'] }],
    ['a status', { status: ['现行有效'] }],
    ['statuses', { status: ['已废止', '已失效'] }],
    ['every facet at once', { county: ['稷山县'], year: [2024], issuer: [], type: ['通知'], unit: ['县财政局'], level: ['county'], status: ['现行有效'] }],
    ['must not pass: a value no document has', { county: ['临猗县'] }],
    ['must not pass: two facets no document has together', { county: ['夏县'], year: [2024] }],
  ])('answers as the filters on the document would: %s', (_, filters) => {
    for (const asOf of ['2024-01-01', '2026-01-01']) {
      const prepared = prepareFilters(filters, asOf, unitNames);
      const passing = table.passing(facetRules(filters, unitNames)!, asOf);
      const expected = archive.map((d) => d !== undefined && prepared.test(d));
      expect(archive.map((_, at) => passing(at)), asOf).toEqual(expected);
    }
  });

  it('passes nothing past the last position', () => {
    expect(table.passing([], '2024-01-01')(archive.length + 3)).toBe(false);
  });
});
