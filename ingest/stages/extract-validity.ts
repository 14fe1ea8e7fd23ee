/**
 * @module ingest/stages/extract-validity
 * When a document takes effect and for how long: 自2022年8月16日起实施 / 自印发之日起施行 (→ the
 * document's date) and 有效期3年 (→ expiry date). An explicit date wins over 自印发之日起, since
 * the instrument's own clause is more specific than the notice's.
 */
import { addDays, addYears, chineseNumber, findDates } from '../../src/domain/dates';
import { loadDataJson } from '../../src/domain/load-data';
import type { GazetteDocument, Validity } from '../../src/model';
import { compact, foldWidth } from '../../src/text/normalize';
import { splitSentences } from './extract-references';

interface ValidityPhrases {
  verbs: string[];
  issueEvents: string[];
  validFor: string[];
}

/**
 * @example createExtractValidity()(doc).validity // { effectiveFrom: '2022-08-16', validYears: 3, expiresOn: '2025-08-15', sentence: '…' }
 */
export function createExtractValidity(phrases: ValidityPhrases = loadDataJson<ValidityPhrases>('validity-phrases.json')): (doc: GazetteDocument) => GazetteDocument {
  const verbs = phrases.verbs.join('|');
  const fromDate = new RegExp(`自(.{6,20}?日)起(?:正式)?(?:${verbs})`);
  const fromIssue = new RegExp(`自(?:${phrases.issueEvents.join('|')})之日起(?:${verbs})`);
  const validFor = new RegExp(`(?:${phrases.validFor.join('|')})(?:为)?(\\d{1,2}|[一二三四五六七八九十两]{1,3})(?:个)?年`);
  const validUntil = new RegExp(`(?:${phrases.validFor.join('|')})(?:至|到)(.{6,20}?日)`);

  return (doc) => {
    let explicit: { date: string; sentence: string } | undefined;
    let onIssue: string | undefined;
    let years: { n: number; sentence: string } | undefined;
    let until: { date: string; sentence: string } | undefined;
    for (const paragraph of doc.paragraphs) {
      for (const raw of splitSentences(paragraph.text)) {
        const s = foldWidth(compact(raw));
        const d = s.match(fromDate);
        if (d && !explicit) {
          const date = findDates(d[1])[0]?.iso;
          if (date) explicit = { date, sentence: raw };
        }
        if (!onIssue && fromIssue.test(s)) onIssue = raw;
        const y = s.match(validFor);
        if (y && !years) {
          const n = chineseNumber(y[1]);
          if (n) years = { n, sentence: raw };
        }
        const u = s.match(validUntil);
        if (u && !until) {
          const date = findDates(u[1])[0]?.iso;
          if (date) until = { date, sentence: raw };
        }
      }
    }
    const effectiveFrom = explicit?.date ?? (onIssue ? doc.date : undefined);
    const validity: Validity = {};
    if (effectiveFrom) validity.effectiveFrom = effectiveFrom;
    if (years) validity.validYears = years.n;
    const start = effectiveFrom ?? doc.date;
    if (until) validity.expiresOn = until.date;
    else if (years && start) validity.expiresOn = addDays(addYears(start, years.n), -1);
    const sentence = [explicit?.sentence ?? onIssue, years?.sentence ?? until?.sentence].filter(Boolean);
    if (sentence.length) validity.sentence = [...new Set(sentence)].join(' ');
    return { ...doc, validity };
  };
}
