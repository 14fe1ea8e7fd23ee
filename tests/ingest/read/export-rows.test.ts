import { describe, expect, it } from 'vitest';
import { columnTarget, parseColumnMap } from '../../../ingest/read/export-columns';
import { readExport } from '../../../ingest/read/export-rows';
import { GazetteError } from '../../../src/errors';
import type { Source } from '../../../src/model';

const source: Source = { path: 'exports/list.csv', sha256: 'x', format: 'csv' };

describe('columnTarget', () => {
  it.each([
    ['标题', 'title'],
    ['发文字号', 'docNumber'],
    [' 发文机关： ', 'issuingBody'],
    ['成文日期', 'date'],
    ['效力状态', 'validity'],
    ['正文', 'content'],
    ['Title', 'title'],
    // Columns that must not map.
    ['点击量', undefined],
    ['标题图片', undefined],
    ['序号', undefined],
  ])('%s → %s', (header, target) => {
    expect(columnTarget(header)).toBe(target);
  });

  it('takes the user map before the built-in names', () => {
    expect(columnTarget('文件名称', { 文件名称: 'title' })).toBe('title');
    expect(columnTarget('名称', { 名称: 'issuingBody' })).toBe('issuingBody');
  });
});

describe('readExport', () => {
  it('gives one text per CSV row: its columns as fields, its content as lines', () => {
    const csv = '标题,文号,发文机关,成文日期,效力状态,内容\n关于印发…的通知,稷政发〔2022〕3号,稷山县人民政府,2022年3月1日,有效,"各乡镇人民政府：\n现将…印发给你们。"\n';
    const read = readExport(csv, source, 'csv');
    expect(read.rows).toHaveLength(1);
    expect(read.rows[0].fields).toEqual({ title: '关于印发…的通知', docNumber: '稷政发〔2022〕3号', issuingBody: '稷山县人民政府', date: '2022年3月1日', validity: '有效' });
    expect(read.rows[0].lines.map((l) => l.text)).toEqual(['各乡镇人民政府：', '现将…印发给你们。']);
    expect(read.source.format).toBe('csv');
  });

  it('reads tab-separated exports and maps the user\'s column names', () => {
    const tsv = '文件名称\t机构\t正文\n关于…的通知\t稷山县教育局\t各学校：…';
    const read = readExport(tsv, source, 'csv', { 文件名称: 'title', 机构: 'issuingBody' });
    expect(read.rows[0].fields).toEqual({ title: '关于…的通知', issuingBody: '稷山县教育局' });
  });

  it.each([
    ['a row with more cells than the header', '标题,内容\n一,正文一\n二,正文二,多余\n三,正文三', 3, '列数与表头不符'],
    ['a row whose quote never closes', '标题,内容\n一,正文一\n二,"正文二\n三,正文三', 3, '引号未闭合'],
    ['a row with neither title nor content', '标题,文号,内容\n一,甲〔2020〕1号,正文一\n,乙〔2020〕2号,\n三,,正文三', 3, '既没有标题也没有内容'],
  ])('names %s by its line and keeps the other rows', (_, csv, line, words) => {
    const read = readExport(csv, source, 'csv');
    const message = read.messages.find((m) => m.level === 'error');
    expect(message?.line).toBe(line);
    expect(message?.message).toContain(`第 ${line} 行`);
    expect(message?.message).toContain(words);
    expect(read.rows.map((r) => r.fields?.title)).toContain('一');
  });

  it('reads JSONL, one object a line, naming a broken line', () => {
    const jsonl = '{"标题":"一","文号":"甲〔2020〕1号","内容":"正文一"}\n{"标题":"二",\n{"标题":"三","成文日期":"2020-01-02"}';
    const read = readExport(jsonl, { ...source, path: 'list.jsonl' }, 'jsonl');
    expect(read.rows.map((r) => r.fields?.title)).toEqual(['一', '三']);
    expect(read.rows[1].fields?.date).toBe('2020-01-02');
    expect(read.messages[0]).toMatchObject({ level: 'error', line: 2 });
  });

  it('reads a JSON array of objects', () => {
    const read = readExport('[{"title":"一","content":"正文"},{"title":"二"}]', source, 'jsonl');
    expect(read.rows.map((r) => r.lines.map((l) => l.text))).toEqual([['正文'], ['二']]);
  });

  it('refuses an export without a single readable row, naming the file', () => {
    let error: unknown;
    try {
      readExport('标题,内容\n,\n', source, 'csv');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GazetteError);
    expect((error as GazetteError).message).toMatch(/^exports\/list\.csv: /);
  });
});

describe('parseColumnMap', () => {
  it.each([
    ['文件名称=title,正文=content', { 文件名称: 'title', 正文: 'content' }],
    ['文件名称 = title， 机构=issuingBody', { 文件名称: 'title', 机构: 'issuingBody' }],
  ])('reads %s', (value, expected) => {
    expect(parseColumnMap(value)).toEqual(expected);
  });

  it.each([['文件名称=标题'], ['文件名称'], ['=title']])('refuses %s, naming the pair and the fields', (value) => {
    expect(() => parseColumnMap(value)).toThrow(/--map 中的 .*docNumber/);
  });
});
