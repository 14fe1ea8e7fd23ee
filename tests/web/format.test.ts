import { describe, expect, it } from 'vitest';
import { formatDate, levelLabel, queryTerms } from '../../web/src/format';

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

describe('levelLabel', () => {
  it.each([['national', '国家级'], ['provincial', '省级'], ['city', '市级'], ['county', '县级'], ['township', '乡镇级'], ['行政法规', '行政法规']])('%s → %s', (level, label) => {
    expect(levelLabel(level)).toBe(label);
  });
});
