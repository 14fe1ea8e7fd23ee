/**
 * @module ingest/stages/duties/paragraph-forms
 * The forms one paragraph may charge units in, each read by one function that says whether it
 * took the paragraph: leader lists (组长：… / 成员：…), 成员单位：…, a label line under an item
 * (责任单位：县发改局), "县人社局：定期检查…", closing groups of numbered items, and the sentence
 * forms — 由县发改局负责解读 (interprets), 办公室设在县水利局 (office), members named in a sentence.
 */
import { compact } from '../../../src/text/normalize';
import { addDuty, cleanBody, membersMatter, noteBody, sentenceAround, type DutyReader } from './duty-reader';
import { cleanMatter, findGroups, matchesOf, stripNumbering, unbalancedOpen, type Group } from './duty-text';
import { unitOfTitle, unitsOfMemberText } from './leaders';
import { allOpenClauses, labelledItems, opensClause, parseDutyGroup, parseUnitList } from './unit-lists';

const ORIGIN = 'extract-duties';

/** "组 长：李 雷" → "组长：李 雷": spaced labels are print layout. Both forms end at a colon; most lines have none. */
function compactLabel(text: string): string {
  if (!text.includes('：') && !text.includes(':')) return text;
  return text.replace(/^([\u4e00-\u9fff](?:\s[\u4e00-\u9fff]){1,3})(?=\s*[：:])/, (l) => l.replace(/\s/g, '')).replace(/^(\S+)\s+(?=[：:])/, '$1');
}

/** Leader lists: 组长：… / 成员：… and the "姓名 职务" lines after them. */
export function readLeaderLines(reader: DutyReader, flat: string, i: number): boolean {
  const member = reader.ctx.grammar.MEMBER_LINE.exec(compactLabel(flat));
  if (member) {
    reader.inMembers = true;
    for (const u of unitsOfMemberText(member[2], reader.county, reader.ctx)) addDuty(reader, u, 'member', membersMatter(reader), flat, i);
    return true;
  }
  if ((reader.inMembers || LONE_MEMBER.test(flat)) && flat.length < 60 && !/[。；;]/.test(flat)) {
    const listed = unitsOfMemberText(flat, reader.county, reader.ctx);
    // A list whose label the page lost ("李四 (某区副区长)" lines first) is read by its form.
    for (const u of listed) addDuty(reader, u, 'member', membersMatter(reader), flat, i);
    if (listed.length) return (reader.inMembers = true);
    // "李四 副省长": a member with no office keeps the list open.
    if (reader.inMembers && positionOnly(flat, reader)) return true;
  }
  reader.inMembers = false;
  return false;
}

/** "李 四 (某区副区长)": a name, then a title in brackets — a member line without its label. */
const LONE_MEMBER = /^[\u4e00-\u9fff](?:\s?[\u4e00-\u9fff]){1,3}\s*[（(][^（）()]{3,30}[）)]$/;

/** "李四 副省长": a name and a position alone. */
function positionOnly(flat: string, reader: DutyReader): boolean {
  const tokens = flat.split(' ').filter(Boolean);
  const last = tokens[tokens.length - 1] ?? '';
  return tokens.length >= 2 && reader.ctx.grammar.positions.some((p) => last === p || (last.startsWith(p) && last.length <= p.length + 4));
}

/** 成员单位：县发改局、县财政局… */
export function readMemberUnits(reader: DutyReader, compacted: string, flat: string, i: number): boolean {
  const memberUnits = /^(?:成员单位|组成单位)[：:](.*)$/.exec(compacted);
  if (!memberUnits) return false;
  const list = parseUnitList(memberUnits[1].replace(/[。；;].*$/, ''), reader.ctx);
  for (const u of list?.units ?? []) addDuty(reader, u, 'member', membersMatter(reader), flat, i);
  noteBody(reader, compacted);
  return true;
}

/** Labels outside brackets: a line "责任单位：县发改局、县财政局" under an item, or "…。牵头单位：…" at its end. */
export function readLabelLine(reader: DutyReader, compacted: string, flat: string, i: number): boolean {
  const label = reader.ctx.grammar.LABEL_OUTSIDE.exec(compacted);
  if (!label) return false;
  const at = label.index + label[0].length - label[1].length;
  if (unbalancedOpen(compacted.slice(0, at))) return false;
  const parsed = parseDutyGroup(compacted.slice(at), reader.ctx);
  if (!parsed) return false;
  const head = cleanMatter(compacted.slice(0, at));
  // 解读机关：某局 explains the document, whatever item came before.
  for (const { unit, role } of parsed) addDuty(reader, unit, role, role === 'interprets' ? reader.matterTitle : head || reader.lastItem || reader.matterTitle, flat, i);
  if (head) reader.lastItem = head;
  return true;
}

/** "6.县人社局:定期对企业、个体工商户等用工单位进行检查…": a unit and its duty after a colon. */
export function readColonLine(reader: DutyReader, compacted: string, flat: string, i: number): boolean {
  const { CLAUSE, verbs } = reader.ctx.grammar;
  const unnumbered = stripNumbering(compacted);
  const colon = /^([^：:，,。；;]{2,30})[：:](.{4,})$/.exec(unnumbered);
  // A clause opened before the colon (县人社局负责：…) is the clause reader's; a verb deep in the
  // duty after it (县民政局：支持引导社会力量参与…) is not.
  const clause = CLAUSE.exec(unnumbered);
  if (!colon || (clause && !/[：:]/.test(clause[1])) || verbs.some(([v]) => colon[2].startsWith(v))) return false;
  // A page's metadata row (政策咨询机关： | 政策咨询电话： |): the label's value is an empty cell or another label.
  const value = colon[2].replace(/[|｜\s]/g, '');
  if (/[|｜]/.test(colon[2]) && ((value.match(/[\u4e00-\u9fff]/g)?.length ?? 0) < 4 || /[：:]$/.test(value))) return false;
  const list = parseUnitList(colon[1], reader.ctx);
  if (!list || !allOpenClauses(list.units, reader.county, reader.ctx)) return false;
  for (const u of list.units) addDuty(reader, u, 'responsible', colon[2].replace(/[。；;]$/, ''), flat, i);
  return true;
}

/** Closing groups of numbered items; returns the groups that named duties. */
export function readClosingGroups(reader: DutyReader, text: string, previous: string | undefined, i: number): Group[] {
  let itemStart = 0;
  const dutyGroups: Group[] = [];
  for (const group of findGroups(text)) {
    // A bare list of units is a duty only where it closes an item: after 。 and at the paragraph end.
    const closesItem = /[。；;]\s*$/.test(text.slice(0, group.start)) && /^[\s。；;]*$/.test(text.slice(group.end));
    const parsed = parseDutyGroup(group.content, reader.ctx, closesItem ? 'responsible' : undefined);
    if (!parsed) {
      if (reader.ctx.grammar.LABELLED.test(compact(group.content))) {
        reader.messages.push({ level: 'warning', origin: ORIGIN, message: `paragraph ${i}: no unit could be read in "${group.content}"` });
      }
      continue;
    }
    dutyGroups.push(group);
    let matter = cleanMatter(text.slice(itemStart, group.start));
    // A matter cut by a page break ("地落实。") continues the paragraph before.
    if (matter.length < 8 && itemStart === 0 && previous !== undefined) matter = cleanMatter(`${previous}${matter}`);
    const sentence = text.slice(itemStart, group.end);
    for (const { unit, role } of parsed) addDuty(reader, unit, role, matter, sentence, i);
    itemStart = group.end;
  }
  return dutyGroups;
}

/** Sentence forms: 由县发改局负责解读, leaders and members named in a sentence, 办公室设在…. */
export function readSentenceForms(reader: DutyReader, rest: string, i: number): void {
  const { grammar } = reader.ctx;
  for (const m of matchesOf(rest, grammar.MAY_INTERPRET, grammar.INTERPRETS)) {
    // The unit 会同 joins interprets too: the model has no supporting interpreter.
    for (const named of [m[1] ?? m[3], m[2]]) {
      const list = named ? parseUnitList(named, reader.ctx) : null;
      for (const u of list?.units ?? []) addDuty(reader, u, 'interprets', reader.matterTitle, sentenceAround(rest, m.index!), i);
    }
  }
  for (const m of matchesOf(rest, /解[释读]/, grammar.INTERPRETED_BY)) {
    const list = parseUnitList(m[1], reader.ctx);
    for (const u of list?.units ?? []) addDuty(reader, u, 'interprets', reader.matterTitle, sentenceAround(rest, m.index!), i);
  }
  for (const m of matchesOf(rest, grammar.MAY_LIST_LEADERS, grammar.MEMBERS_INLINE)) {
    for (const u of unitsOfMemberText(m[2], reader.county, reader.ctx)) addDuty(reader, u, 'member', membersMatter(reader), sentenceAround(rest, m.index!), i);
  }
  for (const m of matchesOf(rest, grammar.MAY_LIST_MEMBERS, grammar.MEMBERS_OF)) {
    const list = parseUnitList(m[1], reader.ctx);
    for (const u of list?.units ?? []) addDuty(reader, u, 'member', membersMatter(reader), sentenceAround(rest, m.index!), i);
  }
  // 联席会议由区民政局、…等16个单位组成: each item read alone, a name the table cannot place costing itself only.
  for (const m of matchesOf(rest, /组成/, grammar.MEMBERS_OF_BODY)) {
    const list = labelledItems(m[1], reader.ctx);
    if (!list || list.units.length < 2) continue;
    for (const u of list.units) addDuty(reader, u, 'member', membersMatter(reader), sentenceAround(rest, m.index!), i);
  }
  // 区民政局为牵头单位: the label names the office's role in the body the text is about.
  for (const m of matchesOf(rest, grammar.MAY_NAME_ROLE, grammar.ROLE_NAMED)) {
    const list = parseUnitList(m[1], reader.ctx);
    const role = grammar.labelRoles.get(m[3]);
    if (!list || !role || !allOpenClauses(list.units, reader.county, reader.ctx)) continue;
    // 作为改革牵头单位: the words before the label say of what; a body's name alone (联席会议) says the body the text set up.
    const of = m[2].replace(/的$/, '');
    const matter = of.length >= 2 && !grammar.table.bodiesOfMatter.includes(of) ? of : membersMatter(reader);
    for (const u of list.units) addDuty(reader, u, role, matter, sentenceAround(rest, m.index!), i);
  }
  for (const form of [grammar.MEMBERS_NAMED, grammar.MEMBERS_ARE]) {
    for (const m of matchesOf(rest, grammar.MAY_LIST_MEMBERS, form)) {
      const list = parseUnitList(m[1], reader.ctx);
      if (!list || !allOpenClauses(list.units, reader.county, reader.ctx)) continue;
      for (const u of list.units) addDuty(reader, u, 'member', membersMatter(reader), sentenceAround(rest, m.index!), i);
    }
  }
  for (const m of matchesOf(rest, grammar.MAY_NAME_OFFICE, grammar.OFFICE)) {
    const list = parseUnitList(m[2].replace(/[，,。；;].*$/, ''), reader.ctx);
    if (!list || list.units.length === 0) continue;
    const body = officeBody(reader, rest.slice(0, m.index));
    for (const unit of list.units) addDuty(reader, unit, 'office', body ? `${body}办公室` : '办公室', sentenceAround(rest, m.index!), i);
  }
  // Where the text does not say where the office is, its head says whose office runs it.
  if (grammar.MAY_NAME_OFFICE.test(rest)) return;
  for (const m of matchesOf(rest, /办公室/, grammar.OFFICE_HEAD)) {
    const unit = unitOfTitle(m[1] ?? m[2], reader.ctx);
    // An office the text already placed (办公室设在县能源局 … 办公室主任由县能源局局长兼任) is said once.
    if (!unit || !opensClause(unit, reader.county, reader.ctx) || reader.duties.some((d) => d.role === 'office' && d.unit === unit)) continue;
    const body = officeBody(reader, rest.slice(0, m.index));
    addDuty(reader, unit, 'office', body ? `${body}办公室` : '办公室', sentenceAround(rest, m.index!), i);
  }
}

/** The body whose office is set up: "县指挥部办公室设在…" names it just before; a bare 领导小组 the one introduced earlier. */
function officeBody(reader: DutyReader, before: string): string | undefined {
  const { grammar } = reader.ctx;
  const own = cleanBody(before.slice(Math.max(...['，', ',', '。', '；', ';', '：'].map((c) => before.lastIndexOf(c))) + 1));
  const bodies = [...before.matchAll(grammar.BODY_OF_MATTER)].map((b) => cleanBody(b[1]));
  const named = [...bodies].reverse().find((b) => !grammar.table.bodiesOfMatter.includes(b));
  return own.length >= 2 && own.length <= 24 ? own : named ?? reader.lastBody ?? bodies[bodies.length - 1];
}
