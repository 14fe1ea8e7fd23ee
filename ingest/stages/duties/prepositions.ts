/**
 * @module ingest/stages/duties/prepositions
 * Where a resident is sent, written with a preposition before the office and the act after it
 * (data: roles.prepositions in data/units.json): 违者由公安机关依法处理, 可向各县、区城市管理部门
 * 反映, 请向市禁鞭办公室举报（举报电话：110）, 于6月25日前到县教育办报名, 通过县教育局转送,
 * 由公安机关处100元以上500元以下的罚款 (a penalty read by its amount), 一律移送公安机关侦办; and
 * an office that examines what is brought to it: 区民政局对乡（镇）上报的对象进行审核、审批.
 * The office is read between the preposition and the act, the shortest reading that is a unit
 * first, so an act inside a name (县行政审批服务管理局审批) is passed over. Role: responsible; the
 * matter is the sentence, a phone number printed in it kept.
 */
import { addDuty, type DutyReader } from './duty-reader';
import { cleanMatter, splitSentences } from './duty-text';
import { allOpenClauses, delegatedTo, parseUnitList } from './unit-lists';
import { OFFICE_END } from './clauses';

export interface PrepositionForm {
  /** The preposition before the office: 由, 向, 到, 通过, 移送. */
  before: string;
  /** The acts after it, regular expressions, each read with the words that may stand between (依法, 进行, 予以). */
  verbs: string[];
  /** Words the preposition stands inside as no preposition (经济, 经营, 神经: 经 opens no office there). */
  notIn?: string[];
  /** Offices the form does not charge, a regular expression: a government above a township consents (报国务院审批). */
  notOffices?: string;
  /** No office is charged where an office stands before the preposition in its clause (由联席办向区财政局申请资金). */
  notAfterOffice?: boolean;
}

/** Whether the preposition at `at` is one, not part of a word its form names. */
function isPreposition(sentence: string, at: number, form: PrepositionForm): boolean {
  return !form.notIn?.some((w) => {
    const i = w.indexOf(form.before);
    return i >= 0 && at >= i && sentence.startsWith(w, at - i);
  });
}

/**
 * Words between the office and its act: 由公安机关依法处理, 由各区文明办给予适当奖励, 由主管部门
 * 按相关规定从严处理 (how strictly, by which rules, says nothing of who).
 */
const BETWEEN = /(?:依法|依规|依纪|及时|负责|进行|予以|统一|直接|代为|从严|严肃|强制|按照?(?:相关|有关|国家)?规定)+$/;
/** Longest item given whole as a duty's evidence. */
const MAX_ITEM = 240;
/** Longest an office's name is read. */
const MAX_NAME = 40;

/** "公安机关、安全生产监督管理部门" or "管理单位或卫生主管部门": the units a reading names, those alone. */
function unitsOf(text: string, reader: DutyReader): string[] {
  const name = beforeJoined(text.replace(BETWEEN, ''), reader);
  if (name.length < 2) return [];
  const whole = officesOf(name, reader);
  if (whole.length || !name.includes('或')) return whole;
  // 或 joins alternatives: each one a unit may be read alone (管理单位 is no office; 卫生主管部门 is).
  return name.split(/或者|或/).flatMap((part) => officesOf(part, reader));
}

/** The offices a name or list reads as, for sure; the office handed the work where one hands it (市人民政府授权市法制办). */
function officesOf(name: string, reader: DutyReader): string[] {
  const agent = delegatedTo(name, reader.county, reader.ctx);
  if (agent === null) return [];
  const list = parseUnitList(agent ?? name, reader.ctx);
  return list && allOpenClauses(list.units, reader.county, reader.ctx) ? list.units : [];
}

/** "辖区乡镇人民政府联合相关部门": the office before the word that brings others in (data: prepositions.joined). */
function beforeJoined(name: string, reader: DutyReader): string {
  for (const word of reader.ctx.grammar.table.roles.prepositions?.joined?.words ?? []) {
    const at = name.indexOf(word);
    if (at >= 2) return name.slice(0, at);
  }
  return name;
}

/** Each act's expression compiled once: a sentence is read against every form's verbs. */
const compiled = new Map<string, RegExp>();
function verbPattern(verb: string): RegExp {
  let re = compiled.get(verb);
  if (!re) compiled.set(verb, (re = new RegExp(verb, 'g')));
  return re;
}

/** An expression of the data compiled once (the cache of verbPattern, without its global flag). */
const plain = new Map<string, RegExp>();
function pattern(source: string): RegExp {
  let re = plain.get(source);
  if (!re) plain.set(source, (re = new RegExp(source)));
  return re;
}

/** The units between a preposition at `at` and the first act after them that leaves a unit. */
function officeAt(sentence: string, at: number, form: PrepositionForm, reader: DutyReader): string[] {
  const start = at + form.before.length;
  const window = sentence.slice(start, start + MAX_NAME + 8);
  const ends = form.verbs.flatMap((v) => [...window.matchAll(verbPattern(v))].map((m) => m.index!)).sort((a, b) => a - b);
  for (const end of ends) {
    if (end < 2) continue;
    const between = window.slice(0, end);
    if (/[，,。；;：:]/.test(between)) break;
    const units = unitsOf(between, reader);
    if (units.length) return units;
    // 向常住户口所在地的公安机关申请补领: the office after the place it is of (data: prepositions.placeOf).
    const place = reader.ctx.grammar.table.roles.prepositions?.placeOf?.pattern;
    const after = place ? between.replace(pattern(place), '') : between;
    const placed = after !== between ? unitsOf(after, reader) : [];
    if (placed.length) return placed;
  }
  return [];
}

/**
 * 根据《福建省地名管理办法》第18条“…经县人民政府民政部门审核…”: an instrument's words quoted
 * after its title say that instrument's procedure, not what this document charges anyone with.
 */
const QUOTED = /》(?:第[^“”。；;]{1,12}条)?[^“”。；;》]{0,6}“([^”]*)”?/g;
function quotedSpans(sentence: string): Array<[number, number]> {
  if (!sentence.includes('》')) return [];
  return [...sentence.matchAll(QUOTED)].map((m) => [m.index! + m[0].indexOf('“'), m.index! + m[0].length] as [number, number]);
}

/**
 * "由联席办向区财政局申请立项资金", "管理办现场核实并向区规资局上报": the words of the clause before the
 * preposition are an office (after 由, or the clause's subject): one office asking another, no
 * office a resident is sent to.
 */
function officeAsks(sentence: string, at: number, reader: DutyReader): boolean {
  const before = sentence.slice(Math.max(...['，', ',', '。', '；', ';', '：', ':'].map((c) => sentence.lastIndexOf(c, at - 1))) + 1, at);
  const subject = before.replace(/^(?:并|再|均|统一)?由/, '').replace(/(?:负责|及时|统一|依法|应当|应|要|须|并)+$/, '');
  if (subject.length < 2) return false;
  const list = parseUnitList(subject, reader.ctx);
  return !!list?.units.length && (allOpenClauses(list.units, reader.county, reader.ctx) || list.units.every((u) => OFFICE_END.test(u)));
}

/** "区民政局对乡（镇）人民政府上报的对象进行抽查、审核、审批": an office examining what it is sent. */
const EXAMINES = /^([^，,。；;对]{2,30})对[^。；;]{2,60}?进行/;

/** Reads the prepositional forms of a paragraph; the others forms have read it first. */
export function readPrepositions(reader: DutyReader, text: string, paragraph: number): void {
  const forms = reader.ctx.grammar.table.roles.prepositions?.forms ?? [];
  if (!forms.some((f) => text.includes(f.before)) && !text.includes('进行')) return;
  for (const sentence of splitSentences(text)) {
    const matter = cleanMatter(sentence);
    if (matter.length < 6) continue;
    const charged = new Set<string>();
    const quoted = quotedSpans(sentence);
    for (const form of forms) {
      for (let at = sentence.indexOf(form.before); at >= 0; at = sentence.indexOf(form.before, at + 1)) {
        if (!isPreposition(sentence, at, form) || quoted.some(([from, to]) => at > from && at < to)) continue;
        if (form.notAfterOffice && officeAsks(sentence, at, reader)) continue;
        for (const unit of officeAt(sentence, at, form, reader)) if (!form.notOffices || !pattern(form.notOffices).test(unit)) charged.add(unit);
      }
    }
    const examines = EXAMINES.exec(matter);
    if (examines) for (const unit of unitsOf(examines[1], reader)) charged.add(unit);
    // A unit the clause readers already charged with this sentence keeps that reading.
    const already = new Set(reader.duties.filter((d) => d.paragraph === paragraph).map((d) => d.unit));
    // The evidence is the whole item where it is short: what follows the sentence says which
    // cases it means (工业噪声可向环保部门投诉。如…KTV…噪声，投诉举报电话：12369。).
    const evidence = text.length <= MAX_ITEM ? text : sentence;
    for (const unit of charged) if (!already.has(unit)) addDuty(reader, unit, 'responsible', matter, evidence, paragraph);
  }
}
