import { describe, expect, it } from 'vitest';
import { createUnitResolver, loadUnitTable } from '../../../src/domain/units';
import { createExtractDuties } from '../../../ingest/stages/extract-duties';
import { makeDocument } from '../../fixtures/duties/make-document';
import type { DutyRole } from '../../../src/model';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });

function duties(paragraphs: string[], county = '稷山县') {
  return extractDuties(makeDocument(paragraphs, county)).duties;
}

function pairs(paragraphs: string[], county = '稷山县'): Array<[string, DutyRole]> {
  return duties(paragraphs, county).map((d) => [d.unit, d.role]);
}

describe('createExtractDuties', () => {
  it.each<[string, string[], Array<[string, DutyRole]>]>([
    [
      '责任单位 list closing a numbered item',
      ['一、保障交通运输畅通，建立重点产业企业白名单，确保产业链供应链稳定。（责任单位：县交通局、县卫健局、稷山经开区管委会）'],
      [['县交通局', 'responsible'], ['县卫健局', 'responsible'], ['稷山经开区管委会', 'responsible']],
    ],
    [
      '责任单位 with half-width brackets',
      ['八、新办企业首次申领发票，顶格核发最高开票限额10万元的增值税专用发票25份。(责任单位：县税务局、县行政审批局)'],
      [['县税务局', 'responsible'], ['县行政审批局', 'responsible']],
    ],
    [
      '责任单位 with half-width colon and a comma before the last unit',
      ['三十六、对重点支持领域的企业技能骨干个税缴纳予以一定补贴。(责任单位:县工科局、县财政局、县税务局,稷山经开区管委会)'],
      [['县工科局', 'responsible'], ['县财政局', 'responsible'], ['县税务局', 'responsible'], ['稷山经开区管委会', 'responsible']],
    ],
    [
      '责任单位 split over two paragraphs',
      ['五、2022 年免征公交客运、出租车、长途客运、班车等公共交通运输服务增值税。（责', '任单位：县税务局)'],
      [['县税务局', 'responsible']],
    ],
    [
      '牵头单位 and 配合单位 labels',
      ['3. 推进标准化建设。（牵头单位：县市场监管局；配合单位：县工科局、县农业农村局）'],
      [['县市场监管局', 'lead'], ['县工科局', 'support'], ['县农业农村局', 'support']],
    ],
    [
      '牵头 … 配合',
      ['21. 拓展服务领域。构建完整完备的农业专业化社会化服务全产业链。（县农业农村局牵头，县供销社、县工科局、县枣业发展服务中心配合）'],
      [['县农业农村局', 'lead'], ['县供销社', 'support'], ['县工科局', 'support'], ['县枣业发展服务中心', 'support']],
    ],
    [
      '负责 … 配合 with half-width brackets',
      ['41. 保障房地产用地供应。深入开展“批而未用”土地清理专项行动。(县自然资源局负责,县住建局配合)'],
      [['县自然资源局', 'responsible'], ['县住建局', 'support']],
    ],
    ['one unit 负责', ['48. 加强企业工资调控。落实最低工资标准政策。(县人社局负责)'], [['县人社局', 'responsible']]],
    [
      '按照职责分工负责',
      ['12. 实施社区养老服务提升工程。（县民政局、县住建局按照职责分工负责）'],
      [['县民政局', 'responsible'], ['县住建局', 'responsible']],
    ],
    [
      '按职责分工负责 followed by 配合 of a kind of office',
      ['（一）严格控制用水总量。（县水利局、县发改局按职责分工负责，各镇人民政府配合）'],
      [['县水利局', 'responsible'], ['县发改局', 'responsible'], ['各镇人民政府', 'support']],
    ],
    [
      '牵头 … 分工负责 with a unit after a comma',
      ['6. 完善农村道路交通事故应急救援机制。(县政府牵头,县公安局、县交通局,县交警大队分工负责)'],
      [['县政府', 'lead'], ['县公安局', 'responsible'], ['县交通局', 'responsible'], ['县交警大队', 'responsible']],
    ],
    [
      'a unit before a comma shares the role of the next list',
      ['25. 激活消费潜力。鼓励企业拓展线上市场。（县工科局，各乡镇人民政府、稷山经开区管委会负责）'],
      [['县工科局', 'responsible'], ['各乡镇人民政府', 'responsible'], ['稷山经开区管委会', 'responsible']],
    ],
    [
      'two leads',
      ['49. 健全工资合理增长机制。（县人社局、县财政局牵头，县卫健局配合）'],
      [['县人社局', 'lead'], ['县财政局', 'lead'], ['县卫健局', 'support']],
    ],
    [
      'national ministries with 参与',
      ['（生态环境部牵头，国家发展改革委、工业和信息化部参与）'],
      [['生态环境部', 'lead'], ['国家发展改革委', 'support'], ['工业和信息化部', 'support']],
    ],
    [
      '负责部门 label with a second label after it',
      ['（负责部门：人力资源社会保障部、住房城乡建设部、商务部；适用范围：所有自贸试验区）'],
      [['人力资源社会保障部', 'responsible'], ['住房城乡建设部', 'responsible'], ['商务部', 'responsible']],
    ],
    ['本文件由…负责解读', ['本文件由县发改局负责解读，自印发之日起生效。'], [['县发改局', 'interprets']]],
    ['本预案由…负责解释', ['本预案由县能源局负责解释。'], [['县能源局', 'interprets']]],
    ['本办法由…负责解读', ['第二十四条 本办法由县行政审批局负责解读。'], [['县行政审批局', 'interprets']]],
    [
      '解读 after 实施 in one sentence',
      ['本办发自印发之日起实施,由县人力资源和社会保障局负责解读。'],
      [['县人力资源和社会保障局', 'interprets']],
    ],
    ['办公室设在', ['县指挥部办公室设在县能源局，负责县指挥部日常工作。'], [['县能源局', 'office']]],
    ['办公室设在 without level', ['领导小组下设办公室，办公室设在水利局，办公室主任由韩俊峰同志兼任。'], [['水利局', 'office']]],
    [
      'a clause opened by a unit and 负责',
      ['县司法局负责县人民政府重大行政决策事项的合法性审查工作。'],
      [['县司法局', 'responsible']],
    ],
    [
      'numbered clause 负责',
      ['(五)县公安局负责提供被征地农民的户籍及身份确认工作。'],
      [['县公安局', 'responsible']],
    ],
    ['第N条 clause', ['第六条 县行政审批服务管理局负责城市规划区内居民自建房的规划施工登记。'], [['县行政审批服务管理局', 'responsible']]],
    ['matter 由 unit 负责', ['财政风险评估由县财政局负责。'], [['县财政局', 'responsible']]],
    ['unit, colon, 负责', ['3.县教育局:负责全县控辍保学工作的组织实施。'], [['县教育局', 'responsible']]],
    ['牵头负责', ['县人民政府办公室牵头负责年度目录的编制工作。'], [['县人民政府办公室', 'lead']]],
    [
      'clause after 由 in the middle of a sentence',
      ['用地单位未按规定足额缴纳社保费用的,由县自然资源局牵头,涉及到的乡镇政府负责补齐。'],
      [['县自然资源局', 'lead']],
    ],
    [
      'leader list with names and titles',
      ['组 长：臧孟义 县政府副县长', '副组长：韩俊峰 县水利局局长', '成 员：李彦平 县发展和改革局局长', '吴东强 县财政局局长', '各乡（镇）人民政府分管负责人。'],
      [['县政府', 'member'], ['县水利局', 'member'], ['县发展和改革局', 'member'], ['县财政局', 'member']],
    ],
    [
      'leader list whose spaces were lost',
      ['成员：韩俊峰县水利局党组书记、局长', '姚青峰市生态环境局夏县分局党组书记、局长'],
      [['县水利局', 'member'], ['市生态环境局夏县分局', 'member']],
    ],
    [
      '成员单位 list',
      ['成员单位: 县委宣传部、县委网信办、国网稷山县供电公司等单位组成。'],
      [['县委宣传部', 'member'], ['县委网信办', 'member'], ['国网稷山县供电公司', 'member']],
    ],
    [
      'duty table row: unit and what it must do',
      ['\t县财政局\t负责电力应急救援工作资金保障。'],
      [['县财政局', 'responsible']],
    ],
    [
      'duty table rows: 牵头单位 and 成员单位 of a working group',
      ['综合协调组\t牵头单位\t县能源局\t收集、汇总、报送大面积停电事件动态信息。', '\t成员单位\t县应急管理局、县能源局，事发地乡镇人民政府及相关部门。\t'],
      [['县能源局', 'lead'], ['县应急管理局', 'member'], ['县能源局', 'member'], ['事发地乡镇人民政府', 'member']],
    ],
    [
      'a 责任单位 line under its item',
      ['（三）推进老旧小区改造。完成改造小区12个。', '责任单位：县住建局、县财政局', '完成时限：2022年12月底'],
      [['县住建局', 'responsible'], ['县财政局', 'responsible']],
    ],
    [
      '牵头单位 and 配合单位 lines',
      ['1. 开展农村人居环境整治。', '牵头单位：县农业农村局', '配合单位：县住建局、县生态环境分局'],
      [['县农业农村局', 'lead'], ['县住建局', 'support'], ['县生态环境分局', 'support']],
    ],
    [
      'the 解读机关 field of an interpretation page (no unit named 解读机关)',
      ['三、解读机关及联系方式', '解读机关：县医疗保障局', '解读人：李明', '联系电话：0355-1234567'],
      [['县医疗保障局', 'interprets']],
    ],
    [
      // A numbered heading that is the label itself: the number is no matter, the label no unit.
      'the 解读机关 field as a numbered heading of its own',
      ['三、解读机关：县医疗保障局', '四、解读人：李明'],
      [['县医疗保障局', 'interprets']],
    ],
    [
      'a numbered 责任单位 line under its item',
      ['（三）推进老旧小区改造。完成改造小区12个。', '1.责任单位：县住建局'],
      [['县住建局', 'responsible']],
    ],
    [
      'a label after the item in the same paragraph',
      ['2. 加快5G基站建设。牵头单位：县工科局；责任单位：各乡镇人民政府'],
      [['县工科局', 'lead'], ['各乡镇人民政府', 'responsible']],
    ],
    [
      'a numbered unit with its duty after a colon',
      ['6.县人社局:定期对企业、个体工商户等用工单位进行检查。'],
      [['县人社局', 'responsible']],
    ],
    [
      'two units joined by 和',
      ['国网夏县供电公司和县住建局负责提供用户采暖季每月的用电、用气量明细。'],
      [['国网夏县供电公司', 'responsible'], ['县住建局', 'responsible']],
    ],
    [
      'members named by 成员由…组成',
      ['成立治理工作小组，组长由国务院副秘书长担任，成员由教育部、住房城乡建设部、民政部等部门负责同志组成。'],
      [['教育部', 'member'], ['住房城乡建设部', 'member'], ['民政部', 'member']],
    ],
    [
      'leaders named inside a sentence, titles in brackets',
      ['为确保该项目顺利实施，成立项目领导小组，组长：翟廷伟(政府副县长)，副组长：曹三红(县政府办副主任)、杨志军(县财政局局长)，成员由各乡镇分管乡镇长组成。'],
      [['县政府办', 'member'], ['县财政局', 'member']],
    ],
    [
      '主办单位 and 协办单位',
      ['（主办单位：县文旅局；协办单位：县融媒体中心）'],
      [['县文旅局', 'lead'], ['县融媒体中心', 'support']],
    ],
    [
      'a role marked after one unit of a 责任单位 list',
      ['4. 推进数字政府建设。（责任单位：县行政审批局（牵头）、县财政局）'],
      [['县行政审批局', 'lead'], ['县财政局', 'responsible']],
    ],
    [
      'two labels on one line without a separator',
      ['（牵头单位：县发改局 配合单位：县财政局、县统计局）'],
      [['县发改局', 'lead'], ['县财政局', 'support'], ['县统计局', 'support']],
    ],
    [
      'a label that names a person before the label of units',
      ['（牵头领导：张三；牵头单位：县发改局）'],
      [['县发改局', 'lead']],
    ],
    [
      'a bare list of units closing an item',
      ['5. 加快推进重点项目建设。（县发改局、县财政局）'],
      [['县发改局', 'responsible'], ['县财政局', 'responsible']],
    ],
    [
      '牵头 and 配合 in one sentence',
      ['由县农业农村局牵头，县供销社、县工科局配合，做好农业社会化服务工作。'],
      [['县农业农村局', 'lead'], ['县供销社', 'support'], ['县工科局', 'support']],
    ],
    [
      'an office hosted by two units',
      ['治理工作联合办公室设在教育部、住房城乡建设部。'],
      [['教育部', 'office'], ['住房城乡建设部', 'office']],
    ],
    [
      'a unit with a second name in brackets, then 要',
      ['县委宣传部（网信办）要加强舆论引导。'],
      [['县委宣传部（网信办）', 'responsible']],
    ],
    [
      'units then 将会同 (夏政办函〔2023〕53号)',
      ['同时，县税务局、县医保局将会同相关单位组成居民医保征缴工作督查小组，适时开展专项督导检查。'],
      [['县税务局', 'responsible'], ['县医保局', 'responsible']],
    ],
    ['a unit then 要', ['县交通局要健全完善紧急运输保障体系，协助应急响应所需人员、物资的运输。'], [['县交通局', 'responsible']]],
    ['a 第N条 clause with 应当', ['第三十九条 县司法局应当及时提出合法性审查意见，并对合法性审查意见负责。'], [['县司法局', 'responsible']]],
    ['a company with 应', ['大面积停电事件发生后，国网稷山县供电公司应立即将停电范围等有关情况向县能源局报告。'], [['国网稷山县供电公司', 'responsible']]],
    ['将 as 把', ['县清洁取暖办将名单和发放信息在县政府网站上进行公示。'], [['县清洁取暖办', 'responsible']]],
    ['要 then a role verb', ['县发改局要牵头做好项目储备工作。'], [['县发改局', 'lead']]],
    ['a unit and a collective joined by 及, then 应', ['县政府及相关部门应立即启动相应应急响应。'], [['县政府', 'responsible']]],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a label line with placeholders only', ['责任单位：县直各有关单位、各成员单位']],
    ['a colon line that names no unit', ['联系人：张三，电话：1234567']],
    ['县政府要求: the units required are the collectives after it', ['县政府要求各乡镇于10月底前完成摸底。']],
    ['placeholders with 要', ['社区和县直有关单位要严格落实参保缴费的主体责任。']],
    ['sectors, not units, with 要', ['医保、税务、教育、民政、公安、乡村振兴、残联等部门要密切部门协作。']],
    ['a broken phrase ending in 政府 before 应', ['个人无意愿、无能力补缴的，县财政补齐政府应承担的30%社保补贴。']],
    ['应急 is no modal', ['县应急管理局应急值守电话为0359-5522110。']],
    ['a bare list of units inside a sentence', ['请各单位将材料报送（县发改局、县财政局）后统一汇总。']],
    ['a heading with a task force (专班 is no unit)', ['（一）现代金融（金融业专班负责）']],
    ['placeholders only', ['57. 加强组织领导。（县服务业发展领导小组有关成员单位、相关责任单位负责）']],
    ['a short name in brackets', ['稷山县大面积停电事件应急指挥部(以下简称县指挥部)，负责我县大面积停电事件应急处置工作。']],
    ['a numbering bracket', ['（一）加强组织领导。']],
    ['负责人 is a person, not a duty', ['乡镇政府主要负责人是本行政区内农村交通安全工作第一责任人。']],
    ['a line broken in front of 负责', ['作社配合乡镇政府牵头承担项目作业，并负责项目实施村的协调工作。']],
    ['a person list without offices', ['成员：梁煜 薛旭通 姚丽霞 邢一博 赵晓芳']],
    ['责任单位 as a word, not a unit', ['本措施自印发之日起执行,责任单位根据需要及时制定实施细则,并负责政策解释。']],
    ['a unit that does something without a role word', ['县教育局开展“给家长的一封信”活动。']],
    ['a contact office in brackets', ['报送县服务业发展领导小组办公室（县发改局223办公室）。']],
  ])('finds no duty in %s', (_name, paragraphs) => {
    expect(duties(paragraphs)).toEqual([]);
  });

  it('takes the numbered item a group closes as the matter', () => {
    const [duty] = duties(['八、新办企业首次申领发票，顶格核发最高开票限额10万元的增值税专用发票25份。(责任单位：县税务局)']);
    expect(duty.matter).toBe('新办企业首次申领发票，顶格核发最高开票限额10万元的增值税专用发票25份');
    expect(duty.sentence).toContain('(责任单位：县税务局)');
    expect(duty.paragraph).toBe(0);
  });

  it('gives the units of one sentence the matter that follows them', () => {
    const found = duties(['由县农业农村局牵头，县供销社配合，做好农业社会化服务工作。']);
    expect(found.map((d) => d.matter)).toEqual(['做好农业社会化服务工作', '做好农业社会化服务工作']);
  });

  it('takes the rest of the clause as the matter', () => {
    const [duty] = duties(['县司法局负责县人民政府重大行政决策事项的合法性审查工作。']);
    expect(duty.matter).toBe('县人民政府重大行政决策事项的合法性审查工作');
  });

  it('resolves each unit to the unit of the document county', () => {
    const found = duties(['（县人社局负责）', '本办法由县人力资源和社会保障局负责解读。'], '稷山县');
    expect(new Set(found.map((d) => d.unitId))).toEqual(new Set(['稷山县:县人力资源和社会保障局']));
  });

  it('names the body whose office a unit hosts', () => {
    const [duty] = duties(['县指挥部办公室设在县能源局，负责县指挥部日常工作。']);
    expect(duty.matter).toBe('县指挥部办公室');
  });

  it('returns a new document and leaves the input unchanged', () => {
    const doc = makeDocument(['（县人社局负责）']);
    const out = extractDuties(doc);
    expect(out).not.toBe(doc);
    expect(doc.duties).toEqual([]);
  });

  it('warns about a labelled group with no readable unit', () => {
    const out = extractDuties(makeDocument(['一、事项。（责任单位：专班）']));
    expect(out.duties).toEqual([]);
    expect(out.messages).toEqual([expect.objectContaining({ level: 'warning', origin: 'extract-duties' })]);
  });
});
