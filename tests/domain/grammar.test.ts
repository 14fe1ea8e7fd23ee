import { describe, expect, it } from 'vitest';
import { documentType, fullIssuerName, isBareOrgan, isClosingFormula, isIssuerName, issuerNames, jointOrgans, opensTitle, organsOfTitleLine, titleIssuers, titleOrgan } from '../../src/domain/grammar';

describe('issuerNames', () => {
  it.each([
    ['高碑店市民政局           高碑店市财政局', ['高碑店市民政局', '高碑店市财政局']],
    ['中共珲春市委办公室 珲春市人民政府办公室', ['中共珲春市委办公室', '珲春市人民政府办公室']],
    ['稷山县人民政府', ['稷山县人民政府']],
    ['兴安盟行政公署', ['兴安盟行政公署']],
    ['县财政局、县审计局', ['县财政局', '县审计局']],
    ['某 县 人 民 政 府', ['某县人民政府']],
    ['某 市 财 政 局', ['某市财政局']],
    // People's organizations and a congress's presidium sign beside the government.
    ['甲省妇女联合会   甲省总工会', ['甲省妇女联合会', '甲省总工会']],
    ['某县第二次会议主席团', ['某县第二次会议主席团']],
    // A department's corps sign their own 通告 (交警总队, 消防救援支队), as a county's 大队 does.
    ['甲省公安厅交警总队', ['甲省公安厅交警总队']],
    ['甲市消防救援支队', ['甲市消防救援支队']],
  ])('%j → %j', (text, names) => {
    expect(issuerNames(text)).toEqual(names);
  });

  it.each([
    ['letter-spaced words that are no organ', '特 此 通 知'],
    ['two characters apart are no letter-spaced name', '县 局'],
    ['an organ beside a word that is none', '某县人民政府 关于'],
    ['spam in an organ\'s place', '某某体育下载链接安装办公室'],
    ['a site in an organ\'s place', '某某官网办公室'],
  ])('%s: none', (_, text) => {
    expect(issuerNames(text)).toEqual([]);
  });

  it.each([['省长'], ['特此通告'], ['各乡镇人民政府,县政府有关部门:'], ['请认真贯彻执行。'], ['365bet娱乐在线'], ['稷山县人民政府 特此通告']])('%j names no organ', (text) => {
    expect(issuerNames(text)).toEqual([]);
  });
});

describe('titleIssuers', () => {
  it.each([
    ['中共珲春市委办公室 珲春市人民政府办公室 关于印发《某方案》的通知', ['中共珲春市委办公室', '珲春市人民政府办公室']],
    ['陇西县人民政府办公室《关于认真办理为民实事》的通知', ['陇西县人民政府办公室']],
    ['兴安盟行政公署关于表彰奖励突出贡献者的决定', ['兴安盟行政公署']],
    ['某市人民政府办公室 转发某市推行某某文书指导意见的通知', ['某市人民政府办公室']],
    ['某市委办公室 某市人民政府办公室 印发《关于某事的实施意见》的通知', ['某市委办公室', '某市人民政府办公室']],
    // Joint organs written together, each standing alone: a national organ or one naming its place.
    ['国务院中央军委关于修改某条例的决定', ['国务院', '中央军委']],
    ['财政部司法部关于某事的通知', ['财政部', '司法部']],
    ['甲市人民政府甲市中级人民法院关于完善某机制的意见', ['甲市人民政府', '甲市中级人民法院']],
    // A line of organs over the title's subject, 印发 glued to the last (甲市人民政府 甲市中级人民法院印发 / 关于…).
    ['甲市人民政府 甲市中级人民法院印发 关于完善某机制的意见的通知', ['甲市人民政府', '甲市中级人民法院']],
    // One organ whose name ends like another's stays whole.
    ['某市人民政府办公室关于某事的通知', ['某市人民政府办公室']],
    ['中央军委办公厅关于某事的通知', ['中央军委办公厅']],
    ['某县人民政府森林防火指挥部关于禁止燃放烟花爆竹的通告', ['某县人民政府森林防火指挥部']],
    ['国务院办公厅关于某事的通知', ['国务院办公厅']],
    // 转发 before the forwarded document's 关于: the organ before 转发 issues.
    ['甲市人民政府办公厅转发省某某联席会议办公室关于某事的通报的通知', ['甲市人民政府办公厅']],
    ['甲县人民政府批转县发展改革局关于某事意见的通知', ['甲县人民政府']],
    // An organ whose name opens like a verb stays one (执法局 is no 执行).
    ['某县执法局关于某事的通告', ['某县执法局']],
    // An organ, a citing verb, then the organ whose 关于 text it implements: the first issues.
    ['市政府贯彻国务院关于某事意见的实施意见', ['市政府']],
    ['甲市人民政府落实省人民政府关于某事的通知', ['甲市人民政府']],
    // Must not: an organ whose name holds a citing verb stays whole (no organ's name before the verb).
    ['某省贯彻落实某精神领导小组办公室关于某事的通知', ['某省贯彻落实某精神领导小组办公室']],
  ])('%j → %j', (title, names) => {
    expect(titleIssuers(title)).toEqual(names);
  });

  it.each([
    ['关于全县禁止正月十六燃烧木柴的通知'],
    ['信阳息县全面禁止燃放烟花爆竹的通知'],
    ['做好防汛工作关于几个问题的说明'],
    // Glued to 印发, the organs may be two run into one name: not taken.
    ['某市委办公室某市人民政府办公室印发《关于某事的实施意见》的通知'],
    ['政策文件 转发某市某意见的通知'],
    // An organ inside a cited title's 书名号 is not the issuer of the text about it.
    ['《某县人民政府关于某事的决定》政策解读'],
    // A verb of carrying out before the author of the document cited: that author issues no part of it.
    ['贯彻落实省政府办公厅《关于健全某机制的实施意见》的通知'],
    ['认真贯彻某市人民政府关于某事的决定的通知'],
  ])('%j names no issuer', (title) => {
    expect(titleIssuers(title)).toEqual([]);
  });
});

describe('jointOrgans', () => {
  it.each([
    ['国务院中央军委', ['国务院', '中央军委']],
    ['民政部财政部教育部', ['民政部', '财政部', '教育部']],
    ['中共某县委某县人民政府', ['中共某县委', '某县人民政府']],
    ['某市人民政府办公室', ['某市人民政府办公室']],
    ['中央军委办公厅', ['中央军委办公厅']],
    ['某县人民政府森林防火指挥部', ['某县人民政府森林防火指挥部']],
    ['某县卫生健康委员会', ['某县卫生健康委员会']],
  ])('%j → %j', (name, organs) => {
    expect(jointOrgans(name)).toEqual(organs);
  });
});

describe('organsOfTitleLine', () => {
  it.each([
    ['某市人民政府', ['某市人民政府']],
    ['甲市人民政府 甲市中级人民法院印发', ['甲市人民政府', '甲市中级人民法院']],
    ['某市人民政府办公室转发', ['某市人民政府办公室']],
    ['某市人民政府关于', []],
    ['印发', []],
    ['某某体育印发', []],
    ['甲市发展和改革委员会等10部门', ['甲市发展和改革委员会']],
    ['某省财政厅等七单位', ['某省财政厅']],
    ['各乡镇等10部门', []],
    ['某某工作等10项', []],
  ])('%j → %j', (line, organs) => {
    expect(organsOfTitleLine(line)).toEqual(organs);
  });
});

describe('titleOrgan', () => {
  it.each([
    ['某县人民政府征收土地预公告', '某县人民政府'],
    ['某区人民政府森林防火禁火令', '某区人民政府'],
    ['某某自治县人民政府森林防火封山令', '某某自治县人民政府'],
    ['某县人民政府办公室关于某事的通知', '某县人民政府办公室'],
    ['某某镇人民政府公告', '某某镇人民政府'],
    ['某盟行政公署表彰决定', '某盟行政公署'],
    ['某县新型冠状病毒感染的肺炎疫情防控指挥部通告', '某县新型冠状病毒感染的肺炎疫情防控指挥部'],
    ['某县市场监督管理局公告', '某县市场监督管理局'],
    // An organ and the year its report is of: any organ's, a bureau's too.
    ['某县文化广电旅游局2018年政府信息公开工作年度报告', '某县文化广电旅游局'],
    ['某市生态环境局2025年政府信息公开工作年度报告', '某市生态环境局'],
  ])('%j → %j', (title, organ) => {
    expect(titleOrgan(title)).toBe(organ);
  });

  it.each([
    ['an organ alone, no matter after it', '某县人民政府'],
    ['a place and a word that merely ends like an organ', '某市中心城区道路交通管理规定'],
    ['a bureau, not a government', '某县财政局预算管理办法'],
    ['no place before the ending', '人民政府工作规则'],
    ['an interpretation of a cited title', '《某县人民政府关于某事的决定》政策解读'],
    ['a matter before the 文种, no organ', '关于做好防汛工作的通知'],
    ['a 文种 alone', '通告'],
    ['a place and its year, no organ', '某县2018年政府工作报告'],
    ['a year after a matter, not after an organ', '某县财政局预算管理2018年度报告'],
    ['an organ without its place before the year', '文化广电旅游局2018年政府信息公开工作年度报告'],
  ])('%s: none', (_, title) => {
    expect(titleOrgan(title)).toBeUndefined();
  });
});

describe('opensTitle', () => {
  it.each([
    ['关于加强某某工作的通知', true],
    ['转发某市某意见的通知', true],
    ['印发《某办法》的通知', true],
    ['批转某局某规定的通知', true],
    ['《关于某事的意见》的通知', true],
    ['某县人民政府关于某事的通知', false],
    ['为认真贯彻落实关于某事的意见', false],
  ])('%j → %s', (text, expected) => {
    expect(opensTitle(text)).toBe(expected);
  });
});

describe('fullIssuerName', () => {
  it.each([
    ['盘锦市政府', '盘锦市人民政府'],
    ['某县政府办公室', '某县人民政府办公室'],
    ['稷山县人民政府', '稷山县人民政府'],
    ['县政府', '县政府'],
    ['地区行署', '地区行署'],
    ['某市民政局', '某市民政局'],
    ['辽宁省沈阳市人民政府', '沈阳市人民政府'],
    ['广东省广州市人民政府', '广州市人民政府'],
    ['江西省吉安市人民政府办公室', '吉安市人民政府办公室'],
    ['广西壮族自治区南宁市人民政府', '南宁市人民政府'],
    ['广东省人民政府', '广东省人民政府'],
    ['江西省发展和改革委员会', '江西省发展和改革委员会'],
    ['辽宁省人民代表大会常务委员会', '辽宁省人民代表大会常务委员会'],
    ['湖南省市场监督管理局', '湖南省市场监督管理局'],
  ])('%j → %j', (name, full) => {
    expect(fullIssuerName(name)).toBe(full);
  });
});

describe('isIssuerName', () => {
  it.each([['阿里地区行政公署', true], ['某街道办事处', true], ['禄丰市人民政府', true], ['二○○九年三月二十日', false], ['此复。', false], ['关于做好防汛工作的通知_某县人民政府', false], ['某县人民政府-门户', false], ['县政府网站', false], ['某县人民政府网站', false]])('%j → %s', (line, expected) => {
    expect(isIssuerName(line)).toBe(expected);
  });
  // A leading group (领导小组) signs 公告 and 通告 as an organ does; a group's member list or a sentence setting one up does not.
  it.each([['某县推进殡葬改革领导小组', true], ['某市殡葬改革工作领导小组', true], ['某区扫黑除恶专项斗争领导小组办公室', true], ['某县防汛抗旱指挥部', true], ['领导小组成员名单', false], ['成立工作领导小组。', false], ['县殡葬改革领导小组组长', false]])('%j → %s', (line, expected) => {
    expect(isIssuerName(line)).toBe(expected);
  });
});

describe('isClosingFormula', () => {
  it.each([['特此通告', true], ['特此公告。', true], ['此复。', true], ['特此通知如下', true], ['关于特此的通知', false], ['某县人民政府关于禁止焚烧秸秆的通告', false]])('%j → %s', (line, expected) => {
    expect(isClosingFormula(line)).toBe(expected);
  });
});

describe('isBareOrgan', () => {
  it.each([['县人民政府'], ['区政府办公室'], ['市人民政府办公室'], ['人民政府'], ['办公室'], ['人民政府办公室']])('%j names no place', (name) => {
    expect(isBareOrgan(name)).toBe(true);
  });
  it.each([['嘉鱼县人民政府'], ['县发改局'], ['省长'], ['市民政局']])('%j is no bare organ', (name) => {
    expect(isBareOrgan(name)).toBe(false);
  });
});

describe('documentType (the type a user filters by)', () => {
  it.each([
    ['关于印发《某县大面积停电事件应急预案》的通知', '预案'],
    ['某县人民政府办公室关于印发《某县停电应急预案》的通知', '预案'],
    ['关于印发某县停电应急预案的通知', '预案'],
    ['印发某市社会养老保险统筹实施办法的通知', '办法'],
    ['某市人民政府关于转发省政府某管理办法的通知', '办法'],
    ['某县人民政府关于印发2023年工作要点的通知', '要点'],
    // The 《》 only part of the instrument's name: the 文种 after it is the instrument's.
    ['关于印发某市贯彻落实《扎实稳住经济的一揽子政策措施》实施方案的通知', '方案'],
    // MUST-NOT: words after the 《》 that end in no 文种 leave the type to the 《》.
    ['关于印发《某县甲办法》等文件的通知', '办法'],
    ['某市人民政府关于转发《某省人民政府关于某事的意见》精神的通知', '意见'],
  ])('%s carries the type of the text it issues: %s', (title, type) => {
    expect(documentType(title)).toBe(type);
  });

  it.each([
    ['关于做好印发工作的通知', '通知'],
    ['关于印发工作的通知', '通知'],
    ['某县人民政府关于某事的意见', '意见'],
  ])('%s keeps its own type: %s', (title, type) => {
    expect(documentType(title)).toBe(type);
  });
});

describe('documentType (the 文种 a title ends in)', () => {
  it.each([
    // 决议 is one of the 15 kinds of 公文 (a congress's resolution on a report).
    ['某县第十五届人民代表大会第五次会议关于某县人民政府工作报告的决议', '决议'],
    ['某县人民政府关于某事的决定', '决定'],
    // 指示 was a kind of 公文 until 2000 (older gazettes print many); a plan may be a 纲要.
    ['某省人民政府关于一九五一年全省各地防汛工作的指示', '指示'],
    ['某省中长期教育改革和发展规划纲要(2010—2020年)', '纲要'],
  ])('%s → %s', (title, type) => {
    expect(documentType(title)).toBe(type);
  });

  it('reads no 文种 from a title that ends in none', () => {
    expect(documentType('某县决议事项汇总')).toBeUndefined();
  });

  it.each([['某县贯彻落实重要指示精神情况汇总'], ['纲要解读汇编目录表']])('MUST-NOT: %s holds 指示/纲要 but ends in no 文种', (title) => {
    expect(['指示', '纲要']).not.toContain(documentType(title));
  });
});

describe('documentType (an interpretation is a 解读)', () => {
  it.each([
    ['《某县乡村建设示范创建工作方案》政策解读'],
    ['关于《某县人民政府关于公布规范性文件清理结果的决定》的解读'],
    ['某部某司负责人就《某县发展改革方案》答记者问'],
    ['关于《某区养犬管理办法》的起草说明'],
    ['关于《某市物业管理条例》的制定说明'],
    ['某县城乡居民医保政策问答'],
    // A reading in pictures ends in no 文种 of its own.
    ['最全!一图读懂2023年《政府工作报告》'],
    ['图解：《某县养犬管理办法》'],
  ])('%s → 解读', (title) => {
    expect(documentType(title)).toBe('解读');
  });

  it.each([
    // MUST-NOT: a document about interpretation work keeps its own 文种.
    ['某县人民政府办公室关于2025年一季度政策解读工作检查情况通报', '通报'],
    ['某县农业农村局政府信息公开政策解读制度', '制度'],
    ['关于做好政策解读工作的通知', '通知'],
    ['关于印发《某市重大政策文件解读办法》的通知', '办法'],
    ['关于开展一图读懂宣传活动的通知', '通知'],
  ])('%s keeps its own type: %s', (title, type) => {
    expect(documentType(title)).toBe(type);
  });
});
