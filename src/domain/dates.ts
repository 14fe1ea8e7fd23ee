/**
 * @module domain/dates
 * Dates as official documents write them — 2022年8月1日, 2022 年 7 月 6 日, 二〇二二年八月一日,
 * 2022.8.1, and the zero written ○, a Latin, Greek or Cyrillic O by pages that lost 〇 (二○一一年, 二OO五年, 二ΟΟ七年) — to ISO
 * `YYYY-MM-DD`; the 落款 date of a signature block (signOffDate), also when a page dropped its
 * 年月日 (20171116); and the little calendar arithmetic validity needs.
 * No clock here: "today" is always passed in.
 */
import { foldWidth } from '../text/normalize';

export interface FoundDate {
  iso: string;
  index: number;
  length: number;
}

const DIGIT: Record<string, number> = { 〇: 0, 零: 0, Ｏ: 0, O: 0, '○': 0, '◯': 0, 'Ο': 0, 'О': 0, '0': 0, '０': 0, 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
/** 〇 as written, and the look-alikes pages put in its place (○ U+25CB, ◯ U+25EF, Latin O, full-width Ｏ, Greek Ο U+039F, Cyrillic О U+041E). */
const CN_DIGITS = '〇零ＯO○◯ΟО0０一二三四五六七八九';

const UNIT: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 十二 → 12, 二十一 → 21, 三十 → 30, 九 → 9, 两 → 2, 一千四百二十一 → 1421, 一〇五 → 105 (digit by digit). */
export function chineseNumber(text: string): number | undefined {
  const t = text.replace(/两/g, '二');
  if (/^\d+$/.test(t)) return Number(t);
  if (!/^[〇零一二三四五六七八九十百千]+$/.test(t)) return undefined;
  if (!/[十百千]/.test(t)) return Number([...t].map((c) => DIGIT[c]).join(''));
  let total = 0;
  let current = 0;
  for (const ch of t) {
    if (UNIT[ch]) {
      total += (current || 1) * UNIT[ch];
      current = 0;
    } else current = DIGIT[ch] ?? 0;
  }
  return total + current;
}

const ARABIC = /(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日/g;
const CHINESE = new RegExp(`([${CN_DIGITS}]{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日`, 'g');
/** A year in one script and month and day in the other, as pages mix them (二O一一年5月16日, 2011年五月十六日). */
const MIXED = new RegExp(`([${CN_DIGITS}]{4}(?<!\\d{4}))\\s*年\\s*(\\d{1,2})\\s*月\\s*(\\d{1,2})\\s*日|(\\d{4})\\s*年\\s*([一二三四五六七八九十]{1,3})\\s*月\\s*([一二三四五六七八九十]{1,3})\\s*日`, 'g');
/** A date whose 年 and 月 a page lost but not its 日 (2023828日): read as a digit run is. */
const DAY_RUN = /(?<![\d.])(\d{6,8})日/g;
const NUMERIC = /(?<!\d)(\d{4})[.\-/](\d{1,2})[.\-/](\d{1,2})(?!\d)/g;
/** What each form above holds at least: a digit (ASCII or full-width, folded) or 年. */
const MAY_HOLD_DATE = /[年0-9\uff10-\uff19]/;
/** What each form's first character is, before widths are folded: a digit of either width or a CN_DIGITS one. */
const DATE_START = new RegExp(`^[0-9\\uff10-\\uff19${CN_DIGITS}]`);

function iso(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2100 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1) return undefined;
  return `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/**
 * Every date in the text, in order.
 *
 * @example findDates('稷山县人民政府\n2022年8月1日')[0].iso // '2022-08-01'
 */
export function findDates(text: string): FoundDate[] {
  // Every form has a digit or 年: most sentences have neither, and the five scans were a
  // twentieth of an ingestion (validity asks twice of every sentence).
  if (!MAY_HOLD_DATE.test(text)) return [];
  const folded = foldWidth(text);
  const found: FoundDate[] = [];
  for (const m of folded.matchAll(ARABIC)) {
    const value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (value) found.push({ iso: value, index: m.index, length: m[0].length });
  }
  for (const m of folded.matchAll(CHINESE)) {
    const year = Number([...m[1]].map((c) => DIGIT[c]).join(''));
    const value = iso(year, chineseNumber(m[2]) ?? 0, chineseNumber(m[3]) ?? 0);
    if (value) found.push({ iso: value, index: m.index, length: m[0].length });
  }
  for (const m of folded.matchAll(MIXED)) {
    const year = m[1] ? Number([...m[1]].map((c) => DIGIT[c]).join('')) : Number(m[4]);
    const value = m[1] ? iso(year, Number(m[2]), Number(m[3])) : iso(year, chineseNumber(m[5]) ?? 0, chineseNumber(m[6]) ?? 0);
    if (value) found.push({ iso: value, index: m.index, length: m[0].length });
  }
  for (const m of folded.matchAll(DAY_RUN)) {
    const value = digitRunDate(m[1]);
    if (value) found.push({ iso: value, index: m.index, length: m[0].length });
  }
  for (const m of folded.matchAll(NUMERIC)) {
    const value = iso(Number(m[1]), Number(m[2]), Number(m[3]));
    if (value) found.push({ iso: value, index: m.index, length: m[0].length });
  }
  return found.sort((a, b) => a.index - b.index);
}

/**
 * What joins a range's two ends: 至, 到, dashes, tildes (2023年2月6日起至4月30日止), after the hour
 * the first day starts at, where a closure names it (2023年10月23日8时至2024年1月30日24时,
 * 2021年3月1日8:00至3月5日18:00): the end's own hour is left after it. A short bracket after the
 * first day names its weekday or lunar day (2013年3月12日(周二)起至…, 2024年2月2日(腊月二十三)17时至…).
 */
const RANGE_JOIN = /^\s*(?:[（(][^()（）]{1,6}[)）]\s*)?(?:(?:\d{1,2}|[零一二三四五六七八九十]{1,3})\s*[时点](?:\s*\d{1,2}\s*分)?|\d{1,2}[:：]\d{2})?\s*(?:起|开始)?\s*(?:至|到|—{1,2}|－|-|~|～)\s*/;
/** A character every RANGE_JOIN holds. */
const MAY_JOIN_RANGE = /[至到—－\-~～]/;
/** A range's end that leaves out what its start printed: 4月30日 (the start's year), 11日 (its year and month). */
const SHORT_END = /^(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日/;

/**
 * The first span of days the text names: a full date, a joining 至/到/—, and an end printed in
 * full or without the year (and month) of its start. Undefined when the end comes before the start.
 *
 * @example findDateRange('2025年1月9日至1月11日严禁野外用火') // { from: '2025-01-09', until: '2025-01-11', index: 0, length: 15 }
 */
export function findDateRange(text: string): { from: string; until: string; index: number; length: number } | undefined {
  // No range without what joins its ends (RANGE_JOIN): most sentences have none.
  if (!MAY_JOIN_RANGE.test(text)) return undefined;
  const folded = foldWidth(text);
  const dates = findDates(folded);
  for (let k = 0; k < dates.length; k++) {
    const start = dates[k];
    const rest = folded.slice(start.index + start.length);
    const join = rest.match(RANGE_JOIN);
    if (!join) continue;
    const at = start.index + start.length + join[0].length;
    const next = dates[k + 1];
    let until: string | undefined;
    let end = at;
    if (next && next.index === at) {
      until = next.iso;
      end = at + next.length;
    } else {
      const short = folded.slice(at).match(SHORT_END);
      if (!short) continue;
      const [year, month] = start.iso.split('-').map(Number);
      until = iso(year, short[1] ? Number(short[1]) : month, Number(short[2]));
      end = at + short[0].length;
    }
    if (until && until >= start.iso) return { from: start.iso, until, index: start.index, length: end - start.index };
  }
  return undefined;
}

/**
 * A text that is one date (surrounding whitespace and brackets allowed), as YYYY-MM-DD.
 *
 * @example parseChineseDate('2022 年 7 月 6 日') // '2022-07-06'
 */
export function parseChineseDate(text: string): string | undefined {
  const trimmed = text.trim().replace(/^[（(]|[）)]$/g, '').trim();
  // Every form opens with a digit (DATE_START): stages ask this of whole paragraphs.
  if (!DATE_START.test(trimmed)) return undefined;
  const [first] = findDates(trimmed);
  return first && first.index === 0 && first.length === trimmed.length ? first.iso : undefined;
}

/** A run of six to eight digits that lost its 年月日 (2024110, 20171116): the one reading as a real date, else none. */
const DIGIT_RUN = /^(\d{4})(\d{2,4})$/;

/**
 * A date printed as a bare digit run because a page dropped 年, 月 and 日: the year, then the
 * month and day in the only way they split into a real date. Two readings (2024111: 1月11日 or
 * 11月1日) give none — guessing would be wrong half the time. Two digits after the year that name
 * a month (201812) read as that month too — a plan's cover and a 落款 are dated 2018年12月 with no
 * day — so they are no day either.
 *
 * @example digitRunDate('20171116') // '2017-11-16'
 * @example digitRunDate('2024110') // '2024-01-10' (11月0日 is no date)
 * @example digitRunDate('201812') // undefined (2018年12月, or 1月2日)
 */
export function digitRunDate(text: string): string | undefined {
  const m = DIGIT_RUN.exec(foldWidth(text.trim()));
  if (!m) return undefined;
  const year = Number(m[1]);
  const rest = m[2];
  const readings = new Set<string>();
  for (let cut = 1; cut < rest.length; cut++) {
    const [month, day] = [rest.slice(0, cut), rest.slice(cut)];
    if (month.length > 2 || day.length > 2) continue;
    const value = iso(year, Number(month), Number(day));
    if (value) readings.add(value);
  }
  // 201812: the year and a month alone (12月) is a reading as well, and gives no day.
  if (rest.length === 2 && Number(rest) >= 10 && Number(rest) <= 12) return undefined;
  return readings.size === 1 ? [...readings][0] : undefined;
}

/**
 * The date of a signature block (落款), standing alone: written with 年月日 in Arabic or
 * Chinese numerals, or a digit run that lost them. A dashed 2021-01-09 is not one: documents
 * never sign so, content systems stamp their publication times that way.
 *
 * @example signOffDate('二○○九年三月二十日') // '2009-03-20'
 * @example signOffDate('2021年3月5') // '2021-03-05' (日 lost)
 * @example signOffDate('2017年1214') // '2017-12-14' (月 and 日 lost; 2017年111 reads two ways: undefined)
 * @example signOffDate('2022年10月23日21时') // '2022-10-23' (an emergency 通告's hour)
 * @example signOffDate('2024-01-10') // undefined
 */
export function signOffDate(text: string): string | undefined {
  // A stop a page set after the date (2020年6月3日。) ends no sentence, nor does an encyclopedia's
  // footnote mark (…日[1]): the line is the date alone.
  const t = text.trim().replace(FOOTNOTE_MARK, '').replace(/(?<=[日号\d])\s*[。.]$/, '').replace(TIME_OF_DAY, '日');
  if (/^\d{6,8}$/.test(foldWidth(t))) return digitRunDate(t);
  if (!/年/.test(t)) return undefined;
  // 月 and 日 lost after the 年 (2026年18, 2017年1214): read as a digit run is, where only one reading is a date.
  const units = MONTH_DAY_LOST.exec(foldWidth(t));
  if (units) return digitRunDate(units[1] + units[2]);
  const lost = DAY_LOST.exec(foldWidth(t));
  return lost ? iso(Number(lost[1]), Number(lost[2]), Number(lost[3])) : parseChineseDate(t);
}

/**
 * The hour an emergency 通告 signs with after its day (2022年10月23日21时, …日21时30分, …日 21:00,
 * …日下午3时): the 落款 still dates the document by its day. Anchored at the end, so a sentence
 * (自2022年10月23日21时起…) never reads as one.
 */
const TIME_OF_DAY = /日\s*(?:凌晨|上午|中午|下午|晚上?)?\s*\d{1,2}\s*(?:[时点]\s*(?:\d{1,2}\s*分)?|[:：]\s*\d{2})$/;

/** A footnote mark an encyclopedia's copy sets after a line (二〇〇七年五月二十四日[1]), one or two digits in brackets. */
const FOOTNOTE_MARK = /(?<=[日号])\s*[[［]\d{1,2}[\]］]$/;

/** A 落款 date whose 月 and 日 a page lost after its 年 (2026年18, 2017年1214). */
const MONTH_DAY_LOST = /^(\d{4})\s*年\s*(\d{2,4})$/;

/** A 落款 date whose 日 a page lost or wrote 号 (2021年3月5, 2021年3月5号). */
const DAY_LOST = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*号?$/;

/**
 * Year, month and day printed as three groups of digits because a page dropped 年, 月 and 日
 * (2017 6 23, 2018 11 6): unlike a run of digits, the spaces say where each part ends.
 */
const SPACED_DIGITS = /(?<![\d.:\-/])(\d{4})[ \t\u3000]+(\d{1,2})[ \t\u3000]+(\d{1,2})(?![\d.:\-/]|[ \t\u3000]*\d)/g;

/**
 * A text with each date printed as spaced digit groups written back with 年月日, where the
 * groups make a real date; everything else as it was.
 *
 * @example restoreDateUnits('{ 2017 6 23') // '{ 2017年6月23日'
 */
export function restoreDateUnits(text: string): string {
  if (!/\d{4}\s+\d/.test(text)) return text;
  return text.replace(SPACED_DIGITS, (whole, y: string, m: string, d: string) =>
    iso(Number(y), Number(m), Number(d)) ? `${y}年${Number(m)}月${Number(d)}日` : whole,
  );
}

/** What ends a sentence of the body, after which a page may have glued the 落款 date. */
const SENTENCE_END = /[。！？!?]/g;

const ENDS_LIKE_DATE = /[日0-9０-９]$/;

/** A 落款 date glued to what precedes it in one word, and what that is. */
export interface TrailingDate {
  iso: string;
  /** Where the date starts in the word. */
  index: number;
  /** The words between the last sentence end (or the word's start) and the date: a signing organ, or ''. */
  lead: string;
  /** True when a sentence of the body ends before the lead. */
  afterSentence: boolean;
}

/**
 * The 落款 date a page glued to the end of a word: after the body's last sentence
 * (…特此通知。2017年6月23日), after the signing organ (某县人民政府2017年6月23日), or both. Only a
 * date written as a 落款 writes one counts (not 2021-01-09, not one inside a sentence).
 *
 * @example trailingDate('特此通知。某县人民政府2017年6月23日') // { iso: '2017-06-23', index: 11, lead: '某县人民政府', afterSentence: true }
 */
export function trailingDate(text: string): TrailingDate | undefined {
  const t = text.trimEnd();
  // Most words end otherwise: a date ends in 日 (or, as a digit run, in a digit).
  if (!ENDS_LIKE_DATE.test(t)) return undefined;
  const last = [...t.matchAll(SENTENCE_END)].at(-1);
  const from = last ? last.index + last[0].length : 0;
  const tail = t.slice(from);
  const whole = signOffDate(tail);
  if (whole) return from > 0 ? { iso: whole, index: from, lead: '', afterSentence: true } : undefined;
  const date = findDates(tail).at(-1);
  if (!date || date.index === 0 || date.index + date.length !== tail.length) return undefined;
  const iso = signOffDate(tail.slice(date.index));
  return iso ? { iso, index: from + date.index, lead: tail.slice(0, date.index).trim(), afterSentence: from > 0 } : undefined;
}

/**
 * A month and day with no year (10月14日), or whose year's digits a page lost or a template
 * blanked (年九月二日, ××年10月1日): it marks where a 落款 stands, but it is no date.
 */
export function isYearlessDate(text: string): boolean {
  return /^[（(]?\s*(?:[×xX*＊]{0,4}\s*年\s*)?(\d{1,2}|[一二三四五六七八九十]{1,3})\s*月\s*(\d{1,2}|[一二三四五六七八九十]{1,3})\s*日\s*[）)]?$/.test(foldWidth(text.trim()));
}

function fromIso(date: string): Date {
  return new Date(`${date}T00:00:00Z`);
}

function toIso(date: Date): string {
  return date.toISOString().slice(0, 10);
}

/** Adds days (negative allowed) to an ISO date. */
export function addDays(date: string, days: number): string {
  const d = fromIso(date);
  d.setUTCDate(d.getUTCDate() + days);
  return toIso(d);
}

/** Adds whole years; 29 February becomes 28 February in a common year. */
export function addYears(date: string, years: number): string {
  const [y, m, d] = date.split('-').map(Number);
  const target = new Date(Date.UTC(y + years, m - 1, d));
  if (target.getUTCMonth() !== m - 1) target.setUTCDate(0);
  return toIso(target);
}

/** Today's date in China (UTC+8), for callers at the edge that need a default `asOf`. */
export function todayInChina(now: Date = new Date()): string {
  return toIso(new Date(now.getTime() + 8 * 3600_000));
}
