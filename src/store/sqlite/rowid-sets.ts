/**
 * @module store/sqlite/rowid-sets
 * A token's documents as the token-list cache keeps them (token-counts.ts), and the
 * intersection that bounds a query's matches (match-bound.ts).
 *
 * The bigrams of official texts are each in a large share of an archive: at 5000× the bench's
 * samples the 381 tokens of the query mix are in a median 19,333 of 128,912 documents, ten in
 * every one. As ascending 32-bit rowids those lists take 46 MB, past the 16 MB the cache holds,
 * so a stream of queries cycling through them read nearly every list from FTS5 again (3 ms
 * each, a third of the mix's time). A list holding more than one rowid in 32 up to its largest
 * is kept as a bitmap instead, one bit per rowid, never larger than the list: the same 381
 * lists take 5.2 MB.
 *
 * Written here rather than taken from a Roaring bitmap package: the rowids of one index are one
 * dense range of at most a few hundred thousand, so one container kind per list (sorted array
 * or flat bitmap) is all the compression there is to have, and every consumer needs the result
 * as an ascending Uint32Array (FTS5 reads bounded by it, half-reads.ts). `roaring` compiles
 * CRoaring at install; `roaring-wasm` copies each list into and out of WebAssembly memory and
 * must be freed by hand when the cache drops one.
 */

/** A set of rowids: ascending, or a bitmap. */
export type RowidSet = Uint32Array | RowidBits;

/** Bit r of `bits` (word r >>> 5, bit r & 31) set for each rowid r; `size` of them set. */
export interface RowidBits {
  readonly bits: Uint32Array;
  readonly size: number;
}

/**
 * The smaller form of an ascending list: the list itself, or its bitmap when the bitmap's
 * words are fewer than its rowids.
 *
 * @example packRowids(Uint32Array.of(1, 2, 3, 5)) // { bits: Uint32Array [46], size: 4 }
 */
export function packRowids(rowids: Uint32Array): RowidSet {
  if (rowids.length === 0) return rowids;
  const words = (rowids[rowids.length - 1] >>> 5) + 1;
  if (words >= rowids.length) return rowids;
  const bits = new Uint32Array(words);
  for (const rowid of rowids) bits[rowid >>> 5] |= 1 << (rowid & 31);
  return { bits, size: rowids.length };
}

/** Bytes a set holds in memory, for the cache's budget. */
export function rowidSetBytes(set: RowidSet): number {
  return set instanceof Uint32Array ? set.byteLength : set.bits.byteLength;
}

/**
 * The rowids in every set, ascending; undefined when there are none. With one list, that list
 * itself (not a copy): the caller must not change it.
 */
export function intersection(sets: RowidSet[]): Uint32Array | undefined {
  if (sets.length === 0) return undefined;
  const lists: Uint32Array[] = [];
  const maps: RowidBits[] = [];
  for (const set of sets) {
    if (set instanceof Uint32Array) lists.push(set);
    else maps.push(set);
  }
  if (lists.length === 0) return rowidsOf(and(maps));
  lists.sort((a, b) => a.length - b.length);
  // The sparsest bitmap first: it drops the most of the list.
  maps.sort((a, b) => a.size - b.size);
  let common = lists[0];
  for (const other of lists.slice(1)) {
    if (common.length === 0) return common;
    common = intersect(common, other);
  }
  for (const map of maps) {
    if (common.length === 0) return common;
    common = within(common, map.bits);
  }
  return common;
}

/** Rowids in both ascending lists, by galloping through the longer: the short list is often 100× shorter. */
function intersect(short: Uint32Array, long: Uint32Array): Uint32Array {
  const out = new Uint32Array(short.length);
  let count = 0;
  let at = 0;
  for (const rowid of short) {
    let step = 1;
    let high = at;
    while (high < long.length && long[high] < rowid) {
      at = high + 1;
      high += step;
      step <<= 1;
    }
    let low = at;
    let top = Math.min(high, long.length - 1);
    while (low <= top) {
      const mid = (low + top) >> 1;
      if (long[mid] < rowid) low = mid + 1;
      else top = mid - 1;
    }
    at = low;
    if (at < long.length && long[at] === rowid) out[count++] = rowid;
  }
  return out.subarray(0, count);
}

/** The rowids of the list whose bit is set. */
function within(list: Uint32Array, bits: Uint32Array): Uint32Array {
  const out = new Uint32Array(list.length);
  let count = 0;
  for (const rowid of list) {
    const word = rowid >>> 5;
    if (word < bits.length && (bits[word] >>> (rowid & 31)) & 1) out[count++] = rowid;
  }
  return out.subarray(0, count);
}

/** The bitmaps' words ANDed, as long as the shortest (a rowid past a bitmap's end is not in it). */
function and(maps: RowidBits[]): { words: Uint32Array; most: number } {
  let length = Infinity;
  let most = Infinity;
  for (const map of maps) {
    length = Math.min(length, map.bits.length);
    most = Math.min(most, map.size);
  }
  const words = maps[0].bits.slice(0, length);
  for (const map of maps.slice(1)) {
    const bits = map.bits;
    for (let i = 0; i < length; i++) words[i] &= bits[i];
  }
  return { words, most };
}

/** The set bits' rowids, ascending; `most` bounds how many there are. */
function rowidsOf({ words, most }: { words: Uint32Array; most: number }): Uint32Array {
  const out = new Uint32Array(most);
  let count = 0;
  for (let i = 0; i < words.length; i++) {
    // As a signed 32-bit integer: w & -w isolates the lowest set bit, bit 31 included.
    let w = words[i] | 0;
    while (w !== 0) {
      const lowest = w & -w;
      out[count++] = (i << 5) + 31 - Math.clz32(lowest);
      w ^= lowest;
    }
  }
  return out.subarray(0, count);
}
