/**
 * @module store/query/shape-result
 * What every backend does with the documents it ranked to answer a search: the page asked for
 * (clamped), the partial-match rule and final order, each hit built from a document's flat
 * fields and paragraphs, and the SearchResult around them. One module, so SQLite and
 * Meilisearch answer in the same shape by construction; each backend keeps only translating
 * the parsed query for its engine and reading its rows.
 */
import type { FacetCount, FacetName, Passage, SearchHit, SearchRequest, SearchResult } from '../../model';
import type { IndexableDocument } from '../search-backend';
import { statusOn, type FilterFields } from './filter-documents';
import { bestPassages, bothFinder, highlightNeedles, markFound, needleFinder, numberFinder, type RangeFinder } from './highlight';
import type { ParsedQuery } from './parse-query';

const DEFAULT_LIMIT = 20;
/** Most hits one page shows. */
export const MAX_LIMIT = 100;

/** The page a request asks for, within bounds. */
export interface PageWindow {
  page: number;
  limit: number;
  /** Hits before the page. */
  offset: number;
}

/**
 * The page and limit asked, clamped: a limit of 1 to MAX_LIMIT (20 when absent or not a number)
 * and a page no deeper than `maxHits` — where the page may start (a deep page costs as much as
 * the first), or with `wholePage` where it must end (an engine that cannot page past it).
 *
 * @example clampPage({ page: 900, limit: 20 }, 10_000) // { page: 501, limit: 20, offset: 10_000 }
 * @example clampPage({ page: 900, limit: 20 }, 10_000, true) // { page: 500, limit: 20, offset: 9_980 }
 */
export function clampPage(request: Pick<SearchRequest, 'page' | 'limit'>, maxHits: number, wholePage = false): PageWindow {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(Number(request.limit) || DEFAULT_LIMIT)));
  const maxPage = Math.floor((wholePage ? maxHits - limit : maxHits) / limit) + 1;
  const page = Math.min(maxPage, Math.max(1, Math.floor(Number(request.page) || 1)));
  return { page, limit, offset: (page - 1) * limit };
}

/** The part of a ranked list the page shows. */
export function pageOf<T>(ranked: T[], window: PageWindow): T[] {
  return ranked.slice(window.offset, window.offset + window.limit);
}

/** A ranked document: how many groups of the query it holds (partial mode), then its score. */
export interface Ranked<F extends { date?: string } = { date?: string }> {
  fields: F;
  matched: number;
  /** Higher is better. */
  score: number;
  explain?: Record<string, number | string>;
}

/** Newest first. Dates are ISO strings, so plain comparison orders them (localeCompare is far slower). */
export function byDateDesc(a: { date?: string }, b: { date?: string }): number {
  const x = a.date ?? '';
  const y = b.date ?? '';
  return x < y ? 1 : x > y ? -1 : 0;
}

/** The order of relevance: more groups held, higher score, newer. */
export function byRank(a: Ranked, b: Ranked): number {
  return b.matched - a.matched || b.score - a.score || byDateDesc(a.fields, b.fields);
}

/** The order of a search sorted by date: newer, then higher score. */
export function byDateThenScore(a: Ranked, b: Ranked): number {
  return byDateDesc(a.fields, b.fields) || b.score - a.score;
}

/**
 * The partial-match rule (mode 'partial', when no document holds every group): a question of
 * five words answered by documents holding one of them is noise when others hold three, so
 * those holding at least half of what the best document holds are kept.
 */
export function keepBestMatched<T extends { matched: number }>(candidates: T[]): T[] {
  const floor = matchedFloor(Math.max(0, ...candidates.map((c) => c.matched)));
  return candidates.filter((c) => c.matched >= floor);
}

/** The fewest groups a kept candidate holds, when the best holds `best` (keepBestMatched's rule). */
export function matchedFloor(best: number): number {
  return Math.max(1, Math.ceil(best / 2));
}

/**
 * What marks the hits, as data (another thread makes the same finder of it: half-reads.ts): the
 * query's number, and the needles of its words with the needles of each word (`groups`), by
 * which passages holding more of the words come first.
 */
export interface FinderSpec {
  number?: string;
  needles: string[];
  groups?: string[][];
}

/** What marks the hits: the document number in every form it is written, and the query's other words. */
export function finderSpec(parsed: ParsedQuery, _mode?: SearchResult['mode']): FinderSpec {
  const groups = parsed.groups.map((group) => highlightNeedles(group.map((t) => t.text))).filter((g) => g.length > 0);
  // A word the segmenter split (创业型城市 → 创业型, 城市) is also a phrase of its own: a passage holding it whole holds one more.
  const split = parsed.wholeTerms.map((word) => highlightNeedles([word])).filter((n) => n.length === 1 && !groups.some((g) => g.includes(n[0])));
  groups.push(...split);
  return { ...(parsed.docNumber ? { number: parsed.docNumber } : {}), needles: highlightNeedles(parsed.groups.flat().map((t) => t.text)), groups };
}

export function finderOf(spec: FinderSpec): RangeFinder {
  const words = needleFinder(spec.needles, spec.groups);
  if (spec.number === undefined) return words;
  return spec.needles.length > 0 ? bothFinder(numberFinder(spec.number), words) : numberFinder(spec.number);
}

export function finderFor(parsed: ParsedQuery, mode: SearchResult['mode']): RangeFinder {
  return finderOf(finderSpec(parsed, mode));
}

/** What a hit shows of a document, with what its status is worked out from. */
export type HitFields = Pick<
  IndexableDocument,
  'id' | 'docNumber' | 'title' | 'issuingBody' | 'date' | 'county' | 'type' | 'gazetteId' | 'gazetteName' | 'gazetteYear' | 'gazetteIssue' | 'page'
> &
  FilterFields;

/** One hit: the document's fields, its status on `asOf`, its title and best passages marked. */
export function toHit(
  doc: HitFields,
  paragraphs: string[],
  find: RangeFinder,
  asOf: string,
  ranked: Pick<Ranked, 'score' | 'explain'>,
): SearchHit {
  return hitOf(doc, bestPassages(paragraphs, find), find, asOf, ranked);
}

/** toHit with the passages worked out already (bestPassages of the document's paragraphs). */
export function hitOf(
  doc: HitFields,
  passages: Passage[],
  find: RangeFinder,
  asOf: string,
  ranked: Pick<Ranked, 'score' | 'explain'>,
): SearchHit {
  return {
    id: doc.id,
    docNumber: doc.docNumber,
    title: doc.title,
    issuingBody: doc.issuingBody,
    date: doc.date,
    county: doc.county,
    type: doc.type,
    status: statusOn(doc, asOf),
    gazette:
      doc.gazetteName && doc.gazetteYear !== undefined && doc.gazetteIssue !== undefined
        ? { id: doc.gazetteId, name: doc.gazetteName, year: doc.gazetteYear, issue: doc.gazetteIssue, page: doc.page }
        : undefined,
    titleHtml: markFound(doc.title, find),
    passages,
    score: round(ranked.score),
    ...(ranked.explain ? { explain: ranked.explain } : {}),
  };
}

/** What a backend found, before the envelope. */
export interface Found {
  total: number;
  hits: SearchHit[];
  facets: Record<FacetName, FacetCount[]>;
  mode: SearchResult['mode'];
  /** A complete number no document has or cites: said so, with the numbers near it. */
  missingNumber?: SearchResult['missingNumber'];
}

/** The SearchResult: what was found, the page, the terms searched, the notice, the time taken since `started`. */
export function shapeResult(found: Found, window: PageWindow, parsed: ParsedQuery, started: number): SearchResult {
  return {
    total: found.total,
    page: window.page,
    limit: window.limit,
    hits: found.hits,
    facets: found.facets,
    mode: found.mode,
    terms: parsed.terms,
    ...(found.missingNumber ? { missingNumber: found.missingNumber } : {}),
    ...(parsed.notice ? { notice: parsed.notice } : {}),
    tookMs: round(performance.now() - started),
  };
}

/** Three decimals: scores and times as the API shows them. */
export function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}
