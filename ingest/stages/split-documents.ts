/**
 * @module ingest/stages/split-documents
 * Document boundaries. A document starts with its title block (issuing body + 关于…的通知, on
 * one to three lines) followed by its number (稷政办发〔2022〕31号) or, for documents without a
 * number, by the recipients line ending in ：. It ends where the next one starts.
 */
import { parseDocNumber } from '../../src/domain/doc-number';
import { isIssuerName, titleTypeWord } from '../../src/domain/grammar';
import type { Paragraph } from '../../src/model';
import { compact } from '../../src/text/normalize';
import { isHeading } from './repair-paragraphs';

export interface DocumentBlock {
  /** Paragraph index of the first title paragraph. */
  start: number;
  /** Paragraph index of the document number, when there is one. */
  numberAt?: number;
  /** Paragraph index after the last paragraph. */
  end: number;
}

const SENTENCE = /[，。；,;：:！？]/;

function isTitlePart(text: string): boolean {
  const t = compact(text);
  return t.length > 0 && t.length <= 90 && !SENTENCE.test(t) && !isHeading(t) && !/^[（(]此件/.test(t) && parseDocNumber(t) === undefined;
}

/** The paragraphs before `at` that form the title: the shortest run that holds 关于 or opens with an issuer. */
function titleStart(paragraphs: Paragraph[], at: number, floor: number): number | undefined {
  const parts: number[] = [];
  for (let i = at - 1; i >= floor && parts.length < 3; i--) {
    if (!isTitlePart(paragraphs[i].text)) break;
    parts.unshift(i);
  }
  if (parts.length === 0) return undefined;
  for (let k = parts.length - 1; k >= 0; k--) {
    const text = compact(parts.slice(k).map((i) => paragraphs[i].text).join(''));
    if (text.includes('关于') || isIssuerName(paragraphs[parts[k]].text)) {
      // Take in an issuer line standing just before a 关于… line.
      if (k > 0 && isIssuerName(paragraphs[parts[k - 1]].text) && !isIssuerName(paragraphs[parts[k]].text)) return parts[k - 1];
      return parts[k];
    }
  }
  return titleTypeWord(paragraphs[parts[parts.length - 1]].text) ? parts[parts.length - 1] : undefined;
}

/**
 * @example splitDocuments(paragraphs) // [{ start: 12, numberAt: 13, end: 20 }, …]
 */
export function splitDocuments(paragraphs: Paragraph[]): DocumentBlock[] {
  const starts: Array<{ start: number; numberAt?: number }> = [];
  let floor = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const text = compact(paragraphs[i].text);
    if (parseDocNumber(text)) {
      const start = titleStart(paragraphs, i, floor);
      if (start !== undefined) {
        starts.push({ start, numberAt: i });
        floor = i + 1;
      }
      continue;
    }
    // A document without a number: 关于…的通知 followed by the recipients line.
    const next = paragraphs[i + 1] && compact(paragraphs[i + 1].text);
    if (i >= floor && next && /[：:]$/.test(next) && next.length <= 120 && text.includes('关于') && titleTypeWord(text) && isTitlePart(text)) {
      const start = titleStart(paragraphs, i + 1, floor) ?? i;
      starts.push({ start });
      floor = i + 1;
    }
  }
  return starts.map((s, k) => ({ ...s, end: k + 1 < starts.length ? starts[k + 1].start : paragraphs.length }));
}
