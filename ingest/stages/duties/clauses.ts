/**
 * @module ingest/stages/duties/clauses
 * Duties in running sentences: clauses opened by units and a role verb (县司法局负责…;
 * 由县农业农村局牵头，县供销社配合，做好…; 财政风险评估由县财政局负责) or a modal
 * (县交通局要健全…, 县税务局、县医保局将会同…).
 */
import type { DutyRole } from '../../../src/model';
import { NOT_IN_NAME } from '../../../src/domain/unit-name-shape';
import type { DutyContext } from './duty-grammar';
import { addDuty, type DutyReader } from './duty-reader';
import { CLAUSE_END, cleanMatter, LEADING_PUNCT, splitAfter, splitSentences, stripNumbering } from './duty-text';
import { allOpenClauses, delegatedTo, parseUnitList, roleOfVerb, splitList } from './unit-lists';
import { NOUN_LIKE_END } from './carried-unit';
import { answerableOpening } from './answerable';

/**
 * Words introducing the units of a clause: 由县人社局负责, 由县财政部门将…, 请你局负责, and a
 * document charging them (明确民政部门负责…, 责成县公安局负责…, 指定县卫健局牵头…).
 */
const INTRODUCED = /^(?:(?:并|再|均|统一)?由|请|(?:明确|责成|指定)由?)/;

/** How an office of government ends (a township's government too); a company, school or hospital after 由 is no office. */
export const OFFICE_END = /^(?![你我其该])[\u4e00-\u9fff]{2,20}(?:局|委|办|办公室|厅|处|室|中心|站|所|部|委员会|管委会|大队|支队|中队|镇人民政府|镇政府|乡人民政府|乡政府|街道办事处)$/;

/** A clause's opening, shaped like a CLAUSE match: [whole, subject, verb]. */
type Opening = [string, string, string];

interface Found {
  start: number;
  after: number;
  units: string[];
  role: DutyRole;
  head: string;
  verb?: string;
  /** A clause of a division of work (社区居委会落实，): its verb is said with the matter. */
  divided?: boolean;
  /** An office answerable for the object of 对 (answerable.ts): `head` is that object, the words after the verb go on with it. */
  answers?: boolean;
}

/**
 * "县交通局要健全紧急运输保障体系", "县税务局、县医保局将会同相关单位…": units opening a clause,
 * then a modal (要/应当/将 …), optionally followed by a role verb (县发改局要牵头…), also after an
 * adverb or a light verb (县交通局要积极配合, 县民政局要发挥牵头作用). The verb is '负责' when none follows.
 */
export function modalClause(clause: string, county: string | undefined, ctx: DutyContext): Opening | null {
  const { MODAL_AT, longestModal, notModal, verbs, beforeVerb, verbNouns } = ctx.grammar;
  if (!MODAL_AT) return null;
  // The subject holds no punctuation: no reading past the first mark.
  const mark = clause.search(/[，,。；;：:]/);
  const last = Math.min(clause.length - 2, 60, mark >= 0 ? mark : Infinity);
  const head = clause.slice(0, last + longestModal);
  MODAL_AT.lastIndex = 2;
  for (let found = MODAL_AT.exec(head); found && found.index <= last; found = MODAL_AT.exec(head)) {
    const at = found.index;
    const modal = found[0];
    // Every position is a candidate, even inside the modal just found (将要: 将, then 要).
    MODAL_AT.lastIndex = at + 1;
    if (notModal.some((w) => clause.startsWith(w, at))) continue;
    const subject = clause.slice(0, at);
    const list = parseUnitList(subject.replace(INTRODUCED, ''), ctx);
    if (!list || !allOpenClauses(list.units, county, ctx)) continue;
    // 县交通局要积极配合, 县财政局要做好配合工作: an adverb or a light verb may stand before the role verb.
    const light = beforeVerb.find((w) => clause.startsWith(w, at + modal.length)) ?? '';
    const from = at + modal.length + light.length;
    const verb = verbs.find(([v]) => clause.startsWith(v, from))?.[0];
    if (verb && /^(?:人(?![工民])|同志)/.test(clause.slice(from + verb.length))) return null;
    if (!verb) return [clause.slice(0, at + modal.length), subject, '负责'];
    // After a light verb the role verb's noun is the verb's (发挥牵头作用), not the matter's.
    const noun = light ? (verbNouns.find((n) => clause.startsWith(n, from + verb.length)) ?? '') : '';
    return [clause.slice(0, from + verb.length + noun.length), subject, verb];
  }
  return null;
}

/**
 * The units a clause opens with: "县发改局要牵头…" matches CLAUSE with the subject "县发改局要";
 * the modal reading then gets its turn. Tried one after the other: most clauses are settled by
 * the first.
 */
function openingOf(clause: string, county: string | undefined, ctx: DutyContext): { m: Opening; units: string[]; head: string } | undefined {
  for (const reading of [() => ctx.grammar.CLAUSE.exec(clause) as Opening | null, () => modalClause(clause, county, ctx)]) {
    const m = reading();
    if (!m) continue;
    // 由县人社局负责, 请你局负责: the units come after 由 or 请.
    let subject = m[1].replace(INTRODUCED, '');
    let head = '';
    const by = subject.lastIndexOf('由');
    const introduced = by >= 0 || /^(?:并|再|均|统一)?由/.test(m[1]);
    if (by > 0) {
      head = subject.slice(0, by);
      subject = subject.slice(by + 1);
    }
    // 本办法具体解释工作由市司法局承担 gives the explanation: read as interprets by the sentence forms.
    if (head && ctx.grammar.INTERPRETS_HEAD.test(head)) return undefined;
    // 本补充规定由禁放区乡镇(街道)组织实施: who carries out the document as a whole, like who interprets it.
    if (OWN_INSTRUMENT.test(head) && ctx.grammar.table.roles.ownImplementation?.verbs.includes(m[2])) return undefined;
    // 由辖区乡镇人民政府联合相关部门依法强制拆除: the prepositions reader's (roles.together, prepositions.joined).
    if (introduced && ctx.grammar.table.roles.together?.verbs.includes(m[2])) return undefined;
    const agent = delegatedTo(subject, county, ctx);
    if (agent === null) continue;
    if (agent) subject = agent;
    const list = parseUnitList(subject, ctx);
    // After 由 the text itself says a unit follows (由厅办公室牵头): a name shaped like one will do.
    const officeShaped = introduced && list !== null && list.units.length > 0 && list.units.every((u) => OFFICE_END.test(u));
    if (!list || !(allOpenClauses(list.units, county, ctx) || officeShaped)) continue;
    return { m, units: list.units, head };
  }
  return undefined;
}

/**
 * "公安机关是养犬管理的主管部门，具体负责养犬登记…": the units a sentence names competent for a
 * field, the subject of the clause after it opened by a role verb.
 */
const COMPETENT = /^([^，,。；;]{2,30}?)是[^，,。；;]{2,40}?的(?:行政)?主管(?:部门|机关)(?=[，,])/;
/** The document itself before 由 (本办法, 本补充规定, 第三条 本规定): its own implementation. */
const OWN_INSTRUMENT = /^(?:第[一二三四五六七八九十百零〇\d]+条)?本[\u4e00-\u9fff]{1,8}$/;
/** An adverb before a clause's role verb: 具体负责, 主要负责, 同时负责. */
const VERB_ADVERB = /^(?:具体|主要|同时|并)/;

/**
 * The units a sentence opens with before an adverbial and no verb (县（市、区）以上气象主管机构在同级
 * 人民政府领导下，负责…; data: roles.adverbials): the subject of a later clause opened by a verb.
 */
function subjectBeforeAdverbial(clause: string, reader: DutyReader): { units: string[]; competent: boolean } | undefined {
  const adverbial = reader.ctx.grammar.SUBJECT_BEFORE.exec(clause);
  const m = adverbial ?? COMPETENT.exec(clause);
  if (!m || reader.ctx.grammar.CLAUSE.test(clause)) return undefined;
  const list = parseUnitList(m[1], reader.ctx);
  return list && allOpenClauses(list.units, reader.county, reader.ctx) ? { units: list.units, competent: !adverbial } : undefined;
}

/**
 * "社区居（村）委会落实，": a clause of a division of work, an office and its verb alone (data:
 * roles.divided). Only read in a sentence with another opening (openingsOf).
 */
function dividedOpening(clause: string, reader: DutyReader): { units: string[]; verb: string; length: number } | undefined {
  const m = reader.ctx.grammar.DIVIDED.exec(clause);
  if (!m) return undefined;
  const list = parseUnitList(m[1].replace(INTRODUCED, ''), reader.ctx);
  if (!list || list.units.length === 0) return undefined;
  // The form says an office stands there: a name shaped like one will do (街道办（乡镇政府）组织，).
  const sure = allOpenClauses(list.units, reader.county, reader.ctx) || list.units.every((u) => OFFICE_END.test(u.replace(/[（(][^（）()]*[）)]$/, '')) && !NOT_IN_NAME.test(u));
  return sure ? { units: list.units, verb: m[2], length: m[0].length } : undefined;
}

/** Every clause of a sentence opened by units: "由县农业农村局牵头，县供销社配合，做好…". */
function openingsOf(sentence: string, reader: DutyReader): Found[] {
  const clauses = splitAfter(sentence, CLAUSE_END);
  const found: Found[] = [];
  let carried: { units: string[]; competent: boolean } | undefined;
  let offset = 0;
  for (let c = 0; c < clauses.length; offset += clauses[c].length, c++) {
    const whole = sentence.slice(offset);
    const clause = stripNumbering(whole);
    if (c === 0) carried = subjectBeforeAdverbial(clause, reader);
    const adverb = carried ? (VERB_ADVERB.exec(clause)?.[0] ?? '') : '';
    const opened = clause.slice(adverb.length);
    // After X是…的主管部门 the clause may open with the verb of what it does (指导, 督促 …) as well.
    const verbFirst = carried && found.length === 0 ? (reader.ctx.grammar.VERB_FIRST.exec(opened) ?? (carried.competent && c > 0 ? reader.ctx.grammar.DIVIDED_FIRST.exec(opened) : null)) : null;
    if (verbFirst && carried) {
      const start = offset + (whole.length - clause.length);
      const divided = !reader.ctx.grammar.VERB_FIRST.test(opened);
      found.push({ start, after: start + adverb.length + (divided ? 0 : verbFirst[0].length), units: carried.units, role: roleOfVerb(verbFirst[1], reader.ctx), head: '' });
      continue;
    }
    const start = offset + (whole.length - clause.length);
    // An opening read across a colon (综合组：由县政府办牵头) already holds this clause.
    if (found.length && start < found[found.length - 1].after) continue;
    const read = openingOf(clause, reader.county, reader.ctx);
    if (!read) {
      // 由平安办牵头，联合信访办、城运中心…检查: a joining verb opening a clause brings in those who support the clause before.
      const joins = found.length ? reader.ctx.grammar.table.roles.joining?.find((v) => clause.startsWith(v)) : undefined;
      if (joins && reader.ctx.grammar.VERB_FIRST.test(clause)) {
        // It ends where it starts: the clause before shares its words (牵头，会同县财政局做好…), the verb included.
        found.push({ start, after: start, units: [], role: 'lead', head: '', verb: joins });
        continue;
      }
      const answers = answerableOpening(clause, reader);
      if (answers) {
        found.push({ start, after: start + answers.length, units: answers.units, role: 'responsible', head: answers.head, answers: answers.answers });
        continue;
      }
      const part = dividedOpening(clause, reader);
      if (part) found.push({ start, after: start + part.length, units: part.units, role: 'responsible', head: '', verb: part.verb, divided: true });
      continue;
    }
    const rest = clause.slice(read.m[0].length);
    // 县级政府为主、镇(街道)参与的管理体制: the verb describes a noun after 的, it charges nobody.
    if (rest.startsWith('的')) continue;
    // 由X负责解读, 由X会同Y进行解释: the sentence forms read who interprets.
    if (/^(?:政策)?(?:解读|解释)|^[^，,。；;]{0,40}?(?:进行|负责|予以)(?:政策)?(?:解读|解释)[。；;]?$/.test(rest.replace(LEADING_PUNCT, ''))) continue;
    found.push({ start, after: start + read.m[0].length, units: read.units, role: roleOfVerb(read.m[2], reader.ctx), head: read.head, verb: read.m[2] });
  }
  // A division of work has two parts at least: one office and a verb alone (县政府统筹，) says nothing.
  return found.length >= 2 ? found : found.filter((f) => !f.divided);
}

/**
 * 县委政法委、县市场监管局等部门联合开展…, 省农业农村厅、省财政厅联合报农业农村部: a verb of acting
 * together (data: roles.together) with no unit after it, or the act right after it: nobody leads.
 */
function isTogether(verb: string | undefined, object: string, read: { units: string[] } | undefined, ctx: DutyContext): boolean {
  const together = ctx.grammar.table.roles.together;
  if (!verb || !read || !together?.verbs.includes(verb)) return false;
  return read.units.length === 0 || !!together.acts?.some((a) => object.startsWith(a));
}

/** An object naming nobody: 相关单位, 有关部门, 各成员单位. */
const PLACEHOLDER_OBJECT = /^(?:各|其他)?(?:有关|相关|成员|责任)?(?:部门|单位)/;

/**
 * "你局要会同公安、财政等部门和区先进制造业开发区、相关镇(街道)，按照各自职责，组织实施…": the
 * units a joining verb (data: roles.joining, 会同) names support the one that leads. The list runs
 * to the clause's end; each item is read alone, since sectors (公安、财政) are named there too. Its
 * last item may run on into what they do together (会同县财政局、县农业农村局抓好项目实施): those
 * words open `rest`, the act they share.
 */
function joinedUnits(tail: string, ctx: DutyContext): { units: string[]; rest: string } {
  const end = tail.search(/[，,。；;]/);
  const list = end >= 0 ? tail.slice(0, end) : tail;
  const items = splitList(list).flatMap((item) => item.split(/(?<=[部门单位])(?:和|及|以及|与)/));
  const read: Array<{ units: string[]; runOn: string }> = [];
  let cursor = 0;
  for (const item of items) {
    const r = unitsOpening(item.replace(/^(?:以及|及|和|与)/, ''), ctx);
    read.push(r);
    cursor = list.indexOf(item, cursor) + item.length;
    // 会同A、B划定经营区域、确定经营时段: the list ends with the item that runs on into the act; what follows is the act.
    if (r.units.length > 0 && r.runOn) return { units: read.flatMap((x) => x.units), rest: r.runOn + list.slice(cursor) + (end >= 0 ? tail.slice(end) : '') };
  }
  return { units: read.flatMap((r) => r.units), rest: end >= 0 ? tail.slice(end) : '' };
}

/** How a unit's name ends, where a list's last item runs on into its act. */
const UNIT_END = /(?:部门|机关|机构|局|厅|委员会|委|办公室|办|中心|政府)$/;
/** An ending that goes on as a word (办理, 委托, 局面): the name does not end there (会同省财政厅依托办理服务系统). */
const WORD_GOES_ON = /^(?:办[理法事好结]|委[托员])$/;

/**
 * The units an item of a joined list names: the item itself, else the longest name it opens with
 * (会同工商行政管理部门加强对…的监督管理: the list's last item runs on into what they do together,
 * `runOn`).
 */
function unitsOpening(item: string, ctx: DutyContext): { units: string[]; runOn: string } {
  const whole = parseUnitList(item, ctx);
  if (whole) return { units: whole.units, runOn: '' };
  for (let end = Math.min(item.length - 1, 30); end >= 2; end--) {
    if (!UNIT_END.test(item.slice(0, end)) || WORD_GOES_ON.test(item.slice(end - 1, end + 1))) continue;
    const list = parseUnitList(item.slice(0, end), ctx);
    if (list?.units.length) return { units: list.units, runOn: item.slice(end) };
  }
  return { units: [], runOn: '' };
}

/**
 * Duties of the clauses of a paragraph's sentences, each with the matter its clause gives. A
 * sentence with no subject of its own is the duty of the units that hold it: the paragraph's
 * "县住建局：负责…；负责灾区房屋安全评估、鉴定工作；…" (all its sentences), "县住建局负责…；负责…"
 * (the later ones opened by a role verb), a heading's or a functions list's (reader.carry).
 */
export function readClauses(reader: DutyReader, text: string, paragraph: number): void {
  const carried = reader.carry && paragraph >= reader.carry.from ? reader.carry.units : undefined;
  const sentences = splitSentences(text);
  // "（一）区房管局。负责…；负责…": a numbered heading naming an office, run into its paragraph, is
  // the subject of the sentences after it, as a colon's would be.
  let colonSubject: string[] | undefined = sentences.length > 1 ? runInHeading(sentences[0], reader) : undefined;
  let verbSubject: string[] | undefined;
  (colonSubject ? sentences.slice(1) : sentences).forEach((sentence, n) => {
    const found = openingsOf(sentence, reader);
    if (found.length === 0 && readCharged(reader, sentence, paragraph)) return;
    if (found.length === 0) {
      const subject = colonSubject ?? carried ?? verbSubject;
      if (subject) readSubjectless(reader, sentence, subject, paragraph, !colonSubject && !carried);
      return;
    }
    // The paragraph's subject, for the sentences after it that have none; a later sentence opened by
    // units and their verb (…。县财政局主要负责…；负责…) names the subject of those after it.
    if (!cleanMatter(sentence.slice(0, found[0].start))) {
      if (n === 0 && /[：:]/.test(sentence.slice(found[0].start, found[0].after))) colonSubject = found[0].units;
      else if (n === 0 || !colonSubject) verbSubject = found[0].units;
    }
    const before = cleanMatter(sentence.slice(0, found[0].start));
    // A clause opened by its joining verb (…，会同Y划定…) goes on with the clause before it: its words are that clause's too.
    const tails = found.map((f, k) => cleanMatter(sentence.slice(f.after, found.slice(k + 1).find((g) => g.units.length > 0 || f.units.length === 0)?.start ?? sentence.length)));
    const shared = [before, tails[tails.length - 1]].filter(Boolean).join('，') || cleanMatter(sentence);
    found.forEach((f, k) => {
      const own = tails[k].length >= 4 ? tails[k] : shared;
      // 社区居委会落实，…: what each office of a division of work does is its verb on the shared
      // matter (what follows it is the next office's clause, not its object).
      // An act ending its clause (对…进行复核，对…负责) keeps the clause's comma before the words after it.
      const headEnds = f.answers === false && LEADING_PUNCT.test(sentence.slice(f.after));
      const matter = f.divided ? `${f.verb}：${shared}` : f.answers || headEnds ? [f.head, tails[k]].filter(Boolean).join('，') : f.head ? `${f.head}${tails[k]}` : own;
      const tail = sentence.slice(f.after, found[k + 1]?.start ?? sentence.length);
      // A clause opened by its joining verb (…，联合信访办、城运中心检查): the units follow the verb.
      const object = f.units.length === 0 && f.verb && tail.startsWith(f.verb) ? tail.slice(f.verb.length) : tail;
      const joining = !!f.verb && !!reader.ctx.grammar.table.roles.joining?.includes(f.verb);
      const read = joining && !PLACEHOLDER_OBJECT.test(object) ? joinedUnits(object, reader.ctx) : undefined;
      // 县委政法委、县市场监管局等部门联合开展…: nobody named after the verb, the units before it act together.
      const together = isTogether(f.verb, object, read, reader.ctx);
      // 会同相关单位: nobody named to lead; the subject is responsible, as with 负责.
      const alone = joining && (PLACEHOLDER_OBJECT.test(object) || together);
      const role = alone ? 'responsible' : f.role;
      // Those it joins are no part of the act: the lead and they share what follows the list.
      const joined = joining && !alone ? read : undefined;
      const act = joined ? cleanMatter(joined.rest) : '';
      // 会同县财政局负责项目验收: the role verb after the list is no part of the matter.
      const verbFirst = reader.ctx.grammar.VERB_FIRST.exec(act);
      const done = verbFirst && act.length - verbFirst[0].length >= 4 ? cleanMatter(act.slice(verbFirst[0].length)) : act;
      // 重点用能单位名单，由甲局会同乙局确定: a bare verb acts on what the sentence opened with.
      const theirs = done.length >= 4 ? done : (f.head ? `${f.head}${done}` : [before, done].filter(Boolean).join('，')) || matter;
      const leads = joined?.units.length ? theirs : matter;
      for (const u of f.units) addDuty(reader, u, role, alone && !f.head ? `${f.verb}${matter}` : leads, sentence, paragraph);
      for (const u of joined?.units ?? []) addDuty(reader, u, 'support', theirs, sentence, paragraph);
    });
  });
}

/**
 * A sentence opened by a subject the unit lists could not read (区、县人事局在…, 市和区有关部门应当…):
 * its own, never the carried unit's.
 */
const OWN_SUBJECT = /^[^，,。；;]{1,24}?(?:局|委|委员会|部门|机关|机构|政府|办公室|中心)(?:在|应当|应|要|须|必须|可以|负责|按照|依照|依法|会同|根据|对)/;

/** A lead-in to items (主要职责是：) or a date or number is no duty of its own. */
const NOT_A_DUTY = /[：:]$|^[\d０-９一二三四五六七八九十〇零]+[年月日]|^(?:附件|关于|《)/;

/**
 * A sentence with no subject, charged to the units that hold it: the role its opening verb says
 * (参与制定… support), else responsible; the matter is what follows the verb. `verbOnly`: only a
 * sentence opened by a role verb (负责灾区房屋安全评估) — after "县住建局负责…" a sentence may
 * well be about something else.
 */
function readSubjectless(reader: DutyReader, sentence: string, units: string[], paragraph: number, verbOnly: boolean): void {
  const clause = cleanMatter(sentence);
  if (clause.length < 4 || NOT_A_DUTY.test(clause)) return;
  const verb = reader.ctx.grammar.VERB_FIRST.exec(clause);
  if ((verbOnly && !verb) || OWN_SUBJECT.test(clause)) return;
  // 联合相关部门出具…, 会同有关部门…: a joining verb before a placeholder names nobody to lead; the unit is responsible for the whole act.
  const alone = !!verb && !!reader.ctx.grammar.table.roles.joining?.includes(verb[1]) && PLACEHOLDER_OBJECT.test(clause.slice(verb[0].length));
  const role = verb && !alone ? roleOfVerb(verb[1], reader.ctx) : 'responsible';
  const matter = verb && !alone && clause.length - verb[0].length >= 4 ? cleanMatter(clause.slice(verb[0].length)) : clause;
  for (const u of units) addDuty(reader, u, role, matter, sentence, paragraph);
}

/**
 * "县人民政府责成县城市执法局、县环境保护局等部门，建立联合整治机制": the offices a government
 * charges (责成) with a matter are responsible for it; the charging government only directs.
 */
const CHARGED = /责成([^，,。；;：:]{2,80})/;
function readCharged(reader: DutyReader, sentence: string, paragraph: number): boolean {
  const m = CHARGED.exec(sentence);
  if (!m) return false;
  // The list ends where the offices end: the longest opening of the words after 责成 that is a list of units.
  for (let end = m[1].length; end >= 2; end--) {
    const list = parseUnitList(m[1].slice(0, end), reader.ctx);
    if (!list?.units.length || !allOpenClauses(list.units, reader.county, reader.ctx)) continue;
    const matter = cleanMatter(sentence.slice(m.index + 2 + end).replace(/^[，,]/, ''));
    if (matter.length < 4) return false;
    for (const u of list.units) addDuty(reader, u, 'responsible', matter, sentence, paragraph);
    return true;
  }
  return false;
}

/** A numbered heading that is only offices' names and a full stop: （二）公安消防支队。 / 3.县民政局、县财政局。 */
const RUN_IN_HEADING = /^(?:[（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十百]+、|\d+[.、．](?!\d))([\u4e00-\u9fff（）()、]{2,30})。$/;

/**
 * The offices a run-in heading names, when it names nothing else (no placeholder: 有关部门。); a
 * name ending like a common noun (统筹优化乡村国土空间布局, 总体布局) only when it opens clauses for sure.
 */
function runInHeading(sentence: string, reader: DutyReader): string[] | undefined {
  const m = RUN_IN_HEADING.exec(sentence.trim());
  const list = m ? parseUnitList(m[1], reader.ctx) : null;
  if (!list || list.collectives > 0 || list.units.length === 0) return undefined;
  return list.units.every((u) => !NOUN_LIKE_END.test(u) || allOpenClauses([u], reader.county, reader.ctx)) ? list.units : undefined;
}
