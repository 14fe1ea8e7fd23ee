/**
 * @module ingest/stages/duties/spaced-table
 * Duty tables printed with spaces instead of tabs (a city's 任务分解表 copied from a web page):
 * a header row of short column names holding role labels (序号 类别 主要任务 细化措施 牵头单位
 * 参与单位 责任单位), then one row a paragraph. Cells of the task columns may wrap and hold
 * spaces, cells of unit lists do not; so a row is read from its right end, one token per header
 * column from the first role label on, and the text before them is the matter.
 */
import type { DutyRole } from '../../../src/model';
import { addDuty, type DutyReader } from './duty-reader';
import { splitList, parseUnitList } from './unit-lists';

/** A column name is short and holds no sentence mark. */
const COLUMN_NAME = /^[\u4e00-\u9fff（）()]{1,8}$/;
const SERIAL = /^\d{1,3}[.、．]?$/;

/**
 * Reads a header row, or a row of the table the last header opened. True when the paragraph
 * was taken; a row that does not fit ends the table and is read as running text.
 * @example
 * // "序号 主要任务 牵头单位 参与单位" then "1 严守用水效率控制红线 市水利局 市发展改革委等"
 * // → 市水利局 lead, 市发展改革委 support, matter "严守用水效率控制红线"
 */
export function readSpacedTable(reader: DutyReader, flat: string, i: number): boolean {
  const tokens = flat.split(' ').filter(Boolean);
  const { labelRoles } = reader.ctx.grammar;
  if (tokens.length >= 3 && tokens.every((t) => COLUMN_NAME.test(t)) && tokens.some((t) => labelRoles.has(t))) {
    reader.spacedColumns = tokens;
    return true;
  }
  const columns = reader.spacedColumns;
  if (!columns) return false;
  // A row broken after its task (…以内。 / 市水利局 市发展改革委等 …) is read with the line before it.
  const pending = reader.spacedPending;
  reader.spacedPending = undefined;
  if (pending && readRow(reader, columns, [...pending.split(' '), ...tokens], `${pending} ${flat}`, i)) return true;
  if (readRow(reader, columns, tokens, flat, i)) return true;
  // A row's first line (its serial, then the task) keeps the table open for the line after it.
  if (SERIAL.test(tokens[0] ?? '') && tokens.length > 1) reader.spacedPending = flat;
  else reader.spacedColumns = undefined;
  return false;
}

/** One row of the table: the units of its role columns, read from its right end. */
function readRow(reader: DutyReader, columns: string[], tokens: string[], flat: string, i: number): boolean {
  const { labelRoles } = reader.ctx.grammar;
  const first = columns.findIndex((c) => labelRoles.has(c));
  const width = columns.length - first;
  if (tokens.length <= width) return false;
  const cells = tokens.slice(tokens.length - width);
  const read: Array<{ units: string[]; role: DutyRole }> = [];
  cells.forEach((cell, k) => {
    const role = labelRoles.get(columns[first + k]);
    if (role) read.push({ units: unitsOfCell(cell, reader), role });
  });
  if (read.every((r) => r.units.length === 0)) return false;
  const before = tokens.slice(0, tokens.length - width);
  const matter = (SERIAL.test(before[0]) ? before.slice(1) : before).join(' ');
  for (const { units, role } of read) for (const unit of units) addDuty(reader, unit, role, matter, flat, i);
  return true;
}

/**
 * The units of a cell the header says lists units: each item read alone, so a cell cut at the
 * page's end (…城乡一体化示范区、高) keeps the units before the cut. Places sharing the organs
 * that follow the last (城乡一体化示范区、高新区党工委和管委会) are kept as printed, one entry.
 */
function unitsOfCell(cell: string, reader: DutyReader): string[] {
  const items = splitList(cell).map((s) => s.trim()).filter(Boolean);
  const found: string[] = [];
  for (let k = 0; k < items.length; k++) {
    const list = parseUnitList(items[k], reader.ctx);
    // A zone (…示范区) is a unit of its own, yet before "高新区党工委和管委会" it shares those organs.
    const shared = list && /区$/.test(items[k]) && /^[\u4e00-\u9fff]{1,8}区党工委(?:和|、)?管委会$/.test(items[k + 1] ?? '');
    // A zone the table does not know, before an item cut at the page's end, may be the first
    // place of organs the cut took away (…示范区、高): neither is read.
    const cut = k + 1 < items.length && !parseUnitList(items[k + 1], reader.ctx);
    const zone = list && /区$/.test(items[k]) && !reader.ctx.units.isKnownName(items[k], reader.county);
    if (zone && cut && !shared) continue;
    if (list && !shared) {
      found.push(...list.units);
      continue;
    }
    const next = k + 1 < items.length ? parseUnitList(items[k + 1], reader.ctx) : null;
    if ((shared || /(?:区|县|市|镇|乡|街道)$/.test(items[k])) && next?.units.length === 1 && next.units[0] === items[k + 1].replace(/等$/, '')) {
      found.push(`${items[k]}、${items[k + 1]}`);
      k++;
    }
  }
  return found;
}
