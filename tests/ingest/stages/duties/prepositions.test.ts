/**
 * Where a resident is sent: 由X依法处理, 向X投诉/举报/反映, 到X报名, 通过X转送, X对…进行审核; the
 * same duty printed twice is one; 会同Y: Y supports. Rows that must give no duty: a preposition
 * before no office (向社会公布), an act inside an office's name passed over for the name, a person
 * after 由. Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import type { DutyRole } from '../../../../src/model';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const read = (paragraphs: string[]) => extractDuties(makeDocument(paragraphs, '某县')).duties;
const pairs = (paragraphs: string[]): Array<[string, DutyRole]> => read(paragraphs).map((d) => [d.unit, d.role]);

describe('prepositions before an office', () => {
  it.each<[string, string[], Array<[string, DutyRole]>]>([
    ['由X依法处理', ['二、违者由公安机关、安全生产监督管理部门依法处理。'], [['公安机关', 'responsible'], ['安全生产监督管理部门', 'responsible']]],
    ['向X举报, a phone printed after it', ['四、凡发现违反本通告规定的，请向县禁鞭办公室举报（举报电话：110）。'], [['县禁鞭办公室', 'responsible']]],
    ['可向X反映', ['1、流浪犬问题可向各县、区城市管理部门反映。'], [['各县、区城市管理部门', 'responsible']]],
    ['由A或B: the alternative that is an office', ['4、对于公园广场犬只粪便，由管理单位或卫生主管部门负责清理。'], [['卫生主管部门', 'responsible']]],
    ['由X给予奖励', ['经查证属实的，由县文明办给予适当奖励。'], [['县文明办', 'responsible']]],
    ['到X报名', ['3.外县就读的学生于6月25日前到县教育局报名。'], [['县教育局', 'responsible']]],
    ['向X报告 is a witness’s duty, not where a resident is sent: no office', ['发现火情应立即向县应急管理局报告。'], []],
    ['通过X转送', ['报名后通过县教育局转送相关材料。'], [['县教育局', 'responsible']]],
    ['an act inside the name is passed over', ['申请材料由县行政审批服务管理局审批。'], [['县行政审批服务管理局', 'responsible']]],
    ['X对…进行审核、审批', ['3、区民政局对乡（镇）人民政府上报的对象进行抽查、审核、审批。'], [['区民政局', 'responsible']]],
    ['X侧重于…', ['公安机关侧重于整治养犬不登记等违规养犬行为。'], [['公安机关', 'responsible']]],
    ['由X处 an amount', ['在禁放区域燃放的，由公安机关处100元以上500元以下的罚款。'], [['公安机关', 'responsible']]],
    ['由X对个人处 a sum of money', ['在林区燃放的，由某县林业局对个人处200元以上3000元以下罚款。'], [['某县林业局', 'responsible']]],
    ['由X处以罚款', ['违者由县公安局处以罚款。'], [['县公安局', 'responsible']]],
    ['由A或者B按相关规定从严处理: the alternative that is an office', ['干部违规的，由主管部门或者县纪委按相关规定从严处理。'], [['县纪委', 'responsible']]],
    ['移送X侦办', ['对涉嫌犯罪的，一律移送公安机关侦办。'], [['公安机关', 'responsible']]],
    ['由X联合…依法强制拆除: the office before 联合', ['拒不自行拆除的，由辖区乡镇人民政府联合相关部门依法强制拆除。'], [['辖区乡镇人民政府', 'responsible']]],
    ['A授权B对…进行审核: the office authorised, never both run together', ['第三条 市人民政府授权市人民政府法制办公室对规章草案进行审核。'], [['市人民政府法制办公室', 'responsible']]],
    ['向X提出…申请', ['困难家庭可以向所在地乡镇人民政府提出临时救助申请。'], [['所在地乡镇人民政府', 'responsible']]],
    ['由X组织 (who organises a step)', ['由村委会组织农户按实际种植面积申报。'], [['村委会', 'responsible']]],
    ['由X协调 (who settles what several offices share)', ['多个部门对同一市场主体进行检查的，由同级司法行政部门协调。'], [['同级司法行政部门', 'responsible']]],
    ['由X统筹协调解决', ['跨区域的纠纷，由县人民政府统筹协调解决。'], [['县人民政府', 'responsible']]],
    ['向X申请 by a resident (no office before 向)', ['自愿终身只生育一个子女的夫妻，可以向户籍所在地的乡镇人民政府申请。'], [['户籍所在地的乡镇人民政府', 'responsible']]],
    // The office after the place it is of, where the whole phrase is no unit (laws: 居民身份证法, 治安 rules).
    ['向X所在地的Y申请补领', ['居民身份证丢失的，应当向常住户口所在地的公安机关申请补领。'], [['公安机关', 'responsible']]],
    ['可以向所在地的X举报', ['发现违法行为的，可以向所在地的公安机关举报。'], [['公安机关', 'responsible']]],
  ])('%s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a preposition before no office', ['有关情况要及时向社会公布。']],
    ['a person after 由', ['由老人本人或赡养人向村委会提出申请。']],
    ['向 before a placeholder', ['可及时向有关部门举报。']],
    ['向 a place, then a placeholder', ['可以向所在地的有关部门举报。']],
    ['向 a place and no office', ['可以向户籍所在地申请。']],
    ['处 inside a name, before no amount', ['由县林业管理处处置。']],
    ['处 before an amount with no office before it', ['由此处100米范围内禁止停车。']],
    ['对…处以 a detention, no sum of money', ['由某某局对当事人处以15日以下行政拘留。']],
    ['由 no office 联合 another', ['由建设单位联合施工单位拆除。']],
    ['由X向Y申请: one office asking another', ['由联席办向县财政局申请立项资金。']],
    ['X向Y申请: an office asking another', ['管理办及时向县财政局申请拆平资金。']],
    ['移送 before a placeholder', ['发现问题线索的，移送有关部门处理。']],
    ['由于 before 协调 is no preposition', ['由于协调不力，造成损失的，依法追究责任。']],
    ['由 parties, no office, 协调', ['由双方协调解决。']],
  ])('%s gives no duty of an office', (_name, paragraphs) => {
    expect(read(paragraphs).filter((d) => d.unit !== '村委会')).toEqual([]);
  });
});

/**
 * The steps of a procedure a resident asks about (谁审批, 谁审定, 在哪办): 经X初审, 由X调查核实,
 * 报X审批, 报A、B联合审定 — each office takes its step. Must not: reporting to an office (报X,
 * 向X报告), a superior's consent (报X同意/批准; a government above a township, 报国务院审批), a
 * filing (报X备案), 经 inside a word (经济, 已经), an instrument's words quoted after its title.
 */
describe('the steps of a procedure', () => {
  it.each<[string, string, string[]]>([
    ['经X初审, 报A、B联合审定', '申请人向乡镇提出申请，经乡镇初审后，报县残联、县民政局联合审定。', ['乡镇', '县残联', '县民政局']],
    ['由X调查核实后报Y审核, 报Z审批', '由村委会调查核实后报乡镇人民政府审核，乡镇审核后报县民政局审批。', ['村委会', '乡镇人民政府', '县民政局']],
    ['…经X审核后，报Y审批', '申请材料经县民政局审核后，报市民政局审批。', ['县民政局', '市民政局']],
    ['由X初审后报Y复核', '补贴由乡镇政府初审后报县农业农村局复核。', ['乡镇政府', '县农业农村局']],
    ['报送X审定: the office, not 送X', '评审结果报送县人力资源和社会保障局审定。', ['县人力资源和社会保障局']],
    ['报送至X审批', '核实无误后，报送至县民政局审批。', ['县民政局']],
    ['报 a township’s government 审批', '村委会评议后报乡（镇）人民政府审批。', ['乡（镇）人民政府']],
  ])('%s', (_name, text, expected) => {
    expect(read([text]).map((d) => d.unit).sort()).toEqual([...expected].sort());
    expect(read([text]).every((d) => d.role === 'responsible')).toBe(true);
  });

  it.each<[string, string]>([
    ['reporting to an office', '各乡镇要于每月5日前将统计表报县统计局。'],
    ['向X报告', '重大事项及时向县政府报告。'],
    ['报X同意: a superior consenting', '方案报县政府同意后实施。'],
    ['报X批准', '年度计划报县人民政府批准后执行。'],
    ['报X备案', '实施方案报县发改局备案。'],
    ['经 inside 经济', '经济开发区管委会审核。'],
    ['经 with no office', '经审核后报送。'],
    ['报请 a government above a township: its consent', '建设用地报请国务院审批。'],
    ['报 a county’s government: its consent', '拆迁方案报县人民政府审定。'],
    ['经 a province’s government', '项目计划经省人民政府审定后执行。'],
    ['报请 a people’s congress', '法规草案报请省人民代表大会常务委员会审查。'],
    ['an instrument’s words quoted after its title', '根据《某省地名管理办法》第18条“街、路、巷名称的命名,经县人民政府民政部门审核,报本级人民政府审批”。'],
  ])('%s gives no duty of the office reported to', (_name, text) => {
    expect(read([text]).filter((d) => !/乡镇/.test(d.unit))).toEqual([]);
  });
});

describe('a duty said twice, and 会同', () => {
  it('keeps one duty where a page prints the same sentence twice', () => {
    const sentence = '公安机关侧重于整治养犬不登记等违规养犬行为。';
    expect(pairs([sentence, `其中，${sentence}`])).toEqual([['公安机关', 'responsible']]);
  });

  it('gives the office after 会同 the support, where the list runs on into what they do', () => {
    expect(pairs(['公安机关将会同工商行政管理部门加强对宠物市场经营活动的监督管理。'])).toEqual([
      ['公安机关', 'lead'],
      ['工商行政管理部门', 'support'],
    ]);
  });
});

describe('由X会同Y进行解释', () => {
  it('gives both the interpretation, and no lead of 会同', () => {
    expect(pairs(['《清单》由县委编办会同县司法局进行解释。'])).toEqual([
      ['县委编办', 'interprets'],
      ['县司法局', 'interprets'],
    ]);
  });
});
