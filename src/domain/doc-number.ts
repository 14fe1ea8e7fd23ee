/**
 * @module domain/doc-number
 * 发文字号: finding and canonicalising document numbers however they are written —
 * 〔〕（）()[]【】［］﹝﹞„‟ brackets, spaces, full-width digits, a missing 号, traditional 號 and
 * 辦/發 in the prefix, 第 before the serial (稷政办发〔2022〕第31号), a line break inside
 * ("（晋\n公通字〔2021〕25号"), decrees and numbered announcements (国务院令第713号, 国务院第591号令,
 * 安宁市人民政府第19号公告), and — where a whole line or a search box holds nothing else — the
 * shapes a page prints without the usual brackets (稷政办发 2022年31号, (2025年第2號), 〔2019〕第4号).
 * A number that lost its closing bracket (牟政办发〔201746) is reported apart, as written.
 */
import type { DocNumber, Level } from '../model';
import { toSimplified } from '../text/fold-script';
import { foldWidth } from '../text/normalize';
import { loadDataJson } from './load-data';

interface PrefixHead {
  head: string;
  level: Level;
  region: string;
}

export interface PrefixTable {
  heads: PrefixHead[];
  stopWords: string[];
  lastChars: string;
  /** What a prefix ends with when read from a number printed without brackets (稷政办发 2022年31号). */
  bracketlessLastChars: string;
  notInPrefix: string;
}

export interface FoundDocNumber extends DocNumber {
  /** Offset of the first character (of the prefix) in the searched text. */
  index: number;
  /** Length in the searched text, up to and including 号 (令, 公告) when written. */
  length: number;
}

/** A number printed without its closing bracket: kept as written, never given a canonical form. */
export interface MalformedDocNumber {
  raw: string;
  index: number;
  length: number;
  /** What is wrong, in Chinese, for a record's messages. */
  problem: string;
}

const OPEN = '〔（(\\[【［﹝„〖';
const CLOSE = '〕）)\\]】］﹞‟"〗';
/** 〔2022〕31号, 〔2022〕第31号 (第 kept only for decrees), 〔2022〕33 號, 〔2022〕27. */
const STANDARD = new RegExp(`[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*(第\\s*)?(\\d{1,5})(?:\\s*([号號]))?`, 'g');
/**
 * A series numbered without a year: 令第713号, 第591号令, 第19号公告. The kind word (令, 公告)
 * stands before 第 or after 号; a 第N号 with neither is an ordinal, not a number.
 */
const SERIES = /(令|公告)?\s*第\s*(\d{1,5})\s*[号號]\s*(令|公告)?/g;
/** The opening bracket and year of a number whose closing bracket is missing: 〔201746. */
const UNCLOSED = new RegExp(`[${OPEN}]\\s*(\\d{5,9})(?![\\d${CLOSE}])`, 'g');
const CJK = /[\u3400-\u9fff]/;
/** The characters that end a date's parts (2019年9月19日): no organ's code starts with one after a digit. */
const DATE_UNIT = '年月日';
/** The longest prefix we look back for: 中华人民共和国国务院令 is 11 characters. */
const MAX_PREFIX = 12;

/**
 * What every number needs, in the text as written: four digits in a row (the year, ASCII or
 * full-width) or 第 (decrees, announcements). Most lines and sentences have neither, and are
 * then answered without folding them or running the expressions.
 */
const MAY_HOLD_NUMBER = /[0-9\uff10-\uff19]{4}|第/;

let defaultTable: PrefixTable | undefined;

/** The prefix table in data/doc-number-prefixes.json. */
export function loadPrefixTable(): PrefixTable {
  defaultTable ??= loadDataJson<PrefixTable>('doc-number-prefixes.json');
  return defaultTable;
}

/** CJK characters before a number, left to right, with where a line break or space parted them. */
interface Run {
  chars: string[];
  indexes: number[];
  /** Positions k in chars with whitespace between chars[k - 1] and chars[k]. */
  gaps: number[];
}

/** The CJK characters right before `end`, skipping whitespace (a number broken over a line). */
function lookBack(text: string, end: number): Run {
  const chars: string[] = [];
  const indexes: number[] = [];
  const gapsFromEnd: number[] = [];
  let spaced = false;
  for (let i = end - 1; i >= 0 && chars.length < MAX_PREFIX; i--) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      spaced = chars.length > 0;
      continue;
    }
    if (!CJK.test(ch)) break;
    if (spaced) gapsFromEnd.push(chars.length);
    spaced = false;
    chars.push(ch);
    indexes.push(i);
  }
  chars.reverse();
  indexes.reverse();
  const gaps = gapsFromEnd.map((k) => chars.length - k).reverse();
  // An organ's code never starts inside a date: "2019年9月19日市政府令第1号" is 市政府's.
  if (chars.length > 1 && DATE_UNIT.includes(chars[0]) && /\d/.test(text[indexes[0] - 1] ?? '')) {
    return { chars: chars.slice(1), indexes: indexes.slice(1), gaps: gaps.map((k) => k - 1).filter((k) => k > 0) };
  }
  return { chars, indexes, gaps };
}

/** The run folded to simplified characters, so 辦/發 match the table; as written if folding changes its length. */
function simplifiedRun(run: Run): string {
  const written = run.chars.join('');
  const folded = toSimplified(written);
  return folded.length === written.length ? folded : written;
}

/** Where a stop word last ends in the run (根据晋农计财发 → after 根据), or 0. */
function afterStopWords(run: string, table: PrefixTable): number {
  let from = 0;
  for (const word of table.stopWords) {
    const at = run.lastIndexOf(word);
    if (at >= 0 && at + word.length > from && at + word.length < run.length) from = at + word.length;
  }
  return from;
}

/** The start of the text after the run's last line break or space, when at least two characters follow it. */
function afterLastGap(run: Run, from: number): number {
  const gap = run.gaps.filter((k) => k > from).at(-1);
  return gap !== undefined && run.chars.length - gap >= 2 ? gap : from;
}

/** Where a 机关代字 starts inside the run before a bracket; -1 when there is none. */
function prefixStart(run: Run, text: string, table: PrefixTable): number {
  const from = afterStopWords(text, table);
  const rest = text.slice(from);
  if (rest.length === 0) return -1;
  // The earliest known head after which no character says "this is a name, not a 代字".
  for (let i = 0; i < rest.length; i++) {
    const head = matchHead(rest.slice(i), table);
    if (!head) continue;
    const tail = rest.slice(i + head.head.length);
    if ([...tail].some((ch) => table.notInPrefix.includes(ch))) continue;
    // One character before a national head, standing at the start of its line, abbreviates a
    // place: 海发改办 is 海口's, not 发改委's.
    const startsLine = (k: number) => k === 0 || run.gaps.includes(from + k);
    if (i >= 1 && head.level === 'national' && startsLine(i - 1) && !startsLine(i) && !table.notInPrefix.includes(rest[i - 1])) return from + i - 1;
    return from + i;
  }
  // Unknown issuer: a short run after the last line break (有效性 有效\n梁政发), else its last six characters.
  const afterGap = afterLastGap(run, from);
  if (afterGap > from) return afterGap;
  return from + Math.max(0, rest.length - 6);
}

/** Where an issuing organ's name starts before 令/公告: stop words cut it, a line break ends it. */
function organStart(run: Run, text: string, table: PrefixTable): number {
  const from = afterStopWords(text, table);
  return from >= text.length ? -1 : afterLastGap(run, from);
}

function matchHead(prefix: string, table: PrefixTable): PrefixHead | undefined {
  let best: PrefixHead | undefined;
  for (const head of table.heads) {
    if (prefix.startsWith(head.head) && (!best || head.head.length > best.head.length)) best = head;
  }
  return best;
}

function describe(prefix: string, table: PrefixTable): { level: Level; region?: string } {
  const head = matchHead(prefix, table);
  return head ? { level: head.level, region: head.region } : { level: 'unknown' };
}

/**
 * Canonical 〔year〕 form: a decree keeps 第 where it printed one (政府令〔2010〕第15号, but
 * 沈政令〔1997〕29号); other numbers drop it (稷政办发〔2022〕第31号 is 稷政办发〔2022〕31号).
 */
function standardCanonical(prefix: string, year: number, serial: number, printedDi: boolean): string {
  return prefix.endsWith('令') && printedDi ? `${prefix}〔${year}〕第${serial}号` : `${prefix}〔${year}〕${serial}号`;
}

function findStandard(text: string, folded: string, table: PrefixTable, found: FoundDocNumber[]): void {
  for (const match of folded.matchAll(STANDARD)) {
    const run = lookBack(folded, match.index);
    if (run.chars.length === 0) continue;
    const simplified = simplifiedRun(run);
    const start = prefixStart(run, simplified, table);
    if (start < 0) continue;
    const prefix = simplified.slice(start);
    const index = run.indexes[start];
    const year = Number(match[1]);
    const serial = Number(match[3]);
    if (year < 1949 || year > 2100 || serial === 0) continue;
    const end = match.index + match[0].length;
    found.push({
      canonical: standardCanonical(prefix, year, serial, match[2] !== undefined),
      raw: text.slice(index, end),
      prefix,
      year,
      serial,
      kind: 'standard',
      ...describe(prefix, table),
      index,
      length: end - index,
    });
  }
}

function findSeries(text: string, folded: string, table: PrefixTable, found: FoundDocNumber[]): void {
  for (const match of folded.matchAll(SERIES)) {
    const word = match[1] ?? match[3];
    if (!word || (match[1] && match[3])) continue;
    const run = lookBack(folded, match.index);
    const simplified = simplifiedRun(run);
    const start = organStart(run, simplified, table);
    if (start < 0) continue;
    const organ = simplified.slice(start);
    if (organ.length < 2) continue;
    const serial = Number(match[2]);
    const index = run.indexes[start];
    // Trailing spaces the expression took after 号 are not part of the number.
    const end = match.index + match[0].trimEnd().length;
    const isDecree = word === '令';
    const described = describe(`${organ}${word}`, table);
    found.push({
      canonical: isDecree ? `${organ}令第${serial}号` : `${organ}第${serial}号公告`,
      raw: text.slice(index, end),
      prefix: `${organ}${word}`,
      serial,
      kind: 'decree',
      ...(described.level === 'unknown' ? describe(organ, table) : described),
      index,
      length: end - index,
    });
  }
}

/**
 * Every document number in running text, in order.
 *
 * @example findDocNumbers('根据晋农计财发〔2022〕17号文件')[0].canonical // '晋农计财发〔2022〕17号'
 * @example findDocNumbers('《危险化学品安全管理条例》(国务院第591号令)')[0].canonical // '国务院令第591号'
 */
export function findDocNumbers(text: string, table: PrefixTable = loadPrefixTable()): FoundDocNumber[] {
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const folded = foldWidth(text);
  const found: FoundDocNumber[] = [];
  findStandard(text, folded, table, found);
  if (folded.includes('第')) findSeries(text, folded, table, found);
  return found.sort((a, b) => a.index - b.index);
}

/**
 * Numbers whose closing bracket is missing (牟政办发〔201746): a page lost characters. They are
 * not guessed at — the year and serial cannot be told apart — but reported as written.
 *
 * @example findMalformedDocNumbers('牟政办发〔201746')[0].raw // '牟政办发〔201746'
 */
export function findMalformedDocNumbers(text: string, table: PrefixTable = loadPrefixTable()): MalformedDocNumber[] {
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const folded = foldWidth(text);
  const found: MalformedDocNumber[] = [];
  for (const match of folded.matchAll(UNCLOSED)) {
    const year = Number(match[1].slice(0, 4));
    if (year < 1949 || year > 2100) continue;
    const run = lookBack(folded, match.index);
    if (run.chars.length === 0) continue;
    const start = prefixStart(run, simplifiedRun(run), table);
    if (start < 0) continue;
    const index = run.indexes[start];
    const after = folded.slice(match.index + match[0].length).match(/^\s*[号號]/);
    const end = match.index + match[0].length + (after ? after[0].length : 0);
    const raw = text.slice(index, end);
    found.push({ raw, index, length: end - index, problem: `发文字号"${raw}"缺少右括号，年份与序号无法分开，按原样保留` });
  }
  return found;
}

const PRINTED_WITHOUT_BRACKETS = /^([\u3400-\u9fff]{2,12})?\s*(\d{4})\s*年\s*(第\s*)?(\d{1,5})\s*[号號]$/;
const BARE_BRACKETED = new RegExp(`^[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*第\\s*(\\d{1,5})\\s*[号號]$`);

/**
 * Shapes that are a number only when nothing else stands beside them (a search box, a header
 * line): 稷政办发 2022年31号, 2025年第2号, 〔2019〕第4号. In running text "2022年31号" is as
 * likely a date and a house number, and a bare 〔2022〕31号 a number whose prefix is elsewhere.
 */
function parsePrinted(text: string, table: PrefixTable): DocNumber | undefined {
  const folded = foldWidth(text);
  const bare = BARE_BRACKETED.exec(folded);
  if (bare) {
    const [year, serial] = [Number(bare[1]), Number(bare[2])];
    return { canonical: `〔${year}〕第${serial}号`, raw: text, prefix: '', year, serial, kind: 'standard', level: 'unknown' };
  }
  const m = PRINTED_WITHOUT_BRACKETS.exec(folded);
  if (!m) return undefined;
  const year = Number(m[2]);
  const serial = Number(m[4]);
  if (year < 1949 || year > 2100 || serial === 0) return undefined;
  if (!m[1]) return m[3] ? { canonical: `${year}年第${serial}号`, raw: text, prefix: '', year, serial, kind: 'standard', level: 'unknown' } : undefined;
  const prefix = toSimplified(m[1]);
  // The words before the year must read as a 机关代字 (ending 发, 函, 字 … or a known head): 停电 does not.
  if (!table.bracketlessLastChars.includes(prefix.at(-1)!) && !matchHead(prefix, table)) return undefined;
  return { canonical: standardCanonical(prefix, year, serial, m[3] !== undefined), raw: text, prefix, year, serial, kind: 'standard', ...describe(prefix, table) };
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
 */
export function parseDocNumber(text: string, table: PrefixTable = loadPrefixTable()): DocNumber | undefined {
  if (!MAY_HOLD_NUMBER.test(text)) return undefined;
  const trimmed = text.trim();
  for (const candidate of new Set([trimmed, unwrap(trimmed)])) {
    const [first] = findDocNumbers(candidate, table);
    if (first && first.index === 0 && first.length === candidate.length) {
      const { index: _index, length: _length, ...docNumber } = first;
      return { ...docNumber, raw: trimmed };
    }
    const printed = parsePrinted(candidate, table);
    if (printed) return { ...printed, raw: trimmed };
  }
  return undefined;
}

/** Canonical form of a number written any way, or undefined: the key for lookups. */
export function canonicalDocNumber(text: string): string | undefined {
  return parseDocNumber(text)?.canonical;
}
