import { describe, expect, it } from 'vitest';
import { explainedTitle, interpreterNames, isInterpretationTitle } from '../../../ingest/stages/interpretation';
import { readDocument } from '../../../ingest/stages/read-document';
import type { DocumentFields, Source } from '../../../src/model';

const citable = (t: string) => /(?:办法|意见|方案|通知|决定|条例)$/.test(t);

describe('explainedTitle', () => {
  it.each([
    ['关于《某县养犬管理办法》的解读', '某县养犬管理办法'],
    ['《某县乡村建设示范创建工作方案》政策解读', '某县乡村建设示范创建工作方案'],
    ['某委某司负责人就《某县发展改革方案》答记者问', '某县发展改革方案'],
    // Printed without 《》: the title before the ending, when that is one.
    ['国务院关于加快发展养老服务业的若干意见解读', '国务院关于加快发展养老服务业的若干意见'],
    ['某县城乡居民医疗保险实施办法政策解读', '某县城乡居民医疗保险实施办法'],
    ['最全!一图读懂2023年《政府工作报告》', '政府工作报告'],
  ])('%s explains %s', (title, explained) => {
    expect(explainedTitle(title, citable)).toBe(explained);
  });

  it.each([
    // MUST-NOT: a title that is no interpretation's, or names nothing certain.
    ['关于做好《某县养犬管理办法》宣传解读工作的通知'],
    ['某县2025年一季度政策解读工作检查情况通报'],
    ['关于加快发展养老服务业的若干意见的解读'],
    ['一季度工作解读'],
    ['关于开展一图读懂《政府工作报告》宣传活动的通知'],
  ])('%s: none', (title) => {
    expect(explainedTitle(title, citable)).toBeUndefined();
  });

  it('tells an interpretation by its title', () => {
    expect(isInterpretationTitle('某局负责人就《某方案》答记者问')).toBe(true);
    expect(isInterpretationTitle('某局负责人就《某方案》答记者问引发关注')).toBe(false);
    // The explained title may follow the word (文字解读《…》); a title merely quoting one is none.
    expect(isInterpretationTitle('文字解读《某县人民政府关于做好防汛工作的通知》')).toBe(true);
    expect(isInterpretationTitle('关于印发《某县政策解读工作制度》的通知')).toBe(false);
  });
});

describe('interpreterNames', () => {
  it.each([
    ['a 解读机关 field', '关于《某办法》的解读', ['一、出台背景', '解读机关：某县医疗保障局', '解读人：李明'], undefined, ['某县医疗保障局']],
    ['a 解读单位 field as a numbered heading', '关于《某办法》的解读', ['五、解读单位：某县民政局'], undefined, ['某县民政局']],
    ['the organ whose 负责人 answers the press', '国家发展改革委地区司负责人就《某方案》答记者问', ['问：为何出台？'], undefined, ['国家发展改革委']],
    ['the publisher, last', '关于《某办法》的解读', ['解读机关：某县医疗保障局'], '某县政府办公室', ['某县医疗保障局', '某县政府办公室']],
  ])('%s', (_, title, lines, publisher, names) => {
    expect(interpreterNames(title, lines, publisher)).toEqual(names);
  });

  it.each([
    // MUST-NOT: a 解读人 is a person, a 联系电话 no organ; a field in a sentence is none.
    ['解读人：李明', '联系电话：0355-1234567'],
    ['本办法由县医疗保障局负责解读。'],
  ])('%s: no interpreter', (...lines) => {
    expect(interpreterNames('关于《某办法》的解读', lines)).toEqual([]);
  });
});

describe('readDocument: who made an interpretation', () => {
  const source: Source = { path: 'page.txt', sha256: 'abc', format: 'text', encoding: 'utf-8' };
  const read = (lines: string[], fields: DocumentFields = {}) => readDocument({ source, lines: lines.map((text) => ({ text })), messages: [], fields }, { gazetteId: 'g' });

  it('is the office its 解读机关 field names; its county is that office\'s', () => {
    const doc = read(['关于《丁县城乡居民医疗保险实施办法》的政策解读', '一、出台背景', '为完善制度，制定本办法。', '三、解读机关：丁县医疗保障局', '解读人：张某']);
    expect(doc).toMatchObject({ issuingBody: '丁县医疗保障局', county: '丁县', level: 'county', type: '解读' });
  });

  it('is the publisher a page names, completed with the place of the document it explains', () => {
    const doc = read(['关于《丁县人民政府办公室关于印发为民实事方案的通知》的解读', '一、出台目的', '为办好实事，制定本方案。'], { publisher: '县政府办公室' });
    expect(doc).toMatchObject({ issuingBody: '丁县人民政府办公室', county: '丁县' });
  });

  it('is the organ whose 负责人 answers the press', () => {
    const doc = read(['国家发展改革委地区司负责人就《浙江某县发展改革方案》答记者问', '问：请介绍编制背景。', '答：为推进示范点建设。']);
    expect(doc).toMatchObject({ issuingBody: '国家发展改革委', level: 'national' });
    expect(doc.county).toBeUndefined();
  });

  it('is never the organ of the document it explains (a county interprets a State Council opinion)', () => {
    // MUST-NOT: 国务院 issued the opinion, not its county interpretation.
    const doc = read(['国务院关于加快发展养老服务业的若干意见解读', '一、出台背景', '为加快发展养老服务业，国务院印发了该意见。'], { publisher: '丁县民政局' });
    expect(doc).toMatchObject({ issuingBody: '丁县民政局', county: '丁县' });
  });

  it('keeps the organ before 关于《 as the interpreter', () => {
    expect(read(['丁县医疗保障局关于《丁县某办法》的政策解读', '一、出台背景', '为完善制度。']).issuingBody).toBe('丁县医疗保障局');
  });

  it('leaves a notice about interpretation work as issued by its own organ', () => {
    // MUST-NOT: no 解读 type, so no publisher stands in for the issuer.
    const doc = read(['关于做好政策解读工作的通知', '各乡镇：', '现就有关事项通知如下。'], { publisher: '丁县政府办公室' });
    expect(doc.issuingBody).toBeUndefined();
    expect(doc.type).toBe('通知');
  });
});
