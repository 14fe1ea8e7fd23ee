/**
 * @module store/query/filter-documents
 * Filters and facets over flat document fields, for a backend that keeps those fields in memory
 * (the SQLite index does: filtering a few thousand candidates in JavaScript is faster than
 * joining them back in SQL, and the status depends on the date asked about anyway).
 */
import { parseDocNumber } from '../../domain/doc-number';
import { typeGroup } from '../../domain/grammar';
import { validityStatus } from '../../domain/validity';
import type { FacetCount, FacetName, SearchFilters, ValidityStatus } from '../../model';
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
  const levels = filters.level?.length ? new Set(filters.level) : undefined;
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

const FACET_LIMIT = 50;

/** A type word's group, looked up once per word: facets ask for it for every match. */
const groups = new Map<string, string>();
function groupOf(type: string): string {
  let group = groups.get(type);
  if (group === undefined) groups.set(type, (group = typeGroup(type)));
  return group;
}

/**
 * Facet values as small integers. Facets are counted over every match (tens of thousands of
 * documents, each naming a dozen offices), so each document's values are looked up once and
 * kept as ids; counting is then adding into an array, not hashing strings.
 */
const facetNames: FacetName[] = ['county', 'year', 'issuer', 'type', 'unit', 'status', 'level'];
/** Ids by value, one map per facet: a key made of facet and value was a new string per lookup, 1.5 M at 5000×. */
const valueIds = new Map<FacetName, Map<string, number>>(facetNames.map((facet) => [facet, new Map<string, number>()]));
const values: Array<{ facet: FacetName; value: string }> = [];

function valueId(facet: FacetName, value: string): number {
  const ids = valueIds.get(facet)!;
  let id = ids.get(value);
  if (id === undefined) {
    id = values.length;
    values.push({ facet, value });
    ids.set(value, id);
  }
  return id;
}

/** Ids of a document's values of every facet but status (which depends on the date asked). */
function idsOf(doc: FilterFields): number[] {
  const list: number[] = [];
  if (doc.county) list.push(valueId('county', doc.county));
  if (doc.year !== undefined) list.push(valueId('year', String(doc.year)));
  if (doc.issuingBody) list.push(valueId('issuer', doc.issuingBody));
  if (doc.type) list.push(valueId('type', groupOf(doc.type)));
  for (const unit of new Set(doc.units)) if (unit) list.push(valueId('unit', unit));
  const level = levelOf(doc);
  if (level) list.push(valueId('level', level));
  return list;
}

/** Counts per value of each facet over the documents (most frequent first; years newest first). */
export function facetCounts(docs: FilterFields[], asOf: string): Record<FacetName, FacetCount[]> {
  return facetTable(docs).count(everyPosition(docs.length), asOf);
}

function everyPosition(length: number): Uint32Array {
  const positions = new Uint32Array(length);
  for (let i = 0; i < length; i++) positions[i] = i;
  return positions;
}

/** Facet counting over any subset of a fixed list of documents, named by their positions in it. */
export interface FacetTable {
  count(positions: ArrayLike<number>, asOf: string): Record<FacetName, FacetCount[]>;
}

/**
 * The facet value ids of every document laid out in two flat arrays (where each document's ids
 * start, and the ids). Built once for a list that lasts (an index's documents by rowid, with
 * holes), it makes counting the facets of 25,000 matches a loop of array reads instead of
 * 25,000 property lookups and the garbage of mapping every match to its fields.
 */
export function facetTable(docs: ArrayLike<FilterFields | undefined>): FacetTable {
  // Each document's ids are worked out once, into one growing typed array: kept per document (a
  // typed array each), they held 25 MB of the server's memory at 5000× the samples, and a list
  // per document until copied was as much again at the peak of building the cache.
  const starts = new Uint32Array(docs.length + 1);
  let ids = new Uint32Array(Math.max(16, docs.length * 8));
  let total = 0;
  for (let i = 0; i < docs.length; i++) {
    starts[i] = total;
    const doc = docs[i];
    if (!doc) continue;
    for (const id of idsOf(doc)) {
      if (total === ids.length) {
        const grown = new Uint32Array(ids.length * 2);
        grown.set(ids);
        ids = grown;
      }
      ids[total++] = id;
    }
  }
  starts[docs.length] = total;
  ids = ids.slice(0, total);
  const present: number[] = [];
  for (let i = 0; i < docs.length; i++) if (docs[i]) present.push(i);
  /** Status value id + 1 per position for one date (0: not worked out yet). */
  let statusDate: string | undefined;
  let statusIds = new Uint32Array(0);
  /** Counts over every document, for statusDate (worked out the first time a match covers most). */
  let totals: Uint32Array | undefined;

  function statusesOf(positions: ArrayLike<number>, asOf: string): void {
    if (statusDate !== asOf) {
      statusDate = asOf;
      statusIds = new Uint32Array(docs.length);
      totals = undefined;
    }
    for (let i = 0; i < positions.length; i++) {
      const at = positions[i];
      if (statusIds[at] === 0) statusIds[at] = valueId('status', statusOn(docs[at]!, asOf)) + 1;
    }
  }

  function add(counts: Uint32Array, at: number, by: number): void {
    for (let j = starts[at]; j < starts[at + 1]; j++) counts[ids[j]] += by;
    counts[statusIds[at] - 1] += by;
  }

  return {
    count(positions, asOf) {
      // Worked out before sizing the counts: a status may be a value not seen before.
      statusesOf(positions, asOf);
      // A common word matches most of the archive: then the counts of every document less those
      // of the few not matched — 3,000 documents counted instead of 22,000.
      if (positions.length * 2 > present.length) {
        if (!totals) {
          statusesOf(present, asOf);
          totals = new Uint32Array(values.length);
          for (const at of present) add(totals, at, 1);
        }
        const matched = new Uint8Array(docs.length);
        for (let i = 0; i < positions.length; i++) matched[positions[i]] = 1;
        const counts = new Uint32Array(values.length);
        counts.set(totals);
        // Subtracting wraps in unsigned arithmetic like adding: each count ends where it should.
        for (const at of present) if (matched[at] === 0) add(counts, at, -1);
        return facetsOf(counts);
      }
      const counts = new Uint32Array(values.length);
      for (let i = 0; i < positions.length; i++) add(counts, positions[i], 1);
      return facetsOf(counts);
    },
  };
}

function facetsOf(counts: Uint32Array): Record<FacetName, FacetCount[]> {
  const out = Object.fromEntries(facetNames.map((name) => [name, [] as FacetCount[]])) as Record<FacetName, FacetCount[]>;
  for (let id = 0; id < counts.length; id++) {
    if (counts[id] > 0) out[values[id].facet].push({ value: values[id].value, count: counts[id] });
  }
  for (const name of facetNames) out[name] = orderFacet(name, out[name]);
  return out;
}

/** localeCompare(…, 'zh') builds its collator on every call: the same order, made once. */
const byName = new Intl.Collator('zh');

/**
 * A facet's values as every backend lists them: most frequent first (ties by name), years
 * newest first; the first FACET_LIMIT.
 */
export function orderFacet(name: FacetName, entries: FacetCount[]): FacetCount[] {
  if (name === 'year') return entries.sort((a, b) => b.value.localeCompare(a.value)).slice(0, FACET_LIMIT);
  // Offices and issuers run to thousands of values at a province's scale, and comparing names
  // by collation is slow: only values counted at least as often as the FACET_LIMIT-th most
  // frequent can be listed, so only they are sorted by name (ties at that count included).
  let listed = entries;
  if (entries.length > FACET_LIMIT) {
    const counts = Uint32Array.from(entries, (e) => e.count).sort();
    const least = counts[counts.length - FACET_LIMIT];
    listed = entries.filter((e) => e.count >= least);
  }
  return listed.sort((a, b) => b.count - a.count || byName.compare(a.value, b.value)).slice(0, FACET_LIMIT);
}
