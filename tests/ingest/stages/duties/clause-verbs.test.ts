/**
 * Clause forms of replies and notices: 你局 read as the one office the reply is addressed to,
 * 承担 (responsible), 会同 (the subject leads, the units after it support), and a subject
 * carried over an adverbial (在…下) or a competence (X是…的主管部门) to the verb after it, a level
 * shared down a list of offices, and the offices a government charges (责成) with a matter; a
 * division of work (由A负责，B组织，C落实), a competence before a verb of its work (X是…的主管部门，
 * 指导…), a delegation (A委托B负责: B). Must-not rows: one office and a verb alone, 由于, a noun
 * before the verb, 委托 by no office, two offices never run together over 委托.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import type { DutyRole } from '../../../../src/model';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const pairs = (text: string, recipients?: string): Array<[string, DutyRole]> =>
  extractDuties({ ...makeDocument([text], '孟津区'), ...(recipients ? { recipients } : {}) }).duties.map((d) => [d.unit, d.role]);

describe('clause forms of replies and notices', () => {
  it.each<[string, string, string | undefined, Array<[string, DutyRole]>]>([
    ['请你局负责, addressed to 区民政局', '1.同意你局提出的《孟津区城区部分道路命名更名方案》,请你局负责组织实施。', '区民政局：', [['区民政局', 'responsible']]],
    ['你局要会同 …: the addressee leads, the units after it support', '2.你局要会同区公安局、相关镇(街道),按照各自职责,组织实施地名标志的设置和管理工作。', '区民政局：', [['区民政局', 'lead'], ['区公安局', 'support'], ['相关镇(街道)', 'support']]],
    ['由…承担', '领导小组办公室设在县政府办公室,日常工作由县政府办公室政府信息公开管理中心承担。', undefined, [['县政府办公室', 'office'], ['县政府办公室政府信息公开管理中心', 'responsible']]],
    ['会同 with sectors left out', '区民政局会同公安、财政等部门和区城管局,做好地名管理工作。', undefined, [['区民政局', 'lead'], ['区城管局', 'support']]],
    ['由 units, then a modal', '交财政部门，由县财政部门将补助资金兑付给实施深松整地作业补助项目的农机服务组织。', undefined, [['县财政部门', 'responsible']]],
    ['a subject carried over 在…下', '县应急管理局在县政府统一领导下,负责全县安全生产综合监督管理工作。', undefined, [['县应急管理局', 'responsible']]],
    ['X是…的主管部门，具体负责…: the competent office carried to its duties', '公安机关是养犬管理的主管部门，具体负责养犬登记、捕捉流浪犬等工作。', undefined, [['公安机关', 'responsible']]],
    ['X是…的行政主管部门，负责…', '区林业局是本区林业的行政主管部门，负责森林防火工作。', undefined, [['区林业局', 'responsible']]],
    ['the level of the first office shared by the ones after it, before 等行业主管部门', '区住房和城乡建设局、交通运输管理局、农业农村和科技水利局等行业主管部门负责规范本行业工程建设市场秩序。', undefined, [['区住房和城乡建设局', 'responsible'], ['交通运输管理局', 'responsible'], ['农业农村和科技水利局', 'responsible']]],
    ['责成: the offices a government charges are responsible', '区人民政府责成区城市执法局、区环境保护局等部门,建立了联合整治机制,切实加强对噪音污染的管控。', undefined, [['区城市执法局', 'responsible'], ['区环境保护局', 'responsible']]],
    ['责成 one office with its act after it', '区政府责成区水利局立即组织抢修。', undefined, [['区水利局', 'responsible']]],
    ['明确: the office a document charges, its act after it', '明确民政部门负责制定殡葬管理政策标准,殡葬改革工作的组织实施。', undefined, [['民政部门', 'responsible']]],
    ['指定由 one office to lead', '指定由区卫生健康局牵头,做好院前急救体系建设。', undefined, [['区卫生健康局', 'lead']]],
    ['an adverb before the verb after an adverbial', '县应急管理局在县政府统一领导下,具体负责全县安全生产综合监督管理工作。', undefined, [['县应急管理局', 'responsible']]],
  ])('reads %s', (_name, text, recipients, expected) => {
    expect(pairs(text, recipients)).toEqual(expected);
  });

  it.each<[string, string, string | undefined]>([
    ['你局 in a notice to many offices', '请你局负责组织实施。', '各乡镇人民政府，县直各有关单位：'],
    ['你局 when the addressee is no 局', '请你局负责组织实施。', '县人民政府办公室：'],
    ['你局 with no addressee', '请你局负责组织实施。', undefined],
    ['承担 by a person or a share, not an office', '个人承担的部分由财政补齐。', undefined],
    ['a carried subject needs a verb opening the next clause', '县应急管理局在县政府统一领导下,全县安全生产形势稳定。', undefined],
    ['a broken name after the first office shares no level', '区财政局、计局负责资金保障。', undefined],
    ['a company after the first office shares no level', '区公安局、某某物业公司负责安保。', undefined],
    ['no level before the first office to share', '交通运输管理局、区财政局负责资金保障。', undefined],
    ['a pronoun’s committee after the first body shares no level', '市人民代表大会及其常务委员会应当加强对地方立法工作的组织协调。', undefined],
    ['责成 a placeholder', '责成有关部门限期整改。', undefined],
    ['明确 a person, or duties with no office', '明确专人负责信息报送工作。明确各部门职责分工。', undefined],
    ['责成 a person or offender', '责成其限期改正。', undefined],
    ['责成 an office with no act after it', '此事已责成区水利局。', undefined],
    ['是…主管部门 with no unit before it', '这是养犬管理的主管部门，具体负责养犬登记。', undefined],
    ['是…主管部门 with no clause after it', '区财政局是资金保障的主管部门。', undefined],
    ['是…主管部门, then a clause opened by no role verb', '区林业局是本区林业的主管部门，工作任务繁重。', undefined],
  ])('finds no duty for %s', (_name, text, recipients) => {
    expect(pairs(text, recipients)).toEqual([]);
  });
});

describe('会同 a placeholder', () => {
  it('leaves the subject responsible: nobody is named to lead', () => {
    expect(pairs('同时，县税务局、县医保局将会同相关单位组成居民医保征缴工作督查小组。')).toEqual([
      ['县税务局', 'responsible'],
      ['县医保局', 'responsible'],
    ]);
  });
});

describe('会同: what the lead and those it joins do', () => {
  const matters = (text: string, recipients?: string) =>
    extractDuties({ ...makeDocument([text], '孟津区'), ...(recipients ? { recipients } : {}) }).duties.map((d) => [d.unit, d.role, d.matter]);

  it.each<[string, string, string | undefined, string[][]]>([
    ['the last unit runs on into the act', '请你局会同区财政局、区农业农村局抓好项目实施，严格资金管理。', '区自然资源局：', [['区自然资源局', 'lead', '抓好项目实施，严格资金管理'], ['区财政局', 'support', '抓好项目实施，严格资金管理'], ['区农业农村局', 'support', '抓好项目实施，严格资金管理']]],
    ['a role verb after the list', '区自然资源局会同区财政局负责项目验收工作。', undefined, [['区自然资源局', 'lead', '项目验收工作'], ['区财政局', 'support', '项目验收工作']]],
    ['a bare verb acts on the topic before 由', '具体办法由区药品监管局会同区卫生健康局制定。', undefined, [['区药品监管局', 'lead', '具体办法制定'], ['区卫生健康局', 'support', '具体办法制定']]],
    ['办理 after a name is no 办', '区农业农村局会同区财政局依托办理服务系统，动态分析办理时限。', undefined, [['区农业农村局', 'lead', '依托办理服务系统，动态分析办理时限'], ['区财政局', 'support', '依托办理服务系统，动态分析办理时限']]],
  ])('%s', (_name, text, recipients, expected) => {
    expect(matters(text, recipients)).toEqual(expected);
  });
});

describe('主管: a law names the office competent for a field', () => {
  const matters = (text: string) => extractDuties(makeDocument([text], '孟津区')).duties.map((d) => [d.unit, d.role, d.matter]);

  it.each<[string, string, string[][]]>([
    ['an office 主管 its field', '第四条 市民政局主管全市殡葬管理工作。', [['市民政局', 'responsible', '全市殡葬管理工作']]],
    ['an organ of a field named by type', '第五条 县级以上人民政府民政部门主管本行政区域内的殡葬管理工作。', [['县级以上人民政府民政部门', 'responsible', '本行政区域内的殡葬管理工作']]],
    ['a national organ of a field', '第三条 国务院商品流通行政主管部门主管全国生猪屠宰的行业管理工作。', [['国务院商品流通行政主管部门', 'responsible', '全国生猪屠宰的行业管理工作']]],
    ['主管部门 in a name, then 负责: the name is whole', '县级以上人民政府市场监督管理主管部门负责本行政区域内的监督工作。', [['县级以上人民政府市场监督管理主管部门', 'responsible', '本行政区域内的监督工作']]],
  ])('reads %s', (_name, text, expected) => {
    expect(matters(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['主管领导 is a person', '县教育局主管领导要亲自协调。'],
    ['主管部门 after 由 with no office named', '由市政府主管部门负责审批。'],
    ['主管 by a person', '副县长主管全县教育工作。'],
  ])('finds no duty for %s', (_name, text) => {
    expect(matters(text)).toEqual([]);
  });
});

describe('a division of work, a competence before a verb, a delegation', () => {
  const matters = (text: string) => extractDuties(makeDocument([text], '孟津区')).duties.map((d) => [d.unit, d.role, d.matter]);

  it.each<[string, string, string[][]]>([
    [
      '由A负责，B组织，C落实，D指导监督: each office its own clause, its verb with the shared matter',
      '由区人民政府负责，区民政局组织，各乡镇落实，区财政局指导监督，共同推进养老服务工作。',
      [
        ['区人民政府', 'responsible', '共同推进养老服务工作'],
        ['区民政局', 'responsible', '组织：共同推进养老服务工作'],
        ['各乡镇', 'responsible', '落实：共同推进养老服务工作'],
        ['区财政局', 'responsible', '指导监督：共同推进养老服务工作'],
      ],
    ],
    ['A统筹，B落实: two offices and their verbs alone', '区政府统筹，乡镇人民政府落实，做好春耕备耕工作。', [['区政府', 'responsible', '统筹：做好春耕备耕工作'], ['乡镇人民政府', 'responsible', '落实：做好春耕备耕工作']]],
    ['an office named by its shape in a division of work', '由区人民政府负责，街道办（乡镇政府）组织，做好物业管理工作。', [['区人民政府', 'responsible', '做好物业管理工作'], ['街道办（乡镇政府）', 'responsible', '组织：做好物业管理工作']]],
    ['X是…的主管部门，指导… (no 负责)', '住房和城乡建设部门是住宅小区充电设施建设的主管部门，指导、督促充电设施建设。', [['住房和城乡建设部门', 'responsible', '指导、督促充电设施建设']]],
    ['A委托B负责: B is charged, the principal by this clause not', '现由区规划建设局委托区城管办负责管理，并行使行政处罚权。', [['区城管办', 'responsible', '现管理，并行使行政处罚权']]],
    ['A授权B负责', '由区政府授权区财政局负责资金管理。', [['区财政局', 'responsible', '资金管理']]],
    ['A指定B牵头: the designated office leads, the government designating is charged with nothing here', '区人民政府指定区应急管理局牵头，区公安局配合。', [['区应急管理局', 'lead', '区人民政府指定区应急管理局牵头，区公安局配合'], ['区公安局', 'support', '区人民政府指定区应急管理局牵头，区公安局配合']]],
    ['由A责成B负责', '由区政府责成区住建局负责整改。', [['区住建局', 'responsible', '整改']]],
  ])('%s', (_name, text, expected) => {
    expect(matters(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['one office and a verb alone is no division of work', '区政府统筹，做好春耕备耕工作。'],
    ['由于 is no 由 of an office', '由于工作人员负责，各乡镇组织，按时完成。'],
    ['a noun before the verb after 由X负责 is no office', '由区财政局负责，资金落实，确保按时拨付。'],
    ['a verb with its object is no clause of a division of work', '区政府统筹全区工作，各乡镇落实责任。'],
    ['委托 by a principal that is no office', '由建设单位委托有资质的检测机构负责检测。'],
    // An office left for a government to designate is no office a resident can go to.
    ['指定 an office not named (一个部门)', '涉及多个部门的，由区政府指定一个部门牵头。'],
    ['an office counted, not named', '涉及多个部门的，由一个部门牵头，其他部门配合。'],
    // A role verb before 的 describes a noun (…为主、X参与的体制), it charges nobody.
    ['a role verb before 的', '建立完善市统筹，区级政府为主，镇(街道)参与的学前教育管理体制。'],
    ['an office’s work named by 负责的', '区教育局负责的工作经费，列入年度预算。'],
    ['是…主管部门, then a clause opened by no verb of its work', '区林业局是本区林业的主管部门，任务繁重。'],
  ])('gives no duty of its own for %s', (_name, text) => {
    const got = matters(text).map((d) => d[0]);
    expect(got.filter((u) => u !== '区财政局')).toEqual([]);
  });

  // A procedure's steps handed on (X核实后报Y审核) are no offices' names: 村委会调查核实后报乡镇人民政府 is
  // none; each office takes its own step (prepositions.ts: 由X调查核实, 报Y审核).
  it('reads the steps of a procedure handed on as the offices taking them, never as one name', () => {
    const got = matters('由村委会调查核实后报乡镇人民政府审核，乡镇审核后报县民政局审批。').map((d) => d[0]);
    expect(got).toEqual(['村委会', '乡镇人民政府', '县民政局']);
  });

  it.each<[string, string]>([
    ['委托 before an act other readers take (对…进行)', '区财政局委托区审计局对项目进行审计。'],
    ['委托 in a law’s clause', '国务院药品监督管理部门委托国家中药品种保护审评委员会负责对申请保护的中药品种进行审评。'],
  ])('never runs two offices together over %s', (_name, text) => {
    expect(matters(text).filter((d) => d[0].includes('委托'))).toEqual([]);
  });
});

describe('a modal, then an adverb or a light verb before the role verb', () => {
  const matters = (text: string) => extractDuties(makeDocument([text], '孟津区')).duties.map((d) => [d.unit, d.role, d.matter]);

  it.each<[string, string, string[][]]>([
    ['要积极配合', '区交通局要积极配合，做好运输保障。', [['区交通局', 'support', '做好运输保障']]],
    ['要做好配合工作: the noun is the verb\'s', '区财政局要做好配合工作，确保资金到位。', [['区财政局', 'support', '确保资金到位']]],
    ['要发挥牵头作用', '区民政局要发挥牵头作用，统筹做好救助工作。', [['区民政局', 'lead', '统筹做好救助工作']]],
    ['要履行牵头职责: the office is the one before the modal', '区公安局要履行牵头职责，组织开展专项整治。', [['区公安局', 'lead', '组织开展专项整治']]],
  ])('%s', (_name, text, expected) => {
    expect(matters(text)).toEqual(expected);
  });

  // Must not: an adverb or a light verb before another verb leaves the office responsible, as a modal alone does.
  it.each<[string, string, string[][]]>([
    ['要积极推进', '区交通局要积极推进公路建设。', [['区交通局', 'responsible', '积极推进公路建设']]],
    ['要做好 a matter', '区财政局要做好资金保障。', [['区财政局', 'responsible', '做好资金保障']]],
  ])('%s stays responsible', (_name, text, expected) => {
    expect(matters(text)).toEqual(expected);
  });
});

describe('主要负责: an adverb of the role verb', () => {
  it.each<[string, string, Array<[string, DutyRole]>]>([
    ['an office', '县财政局主要负责对财政补贴项目进行清理整合。', [['县财政局', 'responsible']]],
    ['a kind of office', '纪检监察机关主要负责监督检查改革实施情况。', [['纪检监察机关', 'responsible']]],
    ['the person in charge is no verb', '县财政局主要负责人张三参加会议。', []],
    ['nor the comrades in charge', '县财政局主要负责同志要亲自抓。', []],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

describe('a later sentence’s subject carried to the sentences after it that have none', () => {
  it.each<[string, string, Array<[string, DutyRole]>]>([
    ['a sentence opened by an office, after one of another', '财政部门作为改革牵头单位。县财政局主要负责清理整合补贴项目；确定代发金融机构；负责补贴资金的发放。', [['财政部门', 'lead'], ['县财政局', 'responsible'], ['县财政局', 'responsible']]],
    ['a sentence whose office stands after other words names no subject', '各单位要密切配合。为做好发放工作，县财政局负责清理整合；负责补贴资金的发放。', [['县财政局', 'responsible']]],
  ])('%s', (_name, text, expected) => {
    expect(pairs(text)).toEqual(expected);
  });
});

/**
 * 具体承担 and 组织实施 as role verbs (responsible), 联合 as a joining verb (data: roles.verbs,
 * roles.joining, roles.together): X联合Y… (X leads, Y supports), X、Y联合开展… (nobody after it: each
 * responsible), a clause opened by 联合/会同 after a lead (由X牵头，联合Y…: Y supports). Must-not rows:
 * names holding the word (联合会, 联合社, 联合国), 组织实施方案 (a noun), 请认真组织实施 (no office).
 */
describe('具体承担, 组织实施, 联合', () => {
  const matters = (text: string) => extractDuties(makeDocument([text], '孟津区')).duties.map((d) => [d.unit, d.role, d.matter]);

  it.each<[string, string, string[][]]>([
    ['X具体承担…', '区征收中心具体承担征地、房屋补偿事务性工作。', [['区征收中心', 'responsible', '征地、房屋补偿事务性工作']]],
    ['由X具体承担', '联席会议下设办公室，由区民政局具体承担。', [['区民政局', 'responsible', '联席会议下设办公室']]],
    ['X组织实施…', '区规划资源局会同相关部门组织实施遴选工作。', [['区规划资源局', 'responsible', '会同相关部门组织实施遴选工作']]],
    ['X联合Y…: X leads, Y supports', '区市场监管局联合区公安局开展专项检查。', [['区市场监管局', 'lead', '开展专项检查'], ['区公安局', 'support', '开展专项检查']]],
    ['X、Y联合开展…: each responsible', '区财政局、区农业农村局联合开展资金检查。', [['区财政局', 'responsible', '联合开展资金检查'], ['区农业农村局', 'responsible', '联合开展资金检查']]],
    ['由X牵头，联合Y…: Y supports', '由区平安办牵头，联合区信访局、区公安局实地检查临时停车场地。', [['区平安办', 'lead', '联合区信访局、区公安局实地检查临时停车场地'], ['区信访局', 'support', '实地检查临时停车场地'], ['区公安局', 'support', '实地检查临时停车场地']]],
    ['an office’s item opened by 联合 a placeholder: responsible', '区生态环境局：负责噪声污染防治；联合相关部门查处建筑施工噪声。', [['区生态环境局', 'responsible', '噪声污染防治'], ['区生态环境局', 'responsible', '联合相关部门查处建筑施工噪声']]],
    ['由X牵头，会同Y…: Y supports', '由区发改局牵头，会同区财政局做好项目申报。', [['区发改局', 'lead', '会同区财政局做好项目申报'], ['区财政局', 'support', '做好项目申报']]],
  ])('%s', (_name, text, expected) => {
    expect(matters(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['联合会 in a name', '区残疾人联合会章程另行制定。'],
    ['联合社 in a name', '区供销合作联合社改革工作稳步推进。'],
    ['组织实施方案 (a noun)', '区住建局组织实施方案已印发。'],
    ['请认真组织实施: no office', '现印发给你们，请认真组织实施。'],
    ['本办法由X组织实施: the document’s own implementation', '第三条 本补充规定由区民政局组织实施。'],
    ['a joining verb opening the first clause', '联合区公安局开展检查。'],
    ['由X联合: the prepositions reader’s form, no clause', '由区城管局联合相关部门宣传。'],
  ])('finds no duty for %s', (_name, text) => {
    expect(matters(text)).toEqual([]);
  });
});
