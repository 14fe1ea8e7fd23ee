/**
 * @module store/query/query-filters
 * The filters of the search box's language (county:稷山县, year:2022, from:2022-06, status:现行有效,
 * level:县级 …): a typed value read into SearchFilters, a key nobody has refused with the list of
 * keys there are, and the request's filters merged with the typed ones. Pure.
 */
import { GazetteError } from '../../errors';
import type { SearchFilters, ValidityStatus } from '../../model';
import { levelValue } from './level-names';

export type FilterField = keyof SearchFilters;

/** What refusing an unknown key needs of query-syntax.json. */
export interface FilterSyntax {
  fields: Record<FilterField, string[]>;
  /** The shape of a word before a colon that is meant as a filter key (see the data's about). */
  unknownKeys: string;
}

/** '2022' → 2022-01-01 (from) or 2022-12-31 (to); '2022-8' / '2022年8月16日' / '2022.8.16' likewise. */
export function parseQueryDate(text: string, edge: 'from' | 'to'): string | undefined {
  const m = /^(\d{4})(?:[-./年](\d{1,2})(?:[-./月](\d{1,2})日?)?月?)?$/.exec(text.trim());
  if (!m) return undefined;
  const year = Number(m[1]);
  const month = m[2] ? Number(m[2]) : edge === 'from' ? 1 : 12;
  if (month < 1 || month > 12) return undefined;
  const lastDay = new Date(Date.UTC(year, month, 0)).getUTCDate();
  const day = m[3] ? Number(m[3]) : edge === 'from' ? 1 : lastDay;
  if (day < 1 || day > lastDay) return undefined;
  return `${m[1]}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

/** Applies `field:value`; false when the value makes no sense, so the token is searched as words. */
export function applyFilter(filters: SearchFilters, field: FilterField, value: string, statusByName: Map<string, ValidityStatus>): boolean {
  const values = value.split(/[,，、]/).map((v) => v.trim()).filter(Boolean);
  if (values.length === 0) return false;
  switch (field) {
    case 'year': {
      const years = values.map((v) => Number(v.replace(/年$/, ''))).filter((y) => Number.isInteger(y) && y >= 1949 && y <= 2100);
      if (years.length === 0) return false;
      filters.year = [...(filters.year ?? []), ...years];
      return true;
    }
    case 'status': {
      const statuses = values.map((v) => statusByName.get(v.toLowerCase())).filter((s): s is ValidityStatus => s !== undefined);
      if (statuses.length === 0) return false;
      filters.status = [...(filters.status ?? []), ...statuses];
      return true;
    }
    case 'from':
    case 'to': {
      const date = parseQueryDate(values[0], field);
      if (!date) return false;
      filters[field] = date;
      return true;
    }
    case 'level':
      filters.level = [...(filters.level ?? []), ...values.map(levelValue)];
      return true;
    default:
      filters[field] = [...(filters[field] ?? []), ...values];
      return true;
  }
}

/**
 * A filter the user thinks exists (foo:bar, title:停电, levle:county) is refused, naming the keys
 * there are: searched as words it would find nothing, or the wrong thing, and say nothing. A
 * Chinese word before a colon (附件：…, pasted text) and a web address (http://…) are words.
 */
export function refuseUnknownKey(key: string, value: string, syntax: FilterSyntax): void {
  if (!value || value.startsWith('//') || !new RegExp(syntax.unknownKeys).test(key)) return;
  const keys = Object.values(syntax.fields).map((names) => `${names[0]}:（${names[1]}:）`).join('、');
  throw new GazetteError(
    'BAD_PARAMETER',
    `检索式中的“${key}:”不是可用的筛选条件。可用的有：${keys}。要按文字检索“${key}:${value}”，请加英文双引号 (unknown filter key "${key}:")`,
    { details: { parameter: 'q', key } },
  );
}

/**
 * Filters from the request and filters typed in the query together: lists are united (either
 * value may match), a date typed in the query wins. Both backends
 * search with these.
 *
 * @example mergeFilters({ county: ['夏县'] }, { county: ['稷山县'], from: '2022-01-01' })
 *   // { county: ['夏县', '稷山县'], from: '2022-01-01' }
 */
export function mergeFilters(request: SearchFilters, typed: SearchFilters): SearchFilters {
  const merged: SearchFilters = { ...request };
  for (const key of ['county', 'year', 'issuer', 'unit', 'type', 'status', 'level'] as const) {
    const values = [...(request[key] ?? []), ...(typed[key] ?? [])];
    if (values.length > 0) (merged as Record<string, unknown>)[key] = [...new Set(values)];
  }
  if (typed.from) merged.from = typed.from;
  if (typed.to) merged.to = typed.to;
  return merged;
}
