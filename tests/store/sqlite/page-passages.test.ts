import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../ingest/ingest-files';
import type { Passage } from '../../../src/model';
import { openStore } from '../../../src/store/open-store';
import { bestPassages, needleFinder } from '../../../src/store/query/highlight';
import { finderOf, type FinderSpec } from '../../../src/store/query/shape-result';
import { createHalfReads, type HalfReads, type SharedPassages } from '../../../src/store/sqlite/half-reads';
import { paragraphTextsReader } from '../../../src/store/sqlite/index-feed';
import { pagePassages } from '../../../src/store/sqlite/page-passages';
import { samplesDir } from '../../samples';

describe('pagePassages', () => {
  const texts: Record<string, string[]> = { a: ['停电检修。'], b: ['无关。', '计划停电。'], c: ['停电停电。'], d: ['恢复供电。'] };
  const find = needleFinder(['停电']);
  const alone = (ids: string[]) => ids.map((id) => bestPassages(texts[id], find));
  /** A reader that took `theirs` (with what it found) and leaves `left` to this thread. */
  const reader = (left: number[], theirs: Map<number, Passage[]>): SharedPassages => {
    const queue = [...left];
    return { next: () => queue.shift() ?? -1, done: () => theirs };
  };

  it('works out every document here when there is no reader', () => {
    expect(pagePassages(['a', 'b', 'c'], (id) => texts[id], find, undefined)).toEqual(alone(['a', 'b', 'c']));
  });

  it("takes the reader's passages for the documents it took, in the page's order", () => {
    const marked: Passage[] = [{ paragraph: 0, html: 'by the reader' }];
    const shared = reader([1, 3], new Map([[0, marked], [2, marked]]));
    expect(pagePassages(['a', 'b', 'c', 'd'], (id) => texts[id], find, shared)).toEqual([marked, alone(['b'])[0], marked, alone(['d'])[0]]);
  });

  it('works out here a document the reader took but could not read', () => {
    const shared = reader([0], new Map());
    expect(pagePassages(['a', 'b', 'c'], (id) => texts[id], find, shared)).toEqual(alone(['a', 'b', 'c']));
  });
});

describe('HalfReads.passages on a store of the samples', () => {
  let dir: string;
  let file: string;
  let db: Database.Database;
  let reads: HalfReads;
  let ids: string[];
  const spec: FinderSpec = { needles: ['工作'] };
  const expected = () => {
    const read = paragraphTextsReader(db);
    return ids.map((id) => bestPassages(read(id) ?? [], finderOf(spec)));
  };

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'page-passages-'));
    file = path.join(dir, 'gazette.db');
    const store = openStore({ db: file });
    await ingestFiles(store, [samplesDir]);
    store.close();
    db = new Database(file, { readonly: true });
    ids = db.prepare<[], string>('SELECT id FROM documents ORDER BY id LIMIT 12').pluck().all();
    reads = createHalfReads(file, () => false, 4);
  });
  afterAll(() => {
    reads.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('must not start the reader for a page, nor share before it runs', () => {
    expect(reads.passages(ids, spec)).toBeUndefined();
    // A long list given aside starts it.
    expect(reads.aside('"工作"', 100, () => null)).toBeUndefined();
  });

  it('gives the passages this thread would, whichever thread takes which document', async () => {
    await until(() => {
      const take = reads.aside('"工作"', 100, () => null);
      take?.();
      return take !== undefined;
    });
    // The reader takes some while this thread waits…
    const readHere: string[] = [];
    const here = (id: string) => (readHere.push(id), paragraphTextsReader(db)(id) ?? []);
    reads.settle();
    const waited = reads.passages(ids, spec)!;
    await new Promise((r) => setTimeout(r, 1000));
    expect(pagePassages(ids, here, finderOf(spec), waited)).toEqual(expected());
    expect(readHere.length).toBeLessThan(ids.length);
    // …or both take from the counter at once (a search settles what the last one left first).
    reads.settle();
    const shared = reads.passages(ids, spec)!;
    expect(pagePassages(ids, (id) => paragraphTextsReader(db)(id) ?? [], finderOf(spec), shared)).toEqual(expected());
  });

  it('must not share a page of fewer than four documents', () => {
    expect(reads.passages(ids.slice(0, 3), spec)).toBeUndefined();
  });

  it('leaves the next job free when this thread took every document itself', () => {
    reads.settle();
    const shared = reads.passages(ids, spec)!;
    for (let at = shared.next(); at >= 0; at = shared.next());
    expect(shared.done().size).toBeLessThanOrEqual(ids.length);
    reads.settle();
    expect(reads.passages(ids, spec)).toBeDefined();
  });
});

async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 25));
}
