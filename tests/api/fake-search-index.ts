/**
 * A small SyncSearchIndex for API tests while the real FTS5 index is elsewhere: substring
 * matching of every query word in title + paragraphs, county filter, escaped highlights.
 * It stands in for the backend only; the API is what these tests check.
 */
import type Database from 'better-sqlite3';
import type { SearchResult } from '../../src/model';
import type { IndexableDocument } from '../../src/store/search-backend';
import type { SyncSearchIndex } from '../../src/store/sqlite/sync-index';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function createFakeSearchIndex(db: Database.Database): SyncSearchIndex & { calls: unknown[] } {
  db.exec('CREATE TABLE IF NOT EXISTS api_fake_index (id TEXT PRIMARY KEY, json TEXT NOT NULL)');
  const rows = () => (db.prepare('SELECT json FROM api_fake_index ORDER BY id').pluck().all() as string[]).map((j) => JSON.parse(j) as IndexableDocument);
  const calls: unknown[] = [];
  return {
    name: 'sqlite',
    calls,
    upsertSync(docs) {
      for (const doc of docs) db.prepare('INSERT OR REPLACE INTO api_fake_index (id, json) VALUES (?, ?)').run(doc.id, JSON.stringify(doc));
    },
    removeSync(ids) {
      for (const id of ids) db.prepare('DELETE FROM api_fake_index WHERE id = ?').run(id);
    },
    indexedIds: () => db.prepare('SELECT id FROM api_fake_index').pluck().all() as string[],
    async upsert(docs) {
      this.upsertSync(docs);
    },
    async remove(ids) {
      this.removeSync(ids);
    },
    async search(request): Promise<SearchResult> {
      calls.push(request);
      const words = request.q.split(/\s+/).filter(Boolean);
      const counties = request.filters?.county;
      const hits = rows()
        .filter((doc) => !counties || (doc.county !== undefined && counties.includes(doc.county)))
        .filter((doc) => words.every((w) => doc.title.includes(w) || doc.paragraphs.some((p) => p.includes(w))))
        .map((doc) => ({
          id: doc.id,
          docNumber: doc.docNumber,
          title: doc.title,
          county: doc.county,
          date: doc.date,
          titleHtml: escapeHtml(doc.title),
          passages: doc.paragraphs
            .map((text, paragraph) => ({ text, paragraph }))
            .filter((p) => words.some((w) => p.text.includes(w)))
            .map((p) => ({ paragraph: p.paragraph, html: escapeHtml(p.text) })),
          score: 1,
        }));
      const limit = request.limit ?? 20;
      const page = request.page ?? 1;
      return {
        total: hits.length,
        page,
        limit,
        hits: hits.slice((page - 1) * limit, page * limit),
        facets: { county: [], year: [], issuer: [], type: [], unit: [], status: [] },
        mode: words.length ? 'all' : 'browse',
        terms: words,
        tookMs: 0,
      };
    },
    async count() {
      return rows().length;
    },
    async clear() {
      db.exec('DELETE FROM api_fake_index');
    },
    async close() {},
  };
}
