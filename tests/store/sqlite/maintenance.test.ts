import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GazetteStore } from '../../../src/store/gazette-store';
import { openStore } from '../../../src/store/open-store';
import { createSqliteSearchIndex } from '../../../src/store/sqlite/search-index';
import { paragraphTextsReader } from '../../../src/store/sqlite/index-feed';
import { deepProbe } from '../../../src/store/sqlite/deep-probe';
import { createFakeIndex } from '../fake-index';
import { doc, gazette, jishanRecord, xiaxian2022Record, xiaxian2023Record } from '../records';

let dir: string;
let dbPath: string;
let store: GazetteStore;
let connection: Database.Database;

/** The store with the real FTS5 index, keeping its connection so a test can limit its size. */
function open(): GazetteStore {
  return openStore({
    db: dbPath,
    createIndex: (db) => {
      connection = db;
      return createSqliteSearchIndex(db, { paragraphsOf: paragraphTextsReader(db) });
    },
  });
}

/** A gazette of `n` small documents, so a rebuild runs several batches. */
function bigGazette(n: number) {
  const id = 'g-big';
  const documents = Array.from({ length: n }, (_, i) =>
    doc(id, i, { id: `d-big-${i}`, county: '临猗县', title: `关于做好第${i}批应急预案修订工作的通知`, text: `各乡镇：请按照应急预案第${i}条做好停电防范。` }),
  );
  return gazette(id, { name: '临猗县人民政府公报', county: '临猗县', year: 2021, issue: 5 }, documents, { path: 'big.txt', bytes: `big ${n}` });
}

/** Documents a second connection (another process's view) sees in the index. */
function indexedSeenElsewhere(): number {
  const other = new Database(dbPath, { readonly: true });
  try {
    return other.prepare('SELECT count(*) FROM search_docs').pluck().get() as number;
  } finally {
    other.close();
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-maintenance-'));
  dbPath = path.join(dir, 'gazette.db');
  store = open();
  store.putGazette(jishanRecord());
  store.putGazette(xiaxian2023Record());
  store.putGazette(bigGazette(450));
});

afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('rebuildIndex', () => {
  it('never shows another connection a partly built index', () => {
    const total = store.stats().documents;
    const seen: number[] = [];
    const result = store.rebuildIndex(() => seen.push(indexedSeenElsewhere()));
    expect(result).toEqual({ documents: total, indexed: total });
    expect(seen.length).toBeGreaterThan(1);
    expect(new Set(seen)).toEqual(new Set([total]));
    expect(indexedSeenElsewhere()).toBe(total);
  });

  it('keeps the old index when the disk fills, and says how much room it needs', async () => {
    const total = store.stats().documents;
    const pages = connection.pragma('page_count', { simple: true }) as number;
    connection.pragma(`max_page_count = ${pages + 8}`);
    expect(() => store.rebuildIndex()).toThrow(expect.objectContaining({ code: 'DISK_FULL', message: expect.stringMatching(/需要约 \d+ MB 可用空间.*原索引保持不变/) }));
    connection.pragma('max_page_count = 1073741823');
    expect(indexedSeenElsewhere()).toBe(total);
    expect((await store.search.search({ q: '应急预案' })).total).toBe(450);
    expect(store.check()).toMatchObject({ ok: true, missingFromIndex: [], orphansInIndex: [] });
  });
});

describe('check', () => {
  it('reports a document whose bytes changed, and refuses to serve it', () => {
    const db = new Database(dbPath);
    // A flipped byte inside the stored text: SQLite reads it back without complaint.
    const row = db.prepare("SELECT paragraphs FROM documents WHERE id = 'd-jz31'").get() as { paragraphs: Buffer };
    const altered = Buffer.from(row.paragraphs);
    altered[10] ^= 0x20;
    db.prepare("UPDATE documents SET paragraphs = ? WHERE id = 'd-jz31'").run(altered);
    db.close();
    const report = store.check();
    expect(report).toMatchObject({ ok: false, corruptDocuments: ['d-jz31'] });
    expect(() => store.getDocument('d-jz31')).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT', message: expect.stringContaining('gazette.db') }));
    expect(store.getDocument('d-jz18')?.title).toContain('自建房');
  });

  it.each([
    ['another role in a row that still reads', "UPDATE duties SET role = 3 WHERE ordinal = 0 AND document_no = (SELECT no FROM documents WHERE id = 'd-jz31')"],
    ['a row gone', "DELETE FROM duties WHERE ordinal = 1 AND document_no = (SELECT no FROM documents WHERE id = 'd-jz31')"],
    ['another unit', "UPDATE duties SET unit_no = (SELECT no FROM units WHERE id = '稷山县:县税务局') WHERE ordinal = 0 AND document_no = (SELECT no FROM documents WHERE id = 'd-jz31')"],
  ])('reports a document whose duties changed in their table (%s), and refuses to serve it', (_, change) => {
    const before = store.getDocument('d-jz31')!.duties;
    expect(before).toHaveLength(3);
    const db = new Database(dbPath);
    expect(db.prepare(change).run().changes).toBeGreaterThan(0);
    expect(deepProbe(db)).toEqual(['1 篇公文的职责与校验值不符']);
    db.close();
    expect(store.check()).toMatchObject({ ok: false, corruptDocuments: ['d-jz31'] });
    expect(() => store.getDocument('d-jz31')).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT', message: expect.stringContaining('d-jz31') }));
    expect(store.getDocument('d-jz18')?.duties).toHaveLength(1);
  });

  it('reports a gazette whose 目录 bytes changed, and refuses to serve it (no 500, no other 目录)', () => {
    const db = new Database(dbPath);
    const [damaged, intact] = db.prepare('SELECT id FROM gazettes ORDER BY id').pluck().all() as string[];
    const contents = db.prepare('SELECT contents_json FROM gazettes WHERE id = ?').pluck().get(damaged) as string;
    // Still JSON, another 目录: only the checksum tells.
    db.prepare('UPDATE gazettes SET contents_json = ? WHERE id = ?').run(contents.replace('通知', '通告'), damaged);
    db.close();
    expect(store.check().damaged).toEqual([expect.objectContaining({ table: 'gazettes', problem: expect.stringContaining(damaged) })]);
    expect(() => store.getGazette(damaged)).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT', message: expect.stringContaining(`公报 ${damaged}`) }));
    expect(store.getGazette(intact)?.contents.length).toBeGreaterThan(0);
  });

  it('reports damaged pages by table, with the rows still readable, instead of crashing', () => {
    store.close();
    const db = new Database(dbPath);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const root = db.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'duties'").pluck().get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const fd = fs.openSync(dbPath, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (root - 1) * pageSize);
    fs.closeSync(fd);
    store = open();
    const report = store.check();
    expect(report.ok).toBe(false);
    expect(report.damaged.map((d) => d.table)).toEqual(['duties']);
    expect(report.damaged[0].problem).toMatch(/处问题（(可读|读到) \d+ 行/);
    expect(report.documents).toBe(store.stats().documents);
  });

  it('refuses to open a store whose index configuration page is damaged, as a damaged store naming it', () => {
    store.close();
    const db = new Database(dbPath);
    db.pragma('wal_checkpoint(TRUNCATE)');
    const page = db.prepare("SELECT pageno FROM dbstat WHERE name = 'search_fts_config'").pluck().get() as number;
    const pageSize = db.pragma('page_size', { simple: true }) as number;
    db.close();
    const fd = fs.openSync(dbPath, 'r+');
    fs.writeSync(fd, Buffer.alloc(pageSize), 0, pageSize, (page - 1) * pageSize);
    fs.closeSync(fd);
    // FTS5 fails to open its table ("vtable constructor failed"): a damaged store, not an unexpected error.
    expect(() => (store = open())).toThrow(expect.objectContaining({ code: 'STORE_CORRUPT', message: expect.stringContaining('gazette.db') }));
    store = openStore({ db: ':memory:' });
  });

  it('does not re-index a damaged store when asked to repair', () => {
    const db = new Database(dbPath);
    db.prepare("UPDATE documents SET checksum = checksum + 1 WHERE id = 'd-xh67'").run();
    db.prepare("DELETE FROM search_docs WHERE id = 'd-jz18'").run();
    db.close();
    expect(store.check({ repair: true })).toMatchObject({ ok: false, repaired: false, missingFromIndex: ['d-jz18'], corruptDocuments: ['d-xh67'] });
  });
});

describe('bulkLoad on a full disk', () => {
  it('keeps what the batch stored when the final merge does not fit', async () => {
    const other = openStore({
      db: path.join(dir, 'bulk.db'),
      createIndex: (db) => {
        const index = createFakeIndex(db);
        const setBulkLoad = index.setBulkLoad.bind(index);
        index.setBulkLoad = (on, merge) => {
          if (!on && merge) throw Object.assign(new Error('database or disk is full'), { code: 'SQLITE_FULL' });
          setBulkLoad(on, merge);
        };
        return index;
      },
    });
    try {
      const status = await other.bulkLoad(async () => other.putGazette(xiaxian2022Record()).status);
      expect(status).toBe('stored');
      expect(other.stats().documents).toBe(1);
    } finally {
      other.close();
    }
  });
});
