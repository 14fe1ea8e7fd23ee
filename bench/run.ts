/**
 * @module bench/run
 * `npm run bench` (the samples, seconds), `npm run bench -- --scale 1,10,100,1000,5000` (N× the
 * samples, generated with a seed: the scale ladder) and `npm run bench -- --corpus laws` (the
 * real laws and regulations of ../shared/corpus/real/laws, with a query mix drawn from their
 * titles and rare terms). Every figure of a column is measured in the same run, so the ratios
 * hold on a noisy machine; a table is printed and the numbers written as JSON to bench/results/.
 *
 * Options: --scale N[,N…] (default 1)  --corpus generated|laws  --laws-dir DIR
 *          --seed S (default 20221)  --load-seconds T (default 10)  --connections C (default 16)
 *          --skip-server  --engines sqlite,groonga,like,minisearch (default all)
 *          --profile   write a CPU profile of each ingestion to var/bench/profiles/ and print where the time went
 *          --reuse-store  search the store an earlier run of the same scale left (var/bench/store-<N>x.db)
 *                      instead of ingesting again (5000× takes half an hour); its ingestion figures are
 *                      that run's (var/bench/ingest-<N>x.json), or unknown when it kept none
 *
 * Each engine, the ingestion and the server run in their own process, so the memory each one
 * reports is its own; Groonga (the native peer, where `groonga` is installed) runs as its own
 * process beside the project's engine, the mix interleaved query by query.
 */
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { whoHandles } from '../src/kb/who-handles';
import type { SearchRequest } from '../src/model';
import { levelOf } from '../src/store/query/filter-documents';
import type { IndexableDocument } from '../src/store/search-backend';
import { openStore } from '../src/store/open-store';
import { segmentWords } from '../src/text/segment';
import { parseArgs, type Args } from './args';
import { benchDir, prepareCorpus } from './corpus';
import { percentiles } from './engines';
import { buildLawsMix } from './laws-mix';
import { defaultLawsDir, lawFiles } from './laws-corpus';
import { log, measureEngines, runIngestChild, type IngestResult } from './measure';
import { summarizeProfile } from './profile-summary';
import { buildQueryMix } from './query-mix';
import { report, type ScaleResult } from './report';
import { serverBench } from './server-bench';

const mb = (bytes: number) => bytes / 1024 / 1024;
const profileDir = path.join(benchDir, 'profiles');

/** Every k-th document, so the sample spans counties and years (the store lists them sorted). */
function sampleDocuments(docs: Iterable<IndexableDocument>, total: number, wanted: number): IndexableDocument[] {
  const stride = Math.max(1, Math.floor(total / wanted));
  const out: IndexableDocument[] = [];
  let i = 0;
  for (const doc of docs) if (i++ % stride === 0 && out.length < wanted) out.push(doc);
  return out;
}

function ingest(label: string, inputs: string[], files: number, bytes: number, args: Args): { db: string; result: IngestResult; top?: ScaleResult['topIngestFunctions'] } {
  const db = path.join(benchDir, `store-${label}.db`);
  const record = path.join(benchDir, `ingest-${label}.json`);
  if (args.reuseStore) return { db, result: reusedIngestion(db, record, bytes) };
  log(`  ingesting ${files} files (${mb(bytes).toFixed(1)} MB) …`);
  const profile = args.profile ? path.join(profileDir, `ingest-${label}-${Date.now()}.cpuprofile`) : undefined;
  if (profile) fs.mkdirSync(profileDir, { recursive: true });
  const result = runIngestChild(db, inputs, profile);
  fs.writeFileSync(record, JSON.stringify(result));
  if (result.failed > 0) log(`  warning: ${result.failed} files failed to ingest`);
  if (result.replaced + result.unchanged > 0) log(`  warning: ${result.replaced + result.unchanged} files replaced or repeated a stored text`);
  log(`  ingested ${result.documents} documents in ${(result.ingestMs / 1000).toFixed(1)} s (${result.workers > 0 ? `${result.workers} worker threads` : 'main thread only'})`);
  if (!profile) return { db, result };
  const top = summarizeProfile(profile, 12);
  log(`  profile of the ingestion: ${path.relative(projectRoot, profile)}`);
  for (const f of top) log(`    ${f.selfPercent.toFixed(1).padStart(5)}%  ${f.fn}`);
  return { db, result, top };
}

/**
 * The ingestion an earlier run made of a store, to search it again: its record when it kept one,
 * else what the store itself tells (documents, size) with the timings unknown (NaN).
 */
function reusedIngestion(db: string, record: string, bytes: number): IngestResult {
  if (!fs.existsSync(db)) throw new Error(`--reuse-store: no store at ${db} (run once without it)`);
  log(`  reusing ${path.relative(projectRoot, db)} (no ingestion)`);
  if (fs.existsSync(record)) return JSON.parse(fs.readFileSync(record, 'utf8')) as IngestResult;
  log(`  warning: ${path.relative(projectRoot, record)} is missing — the ingestion's timings are unknown`);
  const store = openStore({ db, readonly: true });
  const documents = store.stats().documents;
  store.close();
  const unknown = Number.NaN;
  return { bytes, documents, stored: unknown, replaced: 0, unchanged: 0, failed: 0, workers: 0, ingestMs: unknown, segmentMs: unknown, addonSegmentMs: unknown, tokens: unknown, ingestRss: unknown, diskBytes: fs.statSync(db).size };
}

/** The figures every column shares, from the ingestion and the engines. */
function column(label: string, scale: number, files: number, ingested: IngestResult, queries: number): Omit<ScaleResult, 'engines'> {
  const sourceMB = mb(ingested.bytes);
  const mbps = sourceMB / (ingested.ingestMs / 1000);
  const segmentMbps = sourceMB / (ingested.segmentMs / 1000);
  return {
    label,
    scale,
    gazettes: files,
    sourceMB,
    documents: ingested.documents,
    queries,
    ingest: {
      mbPerSecond: mbps,
      segmentMbPerSecond: segmentMbps,
      addonSegmentMbPerSecond: sourceMB / (ingested.addonSegmentMs / 1000),
      ratioToSegmentation: mbps / segmentMbps,
      peakRssMB: mb(ingested.ingestRss),
      seconds: ingested.ingestMs / 1000,
      workers: ingested.workers,
    },
    storeMB: mb(ingested.diskBytes),
    storePerSourceMB: ingested.diskBytes / ingested.bytes,
  };
}

async function knowledgeLatency(store: ReturnType<typeof openStore>, docs: IndexableDocument[]): Promise<Pick<ScaleResult, 'whoHandles' | 'references'>> {
  const numbers = docs.map((d) => d.docNumber).filter((n): n is string => !!n).slice(0, 50);
  const cited = docs.flatMap((d) => d.citedNumbers).slice(0, 50);
  const questions = ['新办企业首次申领发票', '被征地农民养老保险补贴', '重大行政决策合法性审查', '自建房规划审批', '大面积停电应急处置', '城乡居民医疗保险征缴', '农村道路交通安全', '高标准农田建设验收', '煤改气补贴发放', '控辍保学'];
  const counties = [...new Set(docs.map((d) => d.county).filter((c): c is string => !!c))];
  const whoSamples: number[] = [];
  const refSamples: number[] = [];
  for (let round = 0; round < 2; round++) {
    for (const [i, q] of questions.entries()) {
      const t = performance.now();
      await whoHandles(store, { q, county: counties[i % counties.length] });
      if (round > 0) whoSamples.push(performance.now() - t);
    }
    for (const n of [...numbers, ...cited]) {
      const t = performance.now();
      store.references(n);
      if (round > 0) refSamples.push(performance.now() - t);
    }
  }
  return { whoHandles: percentiles(whoSamples), references: percentiles(refSamples) };
}

/**
 * `keep` receives the column before who-handles and references run: at 5000× who-handles held
 * more than the 4 GB heap and the process died, losing the engine figures measured before it.
 */
async function runScale(scale: number, args: Args, keep: (partial: ScaleResult) => void): Promise<ScaleResult> {
  const label = `${scale}×`;
  log(`\n== scale ${label}`);
  const corpus = prepareCorpus(scale, args.seed, log);
  const { db, result: ingested, top } = ingest(`${scale}x`, [corpus.dir], corpus.files.length, corpus.bytes, args);
  const store = openStore({ db, readonly: true });
  const docs = sampleDocuments(store.indexable(), ingested.documents, 400);
  const mix = buildQueryMix(docs, args.seed);
  const mixFile = path.join(benchDir, `mix-${scale}x.json`);
  fs.writeFileSync(mixFile, JSON.stringify(mix.map((m) => m.request)));
  const measured = measureEngines(`${scale}x`, db, () => store.indexable(), mixFile, mix.map((m) => m.kind), args.engines);
  const measuredColumn = { ...column(label, scale, corpus.files.length, ingested, mix.length), ...measured, topIngestFunctions: top };
  keep(measuredColumn);
  log('  who-handles and references …');
  const knowledge = await knowledgeLatency(store, docs);
  store.close();
  const server = await maybeServer(db, mix.map((m) => m.request), args);
  return { ...measuredColumn, ...knowledge, server };
}

async function runLaws(args: Args): Promise<ScaleResult> {
  const folder = path.resolve(args.lawsDir ?? defaultLawsDir);
  log(`\n== real corpus: ${folder}`);
  const laws = await lawFiles(folder);
  const { db, result: ingested, top } = ingest('laws', laws.files, laws.files.length, laws.bytes, args);
  const store = openStore({ db, readonly: true });
  log('  drawing the query mix from titles and rare terms …');
  const mix = buildLawsMix([...store.indexable()], { seed: args.seed, words: segmentWords, level: levelOf });
  const mixFile = path.join(benchDir, 'mix-laws.json');
  fs.writeFileSync(mixFile, JSON.stringify(mix.map((m) => m.request)));
  const measured = measureEngines('laws', db, () => store.indexable(), mixFile, mix.map((m) => m.kind), args.engines);
  store.close();
  const server = await maybeServer(db, mix.map((m) => m.request), args);
  return { ...column('laws', 1, laws.files.length, ingested, mix.length), ...measured, topIngestFunctions: top, server };
}

async function maybeServer(db: string, mix: SearchRequest[], args: Args) {
  if (!args.server) return undefined;
  log(`  server: the mix over HTTP, then autocannon ${args.loadSeconds} s × ${args.connections} connections …`);
  return serverBench(db, mix, args.loadSeconds, args.connections);
}

async function main(): Promise<void> {
  const args = parseArgs(process.argv.slice(2));
  fs.mkdirSync(benchDir, { recursive: true });
  const results: ScaleResult[] = [];
  const name = args.corpus === 'laws' ? 'laws' : `scale-${args.scales.join('_')}x`;
  const file = path.join(projectRoot, 'bench', 'results', `${name}-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  fs.mkdirSync(path.dirname(file), { recursive: true });
  const machine = { cpus: (await import('node:os')).cpus().length, node: process.version };
  // Written after every column (and a column's engines before the rest): a long run that is
  // stopped keeps what it measured.
  const save = (partial?: ScaleResult) => fs.writeFileSync(file, `${JSON.stringify({ args: { ...args, engines: [...args.engines] }, machine, results: partial ? [...results, partial] : results }, null, 2)}\n`);
  const columns = args.corpus === 'laws' ? [() => runLaws(args)] : args.scales.map((s) => () => runScale(Math.max(1, Math.floor(s)), args, save));
  for (const run of columns) {
    results.push(await run());
    save();
    if (results.length < columns.length) log(`\n${report(results)}`);
  }
  process.stdout.write(`\n${report(results)}\n`);
  process.stdout.write(`\nresults: ${path.relative(projectRoot, file)}\n`);
}

main().catch((error) => {
  process.stderr.write(`bench failed: ${(error as Error).stack ?? error}\n`);
  process.exit(1);
});
