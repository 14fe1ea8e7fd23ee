import { describe, expect, it } from 'vitest';
import { filterKeys, issuerTest, organKey } from '../../../src/store/query/issuer-names';

describe('organKey', () => {
  it.each([
    ['甲县人民政府办公室', { place: '甲', level: '县', body: '人民政府办公室' }],
    ['县政府办', { place: '', level: '县', body: '人民政府办公室' }],
    ['某省人民政府办公厅', { place: '某', level: '省', body: '人民政府办公室' }],
    ['某某自治区人民政府', { place: '某某', level: '自治区', body: '人民政府' }],
    ['某省甲市乙县人民政府', { place: '乙', level: '县', body: '人民政府' }],
    ['甲州市人民政府', { place: '甲州', level: '市', body: '人民政府' }],
    ['市中区人民政府', { place: '市中', level: '区', body: '人民政府' }],
    ['某自治县人民政府', { place: '某', level: '县', body: '人民政府' }],
    ['县人社局', { place: '', level: '县', body: '人力资源和社会保障局' }],
    ['中共某县委办公室', { place: '某', level: '县', body: '委办公室' }],
    ['县委办', { place: '', level: '县', body: '委办公室' }],
    ['某县城市管理局', { place: '某', level: '县', body: '城市管理局' }],
    ['省市场监督管理局', { place: '', level: '省', body: '市场监督管理局' }],
    ['国务院办公厅', { place: '', level: '', body: '国务院办公厅' }],
    ['乙县', { place: '乙', level: '县', body: '' }],
    // A town before an organ of its own is the lowest place; a town's kind in other words is none.
    ['某市某区山福镇人民政府', { place: '山福', level: '镇', body: '人民政府' }],
    ['镇政府', { place: '', level: '镇', body: '人民政府' }],
    ['街道办', { place: '', level: '街道', body: '办事处' }],
    ['某县乡村振兴局', { place: '某', level: '县', body: '乡村振兴局' }],
    ['镇江市人民政府', { place: '镇江', level: '市', body: '人民政府' }],
    ['某县城镇化工作领导小组办公室', { place: '某', level: '县', body: '城镇化工作领导小组办公室' }],
    ['甲镇人民政府', { place: '甲', level: '镇', body: '人民政府' }],
    ['某市乙区丙镇人民政府', { place: '丙', level: '镇', body: '人民政府' }],
    ['中共甲乡委员会', { place: '甲', level: '乡', body: '委员会' }],
    ['某街道办事处', { place: '某', level: '街道', body: '办事处' }],
    ['乡政府', { place: '', level: '乡', body: '人民政府' }],
    ['某县住房和城乡建设局', { place: '某', level: '县', body: '住房和城乡建设局' }],
    ['乡镇人民政府', { place: '', level: '', body: '乡镇人民政府' }],
    // A corps' division before the city it shares its government with: the city is the place.
    ['第一师甲乙市人民政府办公室', { place: '甲乙', level: '市', body: '人民政府办公室' }],
    ['新疆生产建设兵团第八师甲市教育局', { place: '甲', level: '市', body: '教育局' }],
  ])('reads %s', (name, key) => {
    expect(organKey(name)).toEqual(key);
  });
});

describe('issuerTest', () => {
  it.each<[string, string, boolean]>([
    // Short forms staff type, folded as unit names fold.
    ['县政府办', '甲县人民政府办公室', true],
    ['甲县政府办', '甲县人民政府办公室', true],
    ['县政府', '甲县人民政府', true],
    ['甲县政府', '甲县人民政府', true],
    ['区政府', '某新区人民政府', true],
    ['市政府', '乙市人民政府', true],
    ['乙市政府', '乙市人民政府', true],
    ['省政府', '某省人民政府', true],
    ['省政府办公厅', '某省人民政府办公厅', true],
    ['省政府办', '某省人民政府办公厅', true],
    ['自治区政府', '某某自治区人民政府', true],
    // The short names staff type for a 地区's or 盟's 行政公署 and for a 人大常委会.
    ['行署', '甲乙地区行政公署', true],
    ['盟行署', '甲乙盟行政公署', true],
    ['行署办', '甲乙地区行政公署办公室', true],
    ['盟行署办', '甲乙盟行政公署办公室', true],
    ['行署办', '甲乙地区行政公署', false],
    ['盟行署', '甲乙盟行政公署办公室', false],
    ['州人大常委会', '甲乙藏族羌族自治州人民代表大会常务委员会', true],
    // An autonomous place by its head, without the peoples it is named for.
    ['甲乙州政府', '甲乙藏族羌族自治州人民政府', true],
    ['甲乙州人民政府', '甲乙彝族自治州人民政府', true],
    ['丙丁自治区政府', '丙丁回族自治区人民政府', true],
    ['丙丁县政府', '丙丁土家族苗族自治县人民政府', true],
    ['内蒙古自治区政府', '内蒙古自治区人民政府', true],
    ['甲乙州政府', '甲乙市人民政府', false],
    ['甲乙县政府', '甲乙彝族自治州人民政府', false],
    ['甲州政府', '甲乙彝族自治州人民政府', false],
    ['内自治区政府', '内蒙古自治区人民政府', false],
    ['人大常委会', '甲乙市人民代表大会常务委员会', true],
    ['人社局', '某县人力资源和社会保障局', true],
    ['甲县', '甲县人民政府办公室', true],
    ['甲县人民政府', '某省甲县人民政府', true],
    // The facet's own value, and either organ of a joint issue.
    ['甲县人民政府办公室', '甲县人民政府办公室', true],
    ['乙县民政局', '甲县人民政府、乙县民政局', true],
    ['甲县人民政府、乙县民政局', '乙县民政局', true],
    // A township's organ: 镇政府 / 乡政府 name any town's government; its county still finds it.
    ['镇政府', '甲镇人民政府', true],
    ['镇政府', '某市乙区丙镇人民政府', true],
    ['乡政府', '甲乡人民政府', true],
    ['丙镇政府', '某市乙区丙镇人民政府', true],
    ['乙县', '乙县甲镇人民政府', true],
    // Must not match: another organ, another level, another place.
    ['镇政府', '甲乡人民政府', false],
    ['乡政府', '甲县人民政府', false],
    ['县政府', '乙县甲镇人民政府', false],
    ['乡政府', '某县乡村振兴局', false],
    ['镇政府', '甲镇党委', false],
    ['县政府', '甲县人民政府办公室', false],
    ['县人民政府', '甲县人民政府办公室', false],
    ['市政府', '甲县人民政府', false],
    ['县政府', '乙市人民政府', false],
    ['区政府', '某某自治区人民政府', false],
    ['省政府', '某某自治区人民政府', false],
    ['省政府', '某省人民政府办公厅', false],
    ['甲县政府', '丙县人民政府', false],
    ['县政府办', '甲县人民政府', false],
    ['人社局', '某县民政局', false],
    ['县政府', '人民政府', false],
    ['行署', '甲乙地区行政公署办公室', false],
    ['盟行署', '甲乙地区行政公署', false],
    ['人大常委会', '甲乙市人民政府', false],
    // A town's organs by the kind of town staff type; never a county's, nor another kind's.
    ['镇政府', '某市某区山福镇人民政府', true],
    ['镇人民政府', '某县甲镇人民政府', true],
    ['乡政府', '某县甲乡人民政府', true],
    ['乡政府', '甲民族乡人民政府', true],
    ['街道办', '某区甲街道办事处', true],
    ['街道办事处', '甲街道办事处', true],
    ['镇政府', '甲镇财政所', false],
    ['镇政府', '某县人民政府', false],
    ['乡政府', '某县甲镇人民政府', false],
    ['县政府', '某县甲镇人民政府', false],
    ['镇政府', '乡镇人民政府', false],
    ['乡政府', '某县乡村振兴局', false],
    ['市政府', '镇江市人民政府', true],
  ])('%s → %s: %s', (filter, issuer, expected) => {
    expect(issuerTest([filter])(issuer)).toBe(expected);
  });

  it('matches no document without an issuer', () => {
    expect(issuerTest(['县政府'])(undefined)).toBe(false);
  });

  it('gives one key per organ a filter names', () => {
    expect(filterKeys('县政府办')).toEqual(['|县|人民政府办公室']);
    expect(filterKeys('甲县人民政府、乙县民政局')).toHaveLength(2);
  });
});
