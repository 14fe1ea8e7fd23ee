import { describe, expect, it } from 'vitest';
import { fieldsNameDocument, findIssuedRules, handsOnText, isOneIssuingDocument, issuedRulesOutline, printsDocumentHead, withIssuedRules } from '../../../ingest/stages/issued-rules';
import type { GazetteDocument } from '../../../src/model';

// Lines written for these tests (places and names made up: 青川市, 江岭省), in the shapes a 公文
// that issues rules, a decree and a law take on real pages.

const RULES = ['青川市城市供水管理办法', '第一章 总则', '第一条 为了加强城市供水管理，制定本办法。', '第二章 附则', '第二条 本办法自2021年4月1日起施行。'];
const NOTICE_BODY = ['各区县人民政府，市政府各部门：', '现将《青川市城市供水管理办法》印发给你们，请认真贯彻执行。', '青川市人民政府', '2021年3月5日'];

describe('printsDocumentHead', () => {
  it.each<[string, string[]]>([
    ['a title that issues rules', ['青川市人民政府关于印发《青川市城市供水管理办法》的通知']],
    ['a title with its number glued after it', ['青川市人民政府关于印发《青川市城市供水管理办法》的通知 青政发〔2021〕3号']],
    ['a 转发 title', ['青川市人民政府办公室关于转发江岭省城镇燃气安全管理办法的通知']],
    ['a 发布 title without 书名号', ['青川市人民政府关于发布青川市城市供水管理办法的通知']],
    ['a 公文 number alone', ['青政发〔2021〕3号']],
    ['recipients in a list', ['各区县人民政府，市政府各部门：']],
    ['recipients without a list', ['市直有关单位：']],
    ['a sentence handing the rules on', ['现将《青川市城市供水管理办法》印发给你们，请认真贯彻执行。']],
    ['a 落款: organ, then date', ['青川市人民政府', '2021年3月5日']],
    ['a sentence after an adoption', ['《青川市城市供水管理办法》已经市人民政府第5次常务会议审议通过，现予印发，请认真贯彻执行。']],
  ])('finds %s', (_name, lines) => {
    expect(printsDocumentHead(lines)).toBe(true);
  });

  it.each<[string, string[]]>([
    ['a provincial decree', ['江岭省人民政府令', '第215号', '《江岭省城镇燃气安全管理办法》已经省人民政府第88次常务会议通过，现予公布，自2022年7月1日起施行。', '省长　林某某', '2022年5月6日']],
    ['a decree number', ['中华人民共和国国务院令第641号']],
    ["a body's name above its decree, no date after it", ['河北省人民政府', '河北省人民政府令', '第3号']],
    ['a judicial interpretation number', ['法释〔2022〕3号']],
    ['navigation and a database label', ['当前位置：首页 > 法律法规 > 地方性法规', '发布部门：']],
    ['an article that lists those concerned', ['第五条 下列单位：']],
    ['a judicial rule about publishing', ['最高人民法院关于公布失信被执行人名单信息的若干规定']],
    ['an article that mentions a notice', ['第三条 县级以上人民政府关于燃气安全的通知应当向社会公布。']],
  ])('finds none in %s', (_name, lines) => {
    expect(printsDocumentHead(lines)).toBe(false);
  });
});

describe('handsOnText', () => {
  it.each<[string, string[], boolean]>([
    ['a title that issues rules', ['青川市人民政府关于印发《青川市城市供水管理办法》的通知'], true],
    ['a sentence that hands rules on', ['根据《江岭省职工休假规定》，我厅制定了《江岭省职工休假实施办法》，现印发给你们。'], true],
    ["recipients alone (a court's interpretation addressed to the courts)", ['各省、自治区、直辖市高级人民法院，解放军军事法院：'], false],
    ["a decree's sentence", ['《江岭省城镇燃气安全管理办法》已经省人民政府第88次常务会议通过，现予公布。'], false],
  ])('%s → %s', (_name, lines, expected) => {
    expect(handsOnText(lines)).toBe(expected);
  });
});

describe('fieldsNameDocument', () => {
  it.each<[string, Parameters<typeof fieldsNameDocument>[0], boolean]>([
    ['a table titled 关于印发…的通知', { title: '青川市人民政府关于印发青川市城市供水管理办法的通知' }, true],
    ['a table with a 公文 number', { docNumber: '青政发〔2021〕3号' }, true],
    ['a table with a decree number', { docNumber: '国务院令第641号', title: '城镇排水设施管护条例' }, false],
    ['a law page', { title: '中华人民共和国湿地保护法', level: '法律' }, false],
    ['no fields', undefined, false],
  ])('%s → %s', (_name, fields, expected) => {
    expect(fieldsNameDocument(fields)).toBe(expected);
  });
});

describe('findIssuedRules', () => {
  it.each<[string, string[], string, ReturnType<typeof findIssuedRules>]>([
    ['rules under their title after the 落款', [...NOTICE_BODY, ...RULES], '青川市人民政府关于印发《青川市城市供水管理办法》的通知', { at: 4, title: '青川市城市供水管理办法', titled: true }],
    [
      'a title broken over two lines',
      ['现将《青川市人民政府办理人大代表建议工作规则》印发给你们。', '青川市人民政府办公室', '2010年4月7日', '青川市人民政府办理人大代表', '建议工作规则', '第一章 总则', '第一条 为了规范办理工作，制定本规则。'],
      '关于印发青川市人民政府办理人大代表建议工作规则的通知',
      { at: 3, title: '青川市人民政府办理人大代表建议工作规则', titled: true },
    ],
    [
      'a title above its adoption line in brackets',
      ['现将《青川市城市供水管理办法》印发给你们。', '青川市人民政府', '2021年3月5日', '青川市城市供水管理办法', '（2021年2月20日市人民政府第5次常务会议通过）', '第一条 为了加强城市供水管理，制定本办法。'],
      '青川市人民政府关于印发青川市城市供水管理办法的通知',
      { at: 3, title: '青川市城市供水管理办法', titled: true },
    ],
    [
      'forwarded rules under their decree',
      ['现将《江岭省城镇燃气安全管理办法》转发给你们，请认真贯彻落实。', '青川市人民政府办公室', '2022年6月8日', '江岭省人民政府令', '第215号', '《江岭省城镇燃气安全管理办法》已经省人民政府第88次常务会议通过，现予公布。', '省长　林某某', '2022年5月6日', '江岭省城镇燃气安全管理办法', '第一条 为了加强城镇燃气安全管理，制定本办法。'],
      '青川市人民政府办公室关于转发江岭省城镇燃气安全管理办法的通知',
      { at: 8, title: '江岭省城镇燃气安全管理办法', titled: true },
    ],
    [
      'no title above the articles: the rules the sentence names',
      ['各省人力资源和社会保障厅：', '根据《江岭省职工休假规定》，我厅制定了《江岭省职工休假实施办法》，现印发给你们。', '江岭省人力资源和社会保障厅', '2019年3月26日', '第一条 根据《江岭省职工休假规定》，制定本办法。'],
      '江岭省职工休假实施办法',
      { at: 4, title: '江岭省职工休假实施办法', titled: false },
    ],
    [
      'a title with its （试行） on the next line',
      ['现将《青川市城市供水管理办法（试行）》印发给你们。', '青川市人民政府', '2021年3月5日', '青川市城市供水管理办法', '（试行）', '第一条 为了加强城市供水管理，制定本办法。'],
      '青川市人民政府关于印发青川市城市供水管理办法（试行）的通知',
      { at: 3, title: '青川市城市供水管理办法（试行）', titled: true },
    ],
    [
      "a title after its annex's label",
      ['现将《青川市城市供水管理办法》印发给你们。', '青川市人民政府', '2021年3月5日', '附件1：青川市城市供水管理办法', '第一条 为了加强城市供水管理，制定本办法。'],
      '青川市人民政府关于印发青川市城市供水管理办法的通知',
      { at: 3, title: '青川市城市供水管理办法', titled: true },
    ],
    ['a 落款 on one line is no part of the title', ['现将《青川市城市供水管理办法》印发给你们。', '青川市人民政府 2021年3月5日', '青川市城市供水管理办法', '第一条 为了加强城市供水管理，制定本办法。'], '青川市人民政府关于印发青川市城市供水管理办法的通知', { at: 2, title: '青川市城市供水管理办法', titled: true }],
    ['the 落款 is no title', ['现将《青川市城市供水管理办法》印发给你们。', '青川市人民政府', '2021年3月5日', '第一条 为了加强城市供水管理，制定本办法。'], '关于印发《青川市城市供水管理办法》的通知', { at: 3, title: '青川市城市供水管理办法', titled: false }],
    ['rules that mention a notice in an article: no 公文 head', ['江岭省城镇燃气安全管理条例', '第一条 为了加强城镇燃气安全管理，制定本条例。', '第二条 燃气经营者应当在接到停气通知后，及时告知用户。'], '江岭省城镇燃气安全管理条例', undefined],
    ['a notice without rules', ['各乡镇人民政府：', '现将有关事项通知如下：', '一、加强组织领导', '二、落实工作责任', '青川县人民政府', '2023年5月10日'], '青川县人民政府关于做好防汛工作的通知', undefined],
    ['a notice that issues a plan without articles', ['现将《青川市防汛应急预案》印发给你们。', '青川市人民政府', '2021年3月5日', '青川市防汛应急预案', '一、总则'], '青川市人民政府关于印发青川市防汛应急预案的通知', undefined],
  ])('%s', (_name, paragraphs, title, expected) => {
    expect(findIssuedRules(paragraphs, title)).toEqual(expected);
  });
});

describe('issuedRulesOutline', () => {
  it('keeps the 公文 headings, then the rules under their title with their 章 and 条 one level below', () => {
    const paragraphs = ['一、充分认识意义', '现将《青川市城市供水管理办法》印发给你们。', '青川市人民政府', '2021年3月5日', ...RULES].map((text) => ({ text }));
    expect(issuedRulesOutline(paragraphs, { at: 4, title: '青川市城市供水管理办法', titled: true }).map((n) => [n.level, n.label, n.title, n.paragraph])).toEqual([
      [1, '一、', '充分认识意义', 0],
      [1, '', '青川市城市供水管理办法', 4],
      [2, '第一章', '总则', 5],
      [3, '第一条', '为了加强城市供水管理', 6],
      [2, '第二章', '附则', 7],
      [3, '第二条', '本办法自2021年4月1日起施行', 8],
    ]);
  });

  it('gives each set of rules issued together its own title, numbering starting again', () => {
    const paragraphs = [...NOTICE_BODY, ...RULES, '青川市城市节约用水管理规定', '第一条 为了节约用水，制定本规定。', '第二条 本规定自2021年4月1日起施行。'].map((text) => ({ text }));
    expect(issuedRulesOutline(paragraphs, { at: 4, title: '青川市城市供水管理办法', titled: true }).map((n) => [n.level, n.label || n.title, n.paragraph])).toEqual([
      [1, '青川市城市供水管理办法', 4],
      [2, '第一章', 5],
      [3, '第一条', 6],
      [2, '第二章', 7],
      [3, '第二条', 8],
      [1, '青川市城市节约用水管理规定', 9],
      [2, '第一条', 10],
      [2, '第二条', 11],
    ]);
  });
});

describe('isOneIssuingDocument', () => {
  const forward = [
    '青川市人民政府办公室关于转发江岭省城镇燃气安全管理办法的通知',
    '青政办发〔2022〕11号',
    '各区县人民政府，市政府各部门：',
    '现将《江岭省城镇燃气安全管理办法》转发给你们，请认真贯彻落实。',
    '青川市人民政府办公室',
    '2022年6月8日',
    '江岭省人民政府令',
    '第215号',
    '《江岭省城镇燃气安全管理办法》已经省人民政府第88次常务会议通过，现予公布。',
    '省长　林某某',
    '2022年5月6日',
    '江岭省城镇燃气安全管理办法',
    '第一条 为了加强城镇燃气安全管理，制定本办法。',
    '第二条 本办法自2022年7月1日起施行。',
  ];
  it.each<[string, string[], boolean]>([
    ['a 转发 that prints the decree above the rules', forward, true],
    ['a notice that issues rules', ['青川市人民政府关于印发《青川市城市供水管理办法》的通知', '青政发〔2021〕3号', ...NOTICE_BODY, ...RULES], true],
    ['a gazette under its masthead', ['青川市人民政府公报', '2022年第3期', ...forward], false],
    ['a notice with its rules, then the next document', [...forward, '青川市人民政府关于做好防汛工作的通知', '青政发〔2022〕12号', '各乡镇人民政府：'], false],
    ['a notice with its rules, then the next number', [...forward, '青政发〔2022〕12号', '青川市人民政府关于公布青川市规范性文件清理结果的决定'], false],
    ['a notice with its rules, then a decree', [...forward, '青川市人民政府令', '第5号', '《青川市城市供水管理办法》已经市人民政府第5次常务会议通过，现予公布。', '市长　王某某', '2022年7月1日', '青川市城市供水管理办法', '第一条 为了加强城市供水管理，制定本办法。'], false],
    ['a decree that promulgates rules', forward.slice(6), false],
    ['a notice without rules', ['青川县人民政府关于印发防汛工作要点的通知', '各乡镇人民政府：', '一、加强组织领导'], false],
  ])('%s → %s', (_name, lines, expected) => {
    expect(isOneIssuingDocument(lines)).toBe(expected);
  });
});

describe('withIssuedRules', () => {
  const doc = (title: string, texts: string[]): GazetteDocument => ({
    id: 'd', gazetteId: 'g', ordinal: 0, title, attachments: [], outline: [],
    paragraphs: texts.map((text, i) => ({ text, raw: text, lineStart: i + 3, lineEnd: i + 3 })),
    text: texts.join('\n'), references: [], validity: {}, duties: [], messages: [],
  });

  it("gives the rules their outline and names them as the text the 公文 issues", () => {
    const out = withIssuedRules(doc('青川市人民政府关于印发《青川市城市供水管理办法》的通知', [...NOTICE_BODY, ...RULES]));
    expect(out.title).toBe('青川市人民政府关于印发《青川市城市供水管理办法》的通知');
    expect(out.instrumentTitle).toBe('青川市城市供水管理办法');
    expect(out.outline.map((n) => n.label)).toEqual(['', '第一章', '第一条', '第二章', '第二条']);
  });

  it("puts the 公文's printed title in place of the rules' name a law database heads its copy with", () => {
    const lines = ['# 青川市城市供水管理办法', '青川市人民政府关于印发《青川市城市供水管理办法》的通知', '青政发〔2021〕3号', ...NOTICE_BODY, ...RULES.slice(1)];
    const out = withIssuedRules(doc('# 青川市城市供水管理办法', [...NOTICE_BODY, ...RULES.slice(1)]), lines);
    expect(out.title).toBe('青川市人民政府关于印发《青川市城市供水管理办法》的通知');
  });

  it('leaves a document without issued rules as it is', () => {
    const plain = doc('青川县人民政府关于做好防汛工作的通知', ['各乡镇人民政府：', '一、加强组织领导']);
    expect(withIssuedRules(plain)).toBe(plain);
  });
});
