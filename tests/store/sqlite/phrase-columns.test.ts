import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ftsMatchExpression, ftsPhrasePlan } from '../../../src/store/escape-query';
import { parseQuery } from '../../../src/store/query/parse-query';
import { unpackPairs, unpackRowids } from '../../../src/store/sqlite/fts-lists';
import { loadPhraseColumns, standsIn } from '../../../src/store/sqlite/phrase-columns';
import { SEARCH_SCHEMA } from '../../../src/store/sqlite/search-schema';
import { COLUMN_WEIGHTS, prepareSearchStatements, rankFunction } from '../../../src/store/sqlite/search-statements';
import { ensureSegmenter, joinedIndexTokens, wordsColumnTerms } from '../../../src/text/segment';

/** Documents as search_fts holds them: title, number, headings, body (words are the segmenter's). */
const DOCS: Array<[number, { title: string; docnum?: string; headings?: string[]; body: string }]> = [
  [1, { title: '安全生产工作方案', body: '做好各项工作。' }],
  [2, { title: '安全工作要点', body: '抓好生产安全生产。' }],
  [3, { title: '通知', headings: ['一、安全生产责任'], body: '落实安全生产责任制。' }],
  [4, { title: '关于停电的通知', docnum: '稷政办发〔2022〕31号', body: '启动应急预案。' }],
  [5, { title: '应急预案', headings: ['二、停电处置'], body: '停电时启动应急预案。' }],
  [6, { title: '县政府2022年停电演练方案', body: '县应急局牵头。' }],
];

/** Where a query stands by phrase_columns and the plan, against FTS5's own column filters. */
const CASES: Array<[query: string, titleOrNumber: number[], headings: number[]]> = [
  ['安全生产', [1], [3]],
  // Both words in the title, or one in the title and the other in the number, not one in the body.
  ['安全 生产', [1], [3]],
  // Each word stands somewhere, never both in the same kind of column.
  ['停电 应急预案', [], []],
  ['稷政办发 停电', [4], []],
  // An alternative found in the title is enough for its group.
  ['停电 OR 方案', [1, 4, 6], [5]],
  // A quoted phrase: only where it stands whole.
  ['"生产安全"', [], []],
  // Excluded words leave the matches, not the columns of those left.
  ['安全生产 -方案', [], [3]],
];

let db: Database.Database;

beforeAll(() => {
  ensureSegmenter();
  db = new Database(':memory:');
  db.exec(SEARCH_SCHEMA);
  loadPhraseColumns(db);
  const insert = db.prepare('INSERT INTO search_fts (rowid, title, docnum, headings, body, words) VALUES (?, ?, ?, ?, ?, ?)');
  for (const [rowid, d] of DOCS) {
    insert.run(rowid, joinedIndexTokens([d.title]), joinedIndexTokens([d.docnum]), joinedIndexTokens(d.headings ?? []), joinedIndexTokens([d.body]), wordsColumnTerms([d.title, d.body].join('\n')).join(' '));
  }
});

afterAll(() => db.close());

describe('phrase_columns and gazette_bm25 with the phrase plan', () => {
  it.each(CASES)('%s: stands in the title or number of %j, in headings of %j, as the column filters say', (q, titleOrNumber, headings) => {
    const statements = prepareSearchStatements(db);
    const parsed = parseQuery(q);
    const expression = ftsMatchExpression(parsed.groups, parsed.exclude)!;
    const plan = ftsPhrasePlan(parsed.groups);
    const { rowids, values: masks } = unpackPairs(statements.matchColumns.get(expression));
    const where = (bits: number) => [...rowids].filter((_, i) => standsIn(masks[i], plan, bits)).sort();
    const filtered = (columns: string) => [...unpackRowids(statements.matchIds.get(`{${columns}} : (${expression})`))].sort();
    expect(where(0b011)).toEqual(titleOrNumber);
    expect(where(0b100)).toEqual(headings);
    expect(where(0b011)).toEqual(filtered('title docnum'));
    expect(where(0b100)).toEqual(filtered('headings'));
  });

  it.each(['安全生产', '安全 生产', '停电 OR 方案', '"生产安全"', '安全生产 -方案', '应急预案 停电', '县*', '2022年 停电', '通知 -"稷政办发" -停电'])(
    '%s: gazette_bm25 given the phrase counts ranks every match exactly as FTS5\'s bm25()',
    (q) => {
      const statements = prepareSearchStatements(db);
      const parsed = parseQuery(q);
      const expression = ftsMatchExpression(parsed.groups, parsed.exclude)!;
      const { texts } = ftsPhrasePlan(parsed.groups, parsed.exclude);
      const counts = texts.map((text) => (text === undefined ? 0 : statements.matchCount.get(text)!));
      const builtin = statements.matchRanked.get(expression, `bm25(${COLUMN_WEIGHTS.join(', ')})`);
      expect(builtin).toBeTruthy();
      expect(statements.matchRanked.get(expression, rankFunction(counts))).toEqual(builtin);
      // Without counts it counts them itself, as bm25() does.
      expect(statements.matchRanked.get(expression, rankFunction([]))).toEqual(builtin);
    },
  );

  it('gazette_pack hands over every row\'s numbers in order, exactly, and NULL for no row', () => {
    const rows = db.prepare<[], Buffer | null>(
      "SELECT gazette_pack(id, value) FROM (SELECT 1 AS id, -1.25 AS value UNION ALL SELECT 3000000000, -0.1 + -0.2 UNION ALL SELECT 2, 1125899906842623 UNION ALL SELECT 7, 0)",
    );
    const { rowids, values } = unpackPairs(rows.pluck().get());
    expect([...rowids]).toEqual([1, 3_000_000_000, 2, 7]);
    expect([...values]).toEqual([-1.25, -0.1 + -0.2, 2 ** 50 - 1, 0]);
    expect([...unpackRowids(db.prepare<[], Buffer>('SELECT gazette_pack(rowid) FROM search_fts').pluck().get())]).toEqual(DOCS.map(([rowid]) => rowid));
    expect(db.prepare('SELECT gazette_pack(rowid), gazette_pack(rowid, rowid) FROM search_fts WHERE rowid > 100').raw().get()).toEqual([null, null]);
  });

  it('numbers a term\'s words phrase after its pieces, and leaves it out of the plan', () => {
    const plan = ftsPhrasePlan(parseQuery('应急预案 停电').groups);
    expect(plan).toEqual({ groups: [[[0]], [[2]]], phrases: 3, texts: ['"应急 急预 预案"', 'words : "应急预案"', '"停电"'] });
  });
});

/**
 * gazette_bm25 reads documents' lengths from a table it keeps per state of the database file.
 * Swapping two documents' texts (rows 2 and 3, after a first match that stays as it is) keeps
 * every total FTS5 keeps: only the data version tells a stale table from a current one.
 */
describe("gazette_bm25's document lengths", () => {
  const first = { title: '停电公告', body: '今日停电。' };
  const long = { title: '停电应急预案', body: '停电时启动应急预案，各单位做好停电期间的安全生产和应急处置工作，停电结束后报告。' };
  const short = { title: '停电通知', body: '明日停电。' };
  type Doc = typeof long;

  function insert(target: Database.Database, rowid: number, d: Doc, table = 'search_fts'): void {
    target
      .prepare(`INSERT INTO ${table} (rowid, title, docnum, headings, body, words) VALUES (?, ?, ?, ?, ?, ?)`)
      .run(rowid, joinedIndexTokens([d.title]), '', '', joinedIndexTokens([d.body]), wordsColumnTerms([d.title, d.body].join('\n')).join(' '));
  }

  function swap(target: Database.Database, second: Doc, third: Doc): void {
    target.prepare('DELETE FROM search_fts WHERE rowid IN (2, 3)').run();
    insert(target, 2, second);
    insert(target, 3, third);
  }

  /** Each match's BM25 by gazette_bm25 (phrase counts given) and by FTS5's bm25(). */
  function ranks(target: Database.Database, table = 'search_fts'): [Buffer | null | undefined, Buffer | null | undefined] {
    const expression = '"停电"';
    const count = target.prepare(`SELECT count(*) FROM ${table} WHERE ${table} MATCH ?`).pluck().get(expression);
    const ranked = target.prepare<[string, string], Buffer | null>(`SELECT gazette_pack(rowid, rank) FROM ${table} WHERE ${table} MATCH ? AND rank MATCH ?`).pluck();
    return [ranked.get(expression, rankFunction([count as number])), ranked.get(expression, `bm25(${COLUMN_WEIGHTS.join(', ')})`)];
  }

  function openIndex(file = ':memory:'): Database.Database {
    const target = new Database(file);
    target.exec(SEARCH_SCHEMA);
    loadPhraseColumns(target);
    insert(target, 1, first);
    swap(target, long, short);
    return target;
  }

  it('reads the new lengths after a commit of the same connection', () => {
    const target = openIndex();
    const [before, builtin] = ranks(target);
    expect(before).toEqual(builtin);
    swap(target, short, long);
    const [after, builtinAfter] = ranks(target);
    expect(after).toEqual(builtinAfter);
    expect(after).not.toEqual(before);
    target.close();
  });

  it('ranks by the lengths of its own uncommitted writes inside a transaction', () => {
    const target = openIndex();
    ranks(target);
    target.exec('BEGIN');
    swap(target, short, long);
    const [inside, builtin] = ranks(target);
    expect(inside).toEqual(builtin);
    target.exec('ROLLBACK');
    const [after, builtinAfter] = ranks(target);
    expect(after).toEqual(builtinAfter);
    target.close();
  });

  it('reads the new lengths after another connection commits', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-bm25-'));
    const file = path.join(dir, 'index.db');
    const reader = openIndex(file);
    reader.pragma('journal_mode = WAL');
    ranks(reader);
    const writer = new Database(file);
    loadPhraseColumns(writer);
    swap(writer, short, long);
    writer.close();
    const [after, builtin] = ranks(reader);
    expect(after).toEqual(builtin);
    reader.close();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('ranks another FTS table by its own lengths, not the search index\'s', () => {
    const target = openIndex();
    target.exec(SEARCH_SCHEMA.replace(/search_docs/g, 'other_docs').replace(/search_fts/g, 'other_fts'));
    insert(target, 1, long, 'other_fts');
    insert(target, 2, first, 'other_fts');
    insert(target, 3, short, 'other_fts');
    ranks(target);
    const [other, builtin] = ranks(target, 'other_fts');
    expect(other).toEqual(builtin);
    target.close();
  });
});

/** gazette_near against FTS5's NEAR over the same matches, at several distances and column sets. */
describe('gazette_near', () => {
  const filler = '各乡镇人民政府县直各有关单位认真贯彻落实有关要求切实做好各项工作';
  const docs: Array<[number, { title: string; headings?: string; body: string }]> = [
    [1, { title: '通知', body: '停电时启动应急预案。' }],
    [2, { title: '通知', body: `停电。${filler}${filler}应急预案。` }],
    // In different columns: never near.
    [3, { title: '停电通知', body: `${filler}应急预案。` }],
    [4, { title: '通知', headings: '一、停电处置', body: '二、应急预案' }],
    // Three phrases; the last one far from the first two, then near again further on.
    [5, { title: '通知', body: `停电应急预案演练。${filler}${filler}停电后的演练与应急预案。` }],
    [6, { title: '应急预案', body: `${filler}停电` }],
  ];
  let target: Database.Database;

  beforeAll(() => {
    target = new Database(':memory:');
    target.exec(SEARCH_SCHEMA);
    loadPhraseColumns(target);
    const insert = target.prepare('INSERT INTO search_fts (rowid, title, docnum, headings, body, words) VALUES (?, ?, ?, ?, ?, ?)');
    for (const [rowid, d] of docs) insert.run(rowid, joinedIndexTokens([d.title]), '', joinedIndexTokens([d.headings]), joinedIndexTokens([d.body]), '');
  });

  afterAll(() => target.close());

  /** Rowids gazette_near calls near, and those FTS5's NEAR finds, among the matches of `expression`. */
  function both(expression: string, phrases: string[], tokens: number[], distance: number, columns: { bits: number; filter: string }) {
    const spec = [columns.bits, distance, ...phrases.flatMap((_, i) => [i, tokens[i]])].join(' ');
    const [ranked, near] = target
      .prepare<[string, string], [Buffer | null, Buffer | null]>(
        'SELECT gazette_pack(rowid, r), gazette_pack(rowid, n) FROM (SELECT rowid, rank AS r, gazette_near(search_fts, ?) AS n FROM search_fts WHERE search_fts MATCH ? LIMIT -1)',
      )
      .raw()
      .get(spec, expression)!;
    const { rowids } = unpackPairs(ranked);
    const flags = unpackPairs(near).values;
    const ours = [...rowids].filter((_, i) => flags[i] === 1);
    const matched = new Set(rowids);
    const theirs = [...unpackRowids(target.prepare<[string], Buffer | null>('SELECT gazette_pack(rowid) FROM search_fts WHERE search_fts MATCH ?').pluck().get(`${columns.filter} : NEAR(${phrases.join(' ')}, ${distance})`))].filter((r) => matched.has(r));
    return { ours, theirs };
  }

  const bigramColumns = { bits: 0b1111, filter: '{title docnum headings body}' };
  it.each([0, 1, 2, 3, 5, 24, 60])('two phrases within %i tokens: the same documents as NEAR', (distance) => {
    const { ours, theirs } = both('"停电" AND "应急 急预 预案"', ['"停电"', '"应急 急预 预案"'], [1, 3], distance, bigramColumns);
    expect(ours).toEqual(theirs);
  });

  it.each([0, 4, 24, 60])('three phrases within %i tokens: the same documents as NEAR', (distance) => {
    const { ours, theirs } = both('"停电" AND "应急 急预 预案" AND "演练"', ['"停电"', '"应急 急预 预案"', '"演练"'], [1, 3, 1], distance, bigramColumns);
    expect(ours).toEqual(theirs);
  });

  it('looks only in the columns given', () => {
    const { ours, theirs } = both('"停电" AND "应急 急预 预案"', ['"停电"', '"应急 急预 预案"'], [1, 3], 60, { bits: 0b0100, filter: '{headings}' });
    expect(ours).toEqual(theirs);
    expect(ours).toEqual([]);
  });

  it('finds near at 24 tokens only where the phrases stand close (1, 5), not across columns or far apart', () => {
    expect(both('"停电" AND "应急 急预 预案"', ['"停电"', '"应急 急预 预案"'], [1, 3], 24, bigramColumns).ours).toEqual([1, 5]);
  });

  it('refuses a spec without two phrases', () => {
    expect(() => target.prepare("SELECT gazette_near(search_fts, '15 24 0 1') FROM search_fts WHERE search_fts MATCH '\"停电\"'").all()).toThrow(/gazette_near/);
  });
});
