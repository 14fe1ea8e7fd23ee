/**
 * The result shaper both backends answer through: page clamping, the partial-match rule, the
 * orders, hits and the envelope.
 */
import { describe, expect, it } from 'vitest';
import { parseQuery } from '../../../src/store/query/parse-query';
import {
  byDateThenScore,
  byRank,
  clampPage,
  finderFor,
  keepBestMatched,
  pageOf,
  shapeResult,
  toHit,
  type HitFields,
} from '../../../src/store/query/shape-result';

describe('clampPage', () => {
  it.each([
    // request, maxHits, wholePage → page, limit, offset
    [{}, 10_000, false, 1, 20, 0],
    [{ page: 3, limit: 10 }, 10_000, false, 3, 10, 20],
    [{ page: 0, limit: 0 }, 10_000, false, 1, 20, 0],
    [{ page: -4, limit: -1 }, 10_000, false, 1, 1, 0],
    [{ page: 2.7, limit: 500 }, 10_000, false, 2, 100, 100],
    [{ page: 'x' as unknown as number, limit: 'y' as unknown as number }, 10_000, false, 1, 20, 0],
    // a page may start at maxHits …
    [{ page: 900, limit: 20 }, 10_000, false, 501, 20, 10_000],
    // … or, for an engine that pages no further, must end there
    [{ page: 900, limit: 20 }, 10_000, true, 500, 20, 9_980],
    [{ page: 900, limit: 30 }, 10_000, true, 333, 30, 9_960],
  ])('%j within %i (whole page: %s) → page %i, limit %i, offset %i', (request, maxHits, wholePage, page, limit, offset) => {
    expect(clampPage(request, maxHits, wholePage)).toEqual({ page, limit, offset });
  });

  it('gives the page asked of a ranked list', () => {
    expect(pageOf([1, 2, 3, 4, 5], clampPage({ page: 2, limit: 2 }, 10))).toEqual([3, 4]);
    expect(pageOf([1, 2, 3], clampPage({ page: 5, limit: 2 }, 10))).toEqual([]);
  });
});

describe('keepBestMatched', () => {
  it.each([
    // groups held by each candidate → those kept
    [[5, 3, 2, 1], [5, 3]],
    [[3, 2, 1], [3, 2]],
    [[1, 1], [1, 1]],
    [[2, 1], [2, 1]],
    [[], []],
  ])('%j keeps %j', (held, kept) => {
    expect(keepBestMatched(held.map((matched) => ({ matched }))).map((c) => c.matched)).toEqual(kept);
  });
});

describe('orders', () => {
  const ranked = (id: string, matched: number, score: number, date?: string) => ({ fields: { id, date }, matched, score });
  const list = [ranked('a', 1, 9, '2023-01-01'), ranked('b', 2, 1, '2020-01-01'), ranked('c', 2, 1, '2022-05-01'), ranked('d', 2, 5), ranked('e', 1, 9, '2024-01-01')];

  it('ranks by groups held, then score, then newest', () => {
    expect([...list].sort(byRank).map((r) => r.fields.id)).toEqual(['d', 'c', 'b', 'e', 'a']);
  });

  it('sorts by date newest first (undated last), then score', () => {
    expect([...list].sort(byDateThenScore).map((r) => r.fields.id)).toEqual(['e', 'a', 'c', 'b', 'd']);
  });
});

describe('hits and result', () => {
  const doc: HitFields = {
    id: 'd1', gazetteId: 'g1', gazetteName: '稷山县人民政府公报', gazetteYear: 2022, gazetteIssue: 3, page: 12,
    county: '稷山县', year: 2022, date: '2022-08-15', docNumber: '稷政办发〔2022〕35号', title: '关于印发<停电>应急预案的通知',
    issuingBody: '稷山县人民政府办公室', type: '预案', units: [], expiresOn: '2023-01-01',
  };

  it('builds a hit: status on the day asked, gazette, title marked and escaped, passages, score to three decimals', () => {
    const hit = toHit(doc, ['第一段', '发生大面积停电时启动本预案。'], finderFor(parseQuery('停电'), 'all'), '2024-01-01', { score: 1.23456 });
    expect(hit).toMatchObject({ id: 'd1', status: '已失效', gazette: { id: 'g1', name: '稷山县人民政府公报', year: 2022, issue: 3, page: 12 }, score: 1.235 });
    expect(hit.titleHtml).toBe('关于印发&lt;<mark>停电</mark>&gt;应急预案的通知');
    expect(hit.passages.map((p) => p.paragraph)).toEqual([1]);
    expect(hit).not.toHaveProperty('explain');
    expect(toHit(doc, [], finderFor(parseQuery('停电'), 'all'), '2022-09-01', { score: 1, explain: { rule: 'x' } })).toMatchObject({ status: '现行有效', explain: { rule: 'x' } });
  });

  it('leaves the gazette out when the document came without one', () => {
    const single = { ...doc, gazetteName: undefined, gazetteYear: undefined, gazetteIssue: undefined };
    expect(toHit(single, [], finderFor(parseQuery(''), 'browse'), '2024-01-01', { score: 0 }).gazette).toBeUndefined();
  });

  it('marks a document number in the form written when the search was a number', () => {
    const parsed = parseQuery('稷政办发[2022]35号');
    expect(toHit(doc, [], finderFor(parsed, 'docNumber'), '2024-01-01', { score: 1 }).titleHtml).not.toContain('<mark>');
    expect(toHit(doc, ['依据稷政办发〔2022〕35号执行。'], finderFor(parsed, 'citedNumber'), '2024-01-01', { score: 1 }).passages[0].html).toContain('<mark>');
  });

  it('wraps what was found with the page, the terms searched and the notice', () => {
    const parsed = parseQuery('停电 预案');
    const result = shapeResult({ total: 3, hits: [], facets: {} as never, mode: 'all' }, clampPage({ page: 2, limit: 1 }, 100), parsed, performance.now());
    expect(result).toMatchObject({ total: 3, page: 2, limit: 1, mode: 'all', terms: parsed.terms });
    expect(result).not.toHaveProperty('notice');
    expect(result.tookMs).toBeGreaterThanOrEqual(0);
  });
});
