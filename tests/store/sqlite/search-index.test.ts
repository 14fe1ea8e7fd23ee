import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { IndexableDocument } from '../../../src/store/search-backend';
import { createSqliteSearchIndex } from '../../../src/store/sqlite/search-index';
import { contractCorpus } from '../../contracts/contract-corpus';
import { describeSearchBackendContract } from '../../contracts/search-backend.contract';

describeSearchBackendContract('sqlite', async () => createSqliteSearchIndex(new Database(':memory:')));

describe('createSqliteSearchIndex', () => {
  it('sees documents written by another connection to the same file', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'fts-')), 'g.db');
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    const reader = new Database(file);
    const writeIndex = createSqliteSearchIndex(writer);
    const readIndex = createSqliteSearchIndex(reader);
    expect((await readIndex.search({ q: '停电' })).total).toBe(0);
    writeIndex.upsertSync(contractCorpus.slice(0, 2));
    expect((await readIndex.search({ q: '停电' })).total).toBe(2);
  });

  it('cuts passages from the texts a row holds itself, and from the store for rows that hold none', async () => {
    const db = new Database(':memory:');
    const [own, kept] = contractCorpus.filter((d) => d.paragraphs.some((p) => p.includes('停电'))).slice(0, 2);
    // A row written by an index on its own holds its texts; the store's index writes none.
    createSqliteSearchIndex(db).upsertSync([own]);
    const storeTexts = (id: string) => (id === kept.id ? ['仓库保存的停电正文'] : undefined);
    const index = createSqliteSearchIndex(db, { paragraphsOf: storeTexts });
    index.upsertSync([kept]);
    const hits = (await index.search({ q: '停电' })).hits;
    const passages = (id: string) => hits.find((h) => h.id === id)!.passages.map((p) => p.html.replace(/<\/?mark>/g, '')).join('');
    expect(passages(kept.id)).toContain('仓库保存的停电正文');
    expect(passages(own.id)).not.toContain('仓库保存');
    expect(passages(own.id)).toContain('停电');
  });

  it('gives the same answers after a bulk load, which defers merges and then merges once', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'fts-')), 'g.db');
    const db = new Database(file);
    const bulk = createSqliteSearchIndex(db);
    const plain = createSqliteSearchIndex(new Database(':memory:'));
    const automerge = () => db.prepare("SELECT v FROM search_fts_config WHERE k = 'automerge'").pluck().get();
    bulk.setBulkLoad(true);
    expect(automerge()).toBe(16);
    // One commit per document, as ingestion commits one per gazette.
    for (const doc of contractCorpus) {
      bulk.upsertSync([doc]);
      plain.upsertSync([doc]);
    }
    bulk.setBulkLoad(false, true);
    expect(automerge()).toBe(4);
    for (const q of ['停电', '应急预案', '补贴 标准', '"重大行政决策"']) {
      const [a, b] = await Promise.all([bulk.search({ q }), plain.search({ q })]);
      expect(a.hits.map((h) => h.id), q).toEqual(b.hits.map((h) => h.id));
      expect(a.total, q).toBeGreaterThan(0);
    }
    db.prepare("INSERT INTO search_fts (search_fts, rank) VALUES ('integrity-check', 0)").run();
  });

  it('answers the same from an index made with the unicode61 tokenizer of earlier versions', async () => {
    const earlier = new Database(':memory:');
    earlier.exec(`CREATE VIRTUAL TABLE search_fts USING fts5(title, docnum, headings, body, words,
      content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 0')`);
    const old = createSqliteSearchIndex(earlier);
    const current = new Database(':memory:');
    const now = createSqliteSearchIndex(current);
    expect(current.prepare("SELECT sql FROM sqlite_master WHERE name = 'search_fts'").pluck().get()).toContain("'ascii'");
    old.upsertSync(contractCorpus);
    now.upsertSync(contractCorpus);
    let answered = 0;
    for (const q of ['停电', '应急预案', '县', '补贴 标准', '"重大行政决策"', '2022', 'PDF', '-停电 预案', 'ｐｄｆ 38']) {
      const [a, b] = await Promise.all([old.search({ q }), now.search({ q })]);
      expect(b.hits.map((h) => [h.id, h.score]), q).toEqual(a.hits.map((h) => [h.id, h.score]));
      expect(b.total, q).toBe(a.total);
      if (a.total > 0) answered += 1;
    }
    expect(answered).toBeGreaterThanOrEqual(6);
  });

  it('lists the ids it holds', () => {
    const index = createSqliteSearchIndex(new Database(':memory:'));
    index.upsertSync(contractCorpus.slice(0, 3));
    index.removeSync(['d2']);
    expect(index.indexedIds().sort()).toEqual(['d1', 'd3']);
  });
});

/** Five notices that all speak of 工作; two name it in the title, one in a heading. */
function commonWordArchive(): IndexableDocument[] {
  const notice = (id: string, date: string, title: string, headings: string[] = []): IndexableDocument => ({
    id, gazetteId: 'g', county: '夏县', year: Number(date.slice(0, 4)), date, title, headings, units: [], citedNumbers: [],
    paragraphs: ['各乡镇要做好工作，工作工作，抓好落实。'],
  });
  return [
    notice('old-title', '2020-03-01', '关于做好春耕工作的通知'),
    notice('plain-new', '2023-05-01', '关于防汛的通知'),
    notice('new-title', '2022-06-01', '关于安全生产工作的通知'),
    notice('heading', '2021-01-01', '关于节水的通知', ['一、工作要求']),
    notice('plain-old', '2019-01-01', '关于植树的通知'),
    { ...notice('other', '2024-01-01', '关于停电的通知'), paragraphs: ['停电检修。'] },
  ];
}

describe('search over a word most of the archive holds', () => {
  it('ranks by where the word stands (title, then headings), then newest first', async () => {
    const index = createSqliteSearchIndex(new Database(':memory:'));
    index.upsertSync(commonWordArchive());
    const result = await index.search({ q: '工作', explain: true });
    expect(result.hits.map((h) => h.id)).toEqual(['new-title', 'old-title', 'heading', 'plain-new', 'plain-old']);
    expect(result.total).toBe(5);
    expect(result.facets.year.reduce((n, f) => n + f.count, 0)).toBe(5);
    expect(result.hits[0].explain).toMatchObject({ rule: 'fieldsThenDate' });
    expect(result.hits[0].passages.map((p) => p.html).join('')).toContain('<mark>工作</mark>');
  });

  it('keeps that order under a filter, on later pages and by date when asked', async () => {
    const index = createSqliteSearchIndex(new Database(':memory:'));
    index.upsertSync(commonWordArchive());
    expect((await index.search({ q: '工作', filters: { year: [2019, 2020, 2022] } })).hits.map((h) => h.id)).toEqual(['new-title', 'old-title', 'plain-old']);
    expect((await index.search({ q: '工作', limit: 2, page: 2 })).hits.map((h) => h.id)).toEqual(['heading', 'plain-new']);
    expect((await index.search({ q: '工作', sort: 'date' })).hits.map((h) => h.id)).toEqual(['plain-new', 'new-title', 'heading', 'old-title', 'plain-old']);
    // The second newest, though two documents name 工作 in their titles.
    const datePage = await index.search({ q: '工作', sort: 'date', limit: 1, page: 2 });
    expect(datePage.hits.map((h) => h.id)).toEqual(['new-title']);
    expect(datePage.total).toBe(5);
  });

  it('ranks by the titles as they are after a write, not as the last search read them', async () => {
    const index = createSqliteSearchIndex(new Database(':memory:'));
    const archive = commonWordArchive();
    index.upsertSync(archive);
    expect((await index.search({ q: '工作' })).hits[0].id).toBe('new-title');
    // The newest notice now names the word in its title: it comes first.
    index.upsertSync([{ ...archive.find((d) => d.id === 'plain-new')!, title: '关于防汛工作的通知' }]);
    expect((await index.search({ q: '工作' })).hits.map((h) => h.id)).toEqual(['plain-new', 'new-title', 'old-title', 'heading', 'plain-old']);
  });
});

describe('search over more matches than BM25 is computed for', () => {
  /** The five notices on 工作 among as many documents again that do not mention it. */
  const archive = (): IndexableDocument[] => [
    ...commonWordArchive(),
    ...['供水', '供暖', '道路', '林业', '税务'].map((topic, i) => ({ ...commonWordArchive()[5], id: `other-${i}`, title: `关于${topic}的通知`, paragraphs: [`${topic}事项。`] })),
  ];

  it('ranks by where the word stands, then newest first, once the matches pass the budget', async () => {
    const index = createSqliteSearchIndex(new Database(':memory:'), { bm25MaxMatches: 4 });
    index.upsertSync(archive());
    const result = await index.search({ q: '工作', explain: true });
    expect(result.total * 2).toBeLessThan(archive().length);
    expect(result.hits.map((h) => h.id)).toEqual(['new-title', 'old-title', 'heading', 'plain-new', 'plain-old']);
    expect(result.hits[0].explain).toMatchObject({ rule: 'fieldsThenDate' });
  });

  it('ranks by BM25 within the budget', async () => {
    const index = createSqliteSearchIndex(new Database(':memory:'), { bm25MaxMatches: 5 });
    index.upsertSync(archive());
    const result = await index.search({ q: '工作', explain: true });
    expect(result.total).toBe(5);
    expect(result.hits[0].explain).toHaveProperty('bm25');
    expect(result.hits.every((h) => h.explain?.rule === undefined)).toBe(true);
  });
});

describe('search over a word a few documents hold', () => {
  it('ranks the same whether the best come sorted from SQLite or are picked from every match', async () => {
    const index = createSqliteSearchIndex(new Database(':memory:'));
    index.upsertSync(contractCorpus);
    for (const q of ['停电', '预案', '办法 施行']) {
      const first = await index.search({ q });
      // A filter every document passes takes the path that reads every match with its BM25.
      const filtered = await index.search({ q, filters: { from: '1900-01-01' } });
      const paged = [...(await index.search({ q, limit: 1, page: 1 })).hits, ...(await index.search({ q, limit: 1, page: 2 })).hits];
      expect(filtered.hits.map((h) => h.id)).toEqual(first.hits.map((h) => h.id));
      expect(paged.map((h) => h.id)).toEqual(first.hits.slice(0, 2).map((h) => h.id));
      expect(filtered.total).toBe(first.total);
      expect(first.total * 2).toBeLessThanOrEqual(contractCorpus.length);
    }
  });
});
