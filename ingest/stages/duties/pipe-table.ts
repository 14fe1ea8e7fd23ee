/**
 * @module ingest/stages/duties/pipe-table
 * Duty tables a web page flattened with `|` between cells: a row a line
 * (`80 | 加大托育供给… | 县教育局 | 县卫健委 |`) or a cell a line (`县教育局 |`). The header's
 * column names say the role of each column (牵头责任单位 lead, 责任单位 responsible, 配合单位
 * support, as in data roles.labels, or 负责考核部门 / 责任处室 as table-columns.ts reads them);
 * cells then fill rows of the header's width, read in order. A row printed on one line is read
 * when the line ends though it is shorter than the header (its last cells were empty, or a
 * merged cell was left out). A table whose header names a task column but no role column
 * (序号 | 考核项目 | 考核内容 …, an office in one cell of each row) charges the office a row's
 * cell names with the row's task.
 */
import type { DutyRole } from '../../../src/model';
import { compact } from '../../../src/text/normalize';
import { addDuty, type DutyReader } from './duty-reader';
import { columnRole, unitsOfColumnCell } from './table-columns';
import { opensClause, parseUnitList } from './unit-lists';

/** A column name: short, no sentence mark, no digit (a serial or a figure opens a row). */
const COLUMN_NAME = /^[\u4e00-\u9fff（）()、]{1,10}$/;
const SERIAL_COLUMN = /^(?:序号|编号|序|项目编号)$/;
/** Columns stating the task, read as the matter before any other. */
const TASK_COLUMN = /任务|事项|内容|措施|目标|工作|举措/;
/** A column naming the row (名称, 项目名称, 考核项目): its cell opens the matter (门前六包：保持门店门前清洁…). */
const NAME_COLUMN = /^(?:名称|项目|项目名称|工作名称|事项名称|活动名称|考核项目)$/;
/**
 * Words of a column's name. Once the header holds a role column, a cell joins it only when it
 * reads as a column's name: a table printed a cell a line ("名 称 |" / "责任单位 |" / "工作任务与
 * 目标 |" / "门前六包 |") shows no line end between its header and its first row.
 */
const COLUMN_WORD = /名称|序号|编号|任务|事项|内容|措施|目标|举措|时限|时间|备注|领导|单位|部门|进度|标准|要求|类别|指标|职责|分工/;


/** Cells of a line split at `|`, spaces inside a cell dropped (分 管 县领导); the empty ends gone, empty cells between kept. */
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
  const isRole = (c: string) => columnRole(c, reader.ctx) !== undefined;
  const hasRole = () => table.header.some(isRole);
  // A line of several cells is a row of its own: what an earlier line left unfinished is dropped.
  if (table.columns && cells.length > 1) table.row = [];
  let taken = false;
  for (const cell of cells) {
    if (!table.columns) {
      // An empty cell of a header printed on one line is a column under a merged name (考核项目 over two).
      const unnamed = cell === '' && cells.length > 1 && table.header.length > 0;
      if (unnamed || (COLUMN_NAME.test(cell) && (!hasRole() || isRole(cell) || COLUMN_WORD.test(cell)))) {
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
  // A row on one line ends with it, though its last cells were left empty.
  if (table.columns && cells.length > 1 && table.row.length > 0) {
    readRow(reader, table.columns, table.row, i);
    table.row = [];
  }
  // A header printed on one line (序号 | 目标与任务 | 牵头责任单位 | 责任单位 |) ends with it; so does
  // one naming a task but no role column, when its rows name the office in a cell of their own.
  const named = table.header.filter(Boolean);
  if (!table.columns && cells.length > 1 && (hasRole() || (named.length >= 3 && named.some((c) => TASK_COLUMN.test(c))))) {
    table.columns = columnsOf(table.header);
  }
  return taken;
}

/** The header's columns from its serial column on (what stands before it is the page's). */
function columnsOf(header: string[]): string[] {
  const serial = header.findIndex((c) => SERIAL_COLUMN.test(c));
  return serial > 0 ? header.slice(serial) : header;
}

/** One row: the units of each role column, the matter from the task column. */
function readRow(reader: DutyReader, columns: string[], row: string[], i: number): void {
  const plain = columns.map((c, k) => ({ column: c, cell: row[k] ?? '', role: columnRole(c, reader.ctx) }));
  const others = plain.filter((p) => !p.role && !SERIAL_COLUMN.test(p.column) && p.cell);
  const task = others.find((p) => TASK_COLUMN.test(p.column)) ?? [...others].sort((a, b) => b.cell.length - a.cell.length)[0];
  // Without a role column the name column may hold the office or its group (重点考核部门): no name then.
  const named = plain.some((p) => p.role);
  const name = named ? plain.find((p) => NAME_COLUMN.test(p.column) && p.cell && p !== task)?.cell : undefined;
  const matter = [name, task?.cell.replace(/[。；;]$/, '')].filter(Boolean).join('：');
  const sentence = row.join(' | ');
  const read = plain.filter((p) => p.role && p.cell).map((p) => ({ role: p.role!, units: unitsOfColumnCell(p.cell, p.column, reader.ctx) }));
  if (plain.some((p) => p.role)) {
    // A row shorter than the header (a cell left out): its one cell of offices is the first role column's.
    if (row.length < columns.length && read.every((r) => r.units.length === 0)) {
      const first = plain.find((p) => p.role)!;
      const cell = plain.find((p, k) => k > 0 && p !== task && p.cell !== '' && unitsOfColumnCell(p.cell, first.column, reader.ctx).length > 0);
      if (cell) read.push({ role: first.role!, units: unitsOfColumnCell(cell.cell, first.column, reader.ctx) });
    }
    for (const { role, units } of read) {
      for (const unit of units) {
        // A division a 处室 column names (疾控处) is an office of its own, as under a heading naming it.
        if (!reader.ctx.units.isUnitName(unit)) reader.divisions.add(unit);
        addDuty(reader, unit, role as DutyRole, matter, sentence, i);
      }
    }
    return;
  }
  // No role column: the office is the last cell before the task that names offices and nothing else.
  if (!task || !TASK_COLUMN.test(task.column)) return;
  const before = plain.slice(0, plain.indexOf(task)).filter((p) => p.cell && !SERIAL_COLUMN.test(p.column));
  for (const p of before.reverse()) {
    const list = parseUnitList(p.cell, reader.ctx);
    if (!list || list.units.length === 0) continue;
    if (!list.units.every((u) => opensClause(u, reader.county, reader.ctx))) return;
    for (const unit of list.units) addDuty(reader, unit, 'responsible', matter, sentence, i);
    return;
  }
}
