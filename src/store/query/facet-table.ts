/**
 * @module store/query/facet-table
 * Facet counts over the matches of a search, and filters answered from the same numbers: each
 * document's facet values are looked up once and kept as small integers, so counting or
 * filtering tens of thousands of matches reads typed arrays, not the documents' objects.
 */
import { VALIDITY_STATUSES, type FacetCount, type FacetName } from '../../model';
import { filingDateOf, groupOf, levelOf, statusOn, type FacetRule, type FilterFields } from './filter-documents';

const FACET_LIMIT = 50;

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

// Every status has its id from the start: a filter's table of wanted ids (FacetTable.passing),
// sized when it is made, then covers a status first worked out while it is used.
for (const status of VALIDITY_STATUSES) valueId('status', status);

/** Ids of a document's values of every facet but status (which depends on the date asked). */
function idsOf(doc: FilterFields): number[] {
  const list: number[] = [];
  if (doc.county) list.push(valueId('county', doc.county));
  // The year it is filed under: 成文日期, else 发布日期, else its number's year (filter-documents).
  const year = filingDateOf(doc)?.year;
  if (year !== undefined) list.push(valueId('year', String(year)));
  if (doc.issuingBody) list.push(valueId('issuer', doc.issuingBody));
  if (doc.type) list.push(valueId('type', groupOf(doc.type)));
  if (doc.noticeType) list.push(valueId('type', groupOf(doc.noticeType)));
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
  /**
   * Whether a position holds a document that passes the rules (filter-documents.ts facetRules)
   * on `asOf`: the same answer as PreparedFilters.test on the document, without reading it.
   * With no rules, whether the position holds a document.
   */
  passing(rules: FacetRule[], asOf: string): (position: number) => boolean;
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
  // Two bytes an id while they fit (a province's offices, issuers and years are thousands, not
  // 65,536): counting walks these for every match, and half the bytes counted 39,000 matches at
  // 5000× the samples in 1.2 ms instead of 3.3.
  const packed: Uint16Array | Uint32Array = values.length <= 0xffff ? Uint16Array.from(ids.subarray(0, total)) : ids.slice(0, total);
  const present: number[] = [];
  const here = new Uint8Array(docs.length);
  for (let i = 0; i < docs.length; i++) {
    if (!docs[i]) continue;
    present.push(i);
    here[i] = 1;
  }
  /** Status value id + 1 per position for one date (0: not worked out yet). */
  let statusDate: string | undefined;
  let statusIds = new Uint32Array(0);
  /** Counts over every document, for statusDate (worked out the first time a match covers most). */
  let totals: Uint32Array | undefined;

  function forDate(asOf: string): void {
    if (statusDate === asOf) return;
    statusDate = asOf;
    statusIds = new Uint32Array(docs.length);
    totals = undefined;
  }

  function statusesOf(positions: ArrayLike<number>, asOf: string): void {
    forDate(asOf);
    for (let i = 0; i < positions.length; i++) {
      const at = positions[i];
      if (statusIds[at] === 0) statusIds[at] = valueId('status', statusOn(docs[at]!, asOf)) + 1;
    }
  }

  function add(counts: Uint32Array, at: number, by: number): void {
    for (let j = starts[at]; j < starts[at + 1]; j++) counts[packed[j]] += by;
    counts[statusIds[at] - 1] += by;
  }

  return {
    passing(rules, asOf) {
      if (rules.length === 0) return (position) => here[position] === 1;
      // Bit k of a value's entry: the value passes rule k. A document passes when its values'
      // bits, ORed, hold every rule's.
      const wanted = new Uint8Array(values.length);
      let need = 0;
      let byStatus = false;
      let byIds = false;
      for (const [k, rule] of rules.entries()) {
        need |= 1 << k;
        if (rule.facet === 'status') byStatus = true;
        else byIds = true;
        for (const [value, id] of valueIds.get(rule.facet)!) if (rule.passes(value)) wanted[id] |= 1 << k;
      }
      return (position) => {
        if (here[position] !== 1) return false;
        let got = 0;
        // A status filter alone reads no other value: the walk over them is most of the cost.
        if (byIds) for (let j = starts[position]; j < starts[position + 1]; j++) got |= wanted[packed[j]];
        if (byStatus) {
          forDate(asOf);
          if (statusIds[position] === 0) statusIds[position] = valueId('status', statusOn(docs[position]!, asOf)) + 1;
          got |= wanted[statusIds[position] - 1];
        }
        return (got & need) === need;
      };
    },
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
        const unmatched = here.slice();
        for (let i = 0; i < positions.length; i++) unmatched[positions[i]] = 0;
        const counts = new Uint32Array(values.length);
        counts.set(totals);
        // Subtracting wraps in unsigned arithmetic like adding: each count ends where it should.
        for (let at = 0; at < unmatched.length; at++) if (unmatched[at] === 1) add(counts, at, -1);
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
