/**
 * @module store/query/filter-documents
 * Filters over flat document fields, for a backend that keeps those fields in memory (the SQLite
 * index does: filtering a few thousand candidates in JavaScript is faster than joining them back
 * in SQL, and the status depends on the date asked about anyway). Facets, and filters answered
 * from the facets' numbers, are facet-table.ts's.
 */
import { parseDocNumber } from '../../domain/doc-number';
import { typeGroup } from '../../domain/grammar';
import { validityStatus } from '../../domain/validity';
import type { FacetName, SearchFilters, ValidityStatus } from '../../model';
import type { IndexableDocument } from '../search-backend';

/** What filters and facets read of a document. */
export type FilterFields = Pick<
  IndexableDocument,
  'county' | 'year' | 'date' | 'issuingBody' | 'type' | 'units' | 'effectiveFrom' | 'expiresOn' | 'repealedOn'
> &
  Partial<Pick<IndexableDocument, 'level' | 'docNumber'>>;

/**
 * What is worked out once per document object and kept on it, under a symbol and not
 * enumerable (invisible to JSON and to equality): a backend keeps its field objects between
 * searches, and facets read these for every match. A property read is several times cheaper
 * than a WeakMap lookup, which at 25,000 matches was a tenth of a search.
 */
const memo = Symbol('filter-documents memo');
interface Memo {
  /** Last status computed, with its date: nearly every search asks about today. */
  asOf?: string;
  status?: ValidityStatus;
  /** 效力级别, once worked out ('' for none). */
  level?: string;
}

function memoOf(doc: FilterFields): Memo {
  const holder = doc as FilterFields & { [memo]?: Memo };
  let kept = holder[memo];
  if (!kept) {
    kept = {};
    Object.defineProperty(holder, memo, { value: kept, enumerable: false });
  }
  return kept;
}

/**
 * 效力级别 of a document: its own level (a law's kind, or the level the reader gave it), else
 * the level of its number's prefix, so stores written before documents carried a level facet
 * the same way. Undefined when neither says.
 *
 * @example levelOf({ docNumber: '稷政办发〔2022〕35号' }) // 'county'
 */
export function levelOf(doc: Partial<Pick<IndexableDocument, 'level' | 'docNumber'>>): string | undefined {
  const holder = doc as FilterFields;
  const kept = typeof doc === 'object' ? memoOf(holder) : {};
  if (kept.level === undefined) {
    const level = doc.level ?? (doc.docNumber ? parseDocNumber(doc.docNumber)?.level : undefined);
    kept.level = level && level !== 'unknown' ? level : '';
  }
  return kept.level || undefined;
}

/** Validity status of a document on a date. */
export function statusOn(doc: FilterFields, asOf: string): ValidityStatus {
  const kept = memoOf(doc);
  if (kept.asOf === asOf) return kept.status!;
  kept.status = computeStatus(doc, asOf);
  kept.asOf = asOf;
  return kept.status;
}

function computeStatus(doc: FilterFields, asOf: string): ValidityStatus {
  return validityStatus(
    {
      validity: { effectiveFrom: doc.effectiveFrom, expiresOn: doc.expiresOn },
      date: doc.date,
      repealedBy: doc.repealedOn ? [{ date: doc.repealedOn }] : [],
    },
    asOf,
  ).status;
}

/** Filters with every value normalised once, so testing a document is cheap. */
export interface PreparedFilters {
  /** False when no filter is set: every document passes. */
  active: boolean;
  test(doc: FilterFields): boolean;
}

/** The filters with every value normalised once; undefined where a filter is not set. */
function normalised(filters: SearchFilters, unitNames: (unit: string) => string[]) {
  return {
    counties: filters.county?.length ? filters.county : undefined,
    years: filters.year?.length ? new Set(filters.year.map(Number)) : undefined,
    issuers: filters.issuer?.length ? filters.issuer : undefined,
    types: filters.type?.length ? new Set(filters.type.map((t) => typeGroup(t))) : undefined,
    units: filters.unit?.length ? new Set(filters.unit.flatMap(unitNames)) : undefined,
    statuses: filters.status?.length ? new Set<string>(filters.status) : undefined,
    levels: filters.level?.length ? new Set(filters.level) : undefined,
  };
}

/**
 * @param unitNames expands a unit as typed (县人社局) into the canonical names it may stand for.
 */
export function prepareFilters(filters: SearchFilters, asOf: string, unitNames: (unit: string) => string[] = (u) => [u]): PreparedFilters {
  const { counties, years, issuers, types, units, statuses, levels } = normalised(filters, unitNames);
  const { from, to } = filters;
  return {
    active: !!(counties || years || issuers || types || units || statuses || levels || from || to),
    test(doc) {
      // 稷山 selects 稷山县: a county may be typed without its 县/市/区.
      if (counties && !counties.some((c) => doc.county !== undefined && (doc.county === c || doc.county.startsWith(c)))) return false;
      if (years && (doc.year === undefined || !years.has(doc.year))) return false;
      // Part of the name is enough (issuer:人社局), the facet's full name works too.
      if (issuers && !issuers.some((i) => doc.issuingBody?.includes(i))) return false;
      if (types && (doc.type === undefined || !types.has(groupOf(doc.type)))) return false;
      if (units && !doc.units.some((u) => units.has(u))) return false;
      if (from && (!doc.date || doc.date < from)) return false;
      if (to && (!doc.date || doc.date > to)) return false;
      if (levels && !levels.has(levelOf(doc) ?? '')) return false;
      if (statuses && !statuses.has(statusOn(doc, asOf))) return false;
      return true;
    },
  };
}

/** A filter as a test of one facet's values (see facetRules). */
export interface FacetRule {
  facet: FacetName;
  passes(value: string): boolean;
}

/**
 * The filters as tests of facet values — a document passes when, for every rule, one of its
 * values of that facet passes — for a caller that keeps each document's facet values as numbers
 * (FacetTable.passing) and so need not read a document to filter it. Each rule is the test
 * PreparedFilters.test applies to the field the facet lists (a county's prefix, part of an
 * issuer's name, a type's group, a unit's canonical names). Undefined when a filter is not about
 * a facet value (a date range) or asks for an empty one, which no facet lists.
 */
export function facetRules(filters: SearchFilters, unitNames: (unit: string) => string[] = (u) => [u]): FacetRule[] | undefined {
  if (filters.from || filters.to) return undefined;
  const { counties, years, issuers, types, units, statuses, levels } = normalised(filters, unitNames);
  if (counties?.includes('') || issuers?.includes('') || units?.has('') || levels?.has('')) return undefined;
  const rules: FacetRule[] = [];
  if (counties) rules.push({ facet: 'county', passes: (v) => counties.some((c) => v === c || v.startsWith(c)) });
  if (years) rules.push({ facet: 'year', passes: (v) => years.has(Number(v)) });
  if (issuers) rules.push({ facet: 'issuer', passes: (v) => issuers.some((i) => v.includes(i)) });
  // The facet lists a type's group (groupOf), the filter's types are groups too.
  if (types) rules.push({ facet: 'type', passes: (v) => types.has(v) });
  if (units) rules.push({ facet: 'unit', passes: (v) => units.has(v) });
  if (levels) rules.push({ facet: 'level', passes: (v) => levels.has(v) });
  if (statuses) rules.push({ facet: 'status', passes: (v) => statuses.has(v) });
  return rules;
}

/** A type word's group, looked up once per word: facets ask for it for every match. */
const groups = new Map<string, string>();
export function groupOf(type: string): string {
  let group = groups.get(type);
  if (group === undefined) groups.set(type, (group = typeGroup(type)));
  return group;
}
