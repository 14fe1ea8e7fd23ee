/**
 * @module ingest/stages/duties/member-duties
 * The duties of a body's members, listed after a line that announces them (各成员单位职责分工如下：,
 * 成员单位职责：) one unit a paragraph: "综合办公室负责做好值班安排…", "财务室负责筹集…". Under
 * such a line the subject is a member for sure, though its name (the divisions of a 开发区:
 * 党建部, 城管中队) is no office the unit table knows, so no level or county need open it. The
 * run ends at the first paragraph of another form (a heading, 联系人：…, a signature).
 */
import { compact } from '../../../src/text/normalize';
import { addDuty, type DutyReader } from './duty-reader';
import { stripNumbering } from './duty-text';
import { opensClause } from './unit-lists';

/** The line announcing the members' duties: 各成员单位职责分工如下： / 成员单位职责： / 各部门职责如下： */
const ANNOUNCES = /(?:成员单位|各成员单位|各单位|各部门)(?:的)?(?:主要)?职责(?:分工)?(?:如下)?[：:]$/;
/** A member's paragraph: a short name (an office's ending), 负责 or 承担, what it does. */
const MEMBER_DUTY = /^([\u4e00-\u9fff]{2,12}?(?:办公室|室|部|处|科|股|局|委|办|中心|中队|大队|队|站|所))(负责|承担)(.{4,})$/;

/**
 * True when the paragraph was the announcing line (the run opens) or a member's duty under it.
 * @example
 * // "各成员单位职责分工如下：" then "财务室负责筹集并核拨应急处置所需资金。"
 * // → 财务室 responsible, matter "筹集并核拨应急处置所需资金"
 */
export function readMemberDuty(reader: DutyReader, text: string, i: number): boolean {
  const line = stripNumbering(compact(text));
  if (ANNOUNCES.test(line)) {
    reader.memberDuties = true;
    return true;
  }
  if (!reader.memberDuties) return false;
  const m = MEMBER_DUTY.exec(line);
  if (!m || !reader.ctx.units.isUnitName(m[1])) {
    reader.memberDuties = false;
    return false;
  }
  // A member named for sure (县财政局负责…) is the clause readers', who read each clause of its paragraph.
  if (opensClause(m[1], reader.county, reader.ctx)) return false;
  // A member the table does not know is an office of the body's own, as a division under a heading.
  if (!reader.ctx.units.resolve(m[1], reader.county)) reader.divisions.add(m[1]);
  const matter = m[3].replace(/[。；;]$/, '');
  addDuty(reader, m[1], 'responsible', matter, text.trim(), i);
  return true;
}
