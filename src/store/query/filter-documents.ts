/**
 * @module store/query/filter-documents
 * Filters and facets over flat document fields, for a backend that keeps those fields in memory
 * (the SQLite index does: filtering a few thousand candidates in JavaScript is faster than
 * joining them back in SQL, and the status depends on the date asked about anyway).
 */
import { typeGroup } from '../../domain/grammar';
import { validityStatus } from '../../domain/validity';
import type { FacetCount, FacetName, SearchFilters, ValidityStatus } from '../../model';
import type { IndexableDocument } from '../search-backend';

/** What filters and facets read of a document. */
export type FilterFields = Pick<
  IndexableDocument,
  'county' | 'year' | 'date' | 'issuingBody' | 'type' | 'units' | 'effectiveFrom' | 'expiresOn' | 'repealedOn'
>;

/** Validity status of a document on a date. */
export function statusOn(doc: FilterFields, asOf: string): ValidityStatus {
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
  test(doc: FilterFields): boolean;
}

/**
 * @param unitNames expands a unit as typed (县人社局) into the canonical names it may stand for.
 */
export function prepareFilters(filters: SearchFilters, asOf: string, unitNames: (unit: string) => string[] = (u) => [u]): PreparedFilters {
  const counties = filters.county?.length ? filters.county : undefined;
  const years = filters.year?.length ? new Set(filters.year.map(Number)) : undefined;
  const issuers = filters.issuer?.length ? filters.issuer : undefined;
  const types = filters.type?.length ? new Set(filters.type.map((t) => typeGroup(t))) : undefined;
  const units = filters.unit?.length ? new Set(filters.unit.flatMap(unitNames)) : undefined;
  const statuses = filters.status?.length ? new Set(filters.status) : undefined;
  const { from, to } = filters;
  return {
    test(doc) {
      // 稷山 selects 稷山县: a county may be typed without its 县/市/区.
      if (counties && !counties.some((c) => doc.county !== undefined && (doc.county === c || doc.county.startsWith(c)))) return false;
      if (years && (doc.year === undefined || !years.has(doc.year))) return false;
      // Part of the name is enough (issuer:人社局), the facet's full name works too.
      if (issuers && !issuers.some((i) => doc.issuingBody?.includes(i))) return false;
      if (types && (doc.type === undefined || !types.has(typeGroup(doc.type)))) return false;
      if (units && !doc.units.some((u) => units.has(u))) return false;
      if (from && (!doc.date || doc.date < from)) return false;
      if (to && (!doc.date || doc.date > to)) return false;
      if (statuses && !statuses.has(statusOn(doc, asOf))) return false;
      return true;
    },
  };
}

const FACET_LIMIT = 50;

function countValues(values: Iterable<string | undefined>, into: Map<string, number>): void {
  for (const value of values) if (value) into.set(value, (into.get(value) ?? 0) + 1);
}

/** Counts per value of each facet over the documents (most frequent first; years newest first). */
export function facetCounts(docs: FilterFields[], asOf: string): Record<FacetName, FacetCount[]> {
  const maps: Record<FacetName, Map<string, number>> = {
    county: new Map(),
    year: new Map(),
    issuer: new Map(),
    type: new Map(),
    unit: new Map(),
    status: new Map(),
  };
  for (const doc of docs) {
    countValues([doc.county], maps.county);
    countValues([doc.year === undefined ? undefined : String(doc.year)], maps.year);
    countValues([doc.issuingBody], maps.issuer);
    countValues([doc.type ? typeGroup(doc.type) : undefined], maps.type);
    countValues(doc.units, maps.unit);
    countValues([statusOn(doc, asOf)], maps.status);
  }
  const out = {} as Record<FacetName, FacetCount[]>;
  for (const [name, map] of Object.entries(maps) as Array<[FacetName, Map<string, number>]>) {
    const entries = [...map].map(([value, count]) => ({ value, count }));
    entries.sort(name === 'year' ? (a, b) => b.value.localeCompare(a.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh'));
    out[name] = entries.slice(0, FACET_LIMIT);
  }
  return out;
}
