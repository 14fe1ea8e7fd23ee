/**
 * @module store/meilisearch/meili-document
 * What Meilisearch stores for a document: the flat fields for filters, facets and sorting, the
 * text for display and passages, and the same character bigrams the SQLite index uses.
 *
 * Why bigrams here too: Meilisearch's own Chinese tokenizer segments into words, so a query for
 * 处理 misses 待处理 and 农业 misses 中国农业发展银行 — the failure this product exists to avoid.
 * Searching the query's bigrams as a phrase in a field of bigrams finds every substring, as in
 * SQLite. Dates become day numbers (YYYYMMDD) because Meilisearch filters compare numbers.
 */
import { typeGroup } from '../../domain/grammar';
import { indexTokens } from '../../text/segment';
import type { IndexableDocument } from '../search-backend';

/** Far past / far future, for dates a document does not have (so comparisons stay simple). */
export const NO_START = 0;
export const NO_END = 99_991_231;

export interface MeiliDocument {
  id: string;
  gazetteId: string;
  gazetteName?: string;
  gazetteYear?: number;
  gazetteIssue?: number;
  page?: number;
  county?: string;
  year?: number;
  date?: string;
  dateNumber: number;
  docNumber?: string;
  docNumberRaw?: string;
  title: string;
  issuingBody?: string;
  type?: string;
  units: string[];
  citedNumbers: string[];
  effectiveFrom?: string;
  expiresOn?: string;
  repealedOn?: string;
  effectiveFromNumber: number;
  expiresOnNumber: number;
  repealedOnNumber: number;
  paragraphs: string[];
  /** Space-separated bigram tokens, per searchable field (most important first). */
  gramsTitle: string;
  gramsNumber: string;
  gramsHeadings: string;
  gramsBody: string;
}

/** '2022-08-16' → 20220816. */
export function dayNumber(date: string | undefined, fallback: number): number {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.replace(/-/g, '')) : fallback;
}

const grams = (texts: Array<string | undefined>) => texts.flatMap((t) => (t ? indexTokens(t) : [])).join(' ');

/**
 * @example toMeiliDocument(doc).gramsTitle // '关于 于印 印发 发稷 … 知'
 */
export function toMeiliDocument(doc: IndexableDocument): MeiliDocument {
  return {
    id: doc.id,
    gazetteId: doc.gazetteId,
    gazetteName: doc.gazetteName,
    gazetteYear: doc.gazetteYear,
    gazetteIssue: doc.gazetteIssue,
    page: doc.page,
    county: doc.county,
    year: doc.year,
    date: doc.date,
    dateNumber: dayNumber(doc.date, NO_START),
    docNumber: doc.docNumber,
    docNumberRaw: doc.docNumberRaw,
    title: doc.title,
    issuingBody: doc.issuingBody,
    type: doc.type ? typeGroup(doc.type) : undefined,
    units: doc.units,
    citedNumbers: doc.citedNumbers,
    effectiveFrom: doc.effectiveFrom,
    expiresOn: doc.expiresOn,
    repealedOn: doc.repealedOn,
    effectiveFromNumber: dayNumber(doc.effectiveFrom, NO_START),
    expiresOnNumber: dayNumber(doc.expiresOn, NO_END),
    repealedOnNumber: dayNumber(doc.repealedOn, NO_END),
    paragraphs: doc.paragraphs,
    gramsTitle: grams([doc.title]),
    gramsNumber: grams([doc.docNumber, doc.docNumberRaw]),
    gramsHeadings: grams(doc.headings),
    gramsBody: grams(doc.paragraphs),
  };
}
