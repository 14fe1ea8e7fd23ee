/** Who issued a document (read-document, document-issuers): the 落款, the title, a field, and an organ printed without its place completed from the text. */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../ingest/stages/read-document';
import type { DocumentFields, Source } from '../../../src/model';

/** A plain text's lines read as one document. */
const textSource: Source = { path: 'doc.txt', sha256: 'abc', format: 'text', encoding: 'utf-8' };
const read = (lines: string[], fields: DocumentFields = {}) => readDocument({ source: textSource, lines: lines.map((text) => ({ text })), messages: [], fields }, { gazetteId: 'g' });

describe('readDocument issuers', () => {

  it.each([
    ['joint issuers of the 落款, as a list and joined with 、', ['某市民政局 某市财政局 关于提高低保标准的通知', '各镇人民政府:', '正文。', '某市民政局           某市财政局', '20221117'], {}, { issuingBody: '某市民政局、某市财政局', issuers: ['某市民政局', '某市财政局'] }],
    ['the title names the issuer when the 落款 has none', ['某县人民政府办公室关于印发某办法的通知', '各乡镇人民政府:', '正文。', '2020年12月2日'], {}, { issuingBody: '某县人民政府办公室' }],
    ['the 落款 over the title', ['某区人民政府森林防火禁火令', '正文。', '某市某区人民政府', '2025年1月8日'], {}, { issuingBody: '某市某区人民政府' }],
    ['an organ line above the title when nothing else names one', ['某省人工影响天气管理规定', '某省人民政府', '某省人工影响天气管理规定', '政府令〔2010〕第15号', '正文。', '省长', '二○一○年十二月二十五日'], {}, { issuingBody: '某省人民政府', docNumber: '政府令〔2010〕第15号', date: '2010-12-25' }],
    ['a short organ in a field, given its full name', ['关于表彰先进单位的决定', '正文。'], { issuingBody: '盘锦市政府' }, { issuingBody: '盘锦市人民政府' }],
    ['a bare 县人民政府 in the title completed by the stated organ', ['县人民政府关于给予某单位集体嘉奖的决定', '正文。'], { issuingBody: '嘉鱼县人民政府' }, { issuingBody: '嘉鱼县人民政府' }],
    ['the government a title without 关于 starts with, when nothing else names one', ['某县人民政府征收土地预公告', '某政〔2024〕72号', '一、拟征收土地用途。', '特此公告。', '2024年10月12日'], {}, { issuingBody: '某县人民政府', date: '2024-10-12' }],
    ['a stated organ over the government a title starts with', ['某县人民政府工作规则', '第一章 总则'], { issuingBody: '某县人民政府办公室' }, { issuingBody: '某县人民政府办公室' }],
    // A 发文机构 field naming the site, not an organ: the title's government stands.
    ['a field that names the site, not an organ', ['某县人民政府工作规则', '第一章 总则'], { issuingBody: '县政府网站' }, { issuingBody: '某县人民政府' }],
  ])('%s', (_, lines, fields, expected) => {
    expect(read(lines, fields)).toMatchObject(expected);
  });

  it.each([
    ['a 落款 that lost its place, completed by the title', ['某县人民政府关于公布非遗名录的通知', '各乡镇人民政府：', '正文。', '人民政府', '2019年6月1日'], {}, { issuingBody: '某县人民政府' }],
    ['a 落款 that lost its place, completed by the metadata after the body', ['关于印发某县垃圾分类实施方案的通知', '各乡镇人民政府：', '正文。', '人民政府办公室', '2023年2月10日', '索引号：11410000-2023-00012  发文机关：某县人民政府办公室'], {}, { issuingBody: '某县人民政府办公室' }],
    ['a department without its place, completed by the organ line above the title', ['某县民政局', '关于调整城乡低保标准的通知', '各乡镇：', '正文。', '民政局', '2020年1月2日'], {}, { issuingBody: '某县民政局' }],
    ['a 落款 that lost its place, completed by the page\'s source line', ['某某布告', '正文。', '防控应急指挥部', '2022年4月1日', '来源:某县新冠肺炎防控应急指挥部'], {}, { issuingBody: '某县新冠肺炎防控应急指挥部' }],
    ['a 落款 that lost its place, completed by a bracketed label\'s organ', ['关于做好防汛工作的通知', '各乡镇人民政府：', '正文。', '办公室', '2022年6月1日', '【发布机构】某县人民政府办公室 【成文日期】2022-06-01'], {}, { issuingBody: '某县人民政府办公室' }],
    ['an organ and its 文种 as the title, the date alone', ['某县疫情防控指挥部', '通 告', '为做好疫情防控工作，现通告如下。', '2020年1月23日'], {}, { issuingBody: '某县疫情防控指挥部', date: '2020-01-23' }],
    ['a 落款 that lost its place, completed by the 版记', ['关于做好防汛工作的通知', '各乡镇人民政府：', '正文。', '办公室', '2022年6月1日', '抄送：县委办公室。', '某县人民政府办公室         2022年6月2日印发'], {}, { issuingBody: '某县人民政府办公室' }],
    ['a 落款 that lost its place, completed by the place its number\'s 代字 names in the text', ['关于做好秸秆禁烧工作的通知', '梁政办发〔2021〕21号', '各乡镇人民政府：', '请梁山县生态环境局牵头落实。', '县人民政府办公室', '2021年9月10日'], {}, { issuingBody: '梁山县人民政府办公室' }],
    ['a 落款 that lost its place, completed by the one place of its kind the text names', ['关于禁止露天焚烧秸秆的通告', '为保护梁山县大气环境，现通告如下：', '一、全县禁止露天焚烧秸秆。', '县人民政府', '2021年9月10日'], {}, { issuingBody: '梁山县人民政府' }],
    ['a 落款 that lost its place, completed by the number\'s region', ['关于加强某项管理的通知', '晋政发〔2018〕13号', '各市人民政府：', '正文。', '人民政府', '2018年3月27日'], {}, { issuingBody: '山西省人民政府' }],
    ['a heading that lost its place, addressed to one organ: the number\'s region, not the 主送机关', ['人民政府关于同意某县部分乡镇行政区划调整的批复', '晋政函〔2016〕22号', '某市人民政府:', '你市《关于某事的请示》收悉。经研究，现批复如下。'], {}, { issuingBody: '山西省人民政府' }],
  ])('%s', (_, lines, fields, expected) => {
    expect(read(lines, fields)).toMatchObject(expected);
  });

  it.each([
    ['人民政府 with nothing to complete it', ['关于加强城区停车管理的通告', '某政告〔2020〕1号', '正文。', '人民政府', '2020年7月1日']],
    ['办公室 with only a party office elsewhere', ['关于开展爱国卫生运动的通知', '各乡镇：', '正文。', '办公室', '2022年4月1日', '抄送：各乡镇人民政府，县委办公室。']],
    ['人民政府 addressed to one organ, with no number to place it', ['人民政府关于同意某县部分乡镇行政区划调整的批复', '某市人民政府:', '你市《关于某事的请示》收悉。经研究，现批复如下。']],
    ['县人民政府 with two counties named as often', ['关于跨县河道清淤的通告', '梁山县与汶上县交界河道清淤，现通告如下：', '县人民政府', '2021年9月10日']],
    ['区人民政府 with only a county named', ['关于禁止露天焚烧秸秆的通告', '为保护梁山县大气环境，现通告如下：', '区人民政府', '2021年9月10日']],
    ['人民政府 with only the recipients naming governments', ['关于开展某项工作的通知', '各乡镇人民政府', '正文。', '人民政府', '2022年4月1日']],
  ])('leaves the issuer empty, with a warning, for %s', (_, lines) => {
    const doc = read(lines);
    expect(doc).not.toHaveProperty('issuingBody');
    expect(doc.messages.map((m) => m.message).join()).toContain('缺少地名');
  });

  it('keeps no blank line as a paragraph', () => {
    const doc = read(['', '关于做好防汛工作的通知', '各乡镇人民政府：', '', '请认真做好防汛工作。', '  ', '某县人民政府', '2023年1月5日', '']);
    expect(doc.paragraphs.map((p) => p.text)).toEqual(['各乡镇人民政府：', '请认真做好防汛工作。', '某县人民政府', '2023年1月5日']);
  });

  it('takes no issuer from a title that starts with a place but names no government', () => {
    expect(read(['某县禁止燃放烟花爆竹补充规定', '第一条 为了保障安全,制定本规定。'])).not.toHaveProperty('issuingBody');
  });

  it('takes no issuer from a gazette\'s name, nor a field\'s label for the title', () => {
    const doc = read(['摘要', '《某某政报》(2003年改为《某省人民政府公报》)是由某省人民政府主管的政府出版物。', '出处', '《某省人民政府公报》', '2009年第13期50-50,共1页']);
    expect(doc.title).toBe('某省人民政府公报');
    expect(doc).not.toHaveProperty('issuingBody');
  });

  it('stores no bare 县人民政府 when nothing on the page completes it', () => {
    expect(read(['县人民政府关于给予某单位集体嘉奖的决定', '正文。'])).not.toHaveProperty('issuingBody');
  });

  it('keeps a named county organ the stated field does not end with', () => {
    expect(read(['某县人民政府关于某事的通知', '正文。'], { issuingBody: '某市人民政府' })).toMatchObject({ issuingBody: '某县人民政府' });
  });

  it('keeps a single issuer out of issuers', () => {
    expect(read(['某县人民政府关于某事的通知', '正文。', '某县人民政府', '2022年1月1日'])).not.toHaveProperty('issuers');
  });
});
