import { describe, expect, it } from 'vitest';
import { countyNamedIn, levelOfOwnKind, levelOfPlace, ownPlaceOf, placeOfKindNamedIn, provinceOpening } from '../../src/domain/divisions';

describe('levelOfPlace', () => {
  it.each([
    ['山东省', 'provincial'],
    ['上海市', 'provincial'],
    ['济宁市', 'city'],
    ['恩施土家族苗族自治州', 'city'],
    ['永济市', 'county'],
    ['浦东新区', 'county'],
    ['鄂托克前旗', 'county'],
  ])('%s → %s', (place, level) => {
    expect(levelOfPlace(place)).toBe(level);
  });

  it.each([['恩施州'], ['某某县'], ['市辖区']])('knows no level of %s', (place) => {
    expect(levelOfPlace(place)).toBeUndefined();
  });
});

describe('provinceOpening', () => {
  it.each([
    ['山东省济宁市人民政府', '山东省'],
    ['内蒙古自治区人民政府', '内蒙古自治区'],
    ['北京市朝阳区人民政府', '北京市'],
    ['济宁市人民政府', undefined],
  ])('%s → %s', (name, province) => {
    expect(provinceOpening(name)).toBe(province);
  });
});

describe('ownPlaceOf', () => {
  it.each([
    ['the county the text names with 我县', '和林格尔县2025年草畜平衡工作方案已印发。我县草原面积大，请各镇落实。', '和林格尔县'],
    ['a district with 我区, over another county named once', '经区人民政府同意，高昌区实施补助政策。我区将参照鄯善县做法，高昌区各乡镇抓好落实。', '高昌区'],
    ['a one-character name after the city above it', '运城市夏县人民政府决定：我县全面禁止燃放烟花爆竹。', '夏县'],
    ['the county itself, its 县级 offices named too', '会同县人民政府办公室通知：我县县级各部门要会同县级主管部门抓好落实。', '会同县'],
    ['a municipality with 本市 (直辖市: a province named like a city)', '从2004年度起，在全市评选“重庆市百户就业先进民营企业”。本市辖区内依法纳税的各类企业，执行《重庆市统计管理条例》。', '重庆市'],
  ])('%s', (_name, text, place) => {
    expect(ownPlaceOf(text)).toBe(place);
  });

  it.each([
    ['no 我县 in the text', '和林格尔县2025年草畜平衡工作方案已印发。'],
    ['two counties named as often', '我县与鄯善县、托克逊县共同推进。'],
    ['a one-character name inside a word', '完成县委交办的各项任务，我县要抓好落实。'],
    ['我县 with only a district named', '我县学习高昌区的做法。'],
    // 会同 is a verb (together with) before 县级主管部门, though 会同县 is a county.
    ['a county name run into 县级', '财政局会同县级主管部门确定本县纳入发放的项目。'],
    // MUST-NOT: a province (no 市) is no 本市's place, however often named.
    ['本市 with only a province named', '本市要学习江苏省经验，江苏省的做法值得推广。'],
  ])('finds none: %s', (_name, text) => {
    expect(ownPlaceOf(text)).toBeUndefined();
  });
});

describe('levelOfOwnKind', () => {
  it.each([
    ['我省 alone', '结合我省具体情况，决定农村小学由乡办理。', 'provincial'],
    ['我省 in a body with no place named', '解放以来，我省各族人民对林业生产做了大量的工作。', 'provincial'],
    ['我县 alone', '我县草原面积大，请各镇落实。', 'county'],
    ['a county quoting its province: the lower', '按照我省部署，我县全面推进。', 'county'],
    ['我州', '我州各县市要抓好落实。', 'city'],
    ['an autonomous region\'s own formula', '根据有关法律法规，结合自治区实际，制定本条例。', 'provincial'],
    ['本自治区', '本自治区行政区域内的平安建设工作，适用本条例。', 'provincial'],
    ['在自治区行政区域内', '在自治区行政区域内从事乡村振兴促进活动，适用本条例。', 'provincial'],
    ['a county of a region: the lower', '按照结合自治区实际的要求，我县全面推进。', 'county'],
  ])('%s', (_name, text, level) => {
    expect(levelOfOwnKind(text)).toBe(level);
  });

  it.each([
    // MUST-NOT: 本 tells those below to mind their own; 我市/我区 may be of any level; 省长, 县委 are organs.
    ['本县 in a city\'s instruction', '各县（市、区）要结合本县实际，制定实施方案。'],
    ['我市 alone', '我市将加快建设。'],
    ['我区 alone', '我区各街道要抓好落实。'],
    ['我省长 is no place', '向我省长办公会汇报。'],
    ['none', '各地要落实责任。'],
    // MUST-NOT: a region named in full is a place, not the text's own kind; a region's organ told what to do.
    ['a region named in full', '新疆维吾尔自治区行政区域内的企业均可申报。'],
    ['a region\'s organ instructed', '请报自治区人民政府审批。'],
  ])('none: %s', (_name, text) => {
    expect(levelOfOwnKind(text)).toBeUndefined();
  });
});

describe('countyNamedIn', () => {
  it.each([
    ['a county office named without 我县', '按照平阳县疫情防控领导小组办公室要求，经闹村乡委、乡政府研究，决定取消交流会。', '平阳县'],
    ['a county committee, the city above it named too', '根据济南市和平阴县委统筹疫情防控工作领导小组的安排，暂时关停农村大集。', '平阴县'],
  ])('%s', (_name, text, place) => {
    expect(countyNamedIn(text)).toBe(place);
  });

  it.each([
    ['no county named', '推进生态汨罗建设，结合我镇实际，成立志愿者协会。'],
    ['two counties named as often', '平阳县与苍南县共同推进交流会的取消工作。'],
    ['a city only', '根据济南市的安排，暂时关停农村大集。'],
  ])('finds none: %s', (_name, text) => {
    expect(countyNamedIn(text)).toBeUndefined();
  });
});

describe('placeOfKindNamedIn', () => {
  it.each([
    ['a county, for an organ printed as 县政府', '为保障延津县经济发展用地需求，经县政府研究决定，现发布土地征收启动公告。', '县', '延津县'],
    ['a city, for 市政府, the county inside it named less', '济宁市城区禁止燃放烟花爆竹，济宁市各区、梁山县城区参照执行。', '市', '济宁市'],
  ])('%s', (_name, text, kind, place) => {
    expect(placeOfKindNamedIn(text, kind)).toBe(place);
  });

  it.each([
    ['no place of that kind named (a county only, asked for a district)', '为保障延津县经济发展用地需求，经区政府研究决定。', '区'],
    ['two of that kind named as often', '平阳县与苍南县共同推进交流会的取消工作。', '县'],
  ])('finds none: %s', (_name, text, kind) => {
    expect(placeOfKindNamedIn(text, kind)).toBeUndefined();
  });
});
