/**
 * Rebuilds under a polling client, with real processes: a `gazette serve` answers
 * /api/search?q=应急预案 in a loop while `gazette reindex` and then `gazette check --repair`
 * (after index rows were lost) run on the same store from other processes. Every answer must
 * carry the full total (before: total 0 for 6.7 s, then 38…181 before the full 250 again).
 *
 * Slow (about 1–2 minutes on two cores): run with `npm run test:slow`.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { prepareCorpus } from '../../bench/corpus';
import { projectRoot } from '../../src/config';
import { runGazette, startServer, type ServerRun } from './cli-run';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-rebuild-'));
const db = path.join(dir, 'gazette.db');
const query = `/api/search?q=${encodeURIComponent('应急预案')}&limit=1`;
let server: ServerRun;
let fullTotal = 0;

beforeAll(async () => {
  const files = prepareCorpus(50, 24, () => {}).files.slice(0, 100);
  const ingest = await runGazette(['ingest', path.join(projectRoot, 'data', 'samples'), ...files, '--db', db, '--json', '--workers', '0']);
  expect(ingest.code, ingest.stderr).toBe(0);
  server = await startServer(['--db', db]);
  fullTotal = ((await (await fetch(server.base + query)).json()) as { total: number }).total;
  expect(fullTotal).toBeGreaterThan(100);
}, 600_000);

afterAll(async () => {
  await server?.stop();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** Polls the search until `work` ends; returns every total seen and the statuses. */
async function pollDuring(work: Promise<unknown>): Promise<{ totals: number[]; statuses: number[] }> {
  let finished = false;
  void work.finally(() => (finished = true));
  const totals: number[] = [];
  const statuses: number[] = [];
  while (!finished) {
    const res = await fetch(server.base + query);
    statuses.push(res.status);
    if (res.status === 200) totals.push(((await res.json()) as { total: number }).total);
    else await res.arrayBuffer();
  }
  return { totals, statuses };
}

describe('a polling client during rebuilds', () => {
  it('sees the full total throughout gazette reindex', async () => {
    const reindex = runGazette(['reindex', '--db', db, '--json']);
    const { totals, statuses } = await pollDuring(reindex);
    const run = await reindex;
    console.log(`reindex: exit ${run.code} in ${Math.round(run.ms)} ms; ${totals.length} answers, totals seen ${[...new Set(totals)].join(',')} (full ${fullTotal}); statuses ${[...new Set(statuses)].join(',')}`);
    expect(run.code, run.stderr).toBe(0);
    expect(totals.length).toBeGreaterThan(5);
    expect(new Set(totals)).toEqual(new Set([fullTotal]));
    expect(new Set(statuses)).toEqual(new Set([200]));
  }, 600_000);

  it('sees the full total, or the total of what is indexed, during check --repair, and the full total after', async () => {
    // Index rows of 40 documents lost (as after a crash of an older version).
    const raw = new Database(db);
    const lost = raw.prepare('SELECT id FROM search_docs WHERE fields LIKE ? LIMIT 40').pluck().all('%应急%') as string[];
    for (const id of lost) {
      const rowid = raw.prepare('SELECT rowid FROM search_docs WHERE id = ?').pluck().get(id) as number;
      raw.prepare('DELETE FROM search_fts WHERE rowid = ?').run(rowid);
      raw.prepare('DELETE FROM search_docs WHERE rowid = ?').run(rowid);
    }
    raw.close();
    const before = ((await (await fetch(server.base + query)).json()) as { total: number }).total;
    const repair = runGazette(['check', '--repair', '--db', db, '--json']);
    const { totals } = await pollDuring(repair);
    const run = await repair;
    const after = ((await (await fetch(server.base + query)).json()) as { total: number }).total;
    console.log(`check --repair: exit ${run.code}; totals seen ${[...new Set(totals)].join(',')}; before ${before}, after ${after} (full ${fullTotal})`);
    expect(JSON.parse(run.stdout)).toMatchObject({ repaired: true });
    // Never a partly repaired index: the answers are the damaged total or the full one.
    expect(totals.every((t) => t === before || t === fullTotal)).toBe(true);
    expect(after).toBe(fullTotal);
  }, 600_000);
});
