import fs from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createPipeline } from '../../../ingest/pipeline';
import { prepareFile } from '../../../ingest/prepare-file';
import { createPreparePool, type PreparePool } from '../../../ingest/workers/worker-pool';
import { projectRoot } from '../../../src/config';
import { isGazetteError } from '../../../src/errors';

const sample = path.join(projectRoot, 'data', 'samples', 'xiaxian-2023-04.txt');
let pool: PreparePool | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

/** Every segmenter word of every document's `words` column. */
function wordsOf(prepared: Awaited<ReturnType<PreparePool['prepare']>>): Set<string> {
  return new Set(Object.values(prepared.rows.documents).flatMap((rows) => rows.fts[4].split(' ')));
}

describe('createPreparePool', () => {
  it('prepares a file on a worker into the record and rows this thread would build', async () => {
    pool = createPreparePool(1);
    const bytes = fs.readFileSync(sample);
    const [there, here] = await Promise.all([pool.prepare(bytes, sample), prepareFile(bytes, sample, { pipeline: createPipeline() })]);
    expect(there.record).toEqual(here.record);
    expect(there.record.documents.length).toBeGreaterThan(10);
    for (const [id, rows] of Object.entries(here.rows.documents)) {
      expect(there.rows.documents[id].fts).toEqual(rows.fts);
      expect(Buffer.from(there.rows.documents[id].record)).toEqual(Buffer.from(rows.record));
      expect(Buffer.from(there.rows.documents[id].paragraphs)).toEqual(Buffer.from(rows.paragraphs));
    }
  });

  it('fails a file it cannot read with the reader error, naming the file, and goes on', async () => {
    pool = createPreparePool(2);
    const broken = Buffer.concat([Buffer.from('%PDF-1.7\n'), Buffer.alloc(2000, 0xff)]);
    const error = await pool.prepare(broken, 'broken.pdf').then(
      () => undefined,
      (e: unknown) => e,
    );
    expect(isGazetteError(error)).toBe(true);
    expect((error as Error).message).toContain('broken.pdf');
    const after = await pool.prepare(fs.readFileSync(sample), sample);
    expect(after.record.documents.length).toBeGreaterThan(10);
  });

  it('teaches its workers the words learned from stored gazettes before their next file', async () => {
    pool = createPreparePool(1);
    const word = '小杂粮特色产业带';
    const text = fs.readFileSync(sample, 'utf8');
    const lastParagraph = text.trimEnd().lastIndexOf('\n');
    const bytes = Buffer.from(`${text.slice(0, lastParagraph)}\n各乡镇要加快${word}建设。${text.slice(lastParagraph)}`);
    expect(wordsOf(await pool.prepare(bytes, 'a.txt')).has(word)).toBe(false);
    pool.teach([word]);
    expect(wordsOf(await pool.prepare(bytes, 'b.txt')).has(word)).toBe(true);
  });
});
