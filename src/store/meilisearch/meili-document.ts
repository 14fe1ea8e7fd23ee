/**
 * @module store/meilisearch/meili-document
 * What Meilisearch stores for a document: the flat fields for filters, facets and sorting, the
 * text for display and passages, and the same character bigrams the SQLite index uses.
 *
 * Why bigrams here too: Meilisearch's own Chinese tokenizer segments into words (jieba), so a
 * query for 处理 misses 待处理 and 农业 misses 中国农业发展银行 — the failure this product exists
 * to avoid. We index a field of precomputed bigram tokens (space-separated) and search the
 * query's bigrams as a quoted phrase in it: a phrase of consecutive bigrams matches exactly where
 * the substring stands, as in SQLite. Whatever Meilisearch's tokenizer then does to a bigram
 * (keep it, or cut it into two characters), it does the same to the query, so the phrase still
 * lines up. Dates become day numbers (YYYYMMDD) because Meilisearch filters compare numbers.
 */
import { filingDateOf, levelOf } from '../query/filter-documents';
import { countyKeys } from '../query/county-filter';
import { issuerKeys } from '../query/issuer-names';
import { typeGroup } from '../../domain/grammar';
import { indexTokens, joinedIndexTokens } from '../../text/segment';
import type { IndexableDocument } from '../search-backend';

/** Far past / far future, for dates a document does not have (so comparisons stay simple). */
export const NO_START = 0;
export const NO_END = 99_991_231;

/**
 * Meilisearch indexes at most 65,535 word positions per attribute and silently ignores the rest.
 * A bigram may take two positions (when the tokenizer cuts it), so the body is spread over
 * several fields of at most this many tokens each, cut between paragraphs (a phrase never spans
 * two paragraphs, so it never spans two fields).
 */
export const BODY_TOKENS_PER_FIELD = 25_000;
/** gramsBody, gramsBody1 … gramsBody7: about 200,000 characters of body text are searchable. */
export const BODY_FIELDS = 8;
export const bodyFieldNames = Array.from({ length: BODY_FIELDS }, (_, i) => (i === 0 ? 'gramsBody' : `gramsBody${i}`));

export interface MeiliDocument {
  id: string;
  gazetteId: string;
  gazetteName?: string;
  gazetteYear?: number;
  gazetteIssue?: number;
  page?: number;
  county?: string;
  /** Every value a county filter may name to select it (query/county-filter.ts): head, short form, zone. */
  countyKeys: string[];
  year?: number;
  date?: string;
  dateNumber: number;
  /** First and last day the document is filed on (filter-documents filingDateOf), for from/to. */
  filedFirstNumber: number;
  filedLastNumber: number;
  docNumber?: string;
  docNumberRaw?: string;
  title: string;
  issuingBody?: string;
  /** The organ keys the issuing body answers (query/issuer-names.ts): `issuer:县政府办` filters by one. */
  issuerKeys: string[];
  /** 效力级别 (filters/levelOf): the document's own, else its number's. */
  level?: string;
  type?: string;
  /** The group of the 文种 its own title ends with, where it issues a text of another kind (IndexableDocument.noticeType). */
  noticeType?: string;
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
  /** Overflow of long bodies: gramsBody1 … gramsBody7 (see BODY_TOKENS_PER_FIELD). */
  [overflow: `gramsBody${number}`]: string;
}

/** '2022-08-16' → 20220816. */
export function dayNumber(date: string | undefined, fallback: number): number {
  return date && /^\d{4}-\d{2}-\d{2}$/.test(date) ? Number(date.replace(/-/g, '')) : fallback;
}

/** Body bigrams split over the body fields, cut between paragraphs. */
export function bodyFields(paragraphs: string[]): Record<string, string> {
  const fields: string[][] = [[]];
  for (const paragraph of paragraphs) {
    const tokens = indexTokens(paragraph);
    let current = fields[fields.length - 1];
    if (current.length > 0 && current.length + tokens.length > BODY_TOKENS_PER_FIELD && fields.length < BODY_FIELDS) {
      current = [];
      fields.push(current);
    }
    current.push(...tokens);
  }
  return Object.fromEntries(bodyFieldNames.map((name, i) => [name, (fields[i] ?? []).join(' ')]));
}

/**
 * @example toMeiliDocument(doc).gramsTitle // '关于 于印 印发 发稷 … 知'
 */
export function toMeiliDocument(doc: IndexableDocument): MeiliDocument {
  const filed = filingDateOf(doc);
  return {
    id: doc.id,
    gazetteId: doc.gazetteId,
    gazetteName: doc.gazetteName,
    gazetteYear: doc.gazetteYear,
    gazetteIssue: doc.gazetteIssue,
    page: doc.page,
    county: doc.county,
    countyKeys: countyKeys(doc.county, doc.issuingBody),
    year: filed?.year,
    date: doc.date,
    dateNumber: dayNumber(doc.date, NO_START),
    filedFirstNumber: dayNumber(filed?.first, NO_END),
    filedLastNumber: dayNumber(filed?.last, NO_START),
    docNumber: doc.docNumber,
    docNumberRaw: doc.docNumberRaw,
    title: doc.title,
    issuingBody: doc.issuingBody,
    issuerKeys: [...issuerKeys(doc.issuingBody)],
    type: doc.type ? typeGroup(doc.type) : undefined,
    // A notice issuing a text of another kind is both (关于印发某预案的通知: 预案, 通知).
    noticeType: doc.noticeType ? typeGroup(doc.noticeType) : undefined,
    units: doc.units,
    citedNumbers: doc.citedNumbers,
    effectiveFrom: doc.effectiveFrom,
    expiresOn: doc.expiresOn,
    repealedOn: doc.repealedOn,
    level: levelOf(doc),
    effectiveFromNumber: dayNumber(doc.effectiveFrom, NO_START),
    expiresOnNumber: dayNumber(doc.expiresOn, NO_END),
    repealedOnNumber: dayNumber(doc.repealedOn, NO_END),
    paragraphs: doc.paragraphs,
    gramsTitle: joinedIndexTokens([doc.title]),
    gramsNumber: joinedIndexTokens([doc.docNumber, doc.docNumberRaw]),
    gramsHeadings: joinedIndexTokens(doc.headings),
    // What the header and close printed outside the body is searched as body, as in SQLite.
    ...(bodyFields(doc.printed ? [...doc.paragraphs, ...doc.printed] : doc.paragraphs) as { gramsBody: string }),
  };
}
