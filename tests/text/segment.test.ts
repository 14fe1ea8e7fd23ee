import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config';
import { indexTokens, indexTokenText, isWordsColumnTerm, joinedIndexTokens, normalizeQuery, queryPieces, segmentForSearch, segmentWords, wordsColumnTerms } from '../../src/text/segment';

describe('indexTokenText', () => {
  it.each([
    ['待处理38条', '待处 处理 理 38 条'],
    ['县人社局', '县人 人社 社局 局'],
    ['停', '停'],
    ['（二）ＡＢＣ审批', '二 abc 审批 批'],
    ['稷政办发〔2022〕31号', '稷政 政办 办发 发 2022 31 号'],
    ['GB/T 7714-2015', 'gb t 7714 2015'],
    ['', ''],
    ['，。、', ''],
    ['版本1.5.2与3.x', '版本 本 1.5 2 与 3 x'],
    ['𠀀中文', '中文 文'],
  ])('%s → %s', (text, tokens) => {
    expect(indexTokenText(text)).toBe(tokens);
    expect(indexTokens(text)).toEqual(tokens ? tokens.split(' ') : []);
  });
});

describe('joinedIndexTokens', () => {
  it('joins the streams of several texts with one space, skipping missing and empty ones', () => {
    expect(joinedIndexTokens(['稷政办发〔2022〕31号', undefined, '', '，', '稷政办发[2022]31号'])).toBe(
      '稷政 政办 办发 发 2022 31 号 稷政 政办 办发 发 2022 31 号',
    );
    expect(joinedIndexTokens([undefined, ''])).toBe('');
  });

  it('gives a whole gazette the tokens of its lines one by one, however long it is', () => {
    const text = fs.readFileSync(path.join(projectRoot, 'data', 'samples', fs.readdirSync(path.join(projectRoot, 'data', 'samples')).find((f) => f.endsWith('.txt'))!), 'utf8');
    const lines = text.split('\n');
    const joined = joinedIndexTokens(lines);
    expect(joined.length).toBeGreaterThan(100_000);
    expect(joined).toBe(lines.map(indexTokenText).filter(Boolean).join(' '));
    // The buffer the stream is written in is reused: a short text after a long one is itself.
    expect(indexTokenText('待处理')).toBe('待处 处理 理');
  });

  it('writes a text of millions of characters, and a short one after it', () => {
    const huge = indexTokenText('县政'.repeat(1_000_000));
    expect(huge.length).toBe(3 * 2_000_000 - 2);
    expect(huge.slice(0, 8)).toBe('县政 政县 县政');
    expect(huge.endsWith('县政 政')).toBe(true);
    expect(indexTokenText('待处理')).toBe('待处 处理 理');
  });
});

describe('wordsColumnTerms', () => {
  it('keeps what segmentForSearch gives that the words column takes, on whole gazettes', () => {
    const dir = path.join(projectRoot, 'data', 'samples');
    for (const file of fs.readdirSync(dir).filter((f) => f.endsWith('.txt'))) {
      const text = fs.readFileSync(path.join(dir, file), 'utf8');
      const terms = wordsColumnTerms(text);
      expect(terms.length).toBeGreaterThan(1000);
      expect(terms).toEqual(segmentForSearch(text).filter(isWordsColumnTerm));
    }
  });

  it('has no words of fewer than three characters', () => {
    expect(wordsColumnTerms('县人社局负责被征地农民养老保险补贴')).toEqual(['人社局', '被征地农民', '养老保险']);
    expect(wordsColumnTerms('停电 预案 ab 38')).toEqual([]);
  });
});

describe('queryPieces', () => {
  // A query in traditional script is matched as the simplified text the index holds.
  it.each([
    ['停電', [{ kind: 'phrase', tokens: ['停电'] }]],
    ['停电', [{ kind: 'phrase', tokens: ['停电'] }]],
    ['審批局', [{ kind: 'phrase', tokens: ['审批', '批局'] }]],
    ['號', [{ kind: 'prefix', token: '号' }]],
    ['乾隆', [{ kind: 'phrase', tokens: ['乾隆'] }]],
    ['ＡＢＣ38', [{ kind: 'phrase', tokens: ['abc38'] }]],
  ])('%s → %j', (term, pieces) => {
    expect(queryPieces(term)).toEqual(pieces);
  });

  it('leaves the index tokens of traditional text as written (ingestion folds it before)', () => {
    expect(indexTokenText('停電')).toBe('停電 電');
  });
});

describe('segmentWords', () => {
  it('splits a traditional query into simplified words', () => {
    expect(segmentWords('停電應急預案').join('')).toBe('停电应急预案');
    expect(normalizeQuery('縣人社局')).toBe('县人社局');
  });
});
