/**
 * @module bench/make-store
 * Builds the generated N× corpus and a store of it once, in a folder outside the repo, for the
 * search tools that compare stores (bench/search-profile.ts, bench/top20-diff.ts) to reuse.
 *
 * Usage: node --import tsx bench/make-store.ts --scale 1000 --out /work/var-bench [--seed 20221]
 * Writes <out>/corpus-<N>x-… (reused when complete) and <out>/store-<N>x.db (rebuilt).
 */
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../src/config';
import { prepareCorpus } from './corpus';

const argv = process.argv.slice(2);
const option = (name: string, fallback?: string) => {
  const at = argv.indexOf(name);
  const value = at >= 0 ? argv[at + 1] : fallback;
  if (value === undefined) throw new Error(`${name} is required (see bench/make-store.ts)`);
  return value;
};
const scale = Number(option('--scale'));
const out = path.resolve(option('--out'));
const seed = Number(option('--seed', '20221'));
fs.mkdirSync(out, { recursive: true });
const log = (line: string) => process.stderr.write(`${line}\n`);
const corpus = prepareCorpus(scale, seed, log, out);
const db = path.join(out, `store-${scale}x.db`);
log(`ingesting ${corpus.files.length} gazettes into ${db} …`);
const child = spawnSync(process.execPath, ['--import', 'tsx', path.join(projectRoot, 'bench', 'ingest-child.ts'), db, corpus.dir], {
  cwd: projectRoot,
  stdio: ['ignore', 'inherit', 'inherit'],
});
process.exit(child.status ?? 1);
