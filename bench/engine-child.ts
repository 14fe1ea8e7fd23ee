/**
 * @module bench/engine-child
 * Runs one engine in its own process so its memory is its own: builds or opens it, answers
 * the query mix (a warm-up round, then measured rounds) and prints one JSON line with start-up
 * time, latency, and the heap and RSS it added over a process that has only loaded the
 * segmenter (which every engine needs to read queries).
 *
 * Usage: node --expose-gc --import tsx bench/engine-child.ts <sqlite|like|minisearch> <store db> <like db> <mix.json>
 */
import fs from 'node:fs';
import type { SearchRequest } from '../src/model';
import { openStore } from '../src/store/open-store';
import { ensureSegmenter } from '../src/text/segment';
import { likeEngine, miniSearchEngine, sqliteEngine, timeMix, type Engine } from './engines';

const [kind, db, likeDb, mixFile] = process.argv.slice(2);
const mix = JSON.parse(fs.readFileSync(mixFile, 'utf8')) as SearchRequest[];

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

const perRequest: number[] = [];
const latency = await timeMix((r) => engine.run(r), mix, 2, perRequest);
gc();
const after = process.memoryUsage();
process.stdout.write(
  `${JSON.stringify({
    name: engine.name,
    startupMs: engine.startupMs,
    heapBytes: Math.max(0, after.heapUsed - before.heapUsed),
    rssBytes: Math.max(0, after.rss - before.rss),
    latency,
    perRequest: perRequest.map((ms) => Math.round(ms * 1000) / 1000),
  })}\n`,
);
engine.close();
source?.close();
