/**
 * Hostile and broken files: more than 30 of them (built by ./bad-files.ts) go into ONE batch
 * with the two sample gazettes, through the real `gazette ingest` process. Every sample
 * document must be stored, every bad file reported by name with a reason, and the process's
 * peak memory must stay under the memory limit it was given (`--max-memory-mb`, here 1200 MB
 * or GAZETTE_TEST_MAX_RSS_MB: the segmenter's dictionaries and pdf.js alone take about 600 MB).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { IngestSummary } from '../../ingest/ingest-files';
import { projectRoot } from '../../src/config';
import { openStore } from '../../src/store/open-store';
import { sampleDocumentNumbers } from '../sample-store';
import { writeBadFiles } from './bad-files';
import { runGazette, type CliRun } from './cli-run';

const maxRssMb = Number(process.env.GAZETTE_TEST_MAX_RSS_MB ?? 1200);
/** What the samples give on their own, in this process. */
const sampleNumbers = sampleDocumentNumbers();

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-bad-files-'));
const badDir = path.join(dir, 'bad');
const db = path.join(dir, 'gazette.db');
let badPaths: string[] = [];
let run: CliRun;
let summary: IngestSummary & { peakRssBytes: number; maxMemoryBytes: number };

beforeAll(async () => {
  badPaths = writeBadFiles(badDir);
  run = await runGazette(['ingest', path.join(projectRoot, 'data', 'samples'), badDir, '--db', db, '--json', '--max-memory-mb', String(maxRssMb)]);
  summary = JSON.parse(run.stdout);
  const table = summary.results.map((r) => ({
    file: path.basename(r.file),
    status: r.status,
    documents: r.documents,
    reason: r.error?.code ?? summary.warnings.find((w) => w.file === r.file && w.level === 'error')?.message.slice(0, 60) ?? '',
  }));
  console.table(table);
  console.log(`batch of ${summary.files} files in ${summary.tookMs} ms, peak RSS ${(summary.peakRssBytes / 1024 / 1024).toFixed(0)} MB`);
}, 180_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('gazette ingest of a batch of hostile files with the samples', () => {
  it('builds at least 30 bad files', () => {
    expect(badPaths.length).toBeGreaterThanOrEqual(30);
  });

  it('finishes the batch and exits 3 (part of the batch failed)', () => {
    expect(run.signal).toBeNull();
    expect(run.code, run.stderr).toBe(3);
    expect(summary.files).toBe(badPaths.length + 2);
  });

  it('stores every sample document', () => {
    const store = openStore({ db, readonly: true });
    try {
      const numbers = [...store.exportDocuments()].map((d) => d.docNumber ?? '').sort();
      expect(numbers).toEqual(sampleNumbers);
      expect(store.check().ok).toBe(true);
    } finally {
      store.close();
    }
  });

  it('reports every bad file by name with a reason, and stores no document from any', () => {
    for (const file of badPaths) {
      const result = summary.results.find((r) => path.resolve(r.file) === path.resolve(file));
      expect(result, file).toBeDefined();
      expect(result!.documents, file).toBe(0);
      if (result!.status === 'failed') {
        const error = summary.errors.find((e) => e.file === result!.file);
        expect(error?.message, file).toContain(result!.file);
        // "<file>: <Chinese reason> (<English reason>)"
        expect(error!.message.length, file).toBeGreaterThan(result!.file.length + 10);
        expect(error!.code, file).not.toBe('INTERNAL');
      } else {
        // Stored as an empty issue: a warning or error names the file and says why.
        const problems = summary.warnings.filter((w) => w.file === result!.file && w.level === 'error');
        expect(problems.length, file).toBeGreaterThan(0);
      }
    }
  });

  it(`keeps the process's peak memory under the configured limit (${maxRssMb} MB)`, () => {
    expect(summary.maxMemoryBytes).toBe(maxRssMb * 1024 * 1024);
    expect(summary.peakRssBytes).toBeGreaterThan(0);
    expect(summary.peakRssBytes).toBeLessThan(summary.maxMemoryBytes);
    // Every file was read: the budget was never hit, so no file was skipped for it.
    expect(summary.errors.filter((e) => e.code === 'MEMORY_LIMIT')).toEqual([]);
  });
});
