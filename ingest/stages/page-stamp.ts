/**
 * @module ingest/stages/page-stamp
 * When a page went up, as its CMS line stamps it (2023-03-15 09:12  来源：…, 来源：某局
 * 发布时间：2023-03-15 09:12): read by clean-lines as it drops the line, kept as the text's
 * stampedOn field, the weakest source of a 发布日期. Labels are data (data/page-noise.json
 * `publicationLabels`). Pure.
 */
import type { PageNoise } from '../../src/domain/page-noise';

/** A clock time (09:12, 9：12): a CMS stamps it, an official date never prints one. */
export const CLOCK = /\d{1,2}\s*[:：]\s*\d{2}/;
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
