/**
 * @module domain/doc-number-prefix
 * Where a 发文字号's prefix (机关代字) or a decree's organ starts, read backwards from the number:
 * the CJK characters before it (across a line break or spaces), cut after words that stand
 * before numbers in running text (根据, 和 …) but never inside a name kept whole
 * (中华人民共和国), and described by the prefix table (level, region). Pure; the table is data
 * (data/doc-number-prefixes.json).
 */
import type { Level } from '../model';
import { toSimplified } from '../text/fold-script';
import { loadDataJson } from './load-data';

interface PrefixHead {
  head: string;
  level: Level;
  region: string;
  /** Stems the region's government numbers with (湘政 → 湘政发, 湘政函): domain/code-issuer. */
  governments?: string[];
  /** Stems its general office numbers with (湘政办, 赣府厅, 川办). */
  offices?: string[];
}

/** The closed set of the State Council's and the provinces' government 代字 (domain/code-issuer). */
export interface GovernmentCodes {
  /** What follows a stem in a whole 代字: '' (粤府), 发, 函, 字 … */
  ends: string[];
  /** The organ after a province's region, by the kind of stem. */
  organs: { governments: string; offices: string };
  /** A county government's office. */
  countyOffice: string;
  /** What a province's name ends with that its short name drops (省, 自治区, 壮族自治区 …). */
  regionEndings: string[];
  /** The first year the organs had these names: the State Council's, and a province's or a place's government. */
  since: { national: number; local: number };
}

export interface PrefixTable {
  heads: PrefixHead[];
  stopWords: string[];
  lastChars: string;
  /** What a prefix ends with when read from a number printed without brackets (稷政办发 2022年31号). */
  bracketlessLastChars: string;
  /** Longer endings that count as bracketlessLastChars do (经开: 丁经开202157). */
  bracketlessLastWords: string[];
  /** Endings of organs that number their own series, besides the grammar's issuing bodies (领导小组). */
  seriesOrganSuffixes: string[];
  /** Last characters of an organ's name: a head after one starts the 代字 even inside a bracket. */
  organEnds: string;
  notInPrefix: string;
  /** Names a stop word never cuts (the 和 of 中华人民共和国). */
  keptWhole: string[];
  /** Stop words that join two things (和, 及): they cut only after something they can join. */
  conjunctions: string[];
  /** What ends a whole number (号): a conjunction right after it joins two numbers, never opens a 代字. */
  numberEnds: string[];
  /** Words a decree's organ is printed with but cited without (中华人民共和国国务院令 is 国务院令). */
  droppedBeforeOrgan: string[];
  governmentCodes: GovernmentCodes;
}

/** CJK characters before a number, left to right, with where a line break or space parted them. */
export interface Run {
  chars: string[];
  indexes: number[];
  /** Positions k in chars with whitespace between chars[k - 1] and chars[k]. */
  gaps: number[];
  /** True when an opening bracket stands right before the run: "(永川委办发" is one whole 代字. */
  opened?: boolean;
  /** True when the run starts the text or a field's value (发文字号：来苏委发…): nothing precedes it. */
  alone?: boolean;
}

const CJK = /[\u3400-\u9fff]/;
/** Brackets a citation opens before a number: 《…》(联防联控机制综发〔2022〕101号). */
const OPENING = /[(（【[]/;
/** The longest 代字 read whole after an opening bracket; a longer run is a sentence. */
const MAX_BRACKETED = 10;
/** The characters that end a date's parts (2019年9月19日): no organ's code starts with one after a digit. */
const DATE_UNIT = '年月日';
/** The longest prefix we look back for: 中华人民共和国国务院令 is 11 characters. */
const MAX_PREFIX = 12;

let defaultTable: PrefixTable | undefined;

/** The prefix table in data/doc-number-prefixes.json. */
export function loadPrefixTable(): PrefixTable {
  defaultTable ??= loadDataJson<PrefixTable>('doc-number-prefixes.json');
  return defaultTable;
}

/** The CJK characters right before `end`, skipping whitespace (a number broken over a line). */
export function lookBack(text: string, end: number, max = MAX_PREFIX): Run {
  const chars: string[] = [];
  const indexes: number[] = [];
  const gapsFromEnd: number[] = [];
  let spaced = false;
  let opened = false;
  let alone = false;
  for (let i = end - 1; i >= 0 && chars.length < max; i--) {
    const ch = text[i];
    if (/\s/.test(ch)) {
      spaced = chars.length > 0;
      continue;
    }
    if (!CJK.test(ch)) {
      opened = !spaced && OPENING.test(ch);
      alone = /[:：]/.test(ch);
      break;
    }
    if (spaced) gapsFromEnd.push(chars.length);
    spaced = false;
    chars.push(ch);
    indexes.push(i);
  }
  if (chars.length < max && (indexes.at(-1) ?? end) === 0) alone = true;
  chars.reverse();
  indexes.reverse();
  const gaps = gapsFromEnd.map((k) => chars.length - k).reverse();
  // An organ's code never starts inside a date: "2019年9月19日市政府令第1号" is 市政府's, and so is
  // "二〇一九年九月十九日市政府令第1号" — a date in Chinese numerals is CJK and ran into the look-back.
  const dateEnd = chars.length > 1 && DATE_UNIT.includes(chars[0]) && /\d/.test(text[indexes[0] - 1] ?? '') ? 1 : chineseDateEnd(chars.join(''));
  if (dateEnd > 0 && dateEnd < chars.length) {
    return { chars: chars.slice(dateEnd), indexes: indexes.slice(dateEnd), gaps: gaps.map((k) => k - dateEnd).filter((k) => k > 0) };
  }
  return { chars, indexes, gaps, opened, alone };
}

/** A day written in Chinese numerals (…九年四月二十一日, its year cut off or not): no organ's name holds one. */
const CHINESE_DAY = /[〇○零一二三四五六七八九十]{1,3}月[〇○零一二三四五六七八九十]{1,3}日/g;

/** Where the last day in Chinese numerals ends in the run, or 0. */
function chineseDateEnd(run: string): number {
  let end = 0;
  for (const m of run.matchAll(CHINESE_DAY)) end = m.index! + m[0].length;
  return end;
}

/** The run folded to simplified characters, so 辦/發 match the table; as written if folding changes its length. */
export function simplifiedRun(run: Run): string {
  const written = run.chars.join('');
  const folded = toSimplified(written);
  return folded.length === written.length ? folded : written;
}

/** True when position `at` of the run lies inside a name kept whole (the 和 of 中华人民共和国). */
function insideKeptName(run: string, at: number, length: number, table: PrefixTable): boolean {
  return table.keptWhole.some((name) => {
    for (let k = run.indexOf(name); k >= 0; k = run.indexOf(name, k + 1)) {
      if (at >= k && at + length <= k + name.length) return true;
    }
    return false;
  });
}

/**
 * Where a stop word last ends in the run (根据晋农计财发 → after 根据), or 0. A conjunction cuts
 * only where it can join something: not first after a line break, a bracket or another stop
 * word (（和政发, 根据和政发: 和顺's 代字), but after text (《…》和晋政发, 甲和乙发) or a whole
 * number's 号 (某发〔2017〕8号和某办文〔2017〕94号).
 */
function afterStopWords(run: Run, text: string, table: PrefixTable): number {
  let from = 0;
  // After a whole number's end (…8号和邵办文〔2017〕94号) a conjunction joins the two numbers.
  const afterNumber = () => from > 0 && table.numberEnds.includes(text[from - 1]);
  const cut = (words: string[], joins: boolean) => {
    for (const word of words) {
      for (let at = text.lastIndexOf(word); at >= 0; at = at > 0 ? text.lastIndexOf(word, at - 1) : -1) {
        if (insideKeptName(text, at, word.length, table)) continue;
        if (joins && (at < from || (at === from && from > 0 && !afterNumber()) || startsAlone(run, at))) break;
        if (at + word.length > from && at + word.length < text.length) from = at + word.length;
        break;
      }
    }
  };
  const conjunctions = new Set(table.conjunctions);
  cut(table.stopWords.filter((w) => !conjunctions.has(w)), false);
  cut(table.conjunctions, true);
  return from;
}

/** The start of the text after the run's last line break or space, when at least two characters follow it. */
function afterLastGap(run: Run, from: number): number {
  const gap = run.gaps.filter((k) => k > from).at(-1);
  return gap !== undefined && run.chars.length - gap >= 2 ? gap : from;
}

export function matchHead(prefix: string, table: PrefixTable): PrefixHead | undefined {
  let best: PrefixHead | undefined;
  for (const head of table.heads) {
    if (prefix.startsWith(head.head) && (!best || head.head.length > best.head.length)) best = head;
  }
  return best;
}

/** True when the run opens with a bracket, holds no stop word, no break and no place word, and is short. */
function wholeInBrackets(run: Run, from: number, rest: string, table: PrefixTable): boolean {
  if (run.opened !== true || from !== 0 || run.gaps.length > 0 || rest.length > MAX_BRACKETED || rest.length < 2) return false;
  if ([...rest].some((ch) => table.notInPrefix.includes(ch))) return false;
  // An organ named before its code (国家发展改革委发改环资) is no part of it.
  for (let i = 1; i < rest.length; i++) if (table.organEnds.includes(rest[i - 1]) && matchHead(rest.slice(i), table)) return false;
  return true;
}

/** True when nothing but a line break, a space or a field's colon stands before the run's k-th character. */
function startsAlone(run: Run, k: number): boolean {
  return k === 0 ? run.alone === true || run.opened === true : run.gaps.includes(k);
}

/** Where a 机关代字 starts inside the run before a bracket; -1 when there is none. */
export function prefixStart(run: Run, text: string, table: PrefixTable): number {
  const from = afterStopWords(run, text, table);
  const rest = text.slice(from);
  if (rest.length === 0) return -1;
  // A citation's bracket holds the number alone: every character between it and the number is
  // the 代字, even where a head's character stands inside (永川委办发 is 永川's, not 四川's).
  if (wholeInBrackets(run, from, rest, table)) return from;
  // The earliest known head after which no character says "this is a name, not a 代字".
  for (let i = 0; i < rest.length; i++) {
    const head = matchHead(rest.slice(i), table);
    if (!head) continue;
    const tail = rest.slice(i + head.head.length);
    if ([...tail].some((ch) => table.notInPrefix.includes(ch))) continue;
    // A ministry's one-character head (建, 财, 农) after two or more characters of a 代字 is a
    // character of that 代字: 温法建领办 is 温州's, not 住建部's.
    if (head.head.length === 1 && head.level === 'national' && i >= 2 && !run.gaps.some((k) => k > from && k <= from + i) && ![...rest.slice(0, i)].some((ch) => table.notInPrefix.includes(ch))) continue;
    // One character before a place's one-character head, where nothing precedes the run, is the
    // first of a place's two: 来苏委发 is 来苏's, not 江苏's.
    if (i >= 1 && head.head.length === 1 && head.level !== 'national' && startsAlone(run, from + i - 1) && !run.gaps.includes(from + i)) return from + i - 1;
    // One character before a national head, standing at the start of its line, abbreviates a
    // place: 海发改办 is 海口's, not 发改委's.
    const startsLine = (k: number) => k === 0 || run.gaps.includes(from + k);
    if (i >= 1 && head.level === 'national' && startsLine(i - 1) && !startsLine(i) && !table.notInPrefix.includes(rest[i - 1])) return from + i - 1;
    return from + i;
  }
  // Unknown issuer: a short run after the last line break (有效性 有效\n梁政发), else its last six characters.
  const afterGap = afterLastGap(run, from);
  if (afterGap > from) return afterGap;
  // …unless the run stands alone from its line's start: a number on a line of its own is all
  // 代字 before its bracket, a long one too (穗天科工信规字〔2023〕1号).
  if (startsAlone(run, from) && rest.length <= MAX_PREFIX && ![...rest].some((ch) => table.notInPrefix.includes(ch))) return from;
  return from + Math.max(0, rest.length - 6);
}

/** Where an issuing organ's name starts before 令/公告: stop words cut it, a line break ends it. */
export function organStart(run: Run, text: string, table: PrefixTable): number {
  const from = afterStopWords(run, text, table);
  return from >= text.length ? -1 : afterLastGap(run, from);
}

/** The organ as a decree is cited: 中华人民共和国国务院 → 国务院 (the words dropped are data). */
export function citedOrgan(organ: string, table: PrefixTable): string {
  const dropped = table.droppedBeforeOrgan.find((word) => organ.startsWith(word) && organ.length - word.length >= 2);
  return dropped ? organ.slice(dropped.length) : organ;
}

/**
 * True when words before a number that lacks its usual brackets can be its 代字: a known head,
 * or ending like one — as bracketlessLastChars says where no bracket is printed at all (停电
 * 2022年31号 is no number), as either list says where a page lost one bracket of two.
 */
export function readsAsPrefix(prefix: string, table: PrefixTable, oneBracketLeft: boolean): boolean {
  const last = prefix.at(-1) ?? '';
  const ends = oneBracketLeft ? table.lastChars + table.bracketlessLastChars : table.bracketlessLastChars;
  return ends.includes(last) || table.bracketlessLastWords.some((w) => prefix.endsWith(w)) || matchHead(prefix, table) !== undefined;
}

/** A government's 代字 after a place's head: 政 or 府, or 市/县 before them (苏府办, 赣市府发, 吉市政发). */
const GOVERNMENT_AFTER_HEAD = /^[市县]?[政府]/;

/**
 * The level and region a 代字's head gives. A government's 代字 on a province's head that is not
 * the province's own stem (苏府办 where 江苏 numbers 苏政办; 赣市府发) is a city's: no level.
 */
export function describePrefix(prefix: string, table: PrefixTable): { level: Level; region?: string } {
  const head = matchHead(prefix, table);
  if (!head) return { level: 'unknown' };
  const stems = [...(head.governments ?? []), ...(head.offices ?? [])];
  const rest = prefix.slice(head.head.length);
  if (stems.length > 0 && GOVERNMENT_AFTER_HEAD.test(rest) && !stems.some((s) => prefix.startsWith(s))) return { level: 'unknown' };
  return { level: head.level, region: head.region };
}
