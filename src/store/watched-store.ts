/**
 * @module store/watched-store
 * A server's store that follows its file. An operator may delete the store or put a new one at
 * the same path (a restored backup, a store built elsewhere); an open SQLite connection keeps
 * reading the old file forever. Before each API request (at most once a second) the file is
 * looked at: a new file at the path is opened and answers from then on; a missing file makes
 * requests fail with STORE_UNAVAILABLE (health says why) until a store is back.
 */
import fs from 'node:fs';
import path from 'node:path';
import { GazetteError } from '../errors';
import type { GazetteStore } from './gazette-store';

export interface WatchedStore {
  /** Always the current store: every property is read from it at the time of use. */
  store: GazetteStore;
  /** Looks at the file (throttled); throws STORE_UNAVAILABLE when it is missing. */
  refresh(): void;
  close(): void;
}

export interface WatchOptions {
  /** Look at the file at most this often (default 1 s). */
  checkEveryMs?: number;
  /** How long a replaced store stays open for requests still using it (default 30 s). */
  graceMs?: number;
  now?: () => number;
}

function inode(file: string): string | undefined {
  try {
    const stat = fs.statSync(file);
    return `${stat.dev}:${stat.ino}`;
  } catch {
    return undefined;
  }
}

/**
 * @example
 * const watched = watchStoreFile(() => openStore({ db }), db);
 * createApp({ store: watched.store, refreshStore: watched.refresh });
 */
export function watchStoreFile(open: () => GazetteStore, file: string, options: WatchOptions = {}): WatchedStore {
  const now = options.now ?? Date.now;
  const every = options.checkEveryMs ?? 1000;
  const grace = options.graceMs ?? 30_000;
  let current = open();
  let opened = inode(file);
  let lookedAt = now();
  let missing = false;

  const store = new Proxy({} as GazetteStore, {
    get(_target, property) {
      const value = (current as unknown as Record<PropertyKey, unknown>)[property];
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(current) : value;
    },
    set(_target, property, value) {
      (current as unknown as Record<PropertyKey, unknown>)[property] = value;
      return true;
    },
  });

  function refresh(): void {
    if (now() - lookedAt >= every) {
      lookedAt = now();
      const seen = inode(file);
      missing = seen === undefined;
      if (seen !== undefined && seen !== opened) {
        const next = open();
        const previous = current;
        current = next;
        opened = seen;
        // Requests in flight may still hold the old store; close it once they are done.
        setTimeout(() => previous.close(), grace).unref();
      }
    }
    if (missing) {
      throw new GazetteError(
        'STORE_UNAVAILABLE',
        `数据库文件 ${path.basename(file)} 已被删除或移走；请恢复该文件或重新导入，服务会自动读取新文件 (store file is missing)`,
      );
    }
  }

  return { store, refresh, close: () => current.close() };
}
