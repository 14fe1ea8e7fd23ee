/**
 * @module ingest/read/html-table
 * Data tables inside a page's body (a 任务分工表, a 考核细则, a 民生实事 list): a header row of
 * short column names (序号 / 考核项目 / 负责考核部门) and rows of cells. Such a table is read a row a
 * line with ` | ` between its cells, as a page saved as text prints it, so the duty readers see
 * which cell stands under which column. A cell spanning rows (rowspan) is repeated in each row it
 * covers and one spanning columns (colspan) leaves empty cells after it, so every row keeps the
 * header's width. Layout tables (a page's frame) and metadata tables (索引号 / 发文字号 with
 * their values) are no data tables: their first row of three cells holds a long text, a figure or
 * a label's value.
 */
import type * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';

/** A header cell: a column's name, short, no figure, no sentence mark. */
const COLUMN_NAME = /^[^\d０-９。；;，,：:]{1,12}$/;

/** The table's own rows (not those of a table nested in one of its cells). */
function rowsOf($: cheerio.CheerioAPI, table: cheerio.Cheerio<Element>): Element[] {
  return table.children('tr, thead, tbody, tfoot').toArray().flatMap((el) => (el.name === 'tr' ? [el] : $(el).children('tr').toArray()));
}

function cellsOf($: cheerio.CheerioAPI, row: Element): Element[] {
  return $(row).children('td, th').toArray();
}

const squash = (text: string) => text.replace(/[\s\u00a0\u3000]+/g, '');

/**
 * True when the table is a data table: three rows of three cells or more, the first of them a
 * header whose filled cells (three or more) are all column names.
 */
export function isDataTable($: cheerio.CheerioAPI, table: Element): boolean {
  const wide = rowsOf($, $(table)).filter((row) => cellsOf($, row).length >= 3);
  if (wide.length < 3) return false;
  const names = cellsOf($, wide[0]).map((cell) => squash($(cell).text())).filter(Boolean);
  return names.length >= 3 && names.every((name) => COLUMN_NAME.test(name));
}

/** Tables already judged, so a page of many cells judges each table once. */
const judged = new WeakMap<Element, boolean>();

/** True when the element is a cell of a data table: one field of a row, never a page's body. */
export function isDataCell($: cheerio.CheerioAPI, el: Element): boolean {
  if (el.name !== 'td' && el.name !== 'th') return false;
  const table = $(el).closest('table').get(0) as Element | undefined;
  if (!table) return false;
  if (!judged.has(table)) judged.set(table, isDataTable($, table));
  return judged.get(table)!;
}

/**
 * The table's rows as lines, cells joined by ` | `. `cellText` gives a cell's lines (its
 * paragraphs); lines that are all short names (县委宣传部 / 县教育局 / 县河长办, one a paragraph)
 * are a list and joined by 、, other lines are a text wrapped by the page and joined as one.
 * @example
 * // <tr><td>6</td><td>宣传教育</td><td><p>县委宣传部</p><p>县教育局</p></td></tr>
 * // → "6 | 宣传教育 | 县委宣传部、县教育局 |"
 */
export function tableRowLines($: cheerio.CheerioAPI, table: Element, cellText: (cell: cheerio.Cheerio<AnyNode>) => string[]): string[] {
  // The table's caption (石城县2018年度…考核细则) is its title, printed above it.
  const caption = $(table).children('caption').text().replace(/[\s\u00a0\u3000]+/g, ' ').trim();
  const lines: string[] = caption ? [caption] : [];
  // Cells a rowspan carries into the rows below it: column → text and rows left.
  const carried = new Map<number, { text: string; left: number }>();
  for (const row of rowsOf($, $(table))) {
    const cells: string[] = [];
    let column = 0;
    const takeCarried = () => {
      for (let c = carried.get(column); c; c = carried.get(column)) {
        cells.push(c.text);
        if (--c.left === 0) carried.delete(column);
        column++;
      }
    };
    for (const cell of cellsOf($, row)) {
      takeCarried();
      const text = joinCellLines(cellText($(cell)));
      const span = Math.max(1, Number($(cell).attr('colspan')) || 1);
      const down = Math.max(1, Number($(cell).attr('rowspan')) || 1);
      if (down > 1) carried.set(column, { text, left: down - 1 });
      cells.push(text, ...Array<string>(span - 1).fill(''));
      column += span;
    }
    takeCarried();
    if (cells.some(Boolean)) lines.push(`${cells.join(' | ')} |`);
  }
  return lines;
}

/** A list of names (each short, no sentence mark) joined by 、; a wrapped text joined as one. */
function joinCellLines(lines: string[]): string {
  const parts = lines.map((line) => line.replace(/[|｜]/g, ' ').trim()).filter(Boolean);
  const names = parts.length > 1 && parts.every((p) => /^[^，,。；;：:、\d]{2,15}$/.test(squash(p)));
  return parts.join(names ? '、' : '');
}
