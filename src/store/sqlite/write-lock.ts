/**
 * @module store/sqlite/write-lock
 * Every write of the store runs here: a transaction that takes the write lock when it begins
 * (BEGIN IMMEDIATE), waits for other writers (the connection's busy timeout, then retries with
 * a growing pause) and turns SQLite's lock and disk errors into errors that name the store.
 *
 * Why IMMEDIATE: a deferred transaction reads first and asks for the lock at its first write;
 * if another process committed in between, SQLite cannot upgrade it and answers SQLITE_BUSY at
 * once, without waiting — two `gazette ingest` at once lost 26 and 28 of 100 files that way.
 */
import type Database from 'better-sqlite3';
import { GazetteError } from '../../errors';

export interface WriteLockOptions {
  /** Longest a write waits for other writers in all, in ms (default 120 s: a reindex of a large store holds the lock that long). */
  waitMs?: number;
  /** Clock and sleep, injectable for tests. */
  now?: () => number;
  sleep?: (ms: number) => void;
}

const DEFAULT_WAIT_MS = 120_000;
const FIRST_PAUSE_MS = 20;
const MAX_PAUSE_MS = 1000;

const pauseCell = new Int32Array(new SharedArrayBuffer(4));
/** Sleeps this thread (a write is synchronous; the server runs its writes off the event loop). */
function sleepSync(ms: number): void {
  Atomics.wait(pauseCell, 0, 0, ms);
}

function sqliteCode(error: unknown): string {
  return String((error as { code?: unknown })?.code ?? '');
}

/** True for SQLite's "another connection holds the lock" answers. */
export function isBusy(error: unknown): boolean {
  const code = sqliteCode(error);
  return code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED');
}

/** True when SQLite ran out of room (disk full, or the store's size limit). */
export function isFull(error: unknown): boolean {
  return sqliteCode(error) === 'SQLITE_FULL' || sqliteCode(error).startsWith('SQLITE_IOERR_WRITE');
}

/**
 * Runs `work` in one IMMEDIATE transaction, waiting for other writers up to `waitMs`.
 *
 * @example
 * const put = inWriteTransaction(db, 'var/gazette.db', () => writeGazette(sql, record, rows, now));
 */
export function inWriteTransaction<T>(db: Database.Database, storePath: string, work: () => T, options: WriteLockOptions = {}): T {
  const now = options.now ?? Date.now;
  const sleep = options.sleep ?? sleepSync;
  const waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
  const transaction = db.transaction(work);
  const started = now();
  let pause = FIRST_PAUSE_MS;
  for (;;) {
    try {
      // Nested in an open transaction (a savepoint): the outer one already holds the lock.
      return db.inTransaction ? transaction() : transaction.immediate();
    } catch (error) {
      if (isBusy(error) && !db.inTransaction && now() - started < waitMs) {
        sleep(pause);
        pause = Math.min(MAX_PAUSE_MS, pause * 2);
        continue;
      }
      throw storeWriteError(error, storePath, now() - started);
    }
  }
}

/** The error a user sees for a failed write: lock and disk problems named, others unchanged. */
export function storeWriteError(error: unknown, storePath: string, waitedMs = 0): unknown {
  if (isBusy(error)) {
    return new GazetteError(
      'STORE_UNAVAILABLE',
      `数据库 ${storePath} 正被其他进程写入，等待 ${Math.round(waitedMs / 1000)} 秒后仍未轮到；请稍后重试 (store is locked by another writer)`,
      { cause: error },
    );
  }
  if (isFull(error)) {
    return new GazetteError('DISK_FULL', `磁盘空间不足，无法写入数据库 ${storePath}；已回滚，数据库保持原样。请腾出空间后重试 (disk full; nothing was written)`, {
      cause: error,
    });
  }
  return error;
}
