import { describe, expect, it } from 'vitest';
import { facetRules, prepareFilters, statusOn, type FilterFields } from '../../../src/store/query/filter-documents';

import { doc, plan, repealed, rules } from './filter-fixtures';

describe('statusOn', () => {
  it.each([
    [rules, '2023-06-15', '尚未生效'],
    [rules, '2024-01-01', '现行有效'],
    [rules, '2026-01-01', '已失效'],
    [repealed, '2024-01-01', '已废止'],
  ])('gives the status on the date asked, each time (%#)', (document, asOf, status) => {
    expect(statusOn(document, asOf)).toBe(status);
  });

  it('answers a later date anew for the same document (its cache is per date)', () => {
    expect(statusOn(rules, '2024-01-01')).toBe('现行有效');
    expect(statusOn(rules, '2026-01-01')).toBe('已失效');
    expect(statusOn(rules, '2024-01-01')).toBe('现行有效');
  });
});

describe('prepareFilters', () => {
  it('says when it filters nothing, so a search can skip testing every match', () => {
    expect(prepareFilters({}, '2024-01-01').active).toBe(false);
    expect(prepareFilters({ county: [] }, '2024-01-01').active).toBe(false);
    expect(prepareFilters({ year: [2016] }, '2024-01-01').active).toBe(true);
  });


  it.each<[string, Parameters<typeof prepareFilters>[0], FilterFields[]]>([
    ['county typed without 县', { county: ['稷山'] }, [plan]],
    ['year', { year: [2016] }, [repealed]],
    ['type by its group', { type: ['办法'] }, [rules, repealed]],
    ['status on the date', { status: ['已废止'] }, [repealed]],
  ])('keeps the documents matching %s', (_name, filters, expected) => {
    const prepared = prepareFilters(filters, '2024-01-01');
    expect([plan, rules, repealed].filter((d) => prepared.test(d))).toEqual(expected);
  });
});

describe('facetRules', () => {
  it.each<[string, Parameters<typeof facetRules>[0], string[]]>([
    ['one rule a facet filtered', { county: ['稷山'], year: [2022], status: ['现行有效'] }, ['county', 'year', 'status']],
    ['a unit by its canonical names', { unit: ['人社局'] }, ['unit']],
    ['none for no filter', {}, []],
  ])('%s', (_, filters, facets) => {
    expect(facetRules(filters)?.map((r) => r.facet)).toEqual(facets);
  });

  it.each<[string, Parameters<typeof facetRules>[0]]>([
    ['a date range: not a facet value', { from: '2020-01-01' }],
    ['an empty value, which no facet lists', { county: [''] }],
    ['an empty unit name', { unit: ['县人社局'] }],
  ])('must not give rules: %s', (_, filters) => {
    const unitNames = (u: string) => (u === '县人社局' ? ['县人社局', ''] : [u]);
    expect(facetRules(filters, unitNames)).toBeUndefined();
  });
});
