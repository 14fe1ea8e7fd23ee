/**
 * @module bench/engines
 * The engines the query mix is run against, each measured the same way: the SQLite FTS5
 * backend (what users get), a naive LIKE '%…%' scan over the same stored text (what one writes
 * without a search engine), and MiniSearch (the popular in-process JavaScript engine) fed the
 * same segmented text.
 */
import Database from 'better-sqlite3';
import MiniSearch from 'minisearch';
import type { SearchRequest } from '../src/model';
import type { GazetteStore } from '../src/store/gazette-store';
import { parseQuery } from '../src/store/query/parse-query';
import type { IndexableDocument } from '../src/store/search-backend';
import { segmentForSearch } from '../src/text/segment';

export interface Engine {
  name: string;
  /** Ms to be ready to answer (open, load, build). */
  startupMs: number;
  /** Bytes of JavaScript heap the engine holds once ready. */
  heapBytes: number;
  run(request: SearchRequest): Promise<number> | number;
  close(): void;
}

function heapNow(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed;
}

export async function sqliteEngine(open: () => GazetteStore, warmQuery: string): Promise<Engine> {
  const heap = heapNow();
  const started = performance.now();
  const store = open();
  await store.search.search({ q: warmQuery, limit: 1 });
  const startupMs = performance.now() - started;
  return {
    name: 'sqlite-fts5',
    startupMs,
    heapBytes: Math.max(0, heapNow() - heap),
    run: async (request) => (await store.search.search(request)).total,
    close: () => store.close(),
  };
}

/** Words a naive implementation would look for: what the user typed, split on spaces, quotes removed. */
function naiveWords(q: string): string[] {
  return q.replace(/["“”]/g, ' ').split(/\s+/).filter(Boolean);
}

/**
 * The documents' plain text in a SQLite table scanned with LIKE: the same documents and
 * fields the index serves, held in memory (which only helps the scan).
 */
export function likeEngine(docs: Iterable<IndexableDocument>): Engine {
  const started = performance.now();
  const db = new Database(':memory:');
  db.exec('CREATE TABLE docs (id TEXT PRIMARY KEY, meta TEXT NOT NULL, text TEXT NOT NULL)');
  const insert = db.prepare('INSERT INTO docs VALUES (?, ?, ?)');
  db.transaction(() => {
    for (const d of docs) {
      insert.run(d.id, [d.county, d.year, d.type, d.issuingBody, d.docNumber].join(' '), [d.title, d.docNumberRaw, ...d.headings, ...d.paragraphs].join('\n'));
    }
  })();
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
  return {
    name: 'like-scan',
    startupMs: performance.now() - started,
    heapBytes: 0,
    run(request) {
      const f = request.filters ?? {};
      const words = naiveWords(request.q);
      const filters = [...(f.county ?? []), ...(f.year ?? []).map(String), ...(f.type ?? [])];
      return statement(words.length, filters.length).all(...words.map((w) => `%${w}%`), ...filters.map((w) => `%${w}%`)).length;
    },
    close: () => db.close(),
  };
}

export function miniSearchEngine(docs: Iterable<IndexableDocument>): Engine {
  const heap = heapNow();
  const started = performance.now();
  const tokenize = (text: string) => text.split(' ');
  const index = new MiniSearch<{ id: string; title: string; body: string; county?: string; year?: number }>({
    fields: ['title', 'body'],
    storeFields: ['county', 'year'],
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
    });
  }
  const startupMs = performance.now() - started;
  return {
    name: 'minisearch',
    startupMs,
    heapBytes: Math.max(0, heapNow() - heap),
    run(request) {
      const parsed = parseQuery(request.q);
      const words = parsed.groups.flat().flatMap((t) => segmentForSearch(t.text));
      const county = request.filters?.county;
      const year = request.filters?.year;
      return index.search(words.join(' '), {
        filter: (r) => (!county || county.includes(r.county)) && (!year || year.includes(r.year)),
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

/** Runs every request once to warm up, then `rounds` times measured. */
export async function timeMix(run: (request: SearchRequest) => Promise<number> | number, mix: SearchRequest[], rounds = 2): Promise<Latency> {
  for (const request of mix) await run(request);
  const samples: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const request of mix) {
      const t = performance.now();
      await run(request);
      samples.push(performance.now() - t);
    }
  }
  return percentiles(samples);
}
