/**
 * A minimal SyncSearchIndex for store tests: one table on the store's own connection, so its
 * rows commit and roll back with the gazette. `failOn` makes upsertSync throw for one id.
 */
import type Database from 'better-sqlite3';
import type { IndexableDocument } from '../../src/store/search-backend';
import type { SyncSearchIndex } from '../../src/store/sqlite/sync-index';

export function createFakeIndex(db: Database.Database, options: { failOn?: { id?: string } } = {}): SyncSearchIndex & {
  rows(): IndexableDocument[];
  /** Every setBulkLoad call, in order. */
  bulkLoads: Array<{ on: boolean; merge?: boolean }>;
} {
  db.exec('CREATE TABLE IF NOT EXISTS fake_index (id TEXT PRIMARY KEY, json TEXT NOT NULL)');
  const rows = () => (db.prepare('SELECT json FROM fake_index ORDER BY id').pluck().all() as string[]).map((j) => JSON.parse(j) as IndexableDocument);
  return {
    name: 'sqlite',
    upsertSync(docs) {
      for (const doc of docs) {
        if (options.failOn?.id === doc.id) throw new Error(`index failure on ${doc.id}`);
        db.prepare('INSERT OR REPLACE INTO fake_index (id, json) VALUES (?, ?)').run(doc.id, JSON.stringify(doc));
      }
    },
    removeSync(ids) {
      for (const id of ids) db.prepare('DELETE FROM fake_index WHERE id = ?').run(id);
    },
    indexedIds: () => db.prepare('SELECT id FROM fake_index').pluck().all() as string[],
    rows,
    bulkLoads: [],
    setBulkLoad(on, merge) {
      this.bulkLoads.push({ on, merge });
    },
    async upsert(docs) {
      this.upsertSync(docs);
    },
    async remove(ids) {
      this.removeSync(ids);
    },
    async search() {
      throw new Error('not used');
    },
    async count() {
      return rows().length;
    },
    async clear() {
      db.exec('DELETE FROM fake_index');
    },
    async close() {},
  };
}
