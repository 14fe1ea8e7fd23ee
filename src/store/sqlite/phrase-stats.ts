/**
 * @module store/sqlite/phrase-stats
 * How many documents hold each phrase, kept per state of the index: the document frequencies
 * BM25 weighs a phrase by.
 *
 * FTS5 keeps no document frequencies: its bm25() counts each phrase's documents on every query
 * with one more pass over the phrase's position lists — for a query of common bigrams
 * (善企业应急预案 at 1000× the samples) half of its ranked read. A count is a property of the
 * index, not of the query, and the same phrases come back query after query (a word of a
 * residents' question, a title's words), so each is counted once per state of the index and
 * given to gazette_bm25 (native/phrase_columns.c), which ranks with exactly bm25()'s numbers.
 * At most MAX_KEPT phrases are kept, least recently used dropped first.
 */

/** Phrases kept: a number each, a few MB at most. */
const MAX_KEPT = 50_000;

/** Counts of phrases answered from memory while `generation` is the same. */
export type PhraseStats = (count: (phrase: string) => number, generation: object) => (phrase: string) => number;

/** A keeper of phrase counts, bounded to `maxKept` phrases. */
export function phraseStatsCache(maxKept = MAX_KEPT): PhraseStats {
  let current: object | undefined;
  const counts = new Map<string, number>();
  return (count, generation) => {
    if (generation !== current) {
      current = generation;
      counts.clear();
    }
    return (phrase) => {
      let n = counts.get(phrase);
      if (n === undefined) {
        n = count(phrase);
        if (counts.size >= maxKept) counts.delete(counts.keys().next().value!);
      } else {
        counts.delete(phrase);
      }
      counts.set(phrase, n);
      return n;
    };
  };
}
