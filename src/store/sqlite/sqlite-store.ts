/**
 * @module store/sqlite/sqlite-store
 * The embedded GazetteStore: one SQLite file holding gazettes, documents (columns for joins
 * plus the pipeline's record as JSON), references and their target nodes, duties and units,
 * and the search index rows — each gazette written in one transaction (its rows by
 * write-gazette.ts, its index rows here), and everything read back: the reference graph and
 * documents' validity by reference-graph.ts, gazettes by gazette-rows.ts, units and duties by
 * unit-rows.ts, counts by store-stats.ts, what the index is fed by index-feed.ts.
 */
import type Database from 'better-sqlite3';
import type { GazetteDocument, GazetteRecord, ValidityStatus } from '../../model';
import { todayInChina } from '../../domain/dates';
import { parseDocNumber } from '../../domain/doc-number';
import { compact } from '../../text/normalize';
import type {
  AsOf, CheckReport, DutyWithDocument, GazetteDetail, GazetteStore, GazetteSummary, PutOptions, PutResult,
  ReferenceGraph, StoredDocument, StoreHealth, StoreStats, UnitProfile, UnitSummary,
} from '../gazette-store';
import type { IndexableDocument, SearchBackend } from '../search-backend';
import type { SyncSearchIndex as SqliteSearchIndex } from './sync-index';
import type { PreparedRows } from './prepare-rows';
import { decodeDocument, decodeDocumentHead } from './document-codec';
import { indexableDocuments, type FreshDocuments } from './index-feed';
import type { DocumentRow } from './document-rows';
import { gazetteSummary, getGazette, listGazettes } from './gazette-rows';
import { ReferenceGraphReader } from './reference-graph';
import type { Sql } from './sql';
import { cleanupOrphans, deleteGazettes, writeGazette } from './write-gazette';
import { inWriteTransaction, type WriteLockOptions } from './write-lock';
import { documentIntact } from './checksum';
import { documentDuties } from './duty-rows';
import { checkStore, rebuildIndex, type MaintenanceContext } from './maintenance';
import { storeCorrupt, type DamagedRow } from './store-faults';
import { createHealthMonitor, type HealthOptions, type StoreHealthMonitor } from './store-health';
import { storeStats } from './store-stats';
import { getUnit, listDuties, listUnits } from './unit-rows';
import { paragraphTexts } from './quoted-text';

export interface SqliteStoreOptions {
  db: Database.Database;
  /** Path of the database file (for stats and messages). */
  path: string;
  /** Index rows written inside each gazette's transaction. */
  index: SqliteSearchIndex;
  /**
   * The backend `store.search` answers with; default the SQLite index. Another backend
   * (Meilisearch) is fed after each commit, asynchronously; `flush()` waits for it.
   */
  search?: SearchBackend;
  /** Clock for `ingested_at` and the default as-of date; injectable for tests. */
  now?: () => Date;
  /** How long writes wait for other writers (write-lock.ts). */
  writeLock?: WriteLockOptions;
  /** How often the health probe reads the whole file (store-health.ts). */
  health?: HealthOptions;
}

/**
 * WAL pages a bulk load writes before they are copied into the database file (SQLite's default
 * is 1000, 4 MB). A copy waits for the disk on the writing thread, and pages that every commit
 * rewrites (the tables' upper b-tree pages, the index's structure) are copied once per copy:
 * at 1000× the samples, ingestion took 85 s with 20,000 and 93 s with the default.
 */
const BULK_WAL_AUTOCHECKPOINT = 20_000;

/**
 * Opens a GazetteStore over an open, migrated better-sqlite3 database.
 *
 * @example
 * const store = createSqliteStore({ db, path: 'var/gazette.db', index: createSqliteSearchIndex(db) });
 * store.putGazette(record);                       // → { status: 'stored', documents: 13, … }
 * store.getDocumentByNumber('稷政办发[2022]31号')?.title; // → '关于印发稷山县助企纾困38条的通知'
 */
export function createSqliteStore(options: SqliteStoreOptions): GazetteStore {
  return new SqliteStore(options);
}

class SqliteStore implements GazetteStore {
  readonly path: string;
  readonly search: SearchBackend;
  private readonly db: Database.Database;
  private readonly index: SqliteSearchIndex;
  private readonly now: () => Date;
  /** Writes to an external backend, in commit order. */
  private queue: Promise<void> = Promise.resolve();
  /** Commits through this connection (data_version only counts other connections' commits). */
  private writes = 0;
  private readonly failures: unknown[] = [];
  private readonly statements = new Map<string, Database.Statement>();
  private readonly refs: ReferenceGraphReader;
  private readonly writeLock: WriteLockOptions;
  private readonly monitor: StoreHealthMonitor;

  constructor(options: SqliteStoreOptions) {
    this.writeLock = options.writeLock ?? {};
    this.monitor = createHealthMonitor(options.db, options.path, options.health);
    this.db = options.db;
    this.path = options.path;
    this.index = options.index;
    this.search = options.search ?? options.index;
    this.now = options.now ?? (() => new Date());
    this.refs = new ReferenceGraphReader(this.sql);
  }

  /** A statement of this connection, prepared once per SQL text (a function, so the write path can take it). */
  private readonly sql: Sql = (source) => {
    let statement = this.statements.get(source);
    if (!statement) {
      statement = this.db.prepare(source);
      this.statements.set(source, statement);
    }
    return statement;
  };

  private today(): string {
    // Gazettes date their documents in China's calendar day.
    return todayInChina(this.now());
  }

  hasSource(sha256: string): boolean {
    return this.sql('SELECT 1 FROM sources WHERE sha256 = ?').get(sha256) !== undefined;
  }

  isEmpty(): boolean {
    return this.sql('SELECT 1 FROM documents LIMIT 1').get() === undefined;
  }

  // ---------------------------------------------------------------- writing

  /** Runs `work` as one write transaction (write-lock.ts: IMMEDIATE, waits for other writers). */
  private inWrite<T>(work: () => T): T {
    return inWriteTransaction(this.db, this.path, work, this.writeLock);
  }

  /** The answer for bytes already stored, or undefined. */
  private unchanged(sha256: string): PutResult | undefined {
    const same = this.sql('SELECT gazette_id FROM sources WHERE sha256 = ?').get(sha256) as { gazette_id: string } | undefined;
    if (!same) return undefined;
    const { n } = this.sql('SELECT count(*) AS n FROM documents WHERE gazette_id = ?').get(same.gazette_id) as { n: number };
    return { status: 'unchanged', gazetteId: same.gazette_id, documents: n };
  }

  putGazette(record: GazetteRecord, rows?: PreparedRows, options: PutOptions = {}): PutResult {
    const before = this.unchanged(record.source.sha256);
    if (before) return before;
    const outcome = this.inWrite(() => {
      // Asked again under the lock: another process may have stored the same bytes meanwhile.
      const same = this.unchanged(record.source.sha256);
      return same ? { result: same, upserted: [], removed: [] } : this.write(record, rows, options);
    });
    if (outcome.result.status === 'unchanged') return outcome.result;
    this.writes += 1;
    this.feedExternal(outcome.upserted, outcome.removed);
    return outcome.result;
  }

  async bulkLoad<T>(work: () => Promise<T>): Promise<T> {
    const before = this.writes;
    const checkpointEvery = this.db.pragma('wal_autocheckpoint', { simple: true }) as number;
    this.db.pragma(`wal_autocheckpoint = ${BULK_WAL_AUTOCHECKPOINT}`);
    this.inWrite(() => this.index.setBulkLoad(true));
    try {
      return await work();
    } finally {
      try {
        this.inWrite(() => this.index.setBulkLoad(false, this.writes > before));
      } catch (error) {
        // The final merge only makes the index faster to read; without it (a full disk) the
        // index is still correct and merges as it is next written to. The batch's per-file
        // report matters more than this step: end the bulk load without merging.
        if ((error as { code?: string }).code !== 'DISK_FULL') throw error;
        try {
          this.inWrite(() => this.index.setBulkLoad(false, false));
        } catch {
          // not even that fits: the index keeps merging 16 pieces at a time, still correct
        }
      }
      this.db.pragma(`wal_autocheckpoint = ${checkpointEvery}`);
    }
  }

  removeGazette(id: string): boolean {
    const outcome = this.inWrite(() => {
      if (!this.sql('SELECT 1 FROM gazettes WHERE id = ?').get(id)) return undefined;
      const removed = deleteGazettes(this.sql, [id]);
      const upserted = this.reindexAfterChange(undefined, removed.repealTargets, removed.documentIds);
      cleanupOrphans(this.sql, removed.footprint);
      return { upserted, removed: removed.documentIds };
    });
    if (!outcome) return false;
    this.writes += 1;
    this.feedExternal(outcome.upserted, outcome.removed);
    return true;
  }

  /** Body of putGazette's transaction: the gazette's rows, then the index rows the change needs. */
  private write(
    record: GazetteRecord,
    rows: PreparedRows | undefined,
    options: PutOptions,
  ): { result: PutResult; upserted: IndexableDocument[]; removed: string[] } {
    const written = writeGazette(this.sql, record, rows, this.now().toISOString(), options);
    const gazette = record.issue ? { id: record.id, ...record.issue } : null;
    const upserted = this.reindexAfterChange({ documents: written.fresh, gazette, rows }, written.repealTargets, written.removed);
    return { result: written.result, upserted, removed: written.removed };
  }

  /**
   * Writes the index rows a change needs: the new documents, and every stored document
   * whose repeal status may have moved (repealed by a new document, or by one just removed).
   */
  private reindexAfterChange(fresh: FreshDocuments | undefined, repealTargets: Iterable<string>, removed: string[]): IndexableDocument[] {
    const ids = new Set(fresh?.documents.keys());
    for (const key of new Set(repealTargets)) {
      const rows = key.startsWith('n:')
        ? (this.sql('SELECT id FROM documents WHERE doc_number = ?').all(key.slice(2)) as Array<{ id: string }>)
        : (this.sql('SELECT id FROM documents WHERE title_key = ?').all(key.slice(2)) as Array<{ id: string }>);
      for (const row of rows) ids.add(row.id);
    }
    if (removed.length > 0) this.index.removeSync(removed);
    const docs = [...this.indexable([...ids], fresh)];
    const rows = fresh?.rows?.documents;
    if (docs.length > 0) this.index.upsertSync(docs, rows ? (id) => (Object.hasOwn(rows, id) ? rows[id].fts : undefined) : undefined);
    return docs;
  }

  /** Mirrors a committed change into an external backend (Meilisearch), in the background. */
  private feedExternal(upserted: IndexableDocument[], removed: string[]): void {
    if (this.search === this.index) return;
    const backend = this.search;
    // One queue: a later gazette's writes must not overtake an earlier one's.
    this.queue = this.queue
      .then(async () => {
        if (removed.length > 0) await backend.remove(removed);
        if (upserted.length > 0) await backend.upsert(upserted);
      })
      .catch((error: unknown) => {
        this.failures.push(error);
      });
  }

  /** Waits until writes to an external search backend have finished; rethrows the first failure. */
  async flush(): Promise<void> {
    let settled: Promise<void>;
    do {
      settled = this.queue;
      await settled;
    } while (settled !== this.queue);
    const failure = this.failures.shift();
    this.failures.length = 0;
    if (failure !== undefined) throw failure;
  }

  // ---------------------------------------------------------------- reading

  /** IndexableDocuments built from the stored records (all, or these ids), for (re)indexing (index-feed.ts). */
  indexable(ids?: string[], fresh?: FreshDocuments): Iterable<IndexableDocument> {
    return indexableDocuments({ sql: this.sql, refs: this.refs, decode: (row) => this.decode(row) }, ids, fresh);
  }

  /**
   * The row's document, refused (STORE_CORRUPT) when its bytes no longer match their checksum,
   * or its duties (read from their table, schema step 12) theirs.
   */
  private decode(row: DocumentRow): GazetteDocument {
    if (!documentIntact({ record_json: row.record_json, paragraphs: row.paragraphs ?? null, checksum: row.checksum })) this.refuse({ document: row.id });
    return decodeDocument(row.record_json, row.paragraphs, (paragraphs, count) =>
      documentDuties(this.sql, { id: row.id, no: row.no ?? 0, count, checksum: row.duties_checksum ?? null }, paragraphs, () => this.refuse({ document: row.id })),
    );
  }

  private refuse(row: DamagedRow): never {
    this.monitor.noteDamage('document' in row ? row.document : `gazette ${row.gazette}`);
    throw storeCorrupt(this.path, row);
  }

  /** A reader of paragraph texts for one answer's quoted sentences (quoted-text.ts). */
  private readonly texts = () => paragraphTexts(this.sql, (document) => this.refuse({ document }));

  private stored(row: DocumentRow, options: AsOf = {}): StoredDocument {
    const document = this.decode(row);
    return {
      ...document,
      gazette: gazetteSummary(this.sql, row.gazette_id) ?? null,
      status: this.refs.statusOf(document, options.asOf ?? this.today()),
    };
  }

  getDocument(id: string, options?: AsOf): StoredDocument | undefined {
    const row = this.sql('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    return row && this.stored(row, options);
  }

  documentStatus(id: string, options: AsOf = {}): ValidityStatus | undefined {
    const row = this.sql('SELECT id, doc_number, title, date, county, record_json FROM documents WHERE id = ?').get(id) as
      | Pick<DocumentRow, 'id' | 'doc_number' | 'title' | 'date' | 'county' | 'record_json'>
      | undefined;
    if (!row) return undefined;
    // A document is repealed by its number, its title or its instrument's title (原《…办法》同时
    // 废止), and a status its metadata states (有效性：失效) is kept with its validity: only the
    // record holds those.
    const { instrumentTitle, validity } = decodeDocumentHead(row.record_json);
    const head = {
      id: row.id,
      docNumber: row.doc_number ?? undefined,
      title: row.title,
      instrumentTitle,
      date: row.date ?? undefined,
      county: row.county ?? undefined,
      validity,
    };
    return this.refs.statusOf(head, options.asOf ?? this.today()).status;
  }

  getDocumentByNumber(docNumber: string, options?: AsOf): StoredDocument | undefined {
    const canonical = parseDocNumber(docNumber)?.canonical ?? compact(docNumber);
    const row = this.sql('SELECT * FROM documents WHERE doc_number = ? ORDER BY date DESC LIMIT 1').get(canonical) as
      | DocumentRow
      | undefined;
    return row && this.stored(row, options);
  }

  revision(): string {
    return `${this.db.pragma('data_version', { simple: true }) as number}.${this.writes}`;
  }

  listGazettes(): GazetteSummary[] {
    return listGazettes(this.sql);
  }

  getGazette(id: string): GazetteDetail | undefined {
    return getGazette(this.sql, id, (gazette) => this.refuse({ gazette }));
  }

  references(docNumberOrTitle: string, options: AsOf & { depth?: 1 | 2 } = {}): ReferenceGraph {
    return this.refs.references(docNumberOrTitle, { ...options, asOf: options.asOf ?? this.today() });
  }

  listUnits(county?: string | null): UnitSummary[] {
    return listUnits(this.sql, county);
  }

  getUnit(id: string): UnitProfile | undefined {
    return getUnit(this.sql, this.texts(), id);
  }

  listDuties(county?: string | null): DutyWithDocument[] {
    return listDuties(this.sql, this.texts(), county);
  }

  stats(): StoreStats {
    return storeStats(this.sql, this.path);
  }

  *exportDocuments(options: AsOf = {}): Iterable<StoredDocument> {
    // Collected first: statusOf runs queries, which better-sqlite3 forbids while iterating.
    const ids = this.sql(
      `SELECT d.id FROM documents d JOIN gazettes g ON g.id = d.gazette_id ORDER BY g.county, g.year, g.issue, g.id, d.ordinal`,
    ).pluck().all() as string[];
    for (const id of ids) {
      const document = this.getDocument(id, options);
      if (document) yield document;
    }
  }

  health(): Promise<StoreHealth> {
    return this.monitor.health();
  }

  faults(): string[] {
    return this.monitor.faults();
  }

  /** What check and rebuild work with (maintenance.ts). */
  private maintenance(): MaintenanceContext {
    return { db: this.db, path: this.path, sql: this.sql, index: this.index, indexable: (ids) => this.indexable(ids), inWrite: (work) => this.inWrite(work) };
  }

  check(options: { repair?: boolean } = {}): CheckReport {
    const before = this.writes;
    const report = checkStore(this.maintenance(), options.repair ?? false);
    if (report.repaired) {
      this.writes = before + 1;
      this.feedExternal([...this.indexable(report.missingFromIndex)], report.orphansInIndex);
    }
    return report;
  }

  rebuildIndex(onProgress?: (done: number, total: number) => void): { documents: number; indexed: number } {
    const result = rebuildIndex(this.maintenance(), onProgress);
    this.writes += 1;
    return result;
  }

  close(): void {
    void this.search.close();
    if (this.search !== this.index) void this.index.close();
    if (this.db.open) this.db.close();
  }
}
