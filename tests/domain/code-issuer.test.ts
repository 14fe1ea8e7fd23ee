/** The issuer a number's 代字 names when a page prints none: the closed set of the State Council's and the provinces' governments, and a place's own. */
import { describe, expect, it } from 'vitest';
import { governmentOfCode, governmentStem, localGovernmentOfCode } from '../../src/domain/code-issuer';

describe('governmentStem', () => {
  it.each([
    ['国发', '国务院'],
    ['国办发', '国务院办公厅'],
    ['国办函', '国务院办公厅'],
    ['国函', '国务院'],
    ['湘政发', '湖南省人民政府'],
    ['湘政办函', '湖南省人民政府办公厅'],
    ['粤府', '广东省人民政府'],
    ['粤府办', '广东省人民政府办公厅'],
    ['赣府厅字', '江西省人民政府办公厅'],
    ['川办发', '四川省人民政府办公厅'],
    ['内政发', '内蒙古自治区人民政府'],
    ['沪府规', '上海市人民政府'],
    ['鲁政办字', '山东省人民政府办公厅'],
  ])('%s → %s', (prefix, organ) => {
    expect(governmentStem(prefix)?.organ).toBe(organ);
  });

  // MUST NOT: a province's department (湘农发, 苏政务办发), a city's form on a province's head
  // (苏府办 is 苏州's: 江苏 numbers 苏政办), an end outside the closed set (湘政研), a city's code.
  it.each([['湘农发'], ['苏政务办发'], ['苏府办'], ['湘政研'], ['赣市府发'], ['镇政发'], ['筑府办函'], ['发改投资']])('%s names no government', (prefix) => {
    expect(governmentStem(prefix)).toBeUndefined();
  });
});

describe('governmentOfCode', () => {
  const provinceList = '各市人民政府，各县（市、区）人民政府，省政府各部门、各直属机构';
  it.each([
    ['a province\'s list', '鲁政办字', { text: '为深入贯彻…现提出如下意见。', recipients: provinceList }, '山东省人民政府办公厅'],
    ['a text naming the province, no list read', '赣府厅字', { text: '出处《江西省人民政府公报》', recipients: undefined }, '江西省人民政府办公厅'],
    ['a 直辖市 writing like a city, naming itself', '京政办发', { text: '成立北京市人民政府对外联络服务办公室', recipients: '各区、县人民政府，市政府各委、办、局' }, '北京市人民政府办公厅'],
    ['the State Council, always', '国办发', { text: '…', recipients: undefined }, '国务院办公厅'],
    ['an autonomous region named short', '新政发', { text: '新疆各族群众…', recipients: undefined }, '新疆维吾尔自治区人民政府'],
    ['a number of 1980 or later', '川办字', { text: '四川省云杉林经营管理暂行办法', recipients: undefined, year: 1985 }, '四川省人民政府办公厅'],
    ['the State Council in 1956', '国发', { text: '…', recipients: undefined, year: 1956 }, '国务院'],
  ])('%s', (_, prefix, evidence, organ) => {
    expect(governmentOfCode(prefix, evidence)).toBe(organ);
  });

  // MUST NOT: 宁政办发 is 南京's too (a city's list); a text naming neither the province nor a
  // province's list; a county whose name starts with the head (湘乡市人民政府); a 直辖市's code
  // on a page that does not name it; a city's form on the province's head.
  it.each([
    ['南京 writing to its districts', '宁政办发', { text: '经市政府同意，制定如下实施意见', recipients: '各区人民政府，市府各委办局，市各直属单位' }],
    ['nothing agrees', '湘政发', { text: '现将有关事项通知如下。', recipients: undefined }],
    ['a county starting with the head', '湘政发', { text: '请湘乡市人民政府组织实施。湖南省…', recipients: undefined }],
    ['a 直辖市 not named', '京政发', { text: '持续改善首都空气质量，市政府决定…', recipients: undefined }],
    ['a county writing to its towns', '吉政发', { text: '吉林省…', recipients: '各乡镇人民政府，县直各部门' }],
    ['苏州\'s form', '苏府办', { text: '江苏省…', recipients: provinceList }],
    // Before 1980 a province's government was its 人民委员会 or 革命委员会: 川办字〔1961〕 names no 人民政府办公厅.
    ['a number of 1961', '川办字', { text: '四川省云杉林经营管理暂行办法', recipients: undefined, year: 1961 }],
  ])('none: %s', (_, prefix, evidence) => {
    expect(governmentOfCode(prefix, evidence)).toBeUndefined();
  });
});

describe('localGovernmentOfCode', () => {
  it.each([
    ['镇政发', '镇巴县', '镇巴县人民政府'],
    ['海府', '海口市', '海口市人民政府'],
    ['梁政办发', '梁山县', '梁山县人民政府办公室'],
    ['渝北府发', '渝北区', '渝北区人民政府'],
  ])('%s on a page of %s → %s', (prefix, place, organ) => {
    expect(localGovernmentOfCode(prefix, place)).toBe(organ);
  });

  // MUST NOT: a place the code does not abbreviate; a province's stem (湘政发 on a page of 湘乡市);
  // a city's office (办公厅 or 办公室); a department's code; an end outside the closed set.
  it.each([
    ['筑府办函', '贵阳市'],
    ['湘政发', '湘乡市'],
    ['海府办', '海口市'],
    ['镇农发', '镇巴县'],
    ['镇政研', '镇巴县'],
  ])('none: %s on a page of %s', (prefix, place) => {
    expect(localGovernmentOfCode(prefix, place)).toBeUndefined();
  });

  it('names no 人民政府 for a number of 1975 (a 革命委员会\'s)', () => {
    expect(localGovernmentOfCode('海府', '海口市', 1975)).toBeUndefined();
    expect(localGovernmentOfCode('海府', '海口市', 2011)).toBe('海口市人民政府');
  });
});
