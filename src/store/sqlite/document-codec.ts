/**
 * @module store/sqlite/document-codec
 * How a document sits in its `documents` row: the paragraph texts in `paragraphs` (what
 * search passages are cut from, read without the rest), and the record without what it
 * repeats in `record_json`.
 *
 * The body used to arrive four times: the record's `text`, each paragraph's `text`, each
 * paragraph's `raw` lines (equal to the repaired text for ~98% of paragraphs), and the search
 * index's copy of the paragraphs — a window too wide for the compressor to fold. Now the texts
 * are stored once, `text` is dropped when it is the paragraphs joined (it always is today) and
 * `raw` when it equals its paragraph's text; decoding puts them back. Rows of earlier versions
 * (whole record, no `paragraphs` column value) read unchanged.
 */
import type { GazetteDocument, Paragraph } from '../../model';
import { decodeRecord, encodePlainRecord, encodeRecord } from './record-codec';

type StoredParagraph = Omit<Paragraph, 'raw' | 'text'> & { raw?: string; text?: string };
type StoredDocument = Omit<GazetteDocument, 'text' | 'paragraphs'> & { text?: string; paragraphs: StoredParagraph[] };

/** A document's header and knowledge: everything but its body. */
export type DocumentHead = Omit<GazetteDocument, 'text' | 'paragraphs'>;

export interface EncodedDocument {
  record: Buffer;
  /** The paragraph texts, a JSON array of strings, uncompressed: every search hit reads them. */
  paragraphs: Buffer;
}

function joined(paragraphs: Array<{ text: string }>): string {
  return paragraphs.map((paragraph) => paragraph.text).join('\n');
}

export function encodeDocument(document: GazetteDocument): EncodedDocument {
  const { text, paragraphs, ...rest } = document;
  const stored: StoredDocument = {
    ...rest,
    paragraphs: paragraphs.map(({ raw, text: own, ...paragraph }) => (raw === own ? paragraph : { ...paragraph, raw })),
    ...(text === joined(paragraphs) ? {} : { text }),
  };
  return { record: encodeRecord(stored), paragraphs: encodePlainRecord(paragraphs.map((paragraph) => paragraph.text)) };
}

/** The paragraph texts of a row (from its `paragraphs` column, or from an earlier version's whole record). */
export function decodeParagraphTexts(record: Buffer | string, paragraphs: Buffer | null | undefined): string[] {
  if (paragraphs) return decodeRecord<string[]>(paragraphs);
  return decodeRecord<StoredDocument>(record).paragraphs.map((paragraph) => paragraph.text ?? '');
}

export function decodeDocument(record: Buffer | string, paragraphs: Buffer | null | undefined): GazetteDocument {
  const { text, paragraphs: stored, ...rest } = decodeRecord<StoredDocument>(record);
  const texts = paragraphs ? decodeRecord<string[]>(paragraphs) : undefined;
  const whole = stored.map((paragraph, i): Paragraph => {
    const own = texts?.[i] ?? paragraph.text ?? '';
    return { ...paragraph, text: own, raw: paragraph.raw ?? own };
  });
  return { ...rest, paragraphs: whole, text: text ?? joined(whole) };
}

/** The record without its body, for callers that need only the header (no paragraphs read). */
export function decodeDocumentHead(record: Buffer | string): DocumentHead {
  const { text: _text, paragraphs: _paragraphs, ...head } = decodeRecord<StoredDocument>(record);
  return head;
}
