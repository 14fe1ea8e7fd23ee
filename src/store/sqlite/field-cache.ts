/**
 * @module store/sqlite/field-cache
 * The flat fields of every indexed document, held in memory by the SQLite search index for
 * filters, facets, document-number lookups and ranking by date; rebuilt when the database
 * changes (search-index.ts decides when).
 */
import { facetTable, type FacetTable } from '../query/facet-table';
import type { IndexableDocument } from '../search-backend';
import { parseStored } from './store-faults';

/** The flat fields of a document kept in memory. */
export type Fields = Omit<IndexableDocument, 'paragraphs' | 'headings'> & { rowid: number };

export interface FieldCache {
  version: number;
  /** Indexed by rowid (dense from 1): an array read is cheaper than a Map lookup per match. */
  byRowid: Array<Fields | undefined>;
  byNumber: Map<string, Fields[]>;
  citing: Map<string, Fields[]>;
  /** Facet values of every document, by rowid. */
  facets: FacetTable;
  /** How many documents there are. */
  size: number;
  /** Each document's date as YYYYMMDD, by rowid (0 for none). */
  dates: Uint32Array;
  /**
   * 1 where the index row holds the document's paragraph texts itself (an index on its own, or a
   * row written before the store kept them), by rowid: the other hits are not looked up there.
   */
  ownTexts: Uint8Array;
}

/** One copy of each repeated string (a county, an office, a gazette's name) across the cache. */
function interner(): (value: string | undefined) => string | undefined {
  const seen = new Map<string, string>();
  return (value) => {
    if (value === undefined) return undefined;
    const known = seen.get(value);
    if (known !== undefined) return known;
    seen.set(value, value);
    return value;
  };
}

/** What a document without units or citations holds: one shared empty list (never written to). */
const NONE: string[] = [];

/**
 * The cached fields of a row, every key present and in one order: all 25,000 objects of a
 * large archive then share one shape, and the loops over every match (filters, facets) read
 * them at the speed of a monomorphic property access rather than a dictionary lookup. Values
 * that repeat across documents (dates, cited numbers, offices, a raw number equal to the
 * canonical one) are held once: at 5000× the samples the cache is the largest part of the
 * server's memory.
 */
function toFields(json: Omit<Fields, 'rowid'>, rowid: number, intern: ReturnType<typeof interner>): Fields {
  const docNumber = intern(json.docNumber);
  return {
    id: json.id,
    gazetteId: intern(json.gazetteId)!,
    gazetteName: intern(json.gazetteName),
    gazetteYear: json.gazetteYear,
    gazetteIssue: json.gazetteIssue,
    county: intern(json.county),
    year: json.year,
    date: intern(json.date),
    publishedOn: intern(json.publishedOn),
    docNumber,
    docNumberRaw: json.docNumberRaw === json.docNumber ? docNumber : json.docNumberRaw,
    title: json.title,
    issuingBody: intern(json.issuingBody),
    type: intern(json.type),
    noticeType: intern(json.noticeType),
    page: json.page,
    units: json.units?.length ? json.units.map((unit) => intern(unit)!) : NONE,
    citedNumbers: json.citedNumbers?.length ? json.citedNumbers.map((number) => intern(number)!) : NONE,
    effectiveFrom: intern(json.effectiveFrom),
    expiresOn: intern(json.expiresOn),
    repealedOn: intern(json.repealedOn),
    // Absent in stores written before documents carried a level: filters then read the number's.
    level: intern(json.level),
    rowid,
  };
}

/** An ISO date (or its year and month alone) as the number YYYYMMDD; 0 when there is none. */
function dateNumber(date: string | undefined): number {
  if (!date) return 0;
  const [year, month = '0', day = '0'] = date.split('-');
  return Number(year) * 10000 + Number(month) * 100 + Number(day) || 0;
}

/** The cache of the rows of `search_docs` (rowid and fields JSON), stamped with the database version read. */
export function buildFieldCache(rows: Iterable<{ rowid: number; fields: string; ownTexts?: number }>, version: number): FieldCache {
  const byRowid: Array<Fields | undefined> = [];
  const own: number[] = [];
  const byNumber = new Map<string, Fields[]>();
  const citing = new Map<string, Fields[]>();
  const intern = interner();
  for (const row of rows) {
    const f = toFields(parseStored<Omit<Fields, 'rowid'>>(row.fields, '检索字段'), row.rowid, intern);
    byRowid[row.rowid] = f;
    if (row.ownTexts) own.push(row.rowid);
    if (f.docNumber) listed(byNumber, f.docNumber).push(f);
    for (const number of f.citedNumbers) listed(citing, number).push(f);
  }
  // Sorted by date, a document without 成文日期 stands at its page's 发布日期.
  const dates = Uint32Array.from(byRowid, (f) => dateNumber(f?.date ?? f?.publishedOn));
  const size = byRowid.reduce((n, f) => (f ? n + 1 : n), 0);
  const ownTexts = new Uint8Array(byRowid.length);
  for (const rowid of own) ownTexts[rowid] = 1;
  return { version, byRowid, byNumber, citing, facets: facetTable(byRowid), size, dates, ownTexts };
}

function listed<T>(map: Map<string, T[]>, key: string): T[] {
  let list = map.get(key);
  if (!list) map.set(key, (list = []));
  return list;
}
