/**
 * @module domain/extension
 * What a notice extending another document's term (关于延长《某办法》有效期的通知, 《某办法》继续有效)
 * does to that document's last day in force: the new day the sentence states (有效期延长至2030年7月10日止),
 * or — kept in force without a day (继续有效, in a cleanup's list) — no end at all when the old term
 * ran out before the notice. Pure; the words are data (data/relation-words.json `extends.until`).
 */
import { findDates } from './dates';
import { loadDataJson } from './load-data';

let untilWords: string[] | undefined;

/**
 * The new last day in force a sentence gives the title ending at `from`: the first full date right
 * after one of the `until` words, looked for up to a later title that opens a clause of its own
 * (…，《乙》有效期延长至…: 乙's day) but past the titles listed with it (《甲》、《乙》有效期延长至…: one
 * day for both). Undefined for a sentence that keeps a document in force without a day (继续有效).
 *
 * @example extensionUntil('《某办法》（某〔2015〕598号）继续实施，有效期延长至2030年7月10日止。', 6) // '2030-07-10'
 */
export function extensionUntil(sentence: string, from = 0): string | undefined {
  untilWords ??= loadDataJson<{ extends: { until: string[] } }>('relation-words.json').extends.until.sort((a, b) => b.length - a.length);
  const next = /[，,；;][^《]*《/.exec(sentence.slice(from));
  const rest = sentence.slice(from, next ? from + next.index + next[0].length - 1 : sentence.length);
  for (const date of findDates(rest)) {
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date.iso)) continue;
    const lead = rest.slice(0, date.index).replace(/\s+$/, '');
    if (untilWords.some((w) => lead.endsWith(w))) return date.iso;
  }
  return undefined;
}

/** A notice extending a document: its own date, how it names itself, the day it extends to (if any). */
export interface Extension {
  date?: string;
  docNumber?: string;
  title?: string;
  until?: string;
}

/**
 * The document's last day in force once the notices extending it are read: each with a day moves
 * a term to that day when later (the latest wins); one without a day (继续有效) lifts a term that
 * ran out before its own date (it renewed a lapsed document) and keeps a running one. Undefined
 * `by` when no notice changed the term. Independent of the day asked about, so that the search
 * filters (to-indexable) and validityStatus agree.
 *
 * @example extendedTerm('2020-07-10', [{ docNumber: '沪交行规〔2025〕4号', date: '2025-07-07', until: '2030-07-10' }])
 *   // { expiresOn: '2030-07-10', by: { docNumber: '沪交行规〔2025〕4号', … } }
 */
export function extendedTerm(expiresOn: string | undefined, extensions: Extension[]): { expiresOn?: string; by?: Extension } {
  let end = expiresOn;
  let by: Extension | undefined;
  const ordered = [...extensions].sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''));
  for (const extension of ordered) {
    if (extension.until) {
      if (!end || extension.until > end) [end, by] = [extension.until, extension];
    } else if (end && extension.date && extension.date > end) {
      [end, by] = [undefined, extension];
    }
  }
  return by ? { expiresOn: end, by } : { expiresOn };
}

/** How a reason names the notice: its number, else its title in 《》. */
export function extensionName(extension: Extension): string {
  return extension.docNumber ?? (extension.title ? `《${extension.title}》` : '后续文件');
}
