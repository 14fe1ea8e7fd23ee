import { describe, expect, it } from 'vitest';
import { sameDecrees } from '../../../src/store/query/decree-organs';

/** Known numbers and the issuing bodies of the documents under them. */
const KNOWN: Record<string, string[]> = {
  '甲乙市人民政府令第16号': ['甲乙市人民政府'],
  '甲乙彝族自治州人民政府令第18号': ['甲乙彝族自治州人民政府'],
  '丙丁回族自治区人民政府令第103号': ['丙丁回族自治区人民政府'],
  '政府令〔2010〕第15号': ['戊己省人民政府'],
  '甲乙市人民政府办公室令第16号': ['甲乙市人民政府办公室'],
  '甲乙市政发〔2020〕16号': ['甲乙市人民政府'],
  '庚辛县人民政府令第16号': ['庚辛县人民政府'],
};
const issuersOf = (n: string) => KNOWN[n] ?? [];

describe('sameDecrees', () => {
  it.each<[string, { prefix: string; year?: number; serial: number }, string[]]>([
    // The organ as staff shorten it: 政府 for 人民政府, an autonomous place by its head.
    ['市政府令', { prefix: '甲乙市政府令', serial: 16 }, ['甲乙市人民政府令第16号']],
    ['州政府令', { prefix: '甲乙州人民政府令', serial: 18 }, ['甲乙彝族自治州人民政府令第18号']],
    ['州政府令 short', { prefix: '甲乙州政府令', serial: 18 }, ['甲乙彝族自治州人民政府令第18号']],
    ['自治区政府令', { prefix: '丙丁自治区政府令', serial: 103 }, ['丙丁回族自治区人民政府令第103号']],
    // A number printed without its place is its issuer's; a year given on both sides must agree.
    ['placeless, no year typed', { prefix: '戊己省政府令', serial: 15 }, ['政府令〔2010〕第15号']],
    ['placeless, same year', { prefix: '戊己省政府令', year: 2010, serial: 15 }, ['政府令〔2010〕第15号']],
    // Must not: another year, serial, place, level or body; a number that is no decree.
    ['another year', { prefix: '戊己省政府令', year: 2011, serial: 15 }, []],
    ['another serial', { prefix: '甲乙市政府令', serial: 17 }, []],
    ['another place', { prefix: '丙丁市政府令', serial: 16 }, []],
    ['another level', { prefix: '甲乙县政府令', serial: 16 }, []],
    ['another body', { prefix: '甲乙市教育局令', serial: 16 }, []],
    ['placeless typed', { prefix: '政府令', serial: 16 }, []],
    ['not a decree', { prefix: '甲乙市政发', year: 2020, serial: 16 }, []],
    ['another province', { prefix: '庚辛省政府令', serial: 15 }, []],
  ])('%s', (_label, typed, expected) => {
    expect(sameDecrees(typed, Object.keys(KNOWN), issuersOf)).toEqual(expected);
  });
});
