/**
 * @module tests/shared-corpus
 * The one place that knows where the shared real corpus is: `../shared/corpus` beside the
 * checkout (real documents, laws, office formats, gov.cn pages, and the hand-checked facts about
 * the two samples in gold/seeds.json). Tests of the product's behaviour never need it (the
 * samples and their PDFs are in data/, small fixtures in tests/fixtures); tests whose point is
 * the real corpus go through `describeShared`, which runs them where the folder is (as in CI)
 * and otherwise skips them with a message naming the missing folder, printed and in the test
 * name, so a skip is never silent.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, it } from 'vitest';
import { projectRoot } from '../src/config';

/** `../shared/corpus` next to this checkout. */
export const sharedCorpusDir = path.resolve(projectRoot, '..', 'shared', 'corpus');

/** The path of a part of the shared corpus (a folder or file below `../shared/corpus`). */
export function sharedPath(...parts: string[]): string {
  return path.join(sharedCorpusDir, ...parts);
}

/** Whether that part of the shared corpus is in this checkout. */
export function hasShared(...parts: string[]): boolean {
  return existsSync(sharedPath(...parts));
}

/** The sentence a skipped suite shows: which folder is missing, where it was looked for. */
export function missingMessage(part: string): string {
  return `../shared/corpus/${part} is missing (looked for ${sharedPath(part)}): skipped; CI runs it where ../shared is present`;
}

/**
 * A describe block over a part of the shared corpus: its body runs (and may read files while
 * collecting) only where `../shared/corpus/<part>` exists; otherwise one skipped test carries
 * the message, which is also printed while the file is collected.
 */
export function describeShared(part: string, name: string, body: (dir: string) => void): void {
  if (hasShared(part)) {
    describe(name, () => body(sharedPath(part)));
    return;
  }
  const message = missingMessage(part);
  console.warn(`${name}: ${message}`);
  describe(name, () => {
    it.skip(message, () => {});
  });
}

/** One document of a sample gazette as gold/seeds.json describes it (fields a checker confirmed). */
export interface GoldDocument {
  docNumber: string;
  issuingBody: string;
  title: string;
  titleInContents?: string;
  date: string;
  publicity?: string;
  interpretedBy?: string;
  effectiveFrom?: string;
  validYears?: number;
}

/** One sample gazette (data/samples/<file>, data/pdf/<pdf>) as gold/seeds.json describes it. */
export interface GoldGazette {
  file: string;
  pdf: string;
  name: string;
  county: string;
  year: number;
  issue: number;
  totalIssue: number;
  publishedOn: string;
  documents: GoldDocument[];
  citedDocNumbers: string[];
  repeals: Array<{ by: string; repealed: string; repealedTitle: string }>;
}

/** The hand-checked facts about the two samples; call only inside `describeShared('gold', …)`. */
export function readGold(dir = sharedPath('gold')): GoldGazette[] {
  return (JSON.parse(readFileSync(path.join(dir, 'seeds.json'), 'utf8')) as { gazettes: GoldGazette[] }).gazettes;
}
