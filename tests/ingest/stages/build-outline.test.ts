import { describe, expect, it } from 'vitest';
import { buildOutline } from '../../../ingest/stages/build-outline';
import type { OutlineNode } from '../../../src/model';

const outline = (texts: string[]) => buildOutline(texts.map((text) => ({ text })));

describe('buildOutline', () => {
  it.each<[string, string, Omit<OutlineNode, 'paragraph'>]>([
    ['a chapter with spaced title', '第一章 总 则', { level: 1, label: '第一章', title: '总则' }],
    ['a section', '第二节 决策草案的形成', { level: 2, label: '第二节', title: '决策草案的形成' }],
    ['an article: its first words', '第六条 县行政审批服务管理局负责城市规划区内居民自建房的规划施工登记。', { level: 3, label: '第六条', title: '县行政审批服务管理局负责城市规划区内居民自建房的规划施工登记' }],
    ['an article numbered above ten', '第二十四条 本办法由县行政审批局负责解读。', { level: 3, label: '第二十四条', title: '本办法由县行政审批局负责解读' }],
    ['一、 heading', '一、征缴时间', { level: 1, label: '一、', title: '征缴时间' }],
    ['（一） heading, full-width', '（一）加强组织领导。各乡镇要严格落实。', { level: 2, label: '（一）', title: '加强组织领导' }],
    ['(一) heading, half-width with a space', '(二) 细化工作措施。', { level: 2, label: '(二)', title: '细化工作措施' }],
    ['1. item', '1. 加强巡查。', { level: 3, label: '1.', title: '加强巡查' }],
    ['1、item', '21、拓展服务领域。构建完整完备的农业专业化社会化服务全产业链。', { level: 3, label: '21、', title: '拓展服务领域' }],
    ['（1） item', '（1）建立工作台账。', { level: 4, label: '（1）', title: '建立工作台账' }],
  ])('reads %s', (_name, text, expected) => {
    expect(outline([text])).toEqual([{ ...expected, paragraph: 0 }]);
  });

  it.each<[string, string]>([
    ['a decimal number', '2.5 万元以下的项目由乡镇审批。'],
    ['a year', '2024 年度城乡居民基本医疗保险费个人缴费标准为 380 元。'],
    ['a sentence mentioning an article', '依照本办法第十条的规定执行。'],
    ['a body sentence', '县直有关单位要充分认识稳投资、促发展的重要性和紧迫性。'],
  ])('finds no heading in %s', (_name, text) => {
    expect(outline([text])).toEqual([]);
  });

  it('shortens a long heading to 40 characters', () => {
    const [node] = outline([`一、${'加'.repeat(50)}`]);
    expect(node.title).toBe(`${'加'.repeat(40)}…`);
  });

  it('keeps paragraph positions in order', () => {
    expect(outline(['第一章 总 则', '第一条 为了规范决策行为，制定本办法。', '正文。', '第二章 决策程序']).map((n) => [n.label, n.paragraph])).toEqual([
      ['第一章', 0],
      ['第一条', 1],
      ['第二章', 3],
    ]);
  });
});

describe('buildOutline, decimal numbering (应急预案) and annexes', () => {
  const joined = (raw: string) => ({ text: raw.replace(/\n/g, ''), raw });

  it('reads every heading of a paragraph the repair stage joined, from its source lines', () => {
    const nodes = buildOutline([joined('稷山县大面积停电事件应急预案\n1 总则\n1.1 编制目的\n为健全大面积停电事件应对工作机制，编制本预案。')]);
    expect(nodes).toEqual([
      { level: 1, label: '1', title: '总则', paragraph: 0 },
      { level: 2, label: '1.1', title: '编制目的', paragraph: 0 },
    ]);
  });

  it.each<[string, string, Omit<OutlineNode, 'paragraph'>]>([
    ['a third level', '5.3.1 四级响应\n大面积停电事件发生后，县指挥部办公室经过分析评估。', { level: 3, label: '5.3.1', title: '四级响应' }],
    ['a title with a comma inside 、', '6.3 通信、交通与运输保障\n县工科局要建立健全应急通信保障体系。', { level: 2, label: '6.3', title: '通信、交通与运输保障' }],
    ['a first-level heading alone', '8 附则\n8.1 预案管理', { level: 1, label: '8', title: '附则' }],
  ])('reads %s', (_name, raw, expected) => {
    expect(buildOutline([joined(raw)])[0]).toEqual({ ...expected, paragraph: 0 });
  });

  it('reads 1.1 at the start of a paragraph without source lines, its title up to punctuation', () => {
    expect(buildOutline([{ text: '2.1 县指挥部组成及职责：指挥长由副县长担任。' }])).toEqual([{ level: 2, label: '2.1', title: '县指挥部组成及职责', paragraph: 0 }]);
  });

  it.each<[string, string]>([
    ['an amount on its own line', '2.5 万元以下\n的项目由乡镇审批。'],
    ['a year on its own line', '2024 年度\n城乡居民基本医疗保险费。'],
    ['a sentence after a number', '3 个工作日内办结，逾期不办的，视为同意。'],
    ['a percentage', '80 %以上的负荷恢复。'],
  ])('finds no decimal heading in %s', (_name, raw) => {
    expect(buildOutline([joined(raw)])).toEqual([]);
  });

  it('skips the numbered list after 附件： (the attachments) and heads an annex printed with the document', () => {
    const nodes = buildOutline([
      { text: '8.3 预案实施本预案自印发之日起实施。', raw: '8.3 预案实施\n本预案自印发之日起实施。' },
      { text: '附件：' },
      { text: '1. 稷山县大面积停电事件应急指挥机构及职责' },
      { text: '2. 稷山县大面积停电事件现场指挥部工作组设置及主要职责' },
      { text: '附件1' },
      { text: '附件2 稷山县大面积停电事件应急响应启动条件' },
      { text: '1. 电网主干网架遭受严重破坏。' },
    ]);
    expect(nodes.map((node) => [node.label, node.title, node.paragraph])).toEqual([
      ['8.3', '预案实施', 0],
      ['附件1', '', 4],
      ['附件2', '稷山县大面积停电事件应急响应启动条件', 5],
      ['1.', '电网主干网架遭受严重破坏', 6],
    ]);
  });
});
