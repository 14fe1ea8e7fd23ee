/**
 * Faults of the store file, with a real `gazette serve` process:
 * - 20 stores with one page damaged each (overwritten with random bytes, zeroed, or bytes
 *   flipped inside a document's stored text): /api/health must answer 503 "degraded", no
 *   answer may be a 200 whose body differs from the undamaged store's, none a bare 500, and
 *   `gazette check` must report instead of crashing;
 * - the store deleted under the server (503 naming it, health degraded), then a new store put
 *   at the same path (answered from, without a restart);
 * - a store on a read-only mount: search, stats, check and `serve --read-only` all work.
 *
 * Slow (about 3 minutes on two cores): run with `npm run test:slow`.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/generate-corpus';
import { projectRoot } from '../../src/config';
import { runGazette, startServer } from './cli-run';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-faults-'));
const base = path.join(dir, 'base.db');
/** URL → body of the undamaged store's answer. */
const reference = new Map<string, string>();

/** The answer without what changes from one call to the next (timings). */
function stable(body: string): string {
  try {
    return JSON.stringify(JSON.parse(body), (key, value: unknown) => (key === 'tookMs' ? undefined : value));
  } catch {
    return body;
  }
}

function urls(documentIds: string[], gazetteIds: string[]): string[] {
  const queries = ['停电', '应急预案', '自建房', '养老保险', '稷政办发(2022)31号', '助企纾困 county:稷山县'];
  return [
    ...documentIds.map((id) => `/api/documents/${id}`),
    ...gazetteIds.map((id) => `/api/gazettes/${id}`),
    '/api/gazettes',
    '/api/stats',
    '/api/units',
    `/api/references/${encodeURIComponent('夏政发〔2016〕66号')}`,
    `/api/who-handles?q=${encodeURIComponent('新办企业首次申领发票')}`,
    ...queries.map((q) => `/api/search?q=${encodeURIComponent(q)}`),
  ];
}

beforeAll(async () => {
  const ingest = await runGazette(['ingest', path.join(projectRoot, 'data', 'samples'), '--db', base, '--json']);
  expect(ingest.code, ingest.stderr).toBe(0);
  const db = new Database(base);
  db.pragma('wal_checkpoint(TRUNCATE)');
  const documentIds = db.prepare('SELECT id FROM documents ORDER BY id').pluck().all() as string[];
  const gazetteIds = db.prepare('SELECT id FROM gazettes ORDER BY id').pluck().all() as string[];
  db.close();
  const server = await startServer(['--db', base]);
  try {
    for (const url of urls(documentIds, gazetteIds)) {
      const res = await fetch(server.base + url);
      expect(res.status, url).toBe(200);
      reference.set(url, stable(await res.text()));
    }
  } finally {
    await server.stop();
  }
}, 180_000);

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

type Damage = 'random bytes' | 'zeros' | 'flipped bytes in a document';

/** Damages one page in use of a copy of the base store; returns what was done. */
function damage(file: string, round: number): { page: number; table: string; how: Damage } {
  const random = createRandom(1000 + round);
  const db = new Database(file);
  const pageSize = db.pragma('page_size', { simple: true }) as number;
  const pages = db.prepare("SELECT pageno, name, pagetype FROM dbstat WHERE pageno > 1 ORDER BY pageno").all() as Array<{ pageno: number; name: string; pagetype: string }>;
  db.close();
  const how: Damage = (['random bytes', 'zeros', 'flipped bytes in a document'] as const)[round % 3];
  const candidates = how === 'flipped bytes in a document' ? pages.filter((p) => p.name === 'documents' && p.pagetype === 'overflow') : pages;
  const target = candidates[Math.floor(random() * candidates.length)];
  const fd = fs.openSync(file, 'r+');
  const at = (target.pageno - 1) * pageSize;
  if (how === 'flipped bytes in a document') {
    const page = Buffer.alloc(pageSize);
    fs.readSync(fd, page, 0, pageSize, at);
    // Past the overflow page's 4-byte link: only the stored text changes.
    for (let i = 0; i < 24; i++) page[8 + Math.floor(random() * (pageSize - 8))] ^= 1 << Math.floor(random() * 8);
    fs.writeSync(fd, page, 0, pageSize, at);
  } else {
    const page = how === 'zeros' ? Buffer.alloc(pageSize) : Buffer.from(Array.from({ length: pageSize }, () => Math.floor(random() * 256)));
    fs.writeSync(fd, page, 0, pageSize, at);
  }
  fs.closeSync(fd);
  return { page: target.pageno, table: target.name, how };
}

describe('damaged pages', () => {
  it('20 stores with a damaged page: health degraded, no 200 with altered content, no 500, check reports', async () => {
    const rows: string[] = [];
    const failures: string[] = [];
    for (let round = 0; round < 20; round++) {
      const file = path.join(dir, `damaged-${round}.db`);
      fs.copyFileSync(base, file);
      const done = damage(file, round);
      const statuses = new Map<number, number>();
      let healthStatus = 0;
      const server = await startServer(['--db', file]).catch((error: Error) => error);
      if (server instanceof Error) {
        // Refusing to start on a damaged store is a report too, if it names the store.
        if (!/STORE_CORRUPT|损坏/.test(server.message)) failures.push(`round ${round}: server crashed: ${server.message.slice(0, 300)}`);
        rows.push(`${round} ${done.how} ${done.table}#${done.page}: server refused to start`);
        continue;
      }
      try {
        const health = await fetch(`${server.base}/api/health`);
        healthStatus = health.status;
        const body = (await health.json()) as { status: string };
        if (health.status !== 503 || body.status !== 'degraded') failures.push(`round ${round} (${done.how}, ${done.table}): health ${health.status} ${body.status}`);
        for (const [url, expected] of reference) {
          const res = await fetch(server.base + url);
          const text = await res.text();
          statuses.set(res.status, (statuses.get(res.status) ?? 0) + 1);
          if (res.status === 200 && stable(text) !== expected) failures.push(`round ${round} (${done.how}, ${done.table}): 200 with altered content at ${url}`);
          if (res.status === 500) failures.push(`round ${round} (${done.how}, ${done.table}): 500 at ${url}: ${text.slice(0, 200)}`);
        }
      } finally {
        await server.stop();
      }
      const check = await runGazette(['check', '--db', file, '--json']);
      let checkOk: boolean | undefined;
      try {
        checkOk = (JSON.parse(check.stdout) as { ok: boolean }).ok;
      } catch {
        if (!/错误 \[STORE_CORRUPT\]/.test(check.stderr)) failures.push(`round ${round}: check crashed: ${check.stderr.slice(0, 300)}`);
      }
      if (check.stderr.includes('    at ')) failures.push(`round ${round}: check printed a stack trace`);
      rows.push(`${round} ${done.how} ${done.table}#${done.page}: health ${healthStatus}, answers ${[...statuses].map(([s, n]) => `${s}×${n}`).join(' ')}, check ok=${checkOk} exit ${check.code}`);
    }
    console.log(`damaged pages, per round:\n${rows.join('\n')}`);
    expect(failures).toEqual([]);
  }, 900_000);
});

describe('the store file under a running server', () => {
  it('reports a deleted store (503 naming it) and answers from a new store put at the same path', async () => {
    const file = path.join(dir, 'live.db');
    fs.copyFileSync(base, file);
    const server = await startServer(['--db', file]);
    try {
      expect((await fetch(`${server.base}/api/stats`)).status).toBe(200);
      for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const gone = await fetch(`${server.base}/api/search?q=${encodeURIComponent('停电')}`);
      expect(gone.status).toBe(503);
      expect(((await gone.json()) as { error: { code: string; message: string } }).error).toMatchObject({ code: 'STORE_UNAVAILABLE', message: expect.stringContaining('live.db') });
      const health = await fetch(`${server.base}/api/health`);
      expect(health.status).toBe(503);
      expect(JSON.stringify(await health.json())).toContain('已被删除');
      const ingest = await runGazette(['ingest', path.join(projectRoot, 'data', 'samples', 'xiaxian-2023-04.txt'), '--db', file, '--json']);
      expect(ingest.code).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 1200));
      const stats = (await (await fetch(`${server.base}/api/stats`)).json()) as { gazettes: number; counties: Array<{ county: string }> };
      expect(stats.counties.map((c) => c.county)).toEqual(['夏县']);
      expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
    } finally {
      await server.stop();
    }
  }, 120_000);
});

/** Mounts `source` read-only at a new folder, or says why it cannot (no privileges). */
function readOnlyMount(source: string): { at: string; unmount(): void } | string {
  const at = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-ro-'));
  try {
    execFileSync('mount', ['--bind', source, at], { stdio: 'pipe' });
    execFileSync('mount', ['-o', 'remount,ro,bind', at], { stdio: 'pipe' });
    return { at, unmount: () => execFileSync('umount', [at], { stdio: 'pipe' }) };
  } catch (error) {
    return `read-only bind mount unavailable here (${(error as Error).message.split('\n')[0]})`;
  }
}

describe('a store on a read-only share', () => {
  it('is searched, counted, checked and served read-only', async (context) => {
    const share = fs.mkdtempSync(path.join(dir, 'share-'));
    fs.copyFileSync(base, path.join(share, 'gazette.db'));
    const mount = readOnlyMount(share);
    if (typeof mount === 'string') {
      console.log(`skipped: ${mount}`);
      context.skip();
      return;
    }
    try {
      const db = path.join(mount.at, 'gazette.db');
      const search = await runGazette(['search', '停电', '--db', db, '--json']);
      expect(search.code, search.stderr).toBe(0);
      expect((JSON.parse(search.stdout) as { total: number }).total).toBeGreaterThan(0);
      expect((await runGazette(['stats', '--db', db, '--json'])).code).toBe(0);
      const check = await runGazette(['check', '--db', db, '--json']);
      expect(JSON.parse(check.stdout)).toMatchObject({ ok: true });
      const server = await startServer(['--db', db, '--read-only']);
      try {
        expect((await fetch(`${server.base}/api/search?q=${encodeURIComponent('停电')}`)).status).toBe(200);
        expect((await fetch(`${server.base}/api/health`)).status).toBe(200);
      } finally {
        await server.stop();
      }
    } finally {
      mount.unmount();
    }
  }, 120_000);
});
