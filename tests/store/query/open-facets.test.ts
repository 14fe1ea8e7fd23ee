import { describe, expect, it } from 'vitest';
import type { SearchRequest, SearchResult } from '../../../src/model';
import { facetCounts } from '../../../src/store/query/facet-table';
import { levelOf, prepareFilters, type FilterFields } from '../../../src/store/query/filter-documents';
import { searchWithOpenFacets } from '../../../src/store/query/open-facets';

function doc(fields: Partial<FilterFields>): FilterFields {
  return { units: [], ...fields } as FilterFields;
}

const documents = [
  doc({ county: '稷山县', year: 2022, type: '预案', docNumber: '稷政办发〔2022〕35号' }),
  doc({ county: '稷山县', year: 2022, type: '通知', docNumber: '稷政办发〔2022〕31号' }),
  doc({ county: '夏县', year: 2023, type: '预案', docNumber: '夏政办函〔2023〕67号' }),
  doc({ county: '夏县', year: 2023, type: '通知', docNumber: '晋政办发〔2022〕33号' }),
  doc({ county: '夏县', year: 2023, type: '法律', level: '法律' }),
];

/** A backend over the list above with the real filters and facet counting, and a record of its calls. */
function backend() {
  const calls: SearchRequest[] = [];
  return {
    calls,
    async search(request: SearchRequest): Promise<SearchResult> {
      calls.push(request);
      const prepared = prepareFilters(request.filters ?? {}, '2024-01-01');
      const kept = documents.filter((one) => prepared.test(one));
      return { total: kept.length, page: 1, limit: 10, hits: [], facets: facetCounts(kept, '2024-01-01'), mode: 'browse', terms: [], tookMs: 0 };
    },
  };
}

const count = (result: SearchResult, facet: 'county' | 'type' | 'level', value: string) => result.facets[facet].find((one) => one.value === value)?.count ?? 0;

describe('searchWithOpenFacets', () => {
  it('keeps the other values of a ticked facet with their counts, while the total narrows', async () => {
    const result = await searchWithOpenFacets(backend(), { q: '', filters: { county: ['稷山县'] } });
    expect(result.total).toBe(2);
    expect(count(result, 'county', '夏县')).toBe(3);
    expect(count(result, 'county', '稷山县')).toBe(2);
    // Another facet counts within the selection (AND across facets).
    expect(count(result, 'type', '预案')).toBe(1);
  });

  it('ORs values within a facet and ANDs across facets', async () => {
    const both = await searchWithOpenFacets(backend(), { q: '', filters: { county: ['稷山县', '夏县'], type: ['预案'] } });
    expect(both.total).toBe(2);
    // The county counts are of 预案 only; the type counts of both counties.
    expect(count(both, 'county', '夏县')).toBe(1);
    expect(count(both, 'type', '通知')).toBe(2);
  });

  it('asks once more per ticked facet, and not at all without one', async () => {
    const plain = backend();
    await searchWithOpenFacets(plain, { q: '预案' });
    expect(plain.calls).toHaveLength(1);
    const ticked = backend();
    await searchWithOpenFacets(ticked, { q: '预案', filters: { county: ['夏县'], level: ['county'] } });
    expect(ticked.calls).toHaveLength(3);
    expect(ticked.calls[1].filters?.county).toBeUndefined();
    expect(ticked.calls[2].filters?.level).toBeUndefined();
  });
});

describe('levelOf', () => {
  it.each([
    [{ docNumber: '稷政办发〔2022〕35号' }, 'county'],
    [{ docNumber: '晋政办发〔2022〕33号' }, 'provincial'],
    [{ docNumber: '国办发〔2022〕1号' }, 'national'],
    [{ level: '法律' }, '法律'],
    // The document's own level wins over its number's.
    [{ level: 'city', docNumber: '稷政办发〔2022〕35号' }, 'city'],
    // Rows that must not get a level: no number, or one whose prefix is unknown.
    [{}, undefined],
    [{ docNumber: '某某发〔2022〕1号' }, undefined],
  ])('%j → %s', (fields, level) => {
    expect(levelOf({ ...fields })).toBe(level);
  });

  it('filters by level and counts it as a facet', () => {
    const prepared = prepareFilters({ level: ['county'] }, '2024-01-01');
    expect(documents.filter((one) => prepared.test(one))).toHaveLength(3);
    const levels = facetCounts(documents, '2024-01-01').level;
    expect(levels[0]).toEqual({ value: 'county', count: 3 });
    expect(levels.slice(1)).toEqual(expect.arrayContaining([{ value: 'provincial', count: 1 }, { value: '法律', count: 1 }]));
  });
});
