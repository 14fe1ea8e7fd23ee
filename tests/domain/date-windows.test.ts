import { describe, expect, it } from 'vitest';
import { findDateWindows } from '../../src/domain/date-windows';

describe('findDateWindows', () => {
  it.each([
    // A range of days, as findDateRange reads it.
    ['封闭时间：2023年10月23日8时至2024年1月30日24时', [['2023-10-23', '2024-01-30']]],
    // One day with its hours: from one hour to another, to the next day, or to the event's end.
    ['管制时间：2012年6月23日8时至20时。', [['2012-06-23', '2012-06-23']]],
    ['限制通行时间:2025年4月4日7:30—17:30', [['2025-04-04', '2025-04-04']]],
    ['管制时间:2025年9月23日6时30分至12时,具体结束时间以当天活动结束时间为准。', [['2025-09-23', '2025-09-23']]],
    ['2022年11月1日上午06:00至中午12:00，部分区域所有道路实行临时交通管制。', [['2022-11-01', '2022-11-01']]],
    ['(二)2024年2月9日(除夕)17时至次日凌晨1时;', [['2024-02-09', '2024-02-10']]],
    ['时间：2025年2月12日(正月十五)18:30至活动结束。', [['2025-02-12', '2025-02-12']]],
    // Days listed and counted.
    ['市公安局决定2011年9月9日、9月10日两天，对本市部分道路采取临时交通管制措施。', [['2011-09-09', '2011-09-10']]],
    // Several windows of one sentence, in order.
    [
      '(一)2024年2月2日(腊月二十三)17时至2月3日凌晨1时;(二)2024年2月10日(正月初一)至2024年2月14日(正月初五)每日早6时至23时;(四)2024年2月24日(正月十五)早6时至23时。',
      [['2024-02-02', '2024-02-03'], ['2024-02-10', '2024-02-14'], ['2024-02-24', '2024-02-24']],
    ],
    // Must not: a day with one hour and no end (open until further notice), a day alone, hours of no day.
    ['于2016年1月2日00时40分起，对某段公路进行全线封闭。', []],
    ['2022年2月15日18:30时起，对上述管制路段进行交通管制。', []],
    ['各单位于2023年6月30日前报送材料。', []],
    ['服务时间为上午9:00-12:00，下午1:00-4:00。', []],
    // Must not: days listed without a count (a list of dates is no window).
    ['2023年3月1日、3月15日分别召开会议。', []],
  ] as const)('%s', (text, expected) => {
    expect(findDateWindows(text).map((w) => [w.from, w.until])).toEqual(expected);
  });
});
