/**
 * Numbers typed as staff remember them, on the SQLite index: a decree's organ shortened
 * (decree-organs.ts) and a 代字 with a year alone (query-series.ts).
 */
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { createSqliteSearchIndex } from '../../../src/store/sqlite/search-index';
import { contractDoc } from '../../contracts/contract-corpus';

const docs = [
  contractDoc({ id: 'own19', date: '2016-04-02', docNumber: '甲办发〔2016〕19号', issuingBody: '甲省人民政府办公厅', title: '关于印发工作要点的通知', paragraphs: ['工作要点印发给你们。'] }),
  contractDoc({ id: 'own80', date: '2016-11-10', docNumber: '甲办发〔2016〕80号', issuingBody: '甲省人民政府办公厅', title: '关于印发实施细则的通知', paragraphs: ['实施细则印发给你们。'] }),
  contractDoc({
    id: 'citer', date: '2016-05-28', docNumber: '乙市办发〔2016〕26号', issuingBody: '乙市人民政府办公室', title: '关于印发乙市2016年工作要点的通知',
    paragraphs: ['2016年是开局之年。贯彻甲办发〔2016〕19号，2016年工作要点如下。'], citedNumbers: ['甲办发〔2016〕19号'],
  }),
  contractDoc({ id: 'old', date: '2015-03-01', docNumber: '甲办发〔2015〕3号', issuingBody: '甲省人民政府办公厅', title: '关于做好春耕的通知', paragraphs: ['春耕。'] }),
  contractDoc({ id: 'decree', date: '2006-10-26', docNumber: '丙丁彝族自治州人民政府令第18号', issuingBody: '丙丁彝族自治州人民政府', title: '丙丁彝族自治州养犬管理暂行规定', paragraphs: ['加强养犬管理。'] }),
  contractDoc({ id: 'placeless', date: '2010-12-25', docNumber: '政府令〔2010〕第15号', issuingBody: '戊己省人民政府', title: '戊己省人工影响天气管理规定', paragraphs: ['人工影响天气。'] }),
];

let index: ReturnType<typeof createSqliteSearchIndex>;
beforeAll(() => {
  index = createSqliteSearchIndex(new Database(':memory:'));
  index.upsertSync(docs);
});

describe('a decree typed with its organ shortened', () => {
  it.each<[string, string[]]>([
    ['丙丁州政府令第18号', ['decree']],
    ['丙丁州人民政府令18号', ['decree']],
    ['戊己省政府令第15号', ['placeless']],
    ['戊己省政府令2010年第15号', ['placeless']],
    // Must not: another serial, year or place.
    ['丙丁州政府令第19号', []],
    ['戊己省政府令2011年第15号', []],
    ['庚辛省政府令第15号', []],
  ])('%s → %j', async (q, expected) => {
    expect((await index.search({ q })).hits.map((h) => h.id)).toEqual(expected);
  });
});

describe('a 代字 with a year alone', () => {
  it.each<[string, string[]]>([
    ['甲办发 2016', ['own80', 'own19', 'citer']],
    ['2016年 甲办发', ['own80', 'own19', 'citer']],
    ['甲办发〔2016〕', ['own80', 'own19', 'citer']],
  ])('%s → the series first, newest first, then the words', async (q, expected) => {
    expect((await index.search({ q })).hits.map((h) => h.id)).toEqual(expected);
  });

  it('must not lift a series of another year, nor run when other words are typed', async () => {
    expect((await index.search({ q: '甲办发 2015' })).hits.map((h) => h.id)[0]).toBe('old');
    const words = (await index.search({ q: '甲办发 2016 开局' })).hits.map((h) => h.id);
    expect(words).toEqual(['citer']);
  });
});
