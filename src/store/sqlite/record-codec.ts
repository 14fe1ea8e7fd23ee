/**
 * @module store/sqlite/record-codec
 * How a document record sits in its row: JSON, deflated. Official documents are repetitive
 * (the repaired text next to the original lines, the same phrases in every paragraph), so
 * deflate shrinks a record about threefold — the difference between a store several times the
 * size of its sources and one close to them. Rows written as plain JSON text by earlier
 * versions still read.
 */
import zlib from 'node:zlib';

export function encodeRecord(value: unknown): Buffer {
  return zlib.deflateRawSync(Buffer.from(JSON.stringify(value)), { level: 6 });
}

export function decodeRecord<T>(stored: Buffer | string): T {
  return JSON.parse(typeof stored === 'string' ? stored : zlib.inflateRawSync(stored).toString('utf8')) as T;
}
