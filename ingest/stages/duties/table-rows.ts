/**
 * @module ingest/stages/duties/table-rows
 * Duty tables of 应急预案 attachments, one row a line with cells separated by tabs: a role label
 * and its units, a member and the duties of its row, a unit and what it must do.
 */
import type { DutyRole } from '../../../src/model';
import { compact } from '../../../src/text/normalize';
import { addDuty, membersMatter, type DutyReader } from './duty-reader';
import { unitOfTitle } from './leaders';
import { parseUnitList } from './unit-lists';

export function readTableRow(reader: DutyReader, cells: string[], paragraph: number): void {
  const { ctx } = reader;
  const { labelRoles, memberLabels } = ctx.grammar;
  const plain = cells.map((c) => compact(c.replace(/<[^>]+>/g, '')));
  const labelAt = plain.findIndex((c) => labelRoles.has(c));
  if (plain[0] && labelAt !== 0 && !ctx.units.isUnitName(plain[0]) && !memberLabels.includes(plain[0])) {
    if (/组$|组别$/.test(plain[0])) reader.tableGroup = plain[0];
  }
  const sentence = plain.filter(Boolean).join(' ');
  if (labelAt >= 0) {
    const role = labelRoles.get(plain[labelAt])!;
    const list = parseUnitList(plain[labelAt + 1] ?? '', ctx);
    const duty = plain.slice(labelAt + 2).filter(Boolean).join('');
    const group = reader.tableGroup ?? membersMatter(reader);
    const effective: DutyRole = role === 'member' && duty.length >= 4 && !reader.tableGroup ? 'responsible' : role;
    // A member row with its own duties says what that unit must do; a group row says which group.
    const matter = role === 'member' ? (effective === 'member' ? group : duty) : duty ? `${group}：${duty}` : group;
    for (const u of list?.units ?? []) addDuty(reader, u, effective, matter, sentence, paragraph);
    return;
  }
  if (plain[0] && memberLabels.includes(plain[0])) {
    const unit = unitOfTitle(plain[1] ?? '', ctx);
    if (unit) addDuty(reader, unit, 'member', membersMatter(reader), sentence, paragraph);
    return;
  }
  // "县财政局 <tab> 负责电力应急救援工作资金保障。": a unit and what it must do.
  for (let c = 0; c + 1 < plain.length; c++) {
    const list = plain[c] ? parseUnitList(plain[c], ctx) : null;
    const duty = plain.slice(c + 1).filter(Boolean).join('');
    if (list && list.units.length && duty.length >= 4 && !parseUnitList(duty, ctx)) {
      for (const u of list.units) addDuty(reader, u, 'responsible', duty, sentence, paragraph);
      return;
    }
  }
  // Office titles in the second column (县政府办协管副主任) belong to the row label above.
  const titled = plain.map((c) => (c ? unitOfTitle(c, ctx) : undefined)).find(Boolean);
  if (titled && plain.filter(Boolean).length === 1) addDuty(reader, titled, 'member', membersMatter(reader), sentence, paragraph);
}
