/**
 * The SQLite store: writing gazettes (replacement, moves, repeals, rollback), reading documents
 * and references back, check, bulk loads, removal and an external backend. Units and duties are
 * in sqlite/unit-rows.test.ts, migrations in sqlite/schema.test.ts, counts in sqlite/store-stats.test.ts.
 */
import fs from 'node:fs';
import path from 'node:path';
import Database from 'better-sqlite3';
import { beforeEach, describe, expect, it } from 'vitest';
import { openStore } from '../../src/store/open-store';
import { migrate } from '../../src/store/sqlite/schema';
import { createSqliteStore } from '../../src/store/sqlite/sqlite-store';
import { createFakeIndex } from './fake-index';
import { doc, duty, gazette, jishanRecord, ref, xiaxian2022Record, xiaxian2023Record } from './records';
import { readDb, useTempStore } from './temp-store';

const t = useTempStore();

/** Row counts of every store table (and the index), read through a second connection. */
function tableCounts(file = t.dbPath): Record<string, number> {
  return readDb(file, (db) => {
    const tables = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY name").pluck().all() as string[];
    return Object.fromEntries(tables.map((table) => [table, db.prepare(`SELECT count(*) FROM "${table}"`).pluck().get() as number]));
  });
}

/** Document numbers of the reference nodes, read through a second connection. */
function nodeNumbers(): string[] {
  return readDb(t.dbPath, (db) => db.prepare('SELECT doc_number FROM ref_nodes ORDER BY doc_number').pluck().all() as string[]);
}

describe('openStore', () => {
  it('creates the parent folder and opens the file in WAL mode', () => {
    expect(fs.existsSync(t.dbPath)).toBe(true);
    const db = new Database(t.dbPath, { readonly: true });
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('user_version', { simple: true })).toBeGreaterThan(0);
    db.close();
  });

  it('refuses a file that is not a database, naming it', () => {
    const bad = path.join(t.dir, 'not-a-db.db');
    fs.writeFileSync(bad, 'this is not sqlite '.repeat(100));
    expect(() => openStore({ db: bad, createIndex: (db) => createFakeIndex(db) })).toThrow(/not-a-db\.db/);
  });
});

describe('putGazette', () => {
  it('stores a new gazette with its documents', () => {
    const result = t.store.putGazette(jishanRecord());
    expect(result).toEqual({ status: 'stored', gazetteId: 'g-jishan-2022-3', documents: 2 });
    expect(t.store.hasSource(jishanRecord().source.sha256)).toBe(true);
  });

  it('reports the same bytes as unchanged and writes nothing', () => {
    t.store.putGazette(jishanRecord());
    const before = tableCounts();
    expect(t.store.putGazette(jishanRecord()).status).toBe('unchanged');
    expect(tableCounts()).toEqual(before);
  });

  it('replaces a gazette with the same identity but different bytes', () => {
    t.store.putGazette(jishanRecord('v1'));
    const result = t.store.putGazette(jishanRecord('v2'));
    expect(result.status).toBe('replaced');
    expect(result.replacedSource).toBe('data/samples/jishan-2022-03.txt');
    expect(t.store.listGazettes()).toHaveLength(1);
    expect(t.store.getDocument('d-jz18')).toBeUndefined();
  });

  it('replaces a gazette read again from the same path under a new identity', () => {
    t.store.putGazette(jishanRecord('v1'));
    const renamed = { ...jishanRecord('v3'), id: 'g-jishan-renamed' };
    renamed.documents = renamed.documents.map((d) => ({ ...d, gazetteId: 'g-jishan-renamed' }));
    expect(t.store.putGazette(renamed).status).toBe('replaced');
    expect(t.store.listGazettes().map((g) => g.id)).toEqual(['g-jishan-renamed']);
  });

  it('leaves no orphan rows after a replacement', () => {
    t.store.putGazette(jishanRecord('v1'));
    t.store.putGazette(jishanRecord('v2'));
    const replaced = tableCounts();
    t.store.close();
    fs.rmSync(t.dbPath);
    for (const suffix of ['-wal', '-shm']) fs.rmSync(t.dbPath + suffix, { force: true });
    t.store = t.open();
    t.store.putGazette(jishanRecord('v2'));
    expect(replaced).toEqual(tableCounts());
    expect(replaced.documents).toBe(1);
    expect(replaced.fake_index).toBe(1);
  });

  it('drops what only the earlier copy of a reprinted document pointed at, and keeps what others still cite', () => {
    t.store.putGazette(jishanRecord());
    const [first] = jishanRecord().documents;
    const reprint = { ...first, gazetteId: 'g-reprint', references: [], duties: [duty('县人力资源和社会保障局', '稷山县:县人力资源和社会保障局', 'lead', '稳岗返还')] };
    t.store.putGazette(gazette('g-reprint', { name: '稷山县人民政府公报', county: '稷山县', year: 2022, issue: 4 }, [reprint], { path: 'data/samples/reprint.txt', bytes: 'reprint' }));
    const units = t.store.listUnits('稷山县');
    expect(units.find((u) => u.name === '县人力资源和社会保障局')?.aliases).toEqual([]);
    expect(units.map((u) => u.name)).not.toContain('县税务局');
    // 稷政发〔2022〕18号 in the first gazette still cites both numbers.
    expect(nodeNumbers()).toEqual(['晋政办发〔2021〕25号', '稷政办发〔2022〕31号']);
    expect(t.store.removeGazette('g-jishan-2022-3')).toBe(true);
    expect(nodeNumbers()).toEqual([]);
    expect(t.store.listUnits('稷山县').map((u) => u.name)).toEqual(['县人力资源和社会保障局']);
    expect(t.store.check()).toMatchObject({ ok: true, documents: 1 });
  });

  it('returns exactly the document the pipeline produced', () => {
    const record = jishanRecord();
    t.store.putGazette(record);
    const { gazette, status, ...document } = t.store.getDocument('d-jz31')!;
    expect(document).toEqual(record.documents[0]);
    expect(gazette?.name).toBe('稷山县人民政府公报');
    expect(status.status).toBe('现行有效');
  });

  it('marks an earlier document 已废止 when a later gazette repeals it, and re-indexes it', () => {
    t.store.putGazette(xiaxian2022Record());
    expect(t.store.getDocumentByNumber('夏政办发〔2022〕5号')!.status.status).toBe('现行有效');
    t.store.putGazette(xiaxian2023Record());
    const repealed = t.store.getDocumentByNumber('夏政办发〔2022〕5号', { asOf: '2024-01-01' })!;
    expect(repealed.status.status).toBe('已废止');
    expect(repealed.status.repealedBy?.map((d) => d.docNumber)).toEqual(['夏政办函〔2023〕67号']);
    expect([...t.store.indexable(['d-xf5'])][0].repealedOn).toBe('2023-10-20');
  });

  it('derives the repeal whichever gazette is ingested first', () => {
    t.store.putGazette(xiaxian2023Record());
    t.store.putGazette(xiaxian2022Record());
    expect(t.store.getDocument('d-xf5')!.status.status).toBe('已废止');
    expect([...t.store.indexable(['d-xf5'])][0].repealedOn).toBe('2023-10-20');
  });

  it('leaves the t.store as before when writing the index fails', () => {
    t.store.putGazette(jishanRecord());
    t.store.close();
    const before = tableCounts();
    t.store = t.open({ id: 'd-xh67' });
    expect(() => t.store.putGazette(xiaxian2023Record())).toThrow(/index failure/);
    expect(tableCounts()).toEqual(before);
    expect(t.store.getDocument('d-xh67')).toBeUndefined();
  });
});

describe('getDocumentByNumber', () => {
  it.each([
    ['稷政办发〔2022〕31号'],
    ['稷政办发[2022]31号'],
    ['稷政办发（2022）31 号'],
    ['稷政办发(２０２２)31号'],
  ])('finds 稷政办发〔2022〕31号 written as %s', (written) => {
    t.store.putGazette(jishanRecord());
    expect(t.store.getDocumentByNumber(written)?.id).toBe('d-jz31');
  });

  it('returns undefined for a number not in the corpus', () => {
    t.store.putGazette(jishanRecord());
    expect(t.store.getDocumentByNumber('稷政办发〔2022〕99号')).toBeUndefined();
  });
});

describe('references', () => {
  beforeEach(() => {
    t.store.putGazette(jishanRecord());
    t.store.putGazette(xiaxian2022Record());
    t.store.putGazette(xiaxian2023Record());
  });

  it('links two documents citing the same outside number to one node', () => {
    const graph = t.store.references('晋政办发[2021]25号');
    expect(graph.node.document).toBeUndefined();
    expect(graph.citedBy.map((e) => e.from.docNumber).sort()).toEqual(['稷政办发〔2022〕31号', '稷政发〔2022〕18号']);
    expect(t.store.stats().referencedNodes).toBe(4);
  });

  it('lists what a document cites, marking targets in the corpus', () => {
    const graph = t.store.references('稷政发〔2022〕18号');
    expect(graph.cites.map((e) => [e.to.docNumber, e.to.document?.id])).toEqual([
      ['晋政办发〔2021〕25号', undefined],
      ['稷政办发〔2022〕31号', 'd-jz31'],
    ]);
  });

  it('lists who cites a document in the corpus', () => {
    const graph = t.store.references('稷政办发〔2022〕31号');
    expect(graph.citedBy.map((e) => e.from.document?.id)).toEqual(['d-jz18']);
    expect(graph.implements.map((e) => e.to.docNumber)).toEqual(['晋政办发〔2021〕25号']);
  });

  it('links an interpretation and the document it explains, both ways', () => {
    const page = (id: string, fields: Parameters<typeof doc>[2]) => gazette(id, null, [doc(id, 0, fields)], { path: `${id}.html`, bytes: id });
    t.store.putGazette(page('dec', { id: 'd-dec', title: '某区人民政府关于公布规范性文件清理结果的决定', docNumber: '某政〔2024〕3号', date: '2024-05-01' }));
    t.store.putGazette(page('jd', { id: 'd-jd', title: '关于《某区人民政府关于公布规范性文件清理结果的决定》的解读', date: '2024-05-02', references: [ref('interprets', '某政〔2024〕3号', '区司法局起草了《某区人民政府关于公布规范性文件清理结果的决定》。', '某区人民政府关于公布规范性文件清理结果的决定')] }));
    expect(t.store.references('某政〔2024〕3号').interpretedBy.map((e) => e.from.document?.id)).toEqual(['d-jd']);
    expect(t.store.references('某政〔2024〕3号').citedBy).toEqual([]);
    expect(t.store.getDocument('d-jd') && t.store.references('关于《某区人民政府关于公布规范性文件清理结果的决定》的解读').interprets.map((e) => e.to.document?.id)).toEqual(['d-dec']);
  });

  it('knows a number outside the corpus is 已废止, naming the repealing document', () => {
    const graph = t.store.references('夏政办函〔2022〕27号', { asOf: '2024-01-01' });
    expect(graph.node.document).toBeUndefined();
    expect(graph.status?.status).toBe('已废止');
    expect(graph.status?.repealedBy?.map((d) => d.docNumber)).toEqual(['夏政办函〔2023〕67号']);
    expect(graph.repealedBy[0].sentence).toContain('同时废止');
  });

  it('adds the neighbours graphs at depth 2', () => {
    const graph = t.store.references('稷政发〔2022〕18号', { depth: 2 });
    expect(Object.keys(graph.neighbours ?? {}).sort()).toEqual(['晋政办发〔2021〕25号', '稷政办发〔2022〕31号']);
    expect(graph.neighbours!['晋政办发〔2021〕25号'].citedBy).toHaveLength(2);
  });
});

describe('repeals by title', () => {
  /** A single law or document, as a page or a law file gives one. */
  const single = (id: string, fields: Parameters<typeof doc>[2]) => ({ ...gazette(id, null, [doc(id, 0, fields)], { path: `${id}.md`, bytes: id }), kind: 'law' as const });

  it('repeal a numbered law named without its number, only from a document not older, of the same county', () => {
    const store = t.store;
    store.putGazette(single('old', { id: 'd-old', title: '化妆品卫生监督条例', docNumber: '卫生部令第3号', date: '1989-11-13' }));
    store.putGazette(single('new', { id: 'd-new', title: '化妆品监督管理条例', date: '2020-06-16', references: [ref('repeals', undefined, '《化妆品卫生监督条例》同时废止。', '化妆品卫生监督条例')] }));
    expect(store.documentStatus('d-old', { asOf: '2024-01-01' })).toBe('已废止');
    expect(store.getDocument('d-old', { asOf: '2024-01-01' })?.status.repealedBy?.map((d) => d.id)).toEqual(['d-new']);
    // An older document of the same name repeals an earlier version, not this later one.
    store.putGazette(single('rules-2019', { id: 'd-2019', title: '某某工作规则', docNumber: '某令第1号', date: '2019-12-30' }));
    store.putGazette(single('rules-2012', { id: 'd-2012', title: '某某工作规则（试行）', date: '2012-11-22', references: [ref('repeals', undefined, '原《某某工作规则》同时废止。', '某某工作规则')] }));
    expect(store.documentStatus('d-2019', { asOf: '2024-01-01' })).toBe('现行有效');
    // Another county's notice of the same title is not repealed.
    store.putGazette(single('a', { id: 'd-a', title: '关于做好防汛工作的通知', docNumber: '甲政办发〔2020〕1号', county: '甲县', date: '2020-05-01' }));
    store.putGazette(single('b', { id: 'd-b', title: '关于做好防汛工作的补充通知', county: '乙县', date: '2021-05-01', references: [ref('repeals', undefined, '《关于做好防汛工作的通知》同时废止。', '关于做好防汛工作的通知')] }));
    expect(store.documentStatus('d-a', { asOf: '2024-01-01' })).toBe('现行有效');
  });

  it('link a repeal to the document it names however its brackets are printed, found typed either way', () => {
    const store = t.store;
    store.putGazette(single('rules', { id: 'd-rules', title: '某县土地流转办法实施细则(试行)', county: '某县', date: '2018-03-01' }));
    store.putGazette(single('plain', { id: 'd-plain', title: '某县土地流转办法实施细则', county: '某县', date: '2016-03-01' }));
    const repeal = '决定废止《某县土地流转办法实施细则（试行）》。';
    store.putGazette(single('repeal', { id: 'd-repeal', title: '某县人民政府关于废止部分规范性文件的决定', county: '某县', date: '2025-03-01', references: [ref('repeals', undefined, repeal, '某县土地流转办法实施细则（试行）')] }));
    expect(store.documentStatus('d-rules', { asOf: '2025-06-01' })).toBe('已废止');
    expect([...store.indexable(['d-rules'])][0].repealedOn).toBe('2025-03-01');
    // Not the document without 试行.
    expect(store.documentStatus('d-plain', { asOf: '2025-06-01' })).toBe('现行有效');
    for (const typed of ['某县土地流转办法实施细则(试行)', '某县土地流转办法实施细则（试行）', '《某县土地流转办法实施细则（ 试行 ）》']) {
      const graph = store.references(typed, { asOf: '2025-06-01' });
      expect(graph.node.document?.id).toBe('d-rules');
      // Shown as the document prints it.
      expect(graph.node.title).toBe('某县土地流转办法实施细则(试行)');
      expect(graph.repealedBy.map((e) => e.from.document?.id)).toEqual(['d-repeal']);
      expect(graph.status?.status).toBe('已废止');
    }
    expect(store.references('某县人民政府关于废止部分规范性文件的决定').repeals.map((e) => e.to.document?.id)).toEqual(['d-rules']);
  });
});

describe('a status the document\'s metadata states', () => {
  // 有效性：失效 on a page, with no date beside it: from the document's date on, in the view and
  // in the filters of the real index alike.
  it('is the status of the document view and of the search filters', async () => {
    const dir = fs.mkdtempSync(path.join(t.dir, 'real-'));
    const store = openStore({ db: path.join(dir, 'g.db') });
    try {
      const page = (id: string, validity: Parameters<typeof doc>[2]['validity']) =>
        ({ ...gazette(id, null, [doc(id, 0, { id: `d-${id}`, title: `某县${id}管理办法`, date: '2019-03-01', county: '某县', text: '加强道路运输管理。', validity })], { path: `${id}.html`, bytes: id }) });
      store.putGazette(page('lapsed', { stated: '已失效', sentence: '有效性：失效' }));
      store.putGazette(page('repealed', { stated: '已废止', sentence: '有效性：废止' }));
      store.putGazette(page('kept', { sentence: '有效性：有效' }));
      expect(store.getDocument('d-lapsed', { asOf: '2024-01-01' })?.status).toMatchObject({ status: '已失效', reason: '文件信息载明“有效性：失效”' });
      expect(store.documentStatus('d-repealed', { asOf: '2024-01-01' })).toBe('已废止');
      expect(store.documentStatus('d-repealed', { asOf: '2019-01-01' })).toBe('现行有效');
      const found = async (status: '现行有效' | '已失效' | '已废止') =>
        (await store.search.search({ q: '道路运输', asOf: '2024-01-01', filters: { status: [status] } })).hits.map((h) => h.id);
      expect(await found('现行有效')).toEqual(['d-kept']);
      expect(await found('已失效')).toEqual(['d-lapsed']);
      expect(await found('已废止')).toEqual(['d-repealed']);
    } finally {
      store.close();
    }
  });
});

describe('check', () => {
  it('reports a clean store', () => {
    t.store.putGazette(jishanRecord());
    const report = t.store.check();
    expect(report).toMatchObject({ ok: true, integrity: ['ok'], documents: 2, indexed: 2, missingFromIndex: [], orphansInIndex: [] });
  });

  it('finds and repairs deleted index rows', () => {
    t.store.putGazette(jishanRecord());
    t.store.putGazette(xiaxian2023Record());
    const db = new Database(t.dbPath);
    db.prepare("DELETE FROM fake_index WHERE id IN ('d-jz31', 'd-xh67')").run();
    db.close();
    const broken = t.store.check();
    expect(broken.ok).toBe(false);
    expect(broken.missingFromIndex.sort()).toEqual(['d-jz31', 'd-xh67']);
    const repaired = t.store.check({ repair: true });
    expect(repaired).toMatchObject({ ok: true, repaired: true, indexed: 3 });
    expect(t.store.check()).toMatchObject({ ok: true, missingFromIndex: [] });
  });
});

describe('bulkLoad', () => {
  it('defers index merges while the work runs and merges at the end only if it wrote', async () => {
    let index!: ReturnType<typeof createFakeIndex>;
    t.store.close();
    t.store = openStore({ db: t.dbPath, createIndex: (db) => (index = createFakeIndex(db)) });
    expect(await t.store.bulkLoad(async () => t.store.putGazette(xiaxian2022Record()).status)).toBe('stored');
    await t.store.bulkLoad(async () => t.store.putGazette(xiaxian2022Record()));
    expect(index.bulkLoads).toEqual([{ on: true }, { on: false, merge: true }, { on: true }, { on: false, merge: false }]);
  });

  it('copies the write-ahead log into the file less often while the work runs, and as before after it', async () => {
    let db!: Database.Database;
    t.store.close();
    t.store = openStore({ db: t.dbPath, createIndex: (connection) => createFakeIndex((db = connection)) });
    const checkpointEvery = () => db.pragma('wal_autocheckpoint', { simple: true }) as number;
    const before = checkpointEvery();
    const during = await t.store.bulkLoad(async () => {
      t.store.putGazette(jishanRecord());
      return checkpointEvery();
    });
    expect(during).toBeGreaterThan(before * 10);
    expect(checkpointEvery()).toBe(before);
    await expect(t.store.bulkLoad(async () => {
      throw new Error('disk unplugged');
    })).rejects.toThrow('disk unplugged');
    expect(checkpointEvery()).toBe(before);
  });

  it('ends the bulk load when the work fails, and passes the failure on', async () => {
    let index!: ReturnType<typeof createFakeIndex>;
    t.store.close();
    t.store = openStore({ db: t.dbPath, createIndex: (db) => (index = createFakeIndex(db)) });
    await expect(t.store.bulkLoad(async () => {
      t.store.putGazette(jishanRecord());
      throw new Error('disk unplugged');
    })).rejects.toThrow('disk unplugged');
    expect(index.bulkLoads).toEqual([{ on: true }, { on: false, merge: true }]);
    expect(t.store.getDocument('d-jz31')).toBeDefined();
  });
});

describe('removeGazette', () => {
  it('deletes a gazette with its rows and clears the repeal it made', () => {
    t.store.putGazette(xiaxian2022Record());
    t.store.putGazette(xiaxian2023Record());
    expect(t.store.removeGazette('g-xiaxian-2023-4')).toBe(true);
    expect(t.store.getDocument('d-xf5')!.status.status).toBe('现行有效');
    expect([...t.store.indexable(['d-xf5'])][0].repealedOn).toBeUndefined();
    expect(t.store.check()).toMatchObject({ ok: true, documents: 1, indexed: 1 });
    expect(t.store.removeGazette('g-xiaxian-2023-4')).toBe(false);
  });
});

describe('createSqliteStore with an external backend', () => {
  it('feeds the external backend after each commit and flush waits for it', async () => {
    const db = new Database(path.join(t.dir, 'external.db'));
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
    const withExternal = createSqliteStore({ db, path: path.join(t.dir, 'external.db'), index: createFakeIndex(db), search: external });
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
