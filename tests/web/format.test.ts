import { describe, expect, it } from 'vitest';
import { formatDate, gazetteLabel, levelLabel, publishedIn, queryTerms } from '../../web/src/format';

describe('queryTerms', () => {
  it.each([
    ['停电', ['停电']],
    ['停电 应急预案', ['停电', '应急预案']],
    ['"大面积停电" 应急', ['大面积停电', '应急']],
    ['“被征地农民” 养老保险', ['被征地农民', '养老保险']],
    ['预案 -演练', ['预案']],
    ['预案 -"应急演练"', ['预案']],
    ['停电 OR 断电', ['停电', '断电']],
    ['发票 county:稷山县 year:2022', ['发票']],
    ['status:现行有效', []],
    ['', []],
  ])('%s → %j', (q, expected) => {
    expect(queryTerms(q)).toEqual(expected);
  });
});

describe('formatDate', () => {
  it.each([
    ['2022-08-15', '2022年8月15日'],
    ['2023-12-31', '2023年12月31日'],
    [undefined, ''],
    ['2022年', '2022年'],
  ])('%s → %s', (date, expected) => {
    expect(formatDate(date)).toBe(expected);
  });
});

describe('gazetteLabel', () => {
  it('names the issue as printed on the cover', () => {
    expect(gazetteLabel({ name: '稷山县人民政府公报', year: 2022, issue: 3, totalIssue: 7 })).toBe('稷山县人民政府公报 2022年第3期（总第7期）');
    expect(gazetteLabel({ name: '兴安盟行政公署公报', year: 2019, issue: 1, lastIssue: 3, totalIssue: 52 })).toBe('兴安盟行政公署公报 2019年第1—3期（合刊）（总第52期）');
  });

  it('leaves out what is unknown', () => {
    expect(gazetteLabel({ name: '夏县人民政府公报' })).toBe('夏县人民政府公报');
  });
});

describe('publishedIn', () => {
  it('names the issue of a gazette and only the file of a single document or a law', () => {
    expect(publishedIn({ kind: 'gazette', name: '稷山县人民政府公报', year: 2022, issue: 3 })).toBe('稷山县人民政府公报 2022年第3期');
    expect(publishedIn({ kind: 'law', name: '中华人民共和国突发事件应对法', year: 2024, issue: 1 })).toBe('中华人民共和国突发事件应对法');
    expect(publishedIn({ kind: 'document' })).not.toMatch(/第\d+期/);
  });
});

describe('levelLabel', () => {
  it.each([['national', '国家级'], ['provincial', '省级'], ['city', '市级'], ['county', '县级'], ['行政法规', '行政法规']])('%s → %s', (level, label) => {
    expect(levelLabel(level)).toBe(label);
  });
});
