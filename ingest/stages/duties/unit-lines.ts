/**
 * @module ingest/stages/duties/unit-lines
 * A two-column duty table (unit | what it must do) a page flattened into alternating lines:
 * "市卫生局" then "负责组织制定…". A line that is only a unit's name is held; the line after it
 * states that unit's duty when it opens with a role verb (负责…, 协助… support), when the pair
 * before it was read two lines up (the table runs on: 市财政局 / 保证…经费), or when the line
 * before the unit names the column of duties (职责, 职责分工). Anything else after a lone name
 * (a date under a signature, a title under an issuer, another name) gives nothing.
 */
import { compact } from '../../../src/text/normalize';
import { addDuty, type DutyReader } from './duty-reader';
import { cleanMatter } from './duty-text';
import { NOT_A_PERSON } from './duty-grammar';
import { allOpenClauses, parseUnitList, roleOfVerb } from './unit-lists';

/** Lines that follow a lone name without stating its duty: dates, numbers, titles, headings. */
const NO_DUTY = /^(?:[\d０-９一二三四五六七八九十〇零]+[年、.．]|[（(][一二三四五六七八九十\d]+[）)]|关于|《|附件|抄送|主送|印发)|〔\d{4}〕/;
const DUTY_COLUMN = /^(?:主要|工作|部门|单位)?职责(?:分工|任务)?$/;

/** True when the paragraph was only a unit's name (held for the next line). */
export function readUnitLine(reader: DutyReader, texts: string[], i: number): boolean {
  const held = reader.loneUnit;
  reader.loneUnit = undefined;
  const line = compact(texts[i]).replace(/[：:]$/, '');
  if (line.length >= 2 && line.length <= 30 && !/[，,。；;！？]/.test(line)) {
    const list = parseUnitList(line, reader.ctx);
    if (list?.units.length === 1 && list.units[0] === line && allOpenClauses(list.units, reader.county, reader.ctx)) {
      reader.loneUnit = { unit: line, paragraph: i };
      return true;
    }
  }
  if (!held || held.paragraph !== i - 1 || line.length < 6 || NO_DUTY.test(line)) return false;
  const verb = reader.ctx.grammar.verbs.find(([v]) => line.startsWith(v) && new RegExp(`^${NOT_A_PERSON}`).test(line.slice(v.length)));
  const before = i >= 2 ? compact(texts[i - 2]) : '';
  const runsOn = reader.lastUnitLine === i - 2 || DUTY_COLUMN.test(before);
  if (!verb && !runsOn) return false;
  const role = verb ? roleOfVerb(verb[0], reader.ctx) : 'responsible';
  addDuty(reader, held.unit, role, cleanMatter(verb ? line.slice(verb[0].length) : line), `${held.unit} ${line}`, i);
  reader.lastUnitLine = i;
  return false;
}
