/**
 * @module store/sqlite/match-bound
 * How many documents a query may match at most, from the lists of documents of the tokens
 * every match holds — intersected, without reading a position.
 *
 * run-search.ts reads a query's matches with BM25 in one pass when they cannot exceed the BM25
 * budget, and reads the bare match list first otherwise. The tighter the bound, the fewer
 * queries read their matches twice. Every match holds every bigram of each term that stands
 * alone in its group (its phrases, pieces ANDed), so the intersection of those bigrams' lists
 * holds every match — without their order, which only FTS5's positions tell. On the bench mix
 * at 1000× the samples, 21 of 200 queries counted more than the BM25 budget by their longest
 * term's first and last bigram but matched fewer; by every bigram of every term, 3 do. The
 * intersection itself is rowid-sets.ts's, over the lists as the cache keeps them.
 */
import { quoteFts } from '../escape-query';
import { queryPieces } from '../../text/segment';

/**
 * Tokens every match holds, as FTS5 expressions: every bigram (or number, Latin word) of the
 * phrases of every term standing alone in its group. Empty when some group is a choice (OR),
 * and nothing from a one-character term (a prefix): then nothing bounds the matches, or less.
 */
export function boundingTokens(groups: ReadonlyArray<ReadonlyArray<{ text: string }>>): string[] {
  if (groups.length === 0 || groups.some((group) => group.length !== 1)) return [];
  const tokens = new Set<string>();
  for (const [term] of groups) {
    for (const piece of queryPieces(term.text)) if (piece.kind === 'phrase') for (const token of piece.tokens) tokens.add(token);
  }
  return [...tokens].map(quoteFts);
}
