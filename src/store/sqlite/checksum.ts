/**
 * @module store/sqlite/checksum
 * A CRC-32 of each document's stored bytes (its record and paragraph texts), written with the
 * row and checked whenever the row is read. SQLite checks the structure of its pages, not what
 * a value holds: bytes flipped inside a document's text read back as other text without any
 * error, and a server served it with 200. With the checksum such a row is refused
 * (STORE_CORRUPT, 503) and reported by `gazette check`. CRC-32 costs about a microsecond per
 * 10 KB, against ~150 µs a search hit costs. A gazette's row has one too, over its JSON columns
 * (目录, messages, issue): its 目录 overflows onto pages of its own, where zeroed or flipped
 * bytes gave a 500 (JSON that no longer parsed) or another 目录 with 200.
 *
 * A document's duties live in the `duties` table alone since schema step 12 (the record keeps
 * how many): their checksum, in the document's row, is over the values of their rows as read
 * (with the id and name of the unit each names): no paragraph has to be decoded to check it,
 * and the sentences it points into are the paragraph texts the row's own checksum covers.
 */
import zlib from 'node:zlib';
import type { DutyRole } from '../../model';
import { textOf } from './row-values';

type Bytes = Buffer | Uint8Array | string;

/** The checksum of a documents row's record_json and paragraphs, as stored. */
export function documentChecksum(record: Bytes, paragraphs: Bytes | null | undefined): number {
  const first = zlib.crc32(record);
  return paragraphs ? zlib.crc32(paragraphs, first) : first;
}

/** True when the row's bytes match its checksum (rows written before checksums pass). */
export function documentIntact(row: { record_json: Bytes; paragraphs: Bytes | null; checksum?: number | null }): boolean {
  if (row.checksum === null || row.checksum === undefined) return true;
  return documentChecksum(row.record_json, row.paragraphs) === row.checksum;
}

/** A duty row's values as read (duty-rows.ts): texts as text or UTF-16 (row-values.ts). */
export interface DutyRowValues {
  unit_id: string | null;
  /** As written: the row's own, else its unit's name. */
  unit: string;
  role: number | DutyRole;
  paragraph: number;
  sentence: string | Buffer | null;
  sentence_at: number | null;
  sentence_length: number | null;
  matter: string | Buffer | null;
  matter_at: number | null;
  matter_length: number | null;
}

/**
 * The checksum of a document's duty rows, in their order (the documents row's duties_checksum,
 * schema step 12), or null for none. Texts count as the text they read as, in either form.
 */
export function dutiesChecksum(rows: readonly DutyRowValues[]): number | null {
  if (rows.length === 0) return null;
  const values = rows.map((row) => [
    row.unit_id,
    row.unit,
    row.role,
    row.paragraph,
    textOf(row.sentence),
    row.sentence_at,
    row.sentence_length,
    textOf(row.matter),
    row.matter_at,
    row.matter_length,
  ]);
  return zlib.crc32(JSON.stringify(values));
}

/** The checksum of a gazettes row's JSON columns, as stored. */
export function gazetteChecksum(contents: Bytes, messages: Bytes, issue: Bytes | null | undefined): number {
  const first = zlib.crc32(messages, zlib.crc32(contents));
  return issue ? zlib.crc32(issue, first) : first;
}

/** True when a gazettes row's JSON columns match their checksum (rows written before checksums pass). */
export function gazetteIntact(row: { contents_json: Bytes; messages_json: Bytes; issue_json: Bytes | null; checksum?: number | null }): boolean {
  if (row.checksum === null || row.checksum === undefined) return true;
  return gazetteChecksum(row.contents_json, row.messages_json, row.issue_json) === row.checksum;
}
