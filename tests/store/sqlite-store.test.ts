import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openStore } from '../../src/store/open-store';
import { migrate } from '../../src/store/sqlite/schema';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store';
import { createFakeIndex } from './fake-index';
import { duty, gazette, jishanRecord, xiaxian2022Record, xiaxian2023Record } from './records';

let dir: string;
let dbPath: string;
let store: GazetteStore;

function open(failOn?: { id?: string }): GazetteStore {
  return openStore({ db: dbPath, createIndex: (db) => createFakeIndex(db, { failOn }) });
}

/** Row counts of every store table (and the index), read through a second connection. */
function tableCounts(file = dbPath): Record<string, number> {
  const db = new Database(file, { readonly: true });
  try {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((t) => [t, (db.prepare(`SELECT count(*) FROM "${t}"`).pluck().get() as number)]));
  } finally {
    db.close();
  }
}

/** Document numbers of the reference nodes, read through a second connection. */
function nodeNumbers(): string[] {
  const db = new Database(dbPath, { readonly: true });
  try {
    return db.prepare('SELECT doc_number FROM ref_nodes ORDER BY doc_number').pluck().all() as string[];
  } finally {
    db.close();
  }
}

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-store-'));
  dbPath = path.join(dir, 'nested', 'gazette.db');
  store = open();
});

afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('openStore', () => {
  it('creates the parent folder and opens the file in WAL mode', () => {
    expect(fs.existsSync(dbPath)).toBe(true);
    const db = new Database(dbPath, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it('refuses a file that is not a database, naming it', () => {
    const bad = path.join(dir, 'not-a-db.db');
    fs.writeFileSync(bad, 'this is not sqlite '.repeat(100));
    expect(() => openStore({ db: bad, createIndex: (db) => createFakeIndex(db) })).toThrow(/not-a-db\.db/);
  });
});

describe('putGazette', () => {
  it('stores a new gazette with its documents', () => {
    const result = store.putGazette(jishanRecord());
    expect(result).toEqual({ status: 'stored', gazetteId: 'g-jishan-2022-3', documents: 2 });
    expect(store.hasSource(jishanRecord().source.sha256)).toBe(true);
  });

  it('reports the same bytes as unchanged and writes nothing', () => {
    store.putGazette(jishanRecord());
    const before = tableCounts();
    expect(store.putGazette(jishanRecord()).status).toBe('unchanged');
    expect(tableCounts()).toEqual(before);
  });

  it('replaces a gazette with the same identity but different bytes', () => {
    store.putGazette(jishanRecord('v1'));
    const result = store.putGazette(jishanRecord('v2'));
    expect(result.status).toBe('replaced');
    expect(result.replacedSource).toBe('data/samples/jishan-2022-03.txt');
    expect(store.listGazettes()).toHaveLength(1);
    expect(store.getDocument('d-jz18')).toBeUndefined();
  });

  it('replaces a gazette read again from the same path under a new identity', () => {
    store.putGazette(jishanRecord('v1'));
    const renamed = { ...jishanRecord('v3'), id: 'g-jishan-renamed' };
    renamed.documents = renamed.documents.map((d) => ({ ...d, gazetteId: 'g-jishan-renamed' }));
    expect(store.putGazette(renamed).status).toBe('replaced');
    expect(store.listGazettes().map((g) => g.id)).toEqual(['g-jishan-renamed']);
  });

  it('leaves no orphan rows after a replacement', () => {
    store.putGazette(jishanRecord('v1'));
    store.putGazette(jishanRecord('v2'));
    const replaced = tableCounts();
    store.close();
    fs.rmSync(dbPath);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(dbPath + suffix, { force: true });
    store = open();
    store.putGazette(jishanRecord('v2'));
    expect(replaced).toEqual(tableCounts());
    expect(replaced.documents).toBe(1);
    expect(replaced.fake_index).toBe(1);
  });

  it('drops what only the earlier copy of a reprinted document pointed at, and keeps what others still cite', () => {
    store.putGazette(jishanRecord());
    const [first] = jishanRecord().documents;
    const reprint = { ...first, gazetteId: 'g-reprint', references: [], duties: [duty('县人力资源和社会保障局', '稷山县:县人力资源和社会保障局', 'lead', '稳岗返还')] };
    store.putGazette(gazette('g-reprint', { name: '稷山县人民政府公报', county: '稷山县', year: 2022, issue: 4 }, [reprint], { path: 'data/samples/reprint.txt', bytes: 'reprint' }));
    const units = store.listUnits('稷山县');
    expect(units.find((u) => u.name === '县人力资源和社会保障局')?.aliases).toEqual([]);
    expect(units.map((u) => u.name)).not.toContain('县税务局');
    // 稷政发〔2022〕18号 in the first gazette still cites both numbers.
    expect(nodeNumbers()).toEqual(['晋政办发〔2021〕25号', '稷政办发〔2022〕31号']);
    expect(store.removeGazette('g-jishan-2022-3')).toBe(true);
    expect(nodeNumbers()).toEqual([]);
    expect(store.listUnits('稷山县').map((u) => u.name)).toEqual(['县人力资源和社会保障局']);
    expect(store.check()).toMatchObject({ ok: true, documents: 1 });
  });

  it('returns exactly the document the pipeline produced', () => {
    const record = jishanRecord();
    store.putGazette(record);
    const { gazette, status, ...document } = store.getDocument('d-jz31')!;
    expect(document).toEqual(record.documents[0]);
    expect(gazette?.name).toBe('稷山县人民政府公报');
    expect(status.status).toBe('现行有效');
  });

  it('marks an earlier document 已废止 when a later gazette repeals it, and re-indexes it', () => {
    store.putGazette(xiaxian2022Record());
    expect(store.getDocumentByNumber('夏政办发〔2022〕5号')!.status.status).toBe('现行有效');
    store.putGazette(xiaxian2023Record());
    const repealed = store.getDocumentByNumber('夏政办发〔2022〕5号', { asOf: '2024-01-01' })!;
    expect(repealed.status.status).toBe('已废止');
    expect(repealed.status.repealedBy?.map((d) => d.docNumber)).toEqual(['夏政办函〔2023〕67号']);
    expect([...store.indexable(['d-xf5'])][0].repealedOn).toBe('2023-10-20');
  });

  it('derives the repeal whichever gazette is ingested first', () => {
    store.putGazette(xiaxian2023Record());
    store.putGazette(xiaxian2022Record());
    expect(store.getDocument('d-xf5')!.status.status).toBe('已废止');
    expect([...store.indexable(['d-xf5'])][0].repealedOn).toBe('2023-10-20');
  });

  it('leaves the store as before when writing the index fails', () => {
    store.putGazette(jishanRecord());
    store.close();
    const before = tableCounts();
    store = open({ id: 'd-xh67' });
    expect(() => store.putGazette(xiaxian2023Record())).toThrow(/index failure/);
    expect(tableCounts()).toEqual(before);
    expect(store.getDocument('d-xh67')).toBeUndefined();
  });
});

describe('getDocumentByNumber', () => {
  it.each([
    ['稷政办发〔2022〕31号'],
    ['稷政办发[2022]31号'],
    ['稷政办发（2022）31 号'],
    ['稷政办发(２０２２)31号'],
  ])('finds 稷政办发〔2022〕31号 written as %s', (written) => {
    store.putGazette(jishanRecord());
    expect(store.getDocumentByNumber(written)?.id).toBe('d-jz31');
  });

  it('returns undefined for a number not in the corpus', () => {
    store.putGazette(jishanRecord());
    expect(store.getDocumentByNumber('稷政办发〔2022〕99号')).toBeUndefined();
  });
});

describe('references', () => {
  beforeEach(() => {
    store.putGazette(jishanRecord());
    store.putGazette(xiaxian2022Record());
    store.putGazette(xiaxian2023Record());
  });

  it('links two documents citing the same outside number to one node', () => {
    const graph = store.references('晋政办发[2021]25号');
    expect(graph.node.document).toBeUndefined();
    expect(graph.citedBy.map((e) => e.from.docNumber).sort()).toEqual(['稷政办发〔2022〕31号', '稷政发〔2022〕18号']);
    expect(store.stats().referencedNodes).toBe(4);
  });

  it('lists what a document cites, marking targets in the corpus', () => {
    const graph = store.references('稷政发〔2022〕18号');
    expect(graph.cites.map((e) => [e.to.docNumber, e.to.document?.id])).toEqual([
      ['晋政办发〔2021〕25号', undefined],
      ['稷政办发〔2022〕31号', 'd-jz31'],
    ]);
  });

  it('lists who cites a document in the corpus', () => {
    const graph = store.references('稷政办发〔2022〕31号');
    expect(graph.citedBy.map((e) => e.from.document?.id)).toEqual(['d-jz18']);
    expect(graph.implements.map((e) => e.to.docNumber)).toEqual(['晋政办发〔2021〕25号']);
  });

  it('knows a number outside the corpus is 已废止, naming the repealing document', () => {
    const graph = store.references('夏政办函〔2022〕27号', { asOf: '2024-01-01' });
    expect(graph.node.document).toBeUndefined();
    expect(graph.status?.status).toBe('已废止');
    expect(graph.status?.repealedBy?.map((d) => d.docNumber)).toEqual(['夏政办函〔2023〕67号']);
    expect(graph.repealedBy[0].sentence).toContain('同时废止');
  });

  it('adds the neighbours graphs at depth 2', () => {
    const graph = store.references('稷政发〔2022〕18号', { depth: 2 });
    expect(Object.keys(graph.neighbours ?? {}).sort()).toEqual(['晋政办发〔2021〕25号', '稷政办发〔2022〕31号']);
    expect(graph.neighbours!['晋政办发〔2021〕25号'].citedBy).toHaveLength(2);
  });
});

describe('listUnits', () => {
  it('lists the units of one county with their aliases and counts', () => {
    store.putGazette(jishanRecord());
    store.putGazette(xiaxian2022Record());
    const units = store.listUnits('稷山县');
    expect(units.every((u) => u.county === '稷山县')).toBe(true);
    const hr = units.find((u) => u.id === '稷山县:县人力资源和社会保障局')!;
    expect(hr).toMatchObject({ name: '县人力资源和社会保障局', aliases: ['县人社局'], dutyCount: 2, documentCount: 1 });
    expect(store.listUnits().length).toBe(units.length + 1);
  });

  it('drops a unit whose last duty went with a replaced gazette', () => {
    store.putGazette(jishanRecord('v1'));
    store.putGazette(jishanRecord('v2'));
    expect(store.listUnits('稷山县').map((u) => u.name)).not.toContain('县行政审批服务管理局');
    expect(store.getUnit('稷山县:县人力资源和社会保障局')?.documents[0].duties).toHaveLength(2);
  });
});

describe('duties on disk', () => {
  /** One sentence naming three offices, a matter that is not in its sentence, characters beyond the BMP before the matter. */
  function sharedSentenceRecord() {
    const record = xiaxian2022Record();
    const sentence = '𠀀𠀁 加强耕地保护。（县自然资源局牵头，县农业农村局、县水利局配合）';
    record.documents[0].duties = [
      { ...duty('县自然资源局', '夏县:县自然资源局', 'lead', '加强耕地保护'), sentence },
      { ...duty('县农业农村局', '夏县:县农业农村局', 'support', '加强耕地保护'), sentence },
      { ...duty('县水利局', '夏县:县水利局', 'support', '加强耕地保护'), sentence },
      { ...duty('县人社局', '夏县:县人力资源和社会保障局', 'responsible', '技能培训（另见附件）'), sentence },
    ];
    return record;
  }

  it('stores a sentence naming several offices once and reads every duty back as written', () => {
    const record = sharedSentenceRecord();
    store.putGazette(record);
    const read = store.listDuties('夏县').map(({ unit, unitId, role, matter, sentence, paragraph }) => ({ unit, unitId, role, matter, sentence, paragraph }));
    expect(read).toEqual(record.documents[0].duties);
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM duty_sentences').pluck().get()).toBe(1);
    // Only the matter that is not part of its sentence is stored as text.
    expect(db.prepare('SELECT matter FROM duties WHERE matter IS NOT NULL').pluck().all()).toEqual(['技能培训（另见附件）']);
    db.close();
  });

  it('migrates duties of a store written before sentences were shared, losing nothing', () => {
    const old = new Database(path.join(dir, 'v1.db'));
    migrate(old, 1);
    old.exec(`INSERT INTO gazettes (id, kind, contents_json, messages_json) VALUES ('g', 'gazette', '[]', '[]');
      INSERT INTO documents (id, gazette_id, ordinal, title, county, record_json) VALUES ('d', 'g', 0, '方案', '夏县', '{}');
      INSERT INTO units (id, county, name) VALUES ('夏县:县水利局', '夏县', '县水利局');`);
    const rows = [
      ['县水利局', 'lead', '𠀀 节水', '𠀀 节水（县水利局牵头，县农业农村局配合）'],
      ['县农业农村局', 'support', '𠀀 节水', '𠀀 节水（县水利局牵头，县农业农村局配合）'],
      ['县水利局', 'responsible', '河长制', '落实河湖长制。（县水利局负责）'],
    ];
    rows.forEach(([unit, role, matter, sentence], ordinal) =>
      old
        .prepare('INSERT INTO duties (document_id, ordinal, unit_id, unit, role, matter, sentence, paragraph, county) VALUES (?, ?, ?, ?, ?, ?, ?, 3, ?)')
        .run('d', ordinal, unit === '县水利局' ? '夏县:县水利局' : null, unit, role, matter, sentence, '夏县'),
    );
    old.close();
    const migrated = openStore({ db: path.join(dir, 'v1.db'), createIndex: (db) => createFakeIndex(db) });
    expect(migrated.listDuties('夏县').map((d) => [d.unit, d.role, d.matter, d.sentence])).toEqual(rows);
    expect(migrated.check()).toMatchObject({ integrity: ['ok'] });
    migrated.close();
    const db = new Database(path.join(dir, 'v1.db'), { readonly: true });
    expect(db.prepare('SELECT count(*) FROM duty_sentences').pluck().get()).toBe(2);
    db.close();
  });

  it('finds documents by their title without spaces through an index, also in a store migrated from before it', () => {
    const old = new Database(path.join(dir, 'v3.db'));
    migrate(old, 3);
    old.close();
    openStore({ db: path.join(dir, 'v3.db'), createIndex: (db) => createFakeIndex(db) }).close();
    const db = new Database(path.join(dir, 'v3.db'), { readonly: true });
    // The store's lookups by title (a cited or repealed document without a number), as it writes them.
    for (const sql of ["SELECT id FROM documents WHERE replace(title, ' ', '') = ?", "SELECT d.id FROM documents d WHERE replace(d.title, ' ', '') = ? LIMIT 1"]) {
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as Array<{ detail: string }>).map((row) => row.detail).join(' ');
      expect(plan).toContain('documents_title_compact');
    }
    db.close();
  });

  it('refuses to open an old store read-only, saying how to upgrade it', () => {
    const old = new Database(path.join(dir, 'v1-readonly.db'));
    migrate(old, 1);
    old.close();
    expect(() => openStore({ db: path.join(dir, 'v1-readonly.db'), readonly: true, createIndex: (db) => createFakeIndex(db) })).toThrow(/gazette check/);
  });

  it('removes the shared sentences with their gazette', () => {
    store.putGazette(sharedSentenceRecord());
    store.removeGazette('g-xiaxian-2022-1');
    const db = new Database(dbPath, { readonly: true });
    expect(db.prepare('SELECT count(*) FROM duty_sentences').pluck().get()).toBe(0);
    db.close();
  });
});

describe('check', () => {
  it('reports a clean store', () => {
    store.putGazette(jishanRecord());
    const report = store.check();
    expect(report).toMatchObject({ ok: true, integrity: ['ok'], documents: 2, indexed: 2, missingFromIndex: [], orphansInIndex: [] });
  });

  it('finds and repairs deleted index rows', () => {
    store.putGazette(jishanRecord());
    store.putGazette(xiaxian2023Record());
    const db = new Database(dbPath);
    db.prepare("DELETE FROM fake_index WHERE id IN ('d-jz31', 'd-xh67')").run();
    db.close();
    const broken = store.check();
    expect(broken.ok).toBe(false);
    expect(broken.missingFromIndex.sort()).toEqual(['d-jz31', 'd-xh67']);
    const repaired = store.check({ repair: true });
    expect(repaired).toMatchObject({ ok: true, repaired: true, indexed: 3 });
    expect(store.check()).toMatchObject({ ok: true, missingFromIndex: [] });
  });
});

describe('stats', () => {
  it('counts gazettes, documents and counties', () => {
    store.putGazette(jishanRecord());
    store.putGazette(xiaxian2023Record());
    const stats = store.stats();
    expect(stats).toMatchObject({ gazettes: 2, documents: 3, references: 5, duties: 5, units: 4 });
    expect(stats.counties).toEqual([
      { county: '稷山县', gazettes: 1, documents: 2 },
      { county: '夏县', gazettes: 1, documents: 1 },
    ]);
    expect(stats.bytesOnDisk).toBeGreaterThan(0);
  });
});

describe('bulkLoad', () => {
  it('defers index merges while the work runs and merges at the end only if it wrote', async () => {
    let index!: ReturnType<typeof createFakeIndex>;
    store.close();
    store = openStore({ db: dbPath, createIndex: (db) => (index = createFakeIndex(db)) });
    expect(await store.bulkLoad(async () => store.putGazette(xiaxian2022Record()).status)).toBe('stored');
    await store.bulkLoad(async () => store.putGazette(xiaxian2022Record()));
    expect(index.bulkLoads).toEqual([{ on: true }, { on: false, merge: true }, { on: true }, { on: false, merge: false }]);
  });

  it('copies the write-ahead log into the file less often while the work runs, and as before after it', async () => {
    let db!: Database.Database;
    store.close();
    store = openStore({ db: dbPath, createIndex: (connection) => createFakeIndex((db = connection)) });
    const checkpointEvery = () => db.pragma('wal_autocheckpoint', { simple: true }) as number;
    const before = checkpointEvery();
    const during = await store.bulkLoad(async () => {
      store.putGazette(jishanRecord());
      return checkpointEvery();
    });
    expect(during).toBeGreaterThan(before * 10);
    expect(checkpointEvery()).toBe(before);
    await expect(store.bulkLoad(async () => {
      throw new Error('disk unplugged');
    })).rejects.toThrow('disk unplugged');
    expect(checkpointEvery()).toBe(before);
  });

  it('ends the bulk load when the work fails, and passes the failure on', async () => {
    let index!: ReturnType<typeof createFakeIndex>;
    store.close();
    store = openStore({ db: dbPath, createIndex: (db) => (index = createFakeIndex(db)) });
    await expect(store.bulkLoad(async () => {
      store.putGazette(jishanRecord());
      throw new Error('disk unplugged');
    })).rejects.toThrow('disk unplugged');
    expect(index.bulkLoads).toEqual([{ on: true }, { on: false, merge: true }]);
    expect(store.getDocument('d-jz31')).toBeDefined();
  });
});

describe('removeGazette', () => {
  it('deletes a gazette with its rows and clears the repeal it made', () => {
    store.putGazette(xiaxian2022Record());
    store.putGazette(xiaxian2023Record());
    expect(store.removeGazette('g-xiaxian-2023-4')).toBe(true);
    expect(store.getDocument('d-xf5')!.status.status).toBe('现行有效');
    expect([...store.indexable(['d-xf5'])][0].repealedOn).toBeUndefined();
    expect(store.check()).toMatchObject({ ok: true, documents: 1, indexed: 1 });
    expect(store.removeGazette('g-xiaxian-2023-4')).toBe(false);
  });
});

describe('createSqliteStore with an external backend', () => {
  it('feeds the external backend after each commit and flush waits for it', async () => {
    const db = new Database(path.join(dir, 'external.db'));
    migrate(db);
    const calls: Array<[string, string[]]> = [];
    const external = {
      ...createFakeIndex(db),
      name: 'meilisearch' as const,
      async upsert(docs: Array<{ id: string }>) {
        await new Promise((resolve) => setTimeout(resolve, 10));
        calls.push(['upsert', docs.map((d) => d.id)]);
      },
      async remove(ids: string[]) {
        calls.push(['remove', ids]);
      },
    };
    const withExternal = createSqliteStore({ db, path: path.join(dir, 'external.db'), index: createFakeIndex(db), search: external });
    withExternal.putGazette(jishanRecord('v1'));
    withExternal.putGazette(jishanRecord('v2'));
    await withExternal.flush();
    expect(calls).toEqual([
      ['upsert', ['d-jz31', 'd-jz18']],
      ['remove', ['d-jz18']],
      ['upsert', ['d-jz31']],
    ]);
    expect(withExternal.search.name).toBe('meilisearch');
    withExternal.close();
  });
});
