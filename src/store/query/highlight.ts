/**
 * @module store/query/highlight
 * Marks matches in document text for display. Every backend builds its HTML here, so escaping
 * is the same everywhere: each character of the text is HTML-escaped, and the only markup ever
 * produced is <mark>…</mark> around matched terms — text from a document (<script>, onerror=)
 * can never become markup.
 */
import { findDocNumbers } from '../../domain/doc-number';
import type { Passage } from '../../model';
import { normalizeForIndex } from '../../text/segment';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ESCAPES[ch]);
}

/**
 * The strings to look for: each term's runs of Chinese characters and of Latin letters or
 * digits, normalised as the index normalises (a term's punctuation is not searched either).
 */
export function highlightNeedles(terms: string[]): string[] {
  const needles = new Set<string>();
  for (const term of terms) {
    for (const m of normalizeForIndex(term).matchAll(/[\u3400-\u9fff\uf900-\ufaff]+|[a-z0-9]+/g)) needles.add(m[0]);
  }
  // Longest first, so 应急预案 is marked whole rather than as 应急 + 预案.
  return [...needles].sort((a, b) => b.length - a.length);
}

/** Text normalised character by character, so offsets in it are offsets in the original. */
function alignedFold(text: string): string {
  // Folding keeps the length of nearly every text; only then may offsets be shared as they are.
  const whole = normalizeForIndex(text);
  if (whole.length === text.length) return whole;
  let out = '';
  for (const ch of text) {
    const folded = normalizeForIndex(ch);
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

const CHINESE_ONLY = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

/**
 * Whether needles are found in a text as it is. Folding changes no Chinese character and keeps
 * every offset, so Chinese needles need no folded copy of each paragraph (a fifth of the time
 * a hit's passages took).
 */
function foldFree(needles: string[]): boolean {
  return needles.every((needle) => CHINESE_ONLY.test(needle));
}

/** [start, end) ranges of every needle in text, merged. */
function matchRanges(text: string, needles: string[], asWritten = foldFree(needles)): Array<[number, number]> {
  const folded = asWritten ? text : alignedFold(text);
  const ranges: Array<[number, number]> = [];
  for (const needle of needles) {
    for (let at = folded.indexOf(needle); at >= 0; at = folded.indexOf(needle, at + needle.length)) {
      ranges.push([at, at + needle.length]);
    }
  }
  // One needle's matches come in order already: a common word is in every paragraph of a hit.
  if (needles.length > 1) ranges.sort((a, b) => a[0] - b[0] || b[1] - a[1]);
  return mergeRanges(ranges);
}

/** Sorted ranges with the overlapping and touching ones joined. */
function mergeRanges(ranges: Array<[number, number]>): Array<[number, number]> {
  const merged: Array<[number, number]> = [];
  for (const range of ranges) {
    const last = merged[merged.length - 1];
    if (last && range[0] <= last[1]) last[1] = Math.max(last[1], range[1]);
    else merged.push(range);
  }
  return merged;
}

function markRanges(text: string, ranges: Array<[number, number]>, from = 0, to = text.length): string {
  let html = '';
  let at = from;
  for (const [start, end] of ranges) {
    if (end <= from || start >= to) continue;
    const s = Math.max(start, from);
    const e = Math.min(end, to);
    html += escapeHtml(text.slice(at, s)) + '<mark>' + escapeHtml(text.slice(s, e)) + '</mark>';
    at = e;
  }
  return html + escapeHtml(text.slice(at, to));
}

/**
 * Text as HTML with needles marked.
 *
 * @example markHtml('县行政审批局<负责>', ['审批局']) // '县行政<mark>审批局</mark>&lt;负责&gt;'
 */
export function markHtml(text: string, needles: string[]): string {
  return markRanges(text, needles.length ? matchRanges(text, needles) : []);
}

/** Text as HTML with the ranges a finder returns marked. */
export function markFound(text: string, find: RangeFinder): string {
  return markRanges(text, find(text));
}

export interface PassageOptions {
  /** Passages per hit. */
  max?: number;
  /** Characters shown of a long paragraph, around its matches. */
  window?: number;
}

/**
 * Where the things to mark are in a text: [start, end) ranges, sorted, not overlapping; and,
 * when the finder knows the query's words, how many of them the marked strings hold (`held`):
 * what passages are ranked by first.
 */
export type RangeFinder = ((text: string) => Array<[number, number]>) & { held?: (found: string[]) => number };

/**
 * How many of the query's groups (each the needles of one word or its OR alternatives) the
 * marked strings hold. A marked string may hold several: needles side by side are marked as
 * one range (创业型城市 holds 创业型 and 城市).
 */
function heldGroups(groups: string[][]): (found: string[]) => number {
  return (found) => {
    const folded = found.map((f) => (CHINESE_ONLY.test(f) ? f : alignedFold(f)));
    return groups.filter((group) => group.some((needle) => folded.some((f) => f.includes(needle)))).length;
  };
}

/**
 * Finds the needles (see highlightNeedles), as the index would match them; with the query's
 * groups of needles, it also tells how many groups a passage holds.
 */
export function needleFinder(needles: string[], groups?: string[][]): RangeFinder {
  const asWritten = foldFree(needles);
  const find: RangeFinder = (text) => (needles.length ? matchRanges(text, needles, asWritten) : []);
  if (groups && groups.length > 0) find.held = heldGroups(groups);
  return find;
}

/**
 * Finds a document number wherever it is written, in any form (the citing sentence) — and the
 * numbers it is the end of, written with their place (梁政发〔2023〕7号 for 政发〔2023〕7号).
 */
export function numberFinder(canonical: string): RangeFinder {
  return (text) =>
    findDocNumbers(text)
      .filter((n) => n.canonical === canonical || endsWithNumber(n.canonical, canonical))
      .map((n): [number, number] => [n.index, n.index + n.length]);
}

/** Whether `number` is `tail` with more 代字 before it (梁政发〔2023〕7号, 政发〔2023〕7号), not more digits (17号). */
export function endsWithNumber(number: string, tail: string): boolean {
  return number.length > tail.length && number.endsWith(tail) && !/[\d〕]/.test(number[number.length - tail.length - 1]);
}

/**
 * Both finders' ranges, merged; a passage holds the number (one) and the words the second finds.
 */
export function bothFinder(first: RangeFinder, second: RangeFinder): RangeFinder {
  const find: RangeFinder = (text) => mergeRanges([...first(text), ...second(text)].sort((a, b) => a[0] - b[0] || b[1] - a[1]));
  find.held = (found) => (found.some((f) => first(f).length > 0) ? 1 : 0) + (second.held?.(found) ?? 0);
  return find;
}

/** The start of the window that shows the most of the query's words, then the most different matched strings. */
function windowStart(text: string, ranges: Array<[number, number]>, window: number, find: RangeFinder): number {
  let best = 0;
  let bestCount = -1;
  for (const [start] of ranges) {
    const from = Math.max(0, Math.min(start - Math.floor(window / 4), text.length - window));
    const seen = [...new Set(ranges.filter(([s, e]) => s >= from && e <= from + window).map(([s, e]) => text.slice(s, e)))];
    // Words held weigh above any count of strings (a window shows at most `window` of them).
    const count = (find.held?.(seen) ?? 0) * (window + 1) + seen.length;
    if (count > bestCount) {
      best = from;
      bestCount = count;
    }
  }
  // Never cut a surrogate pair in two.
  return /[\uDC00-\uDFFF]/.test(text[best] ?? '') ? best + 1 : best;
}

/** A matched string as compared with the others: folded, unless it is Chinese (folding keeps it). */
function distinctForm(found: string): string {
  return CHINESE_ONLY.test(found) ? found : alignedFold(found);
}

/**
 * The paragraphs that best show why a document matched: those holding most of the query's
 * words (when the finder can tell: `held`) first — a paragraph with 梁山 and 应急预案 before one
 * with 应急预案 three times — then most different matched strings, then most matches, then
 * document order; a long paragraph is cut to the window holding the most of them.
 */
export function bestPassages(paragraphs: string[], find: RangeFinder, options: PassageOptions = {}): Passage[] {
  const max = options.max ?? 2;
  const window = options.window ?? 160;
  const scored: Array<{ paragraph: number; ranges: Array<[number, number]>; distinct: number; held: number }> = [];
  paragraphs.forEach((text, paragraph) => {
    const ranges = find(text);
    if (ranges.length === 0) return;
    // A Chinese match needs no folding (see foldFree): most are, and a hit has hundreds.
    const forms = new Set(ranges.map(([s, e]) => distinctForm(text.slice(s, e))));
    scored.push({ paragraph, ranges, distinct: forms.size, held: find.held ? find.held([...forms]) : 0 });
  });
  scored.sort((a, b) => b.held - a.held || b.distinct - a.distinct || b.ranges.length - a.ranges.length || a.paragraph - b.paragraph);
  return scored.slice(0, max).map(({ paragraph, ranges }) => {
    const text = paragraphs[paragraph];
    if (text.length <= window) return { paragraph, html: markRanges(text, ranges) };
    const from = windowStart(text, ranges, window, find);
    let to = Math.min(text.length, from + window);
    if (/[\uDC00-\uDFFF]/.test(text[to] ?? '')) to -= 1;
    return { paragraph, html: (from > 0 ? '…' : '') + markRanges(text, ranges, from, to) + (to < text.length ? '…' : '') };
  });
}
