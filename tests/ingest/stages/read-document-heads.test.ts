import { describe, expect, it } from 'vitest';
import { readDocument } from '../../../ingest/stages/read-document';
import type { Source } from '../../../src/model';

const source: Source = { path: 'doc.txt', sha256: 'abc', format: 'text', encoding: 'utf-8' };
const read = (lines: string[]) => readDocument({ source, lines: lines.map((text) => ({ text })), messages: [], fields: {} }, { gazetteId: 'g' });

describe('readDocument: a rule excerpt that opens with its 题注', () => {
  it.each([
    ['the decree names number, organ and date; the 施行 date is not the date', ['(2003年5月6日某市人民政府令第46号公布,自2003年7月1日起施行)', '第一章 总则', '第一条 为了规范某事,制定本规定。'], { docNumber: '某市人民政府令第46号', issuingBody: '某市人民政府', date: '2003-05-06' }],
    ['a page holding only the 题注 keeps it as its text', ['(2001年1月2日某国务院第4次常务会议通过 2001年2月3日中华人民共和国国务院令第99号公布 自2001年5月1日起施行)'], { docNumber: '国务院令第99号', issuingBody: '中华人民共和国国务院', date: '2001-02-03' }],
  ])('%s', (_, lines, expected) => {
    const doc = read(lines);
    expect(doc).toMatchObject(expected);
    expect(doc.text).toContain('公布');
  });

  it('a 落款 outranks the 题注 for organ and date', () => {
    expect(read(['(2003年5月6日某市人民政府令第46号公布)', '第一条 为了规范某事,制定本规定。', '某市人民政府办公室', '2003年6月1日'])).toMatchObject({ issuingBody: '某市人民政府办公室', date: '2003-06-01' });
  });

  it('a 公文 citing a decree in its body takes no number from it', () => {
    const doc = read(['关于贯彻某办法的通知', '各乡镇人民政府:', '(2003年5月6日某市人民政府令第46号公布)的办法,请遵照执行。', '2003年6月1日']);
    expect(doc.docNumber).toBeUndefined();
  });
});

describe('readDocument: a leading group (领导小组) issues as an organ does', () => {
  it.each([
    ['its name on the line above 关于…的公告', ['某县推进殡葬改革领导小组', '关于在全县推行火化的公告', '为推进殡葬改革,特公告如下:', '一、自某日起实行火化。', '二〇二〇年九月二十九日'], { title: '某县推进殡葬改革领导小组关于在全县推行火化的公告', issuingBody: '某县推进殡葬改革领导小组', date: '2020-09-29' }],
    ['its name in the 落款', ['为深化殡葬改革,现通告如下:', '一、实行火化。', '特此通告!', '某县殡葬改革工作领导小组', '2020年7月1日'], { issuingBody: '某县殡葬改革工作领导小组', date: '2020-07-01' }],
  ])('%s', (_, lines, expected) => {
    expect(read(lines)).toMatchObject(expected);
  });
});

describe('readDocument: a page run into one line after its title', () => {
  it.each([
    ['the number opening the line, the 主送机关 after it, the date before the attachment', ['关于印发某市某规则的通知', '某政办发[2008]68号 各旗、县、区人民政府,市各委、办、局: 经市人民政府同意,现将《某规则》印发给你们,请认真执行。 二OO八年五月二十三日                      某市某规则 根据某条例,制定本规则。'], { docNumber: '某政办发〔2008〕68号', date: '2008-05-23' }],
  ])('%s', (_, lines, expected) => {
    const doc = read(lines);
    expect(doc).toMatchObject(expected);
    expect(doc.text).toContain('经市人民政府同意');
  });

  it.each([
    ['a number opening a sentence of the body', ['关于某事的通知', '各乡镇人民政府:', '某政办发〔2008〕68号 文件规定的事项继续有效,请遵照执行。']],
    ['a number followed by words that are no 主送机关', ['关于某事的通知', '某政办发〔2008〕68号 同时废止。']],
  ])('no own number from %s', (_, lines) => {
    expect(read(lines).docNumber).toBeUndefined();
  });
});
