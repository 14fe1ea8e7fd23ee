import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-twice-'));
const db = path.join(dir, 'gazette.db');
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

function gazette(...args: string[]) {
  const run = spawnSync(process.execPath, [path.join(root, 'bin', 'gazette.mjs'), ...args, '--db', db, '--json'], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MEILI_HOST: '' },
    timeout: 120_000,
  });
  expect(run.status, run.stderr).toBe(0);
  return JSON.parse(run.stdout);
}

describe('ingesting the same folder twice', () => {
  it('leaves `gazette stats --json` unchanged', () => {
    gazette('ingest', 'data/samples');
    const once = gazette('stats');
    const again = gazette('ingest', 'data/samples');
    const twice = gazette('stats');
    expect(again).toMatchObject({ stored: 0, unchanged: 2, failed: 0 });
    expect(once.documents).toBe(26);
    // The file's size on disk moves with SQLite's write-ahead log, not with what is stored.
    expect({ ...twice, bytesOnDisk: undefined }).toEqual({ ...once, bytesOnDisk: undefined });
  }, 120_000);
});
