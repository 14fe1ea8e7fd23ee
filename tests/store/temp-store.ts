/**
 * A fresh store for each test of a file: a temporary folder (the database one level down, so
 * opening it creates the folder), the fake index on the store's connection, closed and removed
 * after each test. `useTempStore()` registers the hooks; tests read `t.store`, `t.dbPath`, `t.dir`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach } from 'vitest';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openStore } from '../../src/store/open-store';
import { createFakeIndex } from './fake-index';

export interface TempStore {
  dir: string;
  dbPath: string;
  /** Reassign to reopen (the previous one must be closed first). */
  store: GazetteStore;
  /** Opens the store at dbPath again; `failOn` makes the index fail on one document. */
  open(failOn?: { id?: string }): GazetteStore;
}

export function useTempStore(): TempStore {
  const t = {} as TempStore;
  t.open = (failOn) => openStore({ db: t.dbPath, createIndex: (db) => createFakeIndex(db, { failOn }) });
  beforeEach(() => {
    t.dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-store-'));
    t.dbPath = path.join(t.dir, 'nested', 'gazette.db');
    t.store = t.open();
  });
  afterEach(() => {
    t.store.close();
    fs.rmSync(t.dir, { recursive: true, force: true });
  });
  return t;
}

/** Runs `read` on a second, read-only connection to the file. */
export function readDb<T>(file: string, read: (db: Database.Database) => T): T {
  const db = new Database(file, { readonly: true });
  try {
    return read(db);
  } finally {
    db.close();
  }
}
