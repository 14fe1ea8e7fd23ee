/**
 * A duty table printed a cell a line with no separator left, merged cells printed once: the
 * units cell is read with the task line above it, a lead mark (★) saying who leads. Must not:
 * a units line before the header named a role column, a role word with no task column above it,
 * a signature (a name above a date). Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import type { DutyRole } from '../../../../src/model';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const triples = (paragraphs: string[]): Array<[string, DutyRole, string]> =>
  extractDuties(makeDocument(paragraphs, '某县')).duties.map((d) => [d.unit, d.role, d.matter]);

const HEADER = ['序号', '项目', '重点工作目标任务', '牵头领导', '责任单位'];

describe('a table a cell a line, no separators', () => {
  it.each<[string, string[], Array<[string, DutyRole, string]>]>([
    [
      'rows of varying width: a serial and project printed once, a leader’s name between task and units',
      [...HEADER, '1', '主要预期目标', '1.地区生产总值增长5%以上。', '张 三', '★县发改局、县统计局', '2.进出口总额稳中有升。', '★县商务局、某某海关'],
      [
        ['县发改局', 'lead', '地区生产总值增长5%以上'],
        ['县统计局', 'responsible', '地区生产总值增长5%以上'],
        ['县商务局', 'lead', '进出口总额稳中有升'],
      ],
    ],
    [
      'a cell without a mark: the column’s role',
      [...HEADER, '3.主要污染物排放总量持续削减。', '县生态环境局'],
      [['县生态环境局', 'responsible', '主要污染物排放总量持续削减']],
    ],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(triples(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a units line before any header', ['1.地区生产总值增长5%以上。', '★县发改局、县统计局']],
    ['a role word with no task column above it', ['通知如下', '责任单位', '1.地区生产总值增长5%以上。', '县发改局、县统计局']],
    ['a signature under the table: a name above a date', [...HEADER, '某县人民政府', '2024年1月25日']],
    ['a units line before any task line', [...HEADER, '县发改局']],
  ])('finds no duty in %s', (_name, paragraphs) => {
    expect(triples(paragraphs)).toEqual([]);
  });
});

describe('a cell-a-line table whose task column has no task word', () => {
  it('reads the column after 序号 as the task: several units a row, the deadline no office', () => {
    expect(
      triples(['附件', '民生实事目标任务分解表', '序号', '民生实事', '责任单位', '完成时限', '1', '启动建设城区段综合治理工程。', '县水务局', '县住建局', '12月底前', '2', '新建2座人行天桥。', '县住建局', '9月投入使用']),
    ).toEqual([
      ['县水务局', 'responsible', '启动建设城区段综合治理工程'],
      ['县住建局', 'responsible', '启动建设城区段综合治理工程'],
      ['县住建局', 'responsible', '新建2座人行天桥'],
    ]);
  });

  it.each<[string, string[]]>([
    ['a role word whose lines above are text, not a header', ['序号', '各单位要于每季度末报送进展情况。', '责任单位', '县水务局']],
    ['a role word with no serial or task column above', ['附件', '名单', '责任单位', '县水务局']],
  ])('finds no duty in %s', (_name, paragraphs) => {
    expect(triples(paragraphs)).toEqual([]);
  });
});

describe('a cell-a-line table with two role columns (牵头部门 / 配合部门)', () => {
  const HEAD = ['附件1', '某县工作任务清单', '序号', '任务名称', '任务内容', '牵头部门', '配合部门', '时间节点'];
  it.each<[string, string[], Array<[string, DutyRole, string]>]>([
    [
      'the first units cell of a row leads, the next supports',
      [...HEAD, '1', '加强组织领导', '召开全县生活垃圾分类工作动员大会。', '县政府办公室', '县民政局', '2019年3月'],
      [
        ['县政府办公室', 'lead', '召开全县生活垃圾分类工作动员大会'],
        ['县民政局', 'support', '召开全县生活垃圾分类工作动员大会'],
      ],
    ],
    [
      'a supporting cell printed over two lines, a stray 、 ending one; each row starts with the lead again',
      [...HEAD, '1', '将生活垃圾管理纳入专项督查和绩效评价。', '县委组织部', '县住建局、', '县民政局', '2019年', '2', '落实农贸市场湿垃圾就地处理设施。', '县市场监管局', '县商务局', '2019年'],
      [
        ['县委组织部', 'lead', '将生活垃圾管理纳入专项督查和绩效评价'],
        ['县住建局', 'support', '将生活垃圾管理纳入专项督查和绩效评价'],
        ['县民政局', 'support', '将生活垃圾管理纳入专项督查和绩效评价'],
        ['县市场监管局', 'lead', '落实农贸市场湿垃圾就地处理设施'],
        ['县商务局', 'support', '落实农贸市场湿垃圾就地处理设施'],
      ],
    ],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(triples(paragraphs)).toEqual(expected);
  });

  it('must not: a role word far below the header is no second column (a single 责任单位 column keeps its role for every cell of a row)', () => {
    expect(triples([...HEADER, '3.主要污染物排放总量持续削减。', '县生态环境局', '县水务局', '配合单位', '4.新建污水处理厂一座。', '县住建局'])).toEqual([
      ['县生态环境局', 'responsible', '主要污染物排放总量持续削减'],
      ['县水务局', 'responsible', '主要污染物排放总量持续削减'],
      ['县住建局', 'responsible', '新建污水处理厂一座'],
    ]);
  });
});
