/**
 * Words typed side by side that the segmenter splits (安全生产 → 安全, 生产): documents holding
 * them side by side rank before documents holding them apart, on the samples.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GazetteStore } from '../../../src/store/gazette-store';
import type { IndexableDocument } from '../../../src/store/search-backend';
import { createSqliteSearchIndex } from '../../../src/store/sqlite/search-index';
import { prepareSearchStatements } from '../../../src/store/sqlite/search-statements';
import { openSampleStore } from '../../sample-store';

let store: GazetteStore;
beforeAll(async () => {
  store = await openSampleStore();
}, 120_000);
afterAll(() => store?.close());

const holds = (id: string, phrase: string) => {
  const doc = store.getDocument(id)!;
  return (doc.title + doc.paragraphs.map((p) => p.text).join('')).replace(/\s+/g, '').includes(phrase);
};

describe('search: adjacent occurrence first', () => {
  it.each([['安全生产'], ['高标准农田建设'], ['农村道路交通安全']])('ranks every document holding %s side by side before those holding its words apart', async (q) => {
    const result = await store.search.search({ q, limit: 100 });
    const marks = result.hits.map((hit) => holds(hit.id, q));
    const firstApart = marks.indexOf(false);
    expect(marks.filter(Boolean).length).toBeGreaterThan(0);
    if (firstApart >= 0) expect(marks.slice(firstApart).every((m) => !m)).toBe(true);
  });

  it('still finds the documents holding the words apart, after them', async () => {
    const phrase = await store.search.search({ q: '"安全生产"', limit: 100 });
    const words = await store.search.search({ q: '安全生产', limit: 100 });
    expect(words.total).toBeGreaterThan(phrase.total);
  });
});

/**
 * Past the BM25 budget the adjacent tier is asked of FTS5 document by document for the page
 * (rank-candidates.ts, topOfTier), or read whole when too few are adjacent: the page is the same.
 * Every document holds 安全 and 生产 in its body only, so they rank adjacent first, then newest.
 */
describe('search: adjacent occurrence first, past the BM25 budget', () => {
  const doc = (i: number, together: boolean): IndexableDocument => {
    const day = new Date(Date.UTC(2020, 0, 1 + i)).toISOString().slice(0, 10);
    return {
      id: `d${i}`, gazetteId: 'g', county: '夏县', year: 2020, date: day, title: '通知', headings: [], units: [], citedNumbers: [],
      paragraphs: [together ? '加强安全生产管理。' : '安全检查到位，生产秩序良好。'],
    };
  };
  const archive = (n: number, together: (i: number) => boolean) => Array.from({ length: n }, (_, i) => doc(i + 1, together(i + 1)));
  const expected = (docs: IndexableDocument[], together: (i: number) => boolean) =>
    [...docs].sort((a, b) => Number(together(Number(b.id.slice(1)))) - Number(together(Number(a.id.slice(1)))) || b.date!.localeCompare(a.date!)).map((d) => d.id);

  it.each([
    ['most side by side (the tier asked)', (i: number) => i % 4 !== 0],
    ['one in three side by side', (i: number) => i % 3 === 0],
    ['two side by side (the tier read whole)', (i: number) => i === 7 || i === 150],
    ['none side by side', () => false],
  ])('%s', async (_, together) => {
    const index = createSqliteSearchIndex(new Database(':memory:'), { bm25MaxMatches: 10 });
    const docs = archive(300, together);
    index.upsertSync(docs);
    const want = expected(docs, together);
    for (const page of [1, 2]) {
      const result = await index.search({ q: '安全生产', page, limit: 20, explain: true });
      expect(result.total).toBe(300);
      expect(result.hits.map((h) => h.id)).toEqual(want.slice((page - 1) * 20, page * 20));
      expect(result.hits.map((h) => h.explain?.adjacent)).toEqual(result.hits.map((h) => (together(Number(h.id.slice(1))) ? 1 : 0)));
    }
  });

  it('asks FTS5 about one document with its rowid as an integer: a document that does not match is not one', () => {
    const db = new Database(':memory:');
    createSqliteSearchIndex(db).upsertSync(archive(10, (i) => i === 3));
    const rowid = (id: string) => db.prepare<[string], number>('SELECT rowid FROM search_docs WHERE id = ?').pluck().get(id)!;
    const at = prepareSearchStatements(db).matchAt;
    expect(at.get('"安全 全生 生产"', BigInt(rowid('d3')))).toBe(rowid('d3'));
    expect(at.get('"安全 全生 生产"', BigInt(rowid('d4')))).toBeUndefined();
  });
});
