/**
 * @module bench/ingest-child
 * Runs in its own process so its peak memory is its own: ingests a corpus into a fresh store
 * end to end (read, repair, extract, segment, index, commit), then measures nodejieba's raw
 * search-mode segmentation of the same text, and prints one JSON line.
 *
 * Usage: node --import tsx bench/ingest-child.ts <db> <file or folder>...
 */
import fs from 'node:fs';
import { expandPaths, ingestFiles } from '../ingest/ingest-files';
import { openStore } from '../src/store/open-store';
import { ensureSegmenter, segmentForSearch } from '../src/text/segment';

const [db, ...files] = process.argv.slice(2);
for (const suffix of ['', '-wal', '-shm']) fs.rmSync(db + suffix, { force: true });

// Load the dictionary first: both measurements then exclude the one-off start-up.
ensureSegmenter();
const inputs = (await expandPaths(files)).map((f) => f.file);
const bytes = inputs.reduce((n, f) => n + fs.statSync(f).size, 0);
const store = openStore({ db });
const started = performance.now();
const summary = await ingestFiles(store, inputs, {
  onProgress: (p) => {
    if (p.phase === 'start' && p.index > 0 && p.index % 200 === 0) process.stderr.write(`  ingested ${p.index}/${inputs.length} files\n`);
  },
});
const ingestMs = performance.now() - started;
store.close();
const ingestRss = process.resourceUsage().maxRSS * 1024;

// The ceiling: segmenting the same text in search mode, nothing else (read from disk first).
let segmentMs = 0;
let tokens = 0;
for (const file of inputs) {
  const text = fs.readFileSync(file, 'utf8');
  const t = performance.now();
  tokens += segmentForSearch(text).length;
  segmentMs += performance.now() - t;
}
const diskBytes = ['', '-wal'].reduce((n, s) => n + (fs.existsSync(db + s) ? fs.statSync(db + s).size : 0), 0);
process.stdout.write(
  `${JSON.stringify({ bytes, documents: summary.documents, failed: summary.failed, ingestMs, segmentMs, tokens, ingestRss, diskBytes })}\n`,
);
