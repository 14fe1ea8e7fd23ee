/**
 * @module ingest/stages/measure-window
 * The days a temporary measure runs (禁燃禁放时间, 封山时间, 临时交通管制, 停水时间): each span of
 * days a sentence gives (date-windows: a range, one day's hours, counted days) whose clause or
 * heading names the measure; spans standing bare as items, confirmed by a later sentence naming
 * the measure for 上述时间; a measure extended to a day (措施延期至2024年9月4日止); and a span from
 * the day of issue (自公告之日起至10月31日).
 */
import { findDates } from '../../src/domain/dates';
import { CLOCK, DAYPART, findDateWindows, type DateWindow } from '../../src/domain/date-windows';

export interface Span {
  from: string;
  until: string;
}

const CLAUSE_MARKS = ['，', ',', '；', ';'];

/** Where the clause going on at `from` ends: its comma or semicolon, else the sentence's end. */
function clauseEnd(sentence: string, from: number): number {
  const ends = CLAUSE_MARKS.map((c) => sentence.indexOf(c, from)).filter((n) => n >= 0);
  return ends.length ? Math.min(...ends) : sentence.length;
}

/** What a span's clause may hold beside its days: hours (0时, 24时, 17:00, 上午06:00), 期间, 起, 止, 每日, a bracketed weekday or lunar day. */
const SPAN_WORDS = new RegExp(`[（(][^()（）]{1,8}[)）]|${DAYPART}${CLOCK}|[起止]|每[日天]|[—\\-－~～至到]|[共两二三四五六七\\d]天`, 'g');
/** An item's number opening a clause: 一、 (一) 1. 1、 ①. */
const NUMBERING = /^\s*(?:[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\d]+[)）]|\d+\s*[.、．]|[①-⑳])\s*/;
/**
 * A clause left with nothing but who decides and an opener (某局决定于…期间, 决定自, 自, 于): the span is
 * its whole content — 期间 only after 决定, since a bare …期间 clause is a condition's (1986年1月1日至
 * 1993年1月1日期间，获得禁止他人制造的独占权的).
 */
const ONLY_DECIDES = /^(?:[^，,；;]{0,24}?决定(?:于|自|从|在)?(?:期间)?|(?:于|自|从|在)?)$/;

/** A sentence naming the measure for the times listed above it (重污染天气期间和上述规定以外的时间禁止燃放, 除以上规定的区域时间外，禁止…). */
export const REFERS_ABOVE = /(?:上述|以上)[^。；;]{0,12}?(?:时间|时段)/;

/**
 * The windows of a sentence whose measure it names — a measure word in the span's own clause
 * (2025年1月9日至1月11日在全区范围内严禁野外用火, 管制时间：…) or in the heading above it; a span
 * opened by 从/自 and closed by 止 (its hour aside: 从…起至6月30日24时止) anywhere in a sentence naming
 * one; a clause holding nothing but the span, its item number and who decides it, before a clause
 * naming one (一、6月7日至9日，全市主城区范围内禁止…; 某局决定于…，对…采取临时交通管制措施) — never
 * a span a condition names (1986年1月1日至1993年1月1日期间，获得禁止他人…) — and, apart, the spans
 * standing bare as items ((一)2024年2月2日17时至2月3日凌晨1时; 春节：…), whose measure a later
 * sentence may name.
 */
export function measureWindows(sentence: string, heading: string, words: string[]): { windows: DateWindow[]; bare: DateWindow[] } {
  const windows: DateWindow[] = [];
  const bare: DateWindow[] = [];
  const names = (text: string) => words.some((w) => text.includes(w));
  for (const span of findDateWindows(sentence)) {
    const end = clauseEnd(sentence, span.index + span.length);
    const start = Math.max(...CLAUSE_MARKS.map((c) => sentence.lastIndexOf(c, span.index)));
    const before = sentence.slice(start + 1, span.index);
    const after = sentence.slice(span.index + span.length, end);
    const opened = /[从自]\s*$/.test(before) && new RegExp(`^\\s*(?:${CLOCK})?\\s*(?:止|结束)`).test(after);
    const rest = (before + after).replace(SPAN_WORDS, '').replace(NUMBERING, '');
    const decides = ONLY_DECIDES.test(rest) && end < sentence.length && names(sentence.slice(end + 1, clauseEnd(sentence, end + 1)));
    if (names(heading) || names(before + after) || (opened && names(sentence)) || decides) windows.push(span);
    // An item: nothing but its number or a short label (春节：) beside the span, and the item ends with it (；, or the sentence).
    else if (!/[，,]/.test(sentence[end] ?? '') && !(before.replace(/^.*[：:]/, '') + after).replace(SPAN_WORDS, '').replace(NUMBERING, '').replace(/[。．.\s]/g, '')) bare.push(span);
  }
  return { windows, bare };
}

/** A measure carried on to a day (时间延长至2018年12月25日止, 管制措施延期至2024年9月4日止). */
const EXTENDED = /(?:延长|延期|顺延|延续)(?:至|到)(\d{4}年\d{1,2}月\d{1,2}日)/;

/**
 * The window of a measure a sentence extends to a day: from the document's date (the notice
 * carries it on from then) to that day — never a term of validity (有效期延长至…: a document's,
 * read as its extension), nor a sentence naming no measure.
 */
export function extendedWindow(sentence: string, date: string | undefined, words: string[]): Span | undefined {
  const m = EXTENDED.exec(sentence);
  if (!m || sentence.includes('有效期') || !words.some((w) => sentence.includes(w))) return undefined;
  const until = findDates(m[1])[0]?.iso;
  if (!until) return undefined;
  return { from: date && /^\d{4}-\d{2}-\d{2}$/.test(date) && date <= until ? date : until, until };
}

/**
 * A measure's window from the day of issue (自公告之日起至10月31日…一律不得进入, 自本通告发布之日起至
 * 2022年5月31日): from the document's date to the day named, in the document's year — the next
 * year's when that day came before.
 */
export function windowFromIssue(sentence: string, date: string | undefined, pattern: RegExp, words: string[]): Span | undefined {
  const m = date ? pattern.exec(sentence) : null;
  if (!m || !words.some((w) => sentence.includes(w))) return undefined;
  const year = m[1] ? Number(m[1]) : Number(date!.slice(0, 4));
  const day = (y: number) => findDates(`${y}年${m[2]}月${m[3]}日`)[0]?.iso;
  const until = day(year);
  if (!until) return undefined;
  return { from: date!, until: until >= date! || m[1] ? until : (day(year + 1) ?? until) };
}

/**
 * A window's first day printed without its year, before what joins it to its last or its hours
 * (4月1日至5月30日, 3月20日开始至6月20日, 3月1日7时至15时, 11月1日上午06:00至中午12:00).
 */
const YEARLESS_START = new RegExp(
  `(?<![年\\d])(\\d{1,2}月\\d{1,2}日)(?=\\s*(?:[（(][^()（）]{1,8}[)）])?\\s*(?:${DAYPART}${CLOCK})?\\s*(?:起|开始)?\\s*(?:至|到|—|-|~|～))`,
  'g',
);

/**
 * The sentence with the year put before each window's first day that leaves it out — never a
 * yearly one (每年3月1日至6月30日为禁渔期), which names no days of its own.
 */
export function withYear(sentence: string, year: string | undefined): string {
  if (!year || sentence.includes('每年')) return sentence;
  return sentence.replace(YEARLESS_START, `${year}年$1`);
}
