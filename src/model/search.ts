/**
 * @module model/search
 * Search requests and results, shared by every SearchBackend, the API and the CLI.
 */
import type { ValidityStatus } from './knowledge';

export interface SearchFilters {
  county?: string[];
  year?: number[];
  /** 发文机关 */
  issuer?: string[];
  /** Responsible unit (canonical name or alias). */
  unit?: string[];
  /** 文种 */
  type?: string[];
  status?: ValidityStatus[];
  /** 效力级别: national / provincial / city / county / township (the issuer's level), or a law's kind (法律 …). */
  level?: string[];
  /** YYYY-MM-DD, inclusive, on the document date. */
  from?: string;
  to?: string;
}

export type SearchSort = 'relevance' | 'date';

export interface SearchRequest {
  /** The user's query in the query language (words, "phrases", -exclude, OR, field:value). */
  q: string;
  filters?: SearchFilters;
  /** 1-based. */
  page?: number;
  limit?: number;
  sort?: SearchSort;
  explain?: boolean;
  /** Date the validity status is computed for, YYYY-MM-DD; default today. */
  asOf?: string;
}

export type FacetName = 'county' | 'year' | 'issuer' | 'type' | 'unit' | 'status' | 'level';

/** Every facet, in the order a portal shows them. */
export const FACET_NAMES: readonly FacetName[] = ['county', 'level', 'status', 'year', 'type', 'issuer', 'unit'];

export interface FacetCount {
  value: string;
  count: number;
}

export interface Passage {
  /** 0-based paragraph index in the document, -1 for the title. */
  paragraph: number;
  /** HTML: matches wrapped in <mark>, every other character escaped. */
  html: string;
}

/** What names a document in a list: its id, number, title, issuer, date and county. */
export interface DocumentHead {
  id: string;
  docNumber?: string;
  title: string;
  issuingBody?: string;
  date?: string;
  county?: string;
}

export interface SearchHit extends DocumentHead {
  type?: string;
  status?: ValidityStatus;
  gazette?: { id: string; name: string; year: number; issue: number; page?: number };
  /** Title with matches marked (HTML, escaped). */
  titleHtml: string;
  passages: Passage[];
  score: number;
  /** Why it ranked here, when explain was asked for. */
  explain?: Record<string, number | string>;
}

export interface SearchResult {
  total: number;
  page: number;
  limit: number;
  hits: SearchHit[];
  facets: Record<FacetName, FacetCount[]>;
  /**
   * How the hits were found: every term matched, only some terms matched (questions),
   * the query was a document number, or a number only cited by the hits.
   */
  mode: 'all' | 'partial' | 'docNumber' | 'citedNumber' | 'browse';
  /** The terms actually searched after dropping question words, for display. */
  terms: string[];
  /**
   * What the search did that was not typed, in Chinese: a long pasted text searched by its first
   * sentence; residents' words searched as the gazettes write them too (“养狗”按公文用语“养犬”一并检索。).
   */
  notice?: string;
  /**
   * When the query holds a complete document number that no document has or cites (粤府〔2023〕5号):
   * the number, the message saying so (没有文号为“粤府〔2023〕5号”的文件…), and known numbers near
   * it (粤府办〔2023〕5号) as suggestions — never hits matched by the number's digits.
   */
  missingNumber?: { number: string; message: string; near: Suggestion[] };
  tookMs: number;
}

/** What the search box offers while typing (GET /api/suggest). */
export type SuggestionKind = 'number' | 'title' | 'unit' | 'matter';

export interface Suggestion {
  kind: SuggestionKind;
  /** What is shown and, for titles and numbers, what is searched. */
  text: string;
  /** Document id (number, title) or unit id (unit). */
  id?: string;
  /** A line of context: the title of a number, the county of an office. */
  note?: string;
}
