/**
 * Data tables inside a page's body read a row a line with ` | ` between cells (a 任务分工表, a
 * 考核细则): a rowspan repeated in the rows it covers, a colspan leaving empty cells, a cell's
 * paragraphs of names joined by 、. Must not: a layout table or a metadata table (索引号 with its
 * value) is no data table, and a data table's cell is never taken for the page's body. Names
 * are made up.
 */
import * as cheerio from 'cheerio';
import type { Element } from 'domhandler';
import { describe, expect, it } from 'vitest';
import { isDataCell, isDataTable, tableRowLines } from '../../../ingest/read/html-table';
import { readHtml } from '../../../ingest/read/html';
import type { Source } from '../../../src/model';

const source: Source = { path: 'page.html', format: 'html', encoding: 'utf-8' } as Source;
const table = (html: string) => {
  const $ = cheerio.load(`<html><body>${html}</body></html>`);
  return { $, el: $('table').first().get(0) as Element };
};
const cellText = ($: cheerio.CheerioAPI) => (cell: cheerio.Cheerio<unknown>) => ($(cell as never).find('p').length ? $(cell as never).find('p').toArray().map((p) => $(p).text()) : [$(cell as never).text()]);

const TASKS = `<table><caption>某县2020年考核细则</caption>
<tr><th>序号</th><th colspan="2">考核项目</th><th>考核内容</th></tr>
<tr><td rowspan="2">1</td><td rowspan="2">重点部门</td><td>县水利局</td><td>河道采砂整治</td></tr>
<tr><td>县林业局</td><td><p>林地保护</p><p>和执法。</p></td></tr>
<tr><td>2</td><td>宣传</td><td><p>县委宣传部</p><p>县教育局</p></td><td>开展宣传活动</td></tr>
</table>`;

describe('tableRowLines', () => {
  it('reads a caption, then a row a line; rowspans repeated, colspans left empty, names joined by 、, wrapped text as one', () => {
    const { $, el } = table(TASKS);
    expect(tableRowLines($, el, cellText($))).toEqual([
      '某县2020年考核细则',
      '序号 | 考核项目 |  | 考核内容 |',
      '1 | 重点部门 | 县水利局 | 河道采砂整治 |',
      '1 | 重点部门 | 县林业局 | 林地保护和执法。 |',
      '2 | 宣传 | 县委宣传部、县教育局 | 开展宣传活动 |',
    ]);
  });
});

describe('isDataTable', () => {
  it.each<[string, string, boolean]>([
    ['a task table', TASKS, true],
    ['a contacts table is a data table too (its readers give it no duty)', '<table><tr><td>序号</td><td>单位</td><td>联系人</td></tr><tr><td>1</td><td>县财政局</td><td>张三</td></tr><tr><td>2</td><td>县民政局</td><td>李四</td></tr></table>', true],
    ['a metadata table: values with figures', '<table><tr><td>索引号：</td><td>11341602/2020-00328</td><td>信息分类：</td></tr><tr><td>发布机构：</td><td>某区政府</td><td>主题分类：</td></tr><tr><td>发文字号：</td><td>无</td><td>有效性：</td></tr></table>', false],
    ['a layout table of two rows', '<table><tr><td>首页</td><td>政务公开</td><td>互动</td></tr><tr><td colspan="3"><p>正文很长的一段文字，写着通知的内容。</p></td></tr></table>', false],
    ['a header holding a sentence', '<table><tr><td>各乡镇人民政府，县直各单位：</td><td>a</td><td>b</td></tr><tr><td>1</td><td>2</td><td>3</td></tr><tr><td>1</td><td>2</td><td>3</td></tr></table>', false],
  ])('%s → %s', (_name, html, expected) => {
    const { $, el } = table(html);
    expect(isDataTable($, el)).toBe(expected);
    expect(isDataCell($, $('td').last().get(0) as Element)).toBe(expected);
  });
});

describe('readHtml with a data table in the body', () => {
  it('reads the whole table, not its wordiest cell, as the body', () => {
    const html = `<html><head><title>乡镇考核依据</title></head><body><div><h2>乡镇考核依据</h2>${TASKS.replace('林地保护', '林地保护，严厉打击非法侵占林地、破坏湿地和野生动物资源等违法犯罪行为，建立台账')}</div></body></html>`;
    const read = readHtml(html, source);
    if (read.kind !== 'text') throw new Error('text expected');
    const lines = read.text.lines.map((l) => l.text);
    expect(lines).toContain('1 | 重点部门 | 县水利局 | 河道采砂整治 |');
    expect(lines.some((l) => l.startsWith('2 | 宣传 | 县委宣传部、县教育局'))).toBe(true);
  });
});

describe('readHtml: a data table’s caption as the page’s title', () => {
  const page = (title: string, caption: string) =>
    `<html><head><title>${title}</title></head><body><div><h2>${title}</h2>${TASKS.replace('某县2020年考核细则', caption)}</div></body></html>`;
  const titleOf = (html: string) => {
    const read = readHtml(html, source);
    if (read.kind !== 'text') throw new Error('text expected');
    return read.text.fields?.title;
  };

  it.each<[string, string, string, string]>([
    ['a caption naming a document under a column’s name', '乡镇考核依据', '某县2020年河长制工作考核细则', '某县2020年河长制工作考核细则'],
    ['a caption that names no document: the page’s title', '乡镇考核依据', '考核表', '乡镇考核依据'],
    ['a page title that is a document’s: kept', '某县河长制工作实施方案', '某县2020年河长制工作考核细则', '某县河长制工作实施方案'],
  ])('%s', (_name, title, caption, expected) => {
    expect(titleOf(page(title, caption))).toBe(expected);
  });
});
