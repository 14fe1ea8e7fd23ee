import { describe, expect, it } from 'vitest';
import { bracketedSection, isBareSectionHeading, isRedHead, isSectionHeading, sectionType } from '../../src/domain/gazette-layout';

describe('gazette layout grammar (data/gazette-layout.json)', () => {
  it.each([
    ['《青河市城市供水管理办法》政策解读', '解读'],
    ['2023年5月青河市政府大事记', '大事记'],
    ['人事任免', '人事任免'],
    // must not match: sentences and documents
    ['关于做好防汛工作的通知', undefined],
    ['市政府办公室负责解读。', undefined],
  ])('sectionType(%j) → %s', (line, expected) => {
    expect(sectionType(line)).toBe(expected);
  });

  it.each([
    ['稷山县人民政府文件', true],
    ['中共稷山县委办公室 稷山县人民政府办公室文件', true],
    ['江城市人民政府办公室文 件', true],
    ['稷 山 县 人 民 政 府 文 件', true],
    // must not match: lines that end with 文件 without an organ before it
    ['请各单位认真学习上述文件', false],
    ['部门文件', false],
    ['现转发省政府文件，请遵照执行。', false],
  ])('isRedHead(%j) → %s', (line, expected) => {
    expect(isRedHead(line)).toBe(expected);
  });

  it.each([
    ['市人民政府文件', true],
    ['县政府办公室文件', true],
    ['部门文件', true],
    ['政策解读', true],
    ['人事任免', true],
    // must not match: entries and long lines
    ['《青河市城市供水管理办法》政策解读', false],
    ['关于转发省政府文件', false],
    ['中共稷山县委办公室 稷山县人民政府办公室文件', false],
    ['2023年5月青河市政府大事记', false],
  ])('isBareSectionHeading(%j) → %s', (line, expected) => {
    expect(isBareSectionHeading(line)).toBe(expected);
  });

  it.each([
    ['【市政府文件】', '市政府文件'],
    ['〖政府令〗', '政府令'],
    ['［部门文件］', '部门文件'],
    // must not match: text after or before the brackets, a 附件 line
    ['【案例】某某镇的做法', undefined],
    ['附件：【实施细则】全文', undefined],
    ['关于印发某某办法的通知', undefined],
  ])('bracketedSection(%j) → %s', (line, expected) => {
    expect(bracketedSection(line)).toBe(expected);
  });

  it.each([
    ['【市政府办公室文件】', true],
    ['行政公署办公室文件', true],
    ['政策解读', true],
    // must not match: a sentence, a title, a red head with its organ
    ['现转发省政府文件，请遵照执行。', false],
    ['关于印发某某办法的通知', false],
    ['二〇二四年三月一日', false],
  ])('isSectionHeading(%j) → %s', (line, expected) => {
    expect(isSectionHeading(line)).toBe(expected);
  });
});
