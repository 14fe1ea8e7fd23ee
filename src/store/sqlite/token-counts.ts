/**
 * @module store/sqlite/token-counts
 * The documents holding a token (in any column, or in one), kept per state of the index.
 *
 * Before ranking, a search asks how many documents may match (run-search.ts: past the BM25
 * budget a query is ranked by fields instead). FTS5 keeps no document frequencies, and the
 * count of one token only bounds the matches loosely: a query of three common words
 * (方面提出的重大) counted 5,000 documents for each word while 1,900 held all three, so the
 * match list was read once to count it and again with BM25 (1.3 ms of 16 at 1000× the samples).
 * The token's list of documents (rowids, ascending as FTS5 gives them) is therefore kept: the
 * lists of the query's tokens intersected bound the matches tightly (match-bound.ts), without
 * reading any position. The vocabulary is small (about 24,000 bigrams and words at 1000×) and
 * the same tokens come back query after query, so a list is read once per state of the index
 * and kept while it fits: at most MAX_KEPT_BYTES in all, least recently used dropped first. A
 * list is kept in the smaller of two forms (rowid-sets.ts): most bigrams are in so many
 * documents that a bitmap is a tenth of their rowids' size or less. A query of one token keeps
 * its title and headings lists here too (`{title} : ("政府")`): the field ranking of a common
 * word reads them on every search.
 */
import { packRowids, rowidSetBytes, type RowidSet } from './rowid-sets';

/**
 * Bytes kept in all: 16 MB, the 381 tokens of the bench mix three times over at 5000× the
 * samples (128,912 documents: a token in every one is a 16 KB bitmap).
 */
const MAX_KEPT_BYTES = 16 * 1024 * 1024;

/** The documents of a token, answered from memory while `generation` is the same. */
export type TokenLists = (read: (token: string) => Uint32Array, generation: object) => (token: string) => RowidSet;

/** A keeper of token lists, bounded to `maxBytes` bytes. */
export function tokenListCache(maxBytes = MAX_KEPT_BYTES): TokenLists {
  let current: object | undefined;
  const lists = new Map<string, RowidSet>();
  let held = 0;

  function remember(token: string, read: Uint32Array): RowidSet {
    const list = packRowids(read);
    const bytes = rowidSetBytes(list);
    if (bytes > maxBytes) return list;
    lists.set(token, list);
    held += bytes;
    // Maps iterate in insertion order: the first key is the least recently used (a hit re-inserts).
    for (const [old, kept] of lists) {
      if (held <= maxBytes || old === token) break;
      lists.delete(old);
      held -= rowidSetBytes(kept);
    }
    return list;
  }

  return (read, generation) => {
    if (generation !== current) {
      current = generation;
      lists.clear();
      held = 0;
    }
    return (token) => {
      const hit = lists.get(token);
      if (hit === undefined) return remember(token, read(token));
      lists.delete(token);
      lists.set(token, hit);
      return hit;
    };
  };
}
