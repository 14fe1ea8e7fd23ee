/**
 * @module store/sqlite/search-index
 * The embedded search backend: SQLite FTS5 over character bigrams and segmenter words.
 *
 * A query runs as: parse (shared query language) → one MATCH for the candidates with their
 * BM25 (title and number weigh most, then headings, then body) → filters and facets in memory
 * over the documents' flat fields (cached per database version) → a rerank of the best
 * candidates (every term in the title, terms near each other, the typed word verbatim) with
 * the date as tie-break → passages cut and marked for the page shown. Words typed side by side
 * that the segmenter split (安全生产 → 安全, 生产) are a tier: documents holding them side by
 * side come before those holding them apart, in every ranking.
 * A query matching more documents than BM25 is computed for (bm25MaxMatches) is ranked by
 * where it stands (title or number, headings), then date, instead.
 * When no document holds every term (residents' questions), documents are ranked by how many
 * terms they hold, then by BM25 ('partial' mode).
 */
import type Database from 'better-sqlite3';
import { todayInChina } from '../../domain/dates';
import type { SearchHit, SearchRequest, SearchResult } from '../../model';
import { addWords } from '../../text/segment';
import { ftsGroupExpression, ftsMatchExpression, ftsNearExpression, ftsRequiredTokens } from '../escape-query';
import { bestPassages, highlightNeedles, markFound, needleFinder, numberFinder, type RangeFinder } from '../query/highlight';
import { prepareFilters, statusOn, type FilterFields } from '../query/filter-documents';
import { mergeFilters, parseQuery, type ParsedQuery } from '../query/parse-query';
import { topPositions } from '../query/select-top';
import type { IndexableDocument } from '../search-backend';
import { ftsColumns, type FtsColumns } from './fts-columns';
import { buildFieldCache, type FieldCache, type Fields } from './field-cache';
import { parseRanked, parseRowids } from './fts-lists';
import { decodeRecord, encodePlainRecord } from './record-codec';
import { migrateSearchSchema } from './search-schema';
import { unitAliasesReader, unitNamesReader } from './unit-names';
import type { SyncSearchIndex } from './sync-index';

/** BM25 weight of each FTS column, in table order: title, docnum, headings, body, words. */
const COLUMN_WEIGHTS = [10, 8, 3, 1, 1.5];
/**
 * Columns that rank a query past the BM25 budget, with their BM25 weights. Title and
 * number go together: each column filter rereads the word's whole position list.
 */
const FIELD_COLUMNS: Array<[string, number]> = [
  ['title docnum', COLUMN_WEIGHTS[0]],
  ['headings', COLUMN_WEIGHTS[2]],
];
/**
 * Most matches a query is ranked by BM25 over. FTS5 computes BM25 for every match — the
 * phrase's positions in each column and the document's column sizes, 2 to 5 µs a document —
 * so a word in 9,000 of 25,000 documents spent 40 of its 50 ms there. Beyond this many matches
 * documents are ordered by where the query stands (title or number, headings), then newest first
 * (byField), so a search costs what reading its match list costs, whatever the archive's size.
 */
const DEFAULT_BM25_MAX_MATCHES = 2000;
/**
 * FTS5 merges the index pieces each commit writes once `automerge` of them are the same size
 * (default 4). A bulk load of one commit per gazette lets 16 pile up instead and merges once at
 * the end: at 1000× the samples the index writes took 21 s less, and the final merge 7 s.
 */
const AUTOMERGE = 4;
const BULK_AUTOMERGE = 16;
/** Candidates reranked beyond BM25; the rest keep BM25 order. */
const RERANK_DEPTH = 200;
/** Added to the BM25 of a document holding the words typed side by side, side by side: above any BM25. */
const ADJACENT_OFFSET = 1e9;
/** Tokens (≈ characters) within which terms count as near each other. */
const NEAR_DISTANCE = 24;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 100;
/** Deep pages cost as much as the first: cap them (a user never reads page 500 of 20). */
const MAX_OFFSET = 10_000;

/** What a row holds for paragraphs when the store keeps them. */
const NO_PARAGRAPHS = Buffer.alloc(0);

interface Candidate {
  fields: Fields;
  /** Higher is better (negated BM25). */
  bm25: number;
  /** Groups of the query the document holds (partial mode). */
  matched: number;
  score: number;
  explain?: Record<string, number | string>;
}

function clampPage(request: SearchRequest): { page: number; limit: number } {
  const limit = Math.min(MAX_LIMIT, Math.max(1, Math.floor(Number(request.limit) || DEFAULT_LIMIT)));
  const maxPage = Math.floor(MAX_OFFSET / limit) + 1;
  const page = Math.min(maxPage, Math.max(1, Math.floor(Number(request.page) || 1)));
  return { page, limit };
}

/** Newest first. Dates are ISO strings, so plain comparison orders them (localeCompare is far slower). */
function byDateDesc(a: Fields, b: Fields): number {
  const x = a.date ?? '';
  const y = b.date ?? '';
  return x < y ? 1 : x > y ? -1 : 0;
}

/** Final order: more groups held, higher score, newer. */
function byRank(a: Candidate, b: Candidate): number {
  return b.matched - a.matched || b.score - a.score || byDateDesc(a.fields, b.fields);
}

export interface SqliteSearchIndexOptions {
  /**
   * The paragraph texts of a stored document. Given by a store that keeps them (openStore),
   * passages are cut from there and the index keeps no second copy; without it (an index on
   * its own) the index stores them.
   */
  paragraphsOf?: (id: string) => string[] | undefined;
  /** Most matches ranked by BM25; more are ranked by fields, then date (default 2,000). */
  bm25MaxMatches?: number;
}

/**
 * Builds the index on a store connection.
 *
 * @example
 * const index = createSqliteSearchIndex(db, { paragraphsOf });
 * index.upsertSync([toIndexable(doc, { gazette })]);
 * await index.search({ q: '停电 应急预案', filters: { county: ['稷山县'] } });
 */
export function createSqliteSearchIndex(db: Database.Database, options: SqliteSearchIndexOptions = {}): SyncSearchIndex {
  if (!db.readonly) migrateSearchSchema(db);
  const bm25MaxMatches = options.bm25MaxMatches ?? DEFAULT_BM25_MAX_MATCHES;

  const weights = COLUMN_WEIGHTS.join(', ');
  const statements = {
    rowidOf: db.prepare<[string], number>('SELECT rowid FROM search_docs WHERE id = ?').pluck(),
    insertDoc: db.prepare('INSERT INTO search_docs (id, fields, paragraphs) VALUES (?, ?, ?)'),
    insertFts: db.prepare('INSERT INTO search_fts (rowid, title, docnum, headings, body, words) VALUES (?, ?, ?, ?, ?, ?)'),
    deleteDoc: db.prepare('DELETE FROM search_docs WHERE rowid = ?'),
    deleteFts: db.prepare('DELETE FROM search_fts WHERE rowid = ?'),
    // Whole match lists come back as one string each (fts-lists.ts): a common word matches
    // tens of thousands of rows, and handing each to JavaScript cost more than finding it.
    matchIds: db.prepare<[string], string | null>('SELECT group_concat(rowid) FROM search_fts WHERE search_fts MATCH ?').pluck(),
    matchRanked: db.prepare<[string], string | null>(`SELECT group_concat(rowid || ' ' || rank) FROM search_fts WHERE search_fts MATCH ? AND rank MATCH 'bm25(${weights})'`).pluck(),
    countMatches: db.prepare<[string], number>('SELECT count(*) FROM search_fts WHERE search_fts MATCH ?').pluck(),
    allFields: db.prepare<[], { rowid: number; fields: string }>('SELECT rowid, fields FROM search_docs'),
    paragraphs: db.prepare<[number], Buffer | string>('SELECT paragraphs FROM search_docs WHERE rowid = ?').pluck(),
    ids: db.prepare<[], string>('SELECT id FROM search_docs').pluck(),
    count: db.prepare<[], number>('SELECT count(*) FROM search_docs').pluck(),
  };

  let cache: FieldCache | undefined;
  /** Set by our own writes, which do not change data_version on this connection. */
  let dirty = true;

  function fields(): FieldCache {
    // data_version changes when another connection (a CLI ingest next to the server) commits.
    const version = db.pragma('data_version', { simple: true }) as number;
    if (cache && !dirty && cache.version === version) return cache;
    cache = buildFieldCache(statements.allFields.iterate(), version);
    const { byRowid } = cache;
    dirty = false;
    // Unit names learned by ingestion (possibly in another process) split queries as they split documents.
    addWords(byRowid.flatMap((f) => f?.units ?? []));
    if (unitAliases) addWords(unitAliases());
    return cache;
  }

  function removeOne(id: string): void {
    const rowid = statements.rowidOf.get(id);
    if (rowid === undefined) return;
    statements.deleteFts.run(rowid);
    statements.deleteDoc.run(rowid);
  }

  const unitNames = unitNamesReader(db) ?? ((unit: string) => [unit]);
  const unitAliases = unitAliasesReader(db);

  /** Rowids of every document matching a MATCH expression. */
  function matchIds(expression: string): Uint32Array {
    return parseRowids(statements.matchIds.get(expression));
  }

  /**
   * Gives the best candidates by BM25 their bonuses and sorts them (byRank). Every bonus
   * multiplies a positive BM25 by at least 1, so no candidate left out can outrank them.
   */
  function rerank(top: Candidate[], parsed: ParsedQuery, explain: boolean): Candidate[] {
    const near = ftsNearExpression(parsed.groups, NEAR_DISTANCE);
    const nearSet = near && top.length > 1 ? new Set(matchIds(near)) : undefined;
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
  function plain(fields: Fields, bm25: number, matched: number, explain: boolean): Candidate {
    const c: Candidate = { fields, bm25, matched, score: bm25 };
    if (explain) c.explain = { bm25: round(bm25), matchedTerms: matched, score: round(bm25), reranked: 'no' };
    return c;
  }

  /** Documents holding some of the groups, ranked by how many, then by BM25. */
  function partialCandidates(parsed: ParsedQuery, keep: (f: Fields) => boolean, byRowid: FieldCache['byRowid']): Candidate[] {
    const found = new Map<number, { matched: number; bm25: number }>();
    for (const group of parsed.groups) {
      const expression = ftsMatchExpression([group], parsed.exclude);
      if (!expression) continue;
      const { rowids, ranks } = parseRanked(statements.matchRanked.get(expression));
      for (let i = 0; i < rowids.length; i++) {
        const entry = found.get(rowids[i]) ?? { matched: 0, bm25: 0 };
        entry.matched += 1;
        entry.bm25 += -ranks[i];
        found.set(rowids[i], entry);
      }
    }
    const candidates: Candidate[] = [];
    for (const [rowid, entry] of found) {
      const f = byRowid[rowid];
      if (f && keep(f)) candidates.push({ fields: f, bm25: entry.bm25, matched: entry.matched, score: 0 });
    }
    // A question of five words answered by documents holding one of them is noise when others
    // hold three: keep those holding at least half of what the best document holds.
    const best = Math.max(0, ...candidates.map((c) => c.matched));
    const floor = Math.max(1, Math.ceil(best / 2));
    return candidates.filter((c) => c.matched >= floor);
  }

  /**
   * The ranking of a query matching more documents than BM25 is computed for (or more than half
   * of a small archive: FTS5 floors the IDF of a term found in over half the documents at 10⁻⁶,
   * so BM25 then only measures how often a document repeats a word nearly every document uses).
   * Where the query stands (title, number, headings, weighed as in BM25), then newest first — as
   * a search portal lists a common word, and as Meilisearch ranks by attribute. Returns the best
   * `depth` in order; sorted by date, newest first with the field weight breaking ties.
   */
  function byField(
    expression: string,
    rowids: Uint32Array,
    depth: number,
    { byRowid, dates }: FieldCache,
    groups: number,
    byDate: boolean,
    explain: boolean,
    tier: (rowid: number) => number,
  ): Candidate[] {
    const weight = new Float64Array(byRowid.length);
    FIELD_COLUMNS.forEach(([column, w]) => {
      for (const rowid of matchIds(`{${column}} : (${expression})`)) weight[rowid] += w;
    });
    // One number orders both: the field weight (a sum under 100) and the date as YYYYMMDD, the
    // one asked for first — so a date-sorted page of a common word needs no object per match.
    // By relevance, words typed side by side that stand side by side come first (a tier above).
    const keys = Float64Array.from(
      rowids,
      byDate ? (rowid) => dates[rowid] * 100 + weight[rowid] : (rowid) => tier(rowid) * 1e12 + weight[rowid] * 1e8 + dates[rowid],
    );
    const { top } = topPositions(keys, keys.length, depth);
    return Array.from(top, (at) => {
      const f = byRowid[rowids[at]]!;
      const score = weight[f.rowid];
      const adjacent = byDate ? 0 : tier(f.rowid);
      return { fields: f, bm25: 0, matched: groups + adjacent, score, explain: explain ? { rule: 'fieldsThenDate', fieldWeight: score, adjacent, score } : undefined };
    });
  }

  function toHit(c: Candidate, find: RangeFinder, asOf: string, explain: boolean): SearchHit {
    const f = c.fields;
    // Rows written before the store kept the texts (or by an index on its own) hold their own copy.
    const stored = statements.paragraphs.get(f.rowid);
    const paragraphs = stored !== undefined && stored.length > 0 ? decodeRecord<string[]>(stored) : (options.paragraphsOf?.(f.id) ?? []);
    return {
      id: f.id,
      docNumber: f.docNumber,
      title: f.title,
      issuingBody: f.issuingBody,
      date: f.date,
      county: f.county,
      type: f.type,
      status: statusOn(f, asOf),
      gazette:
        f.gazetteName && f.gazetteYear !== undefined && f.gazetteIssue !== undefined
          ? { id: f.gazetteId, name: f.gazetteName, year: f.gazetteYear, issue: f.gazetteIssue, page: f.page }
          : undefined,
      titleHtml: markFound(f.title, find),
      passages: bestPassages(paragraphs, find),
      score: round(c.score),
      ...(explain && c.explain ? { explain: c.explain } : {}),
    };
  }

  const index: SyncSearchIndex = {
    name: 'sqlite',

    upsertSync(docs, prepared) {
      const write = db.transaction((batch: IndexableDocument[]) => {
        for (const doc of batch) {
          removeOne(doc.id);
          // Printed lines are only searched: the flat fields (filters, facets) do not carry them.
          const { paragraphs, headings: _headings, printed: _printed, ...flat } = doc;
          const info = statements.insertDoc.run(doc.id, JSON.stringify(flat), options.paragraphsOf ? NO_PARAGRAPHS : encodePlainRecord(paragraphs));
          let columns: FtsColumns | undefined = prepared?.(doc.id);
          if (columns) addWords(doc.units); // taught where the row was built; queries here need them too
          else columns = ftsColumns(doc);
          statements.insertFts.run(info.lastInsertRowid, ...columns);
        }
      });
      write(docs);
      dirty = true;
    },

    removeSync(ids) {
      db.transaction((list: string[]) => list.forEach(removeOne))(ids);
      dirty = true;
    },

    indexedIds: () => statements.ids.all(),

    setBulkLoad(on, merge = false) {
      // Written into the SQL: FTS5 wants an integer, and better-sqlite3 binds numbers as reals.
      const automerge = (n: number) => db.prepare(`INSERT INTO search_fts (search_fts, rank) VALUES ('automerge', ${n})`).run();
      if (on) {
        automerge(BULK_AUTOMERGE);
        return;
      }
      if (merge) db.prepare("INSERT INTO search_fts (search_fts) VALUES ('optimize')").run();
      automerge(AUTOMERGE);
    },

    async upsert(docs) {
      index.upsertSync(docs);
    },

    async remove(ids) {
      index.removeSync(ids);
    },

    async search(request) {
      const started = performance.now();
      const cached = fields();
      const { byRowid, byNumber, citing, facets, size } = cached;
      const parsed = parseQuery(request.q ?? '');
      const asOf = request.asOf ?? todayInChina();
      const filters = mergeFilters(request.filters ?? {}, parsed.filters);
      const prepared = prepareFilters(filters, asOf, unitNames);
      const { page, limit } = clampPage(request);
      const keep = (f: Fields) => prepared.test(f as FilterFields);
      const explain = request.explain === true;
      const byDate = request.sort === 'date';

      let mode: SearchResult['mode'] = 'all';
      let ranked: Candidate[] = [];
      /** Rowids of every match, for the total and the facets (the ranked list may stop early). */
      let matched: Uint32Array | undefined;
      const numbered = parsed.docNumber ? [...(byNumber.get(parsed.docNumber) ?? [])] : [];
      const citers = parsed.docNumber ? [...(citing.get(parsed.docNumber) ?? [])] : [];

      if (numbered.length > 0 || citers.length > 0) {
        // A document number: the document itself first, then the documents that cite it.
        mode = numbered.length > 0 ? 'docNumber' : 'citedNumber';
        const own = new Set(numbered.map((f) => f.rowid));
        ranked = [...numbered.sort(byDateDesc), ...citers.filter((f) => !own.has(f.rowid)).sort(byDateDesc)]
          .filter(keep)
          .map((f, i, all) => ({ fields: f, bm25: 0, matched: 1, score: all.length - i, explain: explain ? { rule: own.has(f.rowid) ? 'documentNumber' : 'citesNumber' } : undefined }));
      } else {
        const expression = ftsMatchExpression(parsed.groups, parsed.exclude);
        if (!expression) {
          mode = 'browse';
          const excluded = excludedRowids(parsed);
          ranked = byRowid
            .filter((f): f is Fields => f !== undefined && keep(f) && !excluded.has(f.rowid))
            .sort(byDateDesc)
            .map((f) => ({ fields: f, bm25: 0, matched: 0, score: 0 }));
        } else {
          const groups = parsed.groups.length;
          // Words typed side by side (安全生产) that matched side by side rank first: one tier above.
          const adjacentExpression = parsed.adjacent ? ftsMatchExpression(parsed.adjacent, parsed.exclude) : undefined;
          const adjacent = adjacentExpression && adjacentExpression !== expression ? new Set(matchIds(adjacentExpression)) : undefined;
          const tier = (rowid: number) => (adjacent?.has(rowid) ? 1 : 0);
          // Whether more than BM25's share may match, from tokens every match holds: then the
          // match list is read first, without BM25, to see (one more pass when it is not so).
          const wide = Math.min(bm25MaxMatches, size / 2);
          const required = ftsRequiredTokens(parsed.groups);
          const bound = required.length === 0 ? Infinity : Math.min(...required.map((token) => statements.countMatches.get(token) ?? 0));
          const all = bound > wide ? matchIds(expression) : undefined;
          if (all && all.length > wide) {
            const kept = new Uint32Array(all.length);
            let count = 0;
            for (const rowid of all) {
              const f = byRowid[rowid];
              if (f !== undefined && (!prepared.active || keep(f))) kept[count++] = rowid;
            }
            matched = kept.subarray(0, count);
            ranked = byField(expression, matched, page * limit, cached, groups, byDate, explain, tier);
          } else {
            // Every match with its BM25, as numbers; objects only for the best and what the page shows.
            const { rowids, ranks } = all?.length === 0 ? parseRanked(null) : parseRanked(statements.matchRanked.get(expression));
            if (rowids.length === 0 && groups > 1) {
              mode = 'partial';
              // How many groups a document holds comes before its score, so the top by BM25 is not the top.
              const candidates = partialCandidates(parsed, keep, byRowid);
              const { top, rest } = topPositions(Float64Array.from(candidates, (c) => c.bm25), candidates.length, RERANK_DEPTH);
              const rested = Array.from(rest, (at) => plain(candidates[at].fields, candidates[at].bm25, candidates[at].matched, explain));
              ranked = [...rerank(Array.from(top, (at) => candidates[at]), parsed, explain), ...rested].sort(byRank);
            } else {
              const scores = new Float64Array(rowids.length);
              let count = 0;
              for (let i = 0; i < rowids.length; i++) {
                const f = byRowid[rowids[i]];
                if (f === undefined || (prepared.active && !keep(f))) continue;
                rowids[count] = rowids[i];
                scores[count] = -ranks[i];
                count += 1;
              }
              // The adjacent tier is chosen first (an offset above any BM25), then BM25 within it.
              const keys = adjacent ? Float64Array.from(scores.subarray(0, count), (score, i) => score + ADJACENT_OFFSET * tier(rowids[i])) : scores;
              const { top, rest } = topPositions(keys, count, RERANK_DEPTH);
              ranked = rerank(Array.from(top, (at) => ({ fields: byRowid[rowids[at]]!, bm25: scores[at], matched: groups + tier(rowids[at]), score: 0 })), parsed, explain);
              // The rest becomes objects only when the page asked reaches into it, or all are sorted by date.
              if (byDate || page * limit > ranked.length) {
                const rested = Array.from(rest, (at) => plain(byRowid[rowids[at]]!, scores[at], groups + tier(rowids[at]), explain));
                ranked = [...ranked, ...(byDate ? rested : rested.sort(byRank))];
              }
              matched = rowids.subarray(0, count);
            }
          }
        }
      }

      if (byDate) ranked.sort((a, b) => byDateDesc(a.fields, b.fields) || b.score - a.score);
      const find = mode === 'docNumber' || mode === 'citedNumber' ? numberFinder(parsed.docNumber!) : needleFinder(highlightNeedles(parsed.groups.flat().map((t) => t.text)));
      const hits = ranked.slice((page - 1) * limit, page * limit).map((c) => toHit(c, find, asOf, explain));
      matched ??= Uint32Array.from(ranked, (c) => c.fields.rowid);
      return {
        total: matched.length,
        page,
        limit,
        hits,
        facets: facets.count(matched, asOf),
        mode,
        terms: parsed.terms,
        ...(parsed.notice ? { notice: parsed.notice } : {}),
        tookMs: round(performance.now() - started),
      };

      function excludedRowids(q: ParsedQuery): Set<number> {
        if (q.exclude.length === 0) return new Set();
        const expression = ftsGroupExpression(q.exclude);
        return new Set(expression ? matchIds(expression) : []);
      }
    },

    async count() {
      return statements.count.get() ?? 0;
    },

    async clear() {
      db.exec('DELETE FROM search_docs; DELETE FROM search_fts;');
      dirty = true;
    },

    async close() {
      cache = undefined;
    },
  };
  return index;
}

function round(value: number): number {
  return Math.round(value * 1000) / 1000;
}

