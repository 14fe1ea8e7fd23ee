/**
 * @module domain/doc-number
 * 发文字号: finding and canonicalising document numbers however they are written —
 * 〔〕（）()[]【】［］﹝﹞„‟ brackets, spaces, full-width digits, a missing 号, traditional 號,
 * a line break inside ("（晋\n公通字〔2021〕25号"), and decrees (国务院令第713号).
 */
import type { DocNumber, Level } from '../model';
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
  notInPrefix: string;
}

export interface FoundDocNumber extends DocNumber {
  /** Offset of the first character (of the prefix) in the searched text. */
  index: number;
  /** Length in the searched text, up to and including 号 when written. */
  length: number;
}

const OPEN = '〔（(\\[【［﹝„〖';
const CLOSE = '〕）)\\]】］﹞‟"〗';
const STANDARD = new RegExp(`[${OPEN}]\\s*(\\d{4})\\s*[${CLOSE}]\\s*(\\d{1,5})(?:\\s*([号號]))?`, 'g');
const DECREE = /令\s*第\s*(\d{1,5})\s*[号號]/g;
const CJK = /[\u3400-\u9fff]/;
/** The longest prefix we look back for: 中华人民共和国国务院令 is 11 characters. */
const MAX_PREFIX = 12;

/**
 * What every number needs, in the text as written: four digits in a row (the year, ASCII or
 * full-width) or the 令 of a decree. Most lines and sentences have neither, and are then
 * answered without folding them or running the expressions.
 */
const MAY_HOLD_NUMBER = /[0-9\uff10-\uff19]{4}|令/;

let defaultTable: PrefixTable | undefined;

/** The prefix table in data/doc-number-prefixes.json. */
export function loadPrefixTable(): PrefixTable {
  defaultTable ??= loadDataJson<PrefixTable>('doc-number-prefixes.json');
  return defaultTable;
}

/**
 * The CJK characters right before `end`, skipping whitespace (a number broken over a line),
 * as a list of [char, index] from left to right.
 */
function lookBack(text: string, end: number): Array<[string, number]> {
  const chars: Array<[string, number]> = [];
  for (let i = end - 1; i >= 0 && chars.length < MAX_PREFIX; i--) {
    const ch = text[i];
    if (/\s/.test(ch)) continue;
    if (!CJK.test(ch)) break;
    chars.unshift([ch, i]);
  }
  return chars;
}

/** Where the prefix starts inside the run before a bracket; -1 when there is none. */
function prefixStart(run: string, table: PrefixTable): number {
  // Cut after the last stop word: 根据晋农计财发 → 晋农计财发.
  let from = 0;
  for (const word of table.stopWords) {
    const at = run.lastIndexOf(word);
    if (at >= 0 && at + word.length > from && at + word.length < run.length) from = at + word.length;
  }
  const rest = run.slice(from);
  // The earliest known head after which no character says "this is a name, not a 代字".
  for (let i = 0; i < rest.length; i++) {
    const head = matchHead(rest.slice(i), table);
    if (!head) continue;
    const tail = rest.slice(i + head.head.length);
    if ([...tail].some((ch) => table.notInPrefix.includes(ch))) continue;
    return from + i;
  }
  // Unknown issuer: keep a short run that ends like a prefix (…发, …函, …字).
  if (rest.length === 0) return -1;
  const start = Math.max(0, rest.length - 6);
  return from + start;
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
 * Every document number in running text, in order.
 *
 * @example findDocNumbers('根据晋农计财发〔2022〕17号文件')[0].canonical // '晋农计财发〔2022〕17号'
 */
export function findDocNumbers(text: string, table: PrefixTable = loadPrefixTable()): FoundDocNumber[] {
  if (!MAY_HOLD_NUMBER.test(text)) return [];
  const folded = foldWidth(text);
  const found: FoundDocNumber[] = [];
  for (const match of folded.matchAll(STANDARD)) {
    const run = lookBack(folded, match.index);
    if (run.length === 0) continue;
    const start = prefixStart(run.map(([c]) => c).join(''), table);
    if (start < 0) continue;
    const prefix = run.slice(start).map(([c]) => c).join('');
    const index = run[start][1];
    const year = Number(match[1]);
    const serial = Number(match[2]);
    if (year < 1949 || year > 2100 || serial === 0) continue;
    const end = match.index + match[0].length;
    found.push({
      canonical: `${prefix}〔${year}〕${serial}号`,
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
  for (const match of folded.matchAll(DECREE)) {
    const run = lookBack(folded, match.index + 1);
    // The run ends with 令 itself; the issuer is what precedes it.
    const start = prefixStart(run.map(([c]) => c).join(''), table);
    if (run.length < 2 || start < 0) continue;
    const prefix = run.slice(start).map(([c]) => c).join('');
    if (prefix.length < 2) continue;
    const index = run[start][1];
    const end = match.index + match[0].length;
    found.push({
      canonical: `${prefix}第${Number(match[1])}号`,
      raw: text.slice(index, end),
      prefix,
      serial: Number(match[1]),
      kind: 'decree',
      ...describe(prefix, table),
      index,
      length: end - index,
    });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * One document number written any way, e.g. as a user types it in a search box.
 * Surrounding whitespace and brackets are allowed; anything else makes it not a number.
 *
 * @example parseDocNumber('稷政办发[2022]31 号')?.canonical // '稷政办发〔2022〕31号'
 */
export function parseDocNumber(text: string, table: PrefixTable = loadPrefixTable()): DocNumber | undefined {
  if (!MAY_HOLD_NUMBER.test(text)) return undefined;
  const trimmed = text.trim().replace(/^[（(【\[]\s*(?=\S+[〔（(\[【［﹝]\d)/u, '').replace(/\s*[）)】\]]$/u, (m, offset: number, s: string) =>
    /[号號\d]\s*[）)】\]]$/u.test(s) ? '' : m,
  );
  const [first] = findDocNumbers(trimmed, table);
  if (!first || first.index !== 0 || first.length !== trimmed.length) return undefined;
  const { index: _index, length: _length, ...docNumber } = first;
  return { ...docNumber, raw: text.trim() };
}

/** Canonical form of a number written any way, or undefined: the key for lookups. */
export function canonicalDocNumber(text: string): string | undefined {
  return parseDocNumber(text)?.canonical;
}
