import { describe, expect, it } from 'vitest';
import { outerTitles, titleKey, typedTitle, typedTitleKey, unopenedTitle } from '../../src/text/book-titles';

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

describe('titleKey', () => {
  // The same title as pages print it two ways: one key, so a reference links to the document and a lookup finds it.
  it.each([
    ['full- and half-width brackets', '某县土地流转办法实施细则（试行）', '某县土地流转办法实施细则(试行)'],
    ['inner title in 〈〉, 《》 or <>', '关于印发〈某县事项清单（2022年版）〉的通知', '关于印发《某县事项清单(2022年版)》的通知'],
    ['inner title in <> and ＜＞', '关于印发<某县规划>的通知', '关于印发＜某县规划＞的通知'],
    ['full-width square brackets', '某办发［2022］3号文件解读', '某办发[2022]3号文件解读'],
    ['spaces, full-width ones too', '关于 做好 某工作的通知', '关于做好某工作的通知'],
    ['full-width digits and Latin', '某县“１２３４５”热线管理办法（２０２２年修订）', '某县"12345"热线管理办法(2022年修订)'],
    ['quotes of either kind', '关于开展“某某”活动的通知', '关于开展「某某」活动的通知'],
    ['the mark between listed items', '关于做好甲、乙工作的通知', '关于做好甲，乙工作的通知'],
    ['a span of years however its dash is printed', '某县规划（2021—2025年）', '某县规划(2021-2025年)'],
    ['a span with 至 and 年', '某县规划（2021年至2025年）', '某县规划（2021～2025年）'],
    ['traditional script', '某縣關於做好某工作的通知', '某县关于做好某工作的通知'],
    ['a variant shape', '陜西省某办法', '陕西省某办法'],
  ])('%s: %j ≡ %j', (_, a, b) => {
    expect(titleKey(a)).toBe(titleKey(b));
  });

  // Different titles stay different: only marks, widths and scripts are folded, never words.
  it.each([
    ['试行 or not', '某县办法（试行）', '某县办法'],
    ['another edition', '某县清单（2022年版）', '某县清单（2023年版）'],
    ['another span', '某县规划（2021—2025年）', '某县规划（2021—2030年）'],
    ['a word, not a mark', '关于做好甲乙工作的通知', '关于做好甲、乙工作的通知'],
    ['至 in a word, not between numbers', '关于冬至日活动的通知', '关于冬-日活动的通知'],
    ['an inner title or none', '关于印发《某规划》的通知', '关于印发某规划的通知'],
    ['square and round brackets', '某办法[试行]', '某办法(试行)'],
  ])('%s: %j ≠ %j', (_, a, b) => {
    expect(titleKey(a)).not.toBe(titleKey(b));
  });

  it.each([['某县土地流转办法实施细则（试行）'], ['关于印发〈某规划（２０２１—２０２５年）〉的通知'], ['某縣陜西“甲”，乙 2021年至2025年']])('is its own key: %j', (title) => {
    expect(titleKey(titleKey(title))).toBe(titleKey(title));
  });
});

describe('typedTitle', () => {
  it.each([
    [' 《某县办法（试行）》 ', '某县办法（试行）'],
    ['〈某县办法〉', '某县办法'],
    ['某县办法', '某县办法'],
    // Marks of an inner title, or of two titles, stay.
    ['《某规划》解读', '《某规划》解读'],
    ['《甲》和《乙》', '《甲》和《乙》'],
  ])('%j → %j', (typed, title) => {
    expect(typedTitle(typed)).toBe(title);
  });

  it('keys a title typed in marks as the title', () => {
    expect(typedTitleKey('《某县办法（试行）》')).toBe(titleKey('某县办法(试行)'));
  });
});
