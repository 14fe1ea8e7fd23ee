/**
 * @module store/sqlite/prefix-lists
 * Match lists of prefix expressions, kept between searches.
 *
 * A query of one character (县) is a prefix term: FTS5 merges the list of every bigram starting
 * with it — 745 single characters and 22,037 bigrams make up the body column at 1000× the
 * samples, and 县 alone starts several hundred of them — into one list with positions, for the
 * match list and again for each column ranked past the BM25 budget. At 1000× that was 320 ms for
 * the matches and 100 ms for the headings (every other query of the bench mix reads its lists in
 * 1–12 ms). The lists of a prefix expression are therefore kept, per state of the index, in a
 * small cache: a repeated single-character search reads them from memory. The first search of
 * a character after a change still pays the merge. Held as typed arrays, at most
 * MAX_CACHED_ROWIDS rowids in all (16 MB), least recently used dropped first.
 */
import type { MatchLists } from './rank-candidates';

/** Rowids kept in all: 4 M (16 MB of Uint32, ranks at 8 bytes more where kept): 30 lists of 130,000 at 5000×. */
const MAX_CACHED_ROWIDS = 4_000_000;

/** FTS5 prefix terms end their quoted token with `*`; no bigram phrase holds one unquoted. */
export function isPrefixExpression(expression: string): boolean {
  return expression.includes('"*');
}

type Ranked = ReturnType<MatchLists['ranked']>;

/**
 * Wraps a connection's match lists: prefix expressions answered from the cache while the index
 * state (`generation`, the field cache of one database version) is the same, others passed on.
 */
export function prefixListCache(maxRowids = MAX_CACHED_ROWIDS): (lists: MatchLists, generation: object) => MatchLists {
  let current: object | undefined;
  const ids = new Map<string, Uint32Array>();
  const ranked = new Map<string, Ranked>();
  let held = 0;

  function remember<T extends Uint32Array | Ranked>(map: Map<string, T>, key: string, value: T): T {
    const size = value instanceof Uint32Array ? value.length : value.rowids.length;
    if (size > maxRowids) return value;
    map.set(key, value);
    held += size;
    // Maps iterate in insertion order: the first key is the least recently used (a hit re-inserts).
    for (const cache of [ids, ranked] as Array<Map<string, Uint32Array | Ranked>>) {
      for (const [old, list] of cache) {
        if (held <= maxRowids || old === key) break;
        cache.delete(old);
        held -= list instanceof Uint32Array ? list.length : list.rowids.length;
      }
    }
    return value;
  }

  function cached<T extends Uint32Array | Ranked>(map: Map<string, T>, key: string, read: (key: string) => T): T {
    const hit = map.get(key);
    if (hit === undefined) return remember(map, key, read(key));
    map.delete(key);
    map.set(key, hit);
    return hit;
  }

  return (lists, generation) => {
    if (generation !== current) {
      current = generation;
      ids.clear();
      ranked.clear();
      held = 0;
    }
    return {
      ids: (expression, within) => (isPrefixExpression(expression) ? cached(ids, expression, lists.ids) : lists.ids(expression, within)),
      // A copy of the rowids: the BM25 ranking compacts the list it is given in place.
      ranked: (expression, phrases, near) => {
        if (!isPrefixExpression(expression)) return lists.ranked(expression, phrases, near);
        // Kept with what gazette_near was asked: the same expression with another NEAR is another list.
        const hit = cached(ranked, near === undefined ? expression : `${expression}\u0000${near}`, () => lists.ranked(expression, phrases, near));
        return { rowids: hit.rowids.slice(), ranks: hit.ranks, near: hit.near?.slice() };
      },
      // Not asked of prefix expressions (run-search.ts reads their lists here instead).
      located: lists.located,
      matchesAt: lists.matchesAt,
      aside: (expression, size) => {
        if (isPrefixExpression(expression)) return () => cached(ids, expression, lists.ids);
        return lists.aside ? lists.aside(expression, size) : () => lists.ids(expression);
      },
    };
  };
}
