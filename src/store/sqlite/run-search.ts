/**
 * @module store/sqlite/run-search
 * One search of the embedded index, as search-index.ts describes: the parsed query translated
 * into FTS5 match lists (a document number, a browse, the terms), ranked (rank-candidates.ts),
 * then paged and shaped like every backend's (query/shape-result.ts).
 */
import { todayInChina } from '../../domain/dates';
import type { SearchRequest, SearchResult } from '../../model';
import { ftsGroupExpression, ftsMatchExpression, ftsNumberExpression, ftsPhrasePlan } from '../escape-query';
import { facetRules, prepareFilters } from '../query/filter-documents';
import { sameDecrees } from '../query/decree-organs';
import { missingNumber, nearNumbers, numbersEndingWith } from '../query/near-numbers';
import { parseQuery, type ParsedQuery } from '../query/parse-query';
import { querySeries, seriesNumbers } from '../query/query-series';
import { mergeFilters } from '../query/query-filters';
import { topPositions } from '../query/select-top';
import { byDateDesc, byDateThenScore, byRank, clampPage, finderOf, finderSpec, hitOf, pageOf, shapeResult, type PageWindow } from '../query/shape-result';
import type { FieldCache, Fields } from './field-cache';
import { unpackPairs, unpackRowids } from './fts-lists';
import { pagePassages } from './page-passages';
import { MAX_PHRASES } from './phrase-columns';
import { isPrefixExpression } from './prefix-lists';
import { boundingTokens } from './match-bound';
import { byField, nearSpec, partialRanking, plain, rerank, RERANK_DEPTH, type Candidate, type MatchLists, type Ranks } from './rank-candidates';
import type { HalfReads } from './half-reads';
import { decodeRecord } from './record-codec';
import { intersection, type RowidSet } from './rowid-sets';
import type { PhraseStats } from './phrase-stats';
import { rankFunction, type SearchStatements } from './search-statements';
import type { TokenLists } from './token-counts';

/** Deep pages cost as much as the first: cap them (a user never reads page 500 of 20). */
const MAX_OFFSET = 10_000;
/** Added to the BM25 of a document holding the words typed side by side, side by side: above any BM25. */
const ADJACENT_OFFSET = 1e9;

/** What a search reads of the index. */
export interface SearchContext {
  statements: SearchStatements;
  /** The flat fields of every document, current with the database. */
  fields(): FieldCache;
  unitNames(unit: string): string[];
  /** Most matches ranked by BM25; more are ranked by fields, then date. */
  bm25MaxMatches: number;
  /** The paragraphs of a stored document, when the store keeps them and not the index. */
  paragraphsOf?: (id: string) => string[] | undefined;
  /** Match lists of prefix expressions kept between searches (prefix-lists.ts). */
  prefixLists?: (lists: MatchLists, generation: object) => MatchLists;
  /** The documents of each token, kept between searches (token-counts.ts). */
  tokenLists?: TokenLists;
  /** How many documents hold each phrase, kept between searches (phrase-stats.ts). */
  phraseStats?: PhraseStats;
  /** Long match lists read half here, half on a reader thread (half-reads.ts). */
  halves?: HalfReads;
}

/** One query's ranking: how it was found, the ranked documents, and every match when the ranked list may stop early. */
interface Ranking {
  mode: SearchResult['mode'];
  ranked: Candidate[];
  matched?: Uint32Array;
  missingNumber?: SearchResult['missingNumber'];
}

/** What the rankings of one query share. */
interface Asked {
  parsed: ParsedQuery;
  cache: FieldCache;
  keep: (f: Fields) => boolean;
  /** Whether a rowid holds a document that passes the filters, read from the facet table where it can be. */
  admits: (rowid: number) => boolean;
  window: PageWindow;
  byDate: boolean;
  explain: boolean;
  lists: MatchLists;
}

/** Runs one search on the index. */
export function runSearch(context: SearchContext, request: SearchRequest): SearchResult {
  const started = performance.now();
  context.halves?.settle();
  const cache = context.fields();
  const parsed = parseQuery(request.q ?? '');
  const asOf = request.asOf ?? todayInChina();
  const filters = mergeFilters(request.filters ?? {}, parsed.filters);
  const prepared = prepareFilters(filters, asOf, context.unitNames);
  // A filter of a common word's search tests tens of thousands of matches: by the numbers the
  // facet table keeps, not each document's object (a cache miss each, ~100 ns at 5000×).
  const rules = prepared.active ? facetRules(filters, context.unitNames) : [];
  const admits = rules ? cache.facets.passing(rules, asOf) : (rowid: number) => {
    const f = cache.byRowid[rowid];
    return f !== undefined && prepared.test(f);
  };
  const { statements } = context;
  const count = (phrase: string) => statements.matchCount.get(phrase) ?? 0;
  const frequency = context.phraseStats ? context.phraseStats(count, cache) : count;
  const halves = context.halves;
  const read: MatchLists = {
    ids: (expression, within) => {
      const joined = halves && within && halves.halves('ids', expression, within, (limit) => statements.lowIds.get(expression, limit) ?? [null, null]);
      return joined ? joined.rowids : unpackRowids(statements.matchIds.get(expression));
    },
    ranked: (expression, phrases, near) => {
      const rank = rankFunction(phrases.map((p) => (p === undefined ? 0 : frequency(p))));
      if (near === undefined) {
        const { rowids, values } = unpackPairs(statements.matchRanked.get(expression, rank));
        return { rowids, ranks: values };
      }
      const [ranked, nearby] = statements.matchRankedNear.get(near, expression, rank) ?? [null, null];
      const { rowids, values } = unpackPairs(ranked);
      return { rowids, ranks: values, near: unpackPairs(nearby).values };
    },
    aside: (expression, size) => listAside(context, read, expression, size),
    matchesAt: (expression) => (rowid) => statements.matchAt.get(expression, BigInt(rowid)) !== undefined,
    located: (expression, within) => {
      const joined = halves && within && halves.halves('located', expression, within, (limit) => statements.lowLocated.get(expression, limit) ?? [null, null]);
      const { rowids, values } = joined ?? unpackPairs(statements.matchColumns.get(expression));
      return { rowids, masks: values! };
    },
  };
  const lists = context.prefixLists ? context.prefixLists(read, cache) : read;
  const asked: Asked = {
    parsed,
    cache,
    keep: (f) => admits(f.rowid),
    admits,
    window: clampPage(request, MAX_OFFSET),
    byDate: request.sort === 'date',
    explain: request.explain === true,
    lists,
  };
  const { mode, ranked, matched, missingNumber: missing } = numberRanking(asked) ?? seriesFirst(asked, textRanking(asked, context));
  if (asked.byDate) ranked.sort(byDateThenScore);
  const spec = finderSpec(parsed, mode);
  const find = finderOf(spec);
  const page = pageOf(ranked, asked.window);
  const all = matched ?? Uint32Array.from(ranked, (c) => c.fields.rowid);
  // The reader thread reads documents from the store's table only: rows keeping their own texts stay here.
  const fields = page.map((c) => c.fields);
  const shared = context.paragraphsOf && fields.every((f) => cache.ownTexts[f.rowid] !== 1) ? context.halves?.passages(fields.map((f) => f.id), spec) : undefined;
  // Counted while the reader starts on the page.
  const facets = cache.facets.count(all, asOf);
  const passages = pagePassages(fields, (f) => paragraphsOf(context, cache, f), find, shared);
  const hits = page.map((c, at) => hitOf(c.fields, passages[at], find, asOf, c));
  return shapeResult({ total: all.length, hits, facets, mode, ...(missing ? { missingNumber: missing } : {}) }, asked.window, parsed, started);
}

/**
 * Rows written before the store kept the texts (or by an index on its own) hold their own copy;
 * the field cache knows which, so the others are read from the store alone.
 */
function paragraphsOf(context: SearchContext, cache: FieldCache, f: Fields): string[] {
  if (context.paragraphsOf && cache.ownTexts[f.rowid] !== 1) return context.paragraphsOf(f.id) ?? [];
  const stored = context.statements.paragraphs.get(f.rowid);
  return stored !== undefined && stored.length > 0 ? decodeRecord<string[]>(stored) : (context.paragraphsOf?.(f.id) ?? []);
}

/**
 * A document number, and the query's other words if any: the document itself first, then the
 * documents that cite it — those holding the other words, or all of them (partial) when none
 * does. A number written without its place (政发〔2023〕7号) is the known numbers it ends. A
 * number no document has or cites is looked for as written in the texts (one phrase, never its
 * digits apart); when no text holds it either, the answer says so, with the numbers near it.
 */
function numberRanking(asked: Asked): Ranking | undefined {
  const { parsed, cache, keep, explain, lists } = asked;
  if (!parsed.docNumber) return undefined;
  const number = parsed.docNumber;
  let numbers = [number];
  if (!cache.byNumber.has(number) && !cache.citing.has(number)) {
    const known = knownNumbers(cache);
    const issuersOf = (n: string) => (cache.byNumber.get(n) ?? []).map((f) => f.issuingBody);
    numbers = [...numbersEndingWith(number, known), ...(parsed.docNumberParts ? sameDecrees(parsed.docNumberParts, known, issuersOf) : [])];
  }
  const numbered = numbers.flatMap((n) => cache.byNumber.get(n) ?? []);
  const own = new Set(numbered.map((f) => f.rowid));
  const citers = numbers.flatMap((n) => cache.citing.get(n) ?? []).filter((f) => !own.has(f.rowid));
  const words = ftsMatchExpression(parsed.groups, parsed.exclude);
  const excluded = parsed.exclude.length > 0 ? new Set(lists.ids(ftsGroupExpression(parsed.exclude)!)) : undefined;
  const passes = (f: Fields) => keep(f) && !excluded?.has(f.rowid);
  if (numbered.length + citers.length === 0) {
    const written = ftsNumberExpression(number);
    const rowids = written ? lists.ids(words ? `(${written}) AND (${words})` : written) : new Uint32Array(0);
    if (rowids.length === 0) return { mode: 'docNumber', ranked: [], missingNumber: missingNumber(number, nearSuggestions(parsed, cache)) };
    const found = Array.from(rowids, (rowid) => cache.byRowid[rowid]).filter((f): f is Fields => f !== undefined && passes(f));
    return { mode: 'all', ranked: found.sort(byDateDesc).map((f, i, all) => ({ fields: f, bm25: 0, matched: parsed.groups.length + 1, score: all.length - i, explain: explain ? { rule: 'numberInText' } : undefined })) };
  }
  const candidates = [...numbered.sort(byDateDesc), ...citers.sort(byDateDesc)].filter(passes);
  const holding = words ? new Set(lists.ids(words)) : undefined;
  const withWords = holding ? candidates.filter((f) => holding.has(f.rowid)) : candidates;
  const partial = holding !== undefined && withWords.length === 0;
  const ranked = (partial ? candidates : withWords).map((f, i, all) => ({
    fields: f,
    bm25: 0,
    matched: 1,
    score: all.length - i,
    explain: explain ? { rule: own.has(f.rowid) ? 'documentNumber' : 'citesNumber' } : undefined,
  }));
  return { mode: partial ? 'partial' : numbered.length > 0 ? 'docNumber' : 'citedNumber', ranked };
}

/**
 * A 代字 and a year alone (国办发 2016, query-series.ts): the documents numbered in that series
 * that year first, newest first, then the words' matches as ranked (a document citing the series).
 */
function seriesFirst(asked: Asked, ranking: Ranking): Ranking {
  const { parsed, cache, keep } = asked;
  const plain = !parsed.docNumber && parsed.exclude.length === 0 && parsed.groups.every((g) => g.length === 1);
  const series = plain && ranking.mode !== 'browse' ? querySeries(parsed.wholeTerms) : undefined;
  if (!series) return ranking;
  const own = seriesNumbers(series, cache.byNumber.keys()).flatMap((n) => cache.byNumber.get(n) ?? []).filter(keep).sort(byDateDesc);
  if (own.length === 0) return ranking;
  const lifted = new Set(own.map((f) => f.rowid));
  const top = (ranking.ranked[0]?.score ?? 0) + own.length;
  const first = own.map((f, i) => ({ fields: f, bm25: 0, matched: parsed.groups.length, score: top - i, explain: asked.explain ? { rule: 'documentNumber' } : undefined }));
  const matched = ranking.matched && Uint32Array.from(new Set([...lifted, ...ranking.matched]));
  return { ...ranking, ranked: [...first, ...ranking.ranked.filter((c) => !lifted.has(c.fields.rowid))], ...(matched ? { matched } : {}) };
}

/** Every number a document has or cites. */
function knownNumbers(cache: FieldCache): Set<string> {
  return new Set([...cache.byNumber.keys(), ...cache.citing.keys()]);
}

/** The known numbers near the query's, as suggestions naming the document (or that it is cited). */
function nearSuggestions(parsed: ParsedQuery, cache: FieldCache) {
  if (!parsed.docNumberParts) return [];
  return nearNumbers(parsed.docNumberParts, knownNumbers(cache)).map((text) => {
    const doc = cache.byNumber.get(text)?.[0];
    return doc ? { kind: 'number' as const, text, id: doc.id, note: doc.title } : { kind: 'number' as const, text, note: `被 ${cache.citing.get(text)?.length ?? 0} 件文件引用` };
  });
}

/** The terms: every document when there are none (browse, newest first), else the matches ranked. */
function textRanking(asked: Asked, context: SearchContext): Ranking {
  const { parsed, cache, keep, lists } = asked;
  const expression = ftsMatchExpression(parsed.groups, parsed.exclude);
  if (!expression) {
    const exclude = parsed.exclude.length > 0 ? ftsGroupExpression(parsed.exclude) : undefined;
    const excluded = new Set(exclude ? lists.ids(exclude) : []);
    const ranked = cache.byRowid
      .filter((f): f is Fields => f !== undefined && keep(f) && !excluded.has(f.rowid))
      .sort(byDateDesc)
      .map((f) => ({ fields: f, bm25: 0, matched: 0, score: 0 }));
    return { mode: 'browse', ranked };
  }
  // Whether more than BM25's share may match, from tokens every match holds: then the
  // match list is read first, without BM25, to see (one more pass when it is not so).
  const wide = Math.min(context.bm25MaxMatches, cache.size / 2);
  const bound = matchBound(context, parsed, cache);
  // Words typed side by side (安全生产) that matched side by side rank first: one tier above.
  // With more matches than BM25 ranks, the best by field and date are asked one by one whether
  // they are adjacent until the page is full (topOfTier), and the reader thread helps read the
  // query's matches instead; otherwise the adjacent list is read on the reader thread, when
  // there is one, while this one reads the query's.
  const adjacentExpression = parsed.adjacent ? ftsMatchExpression(parsed.adjacent, parsed.exclude) : undefined;
  const tiered = adjacentExpression !== undefined && adjacentExpression !== expression;
  const wider = bound.size > wide;
  const askTier = tiered && wider && lists.matchesAt !== undefined && !isPrefixExpression(adjacentExpression);
  const adjacentList = tiered && !askTier ? (lists.aside?.(adjacentExpression, bound.size) ?? (() => lists.ids(adjacentExpression))) : undefined;
  // A query of one token (政府) matches its token's list, already read to bound it. Other
  // matches are read with where their phrases stand, which ranks them past the BM25 budget —
  // unless the query has a prefix (its lists are kept between searches: prefix-lists.ts) or
  // more phrases than phrase_columns reports.
  const exact = wider && bound.exactFor === expression;
  const plan = wider && !exact ? ftsPhrasePlan(parsed.groups) : undefined;
  const located = plan && plan.phrases <= MAX_PHRASES && !isPrefixExpression(expression) ? lists.located(expression, bound.common) : undefined;
  const all = wider ? (exact ? bound.common : (located?.rowids ?? lists.ids(expression, bound.common))) : undefined;
  // Marked in an array by rowid, not a Set: a common phrase marks tens of thousands.
  let adjacent = adjacentList && marks(adjacentList(), cache.byRowid.length);
  const readTier = () => (adjacent ??= marks(lists.ids(adjacentExpression!), cache.byRowid.length));
  const tier = (rowid: number) => (adjacent?.[rowid] ?? 0);
  if (all && all.length > wide) {
    const matched = kept(all, asked);
    const { page, limit } = asked.window;
    // A query of one token: its title and headings lists are index statistics like its list
    // (the two column-filtered reads were a third of a common word's search), kept beside it.
    const columnIds = exact ? (filter: string) => intersection([bound.listOf(`{${filter}} : (${expression})`)])! : undefined;
    // Asked of the index as it stands when asked: a write in between can move a document's
    // tier, as it could when the list was read aside and taken later.
    const askedTier = askTier
      ? {
          at: lists.matchesAt!(adjacentExpression!),
          read: () => {
            readTier();
            return tier;
          },
        }
      : undefined;
    const how = { groups: parsed.groups.length, byDate: asked.byDate, explain: asked.explain, tier, askedTier, located: located && plan && { matches: located, plan }, columnIds };
    return { mode: 'all', ranked: byField(expression, matched, page * limit, cache, how, lists), matched };
  }
  // Every match with its BM25, as numbers; objects only for the best and what the page shows.
  const matches: Ranks = all?.length === 0 ? { rowids: new Uint32Array(0), ranks: new Float64Array(0) } : lists.ranked(expression, ftsPhrasePlan(parsed.groups, parsed.exclude).texts, nearSpec(parsed));
  if (matches.rowids.length === 0 && parsed.groups.length > 1) {
    const { page, limit } = asked.window;
    const { ranked, matched } = partialRanking(parsed, lists, { keep, byRowid: cache.byRowid, explain: asked.explain, depth: page * limit, byDate: asked.byDate });
    return { mode: 'partial', ranked, matched };
  }
  if (askTier) readTier();
  return bm25Ranking(asked, matches, adjacent ? tier : undefined);
}

/**
 * At most how many documents the query matches: its tokens' lists intersected (match-bound.ts),
 * with that intersection, and the token it is exactly the matches of when there is one alone.
 */
function matchBound(context: SearchContext, parsed: ParsedQuery, generation: object): MatchBound {
  const read = (token: string) => unpackRowids(context.statements.matchIds.get(token));
  const listOf = context.tokenLists ? context.tokenLists(read, generation) : read;
  const tokens = boundingTokens(parsed.groups);
  const common = intersection(tokens.map(listOf));
  return { size: common?.length ?? Infinity, common, exactFor: tokens.length === 1 ? tokens[0] : undefined, listOf };
}

interface MatchBound {
  size: number;
  common?: Uint32Array;
  exactFor?: string;
  /** A token's documents (or an expression's), kept between searches where the index keeps token lists. */
  listOf: (expression: string) => RowidSet;
}

/**
 * The rowids of `expression`, given to the reader thread to read while this one goes on
 * (half-reads.ts) when its tokens' documents are many; read here when taken otherwise.
 */
function listAside(context: SearchContext, read: MatchLists, expression: string, size: number): () => Uint32Array {
  const { halves, statements } = context;
  const aside = halves?.aside(expression, size, () => statements.structure.get());
  return () => aside?.() ?? read.ids(expression);
}

/** 1 at each rowid of the list, in an array as long as the index's rowids. */
function marks(rowids: Uint32Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  for (const rowid of rowids) if (rowid < size) out[rowid] = 1;
  return out;
}

/** The matches that pass the filters. */
function kept(all: Uint32Array, { admits }: Asked): Uint32Array {
  const out = new Uint32Array(all.length);
  let count = 0;
  for (const rowid of all) if (admits(rowid)) out[count++] = rowid;
  return out.subarray(0, count);
}

/**
 * Every match that passes the filters by BM25 (the adjacent tier first), the best reranked; the
 * rest become objects only when the page asked reaches into them, or all are sorted by date.
 */
function bm25Ranking(asked: Asked, { rowids, ranks, near }: Ranks, tier: ((rowid: number) => number) | undefined): Ranking {
  const { cache, admits, parsed, explain } = asked;
  const groups = parsed.groups.length;
  const tierOf = tier ?? (() => 0);
  const scores = new Float64Array(rowids.length);
  let count = 0;
  for (let i = 0; i < rowids.length; i++) {
    if (!admits(rowids[i])) continue;
    rowids[count] = rowids[i];
    scores[count] = -ranks[i];
    if (near) near[count] = near[i];
    count += 1;
  }
  // The adjacent tier is chosen first (an offset above any BM25), then BM25 within it.
  let keys = scores;
  if (tier) {
    keys = new Float64Array(count);
    for (let i = 0; i < count; i++) keys[i] = scores[i] + ADJACENT_OFFSET * tier(rowids[i]);
  }
  const { top, rest } = topPositions(keys, count, RERANK_DEPTH);
  const best = Array.from(top, (at) => ({ fields: cache.byRowid[rowids[at]]!, bm25: scores[at], matched: groups + tierOf(rowids[at]), score: 0 }));
  let nearRowids: Set<number> | undefined;
  if (near) {
    nearRowids = new Set();
    for (const at of top) if (near[at] === 1) nearRowids.add(rowids[at]);
  }
  let ranked = rerank(best, parsed, explain, asked.lists, nearRowids);
  const { page, limit } = asked.window;
  if (asked.byDate || page * limit > ranked.length) {
    const rested = Array.from(rest, (at) => plain(cache.byRowid[rowids[at]]!, scores[at], groups + tierOf(rowids[at]), explain));
    ranked = [...ranked, ...(asked.byDate ? rested : rested.sort(byRank))];
  }
  return { mode: 'all', ranked, matched: rowids.subarray(0, count) };
}
