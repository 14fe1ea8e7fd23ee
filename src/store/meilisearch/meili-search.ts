/**
 * @module store/meilisearch/meili-search
 * One search on Meilisearch: the parsed query translated into Meilisearch searches (meili-query
 * builds their strings and filters), their answers merged, then paged and shaped like every
 * backend's (query/shape-result.ts).
 *
 * Each combination of OR alternatives is one Meilisearch query (every term a phrase of bigrams,
 * all required); several are merged by id. Exclusions become an `id NOT IN` filter. When
 * nothing holds every word (a resident's question), each term is searched on its own and
 * documents are ranked by how many terms they hold, then by relevance — the SQLite rule
 * (Meilisearch's 'last'/'frequency' strategies always keep one given word and answer nothing
 * when that word is in no document).
 */
import type { SearchParams, SearchResponse } from 'meilisearch';
import { todayInChina } from '../../domain/dates';
import { VALIDITY_STATUSES, type FacetCount, type FacetName, type SearchRequest, type SearchResult } from '../../model';
import { facetCounts, orderFacet } from '../query/facet-table';
import type { FilterFields } from '../query/filter-documents';
import type { RangeFinder } from '../query/highlight';
import { missingNumber } from '../query/near-numbers';
import { parseQuery, type ParsedQuery } from '../query/parse-query';
import { mergeFilters } from '../query/query-filters';
import { indexTokens, normalizeQuery } from '../../text/segment';
import {
  byDateThenScore,
  byRank,
  clampPage,
  finderFor,
  keepBestMatched,
  MAX_LIMIT,
  pageOf,
  round,
  shapeResult,
  toHit,
  type Found,
  type PageWindow,
  type Ranked,
} from '../query/shape-result';
import type { MeiliDocument } from './meili-document';
import { MATCH_NOTHING, filterExpression, filterValue, queryStrings, splitQuery, statusFilter } from './meili-query';

/** Meilisearch's pagination ceiling (settings.pagination.maxTotalHits). */
const MAX_TOTAL = 10_000;
/** OR queries are merged here: up to this many hits of each are fetched (light fields only). */
const UNION_CAP = 1000;
const FACET_FIELDS: Record<Exclude<FacetName, 'status'>, string> = {
  county: 'county',
  year: 'year',
  issuer: 'issuingBody',
  type: 'type',
  unit: 'units',
  level: 'level',
};
/** A notice issuing a text of another kind counts under both kinds: its own is kept apart (meili-document). */
const NOTICE_TYPE = 'noticeType';
const FACET_ATTRIBUTES = [...Object.values(FACET_FIELDS), NOTICE_TYPE];
const BY_DATE = ['dateNumber:desc'];
/** What filters, facets and merging need of a hit. */
const LIGHT = ['id', 'county', 'year', 'date', 'issuingBody', 'type', 'noticeType', 'level', 'units', 'effectiveFrom', 'expiresOn', 'repealedOn'];
const RETRIEVE = [...LIGHT, 'gazetteId', 'gazetteName', 'gazetteYear', 'gazetteIssue', 'page', 'docNumber', 'title', 'paragraphs'];

/** What a search reads back of a document. */
export type Retrieved = Pick<
  MeiliDocument,
  | 'id' | 'gazetteId' | 'gazetteName' | 'gazetteYear' | 'gazetteIssue' | 'page' | 'county' | 'year' | 'date' | 'docNumber' | 'title'
  | 'issuingBody' | 'type' | 'noticeType' | 'units' | 'effectiveFrom' | 'expiresOn' | 'repealedOn' | 'paragraphs'
>;
/** One Meilisearch search on the index (the backend adds retries and error wrapping). */
export type AskIndex = (q: string, params: SearchParams) => Promise<SearchResponse<Retrieved>>;

type Scored = { fields: Retrieved; score: number; details?: Record<string, unknown> };

/** What the steps of one search share. */
interface Asked {
  ask: AskIndex;
  parsed: ParsedQuery;
  asOf: string;
  window: PageWindow;
  filter: string | undefined;
  explain: boolean;
  byDate: boolean;
}

const and = (...parts: Array<string | undefined>) => parts.filter(Boolean).join(' AND ') || undefined;
const scoreOf = (hit: object) => (hit as { _rankingScore?: number })._rankingScore ?? 0;
/** The fields filters and statuses read, with the units list Meilisearch leaves out when empty. */
const withUnits = (doc: Retrieved) => ({ ...doc, units: doc.units ?? [] }) as Retrieved & FilterFields;

/** Runs one search. `unitNames` expands a unit as typed (县人社局) into the canonical names it may stand for. */
export async function searchMeili(ask: AskIndex, request: SearchRequest, unitNames: (unit: string) => string[]): Promise<SearchResult> {
  const started = performance.now();
  const parsed = parseQuery(typeof request.q === 'string' ? request.q : '');
  const asOf = request.asOf ?? todayInChina();
  // A page must end within what Meilisearch pages through.
  const window = clampPage(request, MAX_TOTAL, true);
  const filters = mergeFilters(request.filters ?? {}, parsed.filters);
  const excluded = parsed.exclude.length ? await excludedIds(ask, parsed) : [];
  const filter = filterExpression(filters, asOf, excluded.length ? [`id NOT IN [${excluded.map(filterValue).join(', ')}]`] : [], unitNames);
  const asked: Asked = { ask, parsed, asOf, window, filter, explain: request.explain === true, byDate: request.sort === 'date' };
  const found = (parsed.docNumber ? await numberSearch(asked) : undefined) ?? (await textSearch(asked));
  return shapeResult(found, window, parsed, started);
}

/**
 * Every search requires all its terms ('all'): partial matches are ranked by our own rule.
 * What Meilisearch would not read as meant — terms beyond the tenth (ignored), a single
 * character that is not the query's last word (not matched as a prefix) — is searched
 * separately (see splitQuery) and the query restricted to the documents holding it too (at
 * most 10,000 of them: maxTotalHits).
 */
async function run(ask: AskIndex, q: string, params: SearchParams): Promise<SearchResponse<Retrieved>> {
  const [head, ...rest] = splitQuery(q);
  let filter = params.filter as string | undefined;
  if (rest.length > 0) {
    let ids: Set<string> | undefined;
    for (const piece of rest) {
      const found = await ask(piece, { filter, limit: MAX_TOTAL, attributesToRetrieve: ['id'], matchingStrategy: 'all' });
      const these = new Set(found.hits.map((hit) => hit.id));
      ids = ids ? new Set([...ids].filter((id) => these.has(id))) : these;
    }
    filter = and(filter, ids && ids.size > 0 ? `id IN [${[...ids].map(filterValue).join(', ')}]` : MATCH_NOTHING);
  }
  return ask(head, { ...params, filter, matchingStrategy: 'all' });
}

/** Ids of documents holding an excluded term, to leave out by filter. */
async function excludedIds(ask: AskIndex, parsed: ParsedQuery): Promise<string[]> {
  const ids = new Set<string>();
  for (const q of parsed.exclude.flatMap((term) => queryStrings([[term]]))) {
    const found = await run(ask, q, { limit: MAX_TOTAL, attributesToRetrieve: ['id'] });
    for (const hit of found.hits) ids.add(hit.id);
  }
  return [...ids];
}

/** Meilisearch's facet distribution and the status counts, in the shape of SearchResult.facets. */
function facetsFrom(distribution: Record<string, Record<string, number>> | undefined, status: FacetCount[]): Record<FacetName, FacetCount[]> {
  const facets = { status } as Record<FacetName, FacetCount[]>;
  for (const [name, field] of Object.entries(FACET_FIELDS) as Array<[Exclude<FacetName, 'status'>, string]>) {
    const counts = new Map(Object.entries(distribution?.[field] ?? {}));
    // The two fields never hold one group for a document, so their counts add up.
    if (name === 'type') for (const [value, n] of Object.entries(distribution?.[NOTICE_TYPE] ?? {})) counts.set(value, (counts.get(value) ?? 0) + n);
    facets[name] = orderFacet(name, [...counts].map(([value, count]) => ({ value, count })));
  }
  return facets;
}

/** Status counts: the status depends on the day asked about, so one count per status. */
async function statusFacet({ ask, asOf }: Asked, q: string, filter: string | undefined): Promise<FacetCount[]> {
  const counts = await Promise.all(
    VALIDITY_STATUSES.map(async (status) => {
      const found = await run(ask, q, { filter: and(filter, statusFilter(status, asOf)), page: 1, hitsPerPage: 0 });
      return { value: status, count: found.totalHits ?? 0 };
    }),
  );
  return orderFacet('status', counts.filter((c) => c.count > 0));
}

/**
 * A document number, with the query's other words if any: the document itself first, then the
 * documents citing it (newest first), those holding the other words — or all (partial) when none
 * does; facets and total over them. A number no document has or cites is looked for as written
 * in the texts (one phrase of its tokens, as the SQLite backend does: escape-query's
 * ftsNumberExpression); when none holds it the answer says so, never matching its digits apart.
 * (Near numbers are suggested by the SQLite backend, which keeps every number in memory.)
 */
async function numberSearch(asked: Asked): Promise<Found | undefined> {
  const { ask, parsed, filter, window, asOf } = asked;
  const number = filterValue(parsed.docNumber!);
  const scope = and(filter, `(docNumber = ${number} OR citedNumbers = ${number})`);
  const known = await run(ask, '', { filter: `(docNumber = ${number} OR citedNumbers = ${number})`, page: 1, hitsPerPage: 0 });
  if ((known.totalHits ?? 0) === 0) return numberInText(asked);
  const words = queryStrings(parsed.groups)[0] ?? '';
  let q = words;
  let counted = await run(ask, q, { filter: scope, page: 1, hitsPerPage: 0, facets: FACET_ATTRIBUTES });
  const partial = q !== '' && (counted.totalHits ?? 0) === 0;
  if (partial) {
    q = '';
    counted = await run(ask, q, { filter: scope, page: 1, hitsPerPage: 0, facets: FACET_ATTRIBUTES });
  }
  const total = counted.totalHits ?? 0;
  const reach = Math.min(MAX_TOTAL, window.page * window.limit);
  const [mine, citing, status] = await Promise.all([
    run(ask, q, { filter: and(filter, `docNumber = ${number}`), limit: MAX_LIMIT, sort: BY_DATE, attributesToRetrieve: RETRIEVE }),
    run(ask, q, { filter: and(filter, `citedNumbers = ${number}`, `docNumber != ${number}`), page: 1, hitsPerPage: reach, sort: BY_DATE, attributesToRetrieve: RETRIEVE }),
    statusFacet(asked, q, scope),
  ]);
  const mode = partial ? 'partial' : mine.hits.length > 0 ? 'docNumber' : 'citedNumber';
  const find = finderFor(parsed, mode);
  const own = new Set(mine.hits.map((h) => h.id));
  const list = pageOf([...mine.hits, ...citing.hits], window);
  const hits = list.map((doc, i) =>
    toHit(withUnits(doc), doc.paragraphs ?? [], find, asOf, {
      score: list.length - i,
      explain: asked.explain ? { backend: 'meilisearch', rule: own.has(doc.id) ? 'documentNumber' : 'citesNumber' } : undefined,
    }),
  );
  return { total, hits, facets: facetsFrom(counted.facetDistribution, status), mode };
}

/** A number nobody has or cites, as one phrase of its tokens in the texts; said missing when none holds it. */
async function numberInText(asked: Asked): Promise<Found> {
  const { parsed } = asked;
  const tokens = indexTokens(normalizeQuery(parsed.docNumber!));
  const phrase = tokens.length > 0 ? `"${tokens.join(' ')}"` : '';
  const words = queryStrings(parsed.groups)[0] ?? '';
  const found = phrase ? await singleSearch(asked, [phrase, words].filter(Boolean).join(' '), asked.byDate, 'all', finderFor(parsed, 'all')) : undefined;
  if (found && found.total > 0) return found;
  const empty = Object.fromEntries(Object.keys(FACET_FIELDS).concat('status').map((name) => [name, []])) as unknown as Found['facets'];
  return { total: 0, hits: [], facets: empty, mode: 'docNumber', missingNumber: missingNumber(parsed.docNumber!, []) };
}

/** Why a hit ranked where it did, when asked: Meilisearch's score and its per-rule details. */
function explainOf(asked: Asked, scored: Scored, mode: SearchResult['mode']): Record<string, number | string> | undefined {
  return asked.explain ? { backend: 'meilisearch', mode, rankingScore: round(scored.score), ...flatDetails(scored.details) } : undefined;
}

/** The terms: one query natively paged and faceted where it can, else queries merged here. */
async function textSearch(asked: Asked): Promise<Found> {
  let queries = queryStrings(asked.parsed.groups);
  const browse = queries.length === 0;
  if (browse) queries = [''];
  const mode = browse ? 'browse' : 'all';
  const find = finderFor(asked.parsed, mode);
  const byDate = asked.byDate || browse;
  if (queries.length === 1) {
    const found = await singleSearch(asked, queries[0], byDate, mode, find);
    if (found) return found;
  }
  return mergedSearch(asked, queries, byDate, mode, find);
}

/** A phrase search of every term, natively paged and faceted. Undefined when it found nothing and a partial match may. */
async function singleSearch(asked: Asked, q: string, byDate: boolean, mode: SearchResult['mode'], find: RangeFinder): Promise<Found | undefined> {
  const { window, filter } = asked;
  const response = await run(asked.ask, q, {
    filter,
    sort: byDate ? BY_DATE : undefined,
    page: window.page,
    hitsPerPage: window.limit,
    facets: FACET_ATTRIBUTES,
    attributesToRetrieve: RETRIEVE,
    showRankingScore: true,
    showRankingScoreDetails: asked.explain,
  });
  if ((response.totalHits ?? 0) === 0 && asked.parsed.groups.length >= 2) return undefined;
  const status = await statusFacet(asked, q, filter);
  const hits = response.hits.map((doc) => {
    const scored = { fields: doc, score: scoreOf(doc), details: (doc as { _rankingScoreDetails?: Record<string, unknown> })._rankingScoreDetails };
    return toHit(withUnits(doc), doc.paragraphs ?? [], find, asked.asOf, { score: scored.score, explain: explainOf(asked, scored, mode) });
  });
  return { total: response.totalHits ?? 0, hits, facets: facetsFrom(response.facetDistribution, status), mode };
}

/**
 * Hits of several queries merged by id (best score kept), light fields only, up to UNION_CAP
 * per query, so totals and facets count the union rather than one of its parts.
 */
async function collect({ ask, filter }: Asked, queries: string[]): Promise<Map<string, Scored>> {
  const responses = await Promise.all(
    queries.map((q) => run(ask, q, { filter, page: 1, hitsPerPage: UNION_CAP, attributesToRetrieve: LIGHT, showRankingScore: true })),
  );
  const merged = new Map<string, Scored>();
  for (const response of responses) {
    for (const hit of response.hits) {
      const seen = merged.get(hit.id);
      if (!seen || seen.score < scoreOf(hit)) merged.set(hit.id, { fields: hit, score: scoreOf(hit) });
    }
  }
  return merged;
}

/**
 * A resident's question: documents holding some of the terms, ranked by how many they hold, then
 * by relevance — the same rule as the SQLite backend. Meilisearch's own matching strategies
 * ('last', 'frequency') cannot do this: they always keep one given term (the first, or the
 * rarest) and return nothing when that one is in no document.
 */
async function partialMatches(asked: Asked): Promise<Array<Scored & Ranked<Retrieved>>> {
  const counts = new Map<string, Scored & Ranked<Retrieved>>();
  const perGroup = await Promise.all(asked.parsed.groups.map((group) => collect(asked, queryStrings([group]))));
  for (const found of perGroup) {
    for (const hit of found.values()) {
      const entry = counts.get(hit.fields.id) ?? { ...hit, score: 0, matched: 0 };
      entry.matched += 1;
      entry.score += hit.score;
      counts.set(hit.fields.id, entry);
    }
  }
  return keepBestMatched([...counts.values()]);
}

/** OR (one query per combination of alternatives), or no document holds every term: merged, ranked and paged here. */
async function mergedSearch(asked: Asked, queries: string[], byDate: boolean, allMode: SearchResult['mode'], find: RangeFinder): Promise<Found> {
  const groups = asked.parsed.groups.length;
  // (A single query reaching here found nothing: no need to ask again.)
  const all = queries.length === 1 ? [] : [...(await collect(asked, queries)).values()].map((s) => ({ ...s, matched: groups }));
  const partial = all.length === 0 && groups >= 2;
  const mode = partial ? 'partial' : allMode;
  const merged = partial ? await partialMatches(asked) : all;
  merged.sort(byDate ? byDateThenScore : byRank);
  const window = pageOf(merged, asked.window);
  const full = await fetchByIds(asked.ask, window.map((s) => s.fields.id));
  const hits = window.flatMap((s) => {
    const doc = full.get(s.fields.id);
    return doc ? [toHit(withUnits(doc), doc.paragraphs ?? [], find, asked.asOf, { score: s.score, explain: explainOf(asked, s, mode) })] : [];
  });
  return { total: merged.length, hits, facets: facetCounts(merged.map((s) => withUnits(s.fields)), asked.asOf), mode };
}

/** Full fields of the documents on the page. */
async function fetchByIds(ask: AskIndex, ids: string[]): Promise<Map<string, Retrieved>> {
  if (ids.length === 0) return new Map();
  const found = await run(ask, '', { filter: `id IN [${ids.map(filterValue).join(', ')}]`, limit: ids.length, attributesToRetrieve: RETRIEVE });
  return new Map(found.hits.map((doc) => [doc.id, doc]));
}

/** Meilisearch's per-rule score details as flat `rule: score` pairs for `explain`. */
function flatDetails(details: Record<string, unknown> | undefined): Record<string, number> {
  const out: Record<string, number> = {};
  for (const [rule, detail] of Object.entries(details ?? {})) {
    const score = (detail as { score?: number } | undefined)?.score;
    if (typeof score === 'number') out[rule] = round(score);
  }
  return out;
}
