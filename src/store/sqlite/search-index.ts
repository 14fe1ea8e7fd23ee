/**
 * @module store/sqlite/search-index
 * The embedded search backend: SQLite FTS5 over character bigrams and segmenter words.
 *
 * A query runs as: parse (shared query language) → one MATCH for the candidates with their
 * BM25 (title and number weigh most, then headings, then body) → filters and facets in memory
 * over the documents' flat fields (cached per database version) → a rerank of the best
 * candidates (every term in the title, terms near each other, the typed word verbatim) with
 * the date as tie-break → passages cut and marked for the page shown. Words typed side by side
 * that the segmenter split (安全生产 → 安全, 生产) are a tier: documents holding them side by
 * side come before those holding them apart, in every ranking.
 * A query matching more documents than BM25 is computed for (bm25MaxMatches) is ranked by
 * where it stands (title or number, headings), then date, instead.
 * When no document holds every term (residents' questions), documents are ranked by how many
 * terms they hold, then by BM25 ('partial' mode).
 */
import os from 'node:os';
import type Database from 'better-sqlite3';
import { addWords } from '../../text/segment';
import type { IndexableDocument } from '../search-backend';
import { ftsColumns, type FtsColumns } from './fts-columns';
import { buildFieldCache, type FieldCache } from './field-cache';
import { createHalfReads } from './half-reads';
import { prefixListCache } from './prefix-lists';
import { encodePlainRecord } from './record-codec';
import { runSearch, type SearchContext } from './run-search';
import { loadPhraseColumns } from './phrase-columns';
import { migrateSearchSchema } from './search-schema';
import { prepareSearchStatements, type SearchStatements } from './search-statements';
import { phraseStatsCache } from './phrase-stats';
import { tokenListCache } from './token-counts';
import { unitAliasesReader, unitNamesReader } from './unit-names';
import type { SyncSearchIndex } from './sync-index';

/**
 * Most matches a query is ranked by BM25 over. FTS5 computes BM25 for every match — the
 * phrase's positions in each column and the document's column sizes, 2 to 5 µs a document —
 * so a word in 9,000 of 25,000 documents spent 40 of its 50 ms there. Beyond this many matches
 * documents are ordered by where the query stands (title or number, headings), then newest first
 * (byField), so a search costs what reading its match list costs, whatever the archive's size.
 */
const DEFAULT_BM25_MAX_MATCHES = 2000;
/**
 * FTS5 merges the index pieces each commit writes once `automerge` of them are the same size
 * (default 4). A bulk load of one commit per gazette lets 16 pile up instead and merges once at
 * the end: at 1000× the samples the index writes took 21 s less, and the final merge 7 s.
 */
const AUTOMERGE = 4;
const BULK_AUTOMERGE = 16;

/** Each unit named by the documents, once (a list of every naming was 1.3 M entries at 5000×). */
function unitsOf(byRowid: FieldCache['byRowid']): Set<string> {
  const units = new Set<string>();
  for (const f of byRowid) if (f) for (const unit of f.units) units.add(unit);
  return units;
}

/** What a row holds for paragraphs when the store keeps them. */
const NO_PARAGRAPHS = Buffer.alloc(0);

export interface SqliteSearchIndexOptions {
  /**
   * The paragraph texts of a stored document. Given by a store that keeps them (openStore),
   * passages are cut from there and the index keeps no second copy; without it (an index on
   * its own) the index stores them.
   */
  paragraphsOf?: (id: string) => string[] | undefined;
  /** Most matches ranked by BM25; more are ranked by fields, then date (default 2,000). */
  bm25MaxMatches?: number;
  /**
   * Long match lists read by two threads (half-reads.ts), by default when the store is a file
   * and the machine has a second core; false reads every list on the connection's thread. The
   * reader thread starts at the first list held by `minDocuments` documents or more (default
   * MIN_HALF_READ) and stays while the index is open (~30–35 MB of the process).
   */
  halfReads?: false | { minDocuments?: number };
}

/**
 * The flat fields of every document, rebuilt when the database changed: `dirty` after our own
 * writes (which do not change data_version on this connection), or when another connection
 * (a CLI ingest next to the server) committed.
 */
function fieldsReader(db: Database.Database, statements: SearchStatements): { fields(): FieldCache; changed(): void; drop(): void } {
  const unitAliases = unitAliasesReader(db);
  let cache: FieldCache | undefined;
  let dirty = true;
  return {
    fields() {
      const version = db.pragma('data_version', { simple: true }) as number;
      if (cache && !dirty && cache.version === version) return cache;
      cache = buildFieldCache(statements.allFields.iterate(), version);
      dirty = false;
      // Unit names learned by ingestion (possibly in another process) split queries as they split documents.
      addWords(unitsOf(cache.byRowid));
      if (unitAliases) addWords(unitAliases());
      return cache;
    },
    changed: () => {
      dirty = true;
    },
    drop: () => {
      cache = undefined;
    },
  };
}

/**
 * Builds the index on a store connection.
 *
 * @example
 * const index = createSqliteSearchIndex(db, { paragraphsOf });
 * index.upsertSync([toIndexable(doc, { gazette })]);
 * await index.search({ q: '停电 应急预案', filters: { county: ['稷山县'] } });
 */
export function createSqliteSearchIndex(db: Database.Database, options: SqliteSearchIndexOptions = {}): SyncSearchIndex {
  if (!db.readonly) migrateSearchSchema(db);
  loadPhraseColumns(db);
  const statements = prepareSearchStatements(db);
  const reader = fieldsReader(db, statements);
  const halves =
    options.halfReads !== false && os.availableParallelism() > 1 && !db.memory ? createHalfReads(db.name, () => db.inTransaction, options.halfReads?.minDocuments) : undefined;
  const context: SearchContext = {
    statements,
    fields: reader.fields,
    unitNames: unitNamesReader(db) ?? ((unit: string) => [unit]),
    bm25MaxMatches: options.bm25MaxMatches ?? DEFAULT_BM25_MAX_MATCHES,
    paragraphsOf: options.paragraphsOf,
    prefixLists: prefixListCache(),
    tokenLists: tokenListCache(),
    phraseStats: phraseStatsCache(),
    halves,
  };

  function removeOne(id: string): void {
    const rowid = statements.rowidOf.get(id);
    if (rowid === undefined) return;
    statements.deleteFts.run(rowid);
    statements.deleteDoc.run(rowid);
  }

  const index: SyncSearchIndex = {
    name: 'sqlite',

    upsertSync(docs, prepared) {
      const write = db.transaction((batch: IndexableDocument[]) => {
        for (const doc of batch) {
          removeOne(doc.id);
          // Printed lines are only searched: the flat fields (filters, facets) do not carry them.
          const { paragraphs, headings: _headings, printed: _printed, ...flat } = doc;
          const info = statements.insertDoc.run(doc.id, JSON.stringify(flat), options.paragraphsOf ? NO_PARAGRAPHS : encodePlainRecord(paragraphs));
          let columns: FtsColumns | undefined = prepared?.(doc.id);
          if (columns) addWords(doc.units); // taught where the row was built; queries here need them too
          else columns = ftsColumns(doc);
          statements.insertFts.run(info.lastInsertRowid, ...columns);
        }
      });
      write(docs);
      reader.changed();
    },

    removeSync(ids) {
      db.transaction((list: string[]) => list.forEach(removeOne))(ids);
      reader.changed();
    },

    indexedIds: () => statements.ids.all(),

    setBulkLoad(on, merge = false) {
      // Written into the SQL: FTS5 wants an integer, and better-sqlite3 binds numbers as reals.
      const automerge = (n: number) => db.prepare(`INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', ${n})`).run();
      if (on) {
        automerge(BULK_AUTOMERGE);
        return;
      }
      if (merge) {
        db.prepare("INSERT INTO search_fts (search_fts) VALUES ('optimize')").run();
        // The merge frees the pieces it merged (18 MB at 1000× the samples): a store made with
        // auto_vacuum (open-store.ts) gives them back to the disk; others keep them for later writes.
        db.pragma('incremental_vacuum');
      }
      automerge(AUTOMERGE);
    },

    async upsert(docs) {
      index.upsertSync(docs);
    },

    async remove(ids) {
      index.removeSync(ids);
    },

    async search(request) {
      return runSearch(context, request);
    },

    async count() {
      return statements.count.get() ?? 0;
    },

    async clear() {
      db.exec('DELETE FROM search_docs; DELETE FROM search_fts;');
      reader.changed();
    },

    async close() {
      halves?.close();
      reader.drop();
    },
  };
  return index;
}
