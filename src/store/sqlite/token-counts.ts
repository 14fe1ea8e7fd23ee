/**
 * @module store/sqlite/token-counts
 * How many documents hold a token, kept per state of the index.
 *
 * Before ranking, a search asks how many documents hold the rarest token every match must hold
 * (run-search.ts: past the BM25 budget a query is ranked by fields instead). FTS5 keeps no
 * document frequencies: `count(*)` reads the token's whole list, 1–2 ms for a bigram in most of
 * 26,000 documents, about a tenth of the bench mix's time at 1000× the samples. The vocabulary is
 * small (about 24,000 bigrams and words there), and the same tokens come back query after query,
 * so a count is read once per state of the index and then kept: at most MAX_KEPT_TOKENS numbers.
 */

/** Tokens whose counts are kept: more than the whole vocabulary of the 1000× bench store. */
const MAX_KEPT_TOKENS = 100_000;

/** A counter of documents per token, answered from memory while `generation` is the same. */
export function tokenCountCache(): (count: (token: string) => number, generation: object) => (token: string) => number {
  let current: object | undefined;
  const counts = new Map<string, number>();
  return (count, generation) => {
    if (generation !== current) {
      current = generation;
      counts.clear();
    }
    return (token) => {
      let n = counts.get(token);
      if (n === undefined) {
        n = count(token);
        if (counts.size >= MAX_KEPT_TOKENS) counts.clear();
        counts.set(token, n);
      }
      return n;
    };
  };
}
