/**
 * @module ingest/stages/split-excerpt
 * A page cut out of a gazette or a document file often holds the end of one document — its
 * last clauses and its 落款 (issuer, date, publicity note) — and then the head of the next
 * (title, number, recipients). Read as one document it would be titled by a clause of the first
 * and lose the second's number and title. This stage finds that seam: exactly one document head
 * in the text, and before it a 落款 closing body text. The pipeline then reads each side as a
 * document of its own.
 */
import { parseChineseDate } from '../../src/domain/dates';
import { isIssuerName, publicityNote } from '../../src/domain/grammar';
import type { Paragraph, SourceText } from '../../src/model';
import { compact } from '../../src/text/normalize';
import type { DocumentBlock } from './split-documents';

/** A body sentence: what a document's tail holds and a header or a metadata block does not. */
const SENTENCE = /[。；;！!？?]$/;
const MIN_SENTENCE_CHARS = 12;

/** Where the 落款 ends among the paragraphs before `end`: issuer then date, a publicity note after them or not. */
function closesWithSignOff(paragraphs: Paragraph[], end: number): boolean {
  let at = end - 1;
  if (at >= 0 && publicityNote(compact(paragraphs[at].text)) !== undefined) at--;
  return at >= 1 && parseChineseDate(compact(paragraphs[at].text)) !== undefined && isIssuerName(paragraphs[at - 1].text);
}

/**
 * The two sides of the seam, as texts of their own lines; [] when the text is not such an excerpt.
 * `paragraphs` and `blocks` are the text's repaired paragraphs and the document heads found in
 * them (repairParagraphs, splitDocuments), which the pipeline has already made.
 *
 * @example excerptParts(text, paragraphs, blocks).map((t) => t.lines[0].text) // ['（三）强化资金保障。…', '某县人民政府办公室']
 */
export function excerptParts(text: SourceText, paragraphs: Paragraph[], blocks: DocumentBlock[]): SourceText[] {
  if (blocks.length !== 1) return [];
  const head = blocks[0].start;
  if (!closesWithSignOff(paragraphs, head)) return [];
  const tail = paragraphs.slice(0, head);
  if (!tail.some((p) => SENTENCE.test(compact(p.text)) && compact(p.text).length >= MIN_SENTENCE_CHARS)) return [];
  const seam = paragraphs[head].lineStart;
  return [
    { ...text, lines: text.lines.slice(0, seam), messages: [] },
    { ...text, lines: text.lines.slice(seam), messages: [] },
  ];
}
