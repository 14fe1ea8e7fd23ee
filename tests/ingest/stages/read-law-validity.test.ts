import { describe, expect, it } from 'vitest';
import { textToSourceText } from '../../../ingest/read/text';
import { readLaw } from '../../../ingest/stages/read-law';

// A law database's entry states the status of the text it holds in a 时效性 line: a status it
// states outranks the text's own dates; 有效 and 部分失效 state none (its dates stand).
const read = (text: string) => readLaw(textToSourceText(text, { path: 'law.txt', sha256: 'x', format: 'text' }), { gazetteId: 'g' });
const entry = (status: string) => `某某族自治州自治条例(2006年修正本)
制定机关：某某族自治州人民代表大会常务委员会
效力级别：地方性法规
时效性：${status}
公布日期：2006年8月18日
施行日期：2006年8月18日
第一章 总则
第一条 为了保障自治州的民族区域自治，制定本条例。`;

describe('readLaw: the 时效性 line', () => {
  it.each([
    ['已修改', { effectiveFrom: '2006-08-18', stated: '已失效', sentence: '有效性：已修改' }],
    ['失效', { effectiveFrom: '2006-08-18', stated: '已失效', sentence: '有效性：失效' }],
    ['已废止', { effectiveFrom: '2006-08-18', stated: '已废止', sentence: '有效性：已废止' }],
    // Must not: in force, or in part, states no status and adds nothing to the record.
    ['有效', { effectiveFrom: '2006-08-18' }],
    ['现行有效', { effectiveFrom: '2006-08-18' }],
    ['部分失效', { effectiveFrom: '2006-08-18' }],
  ])('时效性：%s → %j', (status, validity) => {
    const law = read(entry(status));
    expect(law?.title).toBe('某某族自治州自治条例(2006年修正本)');
    expect(law?.validity).toEqual(validity);
  });
});
