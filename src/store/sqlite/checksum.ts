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
 */
import zlib from 'node:zlib';

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
