import { describe, expect, it } from 'vitest';
import { missingNumber, nearNumbers, numbersEndingWith } from '../../../src/store/query/near-numbers';

const known = ['甲府办〔2023〕5号', '甲府〔2022〕5号', '甲府〔2023〕9号', '甲府〔2023〕6号', '乙县政发〔2023〕5号', '某政发〔2023〕7号', '某政发〔2023〕17号'];

describe('nearNumbers', () => {
  it.each([
    // [typed, near numbers, closest first]
    [{ prefix: '甲府', year: 2023, serial: 5 }, ['甲府办〔2023〕5号', '甲府〔2023〕6号', '甲府〔2023〕9号', '甲府〔2022〕5号']],
    [{ prefix: '乙县政发', year: 2023, serial: 6 }, ['乙县政发〔2023〕5号']],
    // must NOT suggest: another organ's number that only shares the year and serial (乙县政发〔2023〕5号)
    [{ prefix: '丙府', year: 2023, serial: 5 }, []],
  ])('%o → %o', (typed, near) => {
    expect(nearNumbers(typed, known)).toEqual(near);
  });
});

describe('numbersEndingWith', () => {
  it.each([
    ['政发〔2023〕7号', ['某政发〔2023〕7号']],
    // must NOT match: no 代字 typed at all
    ['〔2023〕7号', []],
    // must NOT match: a shorter head is another series (甲府 ≠ 甲府办)
    ['府办〔2023〕5号', ['甲府办〔2023〕5号']],
    ['甲府〔2023〕5号', []],
  ])('%s → %o', (typed, found) => {
    expect(numbersEndingWith(typed, known)).toEqual(found);
  });
});

describe('missingNumber', () => {
  it('says in Chinese that no document has the number', () => {
    expect(missingNumber('甲府〔2023〕5号', []).message).toContain('没有文号为“甲府〔2023〕5号”的文件');
  });
});
