/**
 * @module bench/ingest-child
 * Runs in its own process so its peak memory is its own: ingests a corpus into a fresh store
 * end to end (read, repair, extract, segment, index, commit), then measures nodejieba's raw
 * search-mode segmentation of the same text, and prints one JSON line.
 *
 * The ceiling is nodejieba's own binding, as the benchmark has always timed it. Ingestion cuts
 * the same words from the same dictionaries with the project's addon (src/text/native/), which
 * is timed on the same text beside it (`addonSegmentMs`), so the table shows both.
 *
 * Usage: node --import tsx bench/ingest-child.ts [--profile <file.cpuprofile>] <db> <file or folder>...
 * With --profile, a V8 CPU profile of the ingestion alone (not start-up, not the ceiling run),
 * with every file prepared in the main thread: a profile sees one thread, not the workers.
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import nodejieba from 'nodejieba';
import { expandPaths, ingestFiles } from '../ingest/ingest-files';
import { openStore } from '../src/store/open-store';
import { ensureSegmenter, segmentForSearch, segmenterFiles, taughtWords } from '../src/text/segment';

const argv = process.argv.slice(2);
const profileFile = argv[0] === '--profile' ? argv.splice(0, 2)[1] : undefined;
const [db, ...files] = argv;
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });

// Load the dictionary first: the measurements then exclude the one-off start-up.
ensureSegmenter();
const inputs = (await expandPaths(files)).map((f) => f.file);
const bytes = inputs.reduce((n, f) => n + fs.statSync(f).size, 0);
const store = openStore({ db });
const session = profileFile ? new Session() : undefined;
if (session) {
  session.connect();
  await session.post('Profiler.enable');
  await session.post('Profiler.setSamplingInterval', { interval: 500 });
  await session.post('Profiler.start');
}
const started = performance.now();
const every = Math.max(10, Math.ceil(inputs.length / 20));
let doneBytes = 0;
const summary = await ingestFiles(store, inputs, {
  ...(session ? { workers: 0 } : {}),
  onProgress: (p) => {
    if (p.phase !== 'done') return;
    doneBytes += fs.statSync(p.file).size;
    if ((p.index + 1) % every === 0) {
      const seconds = (performance.now() - started) / 1000;
      const rss = process.memoryUsage().rss / 1048576;
      process.stderr.write(`  ingested ${p.index + 1}/${inputs.length} files, ${(doneBytes / 1048576).toFixed(1)} MB, ${(doneBytes / 1048576 / seconds).toFixed(2)} MB/s, RSS ${rss.toFixed(0)} MB\n`);
    }
  },
});
const ingestMs = performance.now() - started;
if (session) {
  const { profile } = await session.post('Profiler.stop');
  fs.writeFileSync(profileFile!, JSON.stringify(profile));
  session.disconnect();
}
store.close();
const ingestRss = process.resourceUsage().maxRSS * 1024;

// The ceiling: segmenting the same text in search mode, nothing else (read from disk first),
// by nodejieba's binding; then the same by the addon.
const [dict, hmmDict, userDict, idfDict, stopWordDict] = segmenterFiles();
nodejieba.load({ dict, hmmDict, userDict, idfDict, stopWordDict });
// The unit names ingestion taught the addon (addWords), so both split the text alike.
for (const word of taughtWords()) nodejieba.insertWord(word);
const nodejiebaCut = (run: string) => nodejieba.cutForSearch(run);
const timeSegmentation = (cut?: (run: string) => string[]) => {
  let ms = 0;
  let words = 0;
  for (const file of inputs) {
    const text = fs.readFileSync(file, 'utf8');
    const t = performance.now();
    words += segmentForSearch(text, cut).length;
    ms += performance.now() - t;
  }
  return { ms, words };
};
const { ms: segmentMs, words: tokens } = timeSegmentation(nodejiebaCut);
const { ms: addonSegmentMs } = timeSegmentation();
const diskBytes = ['', '-wal'].reduce((n, s) => n + (fs.existsSync(db + s) ? fs.statSync(db + s).size : 0), 0);
process.stdout.write(
  `${JSON.stringify({ bytes, documents: summary.documents, stored: summary.stored, replaced: summary.replaced, unchanged: summary.unchanged, failed: summary.failed, workers: summary.workers, ingestMs, segmentMs, addonSegmentMs, tokens, ingestRss, diskBytes })}\n`,
);
