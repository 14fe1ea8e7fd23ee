/**
 * Role words and unit names that are general to gazettes: 负责配合 (support), the explanation
 * given by 由…承担 (interprets), zones and township offices as units, bare bodies of a city's
 * rules, a labelled list whose first name the table cannot place, and items run on after a
 * comma. Every form has rows that must give no duty, or not that role. Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import type { DutyRole } from '../../../../src/model';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const read = (paragraphs: string[], county = '某县') => extractDuties({ ...makeDocument(paragraphs, county), county: county || undefined }).duties;
const pairs = (paragraphs: string[], county?: string): Array<[string, DutyRole]> => read(paragraphs, county).map((d) => [d.unit, d.role]);

describe('role words', () => {
  it.each<[string, string[], Array<[string, DutyRole]>]>([
    ['负责配合 is support', ['县市场监管局负责配合县卫健局做好餐饮单位监管工作。'], [['县市场监管局', 'support']]],
    ['负责协助 is support', ['县公安局负责协助做好现场警戒。'], [['县公安局', 'support']]],
    ['负责牵头 is lead', ['县发改局负责牵头制定实施方案。'], [['县发改局', 'lead']]],
    ['根据各自职责负责', ['县商务局、县市场监管局根据各自职责负责集贸市场的监督管理工作。'], [['县商务局', 'responsible'], ['县市场监管局', 'responsible']]],
    ['本办法具体解释工作由…承担 is interprets', ['第二十条 本办法具体解释工作由县爱卫办承担。'], [['县爱卫办', 'interprets']]],
    ['本规定的解释由…负责 is interprets', ['本规定的解释由县司法局负责。'], [['县司法局', 'interprets']]],
    // Who enforces: the office that orders (由…责令) is the one a resident reports to.
    ['由…责令 is responsible', ['违反本规定燃放烟花爆竹的，由县公安局责令停止燃放，并处罚款。'], [['县公安局', 'responsible']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[], Array<[string, DutyRole]>]>([
    ['负责协调 stays responsible', ['县应急局负责协调各方救援力量。'], [['县应急局', 'responsible']]],
    ['an explanation of policy to residents is a duty, not the document\'s', ['政策解释工作由县司法局负责。'], [['县司法局', 'responsible']]],
    ['本办法…由…负责 without 解释 is a duty', ['本办法的日常管理工作由县司法局负责。'], [['县司法局', 'responsible']]],
  ])('keeps the role of %s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs)).toEqual(expected);
  });
});

describe('unit names', () => {
  it.each<[string, string[], string | undefined, Array<[string, DutyRole]>]>([
    ['a zone first in a labelled list', ['1.固定资产投资增长10%。', '牵头单位:区发改局', '责任单位:某山经济开发区,各街道、区直各部门'], '某区', [['区发改局', 'lead'], ['某山经济开发区', 'responsible'], ['各街道', 'responsible']]],
    ['a name the table cannot place costs itself, not the list', ['2.工业增加值增长5%。', '责任单位:某某集团,区工信局'], '某区', [['区工信局', 'responsible']]],
    ['an industrial park', ['3.招商引资。(责任单位:某某工业园区、县商务局)'], undefined, [['某某工业园区', 'responsible'], ['县商务局', 'responsible']]],
    ['a township office after 镇', ['镇派出所负责道路交通保障工作。'], undefined, [['镇派出所', 'responsible']]],
    ['township offices bare before a colon', ['农业服务中心、水利站:负责防汛抗旱物资储备。'], undefined, [['农业服务中心', 'responsible'], ['水利站', 'responsible']]],
    ['计生办 before a colon', ['计生办:负责公共卫生事件的应急工作。'], undefined, [['计生办', 'responsible']]],
    ['村委会 is the kind of its committee', ['村委会负责做好本村突发事件的应急工作。'], undefined, [['村委会', 'responsible']]],
    ['a bare body of a city\'s rules', ['(一)卫生健康委负责医疗机构病媒生物预防控制的监督管理。'], '甲市', [['卫生健康委', 'responsible']]],
    ['各县市区政府 without brackets', ['1.实施清单管理。(市政府办公室牵头,各县市区政府按职责分工负责)'], '甲市', [['市政府办公室', 'lead'], ['各县市区政府', 'responsible']]],
    ['乡村振兴服务中心', ['(35)乡村振兴服务中心:负责统计报告因灾致贫情况。'], undefined, [['乡村振兴服务中心', 'responsible']]],
    ['a 总队 before a colon', ['20.市某某执法总队:负责会同公安、城管部门查处非法出版物。'], '甲市', [['市某某执法总队', 'responsible']]],
    ['a kind with another organ in brackets after it', ['23.各区县政府(地区管委会):落实属地责任,制定辖区整治工作方案。'], '甲市', [['各区县政府(地区管委会)', 'responsible']]],
    ['a unit before a colon, a role verb deep in its duty', ['(34)县民政局:支持引导社会力量参与救灾捐赠工作。'], undefined, [['县民政局', 'responsible']]],
  ])('reads %s', (_name, paragraphs, county, expected) => {
    expect(pairs(paragraphs, county)).toEqual(expected);
  });

  it.each<[string, string[], Array<[string, DutyRole]>]>([
    ['a department bare in a text of no county', ['(一)卫生健康委负责医疗机构的监督管理。'], [['卫生健康委', 'responsible']]],
    ['a centre bare in a text of no county', ['(3)住房公积金管理中心负责归集管理。'], [['住房公积金管理中心', 'responsible']]],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs, '')).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a court bare in a law', ['人民法院应当依法受理。']],
    ['a people\'s organisation bare in a law', ['妇女联合会应当协助做好工作。']],
  ])('finds no duty of %s bare in a text of no county', (_name, paragraphs) => {
    expect(read(paragraphs, '')).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['a bare 镇', ['镇负责做好宣传。']],
    ['a village, not its committee', ['村负责做好宣传。']],
    ['a development zone as a place in a sentence', ['经济开发区建设取得新进展。']],
    ['a labelled list of no unit', ['1.做好工作。', '责任单位:2023年底前完成']],
    ['an office name broken at a line start', ['所负责做好宣传。']],
    ['a township office as a place, not a subject', ['群众可到派出所办理户籍业务。']],
    ['a heading before a colon, a role verb deep after it', ['工作要求:要加强领导,各单位参与。']],
    ['one who is ordered, not one who orders', ['被责令停产整顿的企业应当按期整改。']],
    ['a bare 总队 before a colon', ['总队:负责全市执法工作。']],
    ['a placeholder with an organ in brackets', ['有关部门(地区管委会):落实属地责任。']],
  ])('finds no duty in %s', (_name, paragraphs) => {
    expect(read(paragraphs)).toEqual([]);
  });
});

describe('items run on after a comma', () => {
  it('ends a matter where the next article or item starts', () => {
    const duties = read(['第十六条县爱卫办应定期开展检查工作,第二十条本办法具体解释工作由县爱卫办承担。'], '某县');
    expect(duties.map((d) => [d.unit, d.role, d.matter])).toEqual([
      ['县爱卫办', 'interprets', '测试文件'],
      ['县爱卫办', 'responsible', '定期开展检查工作'],
    ]);
  });

  it('reads each numbered item after a colon or comma', () => {
    const duties = read(['按照以下分工负责监督管理工作:(一)卫生健康委负责医疗机构的监督管理,(六)教育局负责各类学校的监督管理。'], '甲市');
    expect(duties.map((d) => [d.unit, d.matter])).toEqual([
      ['卫生健康委', '医疗机构的监督管理'],
      ['教育局', '各类学校的监督管理'],
    ]);
  });

  it('keeps a bracketed word that is no item number in the matter', () => {
    const duties = read(['县财政局负责按照《某某办法(试行)》拨付补助资金,(试行期间)确保及时足额发放。']);
    expect(duties.map((d) => d.matter)).toEqual(['按照《某某办法(试行)》拨付补助资金,(试行期间)确保及时足额发放']);
  });
});
