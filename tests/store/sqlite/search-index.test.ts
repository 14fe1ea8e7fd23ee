import { mkdtempSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { createSqliteSearchIndex, ftsColumns } from '../../../src/store/sqlite/search-index';
import { contractCorpus, describeSearchBackendContract } from '../../contracts/search-backend.contract';

describeSearchBackendContract('sqlite', async () => createSqliteSearchIndex(new Database(':memory:')));

describe('createSqliteSearchIndex', () => {
  it('sees documents written by another connection to the same file', async () => {
    const file = path.join(mkdtempSync(path.join(os.tmpdir(), 'fts-')), 'g.db');
    const writer = new Database(file);
    writer.pragma('journal_mode = WAL');
    const reader = new Database(file);
    const writeIndex = createSqliteSearchIndex(writer);
    const readIndex = createSqliteSearchIndex(reader);
    expect((await readIndex.search({ q: '停电' })).total).toBe(0);
    writeIndex.upsertSync(contractCorpus.slice(0, 2));
    expect((await readIndex.search({ q: '停电' })).total).toBe(2);
  });

  it('lists the ids it holds', () => {
    const index = createSqliteSearchIndex(new Database(':memory:'));
    index.upsertSync(contractCorpus.slice(0, 3));
    index.removeSync(['d2']);
    expect(index.indexedIds().sort()).toEqual(['d1', 'd3']);
  });
});

describe('ftsColumns', () => {
  it('writes bigrams for title, number, headings and body, and segmenter words of three characters or more', () => {
    const [title, docnum, headings, body, words] = ftsColumns(contractCorpus[0]);
    expect(title.split(' ')).toContain('停电');
    expect(docnum.split(' ')).toEqual(expect.arrayContaining(['稷政', '2022', '35']));
    expect(headings).toBe('一 总则 则');
    expect(body.split(' ')).toContain('处理');
    expect(words.split(' ')).toContain('能源局');
    // Shorter words are bigrams of the other columns already; queries never look for them here.
    expect(words.split(' ').filter((w) => [...w].length < 3)).toEqual([]);
  });
});
