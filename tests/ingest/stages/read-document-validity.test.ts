import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../ingest/pipeline';
import { fieldValidity } from '../../../ingest/stages/read-document';
import type { DocumentFields, Source } from '../../../src/model';

// What a page's metadata fields state about validity: an end date keeps the page's own word for
// it (废止时间 a repeal, 失效时间 a lapse); a 有效性 word outranks the label's.
describe('fieldValidity', () => {
  it.each<[DocumentFields, Record<string, unknown>]>([
    // 废止时间 alone: repealed after that day, quoted as the page prints it.
    [{ effectiveFrom: '2019-01-23', repealedOn: '2020-01-23' }, { effectiveFrom: '2019-01-23', expiresOn: '2020-01-23', stated: '已废止', sentence: '废止时间：2020-01-23' }],
    [{ repealedOn: '2020年1月23日' }, { expiresOn: '2020-01-23', stated: '已废止', sentence: '废止时间：2020-01-23' }],
    // 失效时间: a lapse, as before — the dates decide.
    [{ lapsedOn: '2020-01-23' }, { expiresOn: '2020-01-23' }],
    // A 有效性 word outranks the label's: 失效 beside a 废止时间 is a lapse.
    [{ validity: '失效', repealedOn: '2020-01-23' }, { expiresOn: '2020-01-23', stated: '已失效', sentence: '有效性：失效' }],
    // 有效 beside a 废止时间 states no status: the date is a term's end.
    [{ validity: '有效', repealedOn: '2027-12-31' }, { expiresOn: '2027-12-31', sentence: '有效性：有效' }],
    // A law database's 已修改: the text an amendment replaced.
    [{ validity: '已修改' }, { stated: '已失效', sentence: '有效性：已修改' }],
    [{ validity: '已被修改' }, { stated: '已失效', sentence: '有效性：已被修改' }],
    // Must not: 部分失效 is still in force, its words kept; no date, no end.
    [{ validity: '部分失效' }, { sentence: '有效性：部分失效' }],
    [{ repealedOn: '暂无' }, {}],
    [{ lapsedOn: '--' }, {}],
    [{ validity: '010183242/2019-00072' }, {}],
  ])('%j → %j', (fields, expected) => {
    expect(fieldValidity(fields)).toEqual(expected);
  });
});

describe('a 政府信息公开 block printed in a text: the end date under its label', () => {
  const source: Source = { path: 'page.txt', sha256: 'abf', format: 'text', encoding: 'utf-8' };
  const page = (end: string) => [
    '索引号: 003129766/201901-00336 组配分类: 规范性文件发布',
    '发文日期: 2019-01-23 生效时间: 2019-01-23',
    `${end}: 2020-01-23 名称: 某县人民政府关于印发《某县人民政府工作规则》的通知`,
    '某县人民政府关于印发《某县人民政府工作规则》的通知',
    '各乡、镇人民政府，县政府各部门：',
    '《某县人民政府工作规则》已经县政府全体会议通过，现予印发，请遵照执行。',
    '某县人民政府',
    '2019年1月17日',
  ];
  const validity = (end: string) => createPipeline()({ source, lines: page(end).map((text) => ({ text })), messages: [] }).documents[0].validity;

  it.each([
    ['废止时间', { stated: '已废止', expiresOn: '2020-01-23' }],
    ['废止日期', { stated: '已废止', expiresOn: '2020-01-23' }],
    ['失效时间', { expiresOn: '2020-01-23' }],
    ['失效日期', { expiresOn: '2020-01-23' }],
  ])('%s → %j', (end, expected) => {
    const got = validity(end);
    expect(got).toMatchObject({ effectiveFrom: '2019-01-23', ...expected });
    if (!('stated' in expected)) expect(got.stated).toBeUndefined();
  });
});
