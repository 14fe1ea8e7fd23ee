/**
 * @module store/query/everyday-search
 * A search that falls back on the gazettes' words when a resident's words find nothing: 养狗
 * is in no document, 养犬 is. The query is searched as typed first — a staff member's word is
 * searched exactly — and only when no document holds all its words is it searched again with
 * each everyday word written as itself OR the gazettes' words (parse-query everydayQuery); the
 * second answer is kept when it finds documents holding every word, or when the first found
 * none at all, and says in its notice what it did.
 *
 * Over any SearchBackend, so SQLite and Meilisearch answer the same way.
 */
import type { SearchRequest, SearchResult } from '../../model';
import type { SearchBackend } from '../search-backend';
import { everydayQuery } from './parse-query';

/** The answer, and the request it answers (the query rewritten, when it was). */
export interface EverydayAnswer {
  result: SearchResult;
  request: SearchRequest;
}

/** Whether the first answer leaves room for a better one: not every word was found. */
function wordsMissing(result: SearchResult): boolean {
  if (result.missingNumber) return false;
  return result.mode === 'partial' || (result.mode === 'all' && result.total === 0);
}

/**
 * Searches `request`; when no document holds all its words and it holds residents' words,
 * searches them as the gazettes write them too.
 *
 * @example
 * await searchReadingEverydayWords(backend, { q: '养狗要登记吗' })
 * // result of `"养狗" OR "养犬" 登记`, notice: “养狗”按公文用语“养犬”一并检索。
 */
export async function searchReadingEverydayWords(backend: Pick<SearchBackend, 'search'>, request: SearchRequest): Promise<EverydayAnswer> {
  const first = await backend.search(request);
  if (!request.q || !wordsMissing(first)) return { result: first, request };
  const everyday = everydayQuery(request.q);
  if (!everyday) return { result: first, request };
  const asked = { ...request, q: everyday.q };
  const second = await backend.search(asked);
  const better = second.total > 0 && (first.total === 0 || second.mode === 'all');
  if (!better) return { result: first, request };
  return { result: { ...second, notice: [second.notice, everyday.notice].filter(Boolean).join(' ') }, request: asked };
}
