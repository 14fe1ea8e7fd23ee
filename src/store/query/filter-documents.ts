/**
 * @module store/query/filter-documents
 * Filters over flat document fields, for a backend that keeps those fields in memory (the SQLite
 * index does: filtering a few thousand candidates in JavaScript is faster than joining them back
 * in SQL, and the status depends on the date asked about anyway). Facets, and filters answered
 * from the facets' numbers, are facet-table.ts's.
 */
import { parseDocNumber } from '../../domain/doc-number';
import { namesZone } from '../../domain/organ-place';
import { typeGroup } from '../../domain/grammar';
import { validityStatus } from '../../domain/validity';
import type { FacetName, SearchFilters, ValidityStatus } from '../../model';
import type { IndexableDocument } from '../search-backend';
import { countyPasses, documentInCounty } from './county-filter';
import { issuerTest } from './issuer-names';
import { levelValue } from './level-names';

/** What filters and facets read of a document. */
export type FilterFields = Pick<
  IndexableDocument,
  'county' | 'year' | 'date' | 'issuingBody' | 'type' | 'units' | 'effectiveFrom' | 'expiresOn' | 'repealedOn'
> &
  Partial<Pick<IndexableDocument, 'level' | 'docNumber' | 'publishedOn' | 'noticeType'>>;

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
  /** The filing date, once worked out (null for none). */
  filed?: FilingDate | null;
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

/** Where a document's filing date came from: 成文日期, the page's 发布日期, the year it is filed under, its number's year. */
export type FilingSource = 'date' | 'publishedOn' | 'year' | 'docNumber';

/** The days a document is filed on, for year:/from:/to: and the year facet: one day, or a whole year. */
export interface FilingDate {
  first: string;
  last: string;
  year: number;
  source: FilingSource;
}

/** A day, or a month or year alone (2022-08, 2022) as its first and last day. */
function daysOf(date: string | undefined, source: FilingSource): FilingDate | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/.exec(date ?? '');
  if (!m) return undefined;
  const year = Number(m[1]);
  if (m[3]) return { first: date!, last: date!, year, source };
  const lastMonth = m[2] ?? '12';
  const lastDay = new Date(Date.UTC(year, Number(lastMonth), 0)).getUTCDate();
  return { first: `${m[1]}-${m[2] ?? '01'}-01`, last: `${m[1]}-${lastMonth}-${String(lastDay).padStart(2, '0')}`, year, source };
}

/**
 * The date a document is filed under: its 成文日期, else its page's 发布日期 (publishedOn), else
 * the year it is filed under (its gazette's), else the year of its own number (稷政办发〔2022〕31号:
 * all of 2022, for from/to). A repost or an excerpt often lacks the signature block, and it
 * still belongs to its year. Undefined when nothing dates it.
 *
 * @example filingDateOf({ docNumber: '稷政办发〔2022〕31号' }) // { first: '2022-01-01', last: '2022-12-31', year: 2022, source: 'docNumber' }
 */
export function filingDateOf(doc: Partial<Pick<FilterFields, 'date' | 'publishedOn' | 'year' | 'docNumber'>>): FilingDate | undefined {
  const kept = memoOf(doc as FilterFields);
  if (kept.filed === undefined) {
    const numberYear = doc.docNumber ? parseDocNumber(doc.docNumber)?.year : undefined;
    kept.filed =
      daysOf(doc.date, 'date') ??
      daysOf(doc.publishedOn, 'publishedOn') ??
      daysOf(doc.year !== undefined ? String(doc.year) : undefined, 'year') ??
      daysOf(typeof numberYear === 'number' ? String(numberYear) : undefined, 'docNumber') ??
      null;
  }
  return kept.filed ?? undefined;
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
    issuerPasses: filters.issuer?.length ? issuerTest(filters.issuer) : undefined,
    types: filters.type?.length ? new Set(filters.type.map((t) => typeGroup(t))) : undefined,
    units: filters.unit?.length ? new Set(filters.unit.flatMap(unitNames)) : undefined,
    statuses: filters.status?.length ? new Set<string>(filters.status) : undefined,
    levels: filters.level?.length ? new Set(filters.level.map(levelValue)) : undefined,
  };
}

/**
 * @param unitNames expands a unit as typed (县人社局) into the canonical names it may stand for.
 */
export function prepareFilters(filters: SearchFilters, asOf: string, unitNames: (unit: string) => string[] = (u) => [u]): PreparedFilters {
  const { counties, years, issuers, issuerPasses, types, units, statuses, levels } = normalised(filters, unitNames);
  const { from, to } = filters;
  return {
    active: !!(counties || years || issuers || types || units || statuses || levels || from || to),
    test(doc) {
      // 稷山 selects 稷山县, 阿坝州 阿坝藏族羌族自治州, 兰州新区 the zone's documents in 兰州市.
      if (counties && !counties.some((c) => documentInCounty(c, doc.county, doc.issuingBody))) return false;
      if (years && !years.has(filingDateOf(doc)?.year ?? NaN)) return false;
      // The filter names a whole organ, short forms folded (issuer-names.ts): 县政府办 is any
      // 某县人民政府办公室, 县政府 never one; the facet's full name works too.
      if (issuerPasses && !issuerPasses(doc.issuingBody)) return false;
      // 关于印发某预案的通知 is a 预案 and a 通知 both.
      if (types && !(doc.type !== undefined && types.has(groupOf(doc.type))) && !(doc.noticeType !== undefined && types.has(groupOf(doc.noticeType)))) return false;
      if (units && !doc.units.some((u) => units.has(u))) return false;
      // A document filed under a whole year (by its number) is in any range that meets that year.
      if (from && !((filingDateOf(doc)?.last ?? '') >= from)) return false;
      if (to && !((filingDateOf(doc)?.first ?? '9999') <= to)) return false;
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
 * issuer's organ, a type's group, a unit's canonical names). Undefined when a filter is not about
 * a facet value (a date range) or asks for an empty one, which no facet lists.
 */
export function facetRules(filters: SearchFilters, unitNames: (unit: string) => string[] = (u) => [u]): FacetRule[] | undefined {
  if (filters.from || filters.to) return undefined;
  const { counties, years, issuers, issuerPasses, types, units, statuses, levels } = normalised(filters, unitNames);
  if (counties?.includes('') || issuers?.includes('') || units?.has('') || levels?.has('')) return undefined;
  // A zone (兰州新区) is known by the document's issuer, which the county facet does not list.
  if (counties?.some((c) => namesZone(c))) return undefined;
  const rules: FacetRule[] = [];
  if (counties) rules.push({ facet: 'county', passes: (v) => counties.some((c) => countyPasses(c, v)) });
  if (years) rules.push({ facet: 'year', passes: (v) => years.has(Number(v)) });
  if (issuerPasses) rules.push({ facet: 'issuer', passes: issuerPasses });
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
