/**
 * @module store/meilisearch/meili-query
 * Turns a parsed query and its filters into Meilisearch search strings and filter expressions.
 * Pure: the backend sends what these return.
 */
import { typeGroup } from '../../domain/grammar';
import type { SearchFilters, ValidityStatus } from '../../model';
import { queryPieces } from '../../text/segment';
import type { QueryTerm } from '../query/parse-query';
import { dayNumber } from './meili-document';

/**
 * A filter value as a Meilisearch string literal. Values come from users: quotes and
 * backslashes are escaped so a value can never close the string and add a condition.
 *
 * @example filterValue('县"人社局') // '"县\\"人社局"'
 */
export function filterValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;
}

/** `field = a OR field = b`, parenthesised. */
function anyOf(field: string, values: Array<string | number>): string {
  const parts = values.map((v) => `${field} = ${typeof v === 'number' ? v : filterValue(v)}`);
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

/**
 * The condition for a validity status on a day, over the day numbers of the document
 * (missing dates are stored as far past / far future, see meili-document): the same rules as
 * src/domain/validity.ts — repealed first, then not yet in force, then expired.
 */
export function statusFilter(status: ValidityStatus, asOf: string): string {
  const day = dayNumber(asOf, 0);
  const repealed = `repealedOnNumber <= ${day}`;
  const notRepealed = `repealedOnNumber > ${day}`;
  switch (status) {
    case '已废止':
      return repealed;
    case '尚未生效':
      return `(${notRepealed} AND effectiveFromNumber > ${day})`;
    case '已失效':
      return `(${notRepealed} AND effectiveFromNumber <= ${day} AND expiresOnNumber < ${day})`;
    case '现行有效':
      return `(${notRepealed} AND effectiveFromNumber <= ${day} AND expiresOnNumber >= ${day})`;
  }
}

/**
 * Filters as one Meilisearch expression (AND of the parts), or undefined when there are none.
 * A county matches as typed or with its 县/市/区 (稷山 → 稷山县); issuers match exactly here
 * (Meilisearch has no substring filter), so pick the value from the facet.
 */
export function filterExpression(filters: SearchFilters, asOf: string, extra: string[] = []): string | undefined {
  const parts: string[] = [...extra];
  if (filters.county?.length) parts.push(anyOf('county', filters.county.flatMap((c) => (/[县市区旗]$/.test(c) ? [c] : [c, `${c}县`, `${c}市`, `${c}区`]))));
  if (filters.year?.length) parts.push(anyOf('year', filters.year.map(Number)));
  if (filters.issuer?.length) parts.push(anyOf('issuingBody', filters.issuer));
  if (filters.type?.length) parts.push(anyOf('type', [...new Set(filters.type.map((t) => typeGroup(t)))]));
  if (filters.unit?.length) parts.push(anyOf('units', filters.unit));
  if (filters.from) parts.push(`dateNumber >= ${dayNumber(filters.from, 0)}`);
  if (filters.to) parts.push(`dateNumber <= ${dayNumber(filters.to, 99_991_231)}`);
  if (filters.status?.length) {
    const statuses = filters.status.map((s) => statusFilter(s, asOf));
    parts.push(statuses.length === 1 ? statuses[0] : `(${statuses.join(' OR ')})`);
  }
  return parts.length ? parts.join(' AND ') : undefined;
}

/**
 * One term as Meilisearch query words: each run of Chinese characters as a quoted phrase of its
 * bigrams (a substring is found wherever it stands), Latin words and numbers as themselves.
 * A single character has no bigram; it is searched as a prefix word (Meilisearch matches the
 * last word of a query as a prefix), so it goes last.
 */
export function termQuery(term: QueryTerm): string[] {
  return queryPieces(term.text).map((piece) => (piece.kind === 'prefix' ? piece.token : `"${piece.tokens.join(' ')}"`));
}

/** The query strings to run: one per combination of OR alternatives (capped), AND inside each. */
export function queryStrings(groups: QueryTerm[][], cap = 8): string[] {
  let combos: QueryTerm[][] = [[]];
  for (const group of groups) {
    combos = combos.flatMap((combo) => group.map((term) => [...combo, term])).slice(0, cap);
  }
  return combos
    .map((combo) => {
      const words = combo.flatMap(termQuery);
      // Prefix words (single characters) last: Meilisearch treats only the last word as a prefix.
      return [...words.filter((w) => w.startsWith('"')), ...words.filter((w) => !w.startsWith('"'))].join(' ');
    })
    .filter((q) => q.length > 0);
}
