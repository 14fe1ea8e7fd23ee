import { describe, expect, it } from 'vitest';
import { createLevelReader } from '../../src/domain/level-alternatives';
import { loadUnitTable } from '../../src/domain/units';

const atLevel = createLevelReader(loadUnitTable().levelAlternatives!);

describe('createLevelReader', () => {
  it.each([
    // A county's document means its own level when written among the levels.
    ['县(市)农业农村部门', '若羌县', '县农业农村部门'],
    ['县（市）农业农村部门', '若羌县', '县农业农村部门'],
    ['区(市)县民政局', '金堂县', '县民政局'],
    ['区(市)县民政局', '郫都区', '区民政局'],
    ['旗县(市、区)农牧部门', '杭锦旗', '旗农牧部门'],
    ['县(区)民政部门', '盐湖区', '区民政部门'],
    ['县区民政局', '大荔县', '县民政局'],
    ['市/县民政局', '大荔县', '县民政局'],
    ['县(市)人民政府民政部门', '大荔县', '县人民政府民政部门'],
    // 市 is the county's own only for a county-level city.
    ['县(市)民政局', '永济市', '市民政局'],
    // A prefecture's document (or none) means the first level that is not 市.
    ['县(市)民政局', '云浮市', '县民政局'],
    ['市/县民政局', undefined, '县民政局'],
    ['区(市)县民政局', undefined, '区民政局'],
    // Must not: 市 of a field's word (市容, 市场, 市政) after the levels is the field's.
    ['市、县（市、区）市容环境卫生行政主管部门', '大荔县', '县市容环境卫生行政主管部门'],
    ['区县（市）市场监督管理部门', '大荔县', '县市场监督管理部门'],
    ['县（市）市政设施主管部门', '大荔县', '县市政设施主管部门'],
  ])('reads %s in %s as %s', (name, county, expected) => {
    expect(atLevel(name, county)).toBe(expected);
  });

  it.each([
    ['one level', '县农业农村部门'],
    ['县级 is no level', '县级农业农村部门'],
    ['a level twice', '县县民政局'],
    ['no office after the levels', '县(市、区)'],
    ['市场 opens a field, not a level', '市场监督管理局'],
  ])('reads nothing from %s', (_why, name) => {
    expect(atLevel(name, '大荔县')).toBeUndefined();
  });
});
