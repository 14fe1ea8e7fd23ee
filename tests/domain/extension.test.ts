/**
 * domain/extension: the day an extending sentence gives (有效期延长至…), the term once the notices
 * extending a document are read, and the status and reason validityStatus gives from them.
 */
import { describe, expect, it } from 'vitest';
import { extendedTerm, extensionUntil, type Extension } from '../../src/domain/extension';
import { validityStatus } from '../../src/domain/validity';

describe('extensionUntil', () => {
  it.each([
    ['《某办法》（某交水〔2015〕598号）继续实施，有效期延长至2030年7月10日止。', '》', '2030-07-10'],
    ['现决定延长《某办法》有效期至2025年12月31日。', '》', '2025-12-31'],
    ['《某办法》有效期顺延至２０２６年６月３０日。', '》', '2026-06-30'],
    // Kept in force without a day.
    ['《某办法》继续有效。', '》', undefined],
    // MUST NOT: a date that is no new term (印发日期, 申报时间 after 自).
    ['《某办法》（2018年3月1日印发）继续有效。', '》', undefined],
    ['《某办法》规定的申报时间自2024年1月1日起。', '》', undefined],
    // MUST NOT: the day of the next title's clause is that title's (…，《乙》有效期延长至…).
    ['《甲办法》继续有效，《乙办法》有效期延长至2026年6月30日。', '甲办法》', undefined],
  ])('%s → %s', (sentence, after, expected) => {
    expect(extensionUntil(sentence, sentence.indexOf(after) + after.length)).toBe(expected);
  });
});

const notice = (date: string, until?: string): Extension => ({ date, docNumber: `某发〔${date.slice(0, 4)}〕1号`, ...(until ? { until } : {}) });

describe('extendedTerm', () => {
  it.each([
    // [old last day, notices, new last day, moved by]
    ['a later day moves the term', '2020-07-10', [notice('2025-07-07', '2030-07-10')], '2030-07-10', '某发〔2025〕1号'],
    ['the latest of two extensions wins', '2020-07-10', [notice('2020-06-01', '2025-07-10'), notice('2025-07-07', '2030-07-10')], '2030-07-10', '某发〔2025〕1号'],
    ['a document with no term gets the day', undefined, [notice('2022-09-02', '2027-10-31')], '2027-10-31', '某发〔2022〕1号'],
    ['继续有效 after a lapse lifts the term', '2022-12-31', [notice('2024-03-01')], undefined, '某发〔2024〕1号'],
    // MUST NOT: an earlier day, or 继续有效 within a running term, changes nothing.
    ['an earlier day does not shorten it', '2030-12-31', [notice('2025-01-01', '2027-12-31')], '2030-12-31', undefined],
    ['继续有效 within the term keeps it', '2030-12-31', [notice('2024-03-01')], '2030-12-31', undefined],
    ['no notice', '2020-07-10', [], '2020-07-10', undefined],
  ])('%s', (_, expiresOn, notices, expected, by) => {
    const term = extendedTerm(expiresOn, notices);
    expect(term.expiresOn).toBe(expected);
    expect(term.by?.docNumber).toBe(by);
  });
});

describe('validityStatus with extensions', () => {
  const lapsed = { effectiveFrom: '2021-05-01', validYears: 5, expiresOn: '2026-04-30' };
  it.each([
    ['extended past today', lapsed, [notice('2026-03-10', '2031-04-30')], '现行有效', '原有效期至2026-04-30，经某发〔2026〕1号延长有效期至2031-04-30'],
    ['extended, the new day passed too', { expiresOn: '2015-12-31' }, [notice('2015-12-01', '2020-12-31')], '已失效', '原有效期至2015-12-31，经某发〔2015〕1号延长至2020-12-31，已于2020-12-31到期'],
    ['renewed without a day after it lapsed', { expiresOn: '2022-12-31' }, [notice('2024-03-01')], '现行有效', '原有效期至2022-12-31，经某发〔2024〕1号确认继续有效'],
    // MUST NOT: no extension, the old term decides.
    ['not extended', lapsed, [], '已失效', '有效期5年，已于2026-04-30到期'],
  ])('%s', (_, validity, extendedBy, status, reason) => {
    expect(validityStatus({ validity, extendedBy }, '2026-12-01')).toEqual({ status, reason });
  });

  it('a repeal outranks an extension (MUST NOT: an extended document repealed later is 已废止)', () => {
    const result = validityStatus({ validity: lapsed, extendedBy: [notice('2026-03-10', '2031-04-30')], repealedBy: [{ date: '2026-10-01', docNumber: '某发〔2026〕9号' }] }, '2026-12-01');
    expect(result.status).toBe('已废止');
  });
});
