/**
 * @module bench/search-mix
 * `node --expose-gc --import tsx bench/search-mix.ts --db <store> [--mix <file>] [--rounds 3] [--out <file>]`
 *
 * Times the query mix of `npm run bench` (bench/query-mix.ts) on one store in this process and
 * prints p50 / p95 by kind of query, with the process's RSS and heap — the search alone, for
 * comparing two versions of the search code on the same store (run them in turn, A B A B).
 * The mix, with each query's kind, is written next to the store the first time (`mix-<file>.json`)
 * and read back afterwards, so every version answers the same queries. `--out` keeps the
 * per-query times as JSON; `--kind K` times only the queries of one kind; `--profile` prints the
 * functions the measured rounds spent their time in (a V8 CPU profile of them).
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import path from 'node:path';
import type { SearchRequest } from '../src/model';
import type { GazetteStore } from '../src/store/gazette-store';
import { openStore } from '../src/store/open-store';
import { ensureSegmenter } from '../src/text/segment';
import { percentiles } from './engines';
import { summarizeProfile } from './profile-summary';
import { buildQueryMix, type MixQuery } from './query-mix';

/** The mix of a store: read from `file` when it exists, otherwise sampled as `npm run bench` does and written there. */
export function mixFor(store: GazetteStore, file: string, seed = 20221): MixQuery[] {
  if (fs.existsSync(file)) return JSON.parse(fs.readFileSync(file, 'utf8')) as MixQuery[];
  const total = store.stats().documents;
  const stride = Math.max(1, Math.floor(total / 400));
  const docs = [];
  let i = 0;
  for (const doc of store.indexable()) if (i++ % stride === 0 && docs.length < 400) docs.push(doc);
  const mix = buildQueryMix(docs, seed);
  fs.writeFileSync(file, JSON.stringify(mix));
  return mix;
}

export function defaultMixFile(db: string): string {
  return path.join(path.dirname(db), `mix-${path.basename(db, '.db')}.json`);
}

export function argValue(argv: string[], name: string, fallback?: string): string {
  const at = argv.indexOf(name);
  const value = at >= 0 ? argv[at + 1] : fallback;
  if (value === undefined) throw new Error(`${name} is required`);
  return value;
}

/** Runs every query of the mix `rounds` times after a warm-up round; ms per query, per round. */
export async function timeQueries(store: GazetteStore, requests: SearchRequest[], rounds: number, session?: Session): Promise<number[][]> {
  for (const r of requests) await store.search.search(r);
  if (session) {
    session.connect();
    await session.post('Profiler.enable');
    await session.post('Profiler.setSamplingInterval', { interval: 200 });
    await session.post('Profiler.start');
  }
  const times: number[][] = requests.map(() => []);
  for (let round = 0; round < rounds; round++) {
    for (const [i, r] of requests.entries()) {
      const t = performance.now();
      await store.search.search(r);
      times[i].push(performance.now() - t);
    }
  }
  if (session) {
    const { profile } = await session.post('Profiler.stop');
    const file = `/tmp/search-mix-${process.pid}.cpuprofile`;
    fs.writeFileSync(file, JSON.stringify(profile));
    session.disconnect();
    for (const f of summarizeProfile(file, 25)) process.stdout.write(`  ${f.selfPercent.toFixed(1).padStart(5)}%  ${f.fn}\n`);
  }
  return times;
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const db = argValue(argv, '--db');
  const rounds = Number(argValue(argv, '--rounds', '3'));
  ensureSegmenter();
  const store = openStore({ db, readonly: true });
  const kind = argv.includes('--kind') ? argValue(argv, '--kind') : undefined;
  const mix = mixFor(store, argValue(argv, '--mix', defaultMixFile(db))).filter((m) => !kind || m.kind === kind);
  const started = performance.now();
  await store.search.search({ q: '停电', limit: 1 });
  const firstMs = performance.now() - started;
  const session = argv.includes('--profile') ? new Session() : undefined;
  const times = await timeQueries(store, mix.map((m) => m.request), rounds, session);
  const fmt = (ms: number[]) => {
    const l = percentiles(ms);
    return `${l.p50.toFixed(2)} / ${l.p95.toFixed(2)}`;
  };
  const rows = [['all', fmt(times.flat())], ...[...new Set(mix.map((m) => m.kind))].map((k) => [k, fmt(mix.flatMap((m, i) => (m.kind === k ? times[i] : [])))])];
  const memory = process.memoryUsage();
  process.stdout.write(`first query ${firstMs.toFixed(0)} ms · RSS ${(memory.rss / 1048576).toFixed(0)} MB · heap ${(memory.heapUsed / 1048576).toFixed(0)} MB\n`);
  for (const [kind, text] of rows) process.stdout.write(`${kind.padEnd(11)} p50 / p95 ms ${text}\n`);
  const out = argv.includes('--out') ? argValue(argv, '--out') : undefined;
  if (out) fs.writeFileSync(out, JSON.stringify({ db, rounds, kinds: mix.map((m) => m.kind), times }));
  store.close();
}

if (process.argv[1]?.endsWith('search-mix.ts')) await main();
