/**
 * A matter assigned to an office by a predicate naming the office last, no role verb
 * (ingest/stages/duties/assignments.ts; data: roles.assignedTo): 职责归属X, 行业管理为X, 监管职责划归X,
 * 本条例所称主管部门为X (the instrument's own office: the matter is its title), and with the
 * office first, X是负责…的主要职能部门 (the matter what follows 负责). Rows that must give
 * no duty: the link before no office (主要职责为负责…), a placeholder (有关部门), a predicate with
 * nothing assigned before it, a definition (是指). Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const read = (text: string) => extractDuties(makeDocument([text], '某县', '某县摊点管理办法')).duties.map((d) => [d.unit, d.role, d.matter]);

describe('a matter assigned by a predicate naming the office last', () => {
  it.each<[string, string, string[][]]>([
    ['…职责归属X', '户外公共场所餐饮摊点的无证经营问题，其执法职责归属城市管理综合执法部门。', [['城市管理综合执法部门', 'responsible', '户外公共场所餐饮摊点的无证经营问题，其执法职责']]],
    ['…行业管理为X', '六、废品收购站点按照有关规定，行业管理为县商务局。', [['县商务局', 'responsible', '废品收购站点按照有关规定，行业管理']]],
    ['…监管职责划归X', '小型餐饮的监管职责划归县市场监管局。', [['县市场监管局', 'responsible', '小型餐饮的监管职责']]],
    ['…管理职责归X管理, two offices', '农村公路养护的管理职责归县交通运输局、县财政局管理。', [['县交通运输局', 'responsible', '农村公路养护的管理职责'], ['县财政局', 'responsible', '农村公路养护的管理职责']]],
    ['本办法所称主管部门为X: the instrument’s title', '本办法所称主管部门为县级以上人民政府民政部门。', [['县级以上人民政府民政部门', 'responsible', '某县摊点管理办法']]],
    ['X是负责…的主要职能部门, two offices', '水电局、采砂办是负责河道采砂管理的主要职能部门。', [['水电局', 'responsible', '河道采砂管理'], ['采砂办', 'responsible', '河道采砂管理']]],
    ['X是负责…的主管部门, a clause after it', '县市场监管局是负责食品安全监管的主管部门，要加强日常检查。', [['县市场监管局', 'responsible', '食品安全监管']]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['the link before a duty, not an office', '本局主要职责为负责全县统计工作。'],
    ['a placeholder office', '该项目的管理部门为有关部门。'],
    ['nothing assigned before the predicate', '职责为县政府。'],
    ['a definition (是指)', '本办法所称管理部门是指县级以上人民政府设立的机构。'],
    ['the link before a verb', '其职责是指导全县农业生产。'],
    ['a company after the link', '小区的管理部门为某某物业服务有限公司。'],
    ['a company said to be responsible (是负责…的责任单位)', '某某建设有限公司是负责项目施工的责任单位。'],
    ['是负责 before no office noun', '县林业局是负责任的单位。'],
  ])('gives no duty for %s', (_name, text) => {
    expect(read(text)).toEqual([]);
  });
});
