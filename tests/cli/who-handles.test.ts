/**
 * `gazette who-handles` end to end (a child process over a store file).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../..');
let dir: string;
let db: string;

function gazette(...args: string[]) {
  return gazetteOver(db, ...args);
}

function gazetteOver(file: string, ...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'gazette.mjs'), ...args, '--db', file], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MEILI_HOST: '', GAZETTE_BACKEND: 'sqlite' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('gazette who-handles', () => {
  beforeAll(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-who-'));
    db = path.join(dir, 'g.db');
    expect(gazette('ingest', 'data/samples', '--quiet').status).toBe(0);
  }, 180_000);

  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

  it('prints the offices with the sentence that says so', () => {
    const run = gazette('who-handles', '新办企业首次申领发票找哪个部门?', '--county', '稷山县');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('县税务局');
    expect(run.stdout).toContain('稷政办发〔2022〕31号');
  });

  it('answers from documents in force only, and with --all also from expired ones, marked 已失效', () => {
    const only = gazette('who-handles', '盖房子要去哪里审批', '--county', '稷山县');
    expect(only.status).toBe(1);
    expect(only.stdout).toContain('已失效');
    const all = gazette('who-handles', '盖房子要去哪里审批', '--county', '稷山县', '--all');
    expect(all.status).toBe(0);
    expect(all.stdout).toContain('县行政审批服务管理局');
    expect(all.stdout).toContain('【已失效】');
  });

  it('prints JSON with --json', () => {
    const run = gazette('who-handles', '县司法局管什么', '--county', '夏县', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ mode: 'unit', answers: [{ unit: { name: '县司法局' } }] });
  });

  it('exits 1 with a message and suggestions when nothing matches', () => {
    const run = gazette('who-handles', '办理结婚登记找哪个部门', '--county', '夏县');
    expect(run.status).toBe(1);
    expect(run.stdout).toContain('没有找到');
  });

  it('says above the answers that they come from pages naming no county, for a county with none', () => {
    const pages = path.join(dir, 'pages');
    fs.mkdirSync(pages);
    fs.writeFileSync(path.join(pages, 'guide.txt'), '【服务指南】路灯报修办理程序\n办理部门\n所在地的街道办事处或居民委员会。\n');
    const other = path.join(dir, 'pages.db');
    expect(gazetteOver(other, 'ingest', pages, '--quiet').status).toBe(0);
    const run = gazetteOver(other, 'who-handles', '路灯报修找谁', '--county', '丙河县');
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('以下答案来自未标明县的文件');
    expect(run.stdout).toContain('街道办事处');
  });

  it('refuses a bad --as-of date as a usage error (exit 2)', () => {
    const run = gazette('who-handles', '发票', '--as-of', '2023-13-01');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('BAD_PARAMETER');
  });
});
