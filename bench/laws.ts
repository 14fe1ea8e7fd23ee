/**
 * @module bench/laws
 * Ingests a folder of laws and regulations (by default ../shared/corpus/real/laws: 3,423
 * Markdown files, 65 MB) into a fresh temporary store by the CLI's own path (ingestFiles: read,
 * pipeline, segment, index, commit; worker threads and a bulk load for a batch this size), and
 * prints the time, MB/s, documents, how they were read (law / document), and the store's size.
 * SQLite files in the folder (the laws' own indexes) are no input and are left out.
 *
 * Usage: node --import tsx bench/laws.ts [folder] [--workers N] [--keep]
 *   --workers N  worker threads (default: as `gazette ingest` chooses)
 *   --keep       leave the temporary store in place and print where it is
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { ingestFiles } from '../ingest/ingest-files';
import { openStore } from '../src/store/open-store';
import { defaultLawsDir, lawFiles } from './laws-corpus';

const argv = process.argv.slice(2);
const flag = (name: string) => {
  const at = argv.indexOf(name);
  return at < 0 ? undefined : argv.splice(at, name === '--keep' ? 1 : 2)[1] ?? '';
};
const workersArg = flag('--workers');
const keep = flag('--keep') !== undefined;
const folder = path.resolve(argv[0] ?? defaultLawsDir);
if (!fs.existsSync(folder)) {
  process.stderr.write(`找不到文件夹 ${folder}：请给出法律法规文本所在的文件夹 (folder not found)\n`);
  process.exit(2);
}

const { files: inputs, skipped, bytes } = await lawFiles(folder);
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-laws-'));
const db = path.join(dir, 'laws.db');
const store = openStore({ db });

process.stderr.write(`ingesting ${inputs.length} files (${(bytes / 1048576).toFixed(1)} MB; ${skipped} SQLite files left out) from ${folder}\n`);
const started = performance.now();
const every = Math.max(10, Math.ceil(inputs.length / 10));
const summary = await ingestFiles(store, inputs, {
  ...(workersArg !== undefined ? { workers: Number(workersArg) } : {}),
  onProgress: (p) => {
    if (p.phase === 'done' && (p.index + 1) % every === 0) {
      process.stderr.write(`  ${p.index + 1}/${p.total} files, ${((performance.now() - started) / 1000).toFixed(1)} s\n`);
    }
  },
});
const seconds = (performance.now() - started) / 1000;
const stats = store.stats();
store.close();
const storeBytes = ['', '-wal', '-shm'].reduce((n, s) => n + (fs.existsSync(db + s) ? fs.statSync(db + s).size : 0), 0);
const mb = bytes / 1048576;

const lines = [
  ['files', `${inputs.length} (stored ${summary.stored}, replaced ${summary.replaced}, unchanged ${summary.unchanged}, failed ${summary.failed})`],
  ['source text', `${mb.toFixed(1)} MB`],
  ['ingest time', `${seconds.toFixed(1)} s (${summary.workers} worker threads)`],
  ['throughput', `${(mb / seconds).toFixed(2)} MB/s`],
  ['documents', `${summary.documents}`],
  ['store', `${(storeBytes / 1048576).toFixed(1)} MB (${(storeBytes / bytes).toFixed(2)}× the source)`],
  ['peak RSS', `${((process.resourceUsage().maxRSS * 1024) / 1048576).toFixed(0)} MB`],
  ['warnings', `${summary.warnings.length}`],
];
process.stdout.write(`${lines.map(([k, v]) => `${k.padEnd(12)} ${v}`).join('\n')}\n`);
process.stdout.write(`store stats  ${JSON.stringify(stats)}\n`);
for (const r of summary.results.filter((x) => x.status === 'replaced' || x.status === 'unchanged').slice(0, 10)) {
  process.stdout.write(`${r.status.padEnd(12)} ${path.relative(folder, r.file)}${r.replaced ? ` → ${r.replaced.map((g) => JSON.stringify(g)).join('; ')}` : ''}\n`);
}
for (const error of summary.errors.slice(0, 10)) process.stdout.write(`failed       ${error.file}: ${error.message}\n`);
if (keep) process.stdout.write(`store kept   ${db}\n`);
else fs.rmSync(dir, { recursive: true, force: true });
