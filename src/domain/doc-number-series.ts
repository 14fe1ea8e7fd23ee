/**
 * @module domain/doc-number-series
 * Numbers an organ gives its own series — its decrees (令) and announcements (通告, 公告) — named
 * by the organ, not by a 代字: 国务院令第713号, 安宁市人民政府第19号公告, 某市人民政府令（第23号）,
 * 河北省人民政府令〔2010〕第15号, 某县人民政府通告2022年第3号. Also the serial shapes every number
 * shares (brackets, a serial in digits or Chinese numerals). Pure; doc-number finds the rest.
 */
import type { DocNumber } from '../model';
import { chineseNumber } from './dates';
import { citedOrgan, describePrefix, lookBack, organStart, simplifiedRun, type PrefixTable } from './doc-number-prefix';
import { governmentStem } from './code-issuer';
import { isIssuerName } from './grammar';

/** A number found in a text: where it stands and how long it is there. */
export type LocatedNumber = DocNumber & { index: number; length: number };

export const OPEN = '〔（(\\[【［﹝„〖';
export const CLOSE = '〕）)\\]】］﹞‟"〗';
/** A serial in Chinese numerals (第二十三号); read only where 号 closes it. */
const CN_SERIAL = '[〇零一二三四五六七八九十百千两]{1,8}';
export const SERIAL = `(\\d{1,5}|${CN_SERIAL})`;
/**
 * A series numbered without a year: 令第713号, 第591号令, 第19号公告, 第3号通告. The kind word
 * (令, 公告, 通告) stands before 第 or after 号; a 第N号 with neither is an ordinal, not a number.
 */
const SERIES = new RegExp(`(令|公告|通告)?\\s*第\\s*${SERIAL}\\s*[号號]\\s*(令|公告|通告)?`, 'g');
/**
 * A decree cited without 第 (省政府令242号, 国务院令711号): pages drop it as often as they print it.
 * Only digits, and only after an organ's name (see findYearless): 禁火令2号 names none.
 */
const DECREE_WITHOUT_DI = /令\s*(\d{1,5})\s*[号號]/g;
/** The serial of a series printed in brackets after its name: 某市人民政府令（第23号）. */
const SERIES_BRACKETED = new RegExp(`(令|公告|通告)\\s*[${OPEN}]\\s*第\\s*${SERIAL}\\s*[号號]\\s*[${CLOSE}]`, 'g');
/**
 * A series numbered by year as an organ prints it: 某县人民政府通告2022年第3号,
 * 某县人民政府公告（2022年第3号）, 某市人民政府令2021年第5号. The word 通告/公告/令 before the
 * year, after an organ's name, is what makes it a number.
 */
const ANNOUNCED = new RegExp(`(通告|公告|令)\\s*([${OPEN}]\\s*)?(\\d{4})\\s*年\\s*(?:第\\s*)?(\\d{1,5})\\s*[号號]`, 'g');
/** What an organ names its numbered series by: its decrees (令) and its announcements (通告, 公告). */
export const SERIES_WORD = /(令|通告|公告)$/;
/**
 * Longest organ a decree or 公告 series names, longer than a 代字: an autonomous prefecture's
 * government (黔西南布依族苗族自治州人民政府令, 15 characters before 令).
 */
const MAX_DECREE_ORGAN = 20;

/** 31 or 三十一 → 31; 0 (no number) for anything else. */
export function serialOf(text: string): number {
  return /^\d+$/.test(text) ? Number(text) : (chineseNumber(text) ?? 0);
}

/**
 * Canonical 〔year〕 form: a decree keeps 第 where it printed one (政府令〔2010〕第15号, but
 * 沈政令〔1997〕29号); other numbers drop it (稷政办发〔2022〕第31号 is 稷政办发〔2022〕31号).
 */
export function standardCanonical(prefix: string, year: number, serial: number, printedDi: boolean): string {
  return prefix.endsWith('令') && printedDi ? `${prefix}〔${year}〕第${serial}号` : `${prefix}〔${year}〕${serial}号`;
}

export interface NamedSeries {
  /** Where the organ's name starts in the text. */
  index: number;
  organ: string;
  word: string;
}

/** True for an organ that numbers its own series: an issuing body, or one the prefix table adds (某县防控工作领导小组). */
function namesSeriesOrgan(organ: string, table: PrefixTable): boolean {
  return isIssuerName(organ) || table.seriesOrganSuffixes.some((s) => organ.length > s.length && organ.endsWith(s));
}

/** True when the words before a series word, as a decree cites them (中华人民共和国国务院 → 国务院), name such an organ. */
export function citedSeriesOrgan(organ: string, table: PrefixTable): boolean {
  return namesSeriesOrgan(citedOrgan(organ, table), table);
}

/**
 * The organ and series word right before `at` when the words there name an organ's series —
 * 河北省人民政府令〔2010〕第15号, 某县防控指挥部通告〔2022〕第3号 — rather than end a 代字:
 * 沈政令 names no organ and stays a 代字. Undefined when they do not.
 */
export function seriesBefore(folded: string, at: number, table: PrefixTable): NamedSeries | undefined {
  const run = lookBack(folded, at, MAX_DECREE_ORGAN);
  const simplified = simplifiedRun(run);
  const word = SERIES_WORD.exec(simplified)?.[1];
  if (!word) return undefined;
  const start = organStart(run, simplified, table);
  if (start < 0) return undefined;
  const organ = citedOrgan(simplified.slice(start, -word.length), table);
  return namesSeriesOrgan(organ, table) ? { index: run.indexes[start], organ, word } : undefined;
}

/**
 * Canonical form of a yearly number in an organ's series: a decree as other decrees
 * (某市人民政府令〔2021〕第5号), an announcement as organs print it (某县人民政府通告2022年第3号,
 * whether printed so, in brackets or as 〔2022〕第3号) — one form, so either typing finds it.
 */
function namedCanonical(series: NamedSeries, year: number, serial: number, printedDi: boolean): string {
  const prefix = `${series.organ}${series.word}`;
  return series.word === '令' ? standardCanonical(prefix, year, serial, printedDi) : `${prefix}${year}年第${serial}号`;
}

/** A yearly number in an organ's series, from its organ (`series`) to `parts.end`. */
export function namedNumber(text: string, series: NamedSeries, parts: { end: number; year: number; serial: number; printedDi: boolean }, table: PrefixTable): LocatedNumber {
  const prefix = `${series.organ}${series.word}`;
  const described = describePrefix(prefix, table);
  return {
    canonical: namedCanonical(series, parts.year, parts.serial, parts.printedDi),
    raw: text.slice(series.index, parts.end),
    prefix,
    year: parts.year,
    serial: parts.serial,
    // A decree is one with a year too (it heads the rules it promulgates); an announcement is not.
    kind: series.word === '令' ? 'decree' : 'standard',
    ...(described.level === 'unknown' ? describePrefix(series.organ, table) : described),
    index: series.index,
    length: parts.end - series.index,
  };
}

/** Series numbered by year (某县人民政府通告2022年第3号): only after an organ's name. */
function findAnnounced(text: string, folded: string, table: PrefixTable): LocatedNumber[] {
  const found: LocatedNumber[] = [];
  for (const m of folded.matchAll(ANNOUNCED)) {
    const [year, serial] = [Number(m[3]), Number(m[4])];
    const series = seriesBefore(folded, m.index + m[1].length, table);
    if (!series || year < 1949 || year > 2100 || serial === 0) continue;
    // A bracket opened after the word is the number's own: its closing one is too.
    const close = m[2] ? new RegExp(`^\\s*[${CLOSE}]`).exec(folded.slice(m.index + m[0].length)) : null;
    const end = m.index + m[0].length + (close?.[0].length ?? 0);
    found.push(namedNumber(text, series, { end, year, serial, printedDi: true }, table));
  }
  return found;
}

/** Series numbered without a year (国务院令第713号, 第19号公告, 令（第23号）). */
function findYearless(text: string, folded: string, table: PrefixTable): LocatedNumber[] {
  const found: LocatedNumber[] = [];
  const plain = [...folded.matchAll(SERIES)].map((m) => ({ index: m.index, text: m[0], before: m[1], serial: m[2], after: m[3], bracketed: false, withoutDi: false }));
  const bracketed = [...folded.matchAll(SERIES_BRACKETED)].map((m) => ({ index: m.index, text: m[0], before: m[1], serial: m[2], after: undefined, bracketed: true, withoutDi: false }));
  // Without 第 the word 令 alone says little: like a bracketed serial, it needs an organ's name —
  // or a province's or the State Council's own 代字 (沪府令16号, 国令588号: a closed set).
  const withoutDi = [...folded.matchAll(DECREE_WITHOUT_DI)].map((m) => ({ index: m.index, text: m[0], before: '令', serial: m[1], after: undefined, bracketed: true, withoutDi: true }));
  for (const match of [...plain, ...bracketed, ...withoutDi]) {
    const word = match.before ?? match.after;
    if (!word || (match.before && match.after)) continue;
    const run = lookBack(folded, match.index, MAX_DECREE_ORGAN);
    const simplified = simplifiedRun(run);
    const start = organStart(run, simplified, table);
    if (start < 0) continue;
    const organ = citedOrgan(simplified.slice(start), table);
    // A serial in brackets after the word (令（第23号）), or one without 第 (令242号), is a number only after an organ's name.
    const named = namesSeriesOrgan(organ, table) || (match.withoutDi && governmentStem(organ, table) !== undefined);
    if (organ.length < 2 || (match.bracketed && !named)) continue;
    const serial = serialOf(match.serial);
    if (serial === 0) continue;
    const index = run.indexes[start];
    // Trailing spaces the expression took after 号 are not part of the number.
    const end = match.index + match.text.trimEnd().length;
    const described = describePrefix(`${organ}${word}`, table);
    found.push({
      canonical: word === '令' ? `${organ}令第${serial}号` : `${organ}第${serial}号${word}`,
      raw: text.slice(index, end),
      prefix: `${organ}${word}`,
      serial,
      kind: 'decree',
      ...(described.level === 'unknown' ? describePrefix(organ, table) : described),
      index,
      length: end - index,
    });
  }
  return found;
}

/** Every number of an organ's series in a text (`folded` is it width-folded), in no order. */
export function findSeriesNumbers(text: string, folded: string, table: PrefixTable): LocatedNumber[] {
  return [...(/[通公]告|令/.test(folded) ? findAnnounced(text, folded, table) : []), ...(/第|令/.test(folded) ? findYearless(text, folded, table) : [])];
}
