import { describe, expect, it } from 'vitest';
import { textToSourceText } from '../../../ingest/read/text';
import { readLaw } from '../../../ingest/stages/read-law';
import type { GazetteDocument } from '../../../src/model';

// Short texts written for these tests, in the shapes laws are saved in: Markdown with a
// "<!-- INFO END -->" marker, plain text with bracketed history, a web page with its decree.
const read = (text: string) => readLaw(textToSourceText(text, { path: 'law.txt', sha256: 'x', format: 'text' }), { gazetteId: 'g' });

type Expected = Partial<Pick<GazetteDocument, 'title' | 'level' | 'issuingBody' | 'issuers' | 'publishedOn' | 'docNumber' | 'type'>> & { effectiveFrom?: string };

const MARKDOWN_LAW = `# 中华人民共和国湿地养护法

2021年12月24日 第十三届全国人民代表大会常务委员会第三十二次会议通过

2023年4月26日 第十四届全国人民代表大会常务委员会第二次会议《关于修改〈中华人民共和国湿地养护法〉等三部法律的决定》修正

<!-- INFO END -->

## 第一章 总 则

第一条 为了加强湿地养护，维护生态安全，制定本法。

第二条 在中华人民共和国领域内从事湿地养护活动，适用本法。

## 第二章 附 则

第三条 本法自2022年6月1日起施行。`;

/** A law database's entry: the organ line abbreviated with its region, the 颁布单位 field in full. */
const AWARD_UNIT_FIELD = `青川市地方立法条例
内蒙古自治区青川市人大常委会
青川市地方立法条例
颁布日期:2001-6-3
实施日期:2001-8-1
颁布单位:青川市人民代表大会常务委员会
第一章 总则
第一条 为了规范立法活动，制定本条例。`;

const PLAIN_LOCAL = `北京市街巷环境管理条例
（2019年3月29日北京市第十五届人民代表大会常务委员会第十二次会议通过　根据2021年9月24日北京市第十五届人民代表大会常务委员会第三十四次会议《关于修改部分地方性法规的决定》修正）
目　　录
第一章　总　　则
第二章　附　　则
第一章　总　　则
第一条　为了改善街巷环境，根据有关法律、行政法规，结合本市实际，制定本条例。
第二章　附　　则
第二条　本条例自2019年7月1日起施行。`;

const REGULATION = `# 城镇排水设施管护条例
2013年9月18日 国务院第24次常务会议通过
2013年10月2日 中华人民共和国国务院令第641号公布
2014年1月1日 施行
<!-- INFO END -->
第一条 为了加强排水设施管护，制定本条例。
第二条 本条例自2014年1月1日起施行。`;

const JUDICIAL = `最高人民法院关于审理林地承包纠纷案件
适用法律若干问题的解释
法释〔2022〕3号
为正确审理林地承包纠纷案件，根据有关法律规定，制定本解释。
第一条 人民法院审理林地承包纠纷案件，应当依法保护承包方的权益。
第二条 本解释自2022年3月1日起施行。`;

const JOINT_JUDICIAL = `# 最高人民法院 最高人民检察院关于办理非法采砂刑事案件适用法律若干问题的解释
2016年11月28日 最高人民法院审判委员会第1700次会议、2016年12月23日最高人民检察院第十二届检察委员会第58次会议通过
2017年1月1日 施行
<!-- INFO END -->
第一条 违反矿产资源法的规定，非法采砂，情节严重的，依照刑法的规定定罪处罚。`;

const MINISTRY_RULE = `# 道路交通事故快速处理规定
2020年1月1日 中华人民共和国公安部令第160号公布
<!-- INFO END -->
## 第一章 总则
第一条 为了快速处理道路交通事故，制定本规定。
第二条 本规定自公布之日起施行。`;

const WEB_PAGE_DECREE = `您的位置：首页 > 政策法规 > 省政府规章
浙江省人民政府令
第388号
《浙江省公共数据开放管理暂行办法》已经省人民政府第五十次常务会议审议通过，现予公布，自2021年3月1日起施行。
省长　郑某某
2021年1月10日
浙江省公共数据开放管理暂行办法
第一条 为了规范公共数据开放，制定本办法。
第二条 本办法自2021年3月1日起施行。`;

const CODE_PART = `# 中华人民共和国民法典
# 物权编
2020年5月28日 第十三届全国人民代表大会第三次会议通过
2021年1月1日 施行
<!-- INFO END -->
## 第一分编 通则
### 第一章 一般规定
第二百零五条 本编调整因物的归属和利用产生的民事关系。`;

const AMENDMENT = `中华人民共和国宪法修正案（2018年）
2018年3月11日 第十三届全国人民代表大会第一次会议通过
第三十二条 宪法序言第七自然段中的一句修改如下。`;

const NO_HISTORY_LOCAL = `上海市献血管理条例
第一章 总则
第一条 为了保障临床用血，制定本条例。`;

const NO_HISTORY_NATIONAL = `城市公共绿地管理条例
第一条 为了加强城市公共绿地管理，制定本条例。
第二条 本条例自2024年1月1日起施行。`;

const AUTONOMOUS_COUNTY = `景宁畲族自治县茶叶产业促进条例
2019年4月10日 景宁畲族自治县第十六届人民代表大会第四次会议通过
2019年5月30日 浙江省第十三届人民代表大会常务委员会第十二次会议批准
第一条 为了促进茶叶产业发展，根据有关法律，结合本县实际，制定本条例。`;

const DATE_BROKEN = `# 济南市城市绿道条例
2014年7月23日 济南市第十五届人民代表大会常务委员会第十五次会议通过
2014年9月26
日山东省第十二届人民代表大会常务委员会第十次会议批准
<!-- INFO END -->
第一条 为了规范城市绿道建设，制定本条例。`;

const BRACKETED_BODY_FIRST = `最高人民法院关于涉外商事文书送达若干问题的规定
（最高人民法院审判委员会第1421次会议通过 2008年4月17日最高人民法院公告公布 自2008年4月23日起施行）
第一条 人民法院向在境外的当事人送达司法文书，适用本规定。`;

const DATABASE_COPY = `中华人民共和国湿地保护法
制定机关：全国人民代表大会常务委员会
公布日期：2021年12月24日
施行日期：2022年06月01日
效力级别：法律
时效性：有效
第一章 总则
第一条 为了加强湿地保护，制定本法。`;

const NPC_NOTICE = `江岭省人民代表大会常务委员会公告
第三十二号
《江岭省河道管理条例》已由江岭省第十三届人民代表大会常务委员会第二十一次会议于2020年9月25日通过，现予公布，自2021年1月1日起施行。
江岭省人民代表大会常务委员会
2020年9月26日
江岭省河道管理条例
第一章 总则
第一条 为了加强河道管理，制定本条例。`;

const RULES_MENTIONING_NOTICE = `江岭省城镇燃气安全管理条例
2020年9月25日 江岭省第十三届人民代表大会常务委员会第二十一次会议通过
第一章 总则
第一条 为了加强城镇燃气安全管理，制定本条例。
第二条 燃气经营者应当在接到停气通知后，及时告知用户。
第三条 县级以上人民政府关于燃气安全的通知、决定应当向社会公布。`;

const DECREE_UNDER_TITLE = `江岭自治区村镇建设管理实施办法
江岭自治区人民政府
江岭自治区人民政府令
第82号
《江岭自治区村镇建设管理实施办法》已经自治区人民政府1997年第六次常务会议通过，现予发布施行。
自治区主席 某某
1997年7月23日
第一章 总则
第一条 为了加强村镇建设管理，制定本办法。`;

/** A decree whose sentence names the meeting's date, its signer printed with a colon (written for these tests). */
const SIGNER_WITH_COLON = `青川市行政复议程序规定
江岭省青川市人民政府
青川市人民政府令第16号
《青川市行政复议程序规定》业经一九九四年四月二十五日市政府常务会议讨论通过，现予发布实施。
市长：某某
一九九四年五月十八日
青川市行政复议程序规定
第一条 为保证行政机关依法行政，制定本规定。`;

/** Joint national organs written together before 关于 (written for these tests). */
const JOINT_WRITTEN_TOGETHER = `国务院中央军委关于修改某某兵役条例的决定
国务院
国务院中央军委关于修改某某兵役条例的决定
（1993年4月27日国务院中央军委令第113号发布）
决定对《某某兵役条例》作如下修改：
一、第十五条修改为：“某某。”`;

/** The rules a 公文 issues, after its head (written for these tests). */
const ISSUED = `现将《青川市城市供水管理办法》印发给你们，请认真贯彻执行。
青川市人民政府
2021年3月5日
青川市城市供水管理办法
第一章 总则
第一条 为了加强城市供水管理，制定本办法。
第二条 本办法自2021年4月1日起施行。`;

describe('readLaw', () => {
  it.each<[string, string, Expected]>([
    ['a national law in Markdown, revised once', MARKDOWN_LAW, { title: '中华人民共和国湿地养护法', level: '法律', issuingBody: '全国人民代表大会常务委员会', publishedOn: '2023-04-26', effectiveFrom: '2022-06-01', type: '法' }],
    ['a local regulation in plain text, history in brackets', PLAIN_LOCAL, { title: '北京市街巷环境管理条例', level: '地方性法规', issuingBody: '北京市人民代表大会常务委员会', publishedOn: '2021-09-24', effectiveFrom: '2019-07-01', type: '条例' }],
    ['an administrative regulation with its decree', REGULATION, { level: '行政法规', issuingBody: '国务院', publishedOn: '2013-10-02', docNumber: '国务院令第641号', effectiveFrom: '2014-01-01' }],
    ['a judicial interpretation, title over two lines, 法释 number', JUDICIAL, { title: '最高人民法院关于审理林地承包纠纷案件适用法律若干问题的解释', level: '司法解释', issuingBody: '最高人民法院', docNumber: '法释〔2022〕3号', effectiveFrom: '2022-03-01', type: '解释' }],
    ['a joint judicial interpretation', JOINT_JUDICIAL, { level: '司法解释', issuers: ['最高人民法院', '最高人民检察院'], publishedOn: '2016-12-23', effectiveFrom: '2017-01-01' }],
    ['a ministry rule under its decree', MINISTRY_RULE, { level: '部门规章', issuingBody: '公安部', publishedOn: '2020-01-01', effectiveFrom: '2020-01-01', type: '规定' }],
    ['a provincial government rule copied from a web page', WEB_PAGE_DECREE, { title: '浙江省公共数据开放管理暂行办法', level: '地方政府规章', issuingBody: '浙江省人民政府', docNumber: '浙江省人民政府令第388号', publishedOn: '2021-01-10', effectiveFrom: '2021-03-01', type: '办法' }],
    ['a decree signed 市长：某某: the signature\'s date, not the meeting\'s in the sentence', SIGNER_WITH_COLON, { title: '青川市行政复议程序规定', docNumber: '青川市人民政府令第16号', publishedOn: '1994-05-18' }],
    ['joint national organs written together before 关于', JOINT_WRITTEN_TOGETHER, { issuers: ['国务院', '中央军委'], issuingBody: '国务院、中央军委' }],
    ['a government rule with its decree printed under the title', DECREE_UNDER_TITLE, { title: '江岭自治区村镇建设管理实施办法', issuingBody: '江岭自治区人民政府', docNumber: '江岭自治区人民政府令第82号', publishedOn: '1997-07-23' }],
    ["a provincial regulation under its 人大常委会's 公告", NPC_NOTICE, { title: '江岭省河道管理条例', level: '地方性法规', issuingBody: '江岭省人民代表大会常务委员会', publishedOn: '2020-09-26', effectiveFrom: '2021-01-01' }],
    ['rules that mention a notice in their articles', RULES_MENTIONING_NOTICE, { title: '江岭省城镇燃气安全管理条例', level: '地方性法规', publishedOn: '2020-09-25' }],
    ['a part of the civil code', CODE_PART, { title: '中华人民共和国民法典 物权编', level: '法律', type: '法典', publishedOn: '2020-05-28', effectiveFrom: '2021-01-01' }],
    ['a constitutional amendment', AMENDMENT, { title: '中华人民共和国宪法修正案（2018年）', level: '宪法', issuingBody: '全国人民代表大会', type: '宪法修正案' }],
    ['a local regulation with no history: level from the place', NO_HISTORY_LOCAL, { level: '地方性法规', type: '条例' }],
    ['a national regulation with no history: level from its ending', NO_HISTORY_NATIONAL, { level: '行政法规', effectiveFrom: '2024-01-01' }],
    ["an autonomous county's regulation, approved by its province", AUTONOMOUS_COUNTY, { level: '地方性法规', publishedOn: '2019-05-30' }],
    ["a city's regulation approved by its province, the date broken over two lines", DATE_BROKEN, { level: '地方性法规', issuingBody: '济南市人民代表大会常务委员会', publishedOn: '2014-09-26' }],
    ['a law database\'s 颁布单位 field over its abbreviated organ line', AWARD_UNIT_FIELD, { issuingBody: '青川市人民代表大会常务委员会', publishedOn: '2001-06-03', effectiveFrom: '2001-08-01' }],
    ['a copy from a law database, with labelled lines', DATABASE_COPY, { level: '法律', issuingBody: '全国人民代表大会常务委员会', publishedOn: '2021-12-24', effectiveFrom: '2022-06-01' }],
    ['a judicial rule with its history in brackets, the body named first', BRACKETED_BODY_FIRST, { level: '司法解释', issuingBody: '最高人民法院', publishedOn: '2008-04-17', effectiveFrom: '2008-04-23' }],
  ])('reads %s', (_name, text, expected) => {
    const doc = read(text);
    expect(doc).toBeDefined();
    const { effectiveFrom, ...fields } = expected;
    expect(doc).toMatchObject(fields);
    if (effectiveFrom) expect(doc?.validity.effectiveFrom).toBe(effectiveFrom);
  });

  it.each<[string, string]>([
    [
      "a county's notice quoting a law's first article",
      `稷山县人民政府办公室关于做好汛期安全生产工作的通知
各乡（镇）人民政府，县直各有关单位：
依据《中华人民共和国安全生产法》第一条的规定，现就有关事项通知如下：
第一条 各乡镇要落实属地责任。`,
    ],
    [
      'a gazette whose first document is a decree',
      `运城市人民政府公报
2023年第5期
目录
运城市人民政府令第3号
运城市城市绿化管理办法
第一条 为了加强城市绿化管理，制定本办法。`,
    ],
    ['an implementation plan numbered in articles', `运城市农村人居环境整治实施方案\n第一条 为了改善农村人居环境，制定本方案。\n第二条 各县要明确责任。`],
    [
      "a county government's 办法 printed as a 公文",
      `夏县人民政府关于印发夏县农村供水管理办法的通知
夏政发〔2023〕5号
各乡镇人民政府，县直各单位：
现将《夏县农村供水管理办法》印发给你们，请认真贯彻执行。
夏县农村供水管理办法
第一章 总则
第一条 为了加强农村供水管理，制定本办法。`,
    ],
    ["a county's 办法 without its notice (a 规范性文件: counties make no rules)", `夏县农村供水管理办法\n第一章 总则\n第一条 为了加强农村供水管理，制定本办法。`],
    ["a city office's 办法 under a 公文 number", `运城市城市管理局户外广告设置管理办法\n运城管发〔2022〕8号\n第一条 为了规范户外广告设置，制定本办法。`],
    ['a State Council notice', `国务院关于进一步做好防汛抗旱工作的通知\n国发〔2023〕2号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现就有关事项通知如下。`],
    [
      "a State Council 实施意见 with the body's name on a line of its own above the number (a page's repeated head)",
      `国务院关于激发某类群体活力的实施意见\n国务院\n国务院关于激发某类群体活力的实施意见\n国发〔2016〕56号\n各省、自治区、直辖市人民政府，国务院各部委、各直属机构：\n现提出以下实施意见。\n一、总体要求`,
    ],
    ['rules with recipients before the articles', `运城市公共资源交易规则\n各县（市、区）人民政府，市直各有关单位：\n第一条 为了规范公共资源交易，制定本规则。`],
    ['a title ending like a law with no articles and no history', `人体损伤程度鉴定标准\n本标准规定了人体损伤程度鉴定的原则。`],
    ['one line', `中华人民共和国安全生产法`],
    ["a notice's head, its number glued to its title, above the rules it issues", `青川市人民政府关于印发《青川市城市供水管理办法》的通知 青政发〔2021〕3号\n市直有关单位：\n${ISSUED}`],
    ["a notice's number and recipients, no title printed, above the rules", `青政发〔2021〕3号\n市直有关单位：\n${ISSUED}`],
    ["a notice's 落款 alone above the rules (the page lost its head)", ISSUED.split('\n').slice(1).join('\n')],
    [
      "a law database's copy headed by the rules' name, its level stated, the notice before the articles",
      `青川市城市供水管理办法\n发布部门：青川市人民政府\n发文字号：青政发〔2021〕3号\n效力级别：地方政府规章\n青川市人民政府关于印发《青川市城市供水管理办法》的通知\n各区县人民政府，市政府各部门：\n${ISSUED.split('\n').slice(0, 3).join('\n')}\n第一章 总则\n第一条 为了加强城市供水管理，制定本办法。`,
    ],
    [
      "a law database's copy of rules not written in articles, headed by their name, the notice under it",
      `青川市社会养老保险统筹实施办法\n广东省青川市人民政府\n印发青川市社会养老保险统筹实施办法的通知\n青市府〔2004〕18号\n各县(市、区)人民政府：\n现将《青川市社会养老保险统筹实施办法》印发给你们，请认真贯彻执行。\n青川市人民政府\n二○○四年四月三十日\n青川市社会养老保险统筹实施办法\n一、统筹的范围\n全市实行统一的缴费费率。`,
    ],
    ["a notice's whole head on one line above the rules", `青川市人民政府关于印发《青川市城市供水管理办法》的通知（青政发〔2021〕3号）各区县人民政府，市政府各部门：\n${ISSUED}`],
  ])('does not read %s as a law', (_name, text) => {
    expect(read(text)).toBeUndefined();
  });

  it('quotes the whole line that says when a decree\'s rules take effect, not its last words', () => {
    const text = ['青川市旅游业管理办法', '青川市人民政府令', '第22号', '《青川市旅游业管理办法》业经2007年4月29日市政府第五十九次常务会议讨论通过，现予发布，自2007年7月15日起施行。', '市长 某某', '二〇〇七年六月十五日', '第一条 为了加强旅游业管理，制定本办法。'].join('\n');
    const validity = read(text)!.validity;
    expect(validity).toMatchObject({ effectiveFrom: '2007-07-15' });
    expect(validity.sentence).toContain('现予发布');
    expect(validity.sentence).toContain('2007年7月15日起施行');
  });

  it('leaves the 目录 out of the outline and numbers 章 above 条', () => {
    const doc = read(PLAIN_LOCAL)!;
    expect(doc.outline.map((n) => [n.level, n.label, n.title])).toEqual([
      [1, '第一章', '总则'],
      [2, '第一条', '为了改善街巷环境'],
      [1, '第二章', '附则'],
      [2, '第二条', '本条例自2019年7月1日起施行'],
    ]);
    expect(doc.paragraphs[doc.outline[0].paragraph].text).toBe('第一章　总　　则');
  });

  it('numbers 分编, 章 and 条 from the outermost unit the law uses', () => {
    expect(read(CODE_PART)!.outline.map((n) => [n.level, n.label])).toEqual([
      [1, '第一分编'],
      [2, '第一章'],
      [3, '第二百零五条'],
    ]);
  });

  it('keeps history lines and the body as paragraphs, without the title and the Markdown marks', () => {
    const doc = read(MARKDOWN_LAW)!;
    expect(doc.paragraphs[0].text).toMatch(/^2021年12月24日 第十三届/);
    expect(doc.text).toContain('第一条 为了加强湿地养护');
    expect(doc.text).not.toMatch(/INFO END|#/);
    expect(doc.paragraphs.find((p) => p.text.startsWith('第一章'))?.raw).toBe('## 第一章 总 则');
  });

  it('joins the lines of a text converted from PDF, broken mid-sentence', () => {
    const doc = read(`山西省城市道路照明设施管理条例
2020年5月1日 山西省第十三届人民代表大会常务委员会第十八次会议通过
第一条 为了加强城市道路照明设施的管理，保障
照明设施完好，制定本条例。
第二条 本条例适用于本省行政区域内城市道路照明设施的
规划、建设和管理。
第三条 本条例自2020年7月1日起施行。`)!;
    expect(doc.paragraphs.map((p) => p.text.replace(/\s/g, ''))).toEqual([
      '2020年5月1日山西省第十三届人民代表大会常务委员会第十八次会议通过',
      '第一条为了加强城市道路照明设施的管理，保障照明设施完好，制定本条例。',
      '第二条本条例适用于本省行政区域内城市道路照明设施的规划、建设和管理。',
      '第三条本条例自2020年7月1日起施行。',
    ]);
    expect(doc.paragraphs[1]).toMatchObject({ lineStart: 2, lineEnd: 3 });
    expect(doc.outline.map((n) => n.paragraph)).toEqual([1, 2, 3]);
  });

  it('says when the level was only guessed from the title, and when no date was printed', () => {
    const messages = read(NO_HISTORY_NATIONAL)!.messages.map((m) => m.message).join('\n');
    expect(messages).toMatch(/效力级别按标题推定为“行政法规”/);
    expect(messages).toMatch(/找不到公布日期/);
  });

  it("reads no law where a page's table names a 公文 that carries rules", () => {
    const input = textToSourceText(ISSUED.split('\n').slice(3).join('\n'), { path: 'page.html', sha256: 'z', format: 'html' });
    expect(readLaw({ ...input, fields: { title: '青川市人民政府关于印发青川市城市供水管理办法的通知', docNumber: '青政发〔2021〕3号' } }, { gazetteId: 'g' })).toBeUndefined();
    expect(readLaw(input, { gazetteId: 'g' })).toBeDefined();
  });

  it('dates a law by what its text prints, not by the day the page posted it', () => {
    const text = '某某登记管理条例\n（2021年7月27日中华人民共和国国务院令第746号公布）\n第一章 总则\n第一条 为了规范登记管理行为，制定本条例。';
    const input = textToSourceText(text, { path: 'page.html', sha256: 'z', format: 'html' });
    expect(readLaw({ ...input, fields: { publishedOn: '2021-07-30 10:15' } }, { gazetteId: 'g' })?.publishedOn).toBe('2021-07-27');
  });

  it('prefers the metadata a reader found beside the text', () => {
    const input = textToSourceText(NO_HISTORY_NATIONAL, { path: 'page.html', sha256: 'y', format: 'html' });
    const doc = readLaw({ ...input, fields: { level: '部门规章', publishedOn: '2023年12月1日', issuingBody: '住房和城乡建设部' } }, { gazetteId: 'g' });
    expect(doc).toMatchObject({ level: '部门规章', publishedOn: '2023-12-01', issuingBody: '住房和城乡建设部' });
  });
});

describe('readLaw: a page label above the title is no part of it', () => {
  it.each([
    ['a link label', '【阅读全文】\n东海省人民代表大会常务委员会关于修改部分地方性法规的决定\n东海省人大常委会\n东海省第十一届人民代表大会常务委员会第十七次会议决定,修改下列地方性法规:\n一、对下列法规进行修改', '东海省人民代表大会常务委员会关于修改部分地方性法规的决定'],
    ['a section of the site', '您的当前位置:\n省人大颁布的地方法规\n  东海省预算管理条例\n(1991年3月13日东海省第七届人民代表大会第四次会议通过)\n第一章 总 则\n第一条 为加强预算管理,制定本条例。', '东海省预算管理条例'],
  ])('%s', (_, text, title) => {
    expect(read(text)?.title).toBe(title);
  });
});

describe('readLaw: a 政府信息公开 block above the rules names the title, it is not the title', () => {
  const block = ['索引号：000000000/2024-00123', '主题分类：综合政务', '发文机关：浙江省人民政府', '标题：浙江省公共数据开放管理暂行办法', '发布日期：2022-03-05', '有效性：有效'];
  it.each([
    ['one row a line', block.join('\n')],
    ['rows numbered', block.map((row, i) => `${i + 1}. ${row}`).join('\n')],
    ['one line with pipes', block.join(' | ')],
  ])('%s', (_, head) => {
    const doc = read(`${head}\n\n${WEB_PAGE_DECREE}`);
    expect(doc).toMatchObject({ title: '浙江省公共数据开放管理暂行办法', docNumber: '浙江省人民政府令第388号', publishedOn: '2021-01-10' });
  });
});

describe('readLaw: a history entry that promulgates and puts in force at once (公布施行)', () => {
  const law = (note: string) => read(`东海省农民负担管理条例\n${note}\n第一章 总 则\n第一条 为了减轻农民负担，制定本条例。`);
  it.each<[string, string, string | undefined]>([
    ['公布施行 after the adoption', '(1996年9月25日东海省第八届人民代表大会常务委员会第二十四次会议通过 1996年10月14日公布施行)', '1996-10-14'],
    ['a decree 发布施行', '(1993年8月4日东海省人民政府令第27号发布施行)', '1993-08-04'],
    ['公布 alone puts nothing in force', '(1996年9月25日东海省第八届人民代表大会常务委员会第二十四次会议通过 1996年10月14日公布)', undefined],
    ['a revision after it put the text read in force, not the first 公布施行', '(1993年8月4日东海省人民政府令第27号发布施行 根据2011年1月8日东海省人民政府令第5号修订)', undefined],
  ])('%s', (_name, note, effectiveFrom) => {
    expect(law(note)?.validity.effectiveFrom).toBe(effectiveFrom);
  });
});

describe('readLaw: a text holding only the decree that promulgates rules reads as those rules', () => {
  it.each([
    ['a ministry decree', '中华人民共和国乙部令\n2006 年第 8 号\n《甲类船舶管理规定》已于2006年6月7日经第7次部务会议通过，现予公布，自2006年8月1日起施行。 部 长 某某 二〇〇六年七月五日\n附件：甲类船舶管理规定',
      { title: '甲类船舶管理规定', level: '部门规章', issuingBody: '乙部', docNumber: '乙部令〔2006〕第8号', publishedOn: '2006-07-05', effectiveFrom: '2006-08-01' }],
    ['two ministries together', '甲事件交通应急规定\n中华人民共和国丁部令 中华人民共和国乙部令\n2004年第2号\n《甲事件交通应急规定》已于2003年11月25日经乙部第15次部务会议通过，现予公布，自2004年5月1日起施行。\n丁部部长 某某\n乙部部长 某某',
      { title: '甲事件交通应急规定', level: '部门规章', issuingBody: '丁部、乙部', docNumber: '乙部令〔2004〕第2号', publishedOn: undefined, effectiveFrom: '2004-05-01' }],
  ])('%s', (_, text, want) => {
    const doc = read(text);
    expect(doc && { title: doc.title, level: doc.level, issuingBody: doc.issuingBody, docNumber: doc.docNumber, publishedOn: doc.publishedOn, effectiveFrom: doc.validity.effectiveFrom }).toEqual(want);
  });

  it.each([
    // A 公文 that cites a decree stays a 公文: read-law leaves it to read-document.
    ['a notice citing the decree', '甲省交通厅关于贯彻《甲类船舶管理规定》的通知\n各市交通局：\n《甲类船舶管理规定》（乙部令2006年第8号）已于2006年6月7日经第7次部务会议通过，现予公布，自2006年8月1日起施行。请认真贯彻。\n甲省交通厅\n2006年8月1日'],
  ])('%s is no law', (_, text) => {
    expect(read(text)).toBeUndefined();
  });
});
