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
