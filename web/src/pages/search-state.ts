/**
 * @module web/pages/search-state
 * The state of the search page, read from and written to the query string: every view of the
 * results (query, ticked facets, dates, sort, page) is a URL that can be shared.
 */
import type { FacetName } from '../../../src/model';
import { href } from '../router';

/** Facets in the order a portal shows them: where, how binding, whether in force, then the rest. */
export const facetOrder: FacetName[] = ['county', 'level', 'status', 'year', 'type', 'issuer', 'unit'];

/** The last page the API serves (src/api/schemas.ts maxPage). */
export const maxPage = 500;

export interface SearchState {
  q: string;
  filters: Record<FacetName, string[]>;
  from: string;
  to: string;
  sort: 'relevance' | 'date';
  page: number;
}

/** Whether a string is a real YYYY-MM-DD date (2023-02-30 is not). */
export function isDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const parsed = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(parsed.getTime()) && parsed.toISOString().slice(0, 10) === value;
}

export function readState(params: URLSearchParams): SearchState {
  const filters = {} as Record<FacetName, string[]>;
  for (const name of facetOrder) filters[name] = params.getAll(name).flatMap((value) => value.split(/[,，、]/)).map((value) => value.trim()).filter(Boolean);
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    filters,
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

export function stateHref(state: SearchState): string {
  return href('search', {
    q: state.q,
    ...state.filters,
    from: state.from,
    to: state.to,
    sort: state.sort === 'date' ? 'date' : undefined,
    page: state.page > 1 ? state.page : undefined,
  });
}

/** A new state: any change of query or filters goes back to page 1. */
export function change(state: SearchState, patch: Partial<SearchState>): SearchState {
  return { ...state, page: 1, ...patch, filters: { ...state.filters, ...(patch.filters ?? {}) } };
}

export function toggled(state: SearchState, facet: FacetName, value: string): SearchState {
  const current = state.filters[facet];
  const next = current.includes(value) ? current.filter((one) => one !== value) : [...current, value];
  return change(state, { filters: { ...state.filters, [facet]: next } });
}

export function withoutFilters(state: SearchState): SearchState {
  return { ...state, page: 1, from: '', to: '', filters: Object.fromEntries(facetOrder.map((name) => [name, []])) as unknown as SearchState['filters'] };
}

export function hasFilters(state: SearchState): boolean {
  return facetOrder.some((name) => state.filters[name].length > 0) || Boolean(state.from || state.to);
}

export function filterCount(state: SearchState): number {
  return facetOrder.reduce((sum, name) => sum + state.filters[name].length, 0) + (state.from || state.to ? 1 : 0);
}
