import { describe, expect, it } from 'vitest';
import { createExtractValidity } from '../../ingest/stages/extract-validity';
import { validityStatus } from '../../src/domain/validity';
import { docOf } from '../ingest/stages/doc';

const extract = createExtractValidity();

describe('validityStatus', () => {
  // 稷政发〔2022〕18号, built from its real sentences.
  const doc = extract(docOf(['第二十五条 本办法自2022年8月16日起实施，有效期3年。'], { date: '2022-08-16', docNumber: '稷政发〔2022〕18号' }));

  it.each([
    ['2026-01-01', '已失效', '有效期3年，已于2025-08-15到期'],
    ['2024-01-01', '现行有效', '有效期3年，有效至2025-08-15'],
    ['2025-08-15', '现行有效', '有效期3年，有效至2025-08-15'],
    ['2022-08-01', '尚未生效', '自2022-08-16起施行'],
  ] as const)('稷政发〔2022〕18号 as of %s is %s', (asOf, status, reason) => {
    expect(validityStatus({ validity: doc.validity, date: doc.date }, asOf)).toEqual({ status, reason });
  });

  it('is 已废止 once a repealing document is dated on or before asOf, naming it', () => {
    const input = { validity: {}, date: '2016-09-01', repealedBy: [{ date: '2023-07-12', docNumber: '夏政发〔2023〕12号' }] };
    expect(validityStatus(input, '2023-07-12')).toEqual({ status: '已废止', reason: '已被夏政发〔2023〕12号废止（2023-07-12）' });
  });

  it('is not 已废止 before the repealing document is dated', () => {
    const input = { validity: {}, date: '2016-09-01', repealedBy: [{ date: '2023-07-12', docNumber: '夏政发〔2023〕12号' }] };
    expect(validityStatus(input, '2023-07-11').status).toBe('现行有效');
  });
});
