/**
 * @module bench/laws-corpus
 * The real corpus of the benchmark: the laws and regulations of ../shared/corpus/real/laws
 * (3,423 Markdown texts). Its SQLite files (the laws' own indexes) are no input and are left out.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expandPaths } from '../ingest/ingest-files';
import { projectRoot } from '../src/config';

export const defaultLawsDir = path.join(projectRoot, '..', 'shared', 'corpus', 'real', 'laws');

/** An SQLite database by its header, whatever its name: the corpus's index, not a text. */
export function isSqlite(file: string): boolean {
  const head = Buffer.alloc(16);
  const fd = fs.openSync(file, 'r');
  try {
    fs.readSync(fd, head, 0, 16, 0);
  } finally {
    fs.closeSync(fd);
  }
  return head.toString('latin1') === 'SQLite format 3\0';
}

export interface LawFiles {
  /** The texts, sorted. */
  files: string[];
  /** SQLite files left out. */
  skipped: number;
  bytes: number;
}

export async function lawFiles(folder: string): Promise<LawFiles> {
  if (!fs.existsSync(folder)) throw new Error(`找不到文件夹 ${folder}：请给出法律法规文本所在的文件夹`);
  const listed = (await expandPaths([folder])).map((f) => f.file);
  const files = listed.filter((f) => !isSqlite(f)).sort();
  return { files, skipped: listed.length - files.length, bytes: files.reduce((n, f) => n + fs.statSync(f).size, 0) };
}
