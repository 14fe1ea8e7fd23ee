/**
 * @module tests/web/helpers/app-server
 * Starts what the browser tests talk to: the real app (createApp over a temp store, filled by
 * the real ingest pipeline with both sample gazettes and the markup fixture) on an ephemeral
 * loopback port. No fake API: the UI is tested against the answers users get.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { fileURLToPath } from 'node:url';
import { createApp } from '../../../src/api/create-app';
import { openStore } from '../../../src/store/open-store';
import { ingestFiles } from '../../../ingest/ingest-files';

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const distDir = path.join(root, 'web', 'dist');
export const samplesDir = path.join(root, 'data', 'samples');
export const markupFixture = path.join(root, 'tests', 'fixtures', 'web', 'markup-gazette.txt');

export interface TestServer {
  url: string;
  close(): Promise<void>;
}

/** Builds the UI (into web/dist, or `out`) so the tests always run the current code; returns what the build printed. */
export function buildWeb(out?: string): string {
  const args = [path.join(root, 'bin', 'build-web.mjs'), ...(out ? ['--out', out] : [])];
  return execFileSync(process.execPath, args, { cwd: root, encoding: 'utf8', stdio: 'pipe' });
}

/** The sample PDFs (the same two issues as the text samples, as printed). */
export const pdfSamplesDir = path.join(root, 'data', 'pdf');

/** @param inputs what to ingest: by default both sample gazettes as text and the markup fixture. */
export async function startTestServer(inputs: string[] = [samplesDir, markupFixture]): Promise<TestServer> {
  buildWeb();
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-web-'));
  const store = openStore({ db: path.join(dir, 'gazette.db') });
  try {
    const summary = await ingestFiles(store, inputs);
    if (summary.failed > 0) throw new Error(`ingest failed: ${JSON.stringify(summary.errors)}`);
    await store.flush();
  } catch (error) {
    store.close();
    fs.rmSync(dir, { recursive: true, force: true });
    throw error;
  }
  const app = createApp({ store, logger: { info: () => {}, error: () => {} }, webRoot: distDir });
  const server = await new Promise<Server>((resolve) => {
    const listening = app.listen(0, '127.0.0.1', () => resolve(listening));
  });
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    close: async () => {
      await new Promise<void>((resolve) => server.close(() => resolve()));
      store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    },
  };
}
