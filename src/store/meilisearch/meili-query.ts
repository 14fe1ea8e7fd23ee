/**
 * @module store/meilisearch/meili-query
 * Turns a parsed query and its filters into Meilisearch search strings and filter expressions.
 * Pure: the backend sends what these return.
 */
import { typeGroup } from '../../domain/grammar';
import { VALIDITY_STATUSES, type SearchFilters, type ValidityStatus } from '../../model';
import { queryPieces } from '../../text/segment';
import { filterKeys } from '../query/issuer-names';
import { levelValue } from '../query/level-names';
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

/** Every document has an id: a condition no document meets. */
export const MATCH_NOTHING = 'id NOT EXISTS';
const KNOWN_STATUSES = new Set<string>(VALIDITY_STATUSES);

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

/** An issuer as typed: the organ keys it asks for (query/issuer-names.ts), any of them. */
function issuerCondition(issuer: string): string {
  return anyOf('issuerKeys', filterKeys(issuer));
}

/**
 * Filters as one Meilisearch expression (AND of the parts), or undefined when there are none.
 * A county matches as SQLite matches it (query/county-filter.ts: 稷山, 阿坝州, 兰州新区). An issuer matches by the
 * organ keys SQLite matches by (issuer-names.ts): issuer:县政府办 finds 夏县人民政府办公室.
 * Units are expanded by `unitNames` (alias → canonical names) when the caller knows them.
 * A year or status that cannot be one (from a hand-written API call) matches nothing, as in
 * SQLite, instead of being sent as an invalid expression.
 */
export function filterExpression(
  filters: SearchFilters,
  asOf: string,
  extra: string[] = [],
  unitNames: (unit: string) => string[] = (u) => [u],
): string | undefined {
  const parts: string[] = [...extra];
  // Every value a county filter may name is stored on the document (county-filter countyKeys).
  if (filters.county?.length) parts.push(anyOf('countyKeys', [...new Set(filters.county)]));
  const years = (filters.year ?? []).map(Number).filter((y) => Number.isInteger(y));
  if (filters.year?.length) parts.push(years.length ? anyOf('year', [...new Set(years)]) : MATCH_NOTHING);
  const issuers = (filters.issuer ?? []).map(issuerCondition);
  if (issuers.length) parts.push(issuers.length === 1 ? issuers[0] : `(${issuers.join(' OR ')})`);
  if (filters.type?.length) {
    const groups = [...new Set(filters.type.map((t) => typeGroup(t)))];
    parts.push(`(${anyOf('type', groups)} OR ${anyOf('noticeType', groups)})`);
  }
  if (filters.unit?.length) parts.push(anyOf('units', [...new Set(filters.unit.flatMap(unitNames))]));
  if (filters.level?.length) parts.push(anyOf('level', [...new Set(filters.level.map(levelValue))]));
  // The days a document is filed on (成文日期, else 发布日期, else its number's whole year) meet the range.
  if (filters.from) parts.push(`filedLastNumber >= ${dayNumber(filters.from, 0)}`);
  if (filters.to) parts.push(`filedFirstNumber <= ${dayNumber(filters.to, 99_991_231)}`);
  if (filters.status?.length) {
    const statuses = [...new Set(filters.status)].filter((s) => KNOWN_STATUSES.has(s)).map((s) => statusFilter(s, asOf));
    parts.push(statuses.length === 0 ? MATCH_NOTHING : statuses.length === 1 ? statuses[0] : `(${statuses.join(' OR ')})`);
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

/** Meilisearch reads at most this many terms of a query and silently ignores the rest. */
export const MAX_QUERY_WORDS = 10;

/**
 * A query string cut into pieces Meilisearch reads as we mean them: at most MAX_QUERY_WORDS
 * terms each (a quoted phrase is one term; later ones would be ignored), and at most one bare
 * word, last (only the last word of a query is matched as a prefix — a single character must
 * be). The backend runs the first piece and keeps only documents that match the others too,
 * so every term is required.
 *
 * @example splitQuery('"煤改 改电" 煤 电') // ['"煤改 改电" 煤', '电']
 */
export function splitQuery(q: string, max = MAX_QUERY_WORDS): string[] {
  const words = q.match(/"[^"]*"|\S+/g) ?? [];
  const phrases = words.filter((w) => w.startsWith('"'));
  const pieces: Array<{ words: string[]; bare: boolean }> = [];
  for (let i = 0; i < phrases.length; i += max) pieces.push({ words: phrases.slice(i, i + max), bare: false });
  for (const word of words.filter((w) => !w.startsWith('"'))) {
    const last = pieces[pieces.length - 1];
    if (last && !last.bare && last.words.length < max) {
      last.words.push(word);
      last.bare = true;
    } else {
      pieces.push({ words: [word], bare: true });
    }
  }
  return pieces.length ? pieces.map((p) => p.words.join(' ')) : [q];
}
