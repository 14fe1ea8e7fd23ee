import { describe, expect, it } from 'vitest';
import { comparable, pagesOutward, passageSpan } from '../../web/src/pdf-view';

describe('pagesOutward', () => {
  it('looks at the printed page first, then its neighbours outwards', () => {
    expect(pagesOutward(6, 10)).toEqual([6, 7, 5, 8, 4, 9, 3, 10, 2, 1]);
  });

  it('stays within the document', () => {
    expect(pagesOutward(60, 3)).toEqual([3, 2, 1]);
    expect(pagesOutward(0, 3)).toEqual([1, 2, 3]);
  });
});

describe('passageSpan', () => {
  const page = comparable('稷山县人民政府公报 2022 年第 3 期 1.1 编制目的 为健全大面积停电事件应对工作机制，科学有效应对大面积停电事件');

  it('finds where a passage starts on a page and how far it runs there', () => {
    const passage = comparable('为健全大面积停电事件应对工作机制，科学有效应对大面积停电事件，最大程度减少人员伤亡');
    const span = passageSpan(page, passage)!;
    expect(page.slice(span.start, span.end)).toBe(comparable('为健全大面积停电事件应对工作机制，科学有效应对大面积停电事件'));
  });

  it('folds widths and spaces the way extraction varies them', () => {
    expect(passageSpan(comparable('第 1 条（一）ＡＢＣ 测试 文本内容'), comparable('(一)ABC测试文本'))).toBeDefined();
  });

  it.each([
    ['a passage from another page', '县财政局负责资金保障，县审计局负责审计监督'],
    ['a single character', '县'],
  ])('finds nothing for %s', (_name, passage) => {
    expect(passageSpan(page, comparable(passage))).toBeUndefined();
  });
});
