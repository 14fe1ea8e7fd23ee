/**
 * @module store/sqlite/rank-candidates
 * How the embedded index orders the documents a query matched: BM25 with bonuses for the best
 * (rerank), documents holding some of the groups (partial), and, past the BM25 budget, where the
 * query stands then the date (byField). Reads match lists only; the page, hits and result are
 * shaped by query/shape-result.ts.
 */
import { ftsMatchExpression, ftsNearExpression, ftsNearPhrases, ftsPhrasePlan, type PhrasePlan } from '../escape-query';
import { highlightNeedles } from '../query/highlight';
import type { ParsedQuery } from '../query/parse-query';
import { topPositions } from '../query/select-top';
import { byRank, keepBestMatched, round, type Ranked } from '../query/shape-result';
import type { FieldCache, Fields } from './field-cache';
import { standsIn } from './phrase-columns';
import { COLUMN_WEIGHTS } from './search-statements';

/**
 * Columns that rank a query past the BM25 budget: as a column filter, as bits of search_fts's
 * columns (title 0, docnum 1, headings 2), and with their BM25 weights. Title and number go
 * together: each column filter rereads the word's whole position list.
 */
const FIELD_COLUMNS: Array<{ filter: string; bits: number; weight: number }> = [
  { filter: 'title docnum', bits: 0b011, weight: COLUMN_WEIGHTS[0] },
  { filter: 'headings', bits: 0b100, weight: COLUMN_WEIGHTS[2] },
];
/** Candidates reranked beyond BM25; the rest keep BM25 order. */
export const RERANK_DEPTH = 200;
/** Tokens (≈ characters) within which terms count as near each other. */
const NEAR_DISTANCE = 24;
/** The columns NEAR looks in, as bits of search_fts's columns: title, docnum, headings, body (ftsNearExpression's filter). */
const NEAR_COLUMNS = 0b1111;
/** Phrases gazette_near takes at most (MAX_NEAR in native/phrase_columns.c). */
const MAX_NEAR_PHRASES = 10;

/** A document the query matched, with its BM25 (higher is better: negated). */
export type Candidate = Ranked<Fields> & { bm25: number };

/** Match lists of FTS5 expressions, as numbers (fts-lists.ts). */
export interface MatchLists {
  /** Rowids of every document matching. */
  ids(expression: string): Uint32Array;
  /**
   * Rowids of every document matching, with FTS5's rank (negative BM25); `phrases` are the
   * expression's phrases each on its own (ftsPhrasePlan), whose document counts BM25 weighs.
   */
  ranked(expression: string, phrases: ReadonlyArray<string | undefined>, near?: string): Ranks;
  /** Rowids of every document matching, with the columns each phrase stands in (phrase-columns.ts). */
  located(expression: string): Located;
}

/** Matches with their rank; with `near` asked, 1 where the query's terms stand near each other (nearSpec), else 0. */
export interface Ranks {
  rowids: Uint32Array;
  ranks: Float64Array;
  near?: Float64Array;
}

/**
 * What gazette_near is asked in a ranked read so that reranking needs no NEAR query: the
 * columns, the distance, and the phrases of ftsNearExpression as numbered in the match
 * expression. Undefined when the query has no NEAR (fewer than two groups take part).
 */
export function nearSpec(parsed: ParsedQuery): string | undefined {
  const phrases = ftsNearPhrases(parsed.groups);
  if (!phrases || phrases.length > MAX_NEAR_PHRASES) return undefined;
  return [NEAR_COLUMNS, NEAR_DISTANCE, ...phrases.flatMap((p) => [p.phrase, p.tokens])].join(' ');
}

/** Matches with their phrase_columns masks, in the same order. */
export interface Located {
  rowids: Uint32Array;
  masks: Float64Array;
}

/**
 * Gives the best candidates by BM25 their bonuses and sorts them (byRank). Every bonus
 * multiplies a positive BM25 by at least 1, so no candidate left out can outrank them. Which
 * candidates stand near is read with a NEAR query unless `nearRowids` tells (gazette_near).
 */
export function rerank(top: Candidate[], parsed: ParsedQuery, explain: boolean, lists: MatchLists, nearRowids?: Set<number>): Candidate[] {
  const near = ftsNearExpression(parsed.groups, NEAR_DISTANCE);
  const nearSet = near && top.length > 1 ? (nearRowids ?? new Set(lists.ids(near))) : undefined;
  const needles = parsed.groups.map((group) => highlightNeedles(group.map((t) => t.text)));
  const whole = parsed.wholeTerms.filter((t) => t.length >= 3);
  for (const c of top) {
    const title = c.fields.title.toLowerCase();
    const inTitle = needles.filter((group) => group.length > 0 && group.every((n) => title.includes(n))).length;
    const titleShare = needles.length ? inTitle / needles.length : 0;
    const verbatim = whole.some((w) => title.includes(w)) ? 1 : 0;
    const isNear = nearSet?.has(c.fields.rowid) ? 1 : 0;
    // Multiplicative, so the bonuses reorder documents of comparable BM25 without letting a
    // title match lift a document that barely mentions the rest of the query.
    c.score = c.bm25 * (1 + 1.0 * titleShare + 0.3 * verbatim + 0.4 * isNear);
    if (explain) c.explain = { bm25: round(c.bm25), titleShare: round(titleShare), verbatimInTitle: verbatim, near: isNear, matchedTerms: c.matched, score: round(c.score) };
  }
  return top.sort(byRank);
}

/** A candidate outside the reranked best: its BM25 is its score. */
export function plain(fields: Fields, bm25: number, matched: number, explain: boolean): Candidate {
  const c: Candidate = { fields, bm25, matched, score: bm25 };
  if (explain) c.explain = { bm25: round(bm25), matchedTerms: matched, score: round(bm25), reranked: 'no' };
  return c;
}

/**
 * Documents holding some of the groups, ranked by how many, then by BM25 (the best RERANK_DEPTH
 * reranked). How many groups a document holds comes before its score, so the top by BM25 is
 * not the top.
 */
export function partialRanking(parsed: ParsedQuery, keep: (f: Fields) => boolean, byRowid: FieldCache['byRowid'], explain: boolean, lists: MatchLists): Candidate[] {
  const found = new Map<number, { matched: number; bm25: number }>();
  for (const group of parsed.groups) {
    const expression = ftsMatchExpression([group], parsed.exclude);
    if (!expression) continue;
    const { rowids, ranks } = lists.ranked(expression, ftsPhrasePlan([group], parsed.exclude).texts);
    for (let i = 0; i < rowids.length; i++) {
      const entry = found.get(rowids[i]) ?? { matched: 0, bm25: 0 };
      entry.matched += 1;
      entry.bm25 += -ranks[i];
      found.set(rowids[i], entry);
    }
  }
  const all: Candidate[] = [];
  for (const [rowid, entry] of found) {
    const f = byRowid[rowid];
    if (f && keep(f)) all.push({ fields: f, bm25: entry.bm25, matched: entry.matched, score: 0 });
  }
  const candidates = keepBestMatched(all);
  const { top, rest } = topPositions(Float64Array.from(candidates, (c) => c.bm25), candidates.length, RERANK_DEPTH);
  const rested = Array.from(rest, (at) => plain(candidates[at].fields, candidates[at].bm25, candidates[at].matched, explain));
  // No candidate stands near: one holding every group would have matched the whole query, and
  // a document without a group lacks the phrase NEAR asks of it.
  return [...rerank(Array.from(top, (at) => candidates[at]), parsed, explain, lists, new Set()), ...rested].sort(byRank);
}

/** How byField ranks: the query's groups, date order or not, explain, and the adjacent tier of a rowid. */
export interface FieldRanking {
  groups: number;
  byDate: boolean;
  explain: boolean;
  tier: (rowid: number) => number;
  /** The matches as read with phrase_columns, and the query's phrases: no column filter to run then. */
  located?: { matches: Located; plan: PhrasePlan };
}

/**
 * The ranking of a query matching more documents than BM25 is computed for (or more than half
 * of a small archive: FTS5 floors the IDF of a term found in over half the documents at 10⁻⁶,
 * so BM25 then only measures how often a document repeats a word nearly every document uses).
 * Where the query stands (title, number, headings, weighed as in BM25), then newest first — as
 * a search portal lists a common word, and as Meilisearch ranks by attribute. Returns the best
 * `depth` in order; sorted by date, newest first with the field weight breaking ties.
 */
export function byField(expression: string, rowids: Uint32Array, depth: number, cache: FieldCache, how: FieldRanking, lists: MatchLists): Candidate[] {
  const { byRowid, dates } = cache;
  const { byDate, tier, located } = how;
  const weight = new Float64Array(byRowid.length);
  if (located) {
    // Read with the matches: each match's phrases, and where they stand.
    // Few masks recur over thousands of matches: each one's weight is worked out once.
    const { rowids: at, masks } = located.matches;
    const weightOf = new Map<number, number>();
    for (let i = 0; i < at.length; i++) {
      let w = weightOf.get(masks[i]);
      if (w === undefined) {
        w = 0;
        for (const column of FIELD_COLUMNS) if (standsIn(masks[i], located.plan, column.bits)) w += column.weight;
        weightOf.set(masks[i], w);
      }
      weight[at[i]] += w;
    }
  } else {
    for (const { filter, weight: w } of FIELD_COLUMNS) for (const rowid of lists.ids(`{${filter}} : (${expression})`)) weight[rowid] += w;
  }
  // One number orders both: the field weight (a sum under 100) and the date as YYYYMMDD, the
  // one asked for first — so a date-sorted page of a common word needs no object per match.
  // By relevance, words typed side by side that stand side by side come first (a tier above).
  // A plain loop: Float64Array.from with a mapping function iterates generically, and over
  // 25,000 matches it was a fifth of a common word's search.
  const keys = new Float64Array(rowids.length);
  for (let i = 0; i < rowids.length; i++) {
    const rowid = rowids[i];
    keys[i] = byDate ? dates[rowid] * 100 + weight[rowid] : tier(rowid) * 1e12 + weight[rowid] * 1e8 + dates[rowid];
  }
  const { top } = topPositions(keys, keys.length, depth);
  return Array.from(top, (at) => {
    const f = byRowid[rowids[at]]!;
    const score = weight[f.rowid];
    const adjacent = byDate ? 0 : tier(f.rowid);
    return {
      fields: f,
      bm25: 0,
      matched: how.groups + adjacent,
      score,
      explain: how.explain ? { rule: 'fieldsThenDate', fieldWeight: score, adjacent, score } : undefined,
    };
  });
}
