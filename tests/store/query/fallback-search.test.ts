import { describe, expect, it } from 'vitest';
import type { SearchRequest, SearchResult } from '../../../src/model';
import { searchWithFallbacks } from '../../../src/store/query/fallback-search';
import { searchWithOpenFacets } from '../../../src/store/query/open-facets';

/** A result of `total` hits found in `mode`. */
function result(total: number, mode: SearchResult['mode'], extra: Partial<SearchResult> = {}): SearchResult {
  return { total, page: 1, limit: 10, hits: [], facets: { county: [{ value: total ? '甲县' : '乙县', count: total }] } as SearchResult['facets'], mode, terms: [], tookMs: 0, ...extra };
}

/** A backend answering each query from a table, and recording what it was asked. */
function backend(answers: Record<string, SearchResult>) {
  const asked: SearchRequest[] = [];
  return {
    asked,
    async search(request: SearchRequest): Promise<SearchResult> {
      asked.push(request);
      return answers[request.q ?? ''] ?? result(0, 'all');
    },
  };
}

describe('searchWithFallbacks', () => {
  it('searches the gazettes\' words when the resident\'s word finds nothing, and says so', async () => {
    const engine = backend({ '"养狗" OR "养犬" 登记': result(3, 'all') });
    const { result: answer, request } = await searchWithFallbacks(engine, { q: '养狗要登记吗' });
    expect(answer.total).toBe(3);
    expect(answer.notice).toBe('“养狗”按公文用语“养犬”一并检索。');
    expect(request.q).toBe('"养狗" OR "养犬" 登记');
    expect(engine.asked.map((one) => one.q)).toEqual(['养狗要登记吗', '"养狗" OR "养犬" 登记']);
  });

  it('keeps a partial answer unless the second finds every word', async () => {
    const partialTwice = backend({ '养狗 登记': result(5, 'partial'), '"养狗" OR "养犬" 登记': result(2, 'partial') });
    expect((await searchWithFallbacks(partialTwice, { q: '养狗 登记' })).result.total).toBe(5);
    const better = backend({ '养狗 登记': result(5, 'partial'), '"养狗" OR "养犬" 登记': result(2, 'all') });
    expect((await searchWithFallbacks(better, { q: '养狗 登记' })).result.total).toBe(2);
  });

  it.each([
    // Must not: a word found as typed is searched exactly.
    ['养狗', result(4, 'all')],
    // A document number nobody has stays a missing number.
    ['养狗', result(0, 'all', { missingNumber: { number: '粤府〔2023〕5号', message: '没有', near: [] } })],
  ])('asks once for %s when the first answer stands', async (q, first) => {
    const engine = backend({ [q]: first });
    const { result: answer } = await searchWithFallbacks(engine, { q });
    expect(answer).toBe(first);
    expect(engine.asked).toHaveLength(1);
  });

  it('keeps the first answer when the second finds nothing either', async () => {
    const engine = backend({});
    const { result: answer, request } = await searchWithFallbacks(engine, { q: '养狗' });
    expect(answer.total).toBe(0);
    expect(answer.notice).toBeUndefined();
    expect(request.q).toBe('养狗');
  });

  it('recounts ticked facets in the words it answered with', async () => {
    const engine = backend({ '"养狗" OR "养犬"': result(3, 'all') });
    const answer = await searchWithOpenFacets(engine, { q: '养狗', filters: { county: ['甲县'] } });
    expect(answer.total).toBe(3);
    expect(answer.facets.county).toEqual([{ value: '甲县', count: 3 }]);
    expect(engine.asked.filter((one) => one.limit === 1).map((one) => one.q)).toEqual(['养狗', '"养狗" OR "养犬"']);
  });

  it('searches a word no document holds by the pairs inside it documents hold, and says so', async () => {
    // 河道里乱采砂谁管: documents hold 河道, 乱采 and 采砂, never 河道里, 乱采砂 or 道里.
    const engine = backend({ '"河道"': result(9, 'all'), '"乱采"': result(1, 'all'), '"采砂"': result(2, 'all'), '"河道" "乱采" OR "采砂"': result(2, 'all') });
    const { result: answer, request } = await searchWithFallbacks(engine, { q: '河道里乱采砂谁管', filters: { county: ['甲县'] } });
    expect(request.q).toBe('"河道" "乱采" OR "采砂"');
    expect(answer.total).toBe(2);
    expect(answer.notice).toBe('没有文件包含“河道里”“乱采砂”，按其中的“河道”“乱采”“采砂”检索。');
    // Whether a word is held is asked within the user's filters.
    expect(engine.asked.filter((one) => one.q === '"河道里"').map((one) => one.filters)).toEqual([{ county: ['甲县'] }]);
  });

  it.each([
    // Must not: a word documents hold is never cut into pairs (nothing asked beyond it).
    ['采砂 河道里', { '采砂 河道里': result(3, 'partial'), '"采砂"': result(3, 'all'), '"河道里"': result(1, 'all') }, 1 + 2],
    // No pair of an unfound word is held: the first answer stands.
    ['乱采砂', {}, 1 + 1 + 2],
  ])('keeps the first answer of %s when no pair helps', async (q, answers, asks) => {
    const engine = backend(answers as Record<string, SearchResult>);
    const first = await engine.search({ q });
    engine.asked.length = 0;
    const { result: answer, request } = await searchWithFallbacks(engine, { q });
    expect(request.q).toBe(q);
    expect(answer.total).toBe(first.total);
    expect(answer.notice).toBeUndefined();
    expect(engine.asked).toHaveLength(asks);
  });
});
