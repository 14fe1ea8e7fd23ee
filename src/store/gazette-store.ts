/**
 * @module store/gazette-store
 * The store's public face: what the CLI, the API and the knowledge-base questions use.
 * The embedded implementation is SQLite (src/store/sqlite/); the search half of it is a
 * SearchBackend, which may be SQLite FTS5 or Meilisearch.
 */
import type { GazetteRecord, ValidityStatus } from '../model';
import type { StoreStats, GazetteSummary, StoredDocument, ReferenceGraph, UnitSummary, DutyWithDocument, UnitProfile, GazetteDetail } from '../model/store-views';
import type { IndexableDocument, SearchBackend } from './search-backend';
import type { PreparedRows } from './prepared-rows';

/** A stored gazette that a new record replaced, and why it counted as the same. */
export interface ReplacedGazette {
  gazetteId: string;
  /** Its source path as it was ingested. */
  path: string;
  /** Documents it held. */
  documents: number;
  /**
   * same-issue: the same issue of the same gazette (or the same single page); same-file: read
   * again from the same path, same county and issue, most documents the same; same-documents:
   * every document it held is published again by the new record (a new version of a page).
   */
  why: 'same-issue' | 'same-file' | 'same-documents';
}

export interface PutResult {
  /** stored: new; unchanged: same content already stored; replaced: an earlier version was replaced. */
  status: 'stored' | 'unchanged' | 'replaced';
  gazetteId: string;
  documents: number;
  /** Path of the (first) source whose version was replaced. */
  replacedSource?: string;
  /** What was replaced, when status is 'replaced'. */
  replaced?: ReplacedGazette[];
}

export interface PutOptions {
  /**
   * Replace a stored gazette with the same identity even when it looks different (another
   * county or issue, most documents different); without it such a write is refused
   * (REPLACE_REFUSED) and the store is left as it was.
   */
  replace?: boolean;
}

export type { StoreStats, GazetteSummary, DocumentBrief, ValidityState, StoredDocument, ReferenceNode, ReferenceEdge, ReferenceGraph, UnitSummary, DutyWithDocument, UnitProfile, GazetteDetail } from '../model/store-views';

/** A table that integrity_check or a read found damaged, with how many rows still read. */
export interface DamagedTable {
  table: string;
  /** Rows a count still reads; absent when even that fails. */
  rows?: number;
  problem: string;
}

export interface CheckReport {
  ok: boolean;
  integrity: string[];
  documents: number;
  indexed: number;
  missingFromIndex: string[];
  orphansInIndex: string[];
  repaired: boolean;
  /** Damaged tables (empty when the file is sound). */
  damaged: DamagedTable[];
  /** Documents whose stored bytes no longer match their checksum. */
  corruptDocuments: string[];
}

/** What `GET /api/health` reports of the store. */
export interface StoreHealth {
  ok: boolean;
  /** In Chinese, naming the store file (never a server path). */
  problems: string[];
}

/** Options for questions whose answer depends on a date (validity). */
export interface AsOf {
  /** YYYY-MM-DD; default today. */
  asOf?: string;
}

export interface GazetteStore {
  readonly path: string;
  /** The search backend this store feeds (SQLite FTS5 by default). */
  readonly search: SearchBackend;
  /** True when a source with these bytes is already stored. */
  hasSource(sha256: string): boolean;
  /**
   * Stores one gazette (documents, references, duties, units, index rows) in one transaction.
   * `rows`: its documents' rows built ahead by prepareRows (on an ingestion worker).
   */
  putGazette(record: GazetteRecord, rows?: PreparedRows, options?: PutOptions): PutResult;
  /**
   * Runs a large batch of writes (`work`) as a bulk load: the search index defers merging what
   * each gazette writes, and merges once at the end if anything was written; the log of
   * commits is copied into the database file less often. Same result as writing each gazette
   * on its own, in less time.
   */
  bulkLoad<T>(work: () => Promise<T>): Promise<T>;
  getDocument(id: string, options?: AsOf): StoredDocument | undefined;
  /** Only the validity status of a document (as `getDocument(id).status.status`), without reading its text. */
  documentStatus(id: string, options?: AsOf): ValidityStatus | undefined;
  /** Any written form: 稷政办发[2022]31号, 夏政发(2023)12号, 稷政办发〔2022〕31 号. */
  getDocumentByNumber(docNumber: string, options?: AsOf): StoredDocument | undefined;
  listGazettes(): GazetteSummary[];
  /**
   * Changes whenever this connection or another one has written to the store since the last
   * call that returned the same value; a cache of derived data compares it instead of reading
   * the store again.
   */
  revision(): string;
  getGazette(id: string): GazetteDetail | undefined;
  /** References around a document number (in the corpus or not) or a title. */
  references(docNumberOrTitle: string, options?: AsOf & { depth?: 1 | 2 }): ReferenceGraph;
  /** Units of a county, of documents naming no county (null), or all (undefined). */
  listUnits(county?: string | null): UnitSummary[];
  getUnit(id: string): UnitProfile | undefined;
  /** Every duty (of one county; of documents naming no county, null; or all, undefined), for who-handles. */
  listDuties(county?: string | null): DutyWithDocument[];
  stats(): StoreStats;
  /** Every document, in gazette order, for `gazette export`. */
  exportDocuments(options?: AsOf): Iterable<StoredDocument>;
  /** Cheap health of the store file (still the one opened, no damage seen; a deep probe at most once a minute). */
  health(): Promise<StoreHealth>;
  /**
   * Damage known now (met by reads, or found by the last health probe), without probing. A
   * server answers 503 STORE_CORRUPT instead of serving from a store with known damage: a
   * damaged page of the index changed who-handles' answers without any read failing.
   */
  faults(): string[];
  /** Integrity, damage and index coverage; never throws for a damaged file. `repair` re-indexes what is missing. */
  check(options?: { repair?: boolean }): CheckReport;
  /**
   * Rebuilds the SQLite search index from the stored documents in one transaction: readers see
   * the old index until it is switched; on failure (DISK_FULL, saying how much room is needed)
   * the old index stays.
   */
  rebuildIndex(onProgress?: (done: number, total: number) => void): { documents: number; indexed: number };
  /** True when no document is stored (e.g. `npm start` then ingests the samples). */
  isEmpty(): boolean;
  /** Documents as a search backend indexes them (all, or these ids), for reindexing. */
  indexable(ids?: string[]): Iterable<IndexableDocument>;
  /** Deletes a gazette with its documents and index rows; false when there is none. */
  removeGazette(id: string): boolean;
  /** Waits for writes to an external search backend (Meilisearch) to finish; rethrows a failure. */
  flush(): Promise<void>;
  close(): void;
}
