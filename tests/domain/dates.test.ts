import { describe, expect, it } from 'vitest';
import { addDays, addYears, chineseNumber, digitRunDate, findDateRange, findDates, isYearlessDate, parseChineseDate, restoreDateUnits, signOffDate, trailingDate } from '../../src/domain/dates';

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
    // Scripts mixed: a Chinese-numeral year (its zero a Latin O) with Arabic month and day, and the other way round.
    ['二O一一年5月16日', '2011-05-16'],
    ['二〇一九年12月3日', '2019-12-03'],
    // Each first character the DATE_START test lets through: a zero written ○, Ｏ or 零, a full-width 0.
    ['○二二年', undefined],
    ['二○二二年八月一日', '2022-08-01'],
    ['零', undefined],
    ['２０２３-9-14', '2023-09-14'],
    ['2011年五月十六日', '2011-05-16'],
    ['二○○八年 6 月 4 日', '2008-06-04'],
  ])('%j → %s', (text, iso) => {
    expect(parseChineseDate(text)).toBe(iso);
  });

  it.each([['2022年2月30日'], ['2022年第3期'], ['自2022年8月16日起实施'], ['二O一一年13月5日'], ['2011年十三月五日'], ['二一年5月16日'], ['印发日期：2022年8月1日'], ['于2022年8月1日']])('%j is not a date by itself', (text) => {
    expect(parseChineseDate(text)).toBeUndefined();
  });
});

describe('findDates', () => {
  it('finds dates inside running text', () => {
    expect(findDates('本办法自2022年8月16日起实施，有效期3年。').map((d) => d.iso)).toEqual(['2022-08-16']);
  });

  // Every form holds a digit or 年 (the quick test before the scans): these keep being found.
  it.each([
    ['二〇二二年八月一日印发', ['2022-08-01']],
    ['二O一一年5月16日', ['2011-05-16']],
    ['２０２２年８月１日', ['2022-08-01']],
    ['自２０２３.２.６起', ['2023-02-06']],
    ['县人民政府办公室印发，自即日起施行。', []],
    ['每月十五日前报送', []],
  ])('%s → %j', (text, expected) => {
    expect(findDates(text).map((d) => d.iso)).toEqual(expected);
  });

  // A history line whose 年 and 月 a page lost, its 日 kept: read as a digit run, only where one reading exists.
  it.each([
    ['2023828日某州第十届人民代表大会常务委员会第二十次主任会议修订', ['2023-08-28']],
    ['2017822日某州会议修订', ['2017-08-22']],
    ['20171116日', ['2017-11-16']],
    ['2024111日某会议修订', []],
    ['共计1234567日', []],
    ['第12.202311日', []],
  ])('%j → %j', (text, dates) => {
    expect(findDates(text).map((d) => d.iso)).toEqual(dates);
  });
});

describe('chineseNumber', () => {
  it.each([['三', 3], ['十', 10], ['十二', 12], ['二十一', 21], ['两', 2], ['5', 5], ['七百一十三', 713], ['一千四百二十一', 1421], ['一〇五', 105]])('%s → %i', (text, n) => {
    expect(chineseNumber(text)).toBe(n);
  });

  it.each([['第三'], ['3a'], ['']])('%j is no number', (text) => {
    expect(chineseNumber(text)).toBeUndefined();
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

describe('signOffDate', () => {
  it.each([
    ['2022年8月1日', '2022-08-01'],
    ['二○一一年二月二十三日', '2011-02-23'],
    ['二OO五年四月二十九日', '2005-04-29'],
    ['二ΟΟ七年五月二十四日', '2007-05-24'],
    ['二ООО年一月一日', '2000-01-01'],
    ['二〇〇七年五月二十四日[1]', '2007-05-24'],
    ['二00三年七月十六日', '2003-07-16'],
    ['二〇二三年五月十日', '2023-05-10'],
    ['20171116', '2017-11-16'],
    ['2024110', '2024-01-10'],
    ['20151214', '2015-12-14'],
    ['2021年3月5', '2021-03-05'],
    ['2021年3月5号', '2021-03-05'],
    ['2020年6月3日。', '2020-06-03'],
    ['2022年10月23日21时', '2022-10-23'],
    ['2022年10月23日 21时30分', '2022-10-23'],
    ['2020年1月27日下午3时', '2020-01-27'],
    ['2020年1月27日 18:00', '2020-01-27'],
    // 月 and 日 lost after the 年: the only reading that is a date.
    ['2026年18', '2026-01-08'],
    ['2017年1214', '2017-12-14'],
  ])('%j → %s', (text, iso) => {
    expect(signOffDate(text)).toBe(iso);
  });

  it.each([
    ['2021-01-09', 'a content system stamp'],
    ['2024111', 'two readings (1月11日, 11月1日)'],
    ['201812', 'a year and its month (2018年12月, a plan\'s cover) or 1月2日'],
    ['2017年11', '2017年11月 or 1月1日'],
    ['10月14日', 'no year'],
    ['2015年3月5日印发', 'a 版记 print line'],
    ['12345678', 'no year in range'],
    ['本办法自2022年7月7日起施行。', 'a date inside a sentence'],
    ['会议定于2022年7月7日。', 'a sentence ending on a date'],
    ['自2022年10月23日21时起', 'an hour inside a sentence'],
    ['2022年10月23日21', 'a day glued to digits, no hour word'],
    ['2021年3月', 'no day'],
    ['2021年2月30', 'no such day'],
    ['2017年111', 'two readings after the 年 (1月11日, 11月1日)'],
    ['2017年1', 'a month or a day alone'],
    ['本办法自2022年7月7日起施行[1]', 'a sentence with a footnote mark'],
    ['二〇〇七年五月[12]', 'a footnote mark after no day'],
  ])('%j is not a 落款 date (%s)', (text) => {
    expect(signOffDate(text)).toBeUndefined();
  });
});

describe('digitRunDate', () => {
  it.each([['202271', '2022-07-01'], ['20221117', '2022-11-17'], ['2022131', '2022-01-31'], ['2022111', undefined], ['2022', undefined], ['201812', undefined], ['202310', undefined], ['202113', '2021-01-03'], ['202019', '2020-01-09']])('%j → %s', (text, iso) => {
    expect(digitRunDate(text)).toBe(iso);
  });
});

describe('restoreDateUnits', () => {
  it.each([
    ['{ 2017 6 23', '{ 2017年6月23日'],
    ['某县人民政府 2018 11 6', '某县人民政府 2018年11月6日'],
    ['2020　1　9', '2020年1月9日'],
  ])('%j → %j', (text, restored) => {
    expect(restoreDateUnits(text)).toBe(restored);
  });

  it.each([
    ['2017 13 23', 'no thirteenth month'],
    ['2019 2 30', 'no 30 February'],
    ['2018 11 6 25', 'a row of a table'],
    ['1.2017 6 23', 'a decimal before'],
    ['电话 0359 552 2123', 'a phone number'],
    ['2018年11月6日', 'already a date'],
    ['2018 11', 'two groups'],
  ])('leaves %j as it is (%s)', (text) => {
    expect(restoreDateUnits(text)).toBe(text);
  });
});

describe('trailingDate', () => {
  it.each([
    ['…特此通知。2017年6月23日', '2017-06-23', '', true],
    ['请认真贯彻执行！二〇一九年三月一日', '2019-03-01', '', true],
    ['特此通知。20171116 ', '2017-11-16', '', true],
    ['特此通知。某县人民政府2017年6月23日', '2017-06-23', '某县人民政府', true],
    ['某县人民政府2017年6月23日', '2017-06-23', '某县人民政府', false],
    ['特此通知。某县人民政府 2017年6月23日', '2017-06-23', '某县人民政府', true],
  ])('%j → %s after %j', (text, iso, lead, afterSentence) => {
    expect(trailingDate(text)).toMatchObject({ iso, lead, afterSentence });
  });

  it.each([
    ['2017年6月23日', 'a date alone is no glued one'],
    ['特此通知。', 'no date'],
    ['工作。2019年6月30日前完成', 'a deadline'],
    ['本办法自2022年7月7日起施行。', 'a date inside a sentence'],
    ['自2022年10月23日21时起', 'an hour inside a sentence'],
    ['2022年10月23日21', 'a day glued to digits, no hour word'],
    ['特此通知。2021-01-09', 'a content system stamp'],
    ['更新时间2021-01-09', 'a content system stamp after a label'],
    ['完成整改。10月14日', 'no year'],
  ])('finds none in %j (%s)', (text) => {
    expect(trailingDate(text)).toBeUndefined();
  });
});

describe('isYearlessDate', () => {
  it.each([['10月14日', true], ['十月十四日', true], ['年九月二日', true], ['××年10月1日', true], ['  年 9 月 2 日', true], ['2022年10月14日', false], ['10月14日起', false], ['年九月', false], ['自年10月1日起', false], ['今年九月二日', false]])('%j → %s', (text, expected) => {
    expect(isYearlessDate(text)).toBe(expected);
  });
});

describe('findDateRange', () => {
  it.each([
    ['禁燃禁放时间：2023年2月6日起至2023年4月30日止', '2023-02-06', '2023-04-30'],
    ['从2025年1月9日至1月11日严禁野外用火', '2025-01-09', '2025-01-11'],
    ['2023年3月1日—31日', '2023-03-01', '2023-03-31'],
    ['二〇二二年八月十八日至二〇二二年八月三十一日', '2022-08-18', '2022-08-31'],
    ['封闭时间：2023年10月23日8时至2024年1月30日24时', '2023-10-23', '2024-01-30'],
    ['2021年3月1日8:00至3月5日18:00', '2021-03-01', '2021-03-05'],
    ['2022年5月1日零时起至5月3日24时', '2022-05-01', '2022-05-03'],
    // A short bracket after the first day names its weekday or lunar day.
    ['自2013年3月12日（周二）起至2013年5月31日止', '2013-03-12', '2013-05-31'],
    ['2024年2月2日(腊月二十三)17时至2月3日凌晨1时', '2024-02-02', '2024-02-03'],
  ])('%j → %s to %s', (text, from, until) => {
    expect(findDateRange(text)).toMatchObject({ from, until });
  });

  it.each([['2023年3月1日至2月1日'], ['每年3月1日至6月30日'], ['2月20日早晨4时至中午12时'], ['2023年3月1日、2023年4月1日'], ['2023年3月1日起施行'], ['2023年2月20日4时至12时'], ['2023年2月20日8时至下午5时'], ['2023年3月1日（含此前已受理的申请事项）至3月5日']])('%j names no span of days', (text) => {
    expect(findDateRange(text)).toBeUndefined();
  });
});
