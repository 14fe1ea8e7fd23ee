/**
 * @module store/open-store
 * The one place that opens a store: the SQLite file (WAL, foreign keys, busy timeout,
 * schema migration) and the search backend that `store.search` answers with.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { GazetteError } from '../errors';
import type { GazetteStore } from './gazette-store';
import { createBackend } from './create-backend';
import { migrate, schemaVersion } from './sqlite/schema';
import { createSqliteSearchIndex } from './sqlite/search-index';
import { migrateSearchSchema } from './sqlite/search-schema';
import { paragraphTextsReader } from './sqlite/index-feed';
import { createSqliteStore } from './sqlite/sqlite-store';
import type { SyncSearchIndex } from './sqlite/sync-index';
import { inWriteTransaction } from './sqlite/write-lock';
import { isCorruption, storeCorrupt } from './sqlite/store-faults';

export interface OpenStoreOptions {
  /** Path of the SQLite file (created with its folder when missing), or ':memory:'. */
  db: string;
  backend?: 'sqlite' | 'meilisearch';
  meiliHost?: string;
  meiliApiKey?: string;
  /**
   * Open without writing (the file must exist and be migrated). 'auto': read-write, or
   * read-only when the file or its folder cannot be written (an archive on a read-only share).
   */
  readonly?: boolean | 'auto';
  /** Builds the index on the store's connection; default the SQLite FTS5 index. */
  createIndex?: (db: Database.Database) => SyncSearchIndex;
}

/** How long a writer waits for another process's lock before SQLITE_BUSY. */
const busyTimeoutMs = 5000;

/** Largest store copied into memory when its folder is read-only (see openReadonlyCopy). */
const MAX_MEMORY_COPY_BYTES = 2 * 1024 * 1024 * 1024;

/** True when a file or folder refused a write because the medium or permissions are read-only. */
function isReadonlyLocation(error: unknown): boolean {
  const code = String((error as { code?: unknown; cause?: { code?: unknown } })?.code ?? '');
  const cause = String((error as { cause?: { code?: unknown } })?.cause?.code ?? '');
  return [code, cause].some((c) => ['EROFS', 'EACCES', 'EPERM', 'SQLITE_READONLY', 'SQLITE_CANTOPEN'].includes(c) || c.startsWith('SQLITE_READONLY'));
}

/**
 * A WAL store in a folder that cannot be written: SQLite needs to create its shared-memory file
 * (-shm) beside it even to read, and better-sqlite3 cannot pass `immutable=1`. The file is read
 * into memory instead (marked as a rollback-journal database in the copy only) and opened
 * read-only there; it cannot change while it sits on read-only media.
 */
function openReadonlyCopy(file: string, error: unknown): Database.Database {
  const size = fs.statSync(file).size;
  if (size > MAX_MEMORY_COPY_BYTES) {
    throw new GazetteError('STORE_UNAVAILABLE', `数据库 ${file} 所在位置只读且文件过大（${Math.round(size / 2 ** 20)} MB），无法只读打开；请复制到可写位置 (read-only location)`, {
      cause: error,
    });
  }
  const bytes = fs.readFileSync(file);
  // Header bytes 18–19 are 2 in WAL mode; an in-memory image must say rollback journal (1).
  if (bytes.length > 19 && bytes[18] === 2) bytes[18] = bytes[19] = 1;
  return new Database(bytes, { readonly: true });
}

/** Blocks the thread for `ms` (opening a store is synchronous, as better-sqlite3 is). */
function sleepSync(ms: number): void {
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, ms);
}

/**
 * Switches a store to WAL. The switch needs the file to itself, and SQLite answers SQLITE_BUSY at
 * once, without asking the busy handler, when a second process is creating or opening the same
 * new store at that moment (1 round in 20 of two processes racing, in the many-writers suite):
 * so the switch is retried for as long as a busy store is waited for.
 */
function enableWal(db: Database.Database): void {
  const deadline = Date.now() + busyTimeoutMs;
  for (;;) {
    try {
      db.pragma('journal_mode = WAL');
      return;
    } catch (error) {
      if ((error as { code?: string }).code !== 'SQLITE_BUSY' || Date.now() > deadline) throw error;
      sleepSync(10 + Math.floor(Math.random() * 20));
    }
  }
}

function openDatabase(file: string, readonly: boolean): Database.Database {
  const memory = file === ':memory:';
  if (!memory && readonly && !fs.existsSync(file)) {
    throw new GazetteError('NOT_FOUND', `数据库文件不存在: ${file}；请先运行 gazette ingest (store file not found)`);
  }
  if (!memory && !readonly) fs.mkdirSync(path.dirname(path.resolve(file)), { recursive: true });
  try {
    let db: Database.Database;
    try {
      db = new Database(file, { readonly, fileMustExist: readonly });
      if (readonly) db.pragma('user_version', { simple: true });
    } catch (error) {
      if (!readonly || memory || !isReadonlyLocation(error)) throw error;
      db = openReadonlyCopy(file, error);
    }
    db.pragma(`busy_timeout = ${busyTimeoutMs}`);
    if (!readonly) {
      // Before WAL, which writes the header: a new store then gives back the pages its final
      // index merge frees (incremental_vacuum, search-index.ts); an existing one is not changed.
      db.pragma('auto_vacuum = INCREMENTAL');
      if (!memory) enableWal(db);
      db.pragma('synchronous = NORMAL');
    }
    db.pragma('foreign_keys = ON');
    // Touch the schema now so a file that is not a database fails here, with its name.
    db.pragma('user_version', { simple: true });
    return db;
  } catch (error) {
    const code = (error as { code?: string }).code;
    if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') {
      throw new GazetteError('STORE_CORRUPT', `${file} 不是有效的 SQLite 数据库或已损坏；请换一个 --db 路径或删除该文件后重新导入`, { cause: error });
    }
    throw new GazetteError('INTERNAL', `无法打开数据库 ${file}: ${(error as Error).message}`, { cause: error });
  }
}

/**
 * Opens (and creates or migrates) the store.
 *
 * @example
 * const store = openStore({ db: 'var/gazette.db' });
 * store.getDocumentByNumber('夏政办发（2023）12号');
 */
export function openStore(options: OpenStoreOptions): GazetteStore {
  if (options.readonly === 'auto') {
    try {
      return openStore({ ...options, readonly: false });
    } catch (error) {
      if (options.db === ':memory:' || !fs.existsSync(options.db) || !isReadonlyLocation(error)) throw error;
      return openStore({ ...options, readonly: true });
    }
  }
  const readonly = options.readonly ?? false;
  const db = openDatabase(options.db, readonly);
  try {
    if (readonly) {
      if ((db.pragma('user_version', { simple: true }) as number) === 0) {
        throw new GazetteError('NOT_FOUND', `数据库 ${options.db} 为空；请先运行 gazette ingest (store is empty)`);
      }
      if ((db.pragma('user_version', { simple: true }) as number) < schemaVersion) {
        // A read-only connection cannot migrate; the queries of this version would fail on it.
        throw new GazetteError(
          'STORE_CORRUPT',
          `数据库 ${options.db} 由旧版本写入，需要先升级：运行一次 gazette check 或 gazette ingest 即可 (store needs a migration)`,
        );
      }
    } else {
      // The FTS tables are created under the same lock when the index is ours (another index
      // creates its own tables).
      const withSearch = !options.createIndex;
      if (needsMigration(db, withSearch)) {
        inWriteTransaction(db, options.db, () => {
          migrate(db);
          if (withSearch) migrateSearchSchema(db);
        });
      }
    }
    const createIndex = options.createIndex ?? defaultIndex;
    const index = createIndex(db);
    const search = createBackend({ backend: options.backend, meiliHost: options.meiliHost, meiliApiKey: options.meiliApiKey }, { sqlite: index, db });
    return createSqliteStore({ db, path: options.db, index, search });
  } catch (error) {
    db.close();
    // A damaged page the index reads as it opens (a zeroed search_fts_config: FTS5's "vtable
    // constructor failed", SQLITE_CORRUPT) is a damaged store, named, not an unexpected error.
    if (isCorruption(error)) throw storeCorrupt(options.db, undefined, error);
    throw error;
  }
}

/** Whether the store's tables are behind this version (or missing: a new file). Read without the lock. */
function needsMigration(db: Database.Database, withSearch: boolean): boolean {
  if ((db.pragma('user_version', { simple: true }) as number) < schemaVersion) return true;
  return withSearch && db.prepare("SELECT 1 FROM sqlite_schema WHERE name = 'search_fts'").get() === undefined;
}

const defaultIndex = (db: Database.Database) => createSqliteSearchIndex(db, { paragraphsOf: paragraphTextsReader(db) });
