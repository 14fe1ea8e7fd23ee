/**
 * @module store/query/open-facets
 * Multi-select facets as portals show them: OR within a facet, AND across facets, and the
 * counts of a facet with a ticked value computed as if that facet were not ticked, so 夏县
 * stays listed (with how many documents ticking it too would add) once 稷山县 is ticked.
 * Works over any SearchBackend: one extra search per ticked facet, asking for no page of hits
 * beyond one (the approach of Algolia's "disjunctive faceting"), so neither backend changes.
 */
import { FACET_NAMES, type FacetName, type SearchFilters, type SearchRequest, type SearchResult } from '../../model';
import type { SearchBackend } from '../search-backend';
import { searchWithFallbacks } from './fallback-search';

/** Facets that are lists in SearchFilters, i.e. can be ticked. */
function tickedFacets(filters: SearchFilters | undefined): FacetName[] {
  if (!filters) return [];
  return FACET_NAMES.filter((name) => ((filters as Record<string, unknown[] | undefined>)[name]?.length ?? 0) > 0);
}

/**
 * Searches (read again in the documents' words when they find nothing:
 * fallback-search.ts), then recounts each ticked facet without its own filter.
 *
 * @example
 * await searchWithOpenFacets(backend, { q: '应急', filters: { county: ['稷山县'] } })
 * // hits and total of 稷山县 only; facets.county still lists 夏县 with its count
 */
export async function searchWithOpenFacets(backend: Pick<SearchBackend, 'search'>, request: SearchRequest): Promise<SearchResult> {
  const ticked = tickedFacets(request.filters);
  const recount = (asked: SearchRequest) =>
    ticked.map((name) => backend.search({ ...asked, filters: { ...asked.filters, [name]: undefined }, page: 1, limit: 1, explain: false, sort: 'relevance' }));
  // The recounts run beside the search; a search answered in the gazettes' words (养狗 → 养犬)
  // is recounted in those words.
  const [answer, ...counted] = await Promise.all([searchWithFallbacks(backend, request), ...recount(request)]);
  if (ticked.length === 0) return answer.result;
  const others = answer.request === request ? counted : await Promise.all(recount(answer.request));
  const facets = { ...answer.result.facets };
  ticked.forEach((name, index) => {
    facets[name] = others[index].facets[name] ?? [];
  });
  return { ...answer.result, facets };
}
