/**
 * @module ingest/stages/duties/pipe-table
 * Duty tables a web page flattened with `|` between cells: a row a line
 * (`80 | 加大托育供给… | 县教育局 | 县卫健委 |`) or a cell a line (`县教育局 |`). The header's
 * column names say the role of each column (牵头责任单位 lead, 责任单位 responsible, 配合单位
 * support, as in data roles.labels); cells then fill rows of the header's width, read in order.
 */
import type { DutyRole } from '../../../src/model';
import { compact } from '../../../src/text/normalize';
import { addDuty, type DutyReader } from './duty-reader';
import { labelledItems } from './unit-lists';

/** A column name: short, no sentence mark, no digit (a serial or a figure opens a row). */
const COLUMN_NAME = /^[\u4e00-\u9fff（）()、]{1,10}$/;
const SERIAL_COLUMN = /^(?:序号|编号|序|项目编号)$/;
/** Columns stating the task, read as the matter before any other. */
const TASK_COLUMN = /任务|事项|内容|措施|目标|工作|举措/;
/** A column naming the row (名称, 项目名称): its cell opens the matter (门前六包：保持门店门前清洁…). */
const NAME_COLUMN = /^(?:名称|项目|项目名称|工作名称|事项名称|活动名称)$/;
/**
 * Words of a column's name. Once the header holds a role column, a cell joins it only when it
 * reads as a column's name: a table printed a cell a line ("名 称 |" / "责任单位 |" / "工作任务与
 * 目标 |" / "门前六包 |") shows no line end between its header and its first row.
 */
const COLUMN_WORD = /名称|序号|编号|任务|事项|内容|措施|目标|举措|时限|时间|备注|领导|单位|部门|进度|标准|要求|类别|指标|职责|分工/;


/** Cells of a line split at `|`, spaces inside a cell dropped (分 管 县领导); the empty ends gone. */
function cellsOf(text: string): string[] {
  const cells = text.split(/[|｜]/).map((c) => compact(c).trim());
  while (cells.length && !cells[cells.length - 1]) cells.pop();
  while (cells.length && !cells[0]) cells.shift();
  return cells;
}

/**
 * Reads a paragraph holding `|` cells into the table it opens or continues. True when the
 * paragraph was taken (a header cell or a row cell); a paragraph without `|` ends the table.
 * @example
 * // "序号 | 目标与任务 | 牵头责任单位 | 责任单位 |" then "1 | 新增托位400个 | 县教育局 | 县卫健委 |"
 * // → 县教育局 lead, 县卫健委 responsible, matter "新增托位400个"
 */
export function readPipeTable(reader: DutyReader, text: string, i: number): boolean {
  if (!text.includes('|') && !text.includes('｜')) {
    reader.pipeTable = undefined;
    return false;
  }
  const cells = cellsOf(text);
  if (cells.length === 0) return !!reader.pipeTable;
  const table = (reader.pipeTable ??= { header: [], row: [] });
  const { labelRoles } = reader.ctx.grammar;
  // A line of several cells is a row of its own: what an earlier line left unfinished is dropped.
  if (table.columns && cells.length > 1) table.row = [];
  let taken = false;
  const hasRole = () => table.header.some((c) => labelRoles.has(c));
  for (const cell of cells) {
    if (!table.columns) {
      if (COLUMN_NAME.test(cell) && (!hasRole() || labelRoles.has(cell) || COLUMN_WORD.test(cell))) {
        table.header.push(cell);
        taken = true;
        continue;
      }
      if (!hasRole()) {
        table.header = [];
        continue;
      }
      table.columns = columnsOf(table.header);
    }
    taken = true;
    table.row.push(cell);
    if (table.row.length === table.columns.length) {
      readRow(reader, table.columns, table.row, i);
      table.row = [];
    }
  }
  // A header printed on one line (序号 | 目标与任务 | 牵头责任单位 | 责任单位 |) ends with it.
  if (!table.columns && cells.length > 1 && hasRole()) table.columns = columnsOf(table.header);
  return taken;
}

/** The header's columns from its serial column on (what stands before it is the page's). */
function columnsOf(header: string[]): string[] {
  const serial = header.findIndex((c) => SERIAL_COLUMN.test(c));
  return serial > 0 ? header.slice(serial) : header;
}

/** One row: the units of each role column, the matter from the task column. */
function readRow(reader: DutyReader, columns: string[], row: string[], i: number): void {
  const { labelRoles } = reader.ctx.grammar;
  const plain = columns.map((c, k) => ({ column: c, cell: row[k] ?? '', role: labelRoles.get(c) as DutyRole | undefined }));
  const others = plain.filter((p) => !p.role && !SERIAL_COLUMN.test(p.column) && p.cell);
  const task = others.find((p) => TASK_COLUMN.test(p.column)) ?? [...others].sort((a, b) => b.cell.length - a.cell.length)[0];
  const name = plain.find((p) => NAME_COLUMN.test(p.column) && p.cell && p !== task)?.cell;
  const matter = [name, task?.cell.replace(/[。；;]$/, '')].filter(Boolean).join('：');
  const sentence = row.join(' | ');
  for (const { cell, role } of plain) {
    if (!role || !cell) continue;
    for (const unit of labelledItems(cell, reader.ctx)?.units ?? []) addDuty(reader, unit, role, matter, sentence, i);
  }
}
