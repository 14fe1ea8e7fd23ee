import { describe, expect, it } from 'vitest';
import { attachmentListAt, readAttachments, withLinks, withoutOrgans } from '../../../ingest/stages/attachments';

describe('attachmentListAt and readAttachments', () => {
  it.each([
    ['a numbered list, one a line', ['请认真执行。', '附件：1．某某奖励审批表', '2．某某奖励通知书', '某局', '2023年12月31日'], [{ index: 1, title: '某某奖励审批表' }, { index: 2, title: '某某奖励通知书' }]],
    ['one attachment named on the head line', ['现予印发。', '附件：某某资金管理办法', '某部'], [{ title: '某某资金管理办法' }]],
    ['items each labelled 附件N, a file name\'s extension printed', ['附件：附件1 2026年公办小学招生计划表.xls', '附件2 2026年公办初中招生计划.xlsx'], [{ index: 1, title: '2026年公办小学招生计划表' }, { index: 2, title: '2026年公办初中招生计划' }]],
    ['items ending a clause, in 《》, with a page\'s download label', ['附件：1.征收范围红线图；', '2.《某地块房屋征收补偿方案》。', '3.某人员名单(点击下载)'], [{ index: 1, title: '征收范围红线图' }, { index: 2, title: '某地块房屋征收补偿方案' }, { index: 3, title: '某人员名单' }]],
    ['spaced head and half-width colon', ['附 件: 1. 评分标准', '2. 评分表'], [{ index: 1, title: '评分标准' }, { index: 2, title: '评分表' }]],
    [
      'a long title the page wrapped between two items',
      ['附件：1.2019年某区生活垃圾分类减量推进工作联席会', '议成员单位工作任务清单', '2.2019年街镇目标任务分解表', '3.2019年某区工作指标', '附件1'],
      [{ index: 1, title: '2019年某区生活垃圾分类减量推进工作联席会议成员单位工作任务清单' }, { index: 2, title: '2019年街镇目标任务分解表' }, { index: 3, title: '2019年某区工作指标' }],
    ],
  ])('reads %s', (_name, texts, expected) => {
    expect(readAttachments(texts, attachmentListAt(texts))).toEqual(expected);
  });

  it.each([
    ['附件 alone heading an attachment\'s text', ['附件', '某某审批表']],
    ['附件 inside a sentence', ['详见附件。']],
  ])('finds no list in %s', (_name, texts) => {
    expect(attachmentListAt(texts)).toBe(-1);
  });

  it('stops at the first line that is no numbered item', () => {
    const texts = ['附件：1．甲表', '2．乙表', '某局', '3．丙项工作'];
    expect(readAttachments(texts, 0).map((a) => a.title)).toEqual(['甲表', '乙表']);
  });

  it.each([
    ['a sentence between items', ['附件：1．甲表', '请于3月底前报送，逾期不候。', '2．乙表']],
    ['a line after the last item', ['附件：1．甲表', '乙表的说明', '某县人民政府']],
    ['an organ signing between items', ['附件：1．甲表', '某某县人民政府办公室', '2．乙表']],
  ])('joins no wrapped line across %s', (_name, texts) => {
    expect(readAttachments(texts, 0).map((a) => a.title)).toEqual(['甲表']);
  });
});

describe('withLinks', () => {
  it('gives a printed attachment the link naming it, and lists links naming none after them', () => {
    const printed = [{ index: 1, title: '某某审批表' }, { index: 2, title: '某某通知书' }];
    const links = [{ title: '附件1 某某审批表.docx', href: 'a.docx' }, { title: '某某操作指南.pdf', href: 'b.pdf' }];
    expect(withLinks(printed, links)).toEqual([
      { index: 1, title: '某某审批表', href: 'a.docx' },
      { index: 2, title: '某某通知书' },
      { title: '某某操作指南.pdf', href: 'b.pdf' },
    ]);
  });

  it('keeps the links alone when nothing is printed', () => {
    expect(withLinks([], [{ title: '某表.xls', href: 'c.xls' }])).toEqual([{ title: '某表.xls', href: 'c.xls' }]);
  });
});

describe('withoutOrgans', () => {
  it('cuts the signing organ glued to an item, and the file extension before it', () => {
    expect(withoutOrgans([{ title: '全国某某名单.docx某部' }, { title: '某部门工作细则' }], ['某部'])).toEqual([{ title: '全国某某名单' }, { title: '某部门工作细则' }]);
  });

  it('keeps a title that is the organ\'s name and little more', () => {
    expect(withoutOrgans([{ title: '某县某局' }], ['某局'])).toEqual([{ title: '某县某局' }]);
  });
});
