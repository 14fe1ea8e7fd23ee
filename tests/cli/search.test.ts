import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { passageText, searchRequest } from '../../src/cli/search';

const root = path.resolve(__dirname, '../..');
let dir: string;
let db: string;

function gazette(...args: string[]) {
  const result = spawnSync(process.execPath, [path.join(root, 'bin', 'gazette.mjs'), ...args, '--db', db], {
    cwd: root,
    encoding: 'utf8',
    env: { ...process.env, MEILI_HOST: '' },
    timeout: 120_000,
  });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-search-cli-'));
  db = path.join(dir, 'gazette.db');
  expect(gazette('ingest', 'data/samples', '--json').status).toBe(0);
}, 120_000);
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('gazette search', () => {
  it('prints the hits as a table with the matching passage', () => {
    const run = gazette('search', '停电', '应急预案');
    expect(run.status).toBe(0);
    expect(run.stdout).toMatch(/共 2 条/);
    expect(run.stdout).toContain('稷政办发〔2022〕35号');
    expect(run.stdout).toContain('【停电】');
  });

  it('gives the same result as JSON, with filters', () => {
    const run = gazette('search', '停电', '--county', '夏县', '--json');
    const result = JSON.parse(run.stdout);
    expect(result.hits.map((h: { docNumber: string }) => h.docNumber)).toEqual(['夏政办函〔2023〕67号']);
    expect(result.facets.county).toEqual([{ value: '夏县', count: 1 }]);
  });

  it('finds a document by its number written any way', () => {
    const result = JSON.parse(gazette('search', '稷政办发[2022]31 号', '--json').stdout);
    expect(result.mode).toBe('docNumber');
    expect(result.hits[0].docNumber).toBe('稷政办发〔2022〕31号');
  });

  it('names the bad option and exits 2 (usage)', () => {
    const run = gazette('search', '停电', '--status', '有效吗');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--status');
  });

  it('searches by filters alone, as the API does (no words needed)', () => {
    const run = gazette('search', '--issuer', '县政府办', '--level', '县级', '--json');
    expect(run.status).toBe(0);
    const result = JSON.parse(run.stdout);
    expect(result.total).toBe(23);
    expect(new Set(result.facets.issuer.map((f: { value: string }) => f.value))).toEqual(new Set(['稷山县人民政府办公室', '夏县人民政府办公室']));
  });

  it('finds the county government itself by 县政府, never its office', () => {
    const result = JSON.parse(gazette('search', 'issuer:县政府', '--json').stdout);
    expect(result.total).toBeGreaterThan(0);
    expect(result.hits.every((h: { issuingBody: string }) => /县人民政府$/.test(h.issuingBody))).toBe(true);
  });

  it('refuses an unknown filter key, naming it, and exits 2 (usage)', () => {
    const run = gazette('search', 'foo:bar');
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('“foo:”不是可用的筛选条件');
  });

  it('says what to try when nothing is found', () => {
    const run = gazette('search', '量子计算机');
    expect(run.stdout).toMatch(/共 0 条[\s\S]*试试/);
  });
});

describe('gazette reindex', () => {
  it('rebuilds the index from the documents and search still works', () => {
    const run = gazette('reindex', '--json');
    expect(run.status).toBe(0);
    expect(JSON.parse(run.stdout)).toMatchObject({ backend: 'sqlite', documents: 26, indexed: 26 });
    expect(JSON.parse(gazette('search', '控辍保学', '--json').stdout).hits[0].docNumber).toBe('夏政办函〔2023〕55号');
  });
});

describe('searchRequest', () => {
  it('takes no words, and a level as the API or a portal writes it', () => {
    expect(searchRequest(undefined, { level: ['县级', 'city'] })).toMatchObject({ q: '', filters: { level: ['county', 'city'] } });
  });

  it('joins the words and splits list options', () => {
    expect(searchRequest(['停电', '预案'], { county: ['稷山县', '夏县'], year: ['2022'], limit: '5' })).toMatchObject({
      q: '停电 预案',
      filters: { county: ['稷山县', '夏县'], year: [2022] },
      limit: 5,
    });
  });

  it.each([
    [{ limit: '0' }, '--limit'],
    [{ page: 'x' }, '--page'],
    [{ year: ['twenty'] }, '--year'],
    [{ sort: 'random' }, '--sort'],
    [{ from: '2022/1/1' }, '--from'],
  ])('rejects %j naming %s', (options, name) => {
    expect(() => searchRequest(['x'], options)).toThrow(name);
  });
});

describe('passageText', () => {
  it('shows marks as brackets and decodes entities', () => {
    expect(passageText('&lt;b&gt;<mark>停电</mark>&amp;')).toBe('<b>【停电】&');
  });
});
