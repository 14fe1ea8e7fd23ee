import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store';
import { watchStoreFile, type WatchedStore } from '../../src/store/watched-store';
import { createFakeIndex } from './fake-index';
import { jishanRecord, xiaxian2023Record } from './records';

let dir: string;
let db: string;
let clock = 0;
let watched: WatchedStore;

const open = () => openStore({ db, createIndex: (connection) => createFakeIndex(connection) });
const removeStore = (file: string) => {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
};

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-watched-'));
  db = path.join(dir, 'gazette.db');
  const first = open();
  first.putGazette(jishanRecord());
  first.close();
  clock = 0;
  watched = watchStoreFile(open, db, { now: () => clock, graceMs: 0 });
});

afterEach(() => {
  watched.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('watchStoreFile', () => {
  it('reports a deleted store file as unavailable, naming it', () => {
    removeStore(db);
    clock += 1000;
    expect(() => watched.refresh()).toThrow(expect.objectContaining({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('gazette.db') }));
  });

  it('answers from a new store put at the same path', async () => {
    expect(watched.store.listGazettes().map((g) => g.county)).toEqual(['稷山县']);
    const other = path.join(dir, 'other.db');
    const next = openStore({ db: other, createIndex: (connection) => createFakeIndex(connection) });
    next.putGazette(xiaxian2023Record());
    next.close();
    removeStore(db);
    fs.renameSync(other, db);
    clock += 1000;
    watched.refresh();
    expect(watched.store.listGazettes().map((g) => g.county)).toEqual(['夏县']);
  });

  it('looks at the file at most once a second', () => {
    removeStore(db);
    clock += 500;
    expect(() => watched.refresh()).not.toThrow();
  });
});
