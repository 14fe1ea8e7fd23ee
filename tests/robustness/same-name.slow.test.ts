/**
 * Identity by content, not by name, with real processes: `cd a && gazette ingest gazette.txt`
 * (稷山) then `cd b && gazette ingest gazette.txt` (夏县) into one store, and two uploads both
 * named 公报.txt to a running server — both gazettes must stay (before: the first was deleted,
 * status "replaced", exit 0).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config';
import { childEnv, runGazette, startServer } from './cli-run';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-same-name-'));
const samples = path.join(projectRoot, 'data', 'samples');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

interface Stats {
  gazettes: number;
  documents: number;
  counties: Array<{ county: string; documents: number }>;
}

describe('two gazettes with the same file name', () => {
  it('are both kept when ingested from two folders', async () => {
    const db = path.join(dir, 'cli.db');
    for (const [folder, sample] of [['a', 'jishan-2022-03.txt'], ['b', 'xiaxian-2023-04.txt']]) {
      fs.mkdirSync(path.join(dir, folder));
      fs.copyFileSync(path.join(samples, sample), path.join(dir, folder, 'gazette.txt'));
    }
    const first = await runGazette(['ingest', 'gazette.txt', '--db', db, '--json'], childEnv(), path.join(dir, 'a'));
    const second = await runGazette(['ingest', 'gazette.txt', '--db', db, '--json'], childEnv(), path.join(dir, 'b'));
    expect([first.code, second.code]).toEqual([0, 0]);
    expect(JSON.parse(second.stdout)).toMatchObject({ stored: 1, replaced: 0 });
    const stats = JSON.parse((await runGazette(['stats', '--db', db, '--json'])).stdout) as Stats;
    console.log(`same name from two folders: ${stats.gazettes} gazettes, ${stats.documents} documents (${stats.counties.map((c) => `${c.county} ${c.documents}`).join(', ')})`);
    expect(stats.counties.map((c) => c.county).sort()).toEqual(['夏县', '稷山县']);
    expect(stats.documents).toBe(26);
  }, 120_000);

  it('are both kept when uploaded as 公报.txt twice', async () => {
    const db = path.join(dir, 'upload.db');
    const server = await startServer(['--db', db], childEnv({ GAZETTE_ADMIN_TOKEN: 'same-name-token' }));
    try {
      for (const sample of ['jishan-2022-03.txt', 'xiaxian-2023-04.txt']) {
        const form = new FormData();
        form.append('files', new Blob([fs.readFileSync(path.join(samples, sample))]), '公报.txt');
        const res = await fetch(`${server.base}/api/ingest`, { method: 'POST', headers: { Authorization: 'Bearer same-name-token' }, body: form });
        expect(res.status).toBe(200);
        expect(((await res.json()) as { stored: Array<{ status: string }> }).stored[0].status).toBe('stored');
      }
      const stats = (await (await fetch(`${server.base}/api/stats`)).json()) as Stats;
      expect(stats.gazettes).toBe(2);
      expect(stats.documents).toBe(26);
      const list = await (await fetch(`${server.base}/api/gazettes`)).text();
      expect(list).not.toContain(dir);
    } finally {
      await server.stop();
    }
  }, 120_000);
});
