/**
 * Law or 公文: a 公文 that issues or forwards rules is that 公文 — its number, title, issuer and
 * 成文日期 — with the rules as its text, outlined under their title; a decree that promulgates
 * rules, and a law with its history, stay laws. Texts written for this test (青川市, 江岭省 are
 * made up), in the shapes pages and law databases print them.
 */
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { textToSourceText } from '../../ingest/read/text';
import type { DocumentFields, GazetteDocument, GazetteKind } from '../../src/model';

const pipeline = createPipeline();

const RULES = `青川市城市供水管理办法
第一章 总则
第一条 为了加强城市供水管理，保障供水安全，制定本办法。
第二条 本市行政区域内的城市供水活动，适用本办法。
第二章 附则
第三条 本办法自2021年4月1日起施行。`;
const BODY = `现将《青川市城市供水管理办法》印发给你们，请认真贯彻执行。
青川市人民政府
2021年3月5日`;
const TITLE = '青川市人民政府关于印发《青川市城市供水管理办法》的通知';

const DECREE = `江岭省人民政府令
第215号
《江岭省城镇燃气安全管理办法》已经2022年4月20日省人民政府第88次常务会议通过，现予公布，自2022年7月1日起施行。
省长　林某某
2022年5月6日
江岭省城镇燃气安全管理办法
第一章 总则
第一条 为了加强城镇燃气安全管理，制定本办法。
第二条 本办法自2022年7月1日起施行。`;

const FORWARD_HEAD = `青川市人民政府办公室关于转发江岭省城镇燃气安全管理办法的通知
青政办发〔2022〕11号
各区县人民政府，市政府各部门：
现将《江岭省城镇燃气安全管理办法》转发给你们，请结合实际认真贯彻落实。
青川市人民政府办公室
2022年6月8日`;

const DATABASE_COPY = `# 机关、事业单位贯彻《江岭省职工休假规定》的实施办法

关于印发《机关、事业单位贯彻<江岭省职工休假规定>的实施办法》的通知

江人社发［2019］32号

各市人力资源和社会保障局，省直各单位：

根据《江岭省职工休假规定》，我厅制定了《机关、事业单位贯彻〈江岭省职工休假规定〉的实施办法》，现印发给你们，请遵照执行。

江岭省人力资源和社会保障厅

二〇一九年三月二十六日

<!-- INFO END -->

第一条 根据《江岭省职工休假规定》，制定本办法。

第二条 本办法自2019年5月1日起施行。`;

const LAW = `江岭省城镇燃气安全管理条例
（2020年9月25日江岭省第十三届人民代表大会常务委员会第二十一次会议通过　根据2022年3月30日江岭省第十三届人民代表大会常务委员会第三十二次会议修正）
第一章 总则
第一条 为了加强城镇燃气安全管理，制定本条例。
第二条 燃气经营者应当在接到停气通知后，及时告知用户。
第三条 本条例自2021年1月1日起施行。`;

type Expected = Partial<Pick<GazetteDocument, 'title' | 'docNumber' | 'issuingBody' | 'date' | 'level' | 'instrumentTitle'>> & { kind: GazetteKind; outline: string[] };

const ISSUED_OUTLINE = ['青川市城市供水管理办法', '第一章', '第一条', '第二条', '第二章', '第三条'];

describe('a 公文 that carries rules, and rules that are laws', () => {
  it.each<[string, string, DocumentFields | undefined, Expected]>([
    ['a notice that issues rules', `${TITLE}\n青政发〔2021〕3号\n各区县人民政府，市政府各部门：\n${BODY}\n${RULES}`, undefined,
      { kind: 'document', title: TITLE, docNumber: '青政发〔2021〕3号', issuingBody: '青川市人民政府', date: '2021-03-05', instrumentTitle: '青川市城市供水管理办法', outline: ISSUED_OUTLINE }],
    ['a notice whose number is glued to its title, recipients without a list', `${TITLE} 青政发〔2021〕3号\n市直有关单位：\n${BODY}\n${RULES}`, undefined,
      { kind: 'document', title: TITLE, docNumber: '青政发〔2021〕3号', issuingBody: '青川市人民政府', date: '2021-03-05', outline: ISSUED_OUTLINE }],
    ['a notice with no title printed', `青政发〔2021〕3号\n市直有关单位：\n${BODY}\n${RULES}`, undefined,
      { kind: 'document', docNumber: '青政发〔2021〕3号', issuingBody: '青川市人民政府', date: '2021-03-05', instrumentTitle: '青川市城市供水管理办法', outline: ISSUED_OUTLINE }],
    ['a notice that forwards a provincial rule with its decree', `${FORWARD_HEAD}\n${DECREE}`, undefined,
      { kind: 'document', title: '青川市人民政府办公室关于转发江岭省城镇燃气安全管理办法的通知', docNumber: '青政办发〔2022〕11号', issuingBody: '青川市人民政府办公室', date: '2022-06-08', instrumentTitle: '江岭省城镇燃气安全管理办法', outline: ['江岭省城镇燃气安全管理办法', '第一章', '第一条', '第二条'] }],
    ["a law database's copy headed by the rules' name", DATABASE_COPY, undefined,
      { kind: 'document', title: '关于印发《机关、事业单位贯彻<江岭省职工休假规定>的实施办法》的通知', docNumber: '江人社发〔2019〕32号', issuingBody: '江岭省人力资源和社会保障厅', date: '2019-03-26', outline: ['第一条', '第二条'] }],
    ["a page whose table names the notice, the text only its body and the rules", `市直有关单位：\n${BODY}\n${RULES}`, { title: '青川市人民政府关于印发青川市城市供水管理办法的通知', docNumber: '青政发〔2021〕3号' },
      { kind: 'document', title: '青川市人民政府关于印发青川市城市供水管理办法的通知', docNumber: '青政发〔2021〕3号', outline: ISSUED_OUTLINE }],
    ['a decree that promulgates rules', DECREE, undefined,
      { kind: 'law', title: '江岭省城镇燃气安全管理办法', docNumber: '江岭省人民政府令第215号', issuingBody: '江岭省人民政府', level: '地方政府规章', outline: ['第一章', '第一条', '第二条'] }],
    ['a regulation with its adoption history, mentioning a notice in an article', LAW, undefined,
      { kind: 'law', title: '江岭省城镇燃气安全管理条例', issuingBody: '江岭省人民代表大会常务委员会', level: '地方性法规', outline: ['第一章', '第一条', '第二条', '第三条'] }],
  ])('%s', (_name, text, fields, expected) => {
    const source = textToSourceText(text, { path: 'page.txt', sha256: 'a'.repeat(64), format: 'text' });
    const record = pipeline(fields ? { ...source, fields } : source);
    const { kind, outline, ...head } = expected;
    expect(record.kind).toBe(kind);
    expect(record.documents).toHaveLength(1);
    const [doc] = record.documents;
    expect(doc).toMatchObject(head);
    expect(doc.outline.map((n) => n.label || n.title)).toEqual(outline);
    // The rules are the document's text, every article searchable.
    expect(doc.text).toContain('第二条 ');
  });
});

describe('a notice that issues rules, however its head and the rules are printed', () => {
  const title = '青川市人民政府关于印发青川市城市供水管理办法的通知';
  const heads: Record<string, string[]> = {
    'number under the title': [title, '青政发〔2021〕3号'],
    'number above the title': ['青政发〔2021〕3号', title],
    'a red head': ['青川市人民政府文件', '青政发〔2021〕3号', title],
    'the title over two lines': ['青川市人民政府关于印发', '青川市城市供水管理办法的通知', '青政发〔2021〕3号'],
    'the number glued to the title': [`${title}（青政发〔2021〕3号）`],
    'page navigation and a metadata block': ['当前位置：首页 > 政务公开 > 政策文件', '索引号：11510800-2021-00012', '文号：青政发〔2021〕3号', '发布日期：2021-03-08', title],
  };
  const recipients = ['各区县人民政府，市政府各部门：', '市直有关单位：'];
  const signOffs = [['青川市人民政府', '2021年3月5日'], ['青川市人民政府', '二〇二一年三月五日', '（此件公开发布）'], ['青川市人民政府 2021年3月5日']];
  const rules: Record<string, string[]> = {
    chapters: ['青川市城市供水管理办法', '第一章 总则', '第一条 为了加强城市供水管理，制定本办法。', '第二章 附则', '第二条 本办法自2021年4月1日起施行。'],
    'under 附件': ['附件', '青川市城市供水管理办法', '第一条 为了加强城市供水管理，制定本办法。', '第二条 本办法自2021年4月1日起施行。'],
    'a 目录': ['青川市城市供水管理办法', '目  录', '第一章 总则', '第二章 附则', '第一章 总则', '第一条 为了加强城市供水管理，制定本办法。', '第二章 附则', '第二条 本办法自2021年4月1日起施行。'],
    'an adoption line': ['青川市城市供水管理办法', '（2021年2月20日市人民政府第5次常务会议通过）', '第一条 为了加强城市供水管理，制定本办法。', '第二条 本办法自2021年4月1日起施行。'],
  };
  const cases = Object.entries(heads).flatMap(([h, head]) =>
    Object.entries(rules).flatMap(([r, body]) => recipients.flatMap((to) => signOffs.map((sign): [string, string] => [`${h}, rules with ${r}, ${to} ${sign.join(' ')}`, [...head, to, '现将《青川市城市供水管理办法》印发给你们，请认真贯彻执行。', ...sign, ...body].join('\n')]))),
  );

  it.each(cases)('%s', (_name, text) => {
    const record = pipeline(textToSourceText(text, { path: 'page.txt', sha256: 'b'.repeat(64), format: 'text' }));
    expect(record.kind).toBe('document');
    expect(record.documents).toHaveLength(1);
    const [doc] = record.documents;
    expect(doc).toMatchObject({ title, docNumber: '青政发〔2021〕3号', issuingBody: '青川市人民政府', date: '2021-03-05', instrumentTitle: '青川市城市供水管理办法' });
    expect(doc.outline.filter((n) => n.level === 1 && n.label === '').map((n) => n.title)).toEqual(['青川市城市供水管理办法']);
    expect(doc.outline.filter((n) => n.label.endsWith('条')).map((n) => n.label)).toEqual(['第一条', '第二条']);
  });
});
