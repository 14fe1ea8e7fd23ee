import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SearchRequest } from '../../../src/model';
import { ftsMatchExpression } from '../../../src/store/escape-query';
import { parseQuery } from '../../../src/store/query/parse-query';
import type { IndexableDocument } from '../../../src/store/search-backend';
import { unpackPairs, unpackRowids } from '../../../src/store/sqlite/fts-lists';
import { createHalfReads, join, type HalfReads } from '../../../src/store/sqlite/half-reads';
import { createSqliteSearchIndex } from '../../../src/store/sqlite/search-index';
import { prepareSearchStatements, type SearchStatements } from '../../../src/store/sqlite/search-statements';
import { ensureSegmenter } from '../../../src/text/segment';

/** gazette_pack's layout (fts-lists.ts): the values as doubles, then the rowids. */
function packed(rowids: number[], values?: number[]): Uint8Array {
  const ids = new Uint8Array(Uint32Array.from(rowids).buffer);
  if (!values) return ids;
  const out = new Uint8Array(rowids.length * 12);
  out.set(new Uint8Array(Float64Array.from(values).buffer));
  out.set(ids, rowids.length * 8);
  return out;
}

describe('join', () => {
  it.each([
    ['halves that meet', [1, 3, 5], [9, 7], 7, [1, 3, 5, 7, 9]],
    ['each read past the split: the other side keeps its own', [1, 3, 5, 7], [9, 7, 5], 6, [1, 3, 5, 7, 9]],
    ['nothing below the split', [8, 9], [9, 8], 4, [8, 9]],
    ['nothing matched', [], [], 4, []],
    ['a half read NULL (no match)', null, [6, 4], 4, [4, 6]],
  ])('%s', (_, low, high, split, rowids) => {
    const joined = join('ids', low && packed(low), high && packed(high), split);
    expect([...joined.rowids]).toEqual(rowids);
  });

  it('keeps each match with its value', () => {
    const joined = join('located', packed([1, 4, 6], [10, 40, 60]), packed([9, 6, 4], [90, 60, 40]), 5);
    expect([...joined.rowids]).toEqual([1, 4, 6, 9]);
    expect([...joined.values!]).toEqual([10, 40, 60, 90]);
  });
});

/** `n` documents; every one holds 安全生产, every third 安全 and 生产 apart too, every fifth 应急预案. */
function archive(n: number): IndexableDocument[] {
  return Array.from({ length: n }, (_, i) => ({
    id: `d${i}`,
    gazetteId: 'g',
    county: i % 2 ? '夏县' : '稷山县',
    year: 2010 + (i % 12),
    date: `${2010 + (i % 12)}-03-${String(1 + (i % 28)).padStart(2, '0')}`,
    title: i % 7 === 0 ? `关于安全生产的通知${i}` : `关于做好工作的通知${i}`,
    headings: i % 4 === 0 ? ['一、安全生产'] : [],
    units: [],
    citedNumbers: [],
    paragraphs: [`各单位要抓好安全生产工作${i}。`, i % 3 === 0 ? '安全检查与生产调度分开。' : '加强管理。', i % 5 === 0 ? '修订应急预案。' : '按时报送。'],
  }));
}

async function until(ready: () => boolean): Promise<void> {
  for (let i = 0; i < 200 && !ready(); i++) await new Promise((r) => setTimeout(r, 25));
}

describe('createHalfReads', () => {
  let dir: string;
  let file: string;
  let db: Database.Database;
  let statements: SearchStatements;
  let reads: HalfReads;
  const all = (expression: string) => unpackRowids(statements.matchIds.get(expression));

  beforeAll(() => {
    ensureSegmenter();
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'half-reads-'));
    file = path.join(dir, 'index.db');
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    createSqliteSearchIndex(db, { halfReads: false }).upsertSync(archive(300));
    statements = prepareSearchStatements(db);
    reads = createHalfReads(file, () => db.inTransaction, 16);
  });
  afterAll(() => {
    reads.close();
    db.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  const low = (expression: string) => (limit: number) => statements.lowLocated.get(expression, limit) ?? [null, null];
  const lowIds = (expression: string) => (limit: number) => statements.lowIds.get(expression, limit) ?? [null, null];

  it('reads a list in two halves, the same as whole, once the reader is ready', async () => {
    const expression = ftsMatchExpression(parseQuery('安全生产').groups)!;
    const within = all('"安全" AND "生产"');
    expect(reads.halves('located', expression, within, low(expression))).toBeUndefined(); // starts the reader
    await until(() => reads.halves('located', expression, within, low(expression)) !== undefined);
    const joined = reads.halves('located', expression, within, low(expression))!;
    const whole = unpackPairs(statements.matchColumns.get(expression));
    expect([...joined.rowids]).toEqual([...whole.rowids]);
    expect([...joined.values!]).toEqual([...whole.values]);
  });

  it('reads fewer matches than the documents holding the tokens: each half past its side', () => {
    // Every document holds 安全 and 生产 (within); a third 安全检查, a fifth 应急预案.
    const expression = '"安全 全检 检查"';
    const within = all('"安全" AND "生产"');
    expect(all(expression).length).toBeLessThan(within.length / 2);
    const joined = reads.halves('ids', expression, within, lowIds(expression));
    expect(joined).toBeDefined();
    expect([...joined!.rowids]).toEqual([...all(expression)]);
    const fewer = '"应急 急预 预案"';
    expect([...reads.halves('ids', fewer, within, lowIds(fewer))!.rowids]).toEqual([...all(fewer)]);
  });

  it('reads a list aside while this thread reads another', () => {
    const take = reads.aside('"应急 急预 预案"', 300, () => statements.structure.get());
    expect(take).toBeDefined();
    // The reader is busy with it: a list asked meanwhile is read here.
    expect(reads.halves('ids', '"安全"', all('"安全"'), lowIds('"安全"'))).toBeUndefined();
    expect([...take!()!]).toEqual([...all('"应急 急预 预案"')]);
  });

  it('waits out a list given aside and never taken before the next', () => {
    expect(reads.aside('"安全"', 300, () => statements.structure.get())).toBeDefined();
    reads.settle();
    expect(reads.halves('ids', '"安全"', all('"安全"'), lowIds('"安全"'))).toBeDefined();
  });

  it('must not join halves of two states of the index: read whole instead', () => {
    const expression = '"安全"';
    const otherState = (limit: number): [Uint8Array | null, Uint8Array | null] => {
      const [structure, list] = lowIds(expression)(limit);
      return [Buffer.concat([structure!, Buffer.from([1])]), list];
    };
    expect(reads.halves('ids', expression, all(expression), otherState)).toBeUndefined();
    expect(reads.aside(expression, 300, () => Buffer.from('another state'))!()).toBeUndefined();
  });

  it('passes on a statement\'s error and keeps the reader for the next list', () => {
    const within = all('"安全"');
    expect(() => reads.halves('ids', 'AND AND', within, lowIds('AND AND'))).toThrow(/syntax error/);
    const joined = reads.halves('ids', '"安全"', within, lowIds('"安全"'));
    expect(joined && [...joined.rowids]).toEqual([...within]);
  });

  it('must not split a short list', () => {
    expect(reads.halves('ids', '"安全"', all('"安全"').subarray(0, 8), lowIds('"安全"'))).toBeUndefined();
  });

  it('must not split while this connection holds uncommitted rows: the reader cannot see them', () => {
    db.exec('BEGIN');
    try {
      expect(reads.halves('ids', '"安全"', all('"安全"'), lowIds('"安全"'))).toBeUndefined();
      expect(reads.aside('"安全"', 300, () => statements.structure.get())).toBeUndefined();
    } finally {
      db.exec('ROLLBACK');
    }
    expect(reads.halves('ids', '"安全"', all('"安全"'), lowIds('"安全"'))).toBeDefined();
  });

  it('never starts a reader on a file put in the place of the one opened, and searches go on', async () => {
    const other = path.join(dir, 'replaced.db');
    fs.copyFileSync(file, other);
    const replaced = createHalfReads(other, () => false, 16);
    fs.rmSync(other);
    fs.copyFileSync(file, other);
    const within = all('"安全"');
    for (let i = 0; i < 20; i++) {
      expect(replaced.halves('ids', '"安全"', within, lowIds('"安全"'))).toBeUndefined();
      await new Promise((r) => setTimeout(r, 25));
    }
    replaced.close();
  });
});

describe('search with half reads', () => {
  it('answers every query as one thread does', async () => {
    ensureSegmenter();
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'half-search-'));
    const file = path.join(dir, 'index.db');
    const db = new Database(file);
    db.pragma('journal_mode = WAL');
    try {
      const one = createSqliteSearchIndex(db, { halfReads: false });
      one.upsertSync(archive(400));
      const two = createSqliteSearchIndex(db, { halfReads: { minDocuments: 16 } });
      const requests: SearchRequest[] = [
        { q: '安全生产' },
        { q: '安全 生产' },
        { q: '"安全生产工作"' },
        { q: '安全生产', sort: 'date' },
        { q: '安全生产', filters: { county: ['夏县'] } },
        { q: '应急预案 安全生产', page: 2 },
        { q: '各单位 工作' },
      ];
      const answers = async (index: typeof one) => Promise.all(requests.map(async (r) => ({ ...(await index.search(r)), tookMs: 0 })));
      await answers(two); // starts the reader
      await new Promise((r) => setTimeout(r, 1500));
      expect(await answers(two)).toEqual(await answers(one));
      await two.close();
    } finally {
      db.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
