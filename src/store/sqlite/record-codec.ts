/**
 * @module store/sqlite/record-codec
 * How a record sits in its row: JSON, compressed. Official documents are repetitive (the same
 * phrases in every paragraph), so compression shrinks a record three- to fourfold — the
 * difference between a store several times the size of its sources and one close to them.
 * (document-codec.ts first drops what a document record repeats.)
 *
 * Brotli in text mode stores Chinese JSON about 16% smaller than deflate and reads it as fast.
 * The JSON goes in as UTF-16 (two bytes a Chinese character, not three): brotli then has a
 * third less to read, so writing a document record takes ~360 µs instead of ~560 at the same
 * size, and reading skips the UTF-8 decoding that was as slow as the decompression. Rows of
 * earlier versions still read: brotli over UTF-8, raw deflate (no marker) and plain JSON text.
 *
 * What a search result reads for every hit — a document's paragraph texts, 20 documents a page
 * — is not deflated or brotli'd: inflating them took ~35 µs a hit (Huffman-decoding Chinese
 * literals, not the call) against ~7 µs to read plain UTF-16 JSON, +1 ms a search at 100× the
 * samples. LZ4 (encodeTextRecord) stores them in 0.70 of their UTF-16 and reads them in ~11 µs.
 */
import zlib from 'node:zlib';
import { compressSync as lz4Compress, uncompressSync as lz4Uncompress } from 'lz4-napi';

/**
 * First byte of a brotli row: UTF-16 JSON (current) or UTF-8 JSON (earlier). Their low bits
 * (x11x) are block type 3, which deflate reserves, so no raw deflate stream of an earlier
 * version can start with either.
 */
const BROTLI_UTF16_MARK = 0xce;
const BROTLI_UTF8_MARK = 0xcf;
/** UTF-16 JSON, not compressed. Block type 3 too, so no earlier row starts with it either. */
const PLAIN_UTF16_MARK = 0xc6;
/** UTF-16 JSON, one LZ4 block after its length (encodeTextRecord). Block type 3 as well. */
const LZ4_UTF16_MARK = 0xd6;
/**
 * Quality 5 wrote 726 document records (17.8 MB of UTF-16 JSON) in 342 ms against 410 at 6,
 * 0.4% larger; quality 4 took 215 ms but stored 12% more.
 */
const BROTLI_QUALITY = 5;

export function encodeRecord(value: unknown): Buffer {
  const json = Buffer.from(JSON.stringify(value), 'utf16le');
  const packed = zlib.brotliCompressSync(json, {
    params: {
      [zlib.constants.BROTLI_PARAM_MODE]: zlib.constants.BROTLI_MODE_TEXT,
      [zlib.constants.BROTLI_PARAM_QUALITY]: BROTLI_QUALITY,
      [zlib.constants.BROTLI_PARAM_SIZE_HINT]: json.length,
    },
  });
  return Buffer.concat([Buffer.of(BROTLI_UTF16_MARK), packed]);
}

/** The record in UTF-16 JSON as it is: read without decompressing (see the module's note). */
export function encodePlainRecord(value: unknown): Buffer {
  return Buffer.concat([Buffer.of(PLAIN_UTF16_MARK), Buffer.from(JSON.stringify(value), 'utf16le')]);
}

/**
 * The record in UTF-16 JSON as one LZ4 block (lz4-napi: the block after its length, 4 bytes
 * little-endian): for what every search hit reads, a document's paragraph texts. LZ4 finds
 * repeats without entropy coding, so it reads back about as fast as the plain JSON (see the
 * module's note).
 */
export function encodeTextRecord(value: unknown): Buffer {
  return Buffer.concat([Buffer.of(LZ4_UTF16_MARK), lz4Compress(Buffer.from(JSON.stringify(value), 'utf16le'))]);
}

function unpack(stored: Buffer): string {
  if (stored[0] === PLAIN_UTF16_MARK) return stored.toString('utf16le', 1);
  if (stored[0] === LZ4_UTF16_MARK) return lz4Uncompress(stored.subarray(1)).toString('utf16le');
  if (stored[0] === BROTLI_UTF16_MARK) return zlib.brotliDecompressSync(stored.subarray(1)).toString('utf16le');
  if (stored[0] === BROTLI_UTF8_MARK) return zlib.brotliDecompressSync(stored.subarray(1)).toString('utf8');
  return zlib.inflateRawSync(stored).toString('utf8');
}

export function decodeRecord<T>(stored: Buffer | string): T {
  return JSON.parse(typeof stored === 'string' ? stored : unpack(stored)) as T;
}
