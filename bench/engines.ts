/**
 * @module bench/engines
 * The engines the query mix is run against, each measured the same way: the SQLite FTS5
 * backend (what users get), a naive LIKE '%…%' scan over the same stored text (what one writes
 * without a search engine), and MiniSearch (the popular in-process JavaScript engine) fed the
 * same segmented text.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import type { SearchRequest } from '../src/model';
import type { GazetteStore } from '../src/store/gazette-store';
import { parseQuery } from '../src/store/query/parse-query';
import type { IndexableDocument } from '../src/store/search-backend';
import { segmentForSearch } from '../src/text/segment';

export interface Engine {
  name: string;
  /** Ms to be ready to answer (open, load, build) and to answer a first query. */
  startupMs: number;
  run(request: SearchRequest): Promise<number> | number;
  close(): void;
}

export async function sqliteEngine(open: () => GazetteStore, warmQuery: string): Promise<Engine> {
  const started = performance.now();
  const store = open();
  await store.search.search({ q: warmQuery, limit: 1 });
  return {
    name: 'sqlite-fts5',
    startupMs: performance.now() - started,
    run: async (request) => (await store.search.search(request)).total,
    close: () => store.close(),
  };
}

/** Words a naive implementation would look for: what the user typed, split on spaces, quotes removed. */
function naiveWords(q: string): string[] {
  return q.replace(/["“”]/g, ' ').split(/\s+/).filter(Boolean);
}

/**
 * Writes the documents' plain text to a SQLite file, one row per document, as a program
 * without a search engine would keep it. (The store itself keeps texts deflated, which LIKE
 * cannot read, so the scan gets its own table; building it is not counted as start-up.)
 */
export function buildLikeTable(docs: Iterable<IndexableDocument>, file: string): void {
  for (const suffix of ['', '-wal', '-shm']) fs.rmSync(file + suffix, { force: true });
  const db = new Database(file);
  db.exec('CREATE TABLE docs (id TEXT PRIMARY KEY, meta TEXT NOT NULL, text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO docs VALUES (?, ?, ?)');
  const batch: IndexableDocument[] = [];
  const flush = db.transaction(() => {
    for (const d of batch) {
      insert.run(d.id, [d.county, d.year, d.type, d.issuingBody, d.docNumber].join(' '), [d.title, d.docNumberRaw, ...d.headings, ...d.paragraphs].join('\n'));
    }
    batch.length = 0;
  });
  for (const d of docs) {
    batch.push(d);
    if (batch.length >= 500) flush();
  }
  flush();
  db.close();
}

/** LIKE '%word%' for every word typed (and filter value) over the plain-text table. */
export function likeEngine(file: string): Engine {
  const started = performance.now();
  const db = new Database(file, { readonly: true });
  const statements = new Map<number, Database.Statement>();
  const statement = (words: number, filters: number) => {
    const key = words * 100 + filters;
    let s = statements.get(key);
    if (!s) {
      const where = [...Array.from({ length: words }, () => 'text LIKE ?'), ...Array.from({ length: filters }, () => 'meta LIKE ?')].join(' AND ');
      s = db.prepare(`SELECT id FROM docs WHERE ${where || '1'}`).pluck();
      statements.set(key, s);
    }
    return s;
  };
  const run = (request: SearchRequest) => {
    const f = request.filters ?? {};
    const words = naiveWords(request.q);
    const filters = [...(f.county ?? []), ...(f.year ?? []).map(String), ...(f.type ?? [])];
    return statement(words.length, filters.length).all(...words.map((w) => `%${w}%`), ...filters.map((w) => `%${w}%`)).length;
  };
  run({ q: '停电' });
  return { name: 'like-scan', startupMs: performance.now() - started, run, close: () => db.close() };
}

export function miniSearchEngine(docs: Iterable<IndexableDocument>): Engine {
  const started = performance.now();
  const tokenize = (text: string) => text.split(' ');
  const index = new MiniSearch<{ id: string; title: string; body: string; county?: string; year?: number; type?: string }>({
    fields: ['title', 'body'],
    storeFields: ['county', 'year', 'type'],
    tokenize,
    processTerm: (term) => term || null,
    searchOptions: { boost: { title: 3 }, combineWith: 'AND', tokenize },
  });
  for (const doc of docs) {
    index.add({
      id: doc.id,
      title: segmentForSearch(`${doc.title} ${doc.docNumber ?? ''}`).join(' '),
      body: segmentForSearch([...doc.headings, ...doc.paragraphs].join('\n')).join(' '),
      county: doc.county,
      year: doc.year,
      type: doc.type,
    });
  }
  const startupMs = performance.now() - started;
  return {
    name: 'minisearch',
    startupMs,
    run(request) {
      const parsed = parseQuery(request.q);
      const words = parsed.groups.flat().flatMap((t) => segmentForSearch(t.text));
      const county = request.filters?.county;
      const year = request.filters?.year;
      const type = request.filters?.type;
      // Status filters need validity as of today, which MiniSearch has no notion of: not applied.
      return index.search(words.join(' '), {
        filter: (r) => (!county || county.includes(r.county)) && (!year || year.includes(r.year)) && (!type || type.includes(r.type)),
      }).length;
    },
    close: () => index.removeAll(),
  };
}

export interface Latency {
  p50: number;
  p95: number;
  p99: number;
  mean: number;
}

export function percentiles(samples: number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? 0;
  return { p50: at(50), p95: at(95), p99: at(99), mean: sorted.reduce((a, b) => a + b, 0) / (sorted.length || 1) };
}

/** One of the engines timed side by side: what it answers a request with (a count). */
export type Runner = (request: SearchRequest) => Promise<number> | number;

export interface Timed {
  latency: Latency;
  /** Each request's mean time, in mix order, for figures by kind of query. */
  perRequest: number[];
  /** Each request's count (matches) from the last round, in mix order. */
  counts: number[];
}

/**
 * Runs every request once on every runner to warm up, then `rounds` times measured. The
 * runners take turns query by query, the first of each turn rotating, so the machine's noise
 * (another process, a cache flushed) falls on all of them alike.
 */
export async function timeInterleaved(runners: Runner[], mix: SearchRequest[], rounds = 2): Promise<Timed[]> {
  for (const request of mix) for (const run of runners) await run(request);
  const out: Timed[] = runners.map(() => ({ latency: percentiles([]), perRequest: new Array<number>(mix.length).fill(0), counts: [] }));
  const samples: number[][] = runners.map(() => []);
  let turn = 0;
  for (let r = 0; r < rounds; r++) {
    for (const [i, request] of mix.entries()) {
      for (let k = 0; k < runners.length; k++) {
        const which = (turn + k) % runners.length;
        const t = performance.now();
        const count = await runners[which](request);
        const ms = performance.now() - t;
        samples[which].push(ms);
        out[which].perRequest[i] += ms / rounds;
        out[which].counts[i] = count;
      }
      turn++;
    }
  }
  for (const [k, timed] of out.entries()) timed.latency = percentiles(samples[k]);
  return out;
}

/** One engine alone: {@link timeInterleaved} with one runner. */
export async function timeMix(run: Runner, mix: SearchRequest[], rounds = 2, perRequest?: number[]): Promise<Latency> {
  const [timed] = await timeInterleaved([run], mix, rounds);
  perRequest?.push(...timed.perRequest);
  return timed.latency;
}
