/**
 * @module domain/date-windows
 * Every span of days a text gives a temporary measure, in order: a range of days
 * (2023年2月6日起至4月30日止, findDateRange), one day with the hours it runs
 * (2012年6月23日8时至20时, 2025年4月4日7:30—17:30, 2月9日20时至次日凌晨1时 → to the next day,
 * 2025年2月12日18:30至活动结束), and days listed as a count (2011年9月9日、9月10日两天).
 */
import { addDays, findDateRange, findDates } from './dates';

export interface DateWindow {
  from: string;
  until: string;
  index: number;
  length: number;
}

/** A weekday or lunar day in brackets after a day: (周二), (腊月二十三), (正月十五). */
const BRACKET = '(?:[（(][^()（）]{1,8}[)）]\\s*)?';
/** The part of a day an hour is told in (上午06:00, 晚23:00时, 凌晨1时), or the next or same day (次日凌晨1时, 当日23:30). */
export const DAYPART = '(?:(次日|翌日|当日|当天)\\s*)?(?:[（(][^()（）]{1,6}[)）]\\s*)?(?:早上|早晨|上午|中午|下午|傍晚|晚上|夜间|凌晨|早|晚)?\\s*';
/** An hour: 8时, 8时30分, 0时, 二十时, 18:30, 18:30时 (pages write both). */
export const CLOCK = '(?:\\d{1,2}\\s*[:：]\\s*\\d{2}(?:\\s*时)?|(?:\\d{1,2}|[零一二三四五六七八九十]{1,3})\\s*[时点](?:\\s*\\d{1,2}\\s*分)?(?:\\s*整)?)';
/** What joins two hours or days. */
const JOIN = '(?:至|到|—{1,2}|－|-{1,2}|~|～)';
/**
 * After a day: its hours, from one to another or to the event's end (8时至20时, 7:30—17:30,
 * 20时至次日凌晨1时, 18:30至活动结束) — never a later day, which is a range's (findDateRange).
 */
const HOURS = new RegExp(`^\\s*${BRACKET}${DAYPART}${CLOCK}\\s*(?:起|开始)?\\s*${JOIN}\\s*${DAYPART}(?:${CLOCK}|[^，,；;。\\d]{0,8}?结束)`);
/** Days listed with 、 or 和 and counted (9月9日、9月10日两天, 8月23日、24日共2天): the first day's own date, then the rest. */
const LISTED = /^(?:\s*[、和及]\s*(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日){1,6}\s*(?:共\s*)?(?:[两二三四五六七\d])\s*[天日]/;

/** One day with its hours, the days a list counts, or undefined — what starts right after `day`. */
function dayWindow(text: string, day: { iso: string; index: number; length: number }): DateWindow | undefined {
  const after = text.slice(day.index + day.length);
  const hours = HOURS.exec(after);
  if (hours) {
    const nextDay = hours[2] === '次日' || hours[2] === '翌日';
    return { from: day.iso, until: nextDay ? addDays(day.iso, 1) : day.iso, index: day.index, length: day.length + hours[0].length };
  }
  const listed = LISTED.exec(after);
  if (!listed) return undefined;
  const days = [...listed[0].matchAll(/(?:(\d{1,2})\s*月\s*)?(\d{1,2})\s*日/g)];
  const last = days[days.length - 1];
  const [year, month] = day.iso.split('-');
  const until = `${year}-${String(last[1] ?? month).padStart(2, '0')}-${String(last[2]).padStart(2, '0')}`;
  return until > day.iso ? { from: day.iso, until, index: day.index, length: day.length + listed[0].length } : undefined;
}

/**
 * Every window of the text, in order and apart: at each day the range that starts there
 * (findDateRange), else the day's hours or the list it opens.
 *
 * @example findDateWindows('(一)2024年2月2日17时至2月3日凌晨1时;(二)2024年2月24日早6时至23时') // [{ from: '2024-02-02', until: '2024-02-03', … }, { from: '2024-02-24', until: '2024-02-24', … }]
 */
export function findDateWindows(text: string): DateWindow[] {
  const windows: DateWindow[] = [];
  let at = 0;
  for (;;) {
    const rest = text.slice(at);
    const range = findDateRange(rest);
    const day = findDates(rest)
      .filter((d) => !range || d.index < range.index)
      .map((d) => dayWindow(rest, d))
      .find(Boolean);
    const next = day ?? range;
    if (!next) return windows;
    windows.push({ ...next, index: at + next.index });
    at += next.index + next.length;
  }
}
