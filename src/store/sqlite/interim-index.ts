/**
 * @module store/sqlite/interim-index
 * TEMPORARY default index until the FTS5 index (search-index.ts, search engineer) is wired in
 * open-store.ts: one row of JSON per document on the store's connection, and a plain substring
 * search (every word in title or body). Correct but slow and unranked; replace, do not extend.
 */
import type Database from 'better-sqlite3';
import type { FacetName, SearchHit, SearchResult } from '../../model';
import type { IndexableDocument } from '../search-backend';
import type { SyncSearchIndex } from './sync-index';

const escapeHtml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

export function createInterimIndex(db: Database.Database): SyncSearchIndex {
  if (!db.readonly) db.exec('CREATE TABLE IF NOT EXISTS interim_index (id TEXT PRIMARY KEY, json TEXT NOT NULL)');
  const all = () => (db.prepare('SELECT json FROM interim_index').pluck().all() as string[]).map((j) => JSON.parse(j) as IndexableDocument);
  const index: SyncSearchIndex = {
    name: 'sqlite',
    upsertSync(docs) {
      const put = db.prepare('INSERT OR REPLACE INTO interim_index (id, json) VALUES (?, ?)');
      for (const doc of docs) put.run(doc.id, JSON.stringify(doc));
    },
    removeSync(ids) {
      const drop = db.prepare('DELETE FROM interim_index WHERE id = ?');
      for (const id of ids) drop.run(id);
    },
    indexedIds: () => db.prepare('SELECT id FROM interim_index').pluck().all() as string[],
    async upsert(docs) {
      index.upsertSync(docs);
    },
    async remove(ids) {
      index.removeSync(ids);
    },
    async search(request): Promise<SearchResult> {
      const started = performance.now();
      const words = request.q.split(/\s+/).filter(Boolean);
      const f = request.filters ?? {};
      const matches = all().filter(
        (doc) =>
          (!f.county || (doc.county !== undefined && f.county.includes(doc.county))) &&
          (!f.year || (doc.year !== undefined && f.year.includes(doc.year))) &&
          words.every((w) => doc.title.includes(w) || doc.docNumber === w || doc.paragraphs.some((p) => p.includes(w))),
      );
      const limit = request.limit ?? 20;
      const page = request.page ?? 1;
      const hits: SearchHit[] = matches.slice((page - 1) * limit, page * limit).map((doc) => ({
        id: doc.id,
        docNumber: doc.docNumber,
        title: doc.title,
        issuingBody: doc.issuingBody,
        date: doc.date,
        county: doc.county,
        type: doc.type,
        titleHtml: escapeHtml(doc.title),
        passages: [],
        score: 1,
      }));
      const facets = { county: [], year: [], issuer: [], type: [], unit: [], status: [] } as Record<FacetName, []>;
      return { total: matches.length, page, limit, hits, facets, mode: words.length ? 'all' : 'browse', terms: words, tookMs: performance.now() - started };
    },
    async count() {
      return db.prepare('SELECT count(*) FROM interim_index').pluck().get() as number;
    },
    async clear() {
      db.exec('DELETE FROM interim_index');
    },
    async close() {},
  };
  return index;
}
