/**
 * @module store/sqlite/fts-lists
 * Match lists read from FTS5 as one value instead of one row per match. better-sqlite3 spends
 * about a microsecond on each row it hands to JavaScript: for a word in all 25,000 documents of
 * a large archive that was 11 ms of a 14 ms rowid query, and 24 ms of 63 with BM25.
 *
 * The list is built inside SQLite by `gazette_pack` (native/phrase_columns.c) as machine
 * numbers: the values (rank, or phrase_columns mask) as doubles, then the rowids as 32-bit
 * integers. Before it, `group_concat` printed every number as decimal text for JavaScript to
 * parse back: for the 25,741 matches of 政府 at 1000× the samples, 2.4 ms against 0.8 to count
 * them, and 6.6 against 4.0 with their masks. These turn the BLOB into typed arrays.
 */

/** The bytes as a typed array of `width`-byte numbers: a view when aligned, else a copy. */
function numbers<T extends Uint32Array | Float64Array>(kind: { new (buffer: ArrayBuffer, offset: number, length: number): T; new (length: number): T }, blob: Uint8Array, from: number, count: number, width: number): T {
  const offset = blob.byteOffset + from;
  if (offset % width === 0) return new kind(blob.buffer as ArrayBuffer, offset, count);
  const copy = new kind(count);
  new Uint8Array(copy.buffer).set(blob.subarray(from, from + count * width));
  return copy;
}

/** Rowids from `gazette_pack(rowid)` (NULL when nothing matched), in the order SQLite gave them. */
export function unpackRowids(blob: Uint8Array | null | undefined): Uint32Array {
  if (!blob || blob.length === 0) return new Uint32Array(0);
  return numbers(Uint32Array, blob, 0, blob.length >> 2, 4);
}

/** Rowids and values from `gazette_pack(rowid, value)` (NULL when nothing matched), in the order SQLite gave them. */
export function unpackPairs(blob: Uint8Array | null | undefined): { rowids: Uint32Array; values: Float64Array } {
  if (!blob || blob.length === 0) return { rowids: new Uint32Array(0), values: new Float64Array(0) };
  const count = blob.length / 12;
  return { values: numbers(Float64Array, blob, 0, count, 8), rowids: numbers(Uint32Array, blob, count * 8, count, 4) };
}
