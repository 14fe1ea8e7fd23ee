import { describe, expect, it } from 'vitest';
import { completeOrgan, countyOfOrgan, isTownshipOrgan, namesPlace, namesZone, organOfRegion, placeOfPrefix, levelOfOrgan, zoneOfOrgan } from '../../src/domain/organ-place';

describe('completeOrgan', () => {
  it.each([
    ['人民政府', ['某县人民政府'], '某县人民政府'],
    ['办公室', ['某县人民政府办公室'], '某县人民政府办公室'],
    ['县人民政府办公室', ['各乡镇人民政府', '某县人民政府办公室'], '某县人民政府办公室'],
    ['民政局', ['某县民政局'], '某县民政局'],
  ])('%j with %j → %j', (name, fuller, full) => {
    expect(completeOrgan(name, fuller)).toBe(full);
  });

  it.each([
    ['a name holding its place', '某镇人民政府', ['某县某镇人民政府']],
    ['a name of many organs', '人民政府', ['各乡镇人民政府']],
    ['another organ', '人民政府', ['某县人民政府办公室']],
    ['nothing fuller', '办公室', []],
  ])('keeps %s', (_, name, fuller) => {
    expect(completeOrgan(name, fuller)).toBe(name);
  });
});

describe('organOfRegion', () => {
  it.each([
    ['山西省', '人民政府', '山西省人民政府'],
    ['稷山县', '县人民政府办公室', '稷山县人民政府办公室'],
    ['稷山县', '政府办公室', '稷山县人民政府办公室'],
  ])('%j and %j → %j', (region, name, organ) => {
    expect(organOfRegion(region, name)).toBe(organ);
  });

  it.each([
    ['a party office', '稷山县', '办公室'],
    ['a kind of place that differs', '稷山县', '市人民政府'],
    ['no place', '国务院办公厅', '人民政府'],
  ])('makes nothing of %s', (_, region, name) => {
    expect(organOfRegion(region, name)).toBeUndefined();
  });
});

describe('namesPlace', () => {
  it.each([['某县民政局', true], ['某镇人民政府', true], ['民政局', false], ['市场监督管理局', false], ['人民政府办公室', false]])('%j → %s', (name, expected) => {
    expect(namesPlace(name)).toBe(expected);
  });
});

describe('placeOfPrefix', () => {
  it.each([
    ['an office the body names', '梁政办发', '请梁山县应急管理局牵头落实。', '县人民政府办公室', '梁山县'],
    ['the government the body names', '梁政发', '经梁山县人民政府同意，现通知如下。', '人民政府', '梁山县'],
    ['a place named twice', '梁政发', '梁山县人民政府 梁山县财政局', '人民政府', '梁山县'],
    ['a city', '甲政办发', '甲乙市人民政府办公室', '市人民政府办公室', '甲乙市'],
  ])('%s', (_, prefix, text, organ, place) => {
    expect(placeOfPrefix(prefix, text, organ)).toBe(place);
  });

  it.each([
    ['two places start with the 代字', '梁政发', '梁山县人民政府 梁平区人民政府', '人民政府'],
    ['the place is of another kind than the organ', '梁政办发', '梁山县人民政府', '市人民政府办公室'],
    ['the place names no organ', '梁政发', '梁山县境内禁止焚烧秸秆。', '人民政府'],
    ['no place starts with the 代字', '梁政发', '某县人民政府', '人民政府'],
    ['a prefix that is no word', '〔2021〕', '某县人民政府', '人民政府'],
  ])('finds nothing when %s', (_, prefix, text, organ) => {
    expect(placeOfPrefix(prefix, text, organ)).toBeUndefined();
  });
});

describe('countyOfOrgan', () => {
  it.each([
    ['甲乙县人民政府', '甲乙县'],
    ['丙县人民政府办公室', '丙县'],
    ['甲乙市丙丁区教育局', '丙丁区'],
    ['甲乙市人民政府', '甲乙市'],
    ['甲乙市市场监督管理局', '甲乙市'],
    ['中共甲乙市丙丁区委统战部', '丙丁区'],
    ['甲乙市丙丁区戊己镇人民政府', '丙丁区'],
    ['甲乙省丙丁市人民政府', '丙丁市'],
    ['甲州省丙丁市人民政府', '丙丁市'],
    ['甲乙回族自治区丙丁市人民政府', '丙丁市'],
    ['甲乙土家族苗族自治州人民政府', '甲乙土家族苗族自治州'],
    ['甲州市人民政府', '甲州市'],
    ['甲乙盟行政公署', '甲乙盟'],
    ['国家税务总局甲乙县税务局', '甲乙县'],
    // A field's word that ends like a place (城市管理局), a town's name holding one (甲市镇).
    ['甲乙市城市管理局', '甲乙市'],
    ['甲乙县城区管理局', '甲乙县'],
    ['甲乙区丙市镇', '甲乙区'],
    ['甲城市人民政府', '甲城市'],
    // A name ending like a zone that the divisions table holds is a place.
    ['神农架林区人民政府办公室', '神农架林区'],
    ['中共神农架林区委办公室', '神农架林区'],
    ['邯郸市峰峰矿区人民政府', '峰峰矿区'],
    ['上海市浦东新区人民政府', '浦东新区'],
    // A zone is its host's: the place before it, else the city its name starts with in short form.
    ['甲乙县经济开发区管委会', '甲乙县'],
    ['宜昌高新区管委会', '宜昌市'],
    ['库尔勒经济技术开发区管委会', '库尔勒市'],
    ['中共兰州新区工作委员会', '兰州市'],
    ['苏州工业园区管理委员会', '苏州市'],
    // A corps' division stands before the city it shares its government with.
    ['第一师甲乙市人民政府办公室', '甲乙市'],
    ['新疆生产建设兵团第十二师甲乙市教育局', '甲乙市'],
    ['兵团第八师甲乙市人民政府', '甲乙市'],
    // A title opening with its place: the place before 关于, never a word after it that ends like one.
    ['甲乙县关于丙丁区域交通管制的通告', '甲乙县'],
    // A county holds no county nor city: a field after it that holds a kind's character is its organ's.
    ['上海市松江区绿化和市容管理局', '松江区'],
    ['甲乙市丙丁区绿化和市容管理局', '丙丁区'],
    ['甲乙县商务和市场监督管理局', '甲乙县'],
    // A conjunction inside a name the divisions table does not hold joins fields (绿化和市容); the
    // table's own places hold one (太和县, 和平区).
    ['甲乙市绿化和市容管理局', '甲乙市'],
    ['阜阳市太和县人民政府', '太和县'],
    ['天津市和平区人民政府', '和平区'],
    // A street's office under its district's government is the district's.
    ['上海市浦东新区人民政府洋泾街道办事处', '浦东新区'],
  ])('%s → %s', (organ, county) => {
    expect(countyOfOrgan(organ)).toBe(county);
  });

  // Must not: a province's or the nation's organ, a level alone, many organs, a zone, a place alone, a name opening with a mark.
  it.each([['甲乙省人民政府'], ['甲州省人民政府'], ['甲州省民政厅'], ['甲乙回族自治区人民政府'], ['国务院办公厅'], ['县人民政府'], ['市场监督管理局'], ['省市场监督管理局'], ['各县区人民政府'], ['甲乙经济开发区管委会'], ['甲乙综合实验区管委会'], ['甲乙县'], ['丙市镇人民政府'], ['城市管理局'], ['甲乙新区管理委员会'], ['河北雄安新区管理委员会'], ['天津经济技术开发区管委会'], ['高新区管委会'], ['《甲乙县城乡居民医疗保险办法》政策解读'], ['“甲乙县”人民政府'], ['新疆生产建设兵团办公厅'], ['甲乙回族自治区关于解除部分地区交通管制的通告'], ['甲乙省关于丙丁新区建设的通知']])(
    '%s names no county',
    (organ) => {
      expect(countyOfOrgan(organ)).toBeUndefined();
    },
  );
});

describe('levelOfOrgan', () => {
  it.each([
    ['国务院办公厅', 'national'],
    ['中共中央办公厅', 'national'],
    ['甲省人民政府', 'provincial'],
    ['山东省人民政府', 'provincial'],
    ['内蒙古自治区人民政府', 'provincial'],
    ['北京市人民政府', 'provincial'],
    ['中共湖南省委', 'provincial'],
    // A prefecture's city and a county's city end alike: the divisions table tells them apart.
    ['济宁市人民政府', 'city'],
    ['永济市人民政府', 'county'],
    ['吉林市人民政府', 'city'],
    ['恩施土家族苗族自治州人民政府', 'city'],
    ['某某州人民政府', 'city'],
    ['某某盟行政公署', 'city'],
    ['某县人民政府办公室', 'county'],
    ['中共某县委', 'county'],
    ['某旗人民政府', 'county'],
    ['北京市朝阳区人民政府', 'county'],
    ['上海市浦东新区人民政府', 'county'],
    // A township's or a street's organ is a level of its own, below the county it names or not.
    ['温州市鹿城区山福镇人民政府', 'township'],
    ['某县城关镇人民政府', 'township'],
    ['东阿镇人民政府', 'township'],
    ['丙市镇人民政府', 'township'],
    ['某某回族乡人民政府', 'township'],
    ['某某街道办事处', 'township'],
    ['中共某某街道工作委员会', 'township'],
    ['中共某某镇委员会', 'township'],
    ['某某苏木人民政府', 'township'],
    ['东莞市虎门镇人民政府', 'township'],
    ['上海市浦东新区人民政府洋泾街道办事处', 'township'],
    ['甲乙市丙丁区人民政府戊己街道办事处', 'township'],
    // Must not: a county's organ whose name holds a town, or a word like one (城乡, 乡镇).
    ['某县公安局城关派出所', 'county'],
    ['某县城关镇农业技术推广站', 'county'],
    ['某县住房和城乡建设局', 'county'],
    ['上海市松江区绿化和市容管理局', 'county'],
    ['某县人民政府办公室', 'county'],
    ['甲乙市丙丁区人民政府办公室', 'county'],
    ['神农架林区人民政府', 'county'],
    ['兰州新区管理委员会', 'city'],
  ] as const)('%s → %s', (organ, level) => {
    expect(levelOfOrgan(organ)).toBe(level);
  });

  it.each([
    ['an organ printed without its place', '县人民政府'],
    ['a 市 the table does not know', '某某市人民政府'],
    ['many organs', '各县区人民政府'],
    ['a zone', '某经济开发区管委会'],
    ['many towns', '乡镇人民政府'],
    ['a town\'s office of another organ', '某镇财政所'],
    ['a village', '某某村村民委员会'],
    ['a new area the table does not hold', '甲乙新区管理委员会'],
  ])('gives no level for %s (%s)', (_why, organ) => {
    expect(levelOfOrgan(organ)).toBeUndefined();
  });
});

describe('isTownshipOrgan', () => {
  it.each([
    ['闹村乡人民政府', true],
    ['东阿镇人民政府', true],
    ['某某街道办事处', true],
    ['某苏木政府', true],
    ['平阳县人民政府', false],
    ['某镇财政所', false],
    ['中共某某镇委员会', true],
    ['某县某某镇人民政府', true],
    ['乡镇人民政府', false],
    ['全镇人民政府', false],
    ['某县城乡建设局', false],
    ['某县人民政府办公室', false],
  ])('%s → %s', (name, expected) => {
    expect(isTownshipOrgan(name)).toBe(expected);
  });
});

describe('zoneOfOrgan', () => {
  it.each([
    ['兰州新区管理委员会', '兰州新区'],
    ['中共兰州新区工作委员会', '兰州新区'],
    ['甘肃省兰州新区管委会', '兰州新区'],
    ['宜昌高新区管委会', '宜昌高新区'],
    ['甲乙县经济开发区管委会', '甲乙县经济开发区'],
  ])('%s opens with the zone %s', (organ, zone) => {
    expect(zoneOfOrgan(organ)).toBe(zone);
  });

  // Must not: the zone is the county itself (a district the table holds), no place hosts it, no zone at all.
  it.each([['上海市浦东新区人民政府'], ['神农架林区人民政府'], ['甲乙经济开发区管委会'], ['甲乙县人民政府'], ['甲乙市林业局'], ['兰州新区']])('%s opens with no zone inside a county', (organ) => {
    expect(zoneOfOrgan(organ)).toBeUndefined();
  });

  it.each([['兰州新区', true], ['宜昌高新区', true], ['稷山县', false], ['新区', false]])('namesZone(%s) is %s', (name, zone) => {
    expect(namesZone(name)).toBe(zone);
  });
});
