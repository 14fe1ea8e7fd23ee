/**
 * The Meilisearch backend. The contract suite runs:
 * - against a real server when MEILI_HOST is set (e.g. MEILI_HOST=http://127.0.0.1:7700 npx
 *   vitest run tests/store/meilisearch), skipped with a visible message otherwise;
 * - always against an in-process fake server (./fake-meili.ts) that speaks the documented HTTP
 *   API strictly, through the real client — it checks what the backend sends and how it merges
 *   answers, not Meilisearch's tokenizer or scores.
 * Failures (server gone, failed task) and their effect on the SQLite store always run.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../../ingest/ingest-files';
import { GazetteError } from '../../../src/errors';
import { createMeiliBackend } from '../../../src/store/meilisearch/meili-backend';
import { openStore } from '../../../src/store/open-store';
import type { SearchBackend } from '../../../src/store/search-backend';
import { contractCorpus } from '../../contracts/contract-corpus';
import { describeSearchBackendContract } from '../../contracts/search-backend.contract';
import { projectRoot } from '../../../src/config';
import { samplesDir } from '../../sample-store';
import { startFakeMeili, type FakeMeili } from './fake-meili';

const host = process.env.MEILI_HOST;

if (host) {
  describeSearchBackendContract('meilisearch', async () =>
    createMeiliBackend({ host, apiKey: process.env.MEILI_API_KEY, indexName: `gazette-contract-${process.pid}` }),
  );
} else {
  console.warn('Meilisearch contract skipped: set MEILI_HOST=http://127.0.0.1:7700 (and MEILI_API_KEY if the server has one) to run it against a real server.');
  describe.skip('SearchBackend contract: meilisearch (skipped: MEILI_HOST is not set)', () => {
    it('runs against a Meilisearch server', () => {});
  });
}

const fakes: FakeMeili[] = [];
async function fake(port?: number): Promise<FakeMeili> {
  const started = await startFakeMeili(port);
  fakes.push(started);
  return started;
}
afterAll(async () => {
  await Promise.all(fakes.map((f) => f.close()));
});

describeSearchBackendContract('meilisearch (in-process fake server)', async () => createMeiliBackend({ host: (await fake()).host, indexName: 'contract' }));

async function failure(call: () => Promise<unknown>): Promise<GazetteError> {
  const error = await call().then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GazetteError);
  return error as GazetteError;
}

describe('createMeiliBackend without a server', () => {
  // A loopback port that was just freed: nothing listens, the connection is refused at once.
  let backend: SearchBackend;
  let address: string;
  beforeAll(async () => {
    const gone = await startFakeMeili();
    await gone.close();
    address = new URL(gone.host).host;
    backend = createMeiliBackend({ host: gone.host, timeoutMs: 2000 });
  });

  it.each([
    ['search', () => backend.search({ q: '停电' })],
    ['upsert', () => backend.upsert([contractCorpus[0]])],
    ['remove', () => backend.remove(['d1'])],
    ['count', () => backend.count()],
    ['clear', () => backend.clear()],
  ])('%s reports the server as unavailable, naming it and why', async (_name, call) => {
    const error = await failure(call);
    expect(error.code).toBe('BACKEND_UNAVAILABLE');
    expect(error.message).toContain(address);
    expect(error.message).toContain('ECONNREFUSED');
    expect(error.message).toContain('SQLite');
  });
});

describe('createMeiliBackend with a failing server', () => {
  let server: FakeMeili;
  let backend: SearchBackend;

  beforeAll(async () => {
    server = await fake();
    backend = createMeiliBackend({ host: server.host, indexName: 'failures' });
  });

  it('reports a failed task with its message, and the same write can be run again', async () => {
    server.failNextTask('disk full');
    const error = await failure(() => backend.upsert(contractCorpus));
    expect(error.code).toBe('BACKEND_TASK_FAILED');
    expect(error.message).toContain('disk full');
    await backend.upsert(contractCorpus);
    expect(await backend.count()).toBe(contractCorpus.length);
  });

  it('escapes filter values so a typed quote cannot add a condition', async () => {
    await backend.upsert(contractCorpus);
    const result = await backend.search({ q: '', filters: { county: ['夏县" OR county = "稷山县'], issuer: ['\\" OR id EXISTS'] } });
    expect(result.total).toBe(0);
    const sent = String(server.searches.at(-1)?.filter);
    expect(sent).toContain('countyKeys = "夏县\\" OR county = \\"稷山县"');
  });

  it('sends only bigram phrases and the date sort Meilisearch can run', async () => {
    await backend.upsert(contractCorpus);
    const before = server.searches.length;
    await backend.search({ q: '审批局 2022', sort: 'date' });
    const sent = server.searches.slice(before);
    // The page itself, then one count per validity status on the same query.
    expect(sent[0]).toMatchObject({ q: '"审批 批局" "2022"', sort: ['dateNumber:desc'], matchingStrategy: 'all', page: 1, hitsPerPage: 20 });
    expect(sent.slice(1).map((b) => b.q)).toEqual(Array(4).fill('"审批 批局" "2022"'));
  });
});

describe('a Meilisearch server that goes away', () => {
  it('leaves the SQLite store untouched, and reindexing again completes once it is back', async () => {
    let server = await fake();
    const port = Number(new URL(server.host).port);
    const db = path.join(mkdtempSync(path.join(os.tmpdir(), 'gazette-meili-')), 'gazette.db');
    const store = openStore({ db, backend: 'meilisearch', meiliHost: server.host });
    try {
      await ingestFiles(store, [samplesDir]);
      await store.flush();
      const documents = store.stats().documents;
      expect(documents).toBeGreaterThan(20);
      expect(await store.search.count()).toBe(documents);

      // The server goes away mid-reindex: the error names it; the store still answers.
      await server.close();
      const docs = [...store.indexable()];
      const error = await failure(async () => {
        await store.search.clear();
        await store.search.upsert(docs);
      });
      expect(error.code).toBe('BACKEND_UNAVAILABLE');
      expect(store.stats().documents).toBe(documents);
      expect(store.check().ok).toBe(true);

      // Back on the same address (empty, as after a crash): reindexing again completes.
      server = await fake(port);
      await store.search.clear();
      await store.search.upsert(docs);
      expect(await store.search.count()).toBe(documents);
      expect((await store.search.search({ q: '控辍保学' })).total).toBeGreaterThan(0);
    } finally {
      store.close();
    }
  }, 60_000);
});

describe('gazette reindex --backend meilisearch', () => {
  // Asynchronous child process: the fake server answers from this test's event loop.
  function gazette(env: Record<string, string>, ...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
    return new Promise((resolve) => {
      execFile(process.execPath, [path.join(projectRoot, 'bin', 'gazette.mjs'), ...args], { cwd: projectRoot, env: { ...process.env, ...env }, timeout: 120_000 }, (error, stdout, stderr) =>
        resolve({ code: error ? Number((error as { code?: number }).code ?? 1) : 0, stdout, stderr }),
      );
    });
  }

  it('rebuilds the Meilisearch index from the store, and fails clearly when the server is gone', async () => {
    const db = path.join(mkdtempSync(path.join(os.tmpdir(), 'gazette-reindex-')), 'gazette.db');
    const store = openStore({ db });
    await ingestFiles(store, [samplesDir]);
    const documents = store.stats().documents;
    store.close();

    const server = await fake();
    const env = { MEILI_HOST: server.host, MEILI_API_KEY: '', GAZETTE_BACKEND: '' };
    const run = await gazette(env, 'reindex', '--db', db, '--backend', 'meilisearch', '--json');
    expect(run.code, run.stderr).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ backend: 'meilisearch', documents, indexed: documents });

    await server.close();
    const failed = await gazette(env, 'reindex', '--db', db, '--json');
    expect(failed.code).not.toBe(0);
    expect(failed.stderr).toContain(new URL(server.host).host);
    expect(failed.stderr).not.toMatch(/at .+\.ts:\d+/);

    const after = openStore({ db, readonly: true });
    try {
      expect(after.stats().documents).toBe(documents);
    } finally {
      after.close();
    }
  }, 120_000);
});
