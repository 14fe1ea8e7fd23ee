/**
 * @module ingest/stages/page-stamp
 * When a page went up, as its CMS line stamps it (2023-03-15 09:12  来源：…, 来源：某局
 * 发布时间：2023-03-15 09:12): read by clean-lines as it drops the line, kept as the text's
 * stampedOn field, the weakest source of a 发布日期. Labels are data (data/page-noise.json
 * `publicationLabels`). Pure.
 */
import { findDates } from '../../src/domain/dates';
import type { PageNoise } from '../../src/domain/page-noise';
import { compact } from '../../src/text/normalize';

/** A clock time (09:12, 9：12): a CMS stamps it, an official date never prints one. */
export const CLOCK = /\d{1,2}\s*[:：]\s*\d{2}/;

/** What joins a span's two ends (至, 到, a dash of two hours): no CMS stamp holds one. */
const SPAN_JOIN = /[至到~～—]|\d\s*[-－]\s*\d{1,2}\s*[:：]\d{2}\s*$/;

/** Whether a CMS field's value stamps one instant with its clock time (2021-05-13 07:58:25), as a CMS does — never a span. */
export function stampsInstant(value: string): boolean {
  return CLOCK.test(value) && !SPAN_JOIN.test(value);
}
/** A date and its clock time inside a line. */
const STAMP_IN_LINE = /\d{4}\s*[-/.年]\s*\d{1,2}\s*[-/.月]\s*\d{1,2}\s*日?\s*\d{1,2}\s*[:：]\s*\d{2}(?:\s*[:：]\s*\d{2})?/g;

/**
 * The publication stamp a CMS line holds, as printed; undefined when it has none (时间, 日期 need
 * their clock time; 更新时间 is none).
 *
 * @example publicationStamp('来源：某局  发布时间：2023-03-15 09:12 浏览次数：5', rules) // '2023-03-15 09:12'
 */
export function publicationStamp(text: string, rules: PageNoise): string | undefined {
  const m = rules.publicationField.exec(text);
  if (m && (!rules.stampNeedsClock.has(m[1]) || CLOCK.test(m[2]))) return m[2].trim();
  // A date with its clock time standing bare (2023-03-15 09:12 来源：…, 来源:某网 2017-12-13 14:19),
  // never one a label of its own gives (更新时间：…).
  for (const stamp of text.matchAll(STAMP_IN_LINE)) {
    if (!/[:：]\s*$/.test(text.slice(0, stamp.index))) return stamp[0].trim();
  }
  return undefined;
}

/** The source a CMS line named (来源：某委员会) and the lines kept since. */
export interface SourceTrack {
  source?: string;
  since: number;
}

/** Lines kept after the source's line within which its byline stands (the buttons' line between). */
const BYLINE_WITHIN = 2;

/**
 * Notes the first source a CMS line names, and counts the lines kept after it; returns what the
 * line keeps (undefined when it is dropped), unchanged.
 */
export function trackSource(track: SourceTrack, text: string, kept: string | undefined, rules: PageNoise): string | undefined {
  const source = track.source ? undefined : rules.sourceField.exec(text)?.[1];
  if (source) {
    track.source = source;
    track.since = 0;
  } else if (kept !== undefined && compact(kept).length > 0) track.since++;
  return kept;
}

/**
 * The page's byline: the source its CMS line named (来源：某委员会), then a date, alone on a line
 * right under it (某委员会 2022年12月06日) — the site's, never the document's 落款, whose organ signs
 * below the text.
 *
 * @example isByline('辽宁省卫生健康委员会 2022年12月06日', { source: '辽宁省卫生健康委员会', since: 0 }) // true
 */
export function isByline(line: string, track: SourceTrack): boolean {
  const { source } = track;
  if (!source || track.since > BYLINE_WITHIN) return false;
  const t = compact(line);
  if (!t.startsWith(source) || t.length === source.length) return false;
  const rest = t.slice(source.length);
  const date = findDates(rest)[0];
  return date !== undefined && date.index === 0 && date.length === rest.length;
}
