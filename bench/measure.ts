/**
 * @module bench/measure
 * The measuring children of the benchmark, each its own process so the memory it reports is
 * its own: the ingestion, Groonga's load, and each engine answering the mix (the project's
 * interleaved with Groonga where `groonga` is installed).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config';
import type { EngineKind } from './args';
import { benchDir } from './corpus';
import { buildLikeTable, percentiles, type Latency } from './engines';
import { groongaVersion } from './groonga/client';
import type { IndexableDocument } from '../src/store/search-backend';

export const log = (line: string) => process.stderr.write(`${line}\n`);

export interface IngestResult {
  bytes: number;
  documents: number;
  stored: number;
  replaced: number;
  unchanged: number;
  failed: number;
  workers: number;
  ingestMs: number;
  segmentMs: number;
  /** The same segmentation through the project's addon (src/text/native/). */
  addonSegmentMs: number;
  tokens: number;
  ingestRss: number;
  diskBytes: number;
}

export interface EngineResult {
  name: string;
  startupMs: number;
  /** Heap and RSS the engine added, once ready and after answering the mix. */
  heapBytes: number;
  rssBytes: number;
  latency: Latency;
  /** p50 and p95 by kind of query (word, two-char, phrase, filter, doc-number, rare, common). */
  byKind?: Record<string, { p50: number; p95: number }>;
  /** Groonga: the time it reports for itself, its own (anonymous) memory. */
  ownLatency?: Latency;
  anonBytes?: number;
  /** Queries whose count equals the project's. */
  sameCountAsProject?: number;
}

export interface GroongaLoad {
  version: string;
  documents: number;
  loadMs: number;
  indexBytes: number;
  dbBytes: number;
}

function runChild(script: string, args: string[], nodeFlags: string[] = []): string {
  const child = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(projectRoot, 'bench', script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 26,
  });
  if (child.status !== 0) throw new Error(`${script} failed (${child.status ?? child.signal})`);
  return child.stdout.trim().split('\n').at(-1)!;
}

export function runIngestChild(db: string, inputs: string[], profile?: string): IngestResult {
  return JSON.parse(runChild('ingest-child.ts', [...(profile ? ['--profile', profile] : []), db, ...inputs])) as IngestResult;
}

/** Groonga's database for a store, or undefined (with the reason printed) where it is not installed. */
function loadGroonga(db: string, label: string): { file: string; load: GroongaLoad } | undefined {
  const version = groongaVersion();
  if (!version) {
    log('  groonga: not installed (apt-get install groonga-bin) — the native peer is skipped');
    return undefined;
  }
  const file = path.join(benchDir, `groonga-${label}`, 'db');
  log(`  search: loading ${version} …`);
  const load = JSON.parse(runChild('groonga/load-child.ts', [db, file])) as Omit<GroongaLoad, 'version'>;
  return { file, load: { version, ...load } };
}

interface ChildEngine extends EngineResult {
  perRequest: number[];
  counts: number[];
  peers?: ChildEngine[];
}

export interface EnginesResult {
  engines: EngineResult[];
  groonga?: GroongaLoad;
  likeBuildSeconds?: number;
}

/**
 * Every engine asked for answers the mix; `kinds` (the query kind of each request) gives the
 * figures by kind. Groonga's database is built first, in its own process, then opened beside
 * the project's store.
 */
export function measureEngines(
  label: string,
  db: string,
  docs: () => Iterable<IndexableDocument>,
  mixFile: string,
  kinds: string[],
  wanted: Set<EngineKind>,
): EnginesResult {
  const groonga = wanted.has('groonga') ? loadGroonga(db, label) : undefined;
  if (groonga) log(`  groonga: ${groonga.load.documents} documents in ${(groonga.load.loadMs / 1000).toFixed(1)} s, index ${(groonga.load.indexBytes / 1048576).toFixed(1)} MB`);
  const likeDb = path.join(benchDir, `like-${label}.db`);
  let likeBuildSeconds: number | undefined;
  if (wanted.has('like')) {
    log('  search: building the LIKE table …');
    const started = performance.now();
    buildLikeTable(docs(), likeDb);
    likeBuildSeconds = (performance.now() - started) / 1000;
  }
  const byKind = (perRequest: number[]) => {
    const out: Record<string, { p50: number; p95: number }> = {};
    for (const k of new Set(kinds)) {
      const l = percentiles(perRequest.filter((_, i) => kinds[i] === k));
      out[k] = { p50: l.p50, p95: l.p95 };
    }
    return out;
  };
  const engines: EngineResult[] = [];
  let projectCounts: number[] = [];
  for (const kind of ['sqlite', 'like', 'minisearch'] as const) {
    if (!wanted.has(kind)) continue;
    log(`  search: ${kind}${kind === 'sqlite' && groonga ? ' interleaved with Groonga' : ''} (own process) …`);
    const args = [kind, db, likeDb, mixFile, ...(kind === 'sqlite' && groonga ? [groonga.file] : [])];
    const { perRequest, counts, peers, ...result } = JSON.parse(runChild('engine-child.ts', args, ['--expose-gc'])) as ChildEngine;
    if (kind === 'sqlite') projectCounts = counts;
    engines.push({ ...result, byKind: byKind(perRequest) });
    for (const { perRequest: p, counts: c, ...peer } of peers ?? []) {
      const same = c.filter((n, i) => n === projectCounts[i]).length;
      engines.push({ ...peer, byKind: byKind(p), sameCountAsProject: same });
    }
  }
  if (wanted.has('like')) for (const suffix of ['', '-wal', '-shm']) fs.rmSync(likeDb + suffix, { force: true });
  return { engines, groonga: groonga?.load, likeBuildSeconds };
}
