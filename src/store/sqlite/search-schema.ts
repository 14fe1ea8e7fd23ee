/**
 * @module store/sqlite/search-schema
 * Tables of the FTS5 search index, on the store's own connection so index rows commit with
 * the gazette they belong to.
 *
 * - `search_fts`: contentless FTS5 (the text is already in `documents`; storing it twice would
 *   double the file). Columns hold pre-tokenised text — character bigrams for title, document
 *   number, headings and body, segmenter words of three or more characters in `words` — so the
 *   tokenizer only has to split on the spaces we put in. The `ascii` one does that 17% faster than
 *   `unicode61` (which looks up every character's class) and yields the same tokens from these
 *   streams, so stores made with either read the same. contentless_delete lets a document be replaced.
 * - `search_docs`: one row per document, same rowid: the flat fields for filters, facets and
 *   hits (JSON); the paragraphs passages are cut from live in the store's `documents` row, or
 *   here (read only for the hits shown) when the index stands alone.
 */
import type Database from 'better-sqlite3';

export const SEARCH_SCHEMA = `
  CREATE TABLE IF NOT EXISTS search_docs (
    rowid       INTEGER PRIMARY KEY,
    id          TEXT NOT NULL UNIQUE,
    fields      TEXT NOT NULL,
    paragraphs  BLOB NOT NULL  -- JSON array (record-codec.ts); empty when the store keeps the texts
  );
  CREATE VIRTUAL TABLE IF NOT EXISTS search_fts USING fts5(
    title, docnum, headings, body, words,
    content = '', contentless_delete = 1,
    tokenize = 'ascii'
  );
`;

/** Creates the index tables (idempotent) and drops the interim index of early stores. */
export function migrateSearchSchema(db: Database.Database): void {
  db.exec(SEARCH_SCHEMA);
  db.exec('DROP TABLE IF EXISTS interim_index');
}
