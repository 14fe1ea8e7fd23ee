/**
 * @module store/sqlite/quoted-text
 * Sentences quoted from a document's own paragraphs, stored as where they stand. A duty's
 * sentence is nearly always a piece of the paragraph it names (57,412 of 58,628 in the bench
 * corpus): storing the text again cost 104 of 1,034 MB at 1000× the samples. Such a row keeps
 * the offset and length (schema step 6), the others their text. A reference's sentence stays
 * text: a graph reads one from each citing document, and reading those documents' paragraphs
 * made a depth-2 graph 2.5–5× slower (references are read one at a time, duties by document).
 *
 * Offsets count characters (code points), as SQLite's instr(), substr() and length() do, so
 * the matters stored by offset into their sentence since step 2 read with the same rule.
 */
import type Database from 'better-sqlite3';
import type { DocumentRow } from './document-rows';
import { documentIntact } from './checksum';
import { decodeParagraphTexts } from './document-codec';
import { textOf } from './row-values';

/** Where a quoted sentence stands in its paragraph, in characters. */
export interface Quote {
  at: number;
  length: number;
}

/** A row's quoted sentence: its own text, or where it stands in paragraph `paragraph`. */
export interface QuotedRow {
  document_id: string;
  paragraph: number;
  /** Text or UTF-16 (row-values.ts, schema step 11). */
  sentence: string | Buffer | null;
  sentence_at: number | null;
  sentence_length: number | null;
}

/** The paragraph texts of a stored document, by id. */
export type ParagraphTexts = (documentId: string) => string[];

const surrogate = /[\uD800-\uDFFF]/;

function characters(text: string): number {
  let n = 0;
  for (const _ of text) n++;
  return n;
}

/** Where `sentence` stands in `text`, or undefined when it is not a piece of it. */
export function quoteIn(text: string | undefined, sentence: string): Quote | undefined {
  if (text === undefined || sentence.length === 0) return undefined;
  const at = text.indexOf(sentence);
  if (at < 0) return undefined;
  const before = text.slice(0, at);
  return {
    at: surrogate.test(before) ? characters(before) : at,
    length: surrogate.test(sentence) ? characters(sentence) : sentence.length,
  };
}

/** The `length` characters of `text` from character `at` (SQLite's substr(text, at + 1, length)). */
export function sliceCharacters(text: string, at: number, length: number): string {
  if (!surrogate.test(text)) return text.slice(at, at + length);
  return Array.from(text).slice(at, at + length).join('');
}

/** The sentence of a row, from its text or from its document's paragraph. */
export function quotedSentence(texts: ParagraphTexts, row: QuotedRow): string {
  if (row.sentence !== null || row.sentence_at === null || row.sentence_length === null) return textOf(row.sentence) ?? '';
  return sliceCharacters(texts(row.document_id)[row.paragraph] ?? '', row.sentence_at, row.sentence_length);
}

/**
 * A reader of documents' paragraph texts for one answer, whose rows come grouped by document:
 * each document decoded once while its rows last (holding every document listed would keep the
 * whole archive's text in memory), its bytes checked against their checksum like every read of
 * a document (`refuse` throws).
 */
export function paragraphTexts(sql: (source: string) => Database.Statement, refuse: (documentId: string) => never): ParagraphTexts {
  let last: { id: string; texts: string[] } | undefined;
  return (documentId) => {
    if (last === undefined || last.id !== documentId) {
      const row = sql('SELECT record_json, paragraphs, checksum FROM documents WHERE id = ?').get(documentId) as
        | Pick<DocumentRow, 'record_json' | 'paragraphs' | 'checksum'>
        | undefined;
      if (row && !documentIntact({ record_json: row.record_json, paragraphs: row.paragraphs ?? null, checksum: row.checksum })) refuse(documentId);
      last = { id: documentId, texts: row ? decodeParagraphTexts(row.record_json, row.paragraphs) : [] };
    }
    return last.texts;
  };
}
