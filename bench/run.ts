/**
 * @module bench/run
 * `npm run bench` (the samples, seconds) and `npm run bench -- --scale 1,10,100` (N× the
 * samples, generated with a seed). Every figure of a scale is measured in the same run, so the
 * ratios hold on a noisy machine; a table is printed and the numbers written as JSON to
 * bench/results/.
 *
 * Options: --scale N[,N…] (default 1)  --seed S (default 20221)  --load-seconds T (default 10)
 *          --connections C (default 16)  --skip-server
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { whoHandles } from '../src/kb/who-handles';
import type { SearchRequest } from '../src/model';
import { openStore } from '../src/store/open-store';
import { benchDir, prepareCorpus } from './corpus';
import { likeEngine, miniSearchEngine, percentiles, sqliteEngine, timeMix, type Engine, type Latency } from './engines';
import { buildQueryMix } from './query-mix';
import { serverBench, type ServerResult } from './server-bench';

interface Args {
  scales: number[];
  seed: number;
  loadSeconds: number;
  connections: number;
  server: boolean;
}

function parseArgs(argv: string[]): Args {
  const args: Args = { scales: [1], seed: 20221, loadSeconds: 10, connections: 16, server: true };
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
  failed: number;
  ingestMs: number;
  segmentMs: number;
  tokens: number;
  ingestRss: number;
  diskBytes: number;
}

interface EngineResult {
  name: string;
  startupMs: number;
  heapBytes: number;
  latency: Latency;
}

interface ScaleResult {
  scale: number;
  gazettes: number;
  sourceMB: number;
  documents: number;
  ingest: { mbPerSecond: number; segmentMbPerSecond: number; ratioToSegmentation: number; peakRssMB: number; seconds: number };
  storeMB: number;
  storePerSourceMB: number;
  engines: EngineResult[];
  speedupVsLikeP50: number;
  whoHandles: Latency;
  references: Latency;
  server?: ServerResult;
}

function runIngestChild(db: string, dir: string): IngestResult {
  const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', 'ingest-child.ts'), db, dir], {
    cwd: projectRoot,
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'inherit'],
    maxBuffer: 1 << 20,
  });
  if (child.status !== 0) throw new Error(`ingest child failed (${child.status})`);
  return JSON.parse(child.stdout.trim().split('\n').at(-1)!) as IngestResult;
}

async function measureEngine(engine: Engine, mix: SearchRequest[]): Promise<EngineResult> {
  const latency = await timeMix((r) => engine.run(r), mix);
  engine.close();
  return { name: engine.name, startupMs: engine.startupMs, heapBytes: engine.heapBytes, latency };
}

async function runScale(scale: number, args: Args): Promise<ScaleResult> {
  log(`\n== scale ${scale}×`);
  const corpus = prepareCorpus(scale, args.seed, log);
  const db = path.join(benchDir, `store-${scale}x.db`);
  log(`  ingesting ${corpus.files.length} gazettes (${fixed(mb(corpus.bytes))} MB) …`);
  const ingest = runIngestChild(db, corpus.dir);
  if (ingest.failed > 0) log(`  warning: ${ingest.failed} files failed to ingest`);

  const sample = openStore({ db, readonly: true });
  const docs = [...sample.indexable()].slice(0, 400);
  const mix = buildQueryMix(docs, args.seed).map((m) => m.request);
  const numbers = docs.map((d) => d.docNumber).filter((n): n is string => !!n).slice(0, 50);
  const cited = docs.flatMap((d) => d.citedNumbers).slice(0, 50);
  const questions = ['新办企业首次申领发票', '被征地农民养老保险补贴', '重大行政决策合法性审查', '自建房规划审批', '大面积停电应急处置', '城乡居民医疗保险征缴', '农村道路交通安全', '高标准农田建设验收', '煤改气补贴发放', '控辍保学'];
  const counties = [...new Set(docs.map((d) => d.county).filter((c): c is string => !!c))];

  log('  search: sqlite …');
  const engines: EngineResult[] = [];
  engines.push(await measureEngine(await sqliteEngine(() => openStore({ db, readonly: true }), '停电'), mix));
  log('  search: LIKE scan …');
  engines.push(await measureEngine(likeEngine(sample.indexable()), mix));
  log('  search: MiniSearch (building) …');
  engines.push(await measureEngine(miniSearchEngine(sample.indexable()), mix));

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
      ratioToSegmentation: ingestMbps / segmentMbps,
      peakRssMB: mb(ingest.ingestRss),
      seconds: ingest.ingestMs / 1000,
    },
    storeMB: mb(ingest.diskBytes),
    storePerSourceMB: ingest.diskBytes / ingest.bytes,
    engines,
    speedupVsLikeP50: like.latency.p50 / sqlite.latency.p50,
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

function report(results: ScaleResult[]): string {
  const header = ['figure', ...results.map((r) => `${r.scale}×`)];
  const row = (name: string, value: (r: ScaleResult) => string) => [name, ...results.map(value)];
  const engine = (r: ScaleResult, name: string) => r.engines.find((e) => e.name === name)!;
  const lat = (l: Latency) => `${fixed(l.p50, 2)} / ${fixed(l.p95, 2)} / ${fixed(l.p99, 2)}`;
  const rows = [
    header,
    row('gazettes / documents', (r) => `${r.gazettes} / ${r.documents}`),
    row('source text MB', (r) => fixed(r.sourceMB, 1)),
    row('ingest MB/s (end to end)', (r) => fixed(r.ingest.mbPerSecond, 2)),
    row('nodejieba search-mode MB/s', (r) => fixed(r.ingest.segmentMbPerSecond, 2)),
    row('ingest ÷ segmentation', (r) => `${fixed(r.ingest.ratioToSegmentation * 100, 0)}%`),
    row('ingest peak RSS MB', (r) => fixed(r.ingest.peakRssMB, 0)),
    row('store MB (× source)', (r) => `${fixed(r.storeMB, 1)} (${fixed(r.storePerSourceMB, 2)}×)`),
    row('sqlite-fts5 p50/p95/p99 ms', (r) => lat(engine(r, 'sqlite-fts5').latency)),
    row('LIKE scan p50/p95/p99 ms', (r) => lat(engine(r, 'like-scan').latency)),
    row('MiniSearch p50/p95/p99 ms', (r) => lat(engine(r, 'minisearch').latency)),
    row('speed-up vs LIKE at p50', (r) => `${fixed(r.speedupVsLikeP50, 1)}×`),
    row('start-up ms sqlite / MiniSearch', (r) => `${fixed(engine(r, 'sqlite-fts5').startupMs, 0)} / ${fixed(engine(r, 'minisearch').startupMs, 0)}`),
    row('heap MB sqlite / MiniSearch', (r) => `${fixed(mb(engine(r, 'sqlite-fts5').heapBytes), 1)} / ${fixed(mb(engine(r, 'minisearch').heapBytes), 1)}`),
    row('who-handles p50/p95 ms', (r) => `${fixed(r.whoHandles.p50, 2)} / ${fixed(r.whoHandles.p95, 2)}`),
    row('references p50/p95 ms', (r) => `${fixed(r.references.p50, 2)} / ${fixed(r.references.p95, 2)}`),
  ];
  if (results.some((r) => r.server)) {
    rows.push(
      row('HTTP mix p50/p95 ms', (r) => (r.server ? `${fixed(r.server.mixLatency.p50, 2)} / ${fixed(r.server.mixLatency.p95, 2)}` : '—')),
      row('HTTP /api/search req/s', (r) => (r.server ? fixed(r.server.requestsPerSecond, 0) : '—')),
      row('HTTP p99 ms under load', (r) => (r.server ? fixed(r.server.p99Ms, 0) : '—')),
      row('HTTP errors + non-2xx', (r) => (r.server ? String(r.server.errors + r.server.non2xx) : '—')),
      row('server peak RSS MB', (r) => (r.server ? fixed(mb(r.server.peakRssBytes), 0) : '—')),
    );
  }
  return table(rows);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(benchDir, { recursive: true });
  const results: ScaleResult[] = [];
  for (const scale of args.scales) results.push(await runScale(Math.max(1, Math.floor(scale)), args));
  const text = report(results);
  process.stdout.write(`\n${text}\n`);
  const file = path.join(projectRoot, 'bench', 'results', `bench-${args.scales.join('_')}x-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  fs.writeFileSync(file, `${JSON.stringify({ args, machine: { cpus: (await import('node:os')).cpus().length, node: process.version }, results }, null, 2)}\n`);
  process.stdout.write(`\nresults: ${path.relative(projectRoot, file)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
