/**
 * @module store/query/fallback-search
 * A search that tries again, in the documents' words, when the words typed find no document
 * holding them all. The query is searched as typed first — a staff member's word is searched
 * exactly — and only then:
 * 1. a resident's everyday word (养狗, 挖沙) is searched as itself OR the gazettes' words for it
 *    (everyday-terms.ts everydayQuery: 养狗 → 养犬);
 * 2. failing that, a word no document holds (河道里, 乱采砂) is searched by the pairs of
 *    characters inside it that documents hold (unfound-words.ts: 河道, 乱采 OR 采砂).
 * A second answer is kept when it finds documents holding every word, or when the first found
 * none at all, and says in its notice what it did.
 *
 * Over any SearchBackend, so SQLite and Meilisearch answer the same way.
 */
import type { SearchRequest, SearchResult } from '../../model';
import type { SearchBackend } from '../search-backend';
import { everydayQuery, type RewrittenQuery } from './everyday-terms';
import { pairsOf, piecesQuery, wordsToCheck } from './unfound-words';

/** The answer, and the request it answers (the query rewritten, when it was). */
export interface FallbackAnswer {
  result: SearchResult;
  request: SearchRequest;
}

type Searcher = Pick<SearchBackend, 'search'>;

/** Words and pairs checked at most, so a long query's fallback costs a bounded number of searches. */
const MAX_CHECKS = 16;

/** Whether the first answer leaves room for a better one: not every word was found. */
function wordsMissing(result: SearchResult): boolean {
  if (result.missingNumber) return false;
  return result.mode === 'partial' || (result.mode === 'all' && result.total === 0);
}

/** Which of `words` some document holds (as a phrase, within the request's filters). */
async function heldWords(backend: Searcher, request: SearchRequest, words: string[]): Promise<Set<string>> {
  const counted = await Promise.all(
    words.map((word) => backend.search({ q: `"${word}"`, filters: request.filters, asOf: request.asOf, page: 1, limit: 1, explain: false, sort: 'relevance' })),
  );
  return new Set(words.filter((_, i) => counted[i].total > 0));
}

/** The query with its unfound words written as the pairs inside them documents hold. */
async function piecesOf(backend: Searcher, request: SearchRequest): Promise<RewrittenQuery | undefined> {
  const words = wordsToCheck(request.q).slice(0, MAX_CHECKS);
  if (words.length === 0) return undefined;
  const found = await heldWords(backend, request, words);
  const unfound = words.filter((word) => !found.has(word));
  if (unfound.length === 0) return undefined;
  const pairs = [...new Set(unfound.flatMap(pairsOf))].filter((pair) => !unfound.includes(pair)).slice(0, MAX_CHECKS);
  return piecesQuery(request.q, new Set(unfound), await heldWords(backend, request, pairs));
}

/** Searches `rewritten` and keeps it when it answers better than `first`. */
async function tryRewritten(backend: Searcher, request: SearchRequest, first: SearchResult, rewritten: RewrittenQuery | undefined): Promise<FallbackAnswer | undefined> {
  if (!rewritten) return undefined;
  const asked = { ...request, q: rewritten.q };
  const second = await backend.search(asked);
  const better = second.total > 0 && (first.total === 0 || second.mode === 'all');
  if (!better) return undefined;
  return { result: { ...second, notice: [second.notice, rewritten.notice].filter(Boolean).join(' ') }, request: asked };
}

/**
 * Searches `request`; when no document holds all its words, searches residents' words as the
 * gazettes write them, then words no document holds by the pairs inside them.
 *
 * @example
 * await searchWithFallbacks(backend, { q: '养狗要登记吗' })
 * // result of `"养狗" OR "养犬" 登记`, notice: “养狗”按公文用语“养犬”一并检索。
 * @example
 * await searchWithFallbacks(backend, { q: '河道里乱采砂谁管' })
 * // result of `"河道" "乱采" OR "采砂"`, notice: 没有文件包含“河道里”“乱采砂”，按其中的“河道”“乱采”“采砂”检索。
 */
export async function searchWithFallbacks(backend: Searcher, request: SearchRequest): Promise<FallbackAnswer> {
  const first = await backend.search(request);
  if (!request.q || !wordsMissing(first)) return { result: first, request };
  const everyday = await tryRewritten(backend, request, first, everydayQuery(request.q));
  if (everyday) return everyday;
  const pieces = await tryRewritten(backend, request, first, await piecesOf(backend, request));
  return pieces ?? { result: first, request };
}
