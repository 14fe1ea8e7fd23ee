/**
 * @module ingest/stages/read-metadata-lines
 * A 政府信息公开 metadata block printed in the text rather than in an HTML table — 索引号 /
 * 发文机关 / 文号 / 成文日期 / 有效性, before the title or after the body — read into the same
 * DocumentFields the HTML reader fills, with the lines it took, so that they leave the body.
 * Pages print such a block in every shape: one pair a line ("发文字号:阿行发〔2021〕42号"),
 * several pairs on a line parted by spaces or "|", a label alone with its value on the next line,
 * a row of labels above a row of values. Labels are data (data/html-page.json); a label may be
 * printed with spaces inside (索 引 号). Pure.
 */
import { findDates } from '../../src/domain/dates';
import { findDocNumbers, parseDocNumber } from '../../src/domain/doc-number';
import { loadDataJson } from '../../src/domain/load-data';
import type { DocumentFields } from '../../src/model';
import { isIssuerName } from '../../src/domain/grammar';
import { findLawBody, fullBodyName } from '../../src/domain/law-grammar';
import { compact } from '../../src/text/normalize';

type Field = keyof DocumentFields;

interface PageGrammar {
  labels: Partial<Record<Field, string[]>>;
  textBlock: {
    notIssuer: string[];
    notWrittenOn: string[];
    writtenOnWhenNoneOther: string[];
    otherLabels: string[];
    slashPartners: string[];
    lawDatabase: { issuerLabels: string[]; recordLabels: string[] };
  };
}

interface LabelTable {
  /** Label (compacted) → the field it fills; undefined for a label read only to leave the body. */
  fields: Map<string, Field | undefined>;
  /** Label → what its value is, also for a label read only to leave the body (印发日期: a date). */
  kinds: Map<string, Field>;
  /** Labels whose value fills its field only where no other label of the block does (发文日期). */
  weak: Set<string>;
  /** A law database's record: its issuer labels (发布单位) and the labels only such a record prints (生效日期, 时效性). */
  lawDatabase: { issuerLabels: Set<string>; recordLabels: Set<string> };
  /** Any label, spaces allowed between its characters, at a line's start or after a space or "|". */
  anywhere: RegExp;
  /** The same, or a label in brackets: asked only of lines holding a bracket (most hold none, and it costs). */
  anywhereOrBracketed: RegExp;
  /** A line that is one label and nothing else. */
  alone: RegExp;
  /** A label glued to the end of a value (…的通知发文机关). */
  trailing: RegExp;
}

export interface MetadataLines {
  fields: DocumentFields;
  /** Indexes of the lines the block took. */
  used: Set<number>;
}

let table: LabelTable | undefined;

function labelTable(): LabelTable {
  if (table) return table;
  const grammar = loadDataJson<PageGrammar>('html-page.json');
  const fields = new Map<string, Field | undefined>();
  const kinds = new Map<string, Field>();
  const ignored = new Set([...grammar.textBlock.notIssuer, ...grammar.textBlock.notWrittenOn]);
  const publisher = new Set(grammar.textBlock.notIssuer);
  for (const [field, labels] of Object.entries(grammar.labels) as [Field, string[]][]) {
    for (const label of labels) {
      // A publisher field names who put the page up: kept as the publisher, never the issuer.
      fields.set(label, publisher.has(label) ? 'publisher' : ignored.has(label) ? undefined : field);
      kinds.set(label, field);
    }
  }
  for (const label of [...ignored, ...grammar.textBlock.otherLabels]) if (!fields.has(label)) fields.set(label, undefined);
  const spaced = [...fields.keys()].sort((a, b) => b.length - a.length).map((l) => [...l].join('[ \\t\\u3000]*'));
  // A label joined to another by a slash (备注/文号, 文号/备注) is read as the one this table knows.
  const partner = `(?:${[...spaced, ...grammar.textBlock.slashPartners].join('|')})`;
  const any = `(?:${partner}[/／])?(${spaced.join('|')})(?:[/／]${partner})?`;
  // A label in brackets ([ 成文日期 ] 2022-04-29, 【发布日期】2022-04-29) needs no colon or space after it.
  const bracketed = `[${OPEN}][ \\t\\u3000]*${any}[ \\t\\u3000]*[${CLOSE}][ \\t\\u3000]*[:：]?`;
  table = {
    fields,
    kinds,
    weak: new Set(grammar.textBlock.writtenOnWhenNoneOther),
    lawDatabase: { issuerLabels: new Set(grammar.textBlock.lawDatabase.issuerLabels), recordLabels: new Set(grammar.textBlock.lawDatabase.recordLabels) },
    anywhere: new RegExp(`(?:^|(?<=[\\s|｜]))${any}[ \\t\\u3000]*(?:[:：]|(?=[\\s|｜])|$)`, 'g'),
    anywhereOrBracketed: new RegExp(`(?:^|(?<=[\\s|｜]))(?:${bracketed}|${any}[ \\t\\u3000]*(?:[:：]|(?=[\\s|｜])|$))`, 'g'),
    alone: new RegExp(`^(?:[${OPEN}]\\s*)?${any}\\s*(?:[${CLOSE}]\\s*)?[:：]?\\s*[|｜]?\\s*$`),
    trailing: new RegExp(`(?<=[\\u3400-\\u9fff》”）)])${any}\\s*[:：]?$`),
  };
  return table;
}

const OPEN = '\\[【［〔';
const CLOSE = '\\]】］〕';
const OPENING = new RegExp(`[${OPEN}]`);

const BULLET = /^\s*[•·●▪◆\-*]\s*/;
/** A list's ordinal before a row (7. [标题] …, 7. 标题：…): a page numbering its metadata rows. */
const ROW_ORDINAL = /^\s*\d{1,2}[.．、]\s*/;

/**
 * The line without its bullet and its indent (a page copied with its layout indents its block);
 * without its row ordinal too when a label follows it (1.符合… is an outline's item, not a row).
 */
function unmarked(line: string, t: LabelTable): string {
  const text = line.replace(BULLET, '').trimStart();
  const ordinal = ROW_ORDINAL.exec(text);
  if (!ordinal) return text;
  const rest = text.slice(ordinal[0].length);
  return rest.search(OPENING.test(rest) ? t.anywhereOrBracketed : t.anywhere) === 0 ? rest : text;
}

const SENTENCE = /[。；！？]/;
/** A time of day after a date: a page's stamp. */
const CLOCK = /\d{1,2}\s*[:：时]\s*\d{2}/;

/** Labels with a colon after them on a line: two make a block even where other words come first. */
const COLONED_IN_LINE = 2;

/**
 * The label/value pairs of a line whose first word is a label — or, when a page ran its block
 * into the end of another line (… 发文机关:某省人民政府 文号:某政发〔2018〕13号), of the labels with
 * colons from the first of them on; `whole` tells which. Undefined for any other line.
 */
function pairsOf(line: string, t: LabelTable): { pairs: [string, string][]; whole: boolean } | undefined {
  const text = unmarked(line, t);
  const all = [...text.matchAll(OPENING.test(text) ? t.anywhereOrBracketed : t.anywhere)];
  if (all.length === 0) return undefined;
  const whole = all[0].index === 0;
  const coloned = (hit: RegExpExecArray) => /[:：]$/.test(hit[0].trimEnd());
  if (!whole && all.filter(coloned).length < COLONED_IN_LINE) return undefined;
  const hits = whole ? all : all.slice(all.findIndex(coloned));
  const pairs = hits.map((hit, k): [string, string] => {
    const end = k + 1 < hits.length ? hits[k + 1].index : text.length;
    const value = text.slice(hit.index + hit[0].length, end).replace(/[|｜]/g, ' ').trim();
    return [compact(hit[1] ?? hit[2]), value];
  });
  return { pairs, whole };
}

/**
 * Whether a line is a row of a 政府信息公开 block: its first word (after a bullet or a row's
 * ordinal) is a label, as in 标题：… / 5. 标题：… / 索引号：…|标题：…|有效性：有效. Such a row
 * states a field; it is never a heading, however its value ends (标题：某某管理规定).
 *
 * @example isMetadataRow('5. 标题：河北省人工影响天气管理规定') // true
 * @example isMetadataRow('河北省人工影响天气管理规定') // false
 */
export function isMetadataRow(line: string): boolean {
  const t = labelTable();
  return pairsOf(line, t)?.whole === true && compact(line).length <= RUN_ON_CHARS;
}

/** Every label a 政府信息公开 block may print (data/html-page.json), also those read only to leave the body. */
export function pageLabels(): string[] {
  return [...labelTable().fields.keys()];
}

/** Puts one value in its field, the first value of a field winning; a title carries a glued number off. */
function assign(fields: DocumentFields, label: string, value: string, t: LabelTable, weak: DocumentFields): void {
  const field = t.fields.get(label);
  if (!field || !value) return;
  if (t.weak.has(label)) {
    weak[field] ??= value;
    return;
  }
  if (field === 'docNumber') {
    // A value may trail a stray mark (琼府[2005]9号?): the number it holds is the field's.
    const number = parseDocNumber(value)?.raw ?? findDocNumbers(value).find((n) => n.index === 0)?.raw;
    if (number && !fields.docNumber) fields.docNumber = number;
    return;
  }
  if (field === 'title') {
    const glued = splitGluedNumber(value);
    if (glued.number && !fields.docNumber) fields.docNumber = glued.number;
    value = glued.rest;
  }
  if (!fields[field]) fields[field] = value;
}

/** 盘政发〔2005〕30号 关于表彰…的决定 → the number and the title, either order. */
export function splitGluedNumber(text: string): { number?: string; rest: string } {
  const parts = text.trim().split(/\s+/);
  if (parts.length >= 2) {
    if (parseDocNumber(parts[0])) return { number: parts[0], rest: parts.slice(1).join(' ') };
    if (parseDocNumber(parts.at(-1)!)) return { number: parts.at(-1), rest: parts.slice(0, -1).join(' ') };
  }
  return { rest: text.trim() };
}

/** A line this long (without spaces) is a page whose line breaks were lost, not a row of a block. */
const RUN_ON_CHARS = 300;
/** The longest value of a row in such a page: a 标题 with its number; longer runs are the text after the block. */
const MAX_VALUE_CHARS = 80;

function isShortValue(value: string): boolean {
  return compact(value).length <= MAX_VALUE_CHARS && !SENTENCE.test(value);
}

/** A row of labels only (索引号 文号 发布机构 发布日期 …): its values stand on the lines below. */
function isLabelRow(pairs: [string, string][]): boolean {
  return pairs.length >= 3 && pairs.every(([, value]) => value === '');
}

/**
 * Reads every metadata line of a text.
 *
 * @example readMetadataLines(['文 号 | 涟政办发〔2021〕12号 | 分 类 | 政府文件 |', '各镇人民政府：'])
 *   // { fields: { docNumber: '涟政办发〔2021〕12号' }, used: Set { 0 } }
 */
export function readMetadataLines(lines: string[]): MetadataLines {
  const t = labelTable();
  const fields: DocumentFields = {};
  const weak: DocumentFields = {};
  const used = new Set<number>();
  const seen = new Map<string, string>();
  for (let i = 0; i < lines.length; i++) {
    const found = pairsOf(lines[i], t);
    if (!found) continue;
    for (const [label, value] of found.pairs) if (!seen.has(label) || (!seen.get(label) && value)) seen.set(label, value);
    const runOn = compact(lines[i]).length > RUN_ON_CHARS;
    // A page run into one line holds its block and its whole document: only the block's short
    // values are fields (a 文号 is read from its value's start), and the line stays for the head and the body.
    const pairs = runOn ? found.pairs.filter(([label, value]) => isShortValue(value) || t.fields.get(label) === 'docNumber') : found.pairs;
    if (opensTable(lines, i, found.pairs)) continue;
    // A block run into another line leaves that line in the body: the words before it are the page's.
    if (found.whole && !runOn) used.add(i);
    if (isLabelRow(pairs)) {
      i = readValueRows(lines, i + 1, pairs.map(([label]) => label), { fields, used, weak }, t);
      continue;
    }
    for (const [label, value] of pairs) assign(fields, label, value, t, weak);
    // A label alone on its line: its value is the next line, which may end in the next label —
    // or the first line after a blank one or two (a portal's list: • 索引号: / / 6107…/2024-001005)
    // when it has the shape of the label's value.
    let pending = pairs.length === 1 && pairs[0][1] === '' && t.alone.test(unmarked(lines[i], t)) ? pairs[0][0] : undefined;
    while (pending && i + 1 < lines.length) {
      let next = i + 1;
      while (next < lines.length && next - i <= BLANKS_BEFORE_VALUE && compact(lines[next]).length === 0) next++;
      if (next >= lines.length || compact(lines[next]).length === 0 || pairsOf(lines[next], t)) break;
      // A line ending in a colon heads what follows (各市文化和旅游局: under an empty 有效性: | cell): no value.
      if (LEADS_IN.test(lines[next])) break;
      if (next > i + 1 && !looksLike(t.kinds.get(pending), lines[next])) break;
      i = next;
      used.add(i);
      // A value printed in a cell a line ("某县某某管理办法 |") loses its cell mark.
      const line = lines[i].trim().replace(/\s*[|｜]+$/, '');
      const glued = t.trailing.exec(line);
      assign(fields, pending, glued ? line.slice(0, glued.index).trim() : line, t, weak);
      pending = glued ? compact(glued[1]) : undefined;
    }
  }
  // 发文日期 is the 成文日期 only where the block printed none, and a date alone: with a time of
  // day (2024年04月06日 16:40) it stamps when the page went up.
  for (const [field, value] of Object.entries(weak) as [Field, string][]) if (!CLOCK.test(value)) fields[field] ??= value;
  lawDatabaseRecord(fields, seen, t);
  return { fields, used };
}

/** An organ's name standing alone, a law-making body's by its full name (某省人大常委会 → 某省人民代表大会常务委员会). */
function organName(value: string): string | undefined {
  const text = compact(value);
  const body = findLawBody(text);
  if (body?.index === 0 && body.name.length >= text.length - 2) return fullBodyName(body.name);
  return isIssuerName(text) ? text : undefined;
}

/**
 * A law database's record (发布单位：某省人大常委会 / 发布日期 / 生效日期 / 时效性): its 发布单位 is the
 * organ that issued the law and its 发布日期 the day it was promulgated — the document's issuer and
 * date where the block states none of them. Told from a portal's page by a field only a law's
 * record prints (生效日期, 时效性, 效力级别, 法规标题); a value naming no organ (a database's code)
 * stays the publisher's.
 *
 * @example readMetadataLines(['发布单位:西藏自治区人大常委会', '发布日期:1997年11月12日', '生效日期:1997年11月12日']).fields
 *   // { issuingBody: '西藏自治区人大常委会', date: '1997年11月12日', … }
 */
function lawDatabaseRecord(fields: DocumentFields, seen: Map<string, string>, t: LabelTable): void {
  const { issuerLabels, recordLabels } = t.lawDatabase;
  if (![...seen.keys()].some((label) => recordLabels.has(label))) return;
  const organ = [...seen].map(([label, value]) => (issuerLabels.has(label) ? organName(value) : undefined)).find(Boolean);
  if (!organ) return;
  fields.issuingBody ??= organ;
  if (fields.publishedOn && findDates(fields.publishedOn).length > 0) fields.date ??= fields.publishedOn;
}

/** A cell a line: "名 称 |" then "责任单位 |". */
const CELL_LINE = /[|｜]\s*$/;
let columnNames: Set<string> | undefined;

/**
 * A label alone in a cell ("名 称 |") whose next cell is a duty table's column name ("责任单位 |",
 * a role label of data/units.json) is the first column of that table's header, not a field of
 * the block: both stay in the body, where the duty reader reads the table.
 */
function opensTable(lines: string[], i: number, pairs: [string, string][]): boolean {
  if (pairs.length !== 1 || pairs[0][1] !== '' || !CELL_LINE.test(lines[i]) || i + 1 >= lines.length || !CELL_LINE.test(lines[i + 1])) return false;
  columnNames ??= new Set(Object.keys(loadDataJson<{ roles: { labels: Record<string, string> } }>('units.json').roles.labels));
  return columnNames.has(compact(lines[i + 1]).replace(/[|｜]+$/, ''));
}

/** A line that ends in a colon: the 主送机关 or a label over what follows, never a value. */
const LEADS_IN = /[:：]\s*$/;

/** Blank lines a label alone on its line may stand above its value. */
const BLANKS_BEFORE_VALUE = 2;

/**
 * Whether a line has the shape of a field's value: what a value standing after blank lines must
 * show. A title, an issuer or a topic has none that tells it from the text below the block, so
 * theirs is only ever the very next line.
 */
function looksLike(field: Field | undefined, line: string): boolean {
  const text = compact(line);
  switch (field) {
    case 'docNumber':
      return parseDocNumber(text) !== undefined;
    case 'date':
    case 'publishedOn':
    case 'effectiveFrom':
    case 'repealedOn':
    case 'lapsedOn':
      return findDates(text)[0]?.index === 0;
    case 'indexNumber':
      return /^[0-9A-Za-z][0-9A-Za-z\-－/_.]{5,}$/.test(text);
    case 'validity':
      return text.length <= 6 && !/[。，,；;]/.test(text);
    default:
      return false;
  }
}

/**
 * The value rows under a row of labels: short lines without sentences. Where their values, in
 * order, line up with the labels — as many, each with the shape its label's value has (an index
 * number, a 文号, a date) and none shaped like another's — each fills its label's field; else
 * only a document number among them is read, as the 文号.
 */
function readValueRows(lines: string[], from: number, labels: string[], block: { fields: DocumentFields; used: Set<number>; weak: DocumentFields }, t: LabelTable): number {
  let i = from;
  const values: string[] = [];
  for (; i < lines.length && i < from + 4; i++) {
    const line = lines[i].trim();
    if (!line || line.length > 80 || SENTENCE.test(line)) break;
    block.used.add(i);
    values.push(...line.split(/[\s|｜]+/).filter(Boolean));
  }
  if (values.length === labels.length && values.every((value, k) => fits(t.kinds.get(labels[k]), value))) {
    values.forEach((value, k) => assign(block.fields, labels[k], value, t, block.weak));
  } else {
    const number = values.find((part) => parseDocNumber(part));
    if (number && !block.fields.docNumber) block.fields.docNumber = number;
  }
  return i - 1;
}

/** Fields whose values have a shape looksLike knows. */
const SHAPED: Field[] = ['docNumber', 'date', 'publishedOn', 'effectiveFrom', 'repealedOn', 'lapsedOn', 'indexNumber'];

/** A value stands under its label: it has the label's shape, or — for a label of no shape — none of the shaped ones. */
function fits(field: Field | undefined, value: string): boolean {
  if (field && SHAPED.includes(field)) return looksLike(field, value);
  return !SHAPED.some((shaped) => looksLike(shaped, value));
}
