import { describe, expect, it } from 'vitest';
import { addDays, addYears, chineseNumber, findDates, parseChineseDate } from '../../src/domain/dates';

describe('parseChineseDate', () => {
  it.each([
    ['2022年8月1日', '2022-08-01'],
    ['2022 年 7 月 6 日', '2022-07-06'],
    ['二〇二二年八月一日', '2022-08-01'],
    ['二〇二三年十二月三十一日', '2023-12-31'],
    ['２０２３年９月１４日', '2023-09-14'],
    ['2022.8.1', '2022-08-01'],
    ['2022-08-01', '2022-08-01'],
    ['（2022年9月30日）', '2022-09-30'],
  ])('%j → %s', (text, iso) => {
    expect(parseChineseDate(text)).toBe(iso);
  });

  it.each([['2022年2月30日'], ['2022年第3期'], ['自2022年8月16日起实施']])('%j is not a date by itself', (text) => {
    expect(parseChineseDate(text)).toBeUndefined();
  });
});

describe('findDates', () => {
  it('finds dates inside running text', () => {
    expect(findDates('本办法自2022年8月16日起实施，有效期3年。').map((d) => d.iso)).toEqual(['2022-08-16']);
  });
});

describe('chineseNumber', () => {
  it.each([['三', 3], ['十', 10], ['十二', 12], ['二十一', 21], ['两', 2], ['5', 5]])('%s → %i', (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });
});

describe('addYears / addDays', () => {
  it('gives the last day of a 3-year validity from 2022-08-16', () => {
    expect(addDays(addYears('2022-08-16', 3), -1)).toBe('2025-08-15');
  });
  it('moves 29 February to 28 February', () => {
    expect(addYears('2024-02-29', 1)).toBe('2025-02-28');
  });
});
