/**
 * @module store/sqlite/fts-lists
 * Match lists read from FTS5 as one string instead of one row per match. better-sqlite3 spends
 * about a microsecond on each row it hands to JavaScript: for a word in all 25,000 documents of
 * a large archive that was 11 ms of a 14 ms rowid query, and 24 ms of 63 with BM25.
 * `group_concat` builds the list inside SQLite; these turn it into typed arrays.
 */

/**
 * Where rowids are parsed before they are copied out: a list of n items is at least 2n - 1
 * characters, so half the text's length bounds it. Read once, instead of counting the commas
 * first — half the time for the 26,000 rowids of a common word.
 */
let scratch = new Uint32Array(1 << 16);

/** Rowids from `group_concat(rowid)` (NULL when nothing matched). */
export function parseRowids(text: string | null | undefined): Uint32Array {
  if (!text) return new Uint32Array(0);
  const bound = (text.length >> 1) + 1;
  if (scratch.length < bound) scratch = new Uint32Array(bound);
  const out = scratch;
  let at = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 44) {
      out[at++] = value;
      value = 0;
    } else {
      value = value * 10 + (code - 48);
    }
  }
  out[at++] = value;
  return out.slice(0, at);
}

/** Rowids and ranks from `group_concat(rowid || ' ' || rank)`, in the order SQLite gave them. */
export function parseRanked(text: string | null | undefined): { rowids: Uint32Array; ranks: Float64Array } {
  if (!text) return { rowids: new Uint32Array(0), ranks: new Float64Array(0) };
  const count = itemCount(text);
  const rowids = new Uint32Array(count);
  const ranks = new Float64Array(count);
  let at = 0;
  let start = 0;
  while (start < text.length) {
    const space = text.indexOf(' ', start);
    let end = text.indexOf(',', space);
    if (end < 0) end = text.length;
    let value = 0;
    for (let i = start; i < space; i++) value = value * 10 + (text.charCodeAt(i) - 48);
    rowids[at] = value;
    ranks[at] = Number(text.slice(space + 1, end));
    at++;
    start = end + 1;
  }
  return { rowids, ranks };
}

/**
 * Rowids and phrase-column masks from `group_concat(rowid || ' ' || phrase_columns(…))`. A mask
 * holds up to 50 bits: exact as a double, parsed digit by digit.
 */
export function parseMasked(text: string | null | undefined): { rowids: Uint32Array; masks: Float64Array } {
  if (!text) return { rowids: new Uint32Array(0), masks: new Float64Array(0) };
  const count = itemCount(text);
  const rowids = new Uint32Array(count);
  const masks = new Float64Array(count);
  let at = 0;
  let value = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 32) {
      rowids[at] = value;
      value = 0;
    } else if (code === 44) {
      masks[at++] = value;
      value = 0;
    } else {
      value = value * 10 + (code - 48);
    }
  }
  masks[at] = value;
  return { rowids, masks };
}

/** Items of a non-empty comma-separated list. */
function itemCount(text: string): number {
  let count = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 44) count++;
  return count;
}
