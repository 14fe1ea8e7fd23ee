/**
 * @module bench/run
 * `npm run bench` (the samples, seconds) and `npm run bench -- --scale 1,10,100` (N× the
 * samples, generated with a seed). Every figure of a scale is measured in the same run, so the
 * ratios hold on a noisy machine; a table is printed and the numbers written as JSON to
 * bench/results/.
 *
 * Options: --scale N[,N…] (default 1)  --seed S (default 20221)  --load-seconds T (default 10)
 *          --connections C (default 16)  --skip-server
 *          --profile   write a CPU profile of each ingestion to var/bench/profiles/ and print where the time went
 *
 * Each engine, the ingestion and the server run in their own process, so the memory each one
 * reports is its own.
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { whoHandles } from '../src/kb/who-handles';
import type { SearchRequest } from '../src/model';
import { openStore } from '../src/store/open-store';
import type { IndexableDocument } from '../src/store/search-backend';
import { benchDir, prepareCorpus } from './corpus';
import { buildLikeTable, percentiles, type Latency } from './engines';
import { summarizeProfile } from './profile-summary';
import { buildQueryMix } from './query-mix';
import { serverBench, type ServerResult } from './server-bench';

interface Args {
  scales: number[];
  seed: number;
  loadSeconds: number;
  connections: number;
  server: boolean;
  profile: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { scales: [1], seed: 20221, loadSeconds: 10, connections: 16, server: true, profile: false };
  for (let i = 0; i < argv.length; i++) {
    const value = () => {
      const v = argv[++i];
      if (v === undefined) throw new Error(`${argv[i - 1]} needs a value`);
      return v;
    };
    const arg = argv[i];
    if (arg === '--scale') args.scales = value().split(',').map(Number);
    else if (arg === '--seed') args.seed = Number(value());
    else if (arg === '--load-seconds') args.loadSeconds = Number(value());
    else if (arg === '--connections') args.connections = Number(value());
    else if (arg === '--skip-server') args.server = false;
    else if (arg === '--profile') args.profile = true;
    else throw new Error(`unknown option ${arg} (see bench/run.ts)`);
  }
  for (const n of [...args.scales, args.seed, args.loadSeconds, args.connections]) {
    if (!Number.isFinite(n) || n < 0) throw new Error('--scale, --seed, --load-seconds and --connections take non-negative numbers');
  }
  return args;
}

const log = (line: string) => process.stderr.write(`${line}\n`);
const mb = (bytes: number) => bytes / 1024 / 1024;
const fixed = (n: number, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

interface IngestResult {
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

interface EngineResult {
  name: string;
  startupMs: number;
  /** Heap and RSS the engine added, once ready and after answering the mix. */
  heapBytes: number;
  rssBytes: number;
  latency: Latency;
  /** p50 and p95 by kind of query (word, two-char, phrase, filter, doc-number, rare, common). */
  byKind?: Record<string, { p50: number; p95: number }>;
}

interface ScaleResult {
  scale: number;
  gazettes: number;
  sourceMB: number;
  documents: number;
  ingest: { mbPerSecond: number; segmentMbPerSecond: number; addonSegmentMbPerSecond: number; ratioToSegmentation: number; peakRssMB: number; seconds: number; workers: number };
  storeMB: number;
  storePerSourceMB: number;
  engines: EngineResult[];
  speedupVsLikeP50: number;
  speedupVsLikeP95: number;
  likeBuildSeconds: number;
  topIngestFunctions?: Array<{ fn: string; selfPercent: number }>;
  whoHandles: Latency;
  references: Latency;
  server?: ServerResult;
}

function runChild(script: string, args: string[], nodeFlags: string[] = []): string {
  const child = spawnSync(process.execPath, [...nodeFlags, '--import', 'tsx', path.join(projectRoot, 'bench', script), ...args], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 24,
  });
  if (child.status !== 0) throw new Error(`${script} failed (${child.status ?? child.signal})`);
  return child.stdout.trim().split('\n').at(-1)!;
}

const profileDir = path.join(benchDir, 'profiles');

function runIngestChild(db: string, dir: string, profile?: string): IngestResult {
  return JSON.parse(runChild('ingest-child.ts', [...(profile ? ['--profile', profile] : []), db, dir])) as IngestResult;
}

function runEngineChild(kind: string, db: string, likeDb: string, mixFile: string): EngineResult {
  return JSON.parse(runChild('engine-child.ts', [kind, db, likeDb, mixFile], ['--expose-gc'])) as EngineResult;
}

/** Every k-th document, so the sample spans counties and years (the store lists them sorted). */
function sampleDocuments(docs: Iterable<IndexableDocument>, total: number, wanted: number): IndexableDocument[] {
  const stride = Math.max(1, Math.floor(total / wanted));
  const out: IndexableDocument[] = [];
  let i = 0;
  for (const doc of docs) if (i++ % stride === 0 && out.length < wanted) out.push(doc);
  return out;
}

async function runScale(scale: number, args: Args): Promise<ScaleResult> {
  log(`\n== scale ${scale}×`);
  const corpus = prepareCorpus(scale, args.seed, log);
  const db = path.join(benchDir, `store-${scale}x.db`);
  log(`  ingesting ${corpus.files.length} gazettes (${fixed(mb(corpus.bytes))} MB) …`);
  const profile = args.profile ? path.join(profileDir, `ingest-${scale}x-${Date.now()}.cpuprofile`) : undefined;
  if (profile) fs.mkdirSync(profileDir, { recursive: true });
  const ingest = runIngestChild(db, corpus.dir, profile);
  if (ingest.failed > 0) log(`  warning: ${ingest.failed} files failed to ingest`);
  if (ingest.replaced + ingest.unchanged > 0) log(`  warning: ${ingest.replaced + ingest.unchanged} files replaced or repeated a stored gazette`);
  log(`  ingested ${ingest.documents} documents in ${fixed(ingest.ingestMs / 1000)} s (${ingest.workers > 0 ? `${ingest.workers} worker threads` : 'main thread only'})`);
  let topIngestFunctions: ScaleResult['topIngestFunctions'];
  if (profile) {
    topIngestFunctions = summarizeProfile(profile, 12);
    log(`  profile of the ingestion: ${path.relative(projectRoot, profile)}`);
    for (const f of topIngestFunctions) log(`    ${f.selfPercent.toFixed(1).padStart(5)}%  ${f.fn}`);
  }

  const sample = openStore({ db, readonly: true });
  const docs = sampleDocuments(sample.indexable(), ingest.documents, 400);
  const mixQueries = buildQueryMix(docs, args.seed);
  const mix = mixQueries.map((m) => m.request);
  const mixFile = path.join(benchDir, `mix-${scale}x.json`);
  fs.writeFileSync(mixFile, JSON.stringify(mix));
  const numbers = docs.map((d) => d.docNumber).filter((n): n is string => !!n).slice(0, 50);
  const cited = docs.flatMap((d) => d.citedNumbers).slice(0, 50);
  const questions = ['新办企业首次申领发票', '被征地农民养老保险补贴', '重大行政决策合法性审查', '自建房规划审批', '大面积停电应急处置', '城乡居民医疗保险征缴', '农村道路交通安全', '高标准农田建设验收', '煤改气补贴发放', '控辍保学'];
  const counties = [...new Set(docs.map((d) => d.county).filter((c): c is string => !!c))];

  log('  search: building the LIKE table …');
  const likeDb = path.join(benchDir, `like-${scale}x.db`);
  const likeStarted = performance.now();
  buildLikeTable(sample.indexable(), likeDb);
  const likeBuildSeconds = (performance.now() - likeStarted) / 1000;
  const engines: EngineResult[] = [];
  for (const kind of ['sqlite', 'like', 'minisearch']) {
    log(`  search: ${kind} (own process) …`);
    const { perRequest, ...result } = runEngineChild(kind, db, likeDb, mixFile) as EngineResult & { perRequest: number[] };
    const byKind: Record<string, { p50: number; p95: number }> = {};
    for (const k of new Set(mixQueries.map((m) => m.kind))) {
      const l = percentiles(perRequest.filter((_, i) => mixQueries[i].kind === k));
      byKind[k] = { p50: l.p50, p95: l.p95 };
    }
    engines.push({ ...result, byKind });
  }

  log('  who-handles and references …');
  const whoSamples: number[] = [];
  const refSamples: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const [i, q] of questions.entries()) {
      const t = performance.now();
      await whoHandles(sample, { q, county: counties[i % counties.length] });
      if (round > 0) whoSamples.push(performance.now() - t);
    }
    for (const n of [...numbers, ...cited]) {
      const t = performance.now();
      sample.references(n);
      if (round > 0) refSamples.push(performance.now() - t);
    }
  }
  sample.close();

  let server: ServerResult | undefined;
  if (args.server) {
    log(`  server: the mix over HTTP, then autocannon ${args.loadSeconds} s × ${args.connections} connections …`);
    server = await serverBench(db, mix, args.loadSeconds, args.connections);
  }

  const sourceMB = mb(ingest.bytes);
  const ingestMbps = sourceMB / (ingest.ingestMs / 1000);
  const segmentMbps = sourceMB / (ingest.segmentMs / 1000);
  const [sqlite, like] = engines;
  return {
    scale,
    gazettes: corpus.files.length,
    sourceMB,
    documents: ingest.documents,
    ingest: {
      mbPerSecond: ingestMbps,
      segmentMbPerSecond: segmentMbps,
      addonSegmentMbPerSecond: sourceMB / (ingest.addonSegmentMs / 1000),
      ratioToSegmentation: ingestMbps / segmentMbps,
      peakRssMB: mb(ingest.ingestRss),
      seconds: ingest.ingestMs / 1000,
      workers: ingest.workers,
    },
    storeMB: mb(ingest.diskBytes),
    storePerSourceMB: ingest.diskBytes / ingest.bytes,
    engines,
    speedupVsLikeP50: like.latency.p50 / sqlite.latency.p50,
    speedupVsLikeP95: like.latency.p95 / sqlite.latency.p95,
    likeBuildSeconds,
    topIngestFunctions,
    whoHandles: percentiles(whoSamples),
    references: percentiles(refSamples),
    server,
  };
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...(r[i] ?? '')].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - [...s].reduce((n, ch) => n + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0)));
  return rows.map((r, i) => (i === 1 ? widths.map((w) => '-'.repeat(w)).join(' | ') + '\n' : '') + r.map((c, j) => pad(c, widths[j])).join(' | ')).join('\n');
}

/** One figure of the table: its text per scale and, for growth, the number behind it. */
interface Figure {
  name: string;
  text: (r: ScaleResult) => string;
  value?: (r: ScaleResult) => number | undefined;
}

function report(results: ScaleResult[]): string {
  const engine = (r: ScaleResult, name: string) => r.engines.find((e) => e.name === name)!;
  const lat = (l: Latency) => `${fixed(l.p50, 2)} / ${fixed(l.p95, 2)} / ${fixed(l.p99, 2)}`;
  const engineRows = (label: string, name: string): Figure[] => [
    { name: `${label} p50/p95/p99 ms`, text: (r) => lat(engine(r, name).latency), value: (r) => engine(r, name).latency.p95 },
    {
      name: `${label} start-up ms · heap/RSS MB`,
      text: (r) => `${fixed(engine(r, name).startupMs, 0)} · ${fixed(mb(engine(r, name).heapBytes), 1)} / ${fixed(mb(engine(r, name).rssBytes), 1)}`,
      value: (r) => engine(r, name).rssBytes,
    },
  ];
  const figures: Figure[] = [
    { name: 'gazettes / documents', text: (r) => `${r.gazettes} / ${r.documents}`, value: (r) => r.documents },
    { name: 'source text MB', text: (r) => fixed(r.sourceMB, 1), value: (r) => r.sourceMB },
    { name: 'ingest MB/s (end to end)', text: (r) => fixed(r.ingest.mbPerSecond, 2), value: (r) => r.ingest.mbPerSecond },
    { name: 'nodejieba search-mode MB/s', text: (r) => fixed(r.ingest.segmentMbPerSecond, 2), value: (r) => r.ingest.segmentMbPerSecond },
    { name: 'same, project addon MB/s', text: (r) => fixed(r.ingest.addonSegmentMbPerSecond, 2), value: (r) => r.ingest.addonSegmentMbPerSecond },
    { name: 'ingest ÷ segmentation', text: (r) => `${fixed(r.ingest.ratioToSegmentation * 100, 0)}%`, value: (r) => r.ingest.ratioToSegmentation },
    { name: 'ingest seconds', text: (r) => fixed(r.ingest.seconds, 1), value: (r) => r.ingest.seconds },
    { name: 'ingest worker threads', text: (r) => String(r.ingest.workers), value: (r) => r.ingest.workers },
    { name: 'ingest peak RSS MB', text: (r) => fixed(r.ingest.peakRssMB, 0), value: (r) => r.ingest.peakRssMB },
    { name: 'store MB (× source)', text: (r) => `${fixed(r.storeMB, 1)} (${fixed(r.storePerSourceMB, 2)}×)`, value: (r) => r.storeMB },
    ...engineRows('sqlite-fts5', 'sqlite-fts5'),
    ...engineRows('LIKE scan', 'like-scan'),
    ...engineRows('MiniSearch', 'minisearch'),
    { name: 'speed-up vs LIKE p50 / p95', text: (r) => `${fixed(r.speedupVsLikeP50, 1)}× / ${fixed(r.speedupVsLikeP95, 1)}×`, value: (r) => r.speedupVsLikeP50 },
    {
      name: 'MiniSearch ÷ sqlite p95 · RSS',
      text: (r) => `${fixed(engine(r, 'minisearch').latency.p95 / engine(r, 'sqlite-fts5').latency.p95, 2)}× · ${fixed(engine(r, 'minisearch').rssBytes / Math.max(1, engine(r, 'sqlite-fts5').rssBytes), 1)}×`,
    },
    { name: 'who-handles p50/p95 ms', text: (r) => `${fixed(r.whoHandles.p50, 2)} / ${fixed(r.whoHandles.p95, 2)}`, value: (r) => r.whoHandles.p95 },
    { name: 'references p50/p95 ms', text: (r) => `${fixed(r.references.p50, 2)} / ${fixed(r.references.p95, 2)}`, value: (r) => r.references.p95 },
  ];
  if (results.some((r) => r.server)) {
    figures.push(
      { name: 'HTTP mix p50/p95 ms', text: (r) => (r.server ? `${fixed(r.server.mixLatency.p50, 2)} / ${fixed(r.server.mixLatency.p95, 2)}` : '—'), value: (r) => r.server?.mixLatency.p95 },
      { name: 'HTTP /api/search req/s', text: (r) => (r.server ? fixed(r.server.requestsPerSecond, 0) : '—'), value: (r) => r.server?.requestsPerSecond },
      { name: 'HTTP p99 ms under load', text: (r) => (r.server ? fixed(r.server.p99Ms, 0) : '—'), value: (r) => r.server?.p99Ms },
      { name: 'HTTP errors + non-2xx', text: (r) => (r.server ? `${r.server.errors + r.server.non2xx} of ${r.server.requests}` : '—') },
      { name: 'server peak RSS MB', text: (r) => (r.server ? fixed(mb(r.server.peakRssBytes), 0) : '—'), value: (r) => r.server?.peakRssBytes },
    );
  }
  const growth = results.length > 1;
  const first = results[0];
  const last = results.at(-1)!;
  const header = ['figure', ...results.map((r) => `${r.scale}×`), ...(growth ? [`growth ${first.scale}→${last.scale}×`] : [])];
  const rows = figures.map((f) => {
    const cells = [f.name, ...results.map(f.text)];
    if (growth) {
      const a = f.value?.(first);
      const b = f.value?.(last);
      cells.push(a && b !== undefined && Number.isFinite(b / a) ? `×${fixed(b / a, b / a < 10 ? 2 : 0)}` : '');
    }
    return cells;
  });
  let text = table([header, ...rows]);
  // Latency by kind of query, per engine, at the largest scale: where each engine is slow.
  const kinds = Object.keys(last.engines[0].byKind ?? {});
  if (kinds.length > 0) {
    const kindRows = [
      [`p50 / p95 ms at ${last.scale}×`, ...kinds],
      ...last.engines.map((e) => [e.name, ...kinds.map((k) => `${fixed(e.byKind![k].p50, 2)} / ${fixed(e.byKind![k].p95, 2)}`)]),
    ];
    text += `\n\n${table(kindRows)}`;
  }
  return text;
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(benchDir, { recursive: true });
  const results: ScaleResult[] = [];
  const file = path.join(projectRoot, 'bench', 'results', `scale-${args.scales.join('_')}x-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const machine = { cpus: (await import('node:os')).cpus().length, node: process.version };
  for (const scale of args.scales) {
    results.push(await runScale(Math.max(1, Math.floor(scale)), args));
    // Written after every scale: a long run that is stopped keeps what it measured.
    fs.writeFileSync(file, `${JSON.stringify({ args, machine, results }, null, 2)}\n`);
    if (results.length < args.scales.length) log(`\n${report(results)}`);
  }
  process.stdout.write(`\n${report(results)}\n`);
  process.stdout.write(`\nresults: ${path.relative(projectRoot, file)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
