/**
 * @module ingest/stages/extract-duties
 * Who must do what: finds the units a document charges with a matter and the role they play
 * (牵头 lead, 负责 responsible, 配合 support, 解读 interprets, 办公室 office, 成员 member).
 * Forms read, all from real county gazettes (each in a module of duties/):
 * - closing groups of numbered items: （责任单位：县交通局、县卫健局）, （牵头单位：…；配合单位：…）,
 *   （县农业农村局牵头，县供销社、县工科局配合）, （县人社局负责）, （…按照职责分工负责）;
 * - clauses: 县司法局负责县人民政府重大行政决策事项的合法性审查工作; 财政风险评估由县财政局负责;
 * - a division of work (由县政府负责，街道办组织，社区居委会落实), 职责归属X / 行业管理为X
 *   (assignments.ts), A委托B负责 (B), a heading naming whose duties follow (（二）乡镇人民政府职责);
 * - 本文件由县发改局负责解读 / 本预案由县能源局负责解释 (interprets); 办公室设在县水利局 (office);
 * - leader lists (组长：… 县政府副县长 / 成员：… 县财政局局长) and duty tables of 应急预案 attachments;
 * - duty tables printed with spaces (序号 主要任务 牵头单位 参与单位 责任单位, rows read from the right),
 *   or flattened with `|` between cells (a row a line, or a cell a line; an HTML table is read so),
 *   a column's role said by its name (负责考核部门, 责任处室: table-columns.ts), or a cell a line with
 *   no separator left (the units cell read with the task line above it, ★ marking the lead);
 * - a body's members (联席会议由…等16个单位组成, 成员包括…), an office named by its role label
 *   (区民政局为牵头单位), members' duties under a line announcing them (member-duties.ts);
 * A collective naming one kind of office (各乡镇人民政府, in a law 公安机关) is a duty of that kind
 * (unit 乡镇人民政府 of the county); placeholders (有关部门, 各成员单位) are none. 你局 is the one
 * office a reply is addressed to (主送机关).
 * Role words, labels and positions come from data/units.json through the unit resolver.
 */
import type { UnitResolver } from '../../src/domain/units';
import type { GazetteDocument } from '../../src/model';
import { compact } from '../../src/text/normalize';
import { readAssignments } from './duties/assignments';
import { readDesignated } from './duties/designated';
import { updateCarry } from './duties/carried-unit';
import { readCellLine } from './duties/cell-lines';
import { readClauses } from './duties/clauses';
import { createDutyGrammar, type DutyContext } from './duties/duty-grammar';
import { createDutyReader, noteBody, type DutyReader } from './duties/duty-reader';
import { CLOSE, cleanMatter, stripNumbering, unbalancedOpen } from './duties/duty-text';
import { readClosingGroups, readColonLine, readLabelLine, readLeaderLines, readMemberUnits, readSentenceForms } from './duties/paragraph-forms';
import { readGuideField } from './duties/guide-fields';
import { readHandedOver } from './duties/handed-over';
import { readMemberDuty } from './duties/member-duties';
import { readPipeTable } from './duties/pipe-table';
import { readPrepositions } from './duties/prepositions';
import { readSpacedTable } from './duties/spaced-table';
import { readTableRow } from './duties/table-rows';
import { readUnitLine } from './duties/unit-lines';

export interface ExtractDutiesOptions {
  units: UnitResolver;
}

/**
 * Builds the stage.
 * @example
 * const extractDuties = createExtractDuties({ units: createUnitResolver(loadUnitTable()) });
 * // paragraph "八、新办企业首次申领发票，…(责任单位：县税务局、县行政审批局)"
 * // → duties 县税务局 and 县行政审批局, role 'responsible', matter "新办企业首次申领发票，…"
 */
export function createExtractDuties({ units }: ExtractDutiesOptions): (doc: GazetteDocument) => GazetteDocument {
  const ctx: DutyContext = { units, grammar: createDutyGrammar(units.table) };
  return function extractDuties(doc: GazetteDocument): GazetteDocument {
    const addressee = addresseeOf(doc, units);
    const reader = createDutyReader(doc, addressee ? { ...ctx, addressee } : ctx);
    const texts = paragraphTexts(doc);
    for (let i = 0; i < texts.length; i++) readParagraph(reader, texts, i);
    return { ...doc, duties: reader.duties, messages: reader.messages.length ? [...doc.messages, ...reader.messages] : doc.messages };
  };
}

/** The one office a document is addressed to (区民政局：), whom 你局 names in its text. */
function addresseeOf(doc: GazetteDocument, units: UnitResolver): string | undefined {
  const to = compact(doc.recipients ?? '').replace(/[：:]$/, '');
  return to && units.isUnitName(to) ? to : undefined;
}

/** The paragraphs as read: a table row keeps its tabs (the raw line) where repair joined its cells. */
function paragraphTexts(doc: GazetteDocument): string[] {
  return doc.paragraphs.length
    ? doc.paragraphs.map((p) => (!p.text.includes('\t') && p.raw.includes('\t') && !p.raw.includes('\n') ? p.raw : p.text))
    : doc.text.split('\n');
}

/** A closing group broken over paragraphs ("…（责" / "任单位：县税务局)") is read as one. */
function withBrokenGroup(texts: string[], i: number): string {
  const text = texts[i];
  if (!unbalancedOpen(text) || i + 1 >= texts.length) return text;
  const next = texts[i + 1];
  const close = [...CLOSE].map((c) => next.indexOf(c)).filter((n) => n >= 0);
  return close.length && Math.min(...close) < 120 ? text + next.slice(0, Math.min(...close) + 1) : text;
}

/** "（一）办公室" then "设在县卫健局，…": the heading names what the line after it sets up. */
function officeUnderHeading(texts: string[], i: number): string | undefined {
  if (i === 0 || !/^\s*设[在于]/.test(texts[i])) return undefined;
  const heading = stripNumbering(compact(texts[i - 1]));
  return heading.length <= 24 && heading.endsWith('办公室') ? `${heading}${texts[i].trim()}` : undefined;
}

/** One paragraph: the first form that takes it, else its closing groups, sentence forms and clauses. */
function readParagraph(reader: DutyReader, texts: string[], i: number): void {
  const original = texts[i];
  // Duty tables: cells separated by tabs.
  if (original.includes('\t')) {
    readTableRow(reader, original.split('\t').map((c) => c.trim()), i);
    return;
  }
  reader.tableGroup = undefined;
  if (readPipeTable(reader, original, i)) return;
  // A duty table printed a cell a line, once its header named a role column.
  if (readCellLine(reader, texts, i)) return;
  // Under 各成员单位职责分工如下：, a member's paragraph whose name no table knows (财务室负责…).
  if (readMemberDuty(reader, original, i)) return;
  // A heading naming a division or office: the lines under it are its duties.
  if (updateCarry(reader, texts, i)) return;
  // A service guide's field naming where a resident goes (受理机构 / 户籍所在的村、社区或乡镇、街道).
  if (readGuideField(reader, texts, i)) return;
  const text = officeUnderHeading(texts, i) ?? withBrokenGroup(texts, i);
  const flat = text.replace(/[ \u3000\u00a0]+/g, ' ').trim();
  // A unit alone on a line is a member while a leader list is open, else perhaps a table's row.
  if (readSpacedTable(reader, flat, i) || readLeaderLines(reader, flat, i) || readUnitLine(reader, texts, i)) return;
  const items = inlineItems(text);
  items.forEach((item, k) => readItem(reader, item, k === 0 && i > 0 ? texts[i - 1] : undefined, i));
}

/**
 * Numbered items a page ran together in one paragraph ("…宣传报道。（2）市教育局：负责…"): each
 * is read as a paragraph of its own, so an item opened by a unit and a colon is read mid-paragraph.
 */
function inlineItems(text: string): string[] {
  if (!INLINE_ITEM.test(text)) return [text];
  return text.split(INLINE_ITEM).filter((t) => t.trim());
}
const INLINE_ITEM = /(?<=[。；;]|\s)\s*(?=[（(](?:\d{1,2}|[一二三四五六七八九十]{1,3})[）)])/;

/** One paragraph or item of one: its label and colon forms, else its groups, sentence forms and clauses. */
function readItem(reader: DutyReader, text: string, previous: string | undefined, i: number): void {
  const flat = text.replace(/[ \u3000\u00a0]+/g, ' ').trim();
  const compacted = compact(flat);
  if (readMemberUnits(reader, compacted, flat, i) || readLabelLine(reader, compacted, flat, i) || readColonLine(reader, compacted, flat, i)) return;

  const dutyGroups = readClosingGroups(reader, text, previous, i);
  // What the groups said is read; the sentences around them are read for the other forms.
  let rest = text;
  for (const g of [...dutyGroups].reverse()) rest = rest.slice(0, g.start) + '。' + rest.slice(g.end);
  rest = compact(rest);
  readSentenceForms(reader, rest, i);
  readClauses(reader, rest, i);
  readPrepositions(reader, rest, i);
  readAssignments(reader, rest, i);
  readDesignated(reader, rest, i);
  readHandedOver(reader, rest, i);
  noteBody(reader, rest);
  // A labelled field (分管领导：某某, 联系电话：…) is page furniture, never the matter of the label lines after it.
  if (!FIELD.test(rest)) reader.lastItem = cleanMatter(rest) || reader.lastItem;
}

/** "分管领导：xxx", "联系人：张三": a short label and a short value. */
const FIELD = /^[\u4e00-\u9fff]{2,8}[：:][^，,。；;：:]{1,16}[。；;]?$/;
