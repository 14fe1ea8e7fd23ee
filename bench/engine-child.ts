/**
 * @module bench/engine-child
 * Runs one engine in its own process so its memory is its own: builds or opens it, answers
 * the query mix (a warm-up round, then measured rounds) and prints one JSON line with start-up
 * time, latency, and the heap and RSS it added over a process that has only loaded the
 * segmenter (which every engine needs to read queries).
 *
 * With a Groonga database (sqlite only), Groonga runs beside the project in its own process and
 * the mix is interleaved query by query (project, Groonga bare, Groonga with facets and
 * passages); the line then holds a `peers` list with Groonga's figures, its RSS read from /proc.
 *
 * Usage: node --expose-gc --import tsx bench/engine-child.ts <sqlite|like|minisearch> <store db> <like db> <mix.json> [groonga db]
 */
import fs from 'node:fs';
import type { SearchRequest } from '../src/model';
import { openStore } from '../src/store/open-store';
import { ensureSegmenter } from '../src/text/segment';
import { likeEngine, miniSearchEngine, sqliteEngine, timeInterleaved, type Engine } from './engines';
import { GroongaProcess } from './groonga/client';
import { groongaRunners } from './groonga/peer';

const [kind, db, likeDb, mixFile, groongaDb] = process.argv.slice(2);
const mix = JSON.parse(fs.readFileSync(mixFile, 'utf8')) as SearchRequest[];
const rounds = 2;

const gc = () => (globalThis as { gc?: () => void }).gc?.();
ensureSegmenter();
gc();
const before = process.memoryUsage();

let engine: Engine;
let source: ReturnType<typeof openStore> | undefined;
if (kind === 'sqlite') engine = await sqliteEngine(() => openStore({ db, readonly: true }), '停电');
else if (kind === 'like') engine = likeEngine(likeDb);
else if (kind === 'minisearch') {
  // MiniSearch lives in memory: start-up is reading every document from the store and indexing it.
  source = openStore({ db, readonly: true });
  engine = miniSearchEngine(source.indexable());
} else throw new Error(`unknown engine ${kind}`);

const groonga = kind === 'sqlite' && groongaDb ? GroongaProcess.open(groongaDb) : undefined;
let groongaStartupMs = 0;
if (groonga) {
  const t = performance.now();
  await groonga.command('select Docs --limit 1 --match_columns body --query 停电');
  groongaStartupMs = performance.now() - t;
}
const peers = groonga ? groongaRunners(groonga) : [];
const [own, ...peerTimes] = await timeInterleaved([(r) => engine.run(r), ...peers.map((p) => p.run)], mix, rounds);
gc();
const after = process.memoryUsage();
const groongaMemory = groonga?.memory();
const round = (ms: number) => Math.round(ms * 1000) / 1000;
process.stdout.write(
  `${JSON.stringify({
    name: engine.name,
    startupMs: engine.startupMs,
    heapBytes: Math.max(0, after.heapUsed - before.heapUsed),
    rssBytes: Math.max(0, after.rss - before.rss),
    latency: own.latency,
    perRequest: own.perRequest.map(round),
    counts: own.counts,
    peers: peers.map((p, i) => ({
      name: p.name,
      startupMs: groongaStartupMs,
      heapBytes: 0,
      rssBytes: groongaMemory!.rssBytes,
      anonBytes: groongaMemory!.anonBytes,
      latency: peerTimes[i].latency,
      ownLatency: p.ownLatency(mix.length),
      perRequest: peerTimes[i].perRequest.map(round),
      counts: peerTimes[i].counts,
    })),
  })}\n`,
);
engine.close();
source?.close();
await groonga?.close();
