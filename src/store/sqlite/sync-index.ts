/**
 * @module store/sqlite/sync-index
 * What the store needs from the SQLite search index: synchronous writes on the store's own
 * connection, so index rows commit (or roll back) with the gazette they belong to.
 */
import type { IndexableDocument, SearchBackend } from '../search-backend';

export interface SyncSearchIndex extends SearchBackend {
  upsertSync(docs: IndexableDocument[]): void;
  removeSync(ids: string[]): void;
  /** Ids of every indexed document (for `check`). */
  indexedIds(): string[];
}
