import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { expandPaths, ingestFiles, type IngestProgress } from '../../ingest/ingest-files';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openStore } from '../../src/store/open-store';
import { sampleDocuments, samplesDir } from '../samples';
import { createFakeIndex } from '../store/fake-index';

const samples = samplesDir;
let dir: string;
let store: GazetteStore;
let index: ReturnType<typeof createFakeIndex>;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-ingest-'));
  store = openStore({ db: path.join(dir, 'gazette.db'), createIndex: (db) => (index = createFakeIndex(db)) });
});

afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('expandPaths', () => {
  it('expands folders recursively, skipping hidden entries, and keeps missing paths', async () => {
    fs.mkdirSync(path.join(dir, 'in', 'sub'), { recursive: true });
    fs.writeFileSync(path.join(dir, 'in', 'b.txt'), 'b');
    fs.writeFileSync(path.join(dir, 'in', 'sub', 'a.pdf'), 'a');
    fs.writeFileSync(path.join(dir, 'in', '.DS_Store'), 'x');
    const files = await expandPaths([path.join(dir, 'in'), path.join(dir, 'nope.txt')]);
    expect(files.map((f) => [path.relative(dir, f.file), Boolean(f.missing)])).toEqual([
      [path.join('in', 'b.txt'), false],
      [path.join('in', 'sub', 'a.pdf'), false],
      ['nope.txt', true],
    ]);
  });

  it('never lists the store it writes to, nor its -wal/-shm/-journal, in a folder or by name', async () => {
    fs.mkdirSync(path.join(dir, 'in'));
    for (const name of ['kb.db', 'kb.db-wal', 'kb.db-shm', 'kb.db-journal', 'other.db', 'a.txt']) fs.writeFileSync(path.join(dir, 'in', name), 'x');
    const store = path.join(dir, 'in', 'kb.db');
    const listed = async (paths: string[]) => (await expandPaths(paths, store)).map((f) => path.basename(f.file));
    expect(await listed([path.join(dir, 'in')])).toEqual(['a.txt', 'other.db']);
    expect(await listed([path.join(dir, 'in', 'kb.db'), path.join(dir, 'in', 'a.txt')])).toEqual(['a.txt']);
    expect((await expandPaths([path.join(dir, 'in')])).length).toBe(6);
  });
});

describe('ingestFiles', () => {
  it('stores every document of both sample gazettes', async () => {
    const summary = await ingestFiles(store, [samples]);
    expect(summary).toMatchObject({ files: 2, stored: 2, failed: 0, documents: sampleDocuments });
    expect(store.stats().documents).toBe(sampleDocuments);
    expect(store.check().ok).toBe(true);
  });

  it('leaves the store unchanged when the same folder is ingested twice', async () => {
    await ingestFiles(store, [samples]);
    const before = store.stats();
    const again = await ingestFiles(store, [samples]);
    expect(again).toMatchObject({ files: 2, stored: 0, unchanged: 2, documents: sampleDocuments });
    expect(store.stats()).toEqual({ ...before, bytesOnDisk: store.stats().bytesOnDisk });
  });

  it('reports a file the pipeline cannot handle by name and stores the rest', async () => {
    const pipeline = createPipeline();
    const summary = await ingestFiles(store, [samples], {
      pipeline: (read) => {
        if ('kind' in read && read.kind === 'text' && read.text.source.path.includes('xiaxian')) throw new Error('分段失败');
        return pipeline(read);
      },
    });
    expect(summary).toMatchObject({ files: 2, stored: 1, failed: 1 });
    expect(summary.errors).toEqual([
      { file: path.join(samples, 'xiaxian-2023-04.txt'), code: 'INTERNAL', message: expect.stringContaining('xiaxian-2023-04.txt') },
    ]);
    expect(store.listGazettes()).toHaveLength(1);
  });

  it('reports a damaged file and a missing path by name and stores the rest', async () => {
    const folder = path.join(dir, 'batch');
    fs.mkdirSync(folder);
    fs.copyFileSync(path.join(samples, 'jishan-2022-03.txt'), path.join(folder, 'jishan-2022-03.txt'));
    fs.writeFileSync(path.join(folder, 'broken.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0xff)]));
    const missing = path.join(dir, 'does-not-exist.txt');
    const summary = await ingestFiles(store, [folder, missing]);
    expect(summary.stored).toBe(1);
    expect(summary.errors.map((e) => path.basename(e.file)).sort()).toEqual(['broken.pdf', 'does-not-exist.txt']);
    for (const error of summary.errors) expect(error.message).toContain(path.basename(error.file));
  });

  it('stops reading once the process is over its memory budget, keeping what it stored', async () => {
    const budget = 1000;
    let used = 0;
    // The first file is read under the budget; the reading "uses" memory, so the second is skipped.
    const rss = () => {
      const now = used;
      used += 2 * budget;
      return now;
    };
    const summary = await ingestFiles(store, [samples], { maxMemoryBytes: budget, rss });
    expect(summary).toMatchObject({ files: 2, stored: 1, failed: 1 });
    expect(summary.errors).toEqual([
      expect.objectContaining({ file: path.join(samples, 'xiaxian-2023-04.txt'), code: 'MEMORY_LIMIT', message: expect.stringContaining('xiaxian-2023-04.txt') }),
    ]);
    expect(store.stats().gazettes).toBe(1);
    expect(store.check().ok).toBe(true);
  });

  it('reports progress before and after each file', async () => {
    const events: IngestProgress[] = [];
    await ingestFiles(store, [samples], { onProgress: (p) => events.push(p) });
    expect(events.map((e) => [e.index, e.phase, e.total])).toEqual([
      [0, 'start', 2],
      [0, 'done', 2],
      [1, 'start', 2],
      [1, 'done', 2],
    ]);
  });
});

describe('ingestFiles worker threads by default', () => {
  it('uses them from 16 MB of files on, as many as cores and the memory budget allow', async () => {
    const folder = path.join(dir, 'big');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'big.txt'), Buffer.alloc(17 * 1024 * 1024, 0x61));
    const limits = { maxBytes: 1024 * 1024 }; // refused unread: the test is about the choice
    const cores = Math.min(4, os.availableParallelism());
    const small = await ingestFiles(store, [samples], { maxMemoryBytes: 4096 * 1024 * 1024 });
    expect(small.workers).toBe(0);
    const big = await ingestFiles(store, [folder], { limits, maxMemoryBytes: 4096 * 1024 * 1024 });
    expect(big.workers).toBe(cores);
    expect(big.errors).toEqual([expect.objectContaining({ code: 'FILE_TOO_LARGE', message: expect.stringContaining('big.txt') })]);
    const tight = await ingestFiles(store, [folder], { limits, maxMemoryBytes: 1200 * 1024 * 1024 });
    expect(tight.workers).toBe(Math.min(cores, 1));
    const tighter = await ingestFiles(store, [folder], { limits, maxMemoryBytes: 1000 * 1024 * 1024 });
    expect(tighter.workers).toBe(0);
  });

  it('writes a batch of 16 MB or more as a bulk load, merging the index at the end only when it stored something', async () => {
    const folder = path.join(dir, 'big');
    fs.mkdirSync(folder);
    fs.writeFileSync(path.join(folder, 'big.txt'), Buffer.alloc(17 * 1024 * 1024, 0x61));
    const limits = { maxBytes: 1024 * 1024 };
    await ingestFiles(store, [samples], { workers: 0 });
    expect(index.bulkLoads).toEqual([]);
    await ingestFiles(store, [folder], { limits, workers: 0 });
    expect(index.bulkLoads).toEqual([{ on: true }, { on: false, merge: false }]);
    index.bulkLoads.length = 0;
    store.removeGazette(store.listGazettes()[0].id);
    const phases: string[] = [];
    const both = await ingestFiles(store, [samples, folder], { limits, workers: 0, onProgress: (p) => phases.push(p.phase) });
    expect(both).toMatchObject({ stored: 1, unchanged: 1, failed: 1 });
    expect(phases.at(-1)).toBe('merge');
    expect(index.bulkLoads).toEqual([{ on: true }, { on: false, merge: true }]);
  });
});
