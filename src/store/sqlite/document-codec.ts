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
 * code units, in place of the text (so the keys keep their order): a reference's sentence in
 * its paragraph, an outline heading's label and title in its paragraph. Only where the pair is
 * shorter than the text; a text not found stays.
 *
 * Since schema step 13 a paragraph of lines only is `[first line − previous paragraph's last,
 * last − first]` (its raw lines third where they differ) and a heading `[level, label, title,
 * paragraph − previous heading's]`: numbers that grow along the document were a fifth of the
 * records' bytes after brotli, their keys a little more (records 3.47 → 2.77 MB at 100× the
 * samples). Anything else (a paragraph with a page) stays an object; both read back the same.
 *
 * A document's duties are not in its record since schema step 12: the `duties` table holds each
 * one already (unit profiles and who-handles read it), and the record kept them a second time —
 * 11.4 of 47.6 MB of records at 1000× the samples. The record keeps how many in their place (the
 * keys keep their order); decoding reads them from the table (duty-rows.ts), whose rows the
 * documents row's duties_checksum covers (checksum.ts). Records written before keep their duties
 * (sentence and matter as where they stand, as references' sentences) and read as they are.
 */
import type { Duty, GazetteDocument, OutlineNode, Paragraph, Reference } from '../../model';
import { decodeRecord, encodeRecord, encodeTextRecord } from './record-codec';

type StoredParagraph = Omit<Paragraph, 'raw' | 'text'> & { raw?: string; text?: string };
/**
 * A paragraph of lines only (schema step 13): its first line's distance from the previous
 * paragraph's last (or from 0), how many lines after its first it ends, and its raw lines where
 * they are not its text. A paragraph with more (a page) stays an object.
 */
type PackedParagraph = [number, number] | [number, number, string];
/** A text quoted from another, or where it stands in it. */
type Quoted = string | [number, number];
type StoredDuty = Omit<Duty, 'sentence' | 'matter'> & { sentence: Quoted; matter: Quoted };
type StoredReference = Omit<Reference, 'sentence'> & { sentence: Quoted };
type StoredHeading = Omit<OutlineNode, 'label' | 'title'> & { label: Quoted; title: Quoted };
/** A heading (schema step 13): level, label, title, and its paragraph's distance from the previous heading's (or from 0). */
type PackedHeading = [number, Quoted, Quoted, number];
type StoredDocument = Omit<GazetteDocument, 'text' | 'paragraphs' | 'duties' | 'references' | 'outline'> & {
  text?: string;
  paragraphs: Array<StoredParagraph | PackedParagraph>;
  /** How many duties the `duties` table holds for it (schema step 12), or, in records written before, the duties. */
  duties: number | StoredDuty[];
  references: StoredReference[];
  outline: Array<StoredHeading | PackedHeading>;
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

/** The key lists a paragraph and a heading are packed for: another key (a page) keeps its object, which reads back in its own order. */
const LINES_ONLY = 'lineStart,lineEnd';
const LINES_AND_RAW = 'lineStart,lineEnd,raw';
const HEADING = 'level,label,title,paragraph';

/** Paragraphs of lines only as PackedParagraph, their lines counted from the previous one's end. */
function packParagraphs(paragraphs: StoredParagraph[]): Array<StoredParagraph | PackedParagraph> {
  let end = 0;
  return paragraphs.map((paragraph) => {
    const keys = Object.keys(paragraph).join();
    const from = end;
    end = paragraph.lineEnd;
    if (keys !== LINES_ONLY && keys !== LINES_AND_RAW) return paragraph;
    const packed: PackedParagraph = [paragraph.lineStart - from, paragraph.lineEnd - paragraph.lineStart];
    return paragraph.raw === undefined ? packed : [...packed, paragraph.raw];
  });
}

function unpackParagraphs(stored: Array<StoredParagraph | PackedParagraph>): StoredParagraph[] {
  let end = 0;
  return stored.map((paragraph) => {
    if (!Array.isArray(paragraph)) {
      end = paragraph.lineEnd;
      return paragraph;
    }
    const lineStart = end + paragraph[0];
    end = lineStart + paragraph[1];
    return paragraph.length === 3 ? { lineStart, lineEnd: end, raw: paragraph[2] } : { lineStart, lineEnd: end };
  });
}

/** Headings as PackedHeading, each paragraph counted from the previous heading's. */
function packOutline(outline: StoredHeading[]): Array<StoredHeading | PackedHeading> {
  let last = 0;
  return outline.map((heading) => {
    const from = last;
    last = heading.paragraph;
    return Object.keys(heading).join() === HEADING ? [heading.level, heading.label, heading.title, heading.paragraph - from] : heading;
  });
}

function unpackOutline(stored: Array<StoredHeading | PackedHeading>): StoredHeading[] {
  let last = 0;
  return stored.map((heading) => {
    if (!Array.isArray(heading)) {
      last = heading.paragraph;
      return heading;
    }
    last += heading[3];
    return { level: heading[0], label: heading[1], title: heading[2], paragraph: last };
  });
}

export function encodeDocument(document: GazetteDocument): EncodedDocument {
  const { text, paragraphs, ...rest } = document;
  const textOf = (paragraph: number) => paragraphs[paragraph]?.text;
  // Keys that `rest` holds keep their place when given again: the record reads back in its order.
  const stored: StoredDocument = {
    ...rest,
    duties: rest.duties.length,
    references: rest.references.map((reference) => ({ ...reference, sentence: pointTo(textOf(reference.paragraph), reference.sentence) })),
    outline: packOutline(
      rest.outline.map((heading) => ({
        ...heading,
        label: pointTo(textOf(heading.paragraph), heading.label),
        title: pointTo(textOf(heading.paragraph), heading.title),
      })),
    ),
    paragraphs: packParagraphs(paragraphs.map(({ raw, text: own, ...paragraph }) => (raw === own ? paragraph : { ...paragraph, raw }))),
    ...(text === joined(paragraphs) ? {} : { text }),
  };
  return { record: encodeRecord(stored), paragraphs: encodeTextRecord(paragraphs.map((paragraph) => paragraph.text)) };
}

/** The paragraph texts of a row (from its `paragraphs` column, or from an earlier version's whole record). */
export function decodeParagraphTexts(record: Buffer | string, paragraphs: Buffer | null | undefined): string[] {
  if (paragraphs) return decodeRecord<string[]>(paragraphs);
  // Records of that version hold their texts, and no packed paragraph (schema step 13 writes those beside a paragraphs column).
  return decodeRecord<StoredDocument>(record).paragraphs.map((paragraph) => (Array.isArray(paragraph) ? '' : (paragraph.text ?? '')));
}

/**
 * Reads a document's duties from the `duties` table (duty-rows.ts), given its paragraph texts and
 * how many its record says it has; throws when they do not read back whole.
 */
export type DutiesReader = (paragraphs: string[], count: number) => Duty[];

/** The whole document of a row; `duties` reads its duties from their table (records since schema step 12 keep only their number). */
export function decodeDocument(record: Buffer | string, paragraphs: Buffer | null | undefined, duties?: DutiesReader): GazetteDocument {
  const { text, paragraphs: packed, ...rest } = decodeRecord<StoredDocument>(record);
  const texts = paragraphs ? decodeRecord<string[]>(paragraphs) : undefined;
  const whole = unpackParagraphs(packed).map((paragraph, i): Paragraph => {
    const own = texts?.[i] ?? paragraph.text ?? '';
    return { ...paragraph, text: own, raw: paragraph.raw ?? own };
  });
  const textOf = (paragraph: number) => whole[paragraph]?.text;
  return {
    ...rest,
    duties: typeof rest.duties === 'number' ? tableDuties(rest.duties, whole, duties) : rest.duties.map((duty) => {
      const sentence = pointFrom(textOf(duty.paragraph), duty.sentence);
      return { ...duty, sentence, matter: pointFrom(sentence, duty.matter) };
    }),
    references: rest.references.map((reference) => ({ ...reference, sentence: pointFrom(textOf(reference.paragraph), reference.sentence) })),
    // Keys that `rest` holds keep their place when given again, as in encodeDocument.
    outline: unpackOutline(rest.outline).map((heading) => ({
      ...heading,
      label: pointFrom(textOf(heading.paragraph), heading.label),
      title: pointFrom(textOf(heading.paragraph), heading.title),
    })),
    paragraphs: whole,
    text: text ?? joined(whole),
  };
}

function tableDuties(count: number, paragraphs: Paragraph[], read: DutiesReader | undefined): Duty[] {
  if (count === 0) return [];
  if (!read) throw new Error(`the record's ${count} duties are in the duties table: decodeDocument needs its reader`);
  return read(paragraphs.map((paragraph) => paragraph.text), count);
}

/** The record without its body, for callers that need only the header (no paragraphs read). */
export function decodeDocumentHead(record: Buffer | string): DocumentHead {
  const { text: _text, paragraphs: _paragraphs, duties: _duties, references: _references, outline: _outline, ...head } = decodeRecord<StoredDocument>(record);
  return head;
}
