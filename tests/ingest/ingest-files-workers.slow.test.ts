/**
 * ingestFiles on real worker threads: the same store as without them, a file a worker cannot
 * read failed by name, and the event loop turning between writes. Workers load the pipeline and
 * the segmenter's dictionaries and run at a lower priority, so on a loaded machine this takes
 * tens of seconds: `npm run test:slow`. The choice of workers is tested in ingest-files.test.ts.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFiles, type IngestProgress } from '../../ingest/ingest-files';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openStore } from '../../src/store/open-store';
import { sampleDocuments, samplesDir } from '../samples';

const samples = samplesDir;
/** Small gazettes of other layouts (tests/fixtures/gazette-layouts), for runs whose point is not the samples' size. */
const layouts = path.resolve(__dirname, '../fixtures/gazette-layouts');
const layout = (name: string) => path.join(layouts, name, 'input.txt');
const layoutDocuments = (name: string) =>
  (JSON.parse(fs.readFileSync(path.join(layouts, name, 'expected.json'), 'utf8')) as { documents: unknown[] }).documents.length;

let dir: string;
let store: GazetteStore;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-ingest-'));
  store = openStore({ db: path.join(dir, 'gazette.db') });
});

afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('ingestFiles on worker threads', () => {
  it('stores what it stores without them: the same documents, found by the same searches', async () => {
    const here = openStore({ db: path.join(dir, 'here.db') });
    const there = openStore({ db: path.join(dir, 'there.db') });
    try {
      const a = await ingestFiles(here, [samples], { workers: 0 });
      const b = await ingestFiles(there, [samples], { workers: 2 });
      expect(b).toMatchObject({ files: 2, stored: 2, failed: 0, documents: sampleDocuments });
      expect({ ...b.results[0], file: '' }).toEqual({ ...a.results[0], file: '' });
      expect(b.warnings).toEqual(a.warnings);
      const { bytesOnDisk: _x, ...statsThere } = there.stats();
      const { bytesOnDisk: _y, ...statsHere } = here.stats();
      expect(statsThere).toEqual(statsHere);
      for (const gazette of here.listGazettes()) {
        for (const entry of here.getGazette(gazette.id)!.documents) {
          const written = (store: GazetteStore) => {
            const document = store.getDocument(entry.id)!;
            return { ...document, gazette: { ...document.gazette, ingestedAt: '' } };
          };
          expect(written(there)).toEqual(written(here));
        }
      }
      for (const q of ['停电', '被征地农民养老保险', '稷政办发〔2022〕31号', '县人社局']) {
        const [x, y] = await Promise.all([here.search.search({ q }), there.search.search({ q })]);
        expect(y.total).toBe(x.total);
        expect(new Set(y.hits.map((h) => h.id))).toEqual(new Set(x.hits.map((h) => h.id)));
      }
      expect(there.check().ok).toBe(true);
    } finally {
      here.close();
      there.close();
    }
  });

  it('reports a file a worker cannot read by name, stores the rest, and skips stored files without preparing them', async () => {
    const folder = path.join(dir, 'batch');
    fs.mkdirSync(folder);
    fs.copyFileSync(layout('county-red-head'), path.join(folder, 'a-county.txt'));
    fs.writeFileSync(path.join(folder, 'b-broken.pdf'), Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0xff)]));
    fs.copyFileSync(layout('city-number-above'), path.join(folder, 'c-city.txt'));
    const events: IngestProgress[] = [];
    const summary = await ingestFiles(store, [folder], { workers: 2, onProgress: (p) => events.push(p) });
    const documents = layoutDocuments('county-red-head') + layoutDocuments('city-number-above');
    expect(summary).toMatchObject({ files: 3, stored: 2, failed: 1, documents });
    expect(summary.errors).toEqual([expect.objectContaining({ file: path.join(folder, 'b-broken.pdf'), message: expect.stringContaining('b-broken.pdf') })]);
    // Results come back in file order, each file started before it is done.
    expect(events.filter((e) => e.phase === 'done').map((e) => e.index)).toEqual([0, 1, 2]);
    for (const done of events.filter((e) => e.phase === 'done')) {
      expect(events.findIndex((e) => e.phase === 'start' && e.index === done.index)).toBeLessThan(events.indexOf(done));
    }
    const again = await ingestFiles(store, [folder], { workers: 2 });
    expect(again).toMatchObject({ stored: 0, unchanged: 2, failed: 1 });
  });

  it('turns the event loop between writes, even when the prepared files wait for the writer', async () => {
    // Writes slower than the worker prepares: prepared files pile up. Were they written back to
    // back, the workers' replies and new files (and a server's requests) would wait meanwhile.
    const folder = path.join(dir, 'batch');
    fs.mkdirSync(folder);
    // A small gazette: prepared well within a write's 150 ms, so prepared files pile up.
    const text = fs.readFileSync(layout('county-red-head'), 'utf8');
    for (let i = 0; i < 8; i++) fs.writeFileSync(path.join(folder, `g${i}.txt`), `${text}\n（副本 ${i}）\n`);
    const slowWrites = new Proxy(store, {
      get(target, key) {
        if (key === 'putGazette') {
          return (...args: Parameters<GazetteStore['putGazette']>) => {
            const until = Date.now() + 150;
            while (Date.now() < until);
            return target.putGazette(...args);
          };
        }
        const value = Reflect.get(target, key);
        return typeof value === 'function' ? value.bind(target) : value;
      },
    });
    let turns = 0;
    let done = false;
    const tick = () => {
      if (done) return;
      turns++;
      setImmediate(tick);
    };
    setImmediate(tick);
    const turnsAtWrite: number[] = [];
    const summary = await ingestFiles(slowWrites, [folder], {
      workers: 1,
      onProgress: (p) => {
        if (p.phase === 'done') turnsAtWrite.push(turns);
      },
    });
    done = true;
    expect(summary).toMatchObject({ files: 8, failed: 0 });
    for (let i = 1; i < turnsAtWrite.length; i++) expect(turnsAtWrite[i]).toBeGreaterThan(turnsAtWrite[i - 1]);
  });
});
