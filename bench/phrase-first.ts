/**
 * @module bench/phrase-first
 * Words typed side by side rank their side-by-side occurrence first (issue 25): ingests the
 * generated corpus once at a scale (default 1000×, reused from var/bench/ when present) and
 * prints, for each query, how many of the top 20 hits of the unquoted query hold the words as
 * a phrase, next to how many documents hold the phrase at all.
 *
 * `node --import tsx bench/phrase-first.ts [--scale 1000] [--seed 20221] [安全生产 …]`
 */
import fs from 'node:fs';
import path from 'node:path';
import { ingestFiles } from '../ingest/ingest-files';
import { openStore } from '../src/store/open-store';
import { benchDir, prepareCorpus } from './corpus';

const argv = process.argv.slice(2);
const option = (name: string, fallback: number) => {
  const at = argv.indexOf(name);
  return at >= 0 ? Number(argv.splice(at, 2)[1]) : fallback;
};
const scale = option('--scale', 1000);
const seed = option('--seed', 20221);
const queries = argv.length > 0 ? argv : ['安全生产'];

const corpus = prepareCorpus(scale, seed, (line) => console.log(line));
const db = path.join(benchDir, `phrase-${scale}x-seed${seed}.db`);
const fresh = !fs.existsSync(db);
const store = openStore({ db });
if (fresh) {
  const started = performance.now();
  const summary = await ingestFiles(store, [corpus.dir]);
  console.log(`ingested ${summary.documents} documents of ${corpus.files.length} files in ${((performance.now() - started) / 1000).toFixed(1)} s`);
}
for (const q of queries) {
  const phrase = await store.search.search({ q: `"${q}"`, limit: 1 });
  const started = performance.now();
  const top = await store.search.search({ q, limit: 20 });
  const ms = performance.now() - started;
  // A hit holds the phrase when its title or text (spaces aside, as the index reads it) does.
  const compact = (text: string) => text.replace(/\s+/g, '');
  const held = top.hits.filter((hit) => {
    const doc = store.getDocument(hit.id);
    return !!doc && (compact(doc.title).includes(q) || compact(doc.text ?? doc.paragraphs.map((p) => p.text).join('')).includes(q));
  }).length;
  console.log(`${q}: ${held}/${top.hits.length} of the top 20 hold the phrase; ${phrase.total} documents hold it, ${top.total} hold the words (${ms.toFixed(1)} ms, ${scale}×)`);
}
store.close();
