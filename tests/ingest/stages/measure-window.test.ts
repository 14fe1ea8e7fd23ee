import { describe, expect, it } from 'vitest';
import { extendedWindow, measureWindows, withYear } from '../../../ingest/stages/measure-window';
import { loadDataJson } from '../../../src/domain/load-data';

const { measureWords } = loadDataJson<{ measureWords: string[] }>('validity-phrases.json');
const spans = (ws: Array<{ from: string; until: string }>) => ws.map((w) => [w.from, w.until]);

describe('measureWindows', () => {
  it.each([
    // The measure in the span's clause, its heading, or the next clause after an item's bare span.
    ['一、管制时间:2012年6月23日8时至20时。', '', [['2012-06-23', '2012-06-23']], []],
    ['停水时间:2021年4月16日0:00-12:00。', '', [['2021-04-16', '2021-04-16']], []],
    ['2025年4月20日6时至2025年4月20日12时', '一、交通管制时间', [['2025-04-20', '2025-04-20']], []],
    ['一、2022年6月7日至9日，全市主城区范围内禁止一切燃放爆竹、烟花行为。', '', [['2022-06-07', '2022-06-09']], []],
    ['从2020年3月1日0时起至6月30日24时止(为期4个月)，管辖范围内所有公共自然水域同步进入禁渔期。', '', [['2020-03-01', '2020-06-30']], []],
    // Items standing bare: windows only once a later sentence names their measure.
    ['特通告如下:(一)2024年2月2日17时至2月3日凌晨1时;(二)2024年2月24日早6时至23时。', '', [], [['2024-02-02', '2024-02-03'], ['2024-02-24', '2024-02-24']]],
    ['春节:2023年1月21日23:00—1月22日00:30', '规定燃放时间:', [], [['2023-01-21', '2023-01-22']]],
    // Must not: a phase of work, a span a condition names, a window with a clause of more than its number.
    ['一、2023年6月1日至6月30日，各乡镇开展自查。', '', [], []],
    ['1986年1月1日至1993年1月1日期间，获得禁止他人制造的独占权的。', '', [], []],
    ['2023年3月1日至3月31日为自查阶段，各单位对照清单开展自查。', '', [], []],
  ] as const)('%s', (sentence, heading, windows, bare) => {
    const found = measureWindows(sentence, heading, measureWords);
    expect(spans(found.windows)).toEqual(windows);
    expect(spans(found.bare)).toEqual(bare);
  });
});

describe('extendedWindow', () => {
  it.each([
    ['公安交通管理部门决定延长对某路临时实施限制交通措施，时间延长至2018年12月25日止，禁止车辆通行。', '2018-12-03', { from: '2018-12-03', until: '2018-12-25' }],
    ['决定对上述路段交通管制措施延期至2024年9月4日止。', '2024-08-23', { from: '2024-08-23', until: '2024-09-04' }],
    // Must not: a document's term extended (an extension of its own), an extension naming no measure.
    ['《某办法》有效期延长至2025年12月31日，禁止擅自变更。', '2023-12-20', undefined],
    ['申报时间延长至2023年6月30日。', '2023-06-01', undefined],
  ] as const)('%s', (sentence, date, expected) => {
    expect(extendedWindow(sentence, date, measureWords)).toEqual(expected);
  });
});

describe('withYear', () => {
  it.each([
    ['一、管制时间:3月1日7时至15时', '2025', '一、管制时间:2025年3月1日7时至15时'],
    ['11月1日上午06:00至中午12:00，实行临时交通管制。', '2022', '2022年11月1日上午06:00至中午12:00，实行临时交通管制。'],
    ['休牧时间为4月1日至5月30日。', '2025', '休牧时间为2025年4月1日至5月30日。'],
    // Must not: a yearly window, a day that opens nothing.
    ['每年3月1日至6月30日为禁渔期。', '2023', '每年3月1日至6月30日为禁渔期。'],
    ['请于3月1日前报送。', '2023', '请于3月1日前报送。'],
  ] as const)('%s', (sentence, year, expected) => {
    expect(withYear(sentence, year)).toBe(expected);
  });
});
