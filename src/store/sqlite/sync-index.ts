/**
 * @module store/sqlite/sync-index
 * What the store needs from the SQLite search index: synchronous writes on the store's own
 * connection, so index rows commit (or roll back) with the gazette they belong to.
 */
import type { IndexableDocument, SearchBackend } from '../search-backend';
import type { FtsColumns } from './fts-columns';

export interface SyncSearchIndex extends SearchBackend {
  /** `prepared` gives the FTS row of a document when it was built ahead (prepare-rows.ts). */
  upsertSync(docs: IndexableDocument[], prepared?: (id: string) => FtsColumns | undefined): void;
  removeSync(ids: string[]): void;
  /** Ids of every indexed document (for `check`). */
  indexedIds(): string[];
  /**
   * Starts (true) or ends (false) a bulk load: while it lasts the index defers most merging of
   * what each commit writes; ending it merges the index into one piece (`optimize`) when
   * `merge` is set. A bulk load cut short leaves a correct index, merged as it is written to next.
   */
  setBulkLoad(on: boolean, merge?: boolean): void;
}
