/**
 * @module store/sqlite/document-rows
 * A stored document's row as the store's queries read it, and the brief (number, title, body,
 * date, gazette) that lists, graphs and duties show of a document.
 */
import type { DocumentBrief } from '../gazette-store';

export interface DocumentRow {
  id: string;
  gazette_id: string;
  ordinal: number;
  doc_number: string | null;
  title: string;
  issuing_body: string | null;
  date: string | null;
  county: string | null;
  record_json: Buffer | string;
  paragraphs?: Buffer | null;
  /** CRC-32 of record_json and paragraphs (checksum.ts); null in rows written before it. */
  checksum?: number | null;
  /** The number duties and references name it by (schema step 11). */
  no?: number;
  /** CRC-32 of its duties as read back (checksum.ts dutiesChecksum, schema step 12); null for none. */
  duties_checksum?: number | null;
}

/** The columns of a brief, from `documents d`. */
export const briefColumns = 'd.id, d.gazette_id, d.ordinal, d.doc_number, d.title, d.issuing_body, d.date, d.county';

export function undef<T>(value: T | null | undefined): T | undefined {
  return value === null ? undefined : value;
}

export function brief(row: Omit<DocumentRow, 'record_json' | 'paragraphs'>): DocumentBrief {
  return {
    id: row.id,
    docNumber: undef(row.doc_number),
    title: row.title,
    issuingBody: undef(row.issuing_body),
    date: undef(row.date),
    county: undef(row.county),
    gazetteId: row.gazette_id,
  };
}
