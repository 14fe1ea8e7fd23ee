import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { GroongaProcess, groongaVersion } from '../../bench/groonga/client';
import { INDEX_COMMANDS, TABLE_COMMANDS, selectCommand, selectCount, type GroongaRecord } from '../../bench/groonga/commands';
import type { SearchRequest } from '../../src/model';
import { parseQuery } from '../../src/store/query/parse-query';

// The bench's native peer, against the real `groonga` where it is installed (groonga-bin).
const version = groongaVersion();
if (!version) process.stderr.write('groonga is not installed: tests/bench/groonga-client is skipped\n');

const record = (key: string, title: string, body: string, county: string, year: number): GroongaRecord => ({
  _key: key,
  title,
  number: '',
  body,
  county,
  level: 'county',
  status: '现行有效',
  year,
  type: '通知',
  issuer: '',
  units: ['县应急管理局'],
});

describe.skipIf(!version)('GroongaProcess with the bench schema', () => {
  let dir: string;
  let groonga: GroongaProcess;
  const count = async (request: SearchRequest, facetsAndPassages = false) =>
    selectCount((await groonga.command(selectCommand(request, parseQuery(request.q), { limit: 20, facetsAndPassages }))).body);

  beforeAll(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'groonga-test-'));
    groonga = GroongaProcess.open(path.join(dir, 'db', 'db'), true);
    for (const line of TABLE_COMMANDS) await groonga.command(line);
    const loaded = await groonga.load([
      record('a', '关于做好停电应急处置的通知', '待处理的事项。it\'s "quoted" \\ here', '甲县', 2020),
      record('b', '安全生产工作方案', '加强安全生产管理', '乙县', 2021),
      record('c', '关于印发应急预案的通知', '停电时启动预案', '乙县', 2021),
    ]);
    expect(loaded).toBe(3);
    for (const line of INDEX_COMMANDS) await groonga.command(line);
  });

  afterAll(async () => {
    await groonga?.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('finds any substring of two characters or more (bigrams), as the project does', async () => {
    expect(await count({ q: '处理' })).toBe(1);
    expect(await count({ q: '停电' })).toBe(2);
    expect(await count({ q: '停电 预案' })).toBe(1);
  });

  it('applies filters and facets without changing the count', async () => {
    expect(await count({ q: '停电', filters: { county: ['乙县'] } })).toBe(1);
    expect(await count({ q: '停电', filters: { year: [2020, 2021], status: ['现行有效'] } }, true)).toBe(2);
    expect(await count({ q: '停电', filters: { county: ['丙县'] } })).toBe(0);
  });

  it('treats quotes, backslashes and operators typed by a user as text', async () => {
    expect(await count({ q: '"it\'s"' })).toBe(1);
    expect(await count({ q: '"停电 OR 安全"' })).toBe(0);
    expect(await count({ q: '"(预案)"' })).toBe(0);
    expect(await count({ q: "x' --limit 0" })).toBe(0);
    expect(await count({ q: '停电', filters: { county: ['甲县" || true || "'] } })).toBe(0);
  });

  it('reports an unknown command as an error naming Groonga', async () => {
    await expect(groonga.command('no_such_command')).rejects.toThrow(/groonga/);
  });
});
