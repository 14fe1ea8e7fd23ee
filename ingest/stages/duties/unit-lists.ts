/**
 * @module ingest/stages/duties/unit-lists
 * Lists of units as documents write them — "县工科局、县财政局，稷山经开区管委会", "国网夏县供电
 *公司和天然气公司" — and the closing groups of numbered items that charge them:
 * （责任单位：县交通局、县卫健局）, （牵头单位：…；配合单位：…）, （县农业农村局牵头，县供销社配合）.
 */
import type { DutyRole } from '../../../src/model';
import { compact } from '../../../src/text/normalize';
import type { DutyContext } from './duty-grammar';
import { LIST_TAIL } from './duty-text';

export interface UnitRole {
  unit: string;
  role: DutyRole;
}

/**
 * A unit opening a clause must look like one for sure: known to the table, or written with a
 * level or county (县…, 稷山县…, 市…), since a broken line can leave "作社" or "计局" in front of 负责.
 */
export function opensClause(name: string, county: string | undefined, { units, grammar }: DutyContext): boolean {
  if (units.isKnownName(name, county) || units.kindOf(name)) return true;
  const starts = [...grammar.table.levelPrefixes, '国家', '国务院', '中国', '国网', '省'];
  if (county) starts.push(county);
  return starts.some((s) => name.startsWith(s));
}

export function roleOfVerb(verb: string, { grammar }: DutyContext): DutyRole {
  return grammar.verbs.find(([v]) => v === verb)?.[1] ?? 'responsible';
}

/**
 * "县规划建设局委托县城管办": the office a principal hands its work to (data: roles.delegating), the
 * one the clause charges; null when the principal is no office (建设单位委托检测机构), undefined
 * when the subject delegates nothing.
 */
export function delegatedTo(subject: string, county: string | undefined, ctx: DutyContext): string | null | undefined {
  for (const verb of ctx.grammar.table.roles.delegating?.verbs ?? []) {
    const at = subject.indexOf(verb);
    // 或者其授权的地方人民政府交通主管部门: an office described by whom it is authorised by, no delegation.
    if (at < 2 || subject.startsWith('的', at + verb.length)) continue;
    const principal = parseUnitList(subject.slice(0, at), ctx);
    return principal && allOpenClauses(principal.units, county, ctx) ? subject.slice(at + verb.length) : null;
  }
  return undefined;
}

/**
 * True when every unit of a list opens a clause for sure. The level written before the first
 * name is shared by the offices after it (县住房和城乡建设局、交通运输管理局、…等行业主管部门):
 * a later name shaped like an office needs no level of its own.
 */
export function allOpenClauses(names: string[], county: string | undefined, ctx: DutyContext): boolean {
  if (names.length === 0) return false;
  const shared = ctx.grammar.table.levelPrefixes.some((p) => names[0].startsWith(p)) && opensClause(names[0], county, ctx);
  const anyOpens = names.some((u) => opensClause(u, county, ctx));
  return names.every((u, i) => opensClause(u, county, ctx) || (i > 0 && shared && SHARES_LEVEL.test(u) && ctx.units.isUnitName(u)) || (anyOpens && isTownGovernment(u, ctx.units)));
}
/**
 * A county office's name after a level written once: …局, …委, …办 (not a company, a school, a
 * committee of another body: 市人民代表大会及其常务委员会), never opened by a pronoun (其, 该).
 */
const SHARES_LEVEL = /^(?![其该本各此])[\u4e00-\u9fff]{2,16}(?:局|委|办)$/;

/**
 * Units named in a list such as "县工科局、县财政局，稷山经开区管委会"; null when any item is not a
 * unit. A kind of office is a unit of the list (各乡镇人民政府), also when written with a 、 of its
 * own (各试点乡镇、街道, 市、县（区）人民政府法制机构); a placeholder (有关部门) counts as a collective.
 */
export function parseUnitList(text: string, { units, addressee }: DutyContext): { units: string[]; collectives: number } | null {
  const whole = text.replace(LIST_TAIL, '').trim();
  if (/[、，,]/.test(whole) && units.kindOf(whole)) return { units: [whole], collectives: 0 };
  const items = splitList(text.replace(LIST_TAIL, ''))
    .map((s) => s.replace(/^(?:以及|及|和|与|并)/, '').replace(LIST_TAIL, '').trim())
    .filter(Boolean);
  if (items.length === 0) return null;
  const found: string[] = [];
  let collectives = 0;
  for (const item of items) {
    // "国网夏县供电公司和天然气公司": split on a conjunction only when every part is a unit;
    // 县人力资源和社会保障局 stays whole because 县人力资源 is not one. A law's 或者 joins the
    // organs one matter falls to where each place has one or the other (畜牧兽医部门或者动物卫生监督机构).
    const parts = item.split(/或者|和|及|与/).filter(Boolean);
    const split = parts.length > 1 && !units.isKnownName(item) && parts.every((p) => units.isUnitName(p) || units.kindOf(p) !== undefined || units.isCollective(p));
    for (const part of split ? parts : [item]) {
      const you = addresseeOf(part, addressee);
      if (you) found.push(you);
      else if (units.kindOf(part)) found.push(part);
      else if (units.isCollective(part)) collectives++;
      // 区(市)县民政局: an office written for several levels, known at one (domain/level-alternatives).
      else if (units.isUnitName(part) || units.isKnownName(part)) found.push(part);
      else if (items.length > 1 && isTownName(part, units)) found.push(townGovernment(part));
      else return null;
    }
  }
  return { units: found, collectives };
}

/**
 * A township named bare among the offices of a list (区交通运输局、莲洲镇等单位要…): its government
 * (莲洲镇人民政府, 某某街道办事处). Alone it is the place, not an organ (城关镇要… is read no duty).
 */
const TOWN = /^(?![各全本该某])[\u4e00-\u9fff]{2,5}(?:镇|乡|街道)$/;

/** A township's government: 莲洲镇 → 莲洲镇人民政府, 城关街道 → 城关街道办事处. */
function townGovernment(town: string): string {
  return `${town}${town.endsWith('街道') ? '办事处' : '人民政府'}`;
}

function isTownName(part: string, units: DutyContext['units']): boolean {
  if (!TOWN.test(part) || /[和及与或]/.test(part)) return false;
  const { collectives, kinds } = units.table;
  const notOpenings = [...(collectives.townWords?.notOpenings ?? []), ...(kinds?.lead ?? []), ...(kinds?.qualifiers ?? [])];
  return !(collectives.townWords?.notNames ?? []).some((w) => part.endsWith(w)) && !notOpenings.some((w) => part.startsWith(w));
}

/** The government a list's bare township stands for (莲洲镇人民政府, 城关街道办事处), beside an office that opens a clause for sure. */
export function isTownGovernment(name: string, units: DutyContext['units']): boolean {
  const town = /^(.+?(?:镇|乡))人民政府$/.exec(name)?.[1] ?? /^(.+?街道)办事处$/.exec(name)?.[1];
  return town !== undefined && isTownName(town, units);
}

/** 你局, 我委, 你单位 …: an office a reply names by a pronoun and the word its name ends with. */
const PRONOUN_OFFICE = /^([你我])(局|委|办|单位|公司|院|中心|厅|处|所|站|队|部|社|会)$/;

/**
 * The office a pronoun names (你局 → the 区民政局 a reply is addressed to; 我局 → the 县交通局 that
 * issued it): `office` when its name ends with the pronoun's word (单位 fits any).
 */
export function officeOfPronoun(item: string, pronoun: '你' | '我', office: string | undefined): string | undefined {
  const m = office ? PRONOUN_OFFICE.exec(item) : null;
  return m && m[1] === pronoun && (m[2] === '单位' || office!.endsWith(m[2])) ? office : undefined;
}

/** The addressee a pronoun names: 你局 → 区民政局 when the reply is addressed to 区民政局 alone. */
export function addresseeOf(item: string, addressee: string | undefined): string | undefined {
  return officeOfPronoun(item, '你', addressee);
}

/**
 * Items of a list, cut at 、，, outside brackets: 县（市、区）人民政府 is one item.
 * @example splitList('县财政局、各县（市、区）人民政府') // ['县财政局', '各县（市、区）人民政府']
 */
export function splitList(text: string): string[] {
  if (!/[（(]/.test(text)) return text.split(/[、，,]/);
  const items: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && (ch === '、' || ch === '，' || ch === ',')) {
      items.push(text.slice(start, i));
      start = i + 1;
    }
  }
  items.push(text.slice(start));
  // A bracket left open (a group cut by a page break) says nothing about where items end.
  return depth > 0 ? text.split(/[、，,]/) : items;
}

/** Reads a closing group: （责任单位：…）, （A牵头，B配合）, （A负责）. Null when it is not a duty group. */
export function parseDutyGroup(content: string, ctx: DutyContext, bareListRole?: DutyRole): UnitRole[] | null {
  const { grammar } = ctx;
  // "牵头单位：县发改局 责任单位：…" written on one line: each label opens a segment.
  const segments = compact(content).replace(grammar.LABEL_START, '；$1').split(/[；;，,]/).filter(Boolean);
  const out: UnitRole[] = [];
  let current: DutyRole | undefined;
  let pending: string[] = [];
  let labelled = false;
  for (const seg of segments) {
    const label = grammar.LABELLED.exec(seg);
    if (label) {
      current = grammar.labelRoles.get(label[1]);
      labelled = true;
      const list = parseUnitList(label[2], ctx) ?? labelledItems(label[2], ctx);
      // The label's list may go on after a comma (责任单位：某集团，县财政局).
      if (!list) {
        if (out.length) return out;
        continue;
      }
      for (const u of list.units) out.push({ unit: u, role: current! });
      continue;
    }
    const verb = grammar.verbs.find(([v]) => seg.endsWith(v));
    if (verb) {
      const list = parseUnitList(seg.slice(0, -verb[0].length), ctx);
      if (!list) {
        if (out.length) break;
        return null;
      }
      for (const u of [...pending, ...list.units]) out.push({ unit: u, role: verb[1] });
      pending = [];
      continue;
    }
    if (/[：:]/.test(seg)) {
      // Another label (牵头领导：…, 适用范围：…) is no list of units; what follows it is not either.
      current = undefined;
      pending = [];
      continue;
    }
    const list = parseUnitList(seg, ctx);
    if (!list) {
      if (out.length) break;
      if (labelled) continue;
      return null;
    }
    if (current) for (const u of list.units) out.push({ unit: u, role: current });
    else pending.push(...list.units);
  }
  // "…项目建设。（县发改局、县财政局）": a bare list closing an item names who is responsible.
  if (!labelled && out.length === 0 && pending.length && bareListRole) for (const u of pending) out.push({ unit: u, role: bareListRole });
  return out.length ? out.map((entry) => withRoleMark(entry, ctx)) : null;
}

/**
 * The items of a list a label says names units, each read alone: a name the table cannot place
 * (某山经济开发区 before 各街道) costs itself, not the list. Null when no item is a unit.
 */
export function labelledItems(text: string, ctx: DutyContext): { units: string[]; collectives: number } | null {
  const found: string[] = [];
  let collectives = 0;
  for (const item of splitList(text)) {
    // A label says its items are offices: a township named bare there is its government
    // (牵头单位：某某镇), as beside another office in a list.
    const town = item.replace(LIST_TAIL, '').trim();
    const list = parseUnitList(item, ctx) ?? (isTownName(town, ctx.units) ? { units: [townGovernment(town)], collectives: 0 } : null);
    if (!list) continue;
    found.push(...list.units);
    collectives += list.collectives;
  }
  return found.length ? { units: found, collectives } : null;
}

/** "责任单位：县发改局（牵头）、县财政局": a role written after one unit of the list. */
function withRoleMark({ unit, role }: UnitRole, ctx: DutyContext): UnitRole {
  const marked = ctx.grammar.ROLE_MARK.exec(unit);
  return marked ? { unit: unit.slice(0, marked.index), role: roleOfVerb(marked[1], ctx) } : { unit, role };
}
