import { describe, expect, it } from 'vitest';
import { createExtractValidity } from '../../ingest/stages/extract-validity';
import { statedDates, statedStatus, validityStatus } from '../../src/domain/validity';
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

describe('statedStatus', () => {
  it.each([
    ['失效', '已失效'],
    ['已失效', '已失效'],
    ['无效', '已失效'],
    [' 已过期 ', '已失效'],
    ['废止', '已废止'],
    ['已废止。', '已废止'],
    ['作 废', '已废止'],
    // A law database's mark of a text an amendment replaced: that text is no longer in force.
    ['已修改', '已失效'],
    ['已被修改', '已失效'],
    ['已修订', '已失效'],
  ] as const)('reads %j as %s', (value, status) => {
    expect(statedStatus(value)).toBe(status);
  });

  // Must not: in force, in part repealed, a bare 修订 (a revision, or the revised text itself), a sentence, a label's garbage.
  it.each(['有效', '现行有效', '部分失效', '修订', '修改', '已修改部分条款', '失效日期2020年1月23日', '有效性。将固体废物产生者', ''])('reads %j as no status', (value) => {
    expect(statedStatus(value)).toBeUndefined();
  });
});

describe('a stated status', () => {
  it.each([
    // 失效 with no date of its own: from the document's start on, not before.
    [{ stated: '已失效', sentence: '有效性：失效' }, '2019-03-01', '2026-01-01', '已失效', '文件信息载明“有效性：失效”'],
    [{ stated: '已失效', sentence: '有效性：失效' }, '2019-03-01', '2019-03-01', '已失效', '文件信息载明“有效性：失效”'],
    [{ stated: '已失效', sentence: '有效性：失效' }, '2019-03-01', '2019-02-01', '现行有效', '未见废止或失效的记载'],
    [{ stated: '已失效', effectiveFrom: '2019-04-01' }, '2019-03-01', '2019-03-15', '尚未生效', '自2019-04-01起施行'],
    // 失效 beside its last day: the dates decide.
    [{ stated: '已失效', expiresOn: '2020-01-23' }, '2019-03-01', '2020-01-01', '现行有效', '有效至2020-01-23'],
    [{ stated: '已失效', expiresOn: '2020-01-23' }, '2019-03-01', '2020-02-01', '已失效', '已于2020-01-23到期'],
    // 废止: from the start, or the day after a stated 废止时间.
    [{ stated: '已废止', sentence: '有效性：废止' }, '2019-03-01', '2026-01-01', '已废止', '文件信息载明“有效性：废止”'],
    [{ stated: '已废止', expiresOn: '2020-01-23' }, '2019-03-01', '2020-01-23', '现行有效', '有效至2020-01-23'],
    [{ stated: '已废止', expiresOn: '2020-01-23' }, '2019-03-01', '2020-01-24', '已废止', '文件信息载明已废止，废止时间2020-01-23'],
    // A 废止时间 the page prints under that label: the reason quotes it once.
    [{ stated: '已废止', expiresOn: '2020-01-23', sentence: '废止时间：2020-01-23' }, '2019-01-23', '2020-01-24', '已废止', '文件信息载明“废止时间：2020-01-23”'],
    [{ stated: '已废止', expiresOn: '2020-01-23', sentence: '废止时间：2020-01-23' }, '2019-01-23', '2020-01-23', '现行有效', '有效至2020-01-23'],
    // 已修改: the reason says the text was replaced, not the matter dropped.
    [{ stated: '已失效', sentence: '有效性：已修改' }, '2006-08-18', '2026-12-07', '已失效', '文件信息载明“有效性：已修改”（该文本已被修改，以修改后的文本为准）'],
    [{ stated: '已失效', sentence: '有效性：失效' }, '2006-08-18', '2026-12-07', '已失效', '文件信息载明“有效性：失效”'],
    // What a page's 有效性 says without a status is the reason as it says it; nothing said, none.
    [{ sentence: '有效性：部分失效' }, '2019-03-01', '2026-01-01', '现行有效', '文件信息载明“有效性：部分失效”'],
    [{ sentence: '有效性：有效' }, '2019-03-01', '2026-01-01', '现行有效', '文件信息载明“有效性：有效”'],
    [{ sentence: '本办法自印发之日起施行。' }, '2019-03-01', '2026-01-01', '现行有效', '未见废止或失效的记载'],
    // No date at all: it holds whenever asked.
    [{ stated: '已废止' }, undefined, '1990-01-01', '已废止', '文件信息载明已废止'],
    // A draft: in force on no day, whatever date its text names.
    [{ stated: '尚未生效', sentence: '征求意见稿', effectiveFrom: '2020-01-01' }, '2019-03-01', '2026-01-01', '尚未生效', '征求意见稿：草案，未生效'],
  ] as const)('%j of %s as of %s is %s (%s)', (validity, date, asOf, status, reason) => {
    expect(validityStatus({ validity: { ...validity }, date }, asOf)).toEqual({ status, reason });
  });

  it('gives way to a repealing document in the corpus, which names itself', () => {
    const input = { validity: { stated: '已失效' as const }, date: '2016-09-01', repealedBy: [{ date: '2023-07-12', docNumber: '夏政发〔2023〕12号' }] };
    expect(validityStatus(input, '2024-01-01')).toEqual({ status: '已废止', reason: '已被夏政发〔2023〕12号废止（2023-07-12）' });
  });

  it.each([
    [{ stated: '已失效' }, '2019-03-01', { expiresOn: '2019-02-28' }],
    [{ stated: '已失效' }, '2019-03', { expiresOn: '0001-01-01' }],
    [{ stated: '已失效', expiresOn: '2020-01-23' }, '2019-03-01', {}],
    [{ stated: '已废止', effectiveFrom: '2019-04-01' }, '2019-03-01', { repealedOn: '2019-04-01' }],
    [{ stated: '已废止', expiresOn: '2020-01-23' }, '2019-03-01', { repealedOn: '2020-01-24' }],
    [{}, '2019-03-01', {}],
  ] as const)('%j of %s stands for the dates %j', (validity, date, dates) => {
    expect(statedDates({ ...validity }, date)).toEqual(dates);
  });
});
