/**
 * Duty tables a web page flattened: cells separated by `|` (a row a line, or a cell a line),
 * and a two-column table (unit | duty) printed as alternating lines. Rows that must give no
 * duty: a table without a role column, a lone name under a signature or above a title.
 * Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import type { DutyRole } from '../../../../src/model';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const read = (paragraphs: string[]) => extractDuties(makeDocument(paragraphs, '某县')).duties;
const triples = (paragraphs: string[]): Array<[string, DutyRole, string]> => read(paragraphs).map((d) => [d.unit, d.role, d.matter]);

describe('tables flattened with |', () => {
  it.each<[string, string[], Array<[string, DutyRole, string]>]>([
    [
      'a row a line',
      ['序号 | 目标与任务 | 牵头责任单位 | 责任单位 |', '1 | 新增托位200个。 | 县教育局 | 县卫健委 |', '2 | 改造老旧小区3个。 | 县住建局 | 各乡镇 |'],
      [['县教育局', 'lead', '新增托位200个'], ['县卫健委', 'responsible', '新增托位200个'], ['县住建局', 'lead', '改造老旧小区3个'], ['各乡镇', 'responsible', '改造老旧小区3个']],
    ],
    [
      'a cell a line, with a column of persons and spaces inside a name',
      ['序号 |', '目标与任务 |', '分 管 县领导 |', '牵头单位 |', '配合单位 |', '7 |', '新增托位200个。 |', '张 三 |', '县教育局 |', '县财政局、县卫健委 |'],
      [['县教育局', 'lead', '新增托位200个'], ['县财政局', 'support', '新增托位200个'], ['县卫健委', 'support', '新增托位200个']],
    ],
    [
      'a cell a line whose first row starts with a short name: the header ends at the first cell that is no column’s name; the name column opens the matter',
      ['名 称 |', '责任单位 |', '工作任务与目标 |', '门前清扫 |', '某某中队 |', '保持门前清洁有序。 |', '夜市整治 |', '县城管局 |', '规范夜市经营。 |'],
      [['某某中队', 'responsible', '门前清扫：保持门前清洁有序'], ['县城管局', 'responsible', '夜市整治：规范夜市经营']],
    ],
    [
      'a header on one line ends with it, though the first row’s cells are short',
      ['事项 | 责任单位 |', '门前清扫 | 县城管局 |'],
      [['县城管局', 'responsible', '门前清扫']],
    ],
    [
      'a cell of placeholders names nobody',
      ['序号 | 工作任务 | 牵头单位 | 责任单位 |', '3 | 建设停车场。 | 县城管局 | 县各有关单位 |'],
      [['县城管局', 'lead', '建设停车场']],
    ],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(triples(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a table without a role column', ['序号 | 项目名称 | 建设单位 |', '1 | 停车场 | 县城管局 |']],
    ['a breadcrumb of links', ['首页 | 政务公开 | 县财政局 | 通知公告']],
    ['rows before any header', ['1 | 新增托位200个。 | 县教育局 | 县卫健委 |']],
  ])('finds no duty in %s', (_name, paragraphs) => {
    expect(read(paragraphs)).toEqual([]);
  });
});

describe('a two-column table as alternating lines', () => {
  it('reads a unit and the duty under it, the first opened by a role verb, then the run', () => {
    expect(triples(['相关部门', '职责分工', '县卫健局', '负责组织制定应急处置方案', '县公安局', '协助落实隔离措施', '县财政局', '保证应急处置所需经费'])).toEqual([
      ['县卫健局', 'responsible', '组织制定应急处置方案'],
      ['县公安局', 'support', '落实隔离措施'],
      ['县财政局', 'responsible', '保证应急处置所需经费'],
    ]);
  });

  it('reads a pair under a column named 职责 without a verb', () => {
    expect(triples(['单位', '职责', '县民政局', '做好受灾群众的临时救助'])).toEqual([['县民政局', 'responsible', '做好受灾群众的临时救助']]);
  });

  it('leaves units one a line in a member list to the list', () => {
    expect(triples(['成员:县发改局', '县财政局', '县教育局']).map(([u, r]) => [u, r])).toEqual([
      ['县发改局', 'member'],
      ['县财政局', 'member'],
      ['县教育局', 'member'],
    ]);
  });

  it.each<[string, string[]]>([
    ['a signature and its date', ['请认真贯彻执行。', '某县人民政府办公室', '2023年3月1日']],
    ['an issuer above a title', ['某县人民政府', '关于做好防汛工作的通知']],
    ['recipients one a line', ['县财政局', '县教育局', '县民政局']],
    ['a lone name before a sentence with no role verb and no run', ['县民政局', '今年以来全县低保工作稳步推进']],
    ['负责人 is a person, not the verb', ['县民政局', '负责人张三联系电话12345']],
  ])('finds no duty in %s', (_name, paragraphs) => {
    expect(read(paragraphs)).toEqual([]);
  });
});

describe('rows shorter than the header, tables naming the office in a cell of their own', () => {
  it.each<[string, string[], Array<[string, DutyRole, string]>]>([
    [
      'a row whose last cells were empty, and a row missing a merged cell: its one cell of offices is the role column’s',
      ['序号 | 工作任务 | 细化分工 | 责任处室 | 完成时限 | 备注 |', '1 | 做好信息发布 | 围绕防控发布信息 | 应急处、疾控处等按职责分工落实 | 长期推进 |', '2 | 做好疫苗接种信息公开 | 疾控处 | 长期推进 |'],
      [['应急处', 'responsible', '做好信息发布'], ['疾控处', 'responsible', '做好信息发布'], ['疾控处', 'responsible', '做好疫苗接种信息公开']],
    ],
    [
      'a column named 负责考核部门, the item (考核项目) opening the matter',
      ['序号 | 考核项目 | 各项分值 | 考核指标 | 负责考核部门 |', '1 | 采砂整治 | 3 | 建立非法采砂台帐。 | 县水利局 |', '2 | 宣传教育 | 7 | 开展宣传活动。 | 县委宣传部、县教育局 |'],
      [['县水利局', 'responsible', '采砂整治：建立非法采砂台帐'], ['县委宣传部', 'responsible', '宣传教育：开展宣传活动'], ['县教育局', 'responsible', '宣传教育：开展宣传活动']],
    ],
    [
      'no role column: the last cell of offices before the task column (a 考核细则 with a group cell)',
      ['序号 | 考核项目 |  | 各项分值 | 考核内容 | 评分标准 |', '1 | 重点考核部门 | 县交通运输局 | 60 | 加强砂石运输车辆监管 | 执法检查（60分） |', '2 | 一般考核部门 | 县财政局 | 60 | 负责落实专项经费 | 及时拨付（10分） |'],
      [['县交通运输局', 'responsible', '加强砂石运输车辆监管'], ['县财政局', 'responsible', '负责落实专项经费']],
    ],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(triples(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a contacts table', ['序号 | 单位 | 联系人 | 联系电话 |', '1 | 县财政局 | 张三 | 1234567 |']],
    ['a budget table', ['序号 | 项目名称 | 主管单位 | 资金（万元） |', '1 | 农村公路 | 县交通运输局 | 300 |']],
    ['a task table whose deadline cells are all a short row holds', ['序号 | 工作任务 | 责任单位 | 完成时限 |', '1 | 建设停车场 | 12月底前 |']],
    ['a task table with no office cell', ['序号 | 工作内容 | 完成时间 | 备注 |', '1 | 县财政局拨付资金 | 6月底前 | 无 |']],
    ['a metadata row read as a label line', ['政策咨询机关： | 政策咨询电话： |', '政策咨询机关： | |||']],
  ])('finds no duty in %s', (_name, paragraphs) => {
    expect(read(paragraphs)).toEqual([]);
  });
});
