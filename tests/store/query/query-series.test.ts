import { describe, expect, it } from 'vitest';
import { querySeries, seriesNumbers } from '../../../src/store/query/query-series';

describe('querySeries', () => {
  it.each<[string[], { prefix: string; year: number } | undefined]>([
    // A 代字 and a year alone, as one word or two, either order, with the year's brackets or 年.
    [['甲政发', '2016'], { prefix: '甲政发', year: 2016 }],
    [['2016年', '甲政发'], { prefix: '甲政发', year: 2016 }],
    [['甲政发〔2016〕'], { prefix: '甲政发', year: 2016 }],
    [['甲政发(2016)'], { prefix: '甲政发', year: 2016 }],
    [['甲政发2016'], { prefix: '甲政发', year: 2016 }],
    [['甲府', '２０２０'], { prefix: '甲府', year: 2020 }],
    // Must not: more words, no year, two years, a year that is no year, digits in the 代字.
    [['甲政发', '2016', '政务公开'], undefined],
    [['甲政发'], undefined],
    [['2016', '2017'], undefined],
    [['甲政发', '201'], undefined],
    [['甲政发', '2016年度'], undefined],
    [['甲政发〔2016〕5号'], undefined],
    [[], undefined],
  ])('%j → %j', (words, expected) => {
    expect(querySeries(words)).toEqual(expected);
  });
});

describe('seriesNumbers', () => {
  const known = ['甲发〔2016〕5号', '甲发〔2016〕19号', '甲发〔2017〕5号', '乙甲发〔2016〕5号', '甲发办〔2016〕5号', '甲发令第5号'];
  it.each<[{ prefix: string; year: number }, string[]]>([
    [{ prefix: '甲发', year: 2016 }, ['甲发〔2016〕5号', '甲发〔2016〕19号']],
    // Must not: another year, a 代字 holding or held by the typed one.
    [{ prefix: '甲发', year: 2015 }, []],
    [{ prefix: '甲', year: 2016 }, []],
  ])('%j → %j', (series, expected) => {
    expect(seriesNumbers(series, known)).toEqual(expected);
  });
});
