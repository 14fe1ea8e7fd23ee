/**
 * @module ingest/stages/duties/guide-fields
 * Service guides (办事指南, 服务指南, 办证须知) say where a resident goes in a labelled field, not in
 * a sentence with a role verb:
 *   二、受理机构 / （一）夫妻一方户籍所在的村、社区或乡镇、街道。
 *   办理部门（登记受理地） / 夫妻一方户籍地或《居住证》办理地的街道办事处或居民委员会，实行首接负责制。
 *   受理单位：县民政局
 * Each office, or kind of office, the value names is responsible for the guide's matter: its title
 * line and the scope it states (登记对象, 受理范围 — who may ask for what, in the guide's words).
 * The guide's phone (咨询电话：…) is kept in the evidence. Labels are data (data/units.json
 * `guideFields`); the value runs on the lines after a label alone until the next label or heading.
 */
import { compact } from '../../../src/text/normalize';
import { levelOf, UNNUMBERED } from './carried-unit';
import { addDuty, type DutyReader } from './duty-reader';
import { stripNumbering } from './duty-text';
import { allOpenClauses, parseUnitList, splitList } from './unit-lists';

/** A lone item number a page printed on its own line ("1" then the item). */
const LONE_NUMBER = /^\d{1,2}[.、．]?$/;
/** A short line without a sentence's marks: a label or a heading, unless it names an office. */
const SHORT_LINE = /^[^，,。；;：:]{1,14}$/;
/** Lines a field's value runs to at most. */
const MAX_VALUE_LINES = 6;
/** How much of a scope's sentence the matter keeps. */
const MAX_SCOPE = 120;

/**
 * Reads a paragraph that opens an office field, with its value; true when taken (the field and
 * the lines of its value, which no other reader then reads).
 * @example
 * // "二、受理机构" / "（一）夫妻一方户籍所在的村、社区或乡镇、街道。" → 村民委员会, 居民委员会,
 * // 乡镇人民政府, 街道办事处, each responsible for the guide's matter
 */
export function readGuideField(reader: DutyReader, texts: string[], i: number): boolean {
  const guide = reader.ctx.grammar.guide;
  if (!guide) return false;
  if (reader.guideUntil !== undefined && i <= reader.guideUntil) return true;
  const line = compact(texts[i]);
  const m = guide.OFFICE.exec(stripNumbering(line));
  if (!m) return false;
  const label = m[1];
  const sameLine = m[2]?.trim();
  // 责任部门：县民政局 on one line is a duty table's label line (readLabelLine).
  if (sameLine && reader.ctx.grammar.labelRoles.has(label)) return false;
  const { values, last } = sameLine ? { values: [sameLine], last: i } : valueLines(reader, texts, i);
  const offices = [...new Set(values.flatMap((v) => officesIn(v, reader)))];
  if (offices.length === 0) return false;
  reader.guideUntil = last;
  // The label as printed, its note kept (办理部门（登记受理地）); the phone as printed, spaces kept.
  const head = stripNumbering(line).slice(0, sameLine ? -sameLine.length : undefined).replace(/[：:]$/, '');
  const phone = texts.find((t) => guide.PHONE.test(compact(t)) && compact(t).length <= 60)?.trim().replace(/\s+/g, ' ');
  const sentence = [`${head}：${values.join('')}`, phone].filter(Boolean).join(' ');
  reader.guideMatter ??= guideMatter(reader, texts);
  for (const unit of offices) addDuty(reader, unit, 'responsible', reader.guideMatter, sentence, i);
  return true;
}

/** The lines of a field's value: until a label, a heading of the label's level, or a short line naming no office. */
function valueLines(reader: DutyReader, texts: string[], i: number): { values: string[]; last: number } {
  const guide = reader.ctx.grammar.guide!;
  const level = levelOf(compact(texts[i]));
  // An unnumbered label's value may be numbered items; a chapter, article or 一、 heading ends it.
  const endsAt = level < UNNUMBERED ? level : 2;
  const values: string[] = [];
  let last = i;
  for (let j = i + 1; j < texts.length && j <= i + MAX_VALUE_LINES; j++) {
    const t = compact(texts[j]);
    if (!t) continue;
    if (LONE_NUMBER.test(t)) {
      last = j;
      continue;
    }
    if (guide.ANY_LABEL.test(stripNumbering(t)) || levelOf(t) <= endsAt) break;
    if (SHORT_LINE.test(t) && officesIn(t, reader).length === 0) break;
    values.push(t);
    last = j;
  }
  return { values, last };
}

/**
 * The offices a value names: the phrase saying whose place (户籍所在的, 《居住证》办理地的) is
 * dropped, the rest read as alternatives (或) and a list (、): each an office, or a kind of
 * office read as 各 would lead it (村 → 村民委员会, 街道 → 街道办事处).
 */
export function officesIn(value: string, reader: DutyReader): string[] {
  const { units } = reader.ctx;
  const clause = stripNumbering(value).split(/[，,。；;]/)[0];
  const owner = reader.ctx.grammar.guide?.OWNER?.exec(clause);
  const named = owner ? clause.slice(owner[0].length) : clause;
  const found: string[] = [];
  for (const item of named.split(/或者|或/).flatMap(splitList)) {
    const part = item.replace(/^(?:以及|及|和|与)/, '').trim();
    if (part.length < 1) continue;
    const kind = units.kindOf(part) ?? units.kindOf(`各${part}`);
    if (kind) {
      found.push(kind);
      continue;
    }
    const list = parseUnitList(part, reader.ctx);
    if (!list || !(allOpenClauses(list.units, reader.county, reader.ctx) || list.units.every((u) => ownCounty(u, reader)))) return [];
    found.push(...list.units);
  }
  return found;
}

/**
 * A guide copied off its site (a forum post, a mirror) may say its county nowhere but in the
 * office it names: 江陵县人力资源和社会保障局, a county's name before an office the table knows.
 * Read so only in a field's value, where a person's name cannot stand before the office.
 */
function ownCounty(unit: string, reader: DutyReader): boolean {
  return !reader.county && !!reader.ctx.units.resolve(unit)?.county;
}

/**
 * What the guide is for: its title line (a line ending 须知, 指南, 办理程序 …, else the document's
 * title unless that is a numbered heading standing in for a lost one), with the first sentence of
 * its scope field (登记对象：…的夫妻，在生育第一个子女或第二个子女前…进行登记).
 */
function guideMatter(reader: DutyReader, texts: string[]): string {
  const guide = reader.ctx.grammar.guide!;
  const lines = texts.map((t) => compact(t));
  const titled = lines.map((t) => guide.TITLE.exec(t)?.[1]).find(Boolean);
  const title = compact(reader.matterTitle ?? '');
  const subject = titled ?? (levelOf(title) < UNNUMBERED ? undefined : title);
  let scope: string | undefined;
  for (let j = 0; j < lines.length && !scope; j++) {
    const m = guide.SCOPE.exec(stripNumbering(lines[j]));
    if (!m) continue;
    const value = m[2]?.trim() || lines.slice(j + 1, j + 4).find((t) => t && !LONE_NUMBER.test(t));
    scope = value?.split(/[。；;]/)[0].slice(0, MAX_SCOPE);
  }
  return [subject, scope].filter(Boolean).join('：') || reader.matterTitle;
}
