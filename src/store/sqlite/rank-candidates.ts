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
import { byDateDesc, byRank, matchedFloor, round, type Ranked } from '../query/shape-result';
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
  /**
   * Rowids of every document matching. `within`, when given, holds every match (ascending): the
   * list may then be read in two halves at once (half-reads.ts).
   */
  ids(expression: string, within?: Uint32Array): Uint32Array;
  /**
   * Rowids of every document matching, with FTS5's rank (negative BM25); `phrases` are the
   * expression's phrases each on its own (ftsPhrasePlan), whose document counts BM25 weighs.
   */
  ranked(expression: string, phrases: ReadonlyArray<string | undefined>, near?: string): Ranks;
  /** Rowids of every document matching, with the columns each phrase stands in (phrase-columns.ts); `within` as for ids. */
  located(expression: string, within?: Uint32Array): Located;
  /**
   * Starts reading the rowids of `expression` apart from this thread (half-reads.ts) when about
   * `size` documents hold its tokens; the function returned gives them, read here if need be.
   */
  aside?(expression: string, size: number): () => Uint32Array;
  /**
   * Whether one document matches `expression`, asked of FTS5 for that document alone: for the
   * few documents a page needs, where reading the whole list would cost more.
   */
  matchesAt?(expression: string): (rowid: number) => boolean;
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

/** How a partial ranking is asked: filters, explain, and how far into the order the page reaches. */
export interface PartialAsk {
  keep: (f: Fields) => boolean;
  byRowid: FieldCache['byRowid'];
  explain: boolean;
  /** The ranked list must hold at least this many first in order (page × limit). */
  depth: number;
  /** Sorted by date afterwards: every candidate is needed as an object. */
  byDate: boolean;
}

/** Past this depth a page's candidates are sorted whole rather than picked one by one. */
const PICK_MAX_DEPTH = 1000;

/**
 * Documents holding some of the groups, ranked by how many, then by BM25 (the best RERANK_DEPTH
 * reranked). How many groups a document holds comes before its score, so the top by BM25 is
 * not the top. Returns the first `depth` in order (all, when sorted by date) and every
 * candidate's rowid (for the total and facets).
 *
 * The order is the stable sort by byRank of the reranked best followed by the rest (in the
 * order topPositions leaves them). A residents' question of two words nobody writes together
 * has thousands of candidates at a province's scale (15,000 for 营业执照 交通安全 at 5000×):
 * objects of each, sorted whole, were most of its time. Here the rest stay numbers, the
 * `depth` best of them are picked in that order, ties kept in place, and merged after the
 * reranked — the same first `depth` as the whole sort.
 */
export function partialRanking(parsed: ParsedQuery, lists: MatchLists, ask: PartialAsk): { ranked: Candidate[]; matched: Uint32Array } {
  const { keep, byRowid, explain } = ask;
  // Summed per rowid in the order the groups are read, as the map of entries did before. A
  // query of 500 characters has at most 250 groups: 16 bits count them with room to spare.
  const matchedOf = new Uint16Array(byRowid.length);
  const bm25Of = new Float64Array(byRowid.length);
  const seen: number[] = [];
  for (const group of parsed.groups) {
    const expression = ftsMatchExpression([group], parsed.exclude);
    if (!expression) continue;
    const { rowids, ranks } = lists.ranked(expression, ftsPhrasePlan([group], parsed.exclude).texts);
    for (let i = 0; i < rowids.length; i++) {
      const rowid = rowids[i];
      if (rowid >= byRowid.length) continue;
      if (matchedOf[rowid] === 0) seen.push(rowid);
      matchedOf[rowid] += 1;
      bm25Of[rowid] += -ranks[i];
    }
  }
  const kept = seen.filter((rowid) => {
    const f = byRowid[rowid];
    return f !== undefined && keep(f);
  });
  // keepBestMatched's rule, on numbers.
  let best = 0;
  for (const rowid of kept) best = Math.max(best, matchedOf[rowid]);
  const floor = matchedFloor(best);
  const candidates = Uint32Array.from(kept.filter((rowid) => matchedOf[rowid] >= floor));
  const scores = new Float64Array(candidates.length);
  for (let i = 0; i < candidates.length; i++) scores[i] = bm25Of[candidates[i]];
  const { top, rest } = topPositions(scores, candidates.length, RERANK_DEPTH);
  const candidate = (at: number): Candidate => ({ fields: byRowid[candidates[at]]!, bm25: scores[at], matched: matchedOf[candidates[at]], score: 0 });
  const reranked = rerank(Array.from(top, candidate), parsed, explain, lists, NO_CANDIDATE_NEAR);
  const rested = (positions: ArrayLike<number>) => Array.from(positions, (at) => plain(byRowid[candidates[at]]!, scores[at], matchedOf[candidates[at]], explain));
  let ranked: Candidate[];
  if (ask.byDate || ask.depth > PICK_MAX_DEPTH) {
    ranked = [...reranked, ...rested(rest)].sort(byRank);
  } else {
    ranked = mergeByRank(reranked, rested(pickBest(rest, ask.depth, (a, b) => matchedOf[candidates[b]] - matchedOf[candidates[a]] || scores[b] - scores[a] || byDateDesc(byRowid[candidates[a]]!, byRowid[candidates[b]]!))), ask.depth);
  }
  return { ranked, matched: candidates };
}

/**
 * No candidate of a partial ranking stands near: one holding every group would have matched the
 * whole query, and a document without a group lacks the phrase NEAR asks of it.
 */
const NO_CANDIDATE_NEAR = new Set<number>();

/**
 * The `depth` first of `positions` in the order `compare` gives, ties in the order given — what
 * the first `depth` of a stable sort would be — without sorting them all.
 */
function pickBest(positions: Uint32Array, depth: number, compare: (a: number, b: number) => number): number[] {
  const best: number[] = [];
  for (const at of positions) {
    if (best.length === depth && compare(at, best[depth - 1]) >= 0) continue;
    // After every kept position it does not come before: ties stay in the order given.
    let lo = 0;
    let hi = best.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (compare(at, best[mid]) < 0) hi = mid;
      else lo = mid + 1;
    }
    best.splice(lo, 0, at);
    if (best.length > depth) best.pop();
  }
  return best;
}

/** The first `depth` of two lists each in byRank order, the first list's before the second's where they tie (a stable sort of both). */
function mergeByRank(first: Candidate[], second: Candidate[], depth: number): Candidate[] {
  const out: Candidate[] = [];
  let i = 0;
  let j = 0;
  while (out.length < depth && (i < first.length || j < second.length)) {
    if (j >= second.length || (i < first.length && byRank(first[i], second[j]) <= 0)) out.push(first[i++]);
    else out.push(second[j++]);
  }
  return out;
}

/** How byField ranks: the query's groups, date order or not, explain, and the adjacent tier of a rowid. */
export interface FieldRanking {
  groups: number;
  byDate: boolean;
  explain: boolean;
  tier: (rowid: number) => number;
  /**
   * In place of `tier` when the adjacent matches were not read: whether one document is one
   * (asked for the best few), and the whole tier, read when the page needs more than
   * ADJACENT_ASKED documents asked.
   */
  askedTier?: { at: (rowid: number) => boolean; read: () => (rowid: number) => number };
  /** The matches as read with phrase_columns, and the query's phrases: no column filter to run then. */
  located?: { matches: Located; plan: PhrasePlan };
  /**
   * The documents whose column (a FIELD_COLUMNS filter) holds the query, where they are kept
   * between searches (a query of one token: its lists by column, beside its list).
   */
  columnIds?: (filter: string) => Uint32Array;
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
    for (const { filter, weight: w } of FIELD_COLUMNS) {
      for (const rowid of how.columnIds?.(filter) ?? lists.ids(`{${filter}} : (${expression})`)) weight[rowid] += w;
    }
  }
  // One number orders both: the field weight (a sum under 100) and the date as YYYYMMDD, the
  // one asked for first — so a date-sorted page of a common word needs no object per match.
  // By relevance, words typed side by side that stand side by side come first (a tier above).
  // A plain loop: Float64Array.from with a mapping function iterates generically, and over
  // 25,000 matches it was a fifth of a common word's search.
  const keys = new Float64Array(rowids.length);
  let top: Uint32Array | undefined;
  let tierOf = tier;
  if (!byDate && how.askedTier) {
    // The tier asked document by document, best first, until the page is full (topOfTier).
    for (let i = 0; i < rowids.length; i++) keys[i] = weight[rowids[i]] * 1e8 + dates[rowids[i]];
    const asked = topOfTier(keys, rowids, depth, how.askedTier.at);
    if (asked) {
      top = asked.top;
      tierOf = (rowid) => (asked.adjacent.has(rowid) ? 1 : 0);
    } else {
      tierOf = how.askedTier.read();
    }
  }
  if (!top) {
    for (let i = 0; i < rowids.length; i++) {
      const rowid = rowids[i];
      keys[i] = byDate ? dates[rowid] * 100 + weight[rowid] : tierOf(rowid) * 1e12 + weight[rowid] * 1e8 + dates[rowid];
    }
    top = topPositions(keys, keys.length, depth).top;
  }
  return Array.from(top, (at) => {
    const f = byRowid[rowids[at]]!;
    const score = weight[f.rowid];
    const adjacent = byDate ? 0 : tierOf(f.rowid);
    return {
      fields: f,
      bm25: 0,
      matched: how.groups + adjacent,
      score,
      explain: how.explain ? { rule: 'fieldsThenDate', fieldWeight: score, adjacent, score } : undefined,
    };
  });
}

/**
 * Documents asked whether they match the adjacent tier before its whole list is read instead:
 * a document costs 20–80 µs asked alone (a seek in each term's list), the list 1–2 µs a match.
 */
export const ADJACENT_ASKED = 160;

/**
 * The best `depth` positions by tier, then key — the order of `tier * 1e12 + key` — asking the
 * tier of one document at a time, best key first: the first `depth` adjacent ones are the page
 * (any adjacent one further down has a lower key, or an equal key at a later position, and
 * loses to them as it would in the whole order); with every match asked and fewer adjacent,
 * the rest follow by key. Undefined once more than ADJACENT_ASKED would be asked, or when the
 * share found adjacent so far would not fill the page within them.
 */
export function topOfTier(keys: Float64Array, rowids: Uint32Array, depth: number, isAdjacent: (rowid: number) => boolean): { top: Uint32Array; adjacent: Set<number> } | undefined {
  const answers = new Map<number, boolean>();
  const adjacent = new Set<number>();
  if (depth <= 0 || keys.length === 0) return { top: new Uint32Array(0), adjacent };
  for (let k = Math.min(keys.length, Math.max(2 * depth, 32)); ; k = Math.min(keys.length, 4 * k)) {
    const picked: number[] = [];
    const others: number[] = [];
    for (const at of topPositions(keys, keys.length, k).top) {
      let answer = answers.get(at);
      if (answer === undefined) {
        if (answers.size >= ADJACENT_ASKED) return undefined;
        answer = isAdjacent(rowids[at]);
        answers.set(at, answer);
        if (answer) adjacent.add(rowids[at]);
      }
      (answer ? picked : others).push(at);
      if (picked.length === depth) return { top: Uint32Array.from(picked), adjacent };
    }
    if (k === keys.length) return { top: Uint32Array.from([...picked, ...others].slice(0, depth)), adjacent };
    // Too few adjacent so far to fill the page within the budget at this rate: read the list now.
    if (adjacent.size * ADJACENT_ASKED < depth * answers.size) return undefined;
  }
}
