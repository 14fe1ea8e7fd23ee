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
 *
 * What the record quotes from the body is stored as where it stands, `[at, length]` in UTF-16
 * code units, in place of the text (so the keys keep their order): a duty's and a reference's
 * sentence in their paragraph, a duty's matter in its sentence, an outline heading's label and
 * title in its paragraph — 0.66 of the records' bytes at 1000× the samples (duties name one
 * sentence per office). Only where the pair is shorter than the text; a text not found stays.
 */
import type { Duty, GazetteDocument, OutlineNode, Paragraph, Reference } from '../../model';
import { decodeRecord, encodeRecord, encodeTextRecord } from './record-codec';

type StoredParagraph = Omit<Paragraph, 'raw' | 'text'> & { raw?: string; text?: string };
/** A text quoted from another, or where it stands in it. */
type Quoted = string | [number, number];
type StoredDuty = Omit<Duty, 'sentence' | 'matter'> & { sentence: Quoted; matter: Quoted };
type StoredReference = Omit<Reference, 'sentence'> & { sentence: Quoted };
type StoredHeading = Omit<OutlineNode, 'label' | 'title'> & { label: Quoted; title: Quoted };
type StoredDocument = Omit<GazetteDocument, 'text' | 'paragraphs' | 'duties' | 'references' | 'outline'> & {
  text?: string;
  paragraphs: StoredParagraph[];
  duties: StoredDuty[];
  references: StoredReference[];
  outline: StoredHeading[];
};

/** A document's header: everything but its body and what it quotes from it (duties, references, outline). */
export type DocumentHead = Omit<GazetteDocument, 'text' | 'paragraphs' | 'duties' | 'references' | 'outline'>;

export interface EncodedDocument {
  record: Buffer;
  /** The paragraph texts, a JSON array of strings, LZ4-compressed (encodeTextRecord): every search hit reads them. */
  paragraphs: Buffer;
}

function joined(paragraphs: Array<{ text: string }>): string {
  return paragraphs.map((paragraph) => paragraph.text).join('\n');
}

/** `quote` as where it stands in `source` when that is shorter to write. */
function pointTo(source: string | undefined, quote: string): Quoted {
  const at = source === undefined ? -1 : source.indexOf(quote);
  return at >= 0 && `${at},${quote.length}`.length < quote.length ? [at, quote.length] : quote;
}

function pointFrom(source: string | undefined, stored: Quoted): string {
  return typeof stored === 'string' ? stored : (source ?? '').slice(stored[0], stored[0] + stored[1]);
}

export function encodeDocument(document: GazetteDocument): EncodedDocument {
  const { text, paragraphs, ...rest } = document;
  const textOf = (paragraph: number) => paragraphs[paragraph]?.text;
  // Keys that `rest` holds keep their place when given again: the record reads back in its order.
  const stored: StoredDocument = {
    ...rest,
    duties: rest.duties.map((duty) => ({
      ...duty,
      sentence: pointTo(textOf(duty.paragraph), duty.sentence),
      matter: pointTo(duty.sentence, duty.matter),
    })),
    references: rest.references.map((reference) => ({ ...reference, sentence: pointTo(textOf(reference.paragraph), reference.sentence) })),
    outline: rest.outline.map((heading) => ({
      ...heading,
      label: pointTo(textOf(heading.paragraph), heading.label),
      title: pointTo(textOf(heading.paragraph), heading.title),
    })),
    paragraphs: paragraphs.map(({ raw, text: own, ...paragraph }) => (raw === own ? paragraph : { ...paragraph, raw })),
    ...(text === joined(paragraphs) ? {} : { text }),
  };
  return { record: encodeRecord(stored), paragraphs: encodeTextRecord(paragraphs.map((paragraph) => paragraph.text)) };
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
  const textOf = (paragraph: number) => whole[paragraph]?.text;
  return {
    ...rest,
    duties: rest.duties.map((duty) => {
      const sentence = pointFrom(textOf(duty.paragraph), duty.sentence);
      return { ...duty, sentence, matter: pointFrom(sentence, duty.matter) };
    }),
    references: rest.references.map((reference) => ({ ...reference, sentence: pointFrom(textOf(reference.paragraph), reference.sentence) })),
    outline: rest.outline.map((heading) => ({
      ...heading,
      label: pointFrom(textOf(heading.paragraph), heading.label),
      title: pointFrom(textOf(heading.paragraph), heading.title),
    })),
    paragraphs: whole,
    text: text ?? joined(whole),
  };
}

/** The record without its body, for callers that need only the header (no paragraphs read). */
export function decodeDocumentHead(record: Buffer | string): DocumentHead {
  const { text: _text, paragraphs: _paragraphs, duties: _duties, references: _references, outline: _outline, ...head } = decodeRecord<StoredDocument>(record);
  return head;
}
