import { describe, expect, it } from 'vitest';
import { countyKeys, countyPasses, documentInCounty, zoneOfDocument } from '../../../src/store/query/county-filter';

describe('countyPasses', () => {
  it.each([
    ['the full name', '稷山县', '稷山县'],
    ['the head without its kind', '稷山', '稷山县'],
    ['an autonomous prefecture by its short form', '阿坝州', '阿坝藏族羌族自治州'],
    ['an autonomous county by its short form', '长阳县', '长阳土家族自治县'],
    ['a 旗 by its short form', '东乌旗', '东乌珠穆沁旗'],
  ])('passes %s (%s → %s)', (_why, value, county) => {
    expect(countyPasses(value, county)).toBe(true);
  });

  it.each([
    ['another county of the same kind', '阿坝州', '甘孜藏族自治州'],
    ['a head of one character', '巴州', '巴音郭楞蒙古自治州'],
    ['another kind', '长阳县', '长阳市'],
    ['a kind not read short', '宜昌区', '宜昌高新区'],
    ['a longer value', '夏县县', '夏县'],
  ])('must not pass %s (%s → %s)', (_why, value, county) => {
    expect(countyPasses(value, county)).toBe(false);
  });
});

describe('documentInCounty', () => {
  it.each([
    ['the county', '甲乙市', '甲乙市', '甲乙市人民政府'],
    // A zone's documents file under its host and answer the zone's name too.
    ['a zone its issuer opens with', '兰州新区', '兰州市', '兰州新区管理委员会'],
    ['a zone under a party committee', '兰州新区', '兰州市', '中共兰州新区工作委员会'],
    ['the host of a zone', '兰州市', '兰州市', '兰州新区管理委员会'],
    ['a zone inside a county', '甲县经济开发区', '甲县', '甲县经济开发区管委会'],
  ])('passes %s', (_why, value, county, issuer) => {
    expect(documentInCounty(value, county, issuer)).toBe(true);
  });

  it.each([
    ['other documents of the host', '兰州新区', '兰州市', '兰州市人民政府'],
    ['a zone of another county', '甲县经济开发区', '乙县', '甲县经济开发区管委会'],
    ['no county', '兰州新区', undefined, '兰州新区管理委员会'],
    ['an issuer opening with no zone', '兰州新区', '兰州市', '兰州市教育局'],
  ])('must not pass %s', (_why, value, county, issuer) => {
    expect(documentInCounty(value, county, issuer)).toBe(false);
  });
});

describe('countyKeys', () => {
  // A backend matching values exactly (Meilisearch) must select what countyPasses selects.
  const values = ['稷', '稷山', '稷山县', '稷山县县', '阿坝州', '阿坝藏族羌族自治州', '阿坝县', '巴州', '东乌旗', '东乌珠旗', '东乌珠穆沁旗', '宜昌区', '长阳县', '长阳'];
  it.each([['稷山县'], ['阿坝藏族羌族自治州'], ['东乌珠穆沁旗'], ['长阳土家族自治县'], ['巴音郭楞蒙古自治州'], ['宜昌高新区']])('of %s agree with countyPasses', (county) => {
    const keys = new Set(countyKeys(county));
    for (const value of values) expect(keys.has(value), value).toBe(countyPasses(value, county));
  });

  it('holds the zone its issuer opens with, never for another issuer', () => {
    expect(countyKeys('兰州市', '兰州新区管理委员会')).toContain('兰州新区');
    expect(countyKeys('兰州市', '兰州市人民政府')).not.toContain('兰州新区');
    expect(countyKeys(undefined, '兰州新区管理委员会')).toEqual([]);
  });

  it('zoneOfDocument reads the first of joint issuers', () => {
    expect(zoneOfDocument('兰州市', '兰州新区管理委员会、兰州市人民政府')).toBe('兰州新区');
    expect(zoneOfDocument('兰州市', '兰州市人民政府、兰州新区管理委员会')).toBeUndefined();
  });
});
