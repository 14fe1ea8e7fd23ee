/**
 * A unit named once, its duties following without a subject: a rule of functions (X…主要职责是：
 * then numbered items), a division's heading (（四）某某科 then its lines; 一、生态环境部门 then its
 * items), a paragraph "X：负责…；
 * 负责…" (every clause X's) and "X负责…；负责…". Rows that must give no duty: a heading followed
 * by where an office is set up, a bare 办公室, a lead-in sentence, a later sentence with a new
 * subject, and sentences after "X负责…" that open with no role verb. Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import type { DutyRole } from '../../../../src/model';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const read = (paragraphs: string[], title?: string) => extractDuties(makeDocument(paragraphs, '某县', title)).duties;
const triples = (paragraphs: string[], title?: string): Array<[string, DutyRole, string]> => read(paragraphs, title).map((d) => [d.unit, d.role, d.matter]);

describe('a unit named once, its duties after it', () => {
  it.each<[string, string[], Array<[string, DutyRole, string]>]>([
    [
      'a rule of functions: the items after 主要职责是：',
      ['第三条 县市场监管局贯彻落实上级关于市场监督管理的方针政策。主要职责是：', '（一）负责市场主体统一登记注册。指导个体工商户的登记注册工作。', '（二）参与制定质量发展规划。', '第四条 县市场监管局设下列内设机构。'],
      [
        ['县市场监管局', 'responsible', '市场主体统一登记注册'],
        ['县市场监管局', 'responsible', '指导个体工商户的登记注册工作'],
        ['县市场监管局', 'support', '制定质量发展规划'],
      ],
    ],
    [
      'a functions sentence naming no unit: the one the text introduced by 简称',
      ['第二条 某县市场监督管理局（简称县市场监管局）为县政府工作部门。', '第三条 贯彻落实上级的方针政策。主要职责是：', '（一）负责全县市场综合监督管理。'],
      [['县市场监管局', 'responsible', '全县市场综合监督管理']],
    ],
    [
      'a division heading, then its lines until the next heading of that level',
      ['（三）社会救济科', '拟订全县救灾减灾工作政策；承办上级下达的救灾款物管理。', '（四）最低生活保障科', '负责城乡居民最低生活保障认定；参与制定就业援助政策。'],
      [
        ['社会救济科', 'responsible', '拟订全县救灾减灾工作政策'],
        ['社会救济科', 'responsible', '承办上级下达的救灾款物管理'],
        ['最低生活保障科', 'responsible', '城乡居民最低生活保障认定'],
        ['最低生活保障科', 'support', '制定就业援助政策'],
      ],
    ],
    [
      'a division with a second name in brackets',
      ['（五）基层工作科（社区建设科）', '负责行政区域边界争议的调查和调处。'],
      [['基层工作科', 'responsible', '行政区域边界争议的调查和调处']],
    ],
    [
      'X：负责…；负责… — every clause is X’s',
      ['县住建局：负责城镇排水防涝工作；负责灾区房屋安全评估、鉴定工作；指导燃气供气保障工作。'],
      [
        ['县住建局', 'responsible', '城镇排水防涝工作'],
        ['县住建局', 'responsible', '灾区房屋安全评估、鉴定工作'],
        ['县住建局', 'responsible', '指导燃气供气保障工作'],
      ],
    ],
    [
      'X负责…；负责… — a later clause opened by a role verb',
      ['县自然资源局负责地质灾害的调查；负责防洪规划的实施。'],
      [
        ['县自然资源局', 'responsible', '地质灾害的调查'],
        ['县自然资源局', 'responsible', '防洪规划的实施'],
      ],
    ],
    [
      'a later sentence with a new subject is its own duty',
      ['第四条 各级医疗保障部门负责居民医保的组织工作。各级医疗保险经办机构负责居民医保参保、待遇支付等经办服务。'],
      [
        ['各级医疗保障部门', 'responsible', '居民医保的组织工作'],
        ['各级医疗保险经办机构', 'responsible', '居民医保参保、待遇支付等经办服务'],
      ],
    ],
    [
      'a division of duties by kind of office: 一、X部门 then its items, until the next kind',
      ['一、生态环境部门', '（一）对噪声污染防治实施统一监督管理。', '（二）负责工业企业噪声污染防治的监督管理。', '二、发改部门', '（一）负责铁路建设项目噪声污染防治的监督管理。'],
      [
        ['生态环境部门', 'responsible', '对噪声污染防治实施统一监督管理'],
        ['生态环境部门', 'responsible', '工业企业噪声污染防治的监督管理'],
        ['发改部门', 'responsible', '铁路建设项目噪声污染防治的监督管理'],
      ],
    ],
    [
      'a heading naming whose duties follow (X职责), a township’s government too',
      ['一、各级政府工作职责', '（一）县人民政府职责', '统一领导辖区内的地质灾害防治工作。', '（二）乡镇人民政府职责', '在县人民政府领导下，具体负责本辖区内地质灾害巡查。'],
      [
        ['县人民政府', 'responsible', '统一领导辖区内的地质灾害防治工作'],
        ['乡镇人民政府', 'responsible', '在县人民政府领导下，具体负责本辖区内地质灾害巡查'],
      ],
    ],
    [
      'a numbered heading naming an office run into its paragraph (（一）区房管局。负责…；负责…)',
      ['四、各单位按以下职能分工开展排查工作：', '（一）县房管局。负责定期召开排查工作例会；负责督促物业管理单位落实整改。', '（二）公安消防支队。负责对消防隐患进行总体排查。'],
      [
        ['县房管局', 'responsible', '定期召开排查工作例会'],
        ['县房管局', 'responsible', '督促物业管理单位落实整改'],
        ['公安消防支队', 'responsible', '对消防隐患进行总体排查'],
      ],
    ],
    [
      'a heading naming two offices’ duties (X、Y工作职责)',
      ['三、县民政局、县财政局工作职责', '1.负责低保资金的审核。'],
      [
        ['县民政局', 'responsible', '低保资金的审核'],
        ['县财政局', 'responsible', '低保资金的审核'],
      ],
    ],
  ])('%s', (_name, paragraphs, expected) => {
    expect(triples(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[], string[]]>([
    ['a heading followed by where an office is set up', ['（一）办公室', '设在县卫健局，负责日常工作。'], ['县卫健局']],
    ['a lead-in sentence is no duty', ['第三条 县市场监管局贯彻落实上级方针政策。主要职责是：'], []],
    ['after X负责…, a sentence opened by no role verb', ['县财政局负责资金保障。要加强资金监管。'], ['县财政局']],
    ['a heading that names no office', ['（二）工作要求', '负责同志要高度重视。'], []],
    ['a heading naming a placeholder, not a kind', ['一、有关部门', '（一）负责做好宣传工作。'], []],
    ['a heading naming a role, not a kind', ['二、职能部门', '（一）负责日常监管。'], []],
    ['the carry of a kind ends at a heading of its level', ['一、公安机关', '（一）负责治安管理。', '二、工作要求', '（一）加强组织领导。'], ['公安机关']],
    ['a duties heading naming no office (二、工作职责)', ['二、工作职责', '（一）负责做好宣传工作。'], []],
    ['a duties heading naming a placeholder (相关部门工作职责)', ['二、相关部门工作职责', '负责做好宣传工作。'], []],
    ['a duties heading naming levels, not an office (各级政府工作职责)', ['一、各级政府工作职责', '负责做好宣传工作。'], []],
    ['a sentence ending in 职责 is no heading', ['县财政局、县审计局按照分工履行职责', '加强资金监管。'], []],
    ['the carry ends at the next article', ['第三条 县市场监管局主要职责是：', '（一）负责市场监管。', '第四条 本规定自发布之日起施行。'], ['县市场监管局']],
    ['a run-in heading naming a task, no office', ['（一）组织领导。负责同志要高度重视，加强统筹。'], []],
    ['a run-in heading naming a placeholder', ['（二）有关部门。负责做好宣传工作。'], []],
    ['a run-in heading whose task ends like an office (布局)', ['（三）统筹优化乡村国土空间布局。适应人口变化趋势，统筹优化村庄布局。支持边境地区城镇和村庄建设。'], []],
    ['a run-in heading whose subject is a verb’s (强化主管部门职责)', ['（二）强化主管部门职责', '优化机构编制配置，支持文物保护部门依法履行职责。'], []],
    ['an office opening a sentence, not a numbered heading: its own clause only', ['县民政局要加强领导。负责同志要亲自抓。'], ['县民政局']],
    // A place before 级 or 以上 names whose officer or agency it is, never the subject itself.
    ['a level’s officer (镇（街道）级河长)', ['第十二条 镇（街道）级河长履行下列主要职责：', '（一）开展河湖经常性巡查。'], []],
    ['a level’s officer, the place cut before its brackets (乡镇（街道）级河长)', ['第十二条 乡镇（街道）级河长履行下列职责：', '（一）巡查责任河流。'], []],
    ['agencies above a level (乡（镇）以上各级…机构)', ['第七条 乡（镇）以上各级国家农业技术推广机构是国家事业单位，其职责是：', '（一）组织农业技术的专业培训。'], []],
  ])('%s', (_name, paragraphs, unitsRead) => {
    expect(read(paragraphs).map((d) => d.unit)).toEqual(unitsRead);
  });
});

describe('a labelled field is no matter', () => {
  it('reads the label lines under a heading with the matter before the field, not 分管领导：某某', () => {
    const duties = read(['三、农村饮水工程', '分管领导：张三', '牵头单位：县水利局'], '农村饮水工程实施方案');
    expect(duties.map((d) => [d.unit, d.matter])).toEqual([['县水利局', '农村饮水工程']]);
  });
});
