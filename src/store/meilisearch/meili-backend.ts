/**
 * @module store/meilisearch/meili-backend
 * The scale-out search backend: a Meilisearch server through the official client, behind the
 * same SearchBackend interface and contract suite as SQLite. The SQLite store stays the source
 * of truth; this index is fed after each commit and can always be rebuilt (`gazette reindex`).
 *
 * The query language is read by the shared parser; each combination of OR alternatives is one
 * Meilisearch query (bigram phrases, every word required), exclusions become an `id NOT IN`
 * filter, and when nothing holds every word the 'last' matching strategy ranks documents that
 * hold some of them. Passages are cut and marked by the shared highlighter from the returned
 * paragraphs, so escaping is identical to SQLite.
 */
import { Meilisearch, type Index, type SearchParams, type SearchResponse, type Task } from 'meilisearch';
import { todayInChina } from '../../domain/dates';
import { findDocNumbers } from '../../domain/doc-number';
import { GazetteError } from '../../errors';
import type { FacetCount, FacetName, SearchHit, SearchRequest, SearchResult, ValidityStatus } from '../../model';
import { bestPassages, highlightNeedles, markFound, needleFinder, type RangeFinder } from '../query/highlight';
import { statusOn } from '../query/filter-documents';
import { parseQuery, type ParsedQuery } from '../query/parse-query';
import type { IndexableDocument, SearchBackend } from '../search-backend';
import { toMeiliDocument, type MeiliDocument } from './meili-document';
import { filterExpression, filterValue, queryStrings, statusFilter } from './meili-query';
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
}

const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
const MAX_TOTAL = 10_000;
const STATUSES: ValidityStatus[] = ['现行有效', '尚未生效', '已失效', '已废止'];
const FACET_FIELDS: Record<Exclude<FacetName, 'status'>, string> = {
  county: 'county',
  year: 'year',
  issuer: 'issuingBody',
  type: 'type',
  unit: 'units',
};
const RETRIEVE = ['id', 'gazetteId', 'gazetteName', 'gazetteYear', 'gazetteIssue', 'page', 'county', 'year', 'date', 'docNumber', 'title', 'issuingBody', 'type', 'units', 'effectiveFrom', 'expiresOn', 'repealedOn', 'paragraphs'];

type Retrieved = Pick<MeiliDocument, 'id' | 'gazetteId' | 'gazetteName' | 'gazetteYear' | 'gazetteIssue' | 'page' | 'county' | 'year' | 'date' | 'docNumber' | 'title' | 'issuingBody' | 'type' | 'units' | 'effectiveFrom' | 'expiresOn' | 'repealedOn' | 'paragraphs'>;

/** Wraps any client failure (server gone, task failed, timeout) in one clear error. */
async function guard<T>(what: string, host: string, work: () => Promise<T>): Promise<T> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof GazetteError) throw error;
    throw new GazetteError('BACKEND_UNAVAILABLE', `Meilisearch ${host} ${what}失败：${(error as Error).message}；SQLite 中的数据未受影响，可稍后重试 gazette reindex`, {
      cause: error,
    });
  }
}

function checkTask(task: Task, what: string): void {
  if (task.status !== 'succeeded') {
    throw new GazetteError('BACKEND_UNAVAILABLE', `Meilisearch 任务 ${task.uid}（${what}）状态为 ${task.status}：${task.error?.message ?? '无错误信息'}`);
  }
}

/**
 * @example
 * const backend = createMeiliBackend({ host: 'http://127.0.0.1:7700', apiKey: process.env.MEILI_API_KEY });
 * await backend.upsert(docs);
 * await backend.search({ q: '停电 应急预案' });
 */
export function createMeiliBackend(options: MeiliBackendOptions): SearchBackend {
  const client = new Meilisearch({ host: options.host, apiKey: options.apiKey, timeout: options.timeoutMs ?? 10_000 });
  const uid = options.indexName ?? 'gazette-documents';
  const wait = { timeout: options.taskTimeoutMs ?? 120_000, interval: 100 };
  const index: Index<MeiliDocument> = client.index<MeiliDocument>(uid);
  let ready: Promise<void> | undefined;

  /** Creates the index with its settings once per process (idempotent on the server). */
  function ensureIndex(): Promise<void> {
    ready ??= guard('创建索引', options.host, async () => {
      const created = await client.createIndex(uid, { primaryKey: 'id' }).waitTask(wait);
      // An index that already exists is fine; any other failure is not.
      if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') checkTask(created, '创建索引');
      checkTask(await index.updateSettings(meiliSettings).waitTask(wait), '更新设置');
    }).catch((error) => {
      ready = undefined;
      throw error;
    });
    return ready;
  }

  async function run(q: string, params: SearchParams): Promise<SearchResponse<Retrieved>> {
    return guard('检索', options.host, () => index.search<Retrieved>(q, params));
  }

  /** Ids of documents holding an excluded term, to leave out by filter. */
  async function excludedIds(parsed: ParsedQuery): Promise<string[]> {
    const ids = new Set<string>();
    for (const q of parsed.exclude.flatMap((term) => queryStrings([[term]]))) {
      const found = await run(q, { limit: MAX_TOTAL, attributesToRetrieve: ['id'], matchingStrategy: 'all' });
      for (const hit of found.hits) ids.add(hit.id);
    }
    return [...ids];
  }

  async function statusFacet(q: string, params: SearchParams, baseFilter: string | undefined, asOf: string): Promise<FacetCount[]> {
    const counts = await Promise.all(
      STATUSES.map(async (status) => {
        const filter = [baseFilter, statusFilter(status, asOf)].filter(Boolean).join(' AND ');
        const found = await run(q, { ...params, filter, hitsPerPage: 0, page: 1, facets: [] });
        return { value: status, count: found.totalHits ?? 0 };
      }),
    );
    return counts.filter((c) => c.count > 0).sort((a, b) => b.count - a.count);
  }

  function toHit(doc: Retrieved, score: number, find: RangeFinder, asOf: string): SearchHit {
    const filterFields = { ...doc, units: doc.units ?? [] };
    return {
      id: doc.id,
      docNumber: doc.docNumber,
      title: doc.title,
      issuingBody: doc.issuingBody,
      date: doc.date,
      county: doc.county,
      type: doc.type,
      status: statusOn(filterFields, asOf),
      gazette:
        doc.gazetteName && doc.gazetteYear !== undefined && doc.gazetteIssue !== undefined
          ? { id: doc.gazetteId, name: doc.gazetteName, year: doc.gazetteYear, issue: doc.gazetteIssue, page: doc.page }
          : undefined,
      titleHtml: markFound(doc.title, find),
      passages: bestPassages(doc.paragraphs ?? [], find),
      score: Math.round(score * 1000) / 1000,
    };
  }

  const backend: SearchBackend = {
    name: 'meilisearch',

    async upsert(docs: IndexableDocument[]) {
      if (docs.length === 0) return;
      await ensureIndex();
      await guard('写入', options.host, async () => checkTask(await index.addDocuments(docs.map(toMeiliDocument), { primaryKey: 'id' }).waitTask(wait), '写入文档'));
    },

    async remove(ids: string[]) {
      if (ids.length === 0) return;
      await ensureIndex();
      await guard('删除', options.host, async () => checkTask(await index.deleteDocuments(ids).waitTask(wait), '删除文档'));
    },

    async search(request: SearchRequest): Promise<SearchResult> {
      const started = performance.now();
      await ensureIndex();
      const parsed = parseQuery(request.q ?? '');
      const asOf = request.asOf ?? todayInChina();
      const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(Number(request.limit) || DEFAULT_LIMIT)));
      const page = Math.min(Math.floor(MAX_TOTAL / limit), Math.max(1, Math.floor(Number(request.page) || 1)));
      const filters = { ...request.filters, ...Object.fromEntries(Object.entries(parsed.filters).filter(([, v]) => v !== undefined)) };
      const base: SearchParams = {
        page,
        hitsPerPage: limit,
        facets: Object.values(FACET_FIELDS),
        attributesToRetrieve: RETRIEVE,
        showRankingScore: true,
        sort: request.sort === 'date' ? ['dateNumber:desc'] : undefined,
      };
      const excluded = parsed.exclude.length ? await excludedIds(parsed) : [];
      const extra = excluded.length ? [`id NOT IN [${excluded.map(filterValue).join(', ')}]`] : [];
      const and = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(' AND ') || undefined;
      const filter = filterExpression(filters, asOf, extra);

      let mode: SearchResult['mode'] = 'all';
      let find: RangeFinder = needleFinder(highlightNeedles(parsed.groups.flat().map((t) => t.text)));
      let strategy: SearchParams['matchingStrategy'] = 'all';
      let own: Array<{ doc: Retrieved; score: number }> = [];
      let responses: Array<SearchResponse<Retrieved>> = [];
      let queries = queryStrings(parsed.groups);

      if (parsed.docNumber) {
        // A document number: the document itself first, then the documents citing it.
        const number = filterValue(parsed.docNumber);
        const mine = await run('', { filter: and(filter, `docNumber = ${number}`), limit: MAX_LIMIT, attributesToRetrieve: RETRIEVE });
        const citing = await run('', { ...base, sort: ['dateNumber:desc'], filter: and(filter, `citedNumbers = ${number}`, `docNumber != ${number}`) });
        if (mine.hits.length > 0 || (citing.totalHits ?? 0) > 0) {
          mode = mine.hits.length > 0 ? 'docNumber' : 'citedNumber';
          own = page === 1 ? mine.hits.map((doc) => ({ doc, score: 1 })) : [];
          responses = [citing];
          queries = [''];
          const canonical = parsed.docNumber;
          find = (text) => findDocNumbers(text).filter((n) => n.canonical === canonical).map((n): [number, number] => [n.index, n.index + n.length]);
        }
      }
      if (responses.length === 0) {
        if (queries.length === 0) {
          mode = 'browse';
          queries = [''];
          base.sort = ['dateNumber:desc'];
        }
        // One query per combination of OR alternatives; their hits are merged by id.
        const runAll = () => Promise.all(queries.map((query) => run(query, { ...base, filter, matchingStrategy: strategy })));
        responses = await runAll();
        if (mode === 'all' && responses.every((r) => (r.totalHits ?? 0) === 0) && parsed.groups.length > 1) {
          mode = 'partial';
          strategy = 'last';
          responses = await runAll();
        }
      }

      const byId = new Map<string, { doc: Retrieved; score: number }>();
      for (const response of responses) {
        for (const hit of response.hits) {
          const score = (hit as { _rankingScore?: number })._rankingScore ?? 0;
          const seen = byId.get(hit.id);
          if (!seen || seen.score < score) byId.set(hit.id, { doc: hit, score });
        }
      }
      let ranked = [...byId.values()];
      if (responses.length > 1) ranked.sort((a, b) => (base.sort ? (b.doc.date ?? '').localeCompare(a.doc.date ?? '') : b.score - a.score));
      ranked = [...own, ...ranked].slice(0, limit);
      const first = responses[0];
      const total = (mode === 'docNumber' ? own.length : 0) + Math.max(...responses.map((r) => r.totalHits ?? 0));
      const facets = {} as Record<FacetName, FacetCount[]>;
      for (const [name, field] of Object.entries(FACET_FIELDS) as Array<[Exclude<FacetName, 'status'>, string]>) {
        facets[name] = Object.entries(first.facetDistribution?.[field] ?? {})
          .map(([value, count]) => ({ value, count }))
          .sort(name === 'year' ? (a, b) => b.value.localeCompare(a.value) : (a, b) => b.count - a.count);
      }
      facets.status = await statusFacet(queries[0], { matchingStrategy: strategy }, filter, asOf);

      return {
        total,
        page,
        limit,
        hits: ranked.map((r) => toHit(r.doc, r.score, find, asOf)),
        facets,
        mode,
        terms: parsed.terms,
        tookMs: Math.round((performance.now() - started) * 1000) / 1000,
      };
    },

    async count() {
      await ensureIndex();
      return guard('统计', options.host, async () => (await index.getStats()).numberOfDocuments);
    },

    async clear() {
      await ensureIndex();
      await guard('清空', options.host, async () => checkTask(await index.deleteAllDocuments().waitTask(wait), '清空索引'));
    },

    async close() {},
  };
  return backend;
}
