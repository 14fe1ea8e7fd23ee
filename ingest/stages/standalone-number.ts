/**
 * @module ingest/stages/standalone-number
 * The head's own number where none stands next to the title: a number alone on one of the first
 * rows (a page that printed it apart from its title), or a number opening a line the page ran on
 * into the text (某政办发〔2008〕68号 各旗、县人民政府: 经…, 某府公〔2020〕5号 根据…). Pure helper of
 * read-document.
 */
import { parseChineseDate } from '../../src/domain/dates';
import { findDocNumbers, numberUnderName } from '../../src/domain/doc-number';
import { issuerNames, loadDocumentGrammar } from '../../src/domain/grammar';
import { compact } from '../../src/text/normalize';
import { DATE_AFTER_NUMBER, numberAt, numberLine, recipientsOf, withoutGluedRedHead } from './read-text-header';

/** Rows of the head looked at for a standalone number when none stands next to the title. */
const HEAD_ROWS_FOR_NUMBER = 12;

/**
 * The head's number, and what a gazette's abstract glued around it on its line: the 成文日期 after it
 * and the organs of a red head before it (某市人民政府办公厅文件某办发[2012]238号2012年8月1日各区县…:).
 */
export interface StandaloneNumber {
  raw: string;
  line: number;
  inText?: boolean;
  date?: string;
  headOrgans?: string[];
}

/** A number standing alone on one of the first rows (a page that printed it without its title). */
export function standaloneNumber(lines: string[], rows: number[], before = lines.length): StandaloneNumber | undefined {
  for (const [k, row] of rows.slice(0, HEAD_ROWS_FOR_NUMBER).entries()) {
    if (row > before) break;
    // The 落款's own line holds no number, unless the page ran the whole text into it.
    const raw = row < before ? (numberAt(lines, rows, k) ?? serialOfSeries(lines, rows, k)) : undefined;
    if (raw) return { raw, line: row };
    const opening = numberOpeningText(lines[row]);
    if (opening) return { ...opening, line: row, inText: true };
  }
  return undefined;
}

/**
 * A number that opens a line the page ran on into the text, the 主送机关 after it (某政办发〔2008〕68号
 * 各旗、县人民政府: 经…) or the first sentence of a text that has none (某府公〔2020〕5号 根据《…》…，
 * 现将…公告如下): the head's own number, whatever follows on its line. A cited number opens no line
 * set apart like this: it stands inside a sentence (某政办发〔2008〕68号文件同时废止).
 */
function numberOpeningText(line: string): Omit<StandaloneNumber, 'line'> | undefined {
  const t = withoutGluedRedHead(line);
  // A red head glued before the number names the organs that issue it (某市人民政府办公厅文件某办发…).
  const redHead = compact(line.trim().slice(0, line.trim().length - t.length)).replace(/文件$/, '');
  const headOrgans = redHead ? { headOrgans: issuerNames(redHead) } : {};
  const [first, ...rest] = t.split(/\s+/);
  // No space after the number (某府办[1989]88号各区,县人民政府,…:现将…): it ends where the number read ends.
  const glued = rest.length === 0 ? findDocNumbers(t)[0] : undefined;
  const [number, text] = glued?.index === 0 ? [t.slice(0, glued.length), t.slice(glued.length)] : [first, rest.join(' ')];
  // A gazette's abstract prints the 成文日期 between the number and the 主送机关; a law database's
  // line the number, the 成文日期 and the issuer alone (渝府[2006]108号2006年05月30日重庆市人民政府).
  const after = text.replace(DATE_AFTER_NUMBER, '');
  const written = after !== text ? parseChineseDate(text.slice(0, text.length - after.length)) : undefined;
  const date = written ? { date: written } : {};
  const raw = numberLine(number);
  if (!raw) return undefined;
  if (after !== text && isOrganAlone(after)) return { raw, ...date, ...headOrgans };
  // Glued, the text must open with an addressee (各…, or an organ's name): 文件同时废止 goes on from a cited number.
  const addressed = glued ? opensWithOrgan(after) : true;
  return after.length > 0 && ((addressed && recipientsOf(after) !== undefined) || opensFirstSentence(after)) ? { raw, ...date, ...headOrgans } : undefined;
}

/** A text that is one or more issuers' names and nothing else (重庆市人民政府, 甲局 乙局). */
function isOrganAlone(text: string): boolean {
  const names = issuerNames(text);
  return names.length > 0 && names.join('') === compact(text);
}

/** The first name of a 主送机关 (各区 / 某县人民政府 / 市府直属各单位): 各…, or a name ending like an organ. */
function opensWithOrgan(text: string): boolean {
  const name = text.split(/[，,、:：]/)[0];
  return /^各/.test(name) || /(?:政府|部门|单位|机构|局|委|办|厅|室|院|所|会|公司)$/.test(name);
}

/** A sentence (a clause mark in it, so no title) opening with a first sentence's word: 根据…，为…，. */
function opensFirstSentence(text: string): boolean {
  return /[，,]/.test(text) && loadDocumentGrammar().bodyOpeners.some((word) => text.startsWith(word));
}

/** The word naming a series alone on its line, letter-spaced or not: 公 告, 通告, 令. */
const SERIES_WORD_LINE = /^(?:公告|通告|令)$/;

/**
 * A serial alone on row k (第一号, （第4号）) two rows under the name of its series, printed over
 * two lines: the organ, then the series word (某县人民代表大会常务委员会 / 公 告 / 第一号), or the
 * series' name, then the organ alone again (某县人民代表大会常务委员会公告 / 某县人民代表大会常务委员会
 * / 第一号). Read as one number, the organ's (某县人民代表大会常务委员会公告第一号).
 */
function serialOfSeries(lines: string[], rows: number[], k: number): string | undefined {
  if (k < 2) return undefined;
  const [upper, lower] = [compact(lines[rows[k - 2]]), compact(lines[rows[k - 1]])];
  const organ = issuerNames(lower).length === 1 ? lower : undefined;
  const name = SERIES_WORD_LINE.test(lower) ? upper + lower : organ && SERIES_WORD_LINE.test(upper.slice(organ.length)) && upper.startsWith(organ) ? upper : undefined;
  const under = name ? numberUnderName(name, lines[rows[k]]) : undefined;
  return under ? compact(under.raw) : undefined;
}
