import { describe, expect, it } from 'vitest';
import { outerTitles, unopenedTitle } from '../../src/text/book-titles';

describe('outerTitles', () => {
  it.each([
    ['one title', '根据《某省条例》制定', ['某省条例']],
    ['a title holding another in the same marks, then a second', '根据《甲关于印发《乙》的通知》和《丙》', ['甲关于印发〈乙〉的通知', '丙']],
    ['a title holding one in 〈〉', '《甲关于印发〈乙〉的通知》', ['甲关于印发〈乙〉的通知']],
    // Must not swallow what follows a mark never closed.
    ['an opening mark never closed before a title', '原《甲和《乙》同时废止', ['乙']],
    ['an opening mark never closed after a title', '《甲》和《乙', ['甲']],
    ['a closing mark alone', '甲》和《乙》', ['乙']],
    ['no marks', '现将有关事项通知如下', []],
  ])('%s', (_, text, titles) => {
    expect(outerTitles(text).map((t) => t.title)).toEqual(titles);
  });

  it('gives where each stands', () => {
    expect(outerTitles('据《甲》')).toEqual([{ title: '甲', start: 1, end: 4 }]);
  });
});

describe('unopenedTitle', () => {
  it.each([
    ['an item whose 《 was lost', '2.某市人民政府办公室关于加强规范性文件管理工作的通知》(某政办发〔2018〕10号)', '某市人民政府办公室关于加强规范性文件管理工作的通知'],
    ['a title that lists things', '某省人民政府关于做好甲、乙工作的通知》', '某省人民政府关于做好甲、乙工作的通知'],
    ['an item numbered in brackets', '（三）某县某某管理办法》', '某县某某管理办法'],
  ])('reads %s', (_, text, title) => {
    expect(unopenedTitle(text)?.title).toBe(title);
  });

  it.each([['《甲》和《乙》'], ['没有书名号'], ['《甲《乙》》'], ['为贯彻落实，依据某省人民政府关于做好工作的通知》要求']])('finds none in %j', (text) => {
    expect(unopenedTitle(text)).toBeUndefined();
  });
});
