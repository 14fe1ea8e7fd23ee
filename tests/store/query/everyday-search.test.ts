import { describe, expect, it } from 'vitest';
import type { SearchRequest, SearchResult } from '../../../src/model';
import { searchReadingEverydayWords } from '../../../src/store/query/everyday-search';
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

describe('searchReadingEverydayWords', () => {
  it('searches the gazettes\' words when the resident\'s word finds nothing, and says so', async () => {
    const engine = backend({ '"养狗" OR "养犬" 登记': result(3, 'all') });
    const { result: answer, request } = await searchReadingEverydayWords(engine, { q: '养狗要登记吗' });
    expect(answer.total).toBe(3);
    expect(answer.notice).toBe('“养狗”按公文用语“养犬”一并检索。');
    expect(request.q).toBe('"养狗" OR "养犬" 登记');
    expect(engine.asked.map((one) => one.q)).toEqual(['养狗要登记吗', '"养狗" OR "养犬" 登记']);
  });

  it('keeps a partial answer unless the second finds every word', async () => {
    const partialTwice = backend({ '养狗 登记': result(5, 'partial'), '"养狗" OR "养犬" 登记': result(2, 'partial') });
    expect((await searchReadingEverydayWords(partialTwice, { q: '养狗 登记' })).result.total).toBe(5);
    const better = backend({ '养狗 登记': result(5, 'partial'), '"养狗" OR "养犬" 登记': result(2, 'all') });
    expect((await searchReadingEverydayWords(better, { q: '养狗 登记' })).result.total).toBe(2);
  });

  it.each([
    // Must not: a word found as typed is searched exactly.
    ['养狗', result(4, 'all')],
    // A document number nobody has stays a missing number.
    ['养狗', result(0, 'all', { missingNumber: { number: '粤府〔2023〕5号', message: '没有', near: [] } })],
    // No everyday word: nothing to read again.
    ['量子纠缠', result(0, 'all')],
  ])('asks once for %s when the first answer stands', async (q, first) => {
    const engine = backend({ [q]: first });
    const { result: answer } = await searchReadingEverydayWords(engine, { q });
    expect(answer).toBe(first);
    expect(engine.asked).toHaveLength(1);
  });

  it('keeps the first answer when the second finds nothing either', async () => {
    const engine = backend({});
    const { result: answer, request } = await searchReadingEverydayWords(engine, { q: '养狗' });
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
});
