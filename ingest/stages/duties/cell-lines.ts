/**
 * @module ingest/stages/duties/cell-lines
 * A duty table a page printed a cell a line with no separator left (序号 / 项目 / 重点工作目标任务 /
 * 牵头领导 / 责任单位, then the rows' cells), its merged cells printed once, so rows have no fixed
 * width. Once the header has named a task column and then a role column, a line that is only a
 * list of units is that column's cell, and the nearest line above it that states a task (not a
 * serial, a leader's name or a short project name) is their matter. A mark before a unit
 * (★区商务局, data units.json `roles.leadMarks`) says it leads. A list followed by a date is a
 * signature, not a cell. A header with two role columns (牵头部门 / 配合部门) gives a row's first
 * units cell the first column's role and the cells after it the second's.
 */
import { compact } from '../../../src/text/normalize';
import { addDuty, type DutyReader } from './duty-reader';
import { stripNumbering } from './duty-text';
import { parseUnitList } from './unit-lists';

/** A column of the header stating the task (as pipe-table.ts reads it). */
const TASK_COLUMN = /任务|事项|内容|措施|目标|举措/;
/** A cell too short to state a task: a serial, a leader's name, a project's name. */
const MIN_TASK = 8;
const DATE = /^\d{4}年\d{1,2}月\d{1,2}日$/;
/** How many lines above a role column the header's task column may stand. */
const HEADER_SPAN = 4;
/** A header's serial column (序号): the column after it states the task, whatever its name (民生实事). */
const SERIAL_COLUMN = /^(?:序号|编号|序)$/;
/** A column's name: short, no figure, no sentence mark. */
const COLUMN_NAME = /^[\u4e00-\u9fff（）()]{2,12}$/;

/** True when the paragraph was a header's role column or a units cell of such a table. */
export function readCellLine(reader: DutyReader, texts: string[], i: number): boolean {
  const { labelRoles, table } = reader.ctx.grammar;
  const line = compact(texts[i]);
  const role = labelRoles.get(line);
  // The header's next column is another role's (牵头部门 / 配合部门): a row's units cells take the
  // columns' roles in order.
  if (role && role !== 'member' && reader.cellTable?.header === i - 1 && !reader.cellTable.task) {
    reader.cellTable.roles.push(role);
    reader.cellTable.header = i;
    return true;
  }
  if (role && role !== 'member') {
    const above = texts.slice(Math.max(0, i - HEADER_SPAN), i).map(compact);
    const serial = above.findIndex((c) => SERIAL_COLUMN.test(c));
    // 序号 / 民生实事 / 责任单位: the header's columns run from its serial to the role column.
    const headed = serial >= 0 && above.length - serial >= 2 && above.slice(serial + 1).every((c) => COLUMN_NAME.test(c));
    if (headed || above.some((c) => c.length <= 12 && TASK_COLUMN.test(c))) {
      reader.cellTable = { roles: [role], header: i, cell: 0 };
      return true;
    }
  }
  const cells = reader.cellTable;
  if (!cells) return false;
  const marks = table.roles.leadMarks?.marks ?? [];
  // A cell's list may end with a stray 、 (区政府办公室、区绿化市容局、).
  const items = unitCell(line.replace(/、$/, ''), marks, reader);
  if (items && !DATE.test(compact(texts[i + 1] ?? ''))) {
    if (!cells.task) return true;
    // The row's first units cell is the first role column's; cells past the last column (a cell
    // printed over two lines) keep the last column's role.
    const role = cells.roles[Math.min(cells.cell, cells.roles.length - 1)];
    for (const { unit, lead } of items) addDuty(reader, unit, lead ? 'lead' : role, cells.task, `${cells.task} ${line}`, i);
    cells.cell++;
    return true;
  }
  if ([...line].length >= MIN_TASK) {
    cells.task = stripNumbering(line).replace(/[。；;]$/, '');
    cells.cell = 0;
  }
  return false;
}

/** The units of a line that is only a list of them, each with whether a lead mark stands before it. */
function unitCell(line: string, marks: string[], reader: DutyReader): Array<{ unit: string; lead: boolean }> | undefined {
  if (line.length < 2 || line.length > 80 || /[，,。；;：:！？]/.test(line)) return undefined;
  // A cell opened by a lead mark is a cell even where one of its names is unknown (吴江海关).
  const marked = marks.some((m) => line.startsWith(m));
  const found: Array<{ unit: string; lead: boolean }> = [];
  for (const piece of line.split('、')) {
    const mark = marks.find((m) => piece.startsWith(m));
    const list = parseUnitList(mark ? piece.slice(mark.length) : piece, reader.ctx);
    if (!list || list.units.length === 0) {
      if (marked) continue;
      return undefined;
    }
    for (const unit of list.units) found.push({ unit, lead: !!mark });
  }
  return found.length > 0 ? found : undefined;
}

