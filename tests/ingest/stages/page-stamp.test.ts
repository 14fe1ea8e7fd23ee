import { describe, expect, it } from 'vitest';
import { publicationStamp } from '../../../ingest/stages/page-stamp';
import { loadPageNoise } from '../../../src/domain/page-noise';

describe('publicationStamp', () => {
  const stamp = (line: string) => publicationStamp(line, loadPageNoise());

  it.each([
    ['a named field without a clock', '来源：县教育局 发布日期：2023-03-15', '2023-03-15'],
    ['a named field with its clock', '来源：县教育局  发布时间：2023-03-15 09:12 浏览次数：5', '2023-03-15 09:12'],
    ['时间 with its clock', '作者:某网 时间:2024-07-06 04:34:58  浏览:8616', '2024-07-06 04:34:58'],
    ['a bare date and clock first', '2023-03-15 09:12  来源：县医疗保障局', '2023-03-15 09:12'],
    ['a bare date and clock inside another field', '来源:某网 2017-12-13 14:19 作者:某办公室', '2017-12-13 14:19'],
  ])('reads %s', (_, line, expected) => {
    expect(stamp(line)).toBe(expected);
  });

  // Must not: an update time, 时间/日期 without a clock (a notice's own 时间：), a date with no time.
  it.each([['来源：本站 更新时间：2023-03-15 09:12'], ['来源：本站 时间：2023-03-15'], ['2017-08-07 来源:本站 | 阅读量:3126']])('%j stamps nothing', (line) => {
    expect(stamp(line)).toBeUndefined();
  });
});
