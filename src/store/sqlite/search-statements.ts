/**
 * @module store/sqlite/search-statements
 * The SQL of the embedded search index, prepared once per connection: the writes of
 * search-index.ts and the lookups of the query path (run-search.ts, rank-candidates.ts).
 */
import type Database from 'better-sqlite3';

/** BM25 weight of each FTS column, in table order: title, docnum, headings, body, words. */
export const COLUMN_WEIGHTS = [10, 8, 3, 1, 1.5];

/** The prepared statements of one connection. */
export type SearchStatements = ReturnType<typeof prepareSearchStatements>;

/**
 * The rank of a ranked read: FTS5's bm25 with the column weights, by gazette_bm25, each phrase's
 * document frequency given (-1 where none is: counted as bm25() counts it).
 */
export function rankFunction(frequencies: number[]): string {
  return `gazette_bm25(${[...COLUMN_WEIGHTS, ...frequencies].join(', ')})`;
}

/** What a half read gives: the packed rowids (`ids`), or with each its phrase_columns mask (`located`). */
export type HalfListKind = 'ids' | 'located';

/** FTS5's structure record (rowid 10 of search_fts_data): which pieces the index is made of, rewritten by every write. */
const FTS_STRUCTURE_SQL = 'SELECT block FROM search_fts_data WHERE id = 10';

/**
 * A match list read with FTS5's structure record in the same statement — the same snapshot —
 * so that two threads can tell whether they read the same index (half-reads.ts): its first
 * matches in rowid order ('low') or its last ('high', newest rowid first), at most `?` of them
 * (-1: all), packed like matchIds and matchColumns. FTS5 walks a match list from either end
 * and stops at the limit; a rowid bound (rowid >= ?) instead costs what the whole list does.
 */
export function halfListSql(kind: HalfListKind, end: 'low' | 'high'): string {
  const order = end === 'low' ? 'ORDER BY rowid' : 'ORDER BY rowid DESC';
  const list =
    kind === 'ids'
      ? `SELECT gazette_pack(rowid) FROM (SELECT rowid FROM search_fts WHERE search_fts MATCH ? ${order} LIMIT ?)`
      : `SELECT gazette_pack(rowid, mask) FROM (SELECT rowid, phrase_columns(search_fts) AS mask FROM search_fts WHERE search_fts MATCH ? ${order} LIMIT ?)`;
  return `SELECT (${FTS_STRUCTURE_SQL}), (${list})`;
}

/** Prepares every statement of the index on a connection whose search schema is migrated. */
export function prepareSearchStatements(db: Database.Database) {
  return {
    rowidOf: db.prepare<[string], number>('SELECT rowid FROM search_docs WHERE id = ?').pluck(),
    insertDoc: db.prepare('INSERT INTO search_docs (id, fields, paragraphs) VALUES (?, ?, ?)'),
    insertFts: db.prepare('INSERT INTO search_fts (rowid, title, docnum, headings, body, words) VALUES (?, ?, ?, ?, ?, ?)'),
    deleteDoc: db.prepare('DELETE FROM search_docs WHERE rowid = ?'),
    deleteFts: db.prepare('DELETE FROM search_fts WHERE rowid = ?'),
    // Whole match lists come back as one BLOB each, packed by gazette_pack (fts-lists.ts): a
    // common word matches tens of thousands of rows, and handing each to JavaScript cost more
    // than finding it.
    matchIds: db.prepare<[string], Buffer | null>('SELECT gazette_pack(rowid) FROM search_fts WHERE search_fts MATCH ?').pluck(),
    // Ranked by gazette_bm25 (bm25() with the phrases' document frequencies given: phrase-stats.ts).
    matchRanked: db.prepare<[string, string], Buffer | null>(`SELECT gazette_pack(rowid, rank) FROM search_fts WHERE search_fts MATCH ? AND rank MATCH ?`).pluck(),
    // The same, with whether each match's phrases stand near each other (gazette_near, given
    // its phrases): the proximity bonus of reranking without a NEAR query of its own.
    matchRankedNear: db
      .prepare<[string, string, string], [Buffer | null, Buffer | null]>(
        `SELECT gazette_pack(rowid, r), gazette_pack(rowid, n) FROM (SELECT rowid, rank AS r, gazette_near(search_fts, ?) AS n FROM search_fts WHERE search_fts MATCH ? AND rank MATCH ? LIMIT -1)`,
      )
      .raw(),
    lowIds: db.prepare<[string, number], [Buffer | null, Buffer | null]>(halfListSql('ids', 'low')).raw(),
    lowLocated: db.prepare<[string, number], [Buffer | null, Buffer | null]>(halfListSql('located', 'low')).raw(),
    structure: db.prepare<[], Buffer | undefined>(FTS_STRUCTURE_SQL).pluck(),
    matchCount: db.prepare<[string], number>('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck(),
    // Whether one document matches: FTS5 seeks each term's list to it (~20 µs at 1000× the
    // samples, against 1–2 µs a match of a whole list read). The rowid must be bound as a
    // BigInt: better-sqlite3 binds a JavaScript number as REAL, and FTS5 then ignores the rowid
    // beside MATCH and returns every match (SQLite 3.53; an INTEGER is honoured).
    matchAt: db.prepare<[string, bigint], number>('SELECT rowid FROM search_fts WHERE search_fts MATCH ? AND rowid = ?').pluck(),
    // Each match with where its phrases stand (phrase-columns.ts). FTS5 refuses an auxiliary
    // function inside an aggregate: the subquery keeps it outside (LIMIT -1 stops SQLite from
    // flattening the subquery into the aggregate).
    matchColumns: db
      .prepare<[string], Buffer | null>(
        `SELECT gazette_pack(rowid, mask) FROM (SELECT rowid, phrase_columns(search_fts) AS mask FROM search_fts WHERE search_fts MATCH ? LIMIT -1)`,
      )
      .pluck(),
    // length() of a blob reads the row's header only, not the texts.
    allFields: db.prepare<[], { rowid: number; fields: string; ownTexts: number }>('SELECT rowid, fields, length(paragraphs) > 0 AS ownTexts FROM search_docs'),
    paragraphs: db.prepare<[number], Buffer | string>('SELECT paragraphs FROM search_docs WHERE rowid = ?').pluck(),
    ids: db.prepare<[], string>('SELECT id FROM search_docs').pluck(),
    count: db.prepare<[], number>('SELECT count(*) FROM search_docs').pluck(),
  };
}
