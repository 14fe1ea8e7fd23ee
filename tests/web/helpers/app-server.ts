/**
 * @module tests/web/helpers/app-server
 * Starts what the browser tests talk to: the real app (createApp over a temp store with both
 * sample gazettes and the markup fixture ingested) on an ephemeral loopback port, or — only
 * while src/api does not exist yet, or with GAZETTE_WEB_SERVER=fake — the fake API.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { startFakeApi, type RunningServer } from './fake-api';
import { createNaiveIndex } from './naive-index';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const distDir = path.join(root, 'web', 'dist');
export const samplesDir = path.join(root, 'data', 'samples');
export const markupFixture = path.join(root, 'tests', 'fixtures', 'web', 'markup-gazette.txt');

export interface TestServer extends RunningServer {
  kind: 'real' | 'fake';
  /** Which search index answered: the store's own, or the tests' stand-in. */
  index?: 'sqlite' | 'stand-in';
}

/** Builds web/dist so the tests always run the current UI. */
export function buildWeb(): void {
  execFileSync(process.execPath, [path.join(root, 'bin', 'build-web.mjs')], { cwd: root, stdio: 'pipe' });
}

function realAppExists(): boolean {
  return ['src/api/create-app.ts', 'src/store/open-store.ts', 'ingest/ingest-files.ts', 'ingest/pipeline.ts'].every((file) =>
    fs.existsSync(path.join(root, file)),
  );
}

export async function startTestServer(): Promise<TestServer> {
  buildWeb();
  const wanted = process.env.GAZETTE_WEB_SERVER;
  if (wanted === 'fake' || (wanted !== 'real' && !realAppExists())) {
    console.warn('[web tests] src/api is not available yet: running the UI against the fake API (tests/web/helpers/fake-api.ts)');
    return { kind: 'fake', ...(await startFakeApi(distDir)) };
  }
  return startRealApp();
}

async function startRealApp(): Promise<TestServer> {
  const { openStore } = await import('../../../src/store/open-store');
  const { ingestFiles } = await import('../../../ingest/ingest-files');
  const { createApp } = await import('../../../src/api/create-app');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-web-'));
  const db = path.join(dir, 'gazette.db');
  let store: ReturnType<typeof openStore>;
  let index: TestServer['index'] = 'sqlite';
  try {
    // The store's temporary substring index (no <mark>, no facets) is not what users get;
    // stand in for it until open-store.ts wires the FTS5 index.
    if (fs.readFileSync(path.join(root, 'src/store/open-store.ts'), 'utf8').includes('createInterimIndex')) {
      throw Object.assign(new Error('open-store.ts still uses the interim index'), { code: 'BACKEND_UNAVAILABLE' });
    }
    store = openStore({ db });
  } catch (error) {
    // Only while the FTS5 index module is not in the tree: real pipeline, store and API,
    // with a substring index standing in for search.
    if ((error as { code?: string }).code !== 'BACKEND_UNAVAILABLE') throw error;
    console.warn(`[web tests] ${(error as Error).message}: using the stand-in index of tests/web/helpers/naive-index.ts`);
    store = openStore({ db, createIndex: () => createNaiveIndex() });
    index = 'stand-in';
  }
  const summary = await ingestFiles(store, [samplesDir, markupFixture]);
  if (summary.failed > 0) throw new Error(`ingest failed: ${JSON.stringify(summary.errors)}`);
  await store.flush();
  const app = createApp({ store, logger: { info: () => {}, error: () => {} }, webRoot: distDir });
  const server = await new Promise<import('node:http').Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    kind: 'real',
    index,
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
