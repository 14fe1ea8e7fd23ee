import { describe, expect, it } from 'vitest';
import { createExtractReferences } from '../../../ingest/stages/extract-references';
import { createExtractValidity } from '../../../ingest/stages/extract-validity';
import { docOf } from './doc';

const extract = createExtractValidity();

describe('createExtractValidity', () => {
  it.each([
    // [sentence, document date, effectiveFrom, validYears, expiresOn]
    ['第二十五条 本办法自2022年8月16日起实施，有效期3年。', '2022-08-16', '2022-08-16', 3, '2025-08-15'],
    ['第十条 本办法自 2022 年 7 月 7 日起施行。', '2022-07-06', '2022-07-07', undefined, undefined],
    ['本文件由县农业农村局负责解读，文件自印发之日起实行。', '2022-07-06', '2022-07-06', undefined, undefined],
    ['本措施自印发之日起执行,责任单位根据需要及时制定实施细则,并负责政策解释。', '2022-07-08', '2022-07-08', undefined, undefined],
    ['第二十七条 本办法自印发之日起施行，有效期 5 年。', '2023-11-30', '2023-11-30', 5, '2028-11-29'],
    ['本方案自发布之日起施行，有效期为两年。', '2023-01-10', '2023-01-10', 2, '2025-01-09'],
    ['本规定自二〇二三年一月一日起施行，有效期为三年。', '2022-12-20', '2023-01-01', 3, '2025-12-31'],
    // Traditional script reads as simplified (a mirror's copy): the same days.
    ['本管控要求和準入清單自發布之日起施行,有效期五年。', '2020-11-10', '2020-11-10', 5, '2025-11-09'],
    ['第二十七條 本辦法自2022年8月16日起實施，有效期3年。', '2022-08-16', '2022-08-16', 3, '2025-08-15'],
    // A 有效期 is the document's only at a clause's start or after 本办法 — never a licence's.
    ['本实施意见有效期为5年。', '2023-01-10', undefined, 5, '2028-01-09'],
    ['有效期3年的证件到期后应重新申领。', undefined, undefined, undefined, undefined],
    ['第二十条 兽药生产许可证有效期为5年。', '2004-04-09', undefined, undefined, undefined],
    ['第二十條 獸藥生產許可證有效期為5年。', '2004-04-09', undefined, undefined, undefined],
    ['本办法规定的许可证的有效期为3年。', '2004-04-09', undefined, undefined, undefined],
    ['资质证书有效期至2025年12月31日。', '2023-01-01', undefined, undefined, undefined],
    ['港澳同胞回乡证由持证人保存，有效期十年。', '1986-12-25', undefined, undefined, undefined],
    ['经批准后的项目建议书作为编制可行性研究报告的依据，有效期为一年。', '1996-10-01', undefined, undefined, undefined],
    ['二、有效期3年。', '2023-01-10', undefined, 3, '2026-01-09'],
    ['各单位要于2022年8月16日前上报材料。', '2022-08-01', undefined, undefined, undefined],
    // Other openers and shapes of the same clause; a date whose 年月 a page lost.
    ['本通知从2019年7月1日起执行。', '2019-06-20', '2019-07-01', undefined, undefined],
    ['本办法2022年7月1日起实施。', '2022-06-01', '2022-07-01', undefined, undefined],
    ['本规定于2024年1月1日施行。', '2023-12-01', '2024-01-01', undefined, undefined],
    ['调整后的标准202271日开始执行。', '2022-06-20', '2022-07-01', undefined, undefined],
    ['新命名的名称自即日起正式启用。', '2023-05-04', '2023-05-04', undefined, undefined],
    // 试行 takes effect like any verb: a 试行 document from its day (定于…起试行, 自…起试行).
    ['现制订出《某管理办法》,定于一九七八年四月一日起试行.', '1978-03-23', '1978-04-01', undefined, undefined],
    ['本办法自2020年1月1日起试行，试行期为2年。', '2019-12-20', '2020-01-01', 2, '2021-12-31'],
    ['本细则自印发之日起试行。', '2021-05-06', '2021-05-06', undefined, undefined],
    // A delay after issue; 有效期限 as 有效期; its verb or 有效 carried to a last day after its own clause.
    ['本办法自印发之日起30日后施行，有效期5年。', '2022-03-01', '2022-03-31', 5, '2027-03-30'],
    ['本办法自公布之日起三十日后施行。', '2024-02-01', '2024-03-02', undefined, undefined],
    ['本政策自2024年1月1日起实施，有效期限3年。', '2023-12-01', '2024-01-01', 3, '2026-12-31'],
    ['本细则自2022年1月1日起施行，有效期限至2024年12月31日止。', '2021-12-01', '2022-01-01', undefined, '2024-12-31'],
    ['本通知自印发之日起施行，执行至2025年12月31日。', '2023-04-01', '2023-04-01', undefined, '2025-12-31'],
    ['本通知有效至2025年12月31日。', '2023-04-01', undefined, undefined, '2025-12-31'],
    // Must not: a measure's own term, 截至 reporting a state, a deadline counted from issue.
    ['该项补贴政策执行至2025年12月31日，逾期不再受理。', '2023-04-01', undefined, undefined, undefined],
    ['截至2025年12月31日，全县共建成示范村12个。', '2026-01-10', undefined, undefined, undefined],
    ['各乡镇自印发之日起30日内报送实施方案。', '2023-04-01', undefined, undefined, undefined],
    ['自公布之日起30日后，未申报的视为放弃。', '2023-04-01', undefined, undefined, undefined],
    // Must not: another's 试行 date, a deadline of 30 days, a licence's term.
    ['根据2019年1月1日起试行的《某省办法》制定本细则。', '2021-05-06', undefined, undefined, undefined],
    ['申请人应当自收到通知之日起30日内补正材料，逾期视为撤回。', '2021-05-06', undefined, undefined, undefined],
    ['本办法所称经营许可证有效期为5年，期满前30日申请延续。', '2021-05-06', undefined, undefined, undefined],
    // Must not: another document's date, a deadline, a period's start, a date with no clause.
    ['根据2021年3月1日起施行的《某省条例》制定本办法。', '2022-08-01', undefined, undefined, undefined],
    ['根据2021年3月1日起施行的《某省条例》，2023年2月6日起至2023年4月30日止禁止燃放烟花爆竹。', '2022-11-22', '2023-02-06', undefined, '2023-04-30'],
    ['2022年7月1日实施方案编制完成。', '2022-08-01', undefined, undefined, undefined],
    ['2022年7月1日执行情况良好。', '2022-08-01', undefined, undefined, undefined],
    // Its own term from one day to another: in force from the first, expiring after the second.
    ['三、本公告执行期限自2023年1月1日起至2027年12月31日。', '2023-03-20', '2023-01-01', undefined, '2027-12-31'],
    ['本通知有效期限为2024年1月1日至2026年12月31日。', '2023-12-20', '2024-01-01', undefined, '2026-12-31'],
    ['本通知自2023年1月1日起执行至12月31日。', '2022-12-20', '2023-01-01', undefined, '2023-12-31'],
    // Must not: another thing's term.
    ['补贴资金执行期限自2023年1月1日起至2025年12月31日，由县财政局拨付。', '2023-03-20', undefined, undefined, undefined],
    ['项目建设期限自2023年1月1日至2024年6月30日。', '2023-03-20', undefined, undefined, undefined],
    // A temporary measure's window: in force from its first day to its last.
    ['禁燃禁放时间：2023年2月6日起至2023年4月30日止。', '2022-11-22', '2023-02-06', undefined, '2023-04-30'],
    ['从2025年1月9日至1月11日在全区范围内严禁一切野外用火。', '2025-01-08', '2025-01-09', undefined, '2025-01-11'],
    ['本通告自发布之日起施行。封山时间：2022年8月18日至2022年8月31日。', '2022-08-17', '2022-08-17', undefined, '2022-08-31'],
    // Opened by 从/自 and closed by 止, the span is the sentence's window: its measure in the next clause.
    ['县政府决定从2026年1月9日至2026年1月16日止，在全县范围内严禁一切林区野外用火。', '2026-01-08', '2026-01-09', undefined, '2026-01-16'],
    ['县政府决定自2026年1月9日起至2026年1月16日止，在全县范围内严禁一切林区野外用火。', '2026-01-08', '2026-01-09', undefined, '2026-01-16'],
    ['封闭期限：2026年2月10日—2026年6月30日。', '2026-02-01', '2026-02-10', undefined, '2026-06-30'],
    ['自2021年10月9日至2021年10月31日对某路段实施交通管制。', '2021-10-01', '2021-10-09', undefined, '2021-10-31'],
    // A road closure's window under its label: the hour the first day starts at, 断交 for the closure.
    ['一、封闭时间：2023年10月23日8时至2024年1月30日24时', '2023-10-20', '2023-10-23', undefined, '2024-01-30'],
    ['二、断交时间：2022年9月6日至2022年10月31日', '2022-09-05', '2022-09-06', undefined, '2022-10-31'],
    // From the day of issue to a day its year leaves out (the next year's when it came before).
    ['所有人员自公告之日起至10月31日18时一律不得进入该区域。', '2021-10-09', '2021-10-09', undefined, '2021-10-31'],
    ['自发布之日起至1月31日，全县范围内严禁燃放烟花爆竹。', '2021-12-20', '2021-12-20', undefined, '2022-01-31'],
    ['自公告之日起至10月31日受理报名。', '2021-10-09', undefined, undefined, undefined],
    // A window printed without its year falls in the document's year.
    ['2019年全旗休牧工作从3月20日开始至6月20日结束，休牧期间一律禁止放牧。', '2019-04-22', '2019-03-20', undefined, '2019-06-20'],
    ['返青期休牧时间为4月1日至5月30日，共60天。', '2025-04-01', '2025-04-01', undefined, '2025-05-30'],
    // A 令 issued and in force at once.
    ['《某市村镇建设管理办法》已经市政府常务会议通过，现予发布施行。', '1997-07-23', '1997-07-23', undefined, undefined],
    // A clause that is only the span, or an organ deciding it: its measure stands in the next clause.
    ['某市公安局决定于2022年9月30日至10月7日，对本市部分区域、道路采取临时交通管制措施，现通告如下：', '2022-09-26', '2022-09-30', undefined, '2022-10-07'],
    ['市政府决定，自2015年8月20日0时至9月3日24时，对本市机动车采取临时交通管理措施。', '2015-08-10', '2015-08-20', undefined, '2015-09-03'],
    ['11月25日至11月27日，首都机场高速公路将频繁采取临时交通管控措施。', '2015-11-19', '2015-11-25', undefined, '2015-11-27'],
    ['决定自2013年3月12日（周二）起至2013年5月31日止，0:00—24:00，禁止机动车在某街通行。', '2013-03-05', '2013-03-12', undefined, '2013-05-31'],
    // Must not: a span alone in its clause before a clause of no measure; a clause saying more than who decides.
    ['2023年3月1日至3月31日，各单位对照清单开展自查。', '2023-02-20', undefined, undefined, undefined],
    ['县政府决定于2023年3月1日至3月31日，在全县开展安全生产大检查。', '2023-02-20', undefined, undefined, undefined],
    ['全县在2023年3月1日至3月31日开展自查，严禁弄虚作假。', '2023-02-20', undefined, undefined, undefined],
    // Must not: a work plan's phase (no measure word), a yearly window (no year).
    ['2023年3月1日至3月31日为自查阶段，各单位对照清单开展自查。', '2023-02-20', undefined, undefined, undefined],
    ['每年3月1日至6月30日为禁渔期，严禁一切捕捞。', '2023-02-20', undefined, undefined, undefined],
    ['3月1日至3月31日为自查阶段，各单位对照清单开展自查。', '2023-02-20', undefined, undefined, undefined],
    ['2023年3月1日8时至3月31日为报名时间，各单位组织报名。', '2023-02-20', undefined, undefined, undefined],
    ['每年4月1日至5月30日为休牧期，禁止放牧。', '2025-04-01', undefined, undefined, undefined],
    ['1986年1月1日至1993年1月1日期间，获得禁止他人制造的独占权的。', '1992-12-12', undefined, undefined, undefined],
    ['凡2020年1月1日至2022年12月31日止已取得证书的，严禁重复申报。', '2023-02-20', undefined, undefined, undefined],
    ['从2020年1月1日至2022年12月31日止，全县共办理许可事项1200件。', '2023-02-20', undefined, undefined, undefined],
  ] as const)('%s', (sentence, date, effectiveFrom, validYears, expiresOn) => {
    const { validity } = extract(docOf([sentence], date ? { date } : {}));
    expect(validity.effectiveFrom).toBe(effectiveFrom);
    expect(validity.validYears).toBe(validYears);
    expect(validity.expiresOn).toBe(expiresOn);
  });

  it('takes effect on the page\'s 发布日期 when it says 自发布之日起 and the page gives that day apart', () => {
    const published = (sentence: string) => extract(docOf([sentence], { date: '2024-06-24', publishedOn: '2024-11-13' })).validity.effectiveFrom;
    expect(published('本通告自发布之日起执行，长期有效。')).toBe('2024-11-13');
    expect(published('本办法自公布之日起施行。')).toBe('2024-11-13');
    // Issued (印发) is the 成文日期's day; a page without its 发布日期 keeps the document's date.
    expect(published('本办法自印发之日起施行。')).toBe('2024-06-24');
    expect(extract(docOf(['本通告自发布之日起执行。'], { date: '2024-06-24' })).validity.effectiveFrom).toBe('2024-06-24');
  });

  it('reads a window under its heading, and not under a heading of no measure', () => {
    const window = extract(docOf(['一、禁燃禁放范围', '全县行政区域。', '二、禁燃禁放时间', '2023年2月6日起至2023年4月30日止。'], { date: '2022-11-22' }));
    expect(window.validity).toMatchObject({ effectiveFrom: '2023-02-06', expiresOn: '2023-04-30' });
    const phase = extract(docOf(['三、实施步骤', '2023年3月1日至3月31日。'], { date: '2023-02-20' }));
    expect(phase.validity).toEqual({});
  });

  it.each([
    ['某市养犬管理条例（草案征求意见稿）', '尚未生效'],
    ['某县人民政府森林防火禁火令（征求意见稿）', '尚未生效'],
    ['关于《某市养犬管理条例（草案）》的说明', undefined],
    ['某县人民政府关于公开征求《某办法（征求意见稿）》意见的公告', undefined],
    // A draft's name goes on only with more of itself; a notice about it, with 的 or its own 文种.
    ['某市养犬管理条例（草案修改稿）', '尚未生效'],
    ['某市养犬管理条例（草案）（二次审议稿）', '尚未生效'],
    ['关于某省医疗纠纷预防与处理办法草案征求意见稿公开征求意见的公告', undefined],
    ['关于某市养犬管理条例（草案）的说明', undefined],
    ['某办法征求意见稿意见反馈函', undefined],
  ])('%s is a draft: %s', (title, stated) => {
    const { validity } = extract(docOf(['本条例自2026年1月1日起施行。'], { title, date: '2025-06-01' }));
    expect(validity.stated).toBe(stated);
  });

  // An explainer quotes the days of the document it explains: none of them is its own.
  it.each([
    ['关于《某市人民政府关于废止部分规范性文件的决定》的解读', {}],
    ['《某县人民政府关于调整最低工资标准的通知》政策解读', {}],
    ['某市养犬管理办法（修订）起草说明', {}],
    ['文字解读《某县人民政府关于公布行政规范性文件清理结果的通知》', {}],
    ['关于印发《某县政策解读工作规范》的通知', { effectiveFrom: '2021-03-16', validYears: 5 }],
    ['某县人民政府关于废止《某办法》的决定', { effectiveFrom: '2021-03-16', validYears: 5 }],
    ['关于《某市养犬管理条例（草案）》的说明', {}],
    ['某局关于政策解读工作的通知', { effectiveFrom: '2021-03-16', validYears: 5 }],
    ['关于印发《某市政策解读工作办法》的通知', { effectiveFrom: '2021-03-16', validYears: 5 }],
    ['某市解读说明书管理办法', { effectiveFrom: '2021-03-16', validYears: 5 }],
  ])('%s: its own validity %j', (title, expected) => {
    const { validity } = extract(docOf(['本办法自2021年3月16日起施行，有效期5年。'], { title, date: '2021-03-10' }));
    expect(validity).toMatchObject(expected);
    if (Object.keys(expected).length === 0) expect(validity).toEqual({});
  });

  it('reads items standing bare as the measure\'s once a later sentence names it for 上述时间', () => {
    const items = ['一、可以燃放时段', '2023年1月21日(除夕)18时至24时;', '2023年2月5日(正月十五)18时至24时。'];
    const named = extract(docOf([...items, '重污染天气期间和上述规定以外的时段禁止燃放烟花爆竹。'], { date: '2023-01-19' }));
    expect(named.validity).toMatchObject({ effectiveFrom: '2023-01-21', expiresOn: '2023-02-05' });
    // Must not: items no sentence names a measure for, or a sentence between them and the one that does.
    expect(extract(docOf(items, { date: '2023-01-19' })).validity).toEqual({});
    const apart = extract(docOf([...items, '各单位要加强值守。', '上述时间以外禁止燃放烟花爆竹。'], { date: '2023-01-19' }));
    expect(apart.validity).toEqual({});
  });

  it('reads a measure extended to a day as in force from the notice to that day', () => {
    const extended = extract(docOf(['决定对上述路段交通管制措施延期至2024年9月4日止。'], { date: '2024-08-23' }));
    expect(extended.validity).toMatchObject({ effectiveFrom: '2024-08-23', expiresOn: '2024-09-04' });
    expect(extract(docOf(['申报时间延长至2023年6月30日。'], { date: '2023-06-01' })).validity).toEqual({});
  });

  it('keeps the sentence that states it', () => {
    const { validity } = extract(docOf(['一、总则', '第二十五条 本办法自2022年8月16日起实施，有效期3年。'], { date: '2022-08-16' }));
    expect(validity.sentence).toBe('第二十五条 本办法自2022年8月16日起实施，有效期3年。');
  });
});

// A period closing the document's own name is its term where its text states none.
describe('createExtractValidity: the period a name gives', () => {
  it.each([
    ['某市人民政府办公室关于印发《某市促进残疾人就业行动实施方案(2023—2025年)》的通知', '2025-12-31'],
    ['某县国土空间总体规划（2021—2035年）', '2035-12-31'],
    ['关于印发《某县农村人居环境整治提升方案（2021-2023年度）》的通知', '2023-12-31'],
    // Must not: a period of a document it implements or names, a single year, a period inside the name.
    ['关于贯彻落实《某规划（2021—2025年）》的实施意见', undefined],
    ['某市2023年度工作要点', undefined],
    ['某县2021—2025年农村公路建设计划', undefined],
    ['《某方案（2023—2025年）》政策解读', undefined],
  ])('%s → %s', (title, expiresOn) => {
    expect(extract(docOf(['现印发给你们，请认真贯彻落实。'], { title, date: '2023-03-13' })).validity.expiresOn).toBe(expiresOn);
  });

  it('gives way to a term the text states', () => {
    const { validity } = extract(docOf(['本方案自印发之日起施行，有效期至2024年12月31日。'], { title: '关于印发《某方案（2023—2025年）》的通知', date: '2023-03-13' }));
    expect(validity.expiresOn).toBe('2024-12-31');
  });
});

describe('createExtractValidity: a notice extending the term of the document its title names', () => {
  const references = createExtractReferences();
  const both = (paragraphs: string[], title: string) => extract(references(docOf(paragraphs, { title, date: '2025-07-07' }))).validity;
  const extension = '经审议，《某市乡镇渡口管理办法》（某交水〔2015〕598号）继续实施，有效期延长至2030年7月10日止。';
  it.each([
    // [title, paragraphs, expiresOn]
    ['carrying the old text after it: the new day, not the old term', '某市交通委员会关于延长《某市乡镇渡口管理办法》有效期的通知', [extension, '某市乡镇渡口管理办法', '第十四条 本办法自发布之日起施行，有效期至2020年7月10日止。'], '2030-07-10'],
    ['with nothing else: the new day', '某市交通委员会关于延长《某市乡镇渡口管理办法》有效期的通知', [extension], '2030-07-10'],
    // MUST NOT: a document extending another in passing keeps its own term.
    ['a document whose title names another document', '某市交通委员会关于印发《某市客运管理办法》的通知', [extension, '本办法自发布之日起施行，有效期至2027年12月31日止。'], '2027-12-31'],
  ])('%s', (_, title, paragraphs, expiresOn) => {
    expect(both(paragraphs, title).expiresOn).toBe(expiresOn);
  });
});
