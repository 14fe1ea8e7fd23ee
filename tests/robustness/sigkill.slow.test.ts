/**
 * Crash safety: `gazette ingest data/samples` is killed with SIGKILL at 20 different moments.
 * After each kill `gazette check` must be clean, the store must hold whole gazettes only (each
 * gazette is one transaction), and a re-run must end with exactly the 26 documents an
 * uninterrupted run stores.
 *
 * Six kills are timed from the start of the process, spread from the end of start-up to the
 * first commit of a measured full run; fourteen are timed from the moment the first gazette is
 * reported stored, spread over the second gazette's processing and commit, so some land inside
 * its write transaction. Takes about 3–4 minutes on two cores (60 CLI processes).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config';
import type { CheckReport } from '../../src/store/gazette-store';
import { openStore } from '../../src/store/open-store';
import { sampleDocuments, sampleGazettes } from '../samples';
import { sampleDocumentNumbers } from '../sample-store';
import { runGazette, startGazette } from './cli-run';

/** What an uninterrupted run stores: every document number of the samples, per county how many. */
const sampleNumbers = sampleDocumentNumbers();
const perCounty = new Map<string, number>(sampleGazettes.map((g) => [g.county, g.documents]));
/** The folder is ingested in file-name order: this gazette is stored first. */
const firstGazette = [...sampleGazettes].sort((a, b) => a.file.localeCompare(b.file))[0];

const samples = path.join(projectRoot, 'data', 'samples');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-sigkill-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Moment {
  label: string;
  /** Milliseconds after the start, or after the first "stored" progress line. */
  after: 'start' | 'first-gazette';
  ms: number;
}

interface Round {
  moment: Moment;
  /** Whether the process was still running when killed. */
  killed: boolean;
  check: CheckReport;
  checkCode: number | null;
  /** Documents per county found after the kill (before the re-run). */
  before: Record<string, number>;
  rerunCode: number | null;
  documentsAfter: number;
  numbersAfter: string[];
  checkAfter: CheckReport;
}

const moments: Moment[] = [];

function readStore(db: string) {
  const store = openStore({ db, readonly: true });
  try {
    const stats = store.stats();
    const numbers = [...store.exportDocuments()].map((d) => d.docNumber ?? '').sort();
    return { stats, numbers, check: store.check() };
  } finally {
    store.close();
  }
}

async function killRound(moment: Moment, index: number): Promise<Round> {
  const db = path.join(dir, `round-${index}.db`);
  const run = startGazette(['ingest', samples, '--db', db]);
  let killed = false;
  const kill = () => {
    if (run.child.exitCode === null && run.child.signalCode === null) {
      killed = run.child.kill('SIGKILL');
    }
  };
  if (moment.after === 'start') {
    setTimeout(kill, moment.ms);
  } else {
    // Non-TTY progress: one line per file, written after the file's transaction committed.
    let seen = '';
    const onData = (chunk: Buffer | string) => {
      seen += chunk.toString();
      if (seen.includes('[1/')) {
        run.child.stderr!.off('data', onData);
        setTimeout(kill, moment.ms);
      }
    };
    run.child.stderr!.on('data', onData);
  }
  await run.done;

  const checked = await runGazette(['check', '--db', db, '--json']);
  const check = JSON.parse(checked.stdout) as CheckReport;
  const found = readStore(db);
  const before = Object.fromEntries(found.stats.counties.map((c) => [c.county, c.documents]));

  const rerun = await runGazette(['ingest', samples, '--db', db, '--json']);
  const after = readStore(db);
  return {
    moment,
    killed,
    check,
    checkCode: checked.code,
    before,
    rerunCode: rerun.code,
    documentsAfter: after.stats.documents,
    numbersAfter: after.numbers,
    checkAfter: after.check,
  };
}

/** Runs the rounds two at a time (the kill moments are spread wide enough to absorb the contention). */
async function inPool<T, R>(items: T[], width: number, work: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const lanes = Array.from({ length: width }, async () => {
    while (next < items.length) {
      const i = next++;
      results[i] = await work(items[i], i);
    }
  });
  await Promise.all(lanes);
  return results;
}

beforeAll(async () => {
  // Measure one undisturbed run: start-up (an ingest of nothing) and the full ingest.
  const startup = await runGazette(['ingest', path.join(dir, 'nothing-here'), '--db', path.join(dir, 'startup.db')]);
  const full = startGazette(['ingest', samples, '--db', path.join(dir, 'full.db')]);
  let firstAt = 0;
  const t0 = performance.now();
  full.child.stderr!.on('data', (chunk: Buffer) => {
    if (!firstAt && chunk.toString().includes('[1/')) firstAt = performance.now() - t0;
  });
  const done = await full.done;
  expect(done.code, done.stderr).toBe(0);
  // 6 moments from the end of start-up to the first commit (reading and cutting the first
  // gazette), 14 from the first commit to past the end (the second gazette and its commit).
  const start = startup.ms * 0.8;
  const first = Math.max(firstAt, start + 100);
  for (let i = 0; i < 6; i++) {
    const ms = Math.round(start + ((first - start) * i) / 6);
    moments.push({ label: `${ms} ms after start`, after: 'start', ms });
  }
  const second = Math.max(50, done.ms - firstAt);
  for (let i = 0; i < 14; i++) {
    const ms = Math.round((second * 1.1 * i) / 13);
    moments.push({ label: `${ms} ms after the first gazette was stored`, after: 'first-gazette', ms });
  }
  console.log(`full ingest ${Math.round(done.ms)} ms, start-up ${Math.round(startup.ms)} ms, first gazette stored at ${Math.round(firstAt)} ms`);
}, 120_000);

describe('gazette ingest killed with SIGKILL', () => {
  it('leaves a clean store of whole gazettes, and a re-run completes with the 26 sample documents', async () => {
    expect(moments).toHaveLength(20);
    const rounds = await inPool(moments, 2, killRound);
    console.table(
      rounds.map((r) => ({
        moment: r.moment.label,
        killed: r.killed,
        'docs after kill': Object.values(r.before).reduce((a, b) => a + b, 0),
        'check ok': r.check.ok,
        'docs after re-run': r.documentsAfter,
      })),
    );
    for (const round of rounds) {
      const where = `kill at ${round.moment.label}`;
      expect(round.checkCode, where).toBe(0);
      expect(round.check, where).toMatchObject({ ok: true, integrity: ['ok'], missingFromIndex: [], orphansInIndex: [] });
      // One transaction per gazette: a county's gazette is in the store whole, or not at all.
      for (const [county, documents] of Object.entries(round.before)) {
        expect(documents, `${where}: ${county}`).toBe(perCounty.get(county));
      }
      if (round.moment.after === 'first-gazette') {
        expect(round.before[firstGazette.county], `${where}: the gazette reported stored survives`).toBe(firstGazette.documents);
      }
      expect(round.rerunCode, where).toBe(0);
      expect(round.documentsAfter, where).toBe(sampleDocuments);
      expect(round.numbersAfter, where).toEqual(sampleNumbers);
      expect(round.checkAfter.ok, where).toBe(true);
    }
  }, 240_000);
});
