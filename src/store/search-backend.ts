/**
 * @module store/search-backend
 * The one interface every search backend implements (SQLite FTS5 embedded, Meilisearch).
 * Only `create-backend.ts` chooses one; tests/contracts/search-backend.contract.ts runs
 * the same suite against each.
 */
import type { SearchRequest, SearchResult } from '../model';

/**
 * What a backend indexes for one document: flat fields for filters and facets, and the
 * text fields it searches. Built from a stored GazetteDocument by `toIndexable`.
 */
export interface IndexableDocument {
  id: string;
  gazetteId: string;
  gazetteName?: string;
  gazetteYear?: number;
  gazetteIssue?: number;
  county?: string;
  /**
   * Year the document is filed under (filters and facets): of its 成文日期, else of the page's
   * 发布日期 (publishedOn), else of its gazette, else of its number (稷政办发〔2022〕31号 → 2022).
   */
  year?: number;
  /** 成文日期, YYYY-MM-DD */
  date?: string;
  /** 发布日期 the page printed, where it differs from 成文日期: the filing date when there is none. */
  publishedOn?: string;
  docNumber?: string;
  docNumberRaw?: string;
  title: string;
  issuingBody?: string;
  type?: string;
  /**
   * The 文种 of the document's own title where it issues a text of another kind: 关于印发某预案的
   * 通知 is a 预案 (type) and a 通知 (noticeType), and type:通知 finds it as type:预案 does.
   */
  noticeType?: string;
  /** Page in the printed gazette. */
  page?: number;
  /** Canonical names of the units holding duties in the document. */
  units: string[];
  /** Headings of the outline, in order. */
  headings: string[];
  /** Body paragraphs (repaired text), in order; passages refer to their index. */
  paragraphs: string[];
  /**
   * What is printed with the document outside its body paragraphs — issuer and title as one
   * line, the number as written, 主送机关, 落款, 成文日期, publicity note, attachment list — so
   * every printed character is searchable (to-indexable.ts). Indexed with the body.
   */
  printed?: string[];
  /** Canonical numbers of the documents it references. */
  citedNumbers: string[];
  /** Validity inputs; the status itself depends on the date asked about. */
  effectiveFrom?: string;
  expiresOn?: string;
  /** Date of the earliest document in the corpus that repeals this one. */
  repealedOn?: string;
  /** 效力级别 (GazetteDocument.level); the number's level is used when absent. */
  level?: string;
}

export interface SearchBackend {
  readonly name: 'sqlite' | 'meilisearch';
  /** Add or replace documents (by id). */
  upsert(docs: IndexableDocument[]): Promise<void>;
  remove(ids: string[]): Promise<void>;
  search(request: SearchRequest): Promise<SearchResult>;
  /** Number of indexed documents. */
  count(): Promise<number>;
  /** Drop every indexed document (used by reindex). */
  clear(): Promise<void>;
  close(): Promise<void>;
}

export type { SearchRequest, SearchResult };
