/**
 * Many writers on one store, as real processes: two, then four `gazette ingest` at once put
 * 100 generated gazettes (each writer its share, plus the two samples that every writer
 * ingests, so some writes race for the same bytes) into one store — none may be lost, and
 * `gazette check` must be clean; and twenty times two processes open a store that does not
 * exist yet — both must succeed (before: "database is locked" for 26–28 of 100 files, and
 * "table gazettes already exists" in 2 of 17 openings).
 *
 * Slow (about 1–2 minutes on two cores): run with `npm run test:slow`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../bench/corpus';
import { projectRoot } from '../../src/config';
import type { CheckReport } from '../../src/store/gazette-store';
import { openStore } from '../../src/store/open-store';
import { childEnv, runGazette, startServer, type CliRun } from './cli-run';

const samples = ['jishan-2022-03.txt', 'xiaxian-2023-04.txt'].map((f) => path.join(projectRoot, 'data', 'samples', f));
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-writers-'));
let generated: string[] = [];

beforeAll(() => {
  // 50× the samples: 100 generated gazettes of ~150 KB (cached under var/bench/).
  generated = prepareCorpus(50, 24, () => {}).files.slice(0, 100);
});
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface IngestJson {
  files: number;
  stored: number;
  unchanged: number;
  replaced: number;
  failed: number;
  errors: Array<{ file: string; code: string; message: string }>;
}

function parse(run: CliRun): IngestJson {
  try {
    return JSON.parse(run.stdout) as IngestJson;
  } catch {
    throw new Error(`gazette ingest printed no JSON (exit ${run.code}): ${run.stderr.slice(0, 2000)}`);
  }
}

/** Runs `writers` ingests at once, writer k taking every k-th generated file plus both samples. */
async function concurrentIngest(writers: number, db: string) {
  const shares = Array.from({ length: writers }, (_, k) => [...samples, ...generated.filter((_, i) => i % writers === k)]);
  const started = performance.now();
  // Two processes prepare files at once on two cores: no worker threads on top.
  const runs = await Promise.all(shares.map((files) => runGazette(['ingest', ...files, '--db', db, '--json', '--workers', '0'])));
  const ms = Math.round(performance.now() - started);
  const summaries = runs.map(parse);
  const check = JSON.parse((await runGazette(['check', '--db', db, '--json'])).stdout) as CheckReport;
  const store = openStore({ db, readonly: true });
  try {
    const gazettes = store.listGazettes().length;
    const documents = store.stats().documents;
    return { runs, summaries, check, gazettes, documents, ms };
  } finally {
    store.close();
  }
}

describe('concurrent writers', () => {
  let expectedDocuments = 0;

  beforeAll(async () => {
    // The documents 102 gazettes hold when written by one process alone.
    const db = path.join(dir, 'one-writer.db');
    const run = await runGazette(['ingest', ...samples, ...generated, '--db', db, '--json', '--workers', '0']);
    expect(parse(run).failed).toBe(0);
    const store = openStore({ db, readonly: true });
    expectedDocuments = store.stats().documents;
    store.close();
  }, 300_000);

  it.each([2, 4])('%i writers ingest 100 files into one store: 0 lost, check ok', async (writers) => {
    const result = await concurrentIngest(writers, path.join(dir, `writers-${writers}.db`));
    const failed = result.summaries.flatMap((s) => s.errors);
    const stored = result.summaries.reduce((n, s) => n + s.stored, 0);
    const unchanged = result.summaries.reduce((n, s) => n + s.unchanged, 0);
    console.log(
      `${writers} writers: ${result.ms} ms, exit codes ${result.runs.map((r) => r.code).join(',')}, stored ${stored}, unchanged ${unchanged}, ` +
        `failed ${failed.length}, gazettes ${result.gazettes}, documents ${result.documents}/${expectedDocuments}, check ${result.check.ok ? 'ok' : 'NOT ok'}`,
    );
    expect(failed).toEqual([]);
    expect(result.runs.map((r) => r.code)).toEqual(Array(writers).fill(0));
    expect(stored).toBe(102);
    expect(unchanged).toBe(2 * writers - 2);
    expect(result.gazettes).toBe(102);
    expect(result.documents).toBe(expectedDocuments);
    expect(result.check).toMatchObject({ ok: true, missingFromIndex: [], orphansInIndex: [] });
  }, 600_000);
});

describe('uploads next to a CLI ingest', () => {
  it('a server taking 25 uploads while gazette ingest writes 25 files: 0 lost, check ok', async () => {
    const db = path.join(dir, 'uploads.db');
    const server = await startServer(['--db', db], childEnv({ GAZETTE_ADMIN_TOKEN: 'writers-token' }));
    try {
      const uploads = generated.slice(0, 25);
      const cli = runGazette(['ingest', ...generated.slice(25, 50), '--db', db, '--json', '--workers', '0']);
      const answers: Array<{ stored: unknown[]; rejected: Array<{ message: string }> }> = [];
      for (const file of uploads) {
        const form = new FormData();
        form.append('files', new Blob([fs.readFileSync(file)]), path.basename(file));
        const res = await fetch(`${server.base}/api/ingest`, { method: 'POST', headers: { Authorization: 'Bearer writers-token' }, body: form });
        answers.push((await res.json()) as (typeof answers)[number]);
      }
      const run = await cli;
      const rejected = answers.flatMap((a) => a.rejected.map((r) => r.message));
      const stats = (await (await fetch(`${server.base}/api/stats`)).json()) as { gazettes: number };
      const check = JSON.parse((await runGazette(['check', '--db', db, '--json'])).stdout) as CheckReport;
      console.log(`uploads next to a CLI ingest: uploads stored ${answers.length - rejected.length}/25, CLI exit ${run.code} (${parse(run).stored} stored), gazettes ${stats.gazettes}, check ${check.ok ? 'ok' : 'NOT ok'}`);
      expect(rejected).toEqual([]);
      expect(parse(run).errors).toEqual([]);
      expect(stats.gazettes).toBe(50);
      expect(check.ok).toBe(true);
    } finally {
      await server.stop();
    }
  }, 600_000);
});

describe('opening a new store', () => {
  it('two processes creating the same new store at once, 20 times: no error', async () => {
    const failures: string[] = [];
    for (let round = 0; round < 20; round++) {
      const db = path.join(dir, `fresh-${round}.db`);
      const runs = await Promise.all([runGazette(['check', '--db', db, '--json']), runGazette(['check', '--db', db, '--json'])]);
      for (const run of runs) if (run.code !== 0 || run.stderr.trim() !== '') failures.push(`round ${round}: exit ${run.code} ${run.stderr.slice(0, 300)}`);
    }
    console.log(`new store opened by two processes at once: ${20 - new Set(failures.map((f) => f.split(':')[0])).size}/20 rounds clean`);
    expect(failures).toEqual([]);
  }, 600_000);
});
