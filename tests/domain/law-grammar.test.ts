import { describe, expect, it } from 'vitest';
import { findDepartment, findLawBody, fullBodyName, isLabelList, isNotLawMakingPlace, lawFieldLine, lawTitleEnding, lawType, levelOfNumberPrefix, levelOfTitle } from '../../src/domain/law-grammar';

describe('lawTitleEnding', () => {
  it.each<[string, string, string]>([
    ['中华人民共和国安全生产法', '法', 'strong'],
    ['中华人民共和国刑法修正案（十一）', '修正案', 'strong'],
    ['上海市献血条例', '条例', 'strong'],
    ['最高人民法院关于审理民间借贷案件适用法律若干问题的规定', '规定', 'rule'],
    ['处方药与非处方药分类管理办法（试行）', '办法', 'rule'],
    ['中华人民共和国民法典 人格权编', '法典', 'strong'],
    ['最高人民法院关于执行案件移送破产审查若干问题的批复', '批复', 'lawBodyOnly'],
    ['上海市人民代表大会常务委员会议事规则', '议事规则', 'lawBodyOnly'],
  ])('%s ends in %s (%s)', (title, word, tier) => {
    expect(lawTitleEnding(title)).toEqual({ word, tier });
  });

  it.each<[string]>([['稷山县推进服务业提质增效2022年行动计划'], ['关于做好2023年防汛工作的实施方案'], ['运城市人民政府公报']])('finds no law ending in %s', (title) => {
    expect(lawTitleEnding(title)).toBeUndefined();
  });
});

describe('lawType', () => {
  it.each<[string, string]>([
    ['市场主体登记管理条例实施细则', '实施细则'],
    ['中华人民共和国宪法修正案（2018年）', '宪法修正案'],
    ['中华人民共和国民法典 总则', '法典'],
    ['中华人民共和国个人信息保护法', '法'],
  ])('%s is of type %s', (title, type) => {
    expect(lawType(title)).toBe(type);
  });
});

describe('findLawBody', () => {
  it.each<[string, string, string]>([
    ['第十一届全国人民代表大会常务委员会第七次会议通过', '全国人民代表大会常务委员会', '法律'],
    ['第十三届全国人民代表大会第三次会议通过', '全国人民代表大会', '法律'],
    ['国务院第36次常务会议修订通过', '国务院', '行政法规'],
    ['中华人民共和国国务院令第596号公布', '国务院', '行政法规'],
    ['最高人民法院审判委员会第1853次会议通过', '最高人民法院', '司法解释'],
    ['北京市第十四届人民代表大会常务委员会第三十一次会议修正', '北京市人民代表大会常务委员会', '地方性法规'],
    ['延边朝鲜族自治州第十五届人民代表大会常务委员会第五次会议通过', '延边朝鲜族自治州人民代表大会常务委员会', '地方性法规'],
    // An autonomous county's or 旗's congress adopts its 自治条例 and 单行条例.
    ['甲乙壮族自治区丙丁仫佬族自治县第一届人民代表大会第三次会议通过', '甲乙壮族自治区丙丁仫佬族自治县人民代表大会', '地方性法规'],
    ['甲乙达斡尔族自治旗人民代表大会常务委员会公告', '甲乙达斡尔族自治旗人民代表大会常务委员会', '地方性法规'],
    ['省十二届人大常委会第十次会议批准', '省人大常委会', '地方性法规'],
    // 经 (passed BY the meeting) and 由 are prepositions before the body, never its first character.
    ['经甲乙土家族苗族自治县第十六届人民代表大会第二次会议通过', '甲乙土家族苗族自治县人民代表大会', '地方性法规'],
    ['经人力资源和社会保障部第6次部务会议通过', '人力资源和社会保障部', '部门规章'],
    ['国家经济贸易委员会第12次委务会议通过', '国家经济贸易委员会', '部门规章'],
    ['河北省人民政府第76次常务会议通过', '河北省人民政府', '地方政府规章'],
    // A law database's organ line under the title, the government named without 人民.
    ['甲乙回族自治区政府', '甲乙回族自治区政府', '地方政府规章'],
    ['甲乙省政府第12次常务会议通过', '甲乙省政府', '地方政府规章'],
    ['中华人民共和国公安部令第125号发布', '公安部', '部门规章'],
    ['公安部部长办公会议通过', '公安部', '部门规章'],
  ])('%s → %s (%s)', (text, name, level) => {
    expect(findLawBody(text)).toMatchObject({ name, level });
  });

  it.each<[string]>([['稷山县第十七届人民代表大会常务委员会第五次会议通过'], ['县政府第12次常务会议研究通过'], ['2021-01-09 发布'], ['经省政府第73次常务会议通过'], ['甲乙市政府采购中心']])('names no law-making body in %s', (text) => {
    expect(findLawBody(text)).toBeUndefined();
  });
});

describe('levelOfNumberPrefix', () => {
  it.each<[string, string]>([
    ['主席令', '法律'],
    ['国务院令', '行政法规'],
    ['浙江省人民政府令', '地方政府规章'],
    ['公安部令', '部门规章'],
    ['法释', '司法解释'],
    // A city government's 令 numbered like a 公文 with its short name (甲政令〔1997〕29号).
    ['甲政令', '地方政府规章'],
    ['乙府令', '地方政府规章'],
  ])('%s → %s', (prefix, level) => {
    expect(levelOfNumberPrefix(prefix)).toBe(level);
  });

  it.each<[string]>([['稷政办发'], ['国发'], ['劳社部发'], ['甲政办令'], ['某某某县政令']])('states no level for the 公文 prefix %s', (prefix) => {
    expect(levelOfNumberPrefix(prefix)).toBeUndefined();
  });
});

describe('levelOfTitle', () => {
  it.each<[string, string, 'title' | 'ending']>([
    ['中华人民共和国宪法', '宪法', 'title'],
    ['最高人民法院关于审理铁路运输损害赔偿案件若干问题的解释', '司法解释', 'title'],
    ['上海市献血条例', '地方性法规', 'title'],
    ['中国（上海）自由贸易试验区条例', '地方性法规', 'title'],
    ['中华人民共和国市场主体登记管理条例', '行政法规', 'ending'],
    ['城市公共交通条例', '行政法规', 'ending'],
    ['机动车登记规定', '部门规章', 'ending'],
    ['中华人民共和国个人信息保护法', '法律', 'ending'],
  ])('%s → %s (by %s)', (title, level, by) => {
    expect(levelOfTitle(title)).toEqual({ level, by });
  });
});

describe('isNotLawMakingPlace', () => {
  it.each<[string]>([['柘城县禁止燃放烟花爆竹补充规定'], ['河北省临漳县秸秆禁烧管理办法'], ['运城市盐湖区人民政府关于…的规定']])('%s is a county or district', (title) => {
    expect(isNotLawMakingPlace(title)).toBe(true);
  });

  it.each<[string]>([
    ['鹤壁市浚县古城保护条例'],
    ['安阳市林州红旗渠保护条例'],
    ['河南省县乡两级人民代表大会代表选举实施细则'],
    ['景宁畲族自治县水资源管理条例'],
    ['上海市历史文化风貌区和优秀历史建筑保护条例'],
    ['县级以上人民政府应急管理办法'],
  ])('%s is not', (title) => {
    expect(isNotLawMakingPlace(title)).toBe(false);
  });
});

describe('isLabelList', () => {
  it.each([['第十一条 第二十一条 第三十一条'], ['第十一條 第二十一條'], ['第一章 第二章 第三章']])('%j is a page\'s list of labels', (line) => {
    expect(isLabelList(line)).toBe(true);
  });

  it.each([['第一条 为了规范管理，制定本规定。'], ['第十一条'], ['第一章 总则'], ['第三条 第一款规定的事项']])('%j is no list of labels', (line) => {
    expect(isLabelList(line)).toBe(false);
  });
});

describe('findDepartment', () => {
  // A national department's name standing alone, as a law database prints it under a title.
  it.each([
    ['国家海洋局', '国家海洋局'],
    ['水利部', '水利部'],
    ['中华人民共和国水利部', '水利部'],
    ['国家发展和改革委员会', '国家发展和改革委员会'],
  ])('%s is a department: %s', (text, name) => {
    expect(findDepartment(text)).toEqual({ name, level: '部门规章', index: 0 });
  });

  it.each([['甲省教育厅'], ['甲县自然资源局'], ['甲市公安局'], ['财政部、司法部'], ['国家海洋局关于加强预报工作的通知'], ['国务院'], ['交通运输部令']])('%s is none', (text) => {
    expect(findDepartment(text)).toBeUndefined();
  });
});

describe('fullBodyName', () => {
  it.each([
    ['甲乙省人大常委会', '甲乙省人民代表大会常务委员会'],
    ['全国人大常委会', '全国人民代表大会常务委员会'],
    ['甲乙省人民代表大会常务委员会', '甲乙省人民代表大会常务委员会'],
    ['甲乙省人民政府', '甲乙省人民政府'],
    ['甲乙回族自治区政府', '甲乙回族自治区人民政府'],
    ['甲乙省政府', '甲乙省人民政府'],
    ['甲乙市政府', '甲乙市人民政府'],
  ])('%s → %s', (name, full) => {
    expect(fullBodyName(name)).toBe(full);
  });
});

describe('lawFieldLine', () => {
  it.each([
    ['a plain field', '公布日期：2021年6月10日', { field: 'publishedOn', value: '2021年6月10日' }],
    ['in brackets', '【发布部门】：国务院', { field: 'issuingBody', value: '国务院' }],
    // A wiki's infobox lists the fields as bullets.
    ['a bulleted field', '- 制定机关:某自治区人大常务委员会', { field: 'issuingBody', value: '某自治区人大常务委员会' }],
    ['a dotted bullet', '• 公布日期: 2021/9/28', { field: 'publishedOn', value: '2021/9/28' }],
  ])('%s', (_, line, expected) => {
    expect(lawFieldLine(line)).toEqual(expected);
  });

  it.each([
    // MUST-NOT: a label inside a sentence, a list item numbered, a bullet before no label.
    ['a label inside a sentence', '本条例的制定机关：某省人大常委会'],
    ['a numbered item', '1.公布日期：2021年6月10日'],
    ['a bullet before other words', '- 中文名: 某条例'],
  ])('none: %s', (_, line) => {
    expect(lawFieldLine(line)).toBeUndefined();
  });
});
