/**
 * @module bench/corpus
 * The text a benchmark ingests: the bundled samples at scale 1, and N× the samples generated
 * (deterministically, from a seed) at scale N — written once to var/bench/ and reused.
 */
import fs from 'node:fs';
import path from 'node:path';
import { createPipeline } from '../ingest/pipeline';
import { textToSourceText } from '../ingest/read/text';
import { projectRoot } from '../src/config';
import { generateCorpus } from './generate-corpus';

export const benchDir = path.join(projectRoot, 'var', 'bench');
/** Bumped when the generator changes, so a cached corpus of an older generator is not reused. */
const generatorVersion = 4;
const samplesDir = path.join(projectRoot, 'data', 'samples');

export interface Corpus {
  dir: string;
  files: string[];
  bytes: number;
}

function describeDir(dir: string): Corpus {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort().map((f) => path.join(dir, f));
  return { dir, files, bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0) };
}

/**
 * The corpus for a scale: the samples themselves at 1; otherwise 2×N generated gazettes (the
 * samples are two gazettes, so N× the samples), cached by scale and seed under `baseDir`.
 */
export function prepareCorpus(scale: number, seed: number, log: (line: string) => void, baseDir = benchDir): Corpus {
  if (scale <= 1) return describeDir(samplesDir);
  const dir = path.join(baseDir, `corpus-${scale}x-seed${seed}-v${generatorVersion}`);
  const done = path.join(dir, '.complete');
  if (fs.existsSync(done)) return describeDir(dir);
  fs.rmSync(dir, { recursive: true, force: true });
  fs.mkdirSync(dir, { recursive: true });
  const run = createPipeline();
  const samples = fs
    .readdirSync(samplesDir)
    .filter((f) => f.endsWith('.txt'))
    .map((f) => run(textToSourceText(fs.readFileSync(path.join(samplesDir, f), 'utf8'), { path: f, sha256: f, format: 'text' })));
  const count = 2 * scale;
  let written = 0;
  // Written one gazette at a time: a 1000× corpus (≈300 MB) never sits in memory.
  for (const gazette of generateCorpus(samples, { count, seed })) {
    fs.writeFileSync(path.join(dir, gazette.fileName), gazette.text);
    written++;
    if (written % 100 === 0 || written === count) log(`  generated ${written}/${count} gazettes`);
  }
  fs.writeFileSync(done, '');
  return describeDir(dir);
}
