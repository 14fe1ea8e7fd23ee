import { describe, expect, it } from 'vitest';
import { facetRules, filingDateOf, prepareFilters, statusOn, type FilterFields } from '../../../src/store/query/filter-documents';

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

describe('filingDateOf', () => {
  it.each<[string, Partial<FilterFields>, ReturnType<typeof filingDateOf>]>([
    ['成文日期 first', { date: '2022-07-14', publishedOn: '2022-07-20', docNumber: '甲政发〔2021〕3号' }, { first: '2022-07-14', last: '2022-07-14', year: 2022, source: 'date' }],
    ['the page\'s 发布日期 without one', { publishedOn: '2019-06-17', docNumber: '甲政办〔2019〕26号' }, { first: '2019-06-17', last: '2019-06-17', year: 2019, source: 'publishedOn' }],
    ['the year it is filed under', { year: 2020 }, { first: '2020-01-01', last: '2020-12-31', year: 2020, source: 'year' }],
    ['its number\'s year, the whole year', { docNumber: '甲政发〔2014〕20号' }, { first: '2014-01-01', last: '2014-12-31', year: 2014, source: 'docNumber' }],
    ['a month alone', { date: '2023-02' }, { first: '2023-02-01', last: '2023-02-28', year: 2023, source: 'date' }],
    ['must not invent one: nothing dates it', { docNumber: '甲政发3号' }, undefined],
  ])('%s', (_, fields, expected) => {
    expect(filingDateOf(doc(fields))).toEqual(expected);
  });
});

describe('prepareFilters by filing date', () => {
  const undated = doc({ docNumber: '甲政发〔2014〕20号' });
  const published = doc({ publishedOn: '2022-01-29', docNumber: '乙府〔2022〕1号' });
  it.each<[string, Parameters<typeof prepareFilters>[0], FilterFields[]]>([
    ['year by the number\'s year', { year: [2014] }, [undated]],
    ['year by 发布日期', { year: [2022] }, [plan, published]],
    ['a range meeting the number\'s year', { from: '2014-06-01', to: '2014-06-30' }, [undated]],
    ['to: before the number\'s year ends', { to: '2015-12-31' }, [undated]],
    ['from: by 发布日期', { from: '2022-01-01' }, [plan, rules, published]],
    ['must not pass: a range after the number\'s year', { from: '2015-01-01', to: '2015-12-31' }, []],
  ])('%s', (_, filters, expected) => {
    const prepared = prepareFilters(filters, '2024-01-01');
    expect([plan, rules, repealed, undated, published].filter((d) => prepared.test(d))).toEqual(expected);
  });
});

describe('prepareFilters by issuer and level', () => {
  const office = doc({ issuingBody: '甲县人民政府办公室', level: 'county' });
  const government = doc({ issuingBody: '甲县人民政府', level: 'county' });
  const city = doc({ issuingBody: '乙市人民政府', level: 'city' });
  const town = doc({ issuingBody: '丙镇人民政府', level: 'township' });
  it.each<[string, Parameters<typeof prepareFilters>[0], FilterFields[]]>([
    ['县政府办: the office', { issuer: ['县政府办'] }, [office]],
    ['县政府: the government itself, not its office', { issuer: ['县政府'] }, [government]],
    ['县人民政府: likewise', { issuer: ['县人民政府'] }, [government]],
    ['市政府: not a county\'s', { issuer: ['市政府'] }, [city]],
    ['a place alone: every organ of it', { issuer: ['甲县'] }, [office, government]],
    ['a level as the portal prints it', { level: ['县级'] }, [office, government]],
    ['a level as the API takes it', { level: ['city'] }, [city]],
    // A township's document is no county's, and the county's are no township's.
    ['乡镇级: the township\'s alone', { level: ['乡镇级'] }, [town]],
    ['街道 as a level', { level: ['街道'] }, [town]],
    ['township as the API takes it', { level: ['township'] }, [town]],
  ])('%s', (_, filters, expected) => {
    const prepared = prepareFilters(filters, '2024-01-01');
    expect([office, government, city, town].filter((d) => prepared.test(d))).toEqual(expected);
  });
});
