/**
 * @module domain/doc-number
 * 发文字号: finding and canonicalising document numbers however they are written —
 * 〔〕（）()[]【】［］﹝﹞„‟ brackets, spaces, full-width digits, a missing 号, traditional 號 and
 * 辦/發 in the prefix, 第 before the serial (稷政办发〔2022〕第31号), a serial in Chinese numerals
 * (令第二十三号), a number closed by 字 instead of 号, a year shortened to two digits (沈政发(97)12号),
 * a line break inside ("（晋\n公通字〔2021〕25号"), decrees and numbered announcements
 * (国务院令第713号, 国务院第591号令, 安宁市人民政府第19号公告, 中华人民共和国国务院令第641号 cited
 * as 国务院令第641号), and — where a whole line or a search box holds nothing else — the shapes a
 * page prints without the usual brackets (稷政办发 2022年31号, (2025年第2號), 〔2019〕第4号).
 * A number that lost a bracket (牟政办发〔201746, 牟政办发2017〕46号) is read — a year is four
 * digits, the serial is what follows — and carries a `problem` so the record says so. An organ's
 * own series (decrees, 通告, 公告) are read in doc-number-series.
 */
import type { DocNumber } from '../model';
import { toSimplified } from '../text/fold-script';
import { foldWidth } from '../text/normalize';
import { describePrefix, lookBack, loadPrefixTable, prefixStart, readsAsPrefix, simplifiedRun, type PrefixTable } from './doc-number-prefix';
import { CLOSE, citedSeriesOrgan, findSeriesNumbers, namedNumber, OPEN, SERIAL, seriesBefore, serialOf, SERIES_WORD, standardCanonical } from './doc-number-series';

export { loadPrefixTable, type PrefixTable } from './doc-number-prefix';

export interface FoundDocNumber extends DocNumber {
  /** Offset of the first character (of the prefix) in the searched text. */
  index: number;
  /** Length in the searched text, up to and including 号 (令, 公告) when written. */
  length: number;
  /** What is wrong with the number as printed (a lost bracket), in Chinese, for a record's messages. */
  problem?: string;
}

/** A number as parsed from a line or a search box; `problem` as in FoundDocNumber. */
export type ParsedDocNumber = DocNumber & { problem?: string };

/** A number printed with a bracket lost: where it stands and what is wrong. */
export interface MalformedDocNumber {
  raw: string;
  index: number;
  length: number;
  /** The number it was read as. */
  canonical: string;
  /** What is wrong, in Chinese, for a record's messages. */
  problem: string;
}

/**
 * 〔2022〕31号, 〔2022〕第31号 (第 kept only for decrees), 〔2022〕33 號, 〔2022〕27, 〔2020〕5字,
 * 〔2019〕第二十三号, (97)12号 (a year shortened: read only where 号 closes it and a 代字 leads it).
 */
const STANDARD = new RegExp(`[${OPEN}]\\s*(\\d{4}|\\d{2})\\s*[${CLOSE}]\\s*(第\\s*)?${SERIAL}(?:\\s*([号號字]))?`, 'g');
/**
 * A number whose closing bracket a page lost (牟政办发〔201746号, 〔2017 46号) or whose opening one
 * it lost (牟政办发2017〕46号). In running text it must end in 号 or at the end of its line.
 */
const UNCLOSED = new RegExp(`[${OPEN}]\\s*(\\d{4})[ \\t]*(\\d{1,5})(?![\\d${CLOSE}])(?:[ \\t]*([号號])|(?=[ \\t]*(?:[\\r\\n]|$)))`, 'g');
const UNOPENED = new RegExp(`(?<![\\d${OPEN}])(\\d{4})\\s*[${CLOSE}]\\s*(第\\s*)?(\\d{1,5})\\s*[号號]`, 'g');

/**
 * What every number needs, in the text as written: four digits in a row (the year, ASCII or
 * full-width), two in brackets (a shortened year), 第 (decrees, announcements) or 令 before digits
 * (a decree cited without 第). Most lines and sentences have none, and are then answered without
 * folding them or running the expressions.
 */
const YEAR_OR_DI = /[0-9\uff10-\uff19]{4}|第|令\s*[0-9\uff10-\uff19]/;
const SHORT_YEAR = /[(（〔［[【﹝][0-9\uff10-\uff19]{2}[)）〕］\]】﹞]/;
/** A digit or 第: one character class, the cheapest scan, rules out most sentences first. */
const DIGIT_OR_DI = /[0-9\uff10-\uff19第]/;

/**
 * The longest text that can be one number as printed: an organ's series with a year and serial
 * (某某自治州某某县人民政府通告（2022年第3号）) is under 40 characters; spaces and brackets a page
 * adds stay well inside this.
 */
const MAX_NUMBER_TEXT = 80;

function mayHoldNumber(text: string): boolean {
  return DIGIT_OR_DI.test(text) && (YEAR_OR_DI.test(text) || SHORT_YEAR.test(text));
}

/** A year as printed: 2022, or 97 / 17 shortened (19xx from 50 on, else 20xx). */
function yearOf(text: string): number {
  const n = Number(text);
  if (text.length !== 2) return n;
  return n >= 50 ? 1900 + n : 2000 + n;
}

/** The prefix before `at` in the folded text: its start index and its simplified form, or undefined. */
function prefixBefore(folded: string, at: number, table: PrefixTable): { index: number; prefix: string } | undefined {
  const run = lookBack(folded, at);
  if (run.chars.length === 0) return undefined;
  const simplified = simplifiedRun(run);
  const start = prefixStart(run, simplified, table);
  return start < 0 ? undefined : { index: run.indexes[start], prefix: simplified.slice(start) };
}

interface StandardParts {
  at: number;
  end: number;
  year: number;
  serial: number;
  printedDi: boolean;
  /** Read from a shape a page damaged: the prefix must then end like a 代字 (or be a known head). */
  strict: boolean;
  problem?: (raw: string, canonical: string) => string;
}

/** 令 right after a number's 号: the number is a decree's. */
const DECREE_AFTER = /^令/;

function pushStandard(text: string, folded: string, parts: StandardParts, table: PrefixTable, found: FoundDocNumber[]): void {
  const { year, serial } = parts;
  if (year < 1949 || year > 2100 || serial === 0) return;
  const series = parts.problem ? undefined : seriesBefore(folded, parts.at, table);
  if (series) {
    found.push(namedNumber(text, series, parts, table));
    return;
  }
  const head = prefixBefore(folded, parts.at, table);
  if (!head || (parts.strict && !readsAsPrefix(head.prefix, table, true))) return;
  // 某部〔2007〕第162号令: an organ's decree cited with its year, 令 after the serial — 令第162号
  // of its series (第N号令 is 令第N号, the year only when it was issued).
  if (parts.printedDi && !parts.problem && DECREE_AFTER.test(folded.slice(parts.end)) && citedSeriesOrgan(head.prefix, table)) {
    const prefix = `${head.prefix}令`;
    const end = parts.end + 1;
    found.push({ canonical: `${prefix}第${serial}号`, raw: text.slice(head.index, end), prefix, serial, kind: 'decree', ...describePrefix(head.prefix, table), index: head.index, length: end - head.index });
    return;
  }
  const canonical = standardCanonical(head.prefix, year, serial, parts.printedDi);
  const raw = text.slice(head.index, parts.end);
  found.push({
    canonical,
    raw,
    prefix: head.prefix,
    year,
    serial,
    kind: 'standard',
    ...describePrefix(head.prefix, table),
    index: head.index,
    length: parts.end - head.index,
    ...(parts.problem ? { problem: parts.problem(raw, canonical) } : {}),
  });
}

const lostBracket = (raw: string, canonical: string) => `发文字号"${raw}"缺少括号${/[号號]\s*$/.test(raw) ? '' : '和"号"'}，按${canonical}读取`;

function findStandard(text: string, folded: string, table: PrefixTable, found: FoundDocNumber[]): void {
  for (const m of folded.matchAll(STANDARD)) {
    const chineseSerial = !/^\d/.test(m[3]);
    const shortYear = m[1].length === 2;
    // A serial in words, or a year in two digits, is a number only where 号 closes it.
    if ((chineseSerial || shortYear) && !/[号號]/.test(m[4] ?? '')) continue;
    const parts = { at: m.index, end: m.index + m[0].length, year: yearOf(m[1]), serial: serialOf(m[3]), printedDi: m[2] !== undefined, strict: shortYear };
    pushStandard(text, folded, parts, table, found);
  }
  for (const m of folded.matchAll(UNCLOSED)) {
    pushStandard(text, folded, { at: m.index, end: m.index + m[0].length, year: Number(m[1]), serial: Number(m[2]), printedDi: false, strict: true, problem: lostBracket }, table, found);
  }
  for (const m of folded.matchAll(UNOPENED)) {
    pushStandard(text, folded, { at: m.index, end: m.index + m[0].length, year: Number(m[1]), serial: Number(m[3]), printedDi: m[2] !== undefined, strict: true, problem: lostBracket }, table, found);
  }
}

/**
 * Every document number in running text, in order.
 *
 * @example findDocNumbers('根据晋农计财发〔2022〕17号文件')[0].canonical // '晋农计财发〔2022〕17号'
 * @example findDocNumbers('《危险化学品安全管理条例》(国务院第591号令)')[0].canonical // '国务院令第591号'
 */
export function findDocNumbers(text: string, table: PrefixTable = loadPrefixTable()): FoundDocNumber[] {
  if (!mayHoldNumber(text)) return [];
  const folded = foldWidth(text);
  const found: FoundDocNumber[] = [];
  findStandard(text, folded, table, found);
  found.push(...findSeriesNumbers(text, folded, table));
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Numbers a page printed with a bracket lost (牟政办发〔201746号): read as the year (four
 * digits) and the serial after it, and reported with the problem, so a record can say so.
 *
 * @example findMalformedDocNumbers('牟政办发〔201746')[0].canonical // '牟政办发〔2017〕46号'
 */
export function findMalformedDocNumbers(text: string, table: PrefixTable = loadPrefixTable()): MalformedDocNumber[] {
  return findDocNumbers(text, table)
    .filter((n) => n.problem)
    .map((n) => ({ raw: n.raw, index: n.index, length: n.length, canonical: n.canonical, problem: n.problem! }));
}

const PRINTED_WITHOUT_BRACKETS = /^([\u3400-\u9fff]{2,12})?\s*(\d{4})\s*年\s*(第\s*)?(\d{1,5})\s*[号號]$/;
const BARE_BRACKETED = new RegExp(`^[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*第\\s*(\\d{1,5})\\s*[号號]$`);
/**
 * Both brackets lost, and perhaps 号 (牟政办发201746号, 丁经开202157, 某政办发2021 12号) — only a
 * line that is nothing else, after a 代字 (印发 20210301, 日期20210507, 邮编200031 have none): a
 * year 19xx/20xx, then a serial, which never starts with 0.
 */
const DIGITS_ONLY = /^([\u3400-\u9fff]{2,12})\s*((?:19|20)\d{2})[ \t]*([1-9]\d{0,3})\s*([号號])?$/;

/**
 * The prefix before a number a page printed without brackets, when it reads as a 代字 — and
 * is not a verb that stands before numbers and dates (印发 20210301 is a date, not 印发〔2021〕301号).
 */
function bracketlessPrefix(written: string | undefined, table: PrefixTable): string | undefined {
  if (!written) return undefined;
  const prefix = toSimplified(written);
  if (table.stopWords.some((word) => prefix.endsWith(word))) return undefined;
  return readsAsPrefix(prefix, table, false) ? prefix : undefined;
}

/**
 * Shapes that are a number only when nothing else stands beside them (a search box, a header
 * line): 稷政办发 2022年31号, 2025年第2号, 〔2019〕第4号, 牟政办发201746号. In running text
 * "2022年31号" is as likely a date and a house number, and a bare 〔2022〕31号 a number whose
 * prefix is elsewhere.
 */
function parsePrinted(text: string, table: PrefixTable): ParsedDocNumber | undefined {
  const folded = foldWidth(text);
  const bare = BARE_BRACKETED.exec(folded);
  if (bare) {
    const [year, serial] = [Number(bare[1]), Number(bare[2])];
    return { canonical: `〔${year}〕第${serial}号`, raw: text, prefix: '', year, serial, kind: 'standard', level: 'unknown' };
  }
  const digits = DIGITS_ONLY.exec(folded);
  const m = PRINTED_WITHOUT_BRACKETS.exec(folded);
  const year = Number(m?.[2] ?? digits?.[2]);
  const serial = Number(m?.[4] ?? digits?.[3]);
  if ((!m && !digits) || year < 1949 || year > 2100 || serial === 0) return undefined;
  if (m && !m[1]) return m[3] ? { canonical: `${year}年第${serial}号`, raw: text, prefix: '', year, serial, kind: 'standard', level: 'unknown' } : undefined;
  // The words before the year must read as a 机关代字 (ending 发, 函, 字 … or a known head): 停电 does not.
  const prefix = bracketlessPrefix(m?.[1] ?? digits?.[1], table);
  if (!prefix) return undefined;
  const canonical = standardCanonical(prefix, year, serial, m?.[3] !== undefined);
  return { canonical, raw: text, prefix, year, serial, kind: 'standard', ...describePrefix(prefix, table), ...(digits ? { problem: lostBracket(text, canonical) } : {}) };
}

/** The text inside one pair of outer brackets — （稷政办发〔2022〕31号） — or the text itself. */
function unwrap(text: string): string {
  const m = new RegExp(`^[${OPEN}]\\s*(.+?)\\s*[${CLOSE}]$`, 'u').exec(text);
  return m && /[号號]$/.test(m[1]) ? m[1] : text;
}

/**
 * One document number written any way, e.g. as a user types it in a search box or a header
 * prints it on a line of its own. Surrounding whitespace and brackets are allowed; anything
 * else makes it not a number.
 *
 * @example parseDocNumber('稷政办发[2022]31 号')?.canonical // '稷政办发〔2022〕31号'
 * @example parseDocNumber('稷政办发 2022年31号')?.canonical // '稷政办发〔2022〕31号'
 * @example parseDocNumber('(2025年第2號)')?.canonical // '2025年第2号'
 * @example parseDocNumber('牟政办发〔201746')?.canonical // '牟政办发〔2017〕46号', with a problem
 */
export function parseDocNumber(text: string, table: PrefixTable = loadPrefixTable()): ParsedDocNumber | undefined {
  // Stages ask this of every paragraph; a whole number is short, so a long text is none before any scan.
  if (text.length > MAX_NUMBER_TEXT || !mayHoldNumber(text)) return undefined;
  const trimmed = text.trim();
  for (const candidate of new Set([trimmed, unwrap(trimmed)])) {
    const [first] = findDocNumbers(candidate, table);
    if (first && first.index === 0 && first.length === candidate.length) {
      const { index: _index, length: _length, ...docNumber } = first;
      return { ...docNumber, raw: trimmed, ...(docNumber.problem ? { problem: lostBracket(trimmed, docNumber.canonical) } : {}) };
    }
    const printed = parsePrinted(candidate, table);
    if (printed) return { ...printed, raw: trimmed };
  }
  return undefined;
}

/**
 * A serial printed on a line of its own under the name of its series: 第23号, （第23号）, 第二号,
 * 〔2021〕第5号, 2022年第3号, （2022年第3号）.
 */
const SERIAL_LINE = new RegExp(`^[${OPEN}]?\\s*(?:(?:\\d{4}\\s*年|[${OPEN}]\\s*\\d{4}\\s*[${CLOSE}])\\s*(?:第\\s*)?|第\\s*)${SERIAL}\\s*[号號]\\s*[${CLOSE}]?$`);

/**
 * The number a head prints over two lines: the name of an organ's series — its decrees
 * (某市人民政府令) or announcements (某县人民政府通告) — and the serial on the next line
 * (（第23号）, 2022年第3号), read as one: 某市人民政府令第23号, 某县人民政府通告2022年第3号.
 * Undefined unless the name is an organ and a series word alone and the line a serial alone
 * (某区人民政府森林防火禁火令 / 2025年第2号 names no organ's series: the number stays as printed).
 *
 * @example numberUnderName('某市人民政府令', '（第23号）')?.canonical // '某市人民政府令第23号'
 */
export function numberUnderName(name: string, line: string, table: PrefixTable = loadPrefixTable()): ParsedDocNumber | undefined {
  // The serial line first: most lines are none, and the name may be a whole paragraph to convert.
  const serial = foldWidth(line).trim();
  if (!SERIAL_LINE.test(serial)) return undefined;
  const head = toSimplified(foldWidth(name).replace(/\s+/g, ''));
  const word = SERIES_WORD.exec(head)?.[1];
  if (!word || !citedSeriesOrgan(head.slice(0, -word.length), table)) return undefined;
  return parseDocNumber(`${head}${serial}`, table);
}

/** Canonical form of a number written any way, or undefined: the key for lookups. */
export function canonicalDocNumber(text: string): string | undefined {
  return parseDocNumber(text)?.canonical;
}

/** A 代字 ending in 函 (国办函, 苍教办函, 陕自然资矿保函): the series of letters an organ numbers. */
const LETTER_SERIES = /函$/;

/**
 * The 文种 a number's series tells where the title names none (a page that printed no title):
 * 函 for a letters' series, else undefined.
 *
 * @example seriesType('苍教办函〔2011〕26号') // '函'
 */
export function seriesType(number: DocNumber | undefined): string | undefined {
  return number && LETTER_SERIES.test(number.prefix) ? '函' : undefined;
}
