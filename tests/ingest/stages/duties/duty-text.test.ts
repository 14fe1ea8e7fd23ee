import { describe, expect, it } from 'vitest';
import { CLAUSE_END, cleanMatter, findGroups, SENTENCE_END, splitAfter, stripNumbering, unbalancedOpen } from '../../../../ingest/stages/duties/duty-text';

describe('findGroups', () => {
  it.each([
    ['八、新办企业首次申领发票。(责任单位：县税务局、县行政审批局)', ['责任单位：县税务局、县行政审批局']],
    ['（一）加强调度（县交通局牵头，县卫健局配合）', ['一', '县交通局牵头，县卫健局配合']],
    ['混排括号（县人社局负责)', ['县人社局负责']],
    ['嵌套（县财政局（牵头）、县医保局）', ['县财政局（牵头）、县医保局']],
    ['没有括号的段落', []],
  ])('%s', (text, contents) => {
    expect(findGroups(text).map((g) => g.content)).toEqual(contents);
  });

  it('gives where each group starts and ends', () => {
    const text = '甲（乙）丙';
    expect(findGroups(text)).toEqual([{ start: 1, end: 4, content: '乙' }]);
  });
});

describe('unbalancedOpen', () => {
  it.each([
    ['确保落实。（责', true],
    ['确保落实。（责任单位：县税务局）', false],
    ['多余的右括号）', false],
    ['(半角（全角', true],
  ])('%s → %s', (text, open) => {
    expect(unbalancedOpen(text)).toBe(open);
  });
});

describe('splitAfter', () => {
  it.each([
    ['甲。乙；丙', SENTENCE_END, ['甲。', '乙；', '丙']],
    ['甲。', SENTENCE_END, ['甲。']],
    ['', SENTENCE_END, ['']],
    ['甲。。乙', SENTENCE_END, ['甲。', '。', '乙']],
    ['县发改局牵头，县财政局配合：做好', CLAUSE_END, ['县发改局牵头，', '县财政局配合：', '做好']],
  ])('%s', (text, marks, pieces) => {
    expect(splitAfter(text, marks)).toEqual(pieces);
    expect(splitAfter(text, marks)).toEqual(text.split(new RegExp(`(?<=${marks.source})`)));
  });
});

describe('stripNumbering and cleanMatter', () => {
  it.each([
    ['（三）加强监管', '加强监管'],
    ['3.县人社局：定期检查', '县人社局：定期检查'],
    ['第十条 本办法自发布之日起施行', '本办法自发布之日起施行'],
    ['县人社局负责', '县人社局负责'],
  ])('stripNumbering(%s) → %s', (text, stripped) => {
    expect(stripNumbering(text)).toBe(stripped);
  });

  it('cleanMatter drops numbering and the punctuation around the matter', () => {
    expect(cleanMatter(' 一、保障交通运输畅通，加强路网监测调度。 ')).toBe('保障交通运输畅通，加强路网监测调度');
    expect(cleanMatter('，。')).toBe('');
  });
});
