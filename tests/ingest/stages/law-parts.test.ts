/**
 * The head of a law between its title and its first article: a 政府信息公开 table a page prints
 * there (索引号 | … | 是否有效 | 是 |) is the page's, passed over on the way to the 题注; a
 * labelled line of the law's own (颁布日期:2001-6-3) stays in the head.
 */
import { describe, expect, it } from 'vitest';
import { textToSourceText } from '../../../ingest/read/text';
import { readLaw } from '../../../ingest/stages/read-law';

// Short texts written for these tests, in the shapes 政府信息公开 pages print laws in.
const read = (text: string) => readLaw(textToSourceText(text, { path: 'page.txt', sha256: 'x', format: 'text' }), { gazetteId: 'g' });

const NOTE = '(2016年11月13日青川市第四届人民代表大会第一次会议通过 2017年3月30日东海省第十二届人民代表大会常务委员会第三十次会议批准)';
const BODY = '第一章 总 则\n第一条 为了规范立法活动，制定本条例。\n第二条 本条例自公布之日起施行。';
const TITLE = '青川市立法条例';

describe('lawParts: a 政府信息公开 table between the title and the 题注', () => {
  it.each<[string, string]>([
    ['rows flattened with bars, the title printed again', `${TITLE}\n索引号 | 6207250033/2025-00049 | 发文字号 | |\n公开形式 | 主动公开 | 公开目录 | |\n生成日期 | 2025-04-18 16:26:24 | 是否有效 | 是 |\n${TITLE}\n${NOTE}\n${BODY}`],
    ['labelled rows, one a line', `${TITLE}\n索引号：000000000/2024-00123\n主题分类：综合政务\n${NOTE}\n${BODY}`],
  ])('%s: the 题注 is read, the table\'s dates are none of its history', (_name, text) => {
    expect(read(text)).toMatchObject({ title: TITLE, level: '地方性法规', issuingBody: '青川市人民代表大会', publishedOn: '2017-03-30' });
  });

  it.each<[string, string, string | undefined]>([
    ["a labelled line of the law's own is still read", `${TITLE}\n颁布日期:2001-6-3\n颁布单位:青川市人民代表大会常务委员会\n${BODY}`, '2001-06-03'],
    ["a page's fields before an organ's line, no 题注 after them: the head ends at them", `${TITLE}\n浏览次数:\n青川市人民政府\n${BODY}`, undefined],
    ['a bar inside a body sentence opens no table: the head ends there', `${TITLE}\n第一条 数值 | 单位 | 说明。\n${NOTE}\n第二条 本条例自公布之日起施行。`, undefined],
    // Must not: a labelled line after the text has begun (a 第一章 above it) is no head's.
    ['a labelled line under the first chapter heading is the text\'s', `${TITLE}\n收藏\n第一章 总 则\n颁布日期:2001-6-3\n第一条 为了规范立法活动，制定本条例。`, undefined],
    ['a long paragraph before a labelled line ends the head', `${TITLE}\n为了规范立法活动，根据宪法和有关法律的规定，结合本市实际，制定本条例，本条例适用于本市。\n颁布日期:2001-6-3\n${BODY}`, undefined],
  ])('%s', (_name, text, publishedOn) => {
    expect(read(text)?.publishedOn).toBe(publishedOn);
    expect(read(text)?.issuingBody).not.toBe('青川市人民政府');
  });
});

describe('lawParts: a law database\'s buttons and notice between the title and its labelled lines', () => {
  it('passes over them to 颁布部门, 法律效力, 颁布日期', () => {
    const text = `${TITLE}\n收藏\n下载法规\n我要纠错\n资料来自公开网络,仅提供网友学习讨论使用\n原文版权归原版权人拥有\n发文字号:——\n颁布部门:青川市人民代表大会常务委员会\n法律效力:地方性法规\n颁布日期:2017-03-30\n${TITLE}\n${NOTE}\n${BODY}`;
    expect(read(text)).toMatchObject({ title: TITLE, level: '地方性法规', issuingBody: '青川市人民代表大会常务委员会', publishedOn: '2017-03-30' });
    // Must not: the dashes of an empty 发文字号 are no number.
    expect(read(text)?.docNumber).toBeUndefined();
  });
});

describe('lawParts: a reply to a deputy\'s suggestion is a 公文, whatever 人大 its title names', () => {
  it.each([
    ['a city 人大\'s session named in full', '对青川市第九届人民代表大会第三次会议第31号建议的答复'],
    ['a reply on how a suggestion was handled', '关于对市十五届人大一次会议第40号建议办理情况的答复'],
    ['a reply to a member\'s proposal', '对市政协十一届二次会议第12号提案的答复'],
  ])('%s is no law', (_name, title) => {
    expect(read(`${title}\n某某代表：\n您提出的建议收悉。现答复如下：\n感谢您的关心。\n2023年7月18日`)).toBeUndefined();
  });

  // Must not: a law-making body's answer on the law (关于…问题的答复) is still read as one.
  it('a 人大常委会\'s answer on a question of law stays a law', () => {
    const text = '全国人民代表大会常务委员会法制工作委员会关于某问题的答复\n（2004年4月1日）\n第一条 某问题，依照本法执行。';
    expect(read(text)?.title).toBe('全国人民代表大会常务委员会法制工作委员会关于某问题的答复');
  });
});

describe('lawParts: a database\'s note after the title that the text follows (附:修正本)', () => {
  const DECISION = '东海省人民代表大会常务委员会关于修改《东海省防震减灾条例》的决定';
  const AMEND = '(1999年12月10日东海省第九届人民代表大会常务委员会第十二次会议通过)\n东海省第九届人民代表大会常务委员会第十二次会议决定对《东海省防震减灾条例》作如下修改：\n一、第三条修改为：“…”';
  it.each([
    ['附:修正本', `${DECISION} 附:修正本`],
    ['附：修订本, full-width colon', `${DECISION}　附：修订本`],
    ['(附:修正文本) in brackets', `${DECISION}(附:修正文本)`],
  ])('%s is no part of the title', (_name, line) => {
    expect(read(`${line}\n${AMEND}`)).toMatchObject({ title: DECISION, type: '决定', level: '地方性法规', issuingBody: '东海省人民代表大会常务委员会' });
  });

  it('must not: a title that ends in 附则 or holds 附 elsewhere keeps it', () => {
    const title = '东海省实施《某法》附加规定';
    expect(read(`${title}\n(1999年12月10日东海省第九届人民代表大会常务委员会第十二次会议通过)\n${BODY}`)?.title).toBe(title);
  });
});

describe('lawParts: a title a gazette sets over three lines', () => {
  const DECREE = '• 青川市人民政府令\n第268号\n《青川市人民政府关于机构改革涉及市政府规章规定的行政机关职责调整问题的决定》已经市人民政府常务会议审议通过，现予公布。\n市长某某\n2019年2月20日';
  const DECISION = '为贯彻有关精神，现作如下决定：\n一、现行市政府规章规定的行政机关职责，由组建后的行政机关承担。';
  it.each<[string, string]>([
    ['under a decree with a portal\'s bullet, blank lines between', `${DECREE}\n青川市人民政府关于机构改革\n\n涉及市政府规章规定的\n\n行政机关职责调整问题的决定\n\n${DECISION}`],
    ['under a decree, no blank lines', `${DECREE}\n青川市人民政府关于机构改革\n涉及市政府规章规定的\n行政机关职责调整问题的决定\n${DECISION}`],
  ])('%s: the first line is the title\'s, the decree\'s organ its issuer', (_name, text) => {
    expect(read(text)).toMatchObject({ title: '青川市人民政府关于机构改革涉及市政府规章规定的行政机关职责调整问题的决定', issuingBody: '青川市人民政府' });
  });

  // MUST NOT: two labels above a whole title (您的当前位置: / 省人大颁布的地方法规 / 东海省预算管理条例) join none of it.
  it('keeps labels above a whole title out of it', () => {
    expect(read('您的当前位置:\n省人大颁布的地方法规\n东海省预算管理条例\n(1991年3月13日东海省第七届人民代表大会第四次会议通过)\n第一章 总 则\n第一条 为加强预算管理，制定本条例。')?.title).toBe('东海省预算管理条例');
  });
});

describe('lawParts: a 公文 that carries a draft, and a 公文 dated in brackets', () => {
  // 附件：1.某办法（草案征求意见稿） lists what the 公告 carries, above its 落款: never the rules' title.
  it('a 公告 listing its draft in 附件 is no law', () => {
    const text = '关于《东海省某管理办法（草案征求意见稿）》公开征求意见的公告\n为了做好某工作，现面向社会公开征求意见。\n附件：1.东海省某管理办法（草案征求意见稿）\n2.关于《东海省某管理办法（草案征求意见稿）》的解读说明\n东海省司法厅\n2024年9月30日\n附件1\n东海省某管理办法\n（草案征求意见稿）\n第一条 为了规范某工作，制定本办法。\n第二条 本办法适用于本省。';
    expect(read(text)).toBeUndefined();
  });

  // (2021年2月18日) closed on its line heads the text below; the 书名号 there is no adopter.
  it('an opinion dated in brackets, citing the 国务院 in its title, is no law', () => {
    const text = '东海省委 东海省人民政府关于贯彻《中共中央、国务院关于某事的意见》的实施意见\n(2021年2月18日)\n为深入贯彻《中共中央、国务院关于某事的意见》精神，结合本省实际，提出如下实施意见。\n一、总体要求';
    expect(read(text)).toBeUndefined();
  });

  // Must not: a 题注 wrapped over two lines still joins, and the law keeps its adopter.
  it('a bracketed history wrapped over two lines still reads as the law\'s', () => {
    const text = '东海省某条例\n（2001年6月3日\n东海省第九届人民代表大会常务委员会第二十三次会议通过）\n第一条 为了规范某工作，制定本条例。\n第二条 本条例自公布之日起施行。';
    expect(read(text)).toMatchObject({ title: '东海省某条例', level: '地方性法规', issuingBody: '东海省人民代表大会常务委员会' });
  });

  // Must not: a law page whose title stands first keeps it though a 附件 line follows the text.
  it('a law with a 附件 line after its articles keeps its title', () => {
    const text = '东海省某管理办法\n（2020年5月1日东海省人民政府令第12号公布）\n第一条 为了规范某工作，制定本办法。\n第二条 本办法自公布之日起施行。\n附件：1.某表';
    expect(read(text)?.title).toBe('东海省某管理办法');
  });
});
