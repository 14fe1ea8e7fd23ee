/**
 * @module store/meilisearch/meili-backend
 * The scale-out search backend: a Meilisearch server through the official client, behind the
 * same SearchBackend interface and contract suite as SQLite. The SQLite store stays the source
 * of truth; this index is fed after each commit and can always be rebuilt (`gazette reindex`).
 *
 * The query language is read by the shared parser. Each combination of OR alternatives is one
 * Meilisearch query (every term a phrase of bigrams, all required); several are merged by id.
 * Exclusions become an `id NOT IN` filter. When nothing holds every word (a resident's
 * question), each term is searched on its own and documents are ranked by how many terms they
 * hold, then by relevance — the SQLite rule (Meilisearch's 'last'/'frequency' strategies always
 * keep one given word and answer nothing when that word is in no document). Passages and titles are cut and
 * marked by the shared highlighter from the returned paragraphs, so escaping is identical to
 * SQLite: every character escaped, only <mark> added.
 *
 * Failures (server unreachable, timeout, a failed task) are thrown as GazetteError naming the
 * server; nothing here writes to SQLite, so the store is never touched by them.
 */
import {
  Meilisearch,
  MeilisearchApiError,
  MeilisearchTaskTimeOutError,
  type Index,
  type SearchParams,
  type SearchResponse,
  type Task,
} from 'meilisearch';
import { todayInChina } from '../../domain/dates';
import { GazetteError } from '../../errors';
import type { FacetCount, FacetName, SearchHit, SearchRequest, SearchResult, ValidityStatus } from '../../model';
import { facetCounts, statusOn, type FilterFields } from '../query/filter-documents';
import { bestPassages, highlightNeedles, markFound, needleFinder, numberFinder, type RangeFinder } from '../query/highlight';
import { mergeFilters, parseQuery, type ParsedQuery } from '../query/parse-query';
import type { IndexableDocument, SearchBackend } from '../search-backend';
import { toMeiliDocument, type MeiliDocument } from './meili-document';
import { MATCH_NOTHING, filterExpression, filterValue, queryStrings, splitQuery, statusFilter } from './meili-query';
import { meiliSettings } from './meili-settings';

export interface MeiliBackendOptions {
  host: string;
  apiKey?: string;
  /** Index uid; default 'gazette-documents'. */
  indexName?: string;
  /** Per HTTP request, ms. */
  timeoutMs?: number;
  /** Per awaited task (indexing), ms. */
  taskTimeoutMs?: number;
  /** Expands a unit as typed (县人社局) into the canonical names it may stand for. */
  unitNames?: (unit: string) => string[];
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
/** Meilisearch's pagination ceiling (settings.pagination.maxTotalHits). */
const MAX_TOTAL = 10_000;
/** OR queries are merged here: up to this many hits of each are fetched (light fields only). */
const UNION_CAP = 1000;
const FACET_LIMIT = 50;
const STATUSES: ValidityStatus[] = ['现行有效', '尚未生效', '已失效', '已废止'];
const FACET_FIELDS: Record<Exclude<FacetName, 'status'>, string> = {
  county: 'county',
  year: 'year',
  issuer: 'issuingBody',
  type: 'type',
  unit: 'units',
  level: 'level',
};
/** What filters, facets and merging need of a hit. */
const LIGHT = ['id', 'county', 'year', 'date', 'issuingBody', 'type', 'level', 'units', 'effectiveFrom', 'expiresOn', 'repealedOn'];
const RETRIEVE = [...LIGHT, 'gazetteId', 'gazetteName', 'gazetteYear', 'gazetteIssue', 'page', 'docNumber', 'title', 'paragraphs'];

type Retrieved = Pick<
  MeiliDocument,
  | 'id' | 'gazetteId' | 'gazetteName' | 'gazetteYear' | 'gazetteIssue' | 'page' | 'county' | 'year' | 'date' | 'docNumber' | 'title'
  | 'issuingBody' | 'type' | 'units' | 'effectiveFrom' | 'expiresOn' | 'repealedOn' | 'paragraphs'
>;
type Scored = { doc: Retrieved; score: number; details?: Record<string, unknown> };

/**
 * Wraps any client failure in one clear error: the server answered with an error (502) or could
 * not be reached / did not answer in time (503).
 */
async function guard<T>(what: string, host: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GazetteError) throw error;
    const answered = error instanceof MeilisearchApiError;
    const detail = error instanceof MeilisearchTaskTimeOutError ? `等待任务超时：${error.message}` : `${(error as Error).message}${systemCode(error)}`;
    throw new GazetteError(
      answered ? 'BACKEND_TASK_FAILED' : 'BACKEND_UNAVAILABLE',
      `Meilisearch ${host} ${what}失败：${detail}；SQLite 中的公文未受影响，可稍后重试（gazette reindex 可重复运行）`,
      { cause: error, details: answered ? { meiliCode: error.cause?.code } : undefined },
    );
  }
}

/** The innermost cause of a failed request (ECONNREFUSED, ENOTFOUND, bad port …), for the message. */
function systemCode(error: unknown): string {
  let innermost: unknown;
  for (let e = (error as { cause?: unknown }).cause, depth = 0; e && depth < 5; e = (e as { cause?: unknown }).cause, depth++) innermost = e;
  if (!innermost) return '';
  const { code, message } = innermost as { code?: unknown; message?: unknown };
  const why = typeof code === 'string' ? code : typeof message === 'string' ? message : '';
  return why ? `（${why}）` : '';
}

function checkTask(task: Task, what: string, host: string): void {
  if (task.status !== 'succeeded') {
    throw new GazetteError(
      'BACKEND_TASK_FAILED',
      `Meilisearch ${host} 任务 ${task.uid}（${what}）状态为 ${task.status}：${task.error?.message ?? '无错误信息'}；SQLite 中的公文未受影响，可重新运行 gazette reindex`,
      { details: { meiliCode: task.error?.code } },
    );
  }
}

/** The index is gone (deleted, or a server started afresh): create it again and retry. */
const indexMissing = (error: unknown) => error instanceof GazetteError && error.details?.meiliCode === 'index_not_found';

const and = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(' AND ') || undefined;

/** Meilisearch's facet distribution in the shape of SearchResult.facets (status aside). */
function facetsFrom(distribution: Record<string, Record<string, number>> | undefined): Record<FacetName, FacetCount[]> {
  const facets = { status: [] } as unknown as Record<FacetName, FacetCount[]>;
  for (const [name, field] of Object.entries(FACET_FIELDS) as Array<[Exclude<FacetName, 'status'>, string]>) {
    facets[name] = Object.entries(distribution?.[field] ?? {})
      .map(([value, count]) => ({ value, count }))
      // Same order as the SQLite backend: most frequent first (ties by name), years newest first.
      .sort(name === 'year' ? (a, b) => b.value.localeCompare(a.value) : (a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh'))
      .slice(0, FACET_LIMIT);
  }
  return facets;
}

/** Range finder marking one document number wherever it is written, in any form. */
/**
 * @example
 * const backend = createMeiliBackend({ host: 'http://127.0.0.1:7700', apiKey: process.env.MEILI_API_KEY });
 * await backend.upsert(docs);
 * await backend.search({ q: '停电 应急预案' });
 */
export function createMeiliBackend(options: MeiliBackendOptions): SearchBackend {
  const host = options.host;
  const client = new Meilisearch({ host, apiKey: options.apiKey, timeout: options.timeoutMs ?? 10_000 });
  const uid = options.indexName ?? 'gazette-documents';
  const wait = { timeout: options.taskTimeoutMs ?? 120_000, interval: 100 };
  const index: Index<MeiliDocument> = client.index<MeiliDocument>(uid);
  const unitNames = options.unitNames ?? ((unit: string) => [unit]);
  let ready: Promise<void> | undefined;

  /** Creates the index with its settings once per process (idempotent on the server). */
  function ensureIndex(): Promise<void> {
    ready ??= guard('创建索引', host, async () => {
      const created = await client.createIndex(uid, { primaryKey: 'id' }).waitTask(wait);
      // An index that already exists is fine; any other failure is not.
      if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') checkTask(created, '创建索引', host);
      checkTask(await index.updateSettings(meiliSettings).waitTask(wait), '更新索引设置', host);
    }).catch((error) => {
      // Not cached: the next call tries again (the server may be back).
      ready = undefined;
      throw error;
    });
    return ready;
  }

  /**
   * Runs an operation on the index. After any failure the index is checked again on the next
   * call (the server may have restarted empty); when the index is missing it is recreated and
   * the operation retried once.
   */
  async function withIndex<T>(what: string, work: () => Promise<T>): Promise<T> {
    await ensureIndex();
    try {
      return await guard(what, host, work);
    } catch (error) {
      ready = undefined;
      if (!indexMissing(error)) throw error;
      await ensureIndex();
      return guard(what, host, work);
    }
  }

  /**
   * Every search requires all its terms ('all'): partial matches are ranked by our own rule.
   * What Meilisearch would not read as meant — terms beyond the tenth (ignored), a single
   * character that is not the query's last word (not matched as a prefix) — is searched
   * separately (see splitQuery) and the query restricted to the documents holding it too (at
   * most 10,000 of them: maxTotalHits).
   */
  async function run(q: string, params: SearchParams): Promise<SearchResponse<Retrieved>> {
    const [head, ...rest] = splitQuery(q);
    let filter = params.filter as string | undefined;
    if (rest.length > 0) {
      let ids: Set<string> | undefined;
      for (const piece of rest) {
        const found = await withIndex('检索', () => index.search<Retrieved>(piece, { filter, limit: MAX_TOTAL, attributesToRetrieve: ['id'], matchingStrategy: 'all' }));
        const these = new Set(found.hits.map((hit) => hit.id));
        ids = ids ? new Set([...ids].filter((id) => these.has(id))) : these;
      }
      filter = and(filter, ids && ids.size > 0 ? `id IN [${[...ids].map(filterValue).join(', ')}]` : MATCH_NOTHING);
    }
    return withIndex('检索', () => index.search<Retrieved>(head, { ...params, filter, matchingStrategy: 'all' }));
  }

  /** Ids of documents holding an excluded term, to leave out by filter. */
  async function excludedIds(parsed: ParsedQuery): Promise<string[]> {
    const ids = new Set<string>();
    for (const q of parsed.exclude.flatMap((term) => queryStrings([[term]]))) {
      const found = await run(q, { limit: MAX_TOTAL, attributesToRetrieve: ['id'] });
      for (const hit of found.hits) ids.add(hit.id);
    }
    return [...ids];
  }

  /** Status counts: the status depends on the day asked about, so one count per status. */
  async function statusFacet(q: string, filter: string | undefined, asOf: string): Promise<FacetCount[]> {
    const counts = await Promise.all(
      STATUSES.map(async (status) => {
        const found = await run(q, { filter: and(filter, statusFilter(status, asOf)), page: 1, hitsPerPage: 0 });
        return { value: status, count: found.totalHits ?? 0 };
      }),
    );
    return counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count || a.value.localeCompare(b.value, 'zh'));
  }

  function toHit(scored: Scored, find: RangeFinder, asOf: string, explain: Record<string, number | string> | undefined): SearchHit {
    const { doc, score } = scored;
    return {
      id: doc.id,
      docNumber: doc.docNumber,
      title: doc.title,
      issuingBody: doc.issuingBody,
      date: doc.date,
      county: doc.county,
      type: doc.type,
      status: statusOn({ ...doc, units: doc.units ?? [] }, asOf),
      gazette:
        doc.gazetteName && doc.gazetteYear !== undefined && doc.gazetteIssue !== undefined
          ? { id: doc.gazetteId, name: doc.gazetteName, year: doc.gazetteYear, issue: doc.gazetteIssue, page: doc.page }
          : undefined,
      titleHtml: markFound(doc.title, find),
      passages: bestPassages(doc.paragraphs ?? [], find),
      score: Math.round(score * 1000) / 1000,
      explain,
    };
  }

  const scoreOf = (hit: object) => (hit as { _rankingScore?: number })._rankingScore ?? 0;

  /** Full fields of the documents on the page, in the page's order. */
  async function fetchByIds(ids: string[]): Promise<Map<string, Retrieved>> {
    if (ids.length === 0) return new Map();
    const found = await run('', { filter: `id IN [${ids.map(filterValue).join(', ')}]`, limit: ids.length, attributesToRetrieve: RETRIEVE });
    return new Map(found.hits.map((doc) => [doc.id, doc]));
  }

  /**
   * Hits of several queries merged by id (best score kept), light fields only, up to UNION_CAP
   * per query, so totals and facets count the union rather than one of its parts.
   */
  async function collect(queries: string[], filter: string | undefined): Promise<Map<string, Scored>> {
    const responses = await Promise.all(
      queries.map((q) => run(q, { filter, page: 1, hitsPerPage: UNION_CAP, attributesToRetrieve: LIGHT, showRankingScore: true })),
    );
    const merged = new Map<string, Scored>();
    for (const response of responses) {
      for (const hit of response.hits) {
        const seen = merged.get(hit.id);
        if (!seen || seen.score < scoreOf(hit)) merged.set(hit.id, { doc: hit, score: scoreOf(hit) });
      }
    }
    return merged;
  }

  const backend: SearchBackend = {
    name: 'meilisearch',

    async upsert(docs: IndexableDocument[]) {
      if (docs.length === 0) return;
      // addDocuments replaces a document with the same id as a whole (updateDocuments would
      // merge fields, keeping stale ones).
      const payload = docs.map(toMeiliDocument);
      await withIndex('写入', async () => checkTask(await index.addDocuments(payload, { primaryKey: 'id' }).waitTask(wait), '写入公文', host));
    },

    async remove(ids: string[]) {
      if (ids.length === 0) return;
      await withIndex('删除', async () => checkTask(await index.deleteDocuments(ids).waitTask(wait), '删除公文', host));
    },

    async search(request: SearchRequest): Promise<SearchResult> {
      const started = performance.now();
      const parsed = parseQuery(typeof request.q === 'string' ? request.q : '');
      const asOf = request.asOf ?? todayInChina();
      const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(Number(request.limit) || DEFAULT_LIMIT)));
      const page = Math.min(Math.floor(MAX_TOTAL / limit), Math.max(1, Math.floor(Number(request.page) || 1)));
      const offset = (page - 1) * limit;
      const filters = mergeFilters(request.filters ?? {}, parsed.filters);
      const excluded = parsed.exclude.length ? await excludedIds(parsed) : [];
      const filter = filterExpression(filters, asOf, excluded.length ? [`id NOT IN [${excluded.map(filterValue).join(', ')}]`] : [], unitNames);
      const facetFields = Object.values(FACET_FIELDS);
      const byDate = ['dateNumber:desc'];
      const explainOn = request.explain === true;
      const done = (result: Omit<SearchResult, 'page' | 'limit' | 'terms' | 'tookMs'>): SearchResult => ({
        ...result,
        page,
        limit,
        terms: parsed.terms,
        ...(parsed.notice ? { notice: parsed.notice } : {}),
        tookMs: Math.round((performance.now() - started) * 1000) / 1000,
      });

      if (parsed.docNumber) {
        // A document number: the document itself first, then the documents citing it (newest
        // first); facets and total over both.
        const number = filterValue(parsed.docNumber);
        const scope = and(filter, `(docNumber = ${number} OR citedNumbers = ${number})`);
        const counted = await run('', { filter: scope, page: 1, hitsPerPage: 0, facets: facetFields });
        const total = counted.totalHits ?? 0;
        if (total > 0) {
          const [mine, citing, status] = await Promise.all([
            run('', { filter: and(filter, `docNumber = ${number}`), limit: MAX_LIMIT, sort: byDate, attributesToRetrieve: RETRIEVE }),
            run('', { filter: and(filter, `citedNumbers = ${number}`, `docNumber != ${number}`), page: 1, hitsPerPage: Math.min(MAX_TOTAL, page * limit), sort: byDate, attributesToRetrieve: RETRIEVE }),
            statusFacet('', scope, asOf),
          ]);
          const mode = mine.hits.length > 0 ? 'docNumber' : 'citedNumber';
          const find = numberFinder(parsed.docNumber);
          const own = new Set(mine.hits.map((h) => h.id));
          const list = [...mine.hits, ...citing.hits].slice(offset, offset + limit);
          return done({
            total,
            hits: list.map((doc, i) =>
              toHit({ doc, score: list.length - i }, find, asOf, explainOn ? { backend: 'meilisearch', rule: own.has(doc.id) ? 'documentNumber' : 'citesNumber' } : undefined),
            ),
            facets: { ...facetsFrom(counted.facetDistribution), status },
            mode,
          });
        }
      }

      const find = needleFinder(highlightNeedles(parsed.groups.flat().map((t) => t.text)));
      let queries = queryStrings(parsed.groups);
      let mode: SearchResult['mode'] = 'all';
      const sort = request.sort === 'date' || queries.length === 0 ? byDate : undefined;
      if (queries.length === 0) {
        mode = 'browse';
        queries = [''];
      }
      const explainOf = (s: Scored) =>
        explainOn ? { backend: 'meilisearch', mode, rankingScore: Math.round(s.score * 1000) / 1000, ...flatDetails(s.details) } : undefined;

      // A phrase search of every term: natively paged and faceted by Meilisearch.
      if (queries.length === 1) {
        const response = await run(queries[0], {
          filter,
          sort,
          page,
          hitsPerPage: limit,
          facets: facetFields,
          attributesToRetrieve: RETRIEVE,
          showRankingScore: true,
          showRankingScoreDetails: explainOn,
        });
        if ((response.totalHits ?? 0) > 0 || parsed.groups.length < 2) {
          const status = await statusFacet(queries[0], filter, asOf);
          return done({
            total: response.totalHits ?? 0,
            hits: response.hits.map((doc) => {
              const scored = { doc, score: scoreOf(doc), details: (doc as { _rankingScoreDetails?: Record<string, unknown> })._rankingScoreDetails };
              return toHit(scored, find, asOf, explainOf(scored));
            }),
            facets: { ...facetsFrom(response.facetDistribution), status },
            mode,
          });
        }
      }

      // OR (one query per combination of alternatives), or no document holds every term.
      let merged: Array<Scored & { matched: number }>;
      // (A single query reaching here found nothing: no need to ask again.)
      const all = queries.length === 1 ? [] : [...(await collect(queries, filter)).values()].map((s) => ({ ...s, matched: parsed.groups.length }));
      if (all.length > 0 || parsed.groups.length < 2) {
        merged = all;
      } else {
        // A resident's question: documents holding some of the terms, ranked by how many they
        // hold, then by relevance — the same rule as the SQLite backend. Meilisearch's own
        // matching strategies ('last', 'frequency') cannot do this: they always keep one given
        // term (the first, or the rarest) and return nothing when that one is in no document.
        mode = 'partial';
        const counts = new Map<string, Scored & { matched: number }>();
        const perGroup = await Promise.all(parsed.groups.map((group) => collect(queryStrings([group]), filter)));
        for (const found of perGroup) {
          for (const hit of found.values()) {
            const entry = counts.get(hit.doc.id) ?? { ...hit, score: 0, matched: 0 };
            entry.matched += 1;
            entry.score += hit.score;
            counts.set(hit.doc.id, entry);
          }
        }
        // A question of five words answered by documents holding one of them is noise when
        // others hold three: keep those holding at least half of what the best one holds.
        const best = Math.max(0, ...[...counts.values()].map((c) => c.matched));
        merged = [...counts.values()].filter((c) => c.matched >= Math.max(1, Math.ceil(best / 2)));
      }
      const newer = (a: Scored, b: Scored) => (b.doc.date ?? '').localeCompare(a.doc.date ?? '');
      merged.sort(sort ? (a, b) => newer(a, b) || b.score - a.score : (a, b) => b.matched - a.matched || b.score - a.score || newer(a, b));
      const window = merged.slice(offset, offset + limit);
      const full = await fetchByIds(window.map((s) => s.doc.id));
      const hits = window.flatMap((s) => {
        const doc = full.get(s.doc.id);
        return doc ? [toHit({ ...s, doc }, find, asOf, explainOf(s))] : [];
      });
      return done({
        total: merged.length,
        hits,
        facets: facetCounts(merged.map((s) => ({ ...s.doc, units: s.doc.units ?? [] }) as FilterFields), asOf),
        mode,
      });
    },

    async count() {
      return withIndex('统计', async () => (await index.getStats()).numberOfDocuments);
    },

    async clear() {
      await withIndex('清空', async () => checkTask(await index.deleteAllDocuments().waitTask(wait), '清空索引', host));
    },

    async close() {},
  };
  return backend;
}

/** Meilisearch's per-rule score details as flat `rule: score` pairs for `explain`. */
function flatDetails(details: Record<string, unknown> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [rule, detail] of Object.entries(details ?? {})) {
    const score = (detail as { score?: number } | undefined)?.score;
    if (typeof score === 'number') out[rule] = Math.round(score * 1000) / 1000;
  }
  return out;
}
