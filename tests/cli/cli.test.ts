import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
let dir: string;
let db: string;

function gazette(...args: string[]): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'gazette.mjs'), ...args], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, GAZETTE_DB: path.join(dir, 'env-default.db'), MEILI_HOST: '', GAZETTE_BACKEND: 'sqlite' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-cli-'));
  db = path.join(dir, 'gazette.db');
});

afterAll(() => {
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('gazette ingest', () => {
  it('ingests the samples folder and prints a JSON summary', () => {
    const run = gazette('ingest', 'data/samples', '--db', db, '--json');
    expect(run.stderr).not.toMatch(/意外错误/);
    expect(run.status).toBe(0);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ files: 2, stored: 2, failed: 0 });
    expect(summary.documents).toBeGreaterThan(0);
  });

  it('exits 3 when part of the batch fails, naming the bad file', () => {
    const bad = path.join(dir, 'missing-file.txt');
    const run = gazette('ingest', 'data/samples', bad, '--db', db);
    expect(run.status).toBe(3);
    expect(run.stderr).toContain('missing-file.txt');
    expect(run.stdout).toContain('未变');
  });

  it('exits 1 when every file fails', () => {
    const run = gazette('ingest', path.join(dir, 'nothing-here'), '--db', db);
    expect(run.status).toBe(1);
  });

  it.each([
    ['--max-memory-mb', 'abc'],
    ['--max-pages', '-3'],
    ['--file-timeout', '0'],
  ])('refuses %s %s as a usage error (exit 2), naming the option', (option, value) => {
    const fresh = path.join(dir, 'bad-option.db');
    const run = gazette('ingest', 'data/samples', '--db', fresh, option, value);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain(option);
  });

  it('skips the files left once over --max-memory-mb, naming each with the reason', () => {
    // Node with the pipeline loaded already takes more than 50 MB: every file is skipped, none read.
    const run = gazette('ingest', 'data/samples', '--db', path.join(dir, 'budget.db'), '--max-memory-mb', '50', '--json');
    expect(run.status).toBe(1);
    const summary = JSON.parse(run.stdout);
    expect(summary).toMatchObject({ files: 2, stored: 0, failed: 2, maxMemoryBytes: 50 * 1024 * 1024 });
    for (const error of summary.errors) {
      expect(error.code).toBe('MEMORY_LIMIT');
      expect(error.message).toMatch(/jishan|xiaxian/);
    }
  });
});

describe('gazette stats', () => {
  it('gives the same JSON twice and counts what was ingested', () => {
    const first = gazette('stats', '--db', db, '--json');
    const second = gazette('stats', '--db', db, '--json');
    expect(first.status).toBe(0);
    const a = JSON.parse(first.stdout);
    const b = JSON.parse(second.stdout);
    expect({ ...a, bytesOnDisk: 0 }).toEqual({ ...b, bytesOnDisk: 0 });
    expect(a.gazettes).toBe(2);
  });

  it('uses GAZETTE_DB when --db is not given', () => {
    const run = gazette('stats', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).documents).toBe(0);
    expect(fs.existsSync(path.join(dir, 'env-default.db'))).toBe(true);
  });
});

describe('gazette export', () => {
  it('writes one JSON object per line with the document fields', () => {
    const run = gazette('export', '--json', '--db', db);
    expect(run.status).toBe(0);
    const lines = run.stdout.trim().split('\n');
    const stats = JSON.parse(gazette('stats', '--db', db, '--json').stdout);
    expect(lines).toHaveLength(stats.documents);
    for (const line of lines) {
      const record = JSON.parse(line);
      for (const field of ['id', 'docNumber', 'docNumberRaw', 'issuingBody', 'issuers', 'title', 'county', 'level', 'date', 'publishedOn', 'publicity', 'recipients', 'signedBy', 'attachments', 'gazette', 'page', 'pages', 'outline', 'text', 'references', 'validity', 'duties', 'status']) {
        expect(record).toHaveProperty(field);
      }
      expect(record.gazette).toHaveProperty('county');
    }
    // What a filter reads (level:县级) is in the export too: the samples' documents are a county's.
    expect(lines.map((line) => JSON.parse(line).level)).toContain('county');
  });
});

describe('gazette doc / refs / gazettes / units / check', () => {
  it('shows a document found by number in another written form', () => {
    const first = JSON.parse(gazette('export', '--db', db).stdout.split('\n')[0]);
    const written = (first.docNumber as string).replace('〔', '[').replace('〕', ']');
    const run = gazette('doc', written, '--db', db, '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout).id).toBe(first.id);
  });

  it('exits 1 with a message for an unknown document', () => {
    const run = gazette('doc', '稷政办发〔1999〕999号', '--db', db);
    expect(run.status).toBe(1);
    expect(run.stderr).toContain('NOT_FOUND');
  });

  it('prints a references graph as JSON', () => {
    const first = JSON.parse(gazette('export', '--db', db).stdout.split('\n')[0]);
    const run = gazette('refs', first.docNumber, '--depth', '2', '--db', db, '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toHaveProperty('citedBy');
  });

  it('shows a document a later notice extends, with its new last day, as a table', () => {
    const texts = {
      'rules.txt': '某县住房和城乡建设局关于印发《某县工程总承包管理办法》的通知\n某住建规范〔2021〕3号\n各有关单位：\n现将《某县工程总承包管理办法》印发给你们，请遵照执行。本办法自2021年5月1日起施行，有效期5年。\n某县住房和城乡建设局\n2021年3月19日\n',
      'notice.txt': '某县住房和城乡建设局关于延长《某县工程总承包管理办法》有效期的通知\n某建管〔2026〕84号\n各有关单位：\n经评估，《某县工程总承包管理办法》（某住建规范〔2021〕3号）需继续实施，有效期延长至2031年4月30日。\n某县住房和城乡建设局\n2026年3月10日\n',
    };
    const folder = path.join(dir, 'extended');
    fs.mkdirSync(folder, { recursive: true });
    for (const [name, text] of Object.entries(texts)) fs.writeFileSync(path.join(folder, name), text);
    const store = path.join(dir, 'extended.db');
    expect(gazette('ingest', folder, '--db', store).status).toBe(0);
    const run = gazette('refs', '某住建规范〔2021〕3号', '--db', store, '--as-of', '2026-12-07');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('现行有效（原有效期至2026-04-30，经某建管〔2026〕84号延长有效期至2031-04-30）');
    expect(run.stdout).toMatch(/延长至[\s\S]*2031-04-30/);
  });

  it('lists gazettes and units as tables', () => {
    const gazettes = gazette('gazettes', '--db', db);
    expect(gazettes.status).toBe(0);
    expect(gazettes.stdout).toContain('公报');
    const units = gazette('units', '--db', db, '--json');
    expect(units.status).toBe(0);
    expect(Array.isArray(JSON.parse(units.stdout))).toBe(true);
  });

  it('reports a clean store from check', () => {
    const run = gazette('check', '--db', db, '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ ok: true, integrity: ['ok'] });
  });
});

describe('--help', () => {
  it.each(['ingest', 'export', 'stats', 'doc', 'refs', 'units', 'gazettes', 'check'])('gazette %s --help exits 0 and describes the command', (name) => {
    const run = gazette(name, '--help');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('--db');
    expect(run.stdout).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('a reader that stops early', () => {
  it('closing the pipe ends the program quietly with code 0 (gazette units --help | head)', async () => {
    const child = spawn(process.execPath, [path.join(root, 'bin', 'gazette.mjs'), 'units', '--help'], { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
    // The reader is gone before the first write: every write meets a closed pipe.
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const code = await new Promise<number | null>((resolve) => child.on('close', resolve));
    expect(stderr).not.toMatch(/EPIPE|Error/);
    expect(code).toBe(0);
  }, 60_000);
});
