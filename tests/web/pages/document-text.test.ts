import { describe, expect, it } from 'vitest';
import { splitHeadings } from '../../../web/src/pages/document-text';

describe('splitHeadings', () => {
  it('cuts a joined paragraph into the plan title, its numbered headings and the text', () => {
    const pieces = splitHeadings('稷山县大面积停电事件应急预案1 总则1.1 编制目的为健全大面积停电事件应对工作机制。', [
      { label: '1', title: '总则' },
      { label: '1.1', title: '编制目的' },
    ], [4, 5]);
    expect(pieces).toEqual([
      { kind: 'text', text: '稷山县大面积停电事件应急预案' },
      { kind: 'heading', text: '1 总则', node: 4 },
      { kind: 'heading', text: '1.1 编制目的', node: 5 },
      { kind: 'text', text: '为健全大面积停电事件应对工作机制。' },
    ]);
  });

  it('finds a title printed with spaces inside', () => {
    expect(splitHeadings('6.3 通信、交通与 运输保障县工科局要建立健全体系。', [{ label: '6.3', title: '通信、交通与运输保障' }], [0])[0]).toEqual({ kind: 'heading', text: '6.3 通信、交通与 运输保障', node: 0 });
  });

  it.each<[string, string, { label: string; title: string }]>([
    ['a clause heading (第一条 is a paragraph with an anchor)', '第六条 县行政审批服务管理局负责登记。', { label: '第六条', title: '县行政审批服务管理局负责登记' }],
    ['a list item', '1. 加强巡查。', { label: '1.', title: '加强巡查' }],
    ['a heading not in the text', '为健全大面积停电事件应对工作机制。', { label: '1.1', title: '编制目的' }],
  ])('leaves %s whole', (_name, text, node) => {
    expect(splitHeadings(text, [node], [0])).toEqual([{ kind: 'text', text }]);
  });
});
