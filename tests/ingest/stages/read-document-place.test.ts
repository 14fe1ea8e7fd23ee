/** A document's place: its county and its level (效力级别), from its issuer, else what its text names. */
import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../ingest/stages/read-document';
import type { Source } from '../../../src/model';

/** A plain text's lines read as one document. */
const textSource: Source = { path: 'doc.txt', sha256: 'abc', format: 'text', encoding: 'utf-8' };
const read = (lines: string[]) => readDocument({ source: textSource, lines: lines.map((text) => ({ text })), messages: [], fields: {} }, { gazetteId: 'g' });

describe('readDocument level of a township\'s document', () => {
  // The issuer's own level: a 镇's, 乡's or 街道's organ is a township's, below its county.
  it.each([
    ['a 镇 government\'s notice', ['关于做好秸秆禁烧工作的通知', '各村民委员会：', '请认真落实。', '某某镇人民政府', '2022年6月1日']],
    ['a 民族乡 government\'s notice', ['关于开展人居环境整治的通知', '各村：', '正文。', '某某回族乡人民政府', '2022年6月1日']],
    ['a street office\'s notice', ['关于开展垃圾分类的通知', '各社区居民委员会：', '正文。', '某某街道办事处', '2022年6月1日']],
    ['a 苏木 government\'s notice naming its county', ['关于草原防火的通知', '各嘎查：', '请某某旗应急管理局指导。', '某某苏木人民政府', '2022年6月1日']],
    ['a town under its county in its issuer\'s name', ['某县城关镇人民政府关于公布网格员名单的通知', '各村：', '正文。', '某县城关镇人民政府', '2022年6月1日']],
  ])('%s is township', (_, lines) => {
    expect(read(lines).level).toBe('township');
  });

  // Must not: a town the text names or writes to, a county's organ that names a town.
  it.each([
    ['a county government\'s notice to a town', ['某县人民政府关于某某镇撤镇设街道的批复', '某某镇人民政府：', '你镇的请示收悉。', '某县人民政府', '2022年6月1日'], 'county'],
    ['a county bureau naming 城关镇 in the text', ['关于城关镇供水管网改造的通知', '城关镇人民政府：', '请城关镇配合。', '某县住房和城乡建设局', '2022年6月1日'], 'county'],
    ['a county government\'s 落款 after a town\'s request', ['关于同意某某乡撤乡设镇的批复', '某某乡人民政府：', '你乡《关于撤乡设镇的请示》收悉。', '某县人民政府', '2022年6月1日'], 'county'],
    ['a city office writing to every town', ['关于做好防汛工作的通知', '各乡镇人民政府、各街道办事处：', '正文。', '某某市人民政府办公室', '2022年6月1日'], undefined],
  ])('%s is not township', (_, lines, level) => {
    expect(read(lines).level).toBe(level);
  });
});

describe('readDocument level of a document that prints no issuer', () => {
  // Whom it addresses (主送), else the place its printed title opens with.
  it.each([
    ['a notice to the counties and the city\'s own departments', ['关于某事的通知', '各县(市)、区人民政府，市政府各部门：', '现将有关事项通知如下。'], 'city'],
    ['a notice to the towns and the county\'s departments', ['关于某事的通知', '各乡镇人民政府，县直有关单位：', '现将有关事项通知如下。'], 'county'],
    ['a report titled with its county', ['平阳县2022年政务公开工作要点', '一、总体要求', '正文。'], 'county'],
    ['a plan titled with its province', ['湖北省某某建设规划', '一、规划背景', '正文。'], 'provincial'],
    ['an announcement titled with its autonomous region before 关于', ['西藏自治区关于解除部分地区交通管制的通告', '根据工作进展情况，现通告如下：', '一、解除管制的路段。'], 'provincial'],
  ])('%s', (_, lines, level) => {
    expect(read(lines).level).toBe(level);
  });

  // MUST NOT: 全省 is no province's name; an address to 各有关单位 names no level.
  it.each([
    ['a title opening with 全省', ['全省公立医疗机构监测情况的通报', '正文。']],
    ['a notice to 各有关单位', ['关于某事的通知', '各有关单位：', '现将有关事项通知如下。']],
  ])('%s has none', (_, lines) => {
    expect(read(lines).level).toBeUndefined();
  });
});

describe('readDocument level of an issuer printed with its kind of place only', () => {
  // A county's own page signs 县防汛抗旱指挥部办公室: the kind of place, no name — the text's own place says the level.
  it.each([
    ['a county office signing without the county\'s name (我县)', ['根据气象部门预报，我县将出现一次暴雨过程。请全县民众做好防范准备。', '县防汛抗旱指挥部办公室', '二○一○年五月十一日'], 'county'],
    ['a county bureau writing to the towns', ['关于做好防汛工作的通知', '各乡镇人民政府，县直有关单位：', '请认真落实。', '县水利局', '2022年6月1日'], 'county'],
  ])('%s', (_, lines, level) => {
    expect(read(lines).level).toBe(level);
  });

  // MUST NOT: such an issuer in a text that names no place of its own gets no level; a named one keeps its own.
  it.each([
    ['a county office with no place in the text', ['请各单位做好防范准备。', '县防汛抗旱指挥部办公室', '2010年5月11日'], undefined],
    ['a named city bureau in a text saying 我县', ['关于某事的通知', '各县人民政府：', '我县要做好防范准备。', '济宁市水利局', '2022年6月1日'], 'city'],
  ])('%s', (_, lines, level) => {
    expect(read(lines).level).toBe(level);
  });
});

describe('readDocument county of a township', () => {
  it('files a township organ\'s document under the county its text names', () => {
    expect(read(['关于取消物资交流会的通告', '全乡居民：', '按照平阳县疫情防控领导小组办公室要求，决定取消交流会。', '某某乡人民政府', '2021年9月15日']).county).toBe('平阳县');
  });

  it.each([
    ['a county organ naming another county', ['关于学习经验的通知', '各乡镇：', '请学习平阳县疫情防控的做法。', '某某局', '2021年9月15日']],
    ['a township naming no county', ['关于成立协会的通知', '各村：', '推进生态建设，成立志愿者协会。', '某某镇人民政府', '2018年5月28日']],
  ])('files none: %s', (_, lines) => {
    expect(read(lines).county).toBeUndefined();
  });
});

describe('readDocument level of a text with no issuer', () => {
  // The place the text calls its own (我旗, 我市) gives the level when no issuer is read.
  it.each([
    ['a 旗 report delivered by its head', ['政府工作报告', '——在东乌珠穆沁旗人民代表大会上', '各位代表：', '过去一年，东乌珠穆沁旗经济平稳，我旗牧民收入增长。'], '东乌珠穆沁旗', 'county'],
    ['a city plan', ['河长制工作方案', '为做好我市河湖管理，结合长春市实际，制定本方案。'], '长春市', 'city'],
  ])('%s', (_, lines, county, level) => {
    expect(read(lines)).toMatchObject({ county, level });
  });

  // Must not: the issuer's level stands over the place the text calls its own; no own place, no level.
  it.each([
    ['an issuer of another level', ['某省人民政府关于河长制的通知', '各市人民政府：', '我市长春市要抓好落实。', '某省人民政府', '2020年1月2日'], 'provincial'],
    ['no place the text calls its own', ['工作方案', '为做好河湖管理，制定本方案。'], undefined],
  ])('%s', (_, lines, level) => {
    expect(read(lines).level).toBe(level);
  });
});

describe('readDocument county of a text with no issuer\'s place', () => {
  it.each([
    ['a printed title opening with its place, no issuer read', ['甲乙市山洪灾害防御工作指南', '一、总则', '为做好山洪灾害防御工作，制定本指南。'], '甲乙市'],
    ['a title opening with 关于', ['关于全县禁止焚烧秸秆的通告', '为保护环境，现通告如下。'], undefined],
    ['a body sentence standing in for the title', ['甲乙市各单位要认真做好防汛工作，确保安全度汛。'], undefined],
    ['the publisher its metadata block names, nothing else naming a place', ['关于做好秋季开学工作的通知', '发布机构：甲乙县教育局', '各中小学校：', '现就开学工作通知如下。'], '甲乙县'],
    ['the title\'s place before the publisher\'s', ['丙丁市山洪灾害防御工作指南', '发布机构：甲乙县教育局', '一、总则'], '丙丁市'],
  ])('takes the county from %s', (_, lines, county) => {
    expect(read(lines).county).toBe(county);
  });

  it('never takes the publisher for the issuer', () => {
    const doc = read(['关于做好秋季开学工作的通知', '发布机构：甲乙县教育局', '各中小学校：', '现就开学工作通知如下。']);
    expect(doc.issuingBody).toBeUndefined();
    expect(doc.level).toBeUndefined();
  });
});

describe('readDocument county of a reply to a deputy\'s suggestion', () => {
  // 对 opens the title; the place after it is the 人大's, the reply's county.
  it.each([
    ['a county-level city\'s 人大 named in full', ['对沙河市第九届人民代表大会第三次会议第31号建议的答复', '某某等3名代表：', '您提出的建议收悉，现答复如下：', '感谢您对我局工作的支持。'], '沙河市'],
    ['a county named after 对 with 人大 short', ['对某某县十六届人大一次会议第3号建议的答复', '某某代表：', '你提出的建议收悉。'], '某某县'],
  ])('%s', (_, lines, county) => {
    expect(read(lines).county).toBe(county);
  });

  // Must not: 对县 or 对某市 is no place; a 对 opening no session's reply is kept.
  it.each([
    ['对 before 县 alone (对县十六届人大…)', ['对县十六届人大一次会议第3号建议的答复(水利局)', '某某代表：', '你提出的建议收悉。']],
  ])('files none: %s', (_, lines) => {
    expect(read(lines).county).toBeUndefined();
  });
  it('keeps a title opening with 对 that names no session', () => {
    expect(read(['对外贸易经济合作局关于某事的通知', '各企业：', '正文。', '2020年1月1日']).county).not.toBe('外贸易');
  });
});

describe('readDocument issuer a number\'s 代字 names when none is printed', () => {
  // A 政报 abstract or a law-database copy: the number, the 主送机关, the text; no organ anywhere.
  it.each([
    ['a province\'s office, its list a province\'s', ['鲁政办字〔2022〕60号各市人民政府,各县(市、区)人民政府,省政府各部门、各直属机构:为深入贯彻…,经省政府同意,现提出如下意见。'], '山东省人民政府办公厅', 'provincial'],
    ['a gazette abstract, the 成文日期 after the number', ['赣府厅字[2018]87号2018年9月18日各市、县(区)人民政府,省政府各部门:一年来,全省各地…'], '江西省人民政府办公厅', 'provincial'],
    ['the State Council\'s', ['国办发〔2019〕6号', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', '经国务院同意，现将有关事项通知如下。'], '国务院办公厅', 'national'],
    ['a county\'s on a page of the county it calls its own', ['关于做好防汛工作的通知', '镇政发〔2024〕7号', '各镇人民政府，县政府各部门：', '为做好我县防汛工作，请镇巴县应急管理局牵头，现通知如下。'], '镇巴县人民政府', 'county'],
  ])('%s', (_, lines, issuer, level) => {
    const doc = read(lines);
    expect([doc.issuingBody, doc.level]).toEqual([issuer, level]);
  });

  // MUST NOT: a number the text cites (国发〔2016〕3号) while the page's own issuer is a county's;
  // 苏州's 苏府办 (not 江苏's 苏政办); 南京's 宁政办发 (宁夏's too) to its districts; a county
  // numbered like its province (湘政发 on a page naming 湘乡市人民政府).
  it.each([
    ['a county page citing a State Council number', ['关于贯彻落实《国务院关于某事的通知》（国发〔2016〕3号）的通知', '各乡镇人民政府：', '根据《国务院关于某事的通知》（国发〔2016〕3号）精神，现通知如下。', '某县人民政府', '2016年5月1日'], '某县人民政府'],
    ['a city\'s form on a province\'s head', ['苏府办[2017]13号各市、区人民政府,苏州工业园区;市各委办局,各直属单位:现将目录予以印发。'], undefined],
    ['南京\'s number to its districts', ['宁政办发〔2018〕47号', '各区人民政府,市府各委办局,市各直属单位:', '经市政府同意,制定如下实施意见。'], undefined],
    ['a code that is not the abbreviation of the page\'s county', ['关于做好防汛工作的通知', '筑政发〔2024〕7号', '各镇人民政府，县政府各部门：', '为做好我县防汛工作，请镇巴县应急管理局牵头，现通知如下。'], undefined],
    ['a county numbered like its province', ['湘政发〔2020〕3号', '各乡镇人民政府：', '请湘乡市人民政府各部门认真执行。湖南省有关要求…'], undefined],
  ])('%s', (_, lines, issuer) => {
    expect(read(lines).issuingBody).toBe(issuer);
  });

  it('gives a city\'s form on a province\'s head no province\'s level', () => {
    expect(read(['苏府办[2017]13号各市、区人民政府,苏州工业园区;市各委办局,各直属单位:现将目录予以印发。']).level).not.toBe('provincial');
  });
});

describe('readDocument place of the instrument a title issues, no issuer printed', () => {
  // 印发 issues the place's own instrument, to whom a government of its level writes.
  it.each([
    ['a city\'s plan to its counties and departments', ['关于印发《固原市推动全域旅游发展三年行动计划》的通知', '各县(区)人民政府,市直各部门:', '现印发给你们,请认真贯彻执行。'], '固原市'],
    ['a county\'s plan to its towns', ['关于印发《平阳县农村人居环境整治实施方案》的通知', '各乡镇人民政府,县直各单位:', '现印发给你们。'], '平阳县'],
  ])('%s', (_, lines, county) => {
    expect(read(lines).county).toBe(county);
  });

  // MUST NOT: a level the 主送机关 do not share, a superior's instrument forwarded, one cited in the text.
  it.each([
    ['a city\'s plan sent to towns', ['关于印发《固原市推动全域旅游发展三年行动计划》的通知', '各乡镇人民政府,县直各部门:', '现印发给你们。']],
    ['a province\'s instrument forwarded', ['关于转发《宁夏回族自治区全域旅游发展规划》的通知', '各县(区)人民政府,市直各部门:', '现转发给你们。']],
    ['a place\'s instrument cited in the text', ['关于做好全域旅游工作的通知', '各县(区)人民政府,市直各部门:', '根据《固原市推动全域旅游发展三年行动计划》,现通知如下。']],
  ])('%s names no county', (_, lines) => {
    expect(read(lines).county).toBeUndefined();
  });
});

describe('readDocument issuer printed without its place, the page\'s source its government\'s site', () => {
  it('completes 市人民政府 with the city whose portal the page came from', () => {
    const doc = read(['市人民政府关于进一步优化营商环境的实施方案', '来自:宜昌市政府门户网站 时间:2018-11-22', '各县(市、区)人民政府、开发区管委会,市直各单位:', '为营造一流营商环境,特制定本实施方案。']);
    expect([doc.issuingBody, doc.county]).toEqual(['宜昌市人民政府', '宜昌市']);
  });

  // MUST NOT: the portal of a government of another level completes no 市人民政府.
  it('leaves 市人民政府 bare under a province\'s portal', () => {
    expect(read(['市人民政府关于进一步优化营商环境的实施方案', '来自:湖北省人民政府门户网站', '各县(市、区)人民政府,市直各单位:', '特制定本实施方案。']).issuingBody).toBeUndefined();
  });
});

describe('readDocument level of a province\'s 代字 a city shares', () => {
  it('reads a city\'s level where the 主送机关 are a city\'s (宁政办 is 宁夏\'s and 南京\'s)', () => {
    expect(read(['市政府办公厅关于推进燃气安全工程建设的实施意见', '宁政办规字〔2023〕2号', '各区人民政府,江北新区管委会,市府各委办局,市各直属单位:', '经市政府同意,现提出如下实施意见。']).level).toBe('city');
  });

  // MUST NOT: a 直辖市 writing to 市政府各委、办、局, a province to its regions, stay provincial.
  it.each([
    ['a 直辖市\'s own 代字', ['沪府发〔2017〕92号', '各区人民政府,市政府各委、办、局:', '现将《实施意见》印发给你们,请认真按照执行。']],
    ['a province\'s 代字 to its prefectures', ['新政发〔2020〕16号', '伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署,自治区人民政府各部门、各直属机构:', '现印发你们,请认真贯彻执行。']],
  ])('%s', (_, lines) => {
    expect(read(lines).level).toBe('provincial');
  });
});
