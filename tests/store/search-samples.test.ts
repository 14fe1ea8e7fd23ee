/**
 * Search on the real sample gazettes: the recall and ranking a staff member relies on.
 */
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../src/model';
import type { IndexableDocument } from '../../src/store/search-backend';
import type { GazetteStore } from '../../src/store/gazette-store';
import { normalizeForIndex } from '../../src/text/segment';
import { allIds as allIdsOf, openSampleStore } from '../sample-store';

let store: GazetteStore;
let docs: IndexableDocument[];
const allIds = (request: SearchRequest) => allIdsOf(store, request);

beforeAll(async () => {
  store = await openSampleStore();
  docs = [...store.indexable()];
}, 60_000);
afterAll(() => store?.close());


/** The plain scan: documents whose searchable text (body and the lines printed around it) holds the string. */
function scan(needle: string): string[] {
  const n = normalizeForIndex(needle);
  return docs
    .filter((d) => [d.title, d.docNumber ?? '', d.docNumberRaw ?? '', ...d.headings, ...d.paragraphs, ...(d.printed ?? [])].some((t) => normalizeForIndex(t).includes(n)))
    .map((d) => d.id);
}

describe('substring recall on the samples', () => {
  it.each(['处理', '遏制', '审批局', '保学', '枣乡'])('%s returns exactly the documents containing it', async (q) => {
    const expected = scan(q);
    expect(expected.length).toBeGreaterThan(0);
    expect((await allIds({ q })).sort()).toEqual(expected.sort());
  });

  it('every sampled two-character substring returns exactly the documents containing it', async () => {
    // Deterministic sample: every 97th two-character run of Chinese characters in the corpus.
    const samples = new Set<string>();
    let position = 0;
    for (const doc of docs) {
      for (const text of [doc.title, ...doc.paragraphs]) {
        for (const m of text.matchAll(/[\u4e00-\u9fff]{2,}/g)) {
          for (let i = 0; i + 2 <= m[0].length; i++) if (position++ % 97 === 0) samples.add(m[0].slice(i, i + 2));
        }
      }
    }
    expect(samples.size).toBeGreaterThan(300);
    const wrong: string[] = [];
    for (const q of samples) {
      const got = (await allIds({ q })).sort();
      if (JSON.stringify(got) !== JSON.stringify(scan(q).sort())) wrong.push(q);
    }
    console.log(`substring recall: ${samples.size - wrong.length}/${samples.size} sampled two-character strings exact`);
    expect(wrong).toEqual([]);
  });

  it('finds a single character', async () => {
    expect((await allIds({ q: '枣' })).sort()).toEqual(scan('枣').sort());
  });
});

describe('document numbers on the samples', () => {
  it.each(['夏政发(2023)12号', '夏政发〔2023〕12号', '稷政办发[2022]37号', '稷政办发〔2022〕31 号', '稷政办发（2022）31号', '稷政办发〔2022〕31'])(
    '%s returns that document first',
    async (q) => {
      const result = await store.search.search({ q });
      expect(result.mode).toBe('docNumber');
      const canonical = q.replace(/[[(（]/, '〔').replace(/[\])）]/, '〕').replace(/\s/g, '').replace(/(\d)$/, '$1号');
      expect(result.hits[0].docNumber).toBe(canonical);
    },
  );

  it('a number that is only cited returns the documents citing it, with the citing sentence', async () => {
    const result = await store.search.search({ q: '晋政办发〔2022〕33号' });
    expect(result.mode).toBe('citedNumber');
    expect(result.hits.map((h) => h.docNumber)).toContain('稷政办发〔2022〕32号');
    expect(result.hits[0].passages[0].html).toMatch(/<mark>晋政办发〔2022〕33\s*号<\/mark>/);
  });
});

describe('passages on the samples', () => {
  it('are cut from the store\'s one copy of the paragraphs: the index keeps none of its own', async () => {
    const result = await store.search.search({ q: '停电' });
    expect(result.hits.length).toBeGreaterThan(0);
    for (const hit of result.hits) expect(hit.passages.map((p) => p.html).join('')).toContain('<mark>停电</mark>');
    const db = new Database(store.path, { readonly: true });
    try {
      expect(db.prepare('SELECT count(*) FROM search_docs WHERE length(paragraphs) > 0').pluck().get()).toBe(0);
      expect(db.prepare('SELECT count(*) FROM documents WHERE paragraphs IS NULL').pluck().get()).toBe(0);
    } finally {
      db.close();
    }
  });
});

describe('ranking on the samples', () => {
  it.each([
    ['停电 应急预案', ['稷政办发〔2022〕35号', '夏政办函〔2023〕67号']],
    ['服务业提质增效', ['稷政办发〔2022〕32号', '夏政办发〔2023〕21号']],
    ['自建房', ['稷政发〔2022〕18号', '稷政办发〔2022〕28号']],
    ['高标准农田', ['稷政办发〔2022〕29号', '稷政办发〔2022〕30号']],
    ['控辍保学', ['夏政办函〔2023〕55号']],
    ['煤改气 补贴', ['夏政办函〔2023〕54号']],
  ])('%s → %j in the top 5, one of them first', async (q, expected) => {
    const result = await store.search.search({ q, limit: 5 });
    const top = result.hits.map((h) => h.docNumber);
    for (const number of expected) expect(top).toContain(number);
    expect(expected).toContain(top[0]);
  });

  it('answers a question when no document holds every word, ranking by words held', async () => {
    const result = await store.search.search({ q: '被征地农民养老保险补贴找哪个部门办理流程' });
    expect(['all', 'partial']).toContain(result.mode);
    expect(result.hits[0].docNumber).toBe('稷政办发〔2022〕36号');
    expect(result.terms).not.toContain('找哪个部门');
  });

  it('explains a score on demand', async () => {
    const result = await store.search.search({ q: '停电 应急预案', explain: true });
    expect(result.hits[0].explain).toMatchObject({ bm25: expect.any(Number), score: expect.any(Number) });
  });
});

describe('filters and facets on the samples', () => {
  it('narrows by county and counts facets over the narrowed set', async () => {
    const all = await store.search.search({ q: '停电' });
    const narrowed = await store.search.search({ q: '停电', filters: { county: ['夏县'] } });
    expect(narrowed.total).toBeLessThan(all.total);
    expect(narrowed.hits.every((h) => h.county === '夏县')).toBe(true);
    expect(narrowed.facets.county).toEqual([{ value: '夏县', count: narrowed.total }]);
  });

  it('reads filters typed in the query', async () => {
    const typed = await store.search.search({ q: '停电 county:稷山县' });
    const given = await store.search.search({ q: '停电', filters: { county: ['稷山县'] } });
    expect(typed.hits.map((h) => h.id)).toEqual(given.hits.map((h) => h.id));
  });

  it('computes validity status as of the date asked', async () => {
    const later = await store.search.search({ q: '稷政发〔2022〕18号', asOf: '2026-01-01' });
    const earlier = await store.search.search({ q: '稷政发〔2022〕18号', asOf: '2024-01-01' });
    expect(later.hits[0].status).toBe('已失效');
    expect(earlier.hits[0].status).toBe('现行有效');
    const expired = await store.search.search({ q: '自建房', filters: { status: ['已失效'] }, asOf: '2026-01-01' });
    expect(expired.hits.map((h) => h.docNumber)).toContain('稷政发〔2022〕18号');
  });

  it('filters by a responsible unit written as an alias', async () => {
    const alias = await store.search.search({ q: '', filters: { unit: ['县人社局'] } });
    const canonical = await store.search.search({ q: '', filters: { unit: ['县人力资源和社会保障局'] } });
    expect(alias.mode).toBe('browse');
    expect(alias.total).toBeGreaterThan(0);
    expect(alias.hits.map((h) => h.id)).toEqual(canonical.hits.map((h) => h.id));
  });

  it('sorts by date, newest first', async () => {
    const result = await store.search.search({ q: '通知', sort: 'date', limit: 100 });
    const dates = result.hits.map((h) => h.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });
});
