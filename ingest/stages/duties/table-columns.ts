/**
 * @module ingest/stages/duties/table-columns
 * What a duty table's column names say: the role of the offices in its cells (a role label of
 * data units.json `roles.labels`, or a name built as `roles.columnRoles` says: 负责考核部门,
 * 责任处室), and which offices its cells may name (a column of 处室 names an office's divisions:
 * 疾控处, 财务处, 办公室).
 */
import type { DutyRole } from '../../../src/model';
import type { DutyContext } from './duty-grammar';
import { labelledItems, splitList } from './unit-lists';
import { LIST_TAIL } from './duty-text';

/**
 * The role a column's name gives the offices in its cells; undefined for any other column
 * (完成时限, 责任领导, 联系电话).
 * @example columnRole('负责考核部门', ctx) // 'responsible'
 */
export function columnRole(name: string, ctx: DutyContext): DutyRole | undefined {
  const labelled = ctx.grammar.labelRoles.get(name);
  if (labelled) return labelled;
  const spec = ctx.grammar.table.roles.columnRoles;
  if (!spec) return undefined;
  const ending = spec.endings.find((e) => name.endsWith(e));
  if (!ending) return undefined;
  const opener = spec.openers.find(([o]) => name.startsWith(o));
  return opener && name.length - opener[0].length - ending.length <= spec.between ? opener[1] : undefined;
}

/** A division's name (疾控处, 规划信息处（爱卫办）, 综合科): what a 处室 column's cells hold. */
function divisionPattern(ctx: DutyContext): RegExp | undefined {
  const ends = ctx.grammar.table.roles.columnRoles?.divisions ?? [];
  return ends.length ? new RegExp(`^([\\u4e00-\\u9fff]{1,8}(?:${ends.join('|')}))(?:[（(][^（）()]{1,8}[）)])?$`) : undefined;
}

/**
 * The offices a role column's cell names: its items that are units; in a column whose name says
 * it lists divisions (责任处室, 牵头科室) a division's name is an office too.
 * @example unitsOfColumnCell('应急处、疾控处等按职责分工落实', '责任处室', ctx) // ['应急处', '疾控处']
 */
export function unitsOfColumnCell(cell: string, column: string, ctx: DutyContext): string[] {
  const units = labelledItems(cell, ctx)?.units ?? [];
  const ends = ctx.grammar.table.roles.columnRoles?.divisions ?? [];
  const divisions = ends.some((e) => column.endsWith(`${e}室`)) ? divisionPattern(ctx) : undefined;
  if (!divisions) return units;
  const found = [...units];
  for (const item of splitList(cell)) {
    // "基层处等按职责分工落实": the tail after 等 says how, not who.
    const name = item.replace(/等[^、，,]*$/, '').replace(LIST_TAIL, '').trim();
    const m = divisions.exec(name);
    if (m && !found.includes(m[1]) && !found.includes(name)) found.push(m[1]);
  }
  return found;
}
