/**
 * @module store/sqlite/half-read-worker
 * The half-read thread (half-reads.ts): opens the store read-only on its own connection, then
 * reads each match list it is sent (the second half of one, newest rowid first, or one whole)
 * with FTS5's structure record from the same statement, and posts it back; or works out the
 * best passages of a page's documents, taking them from a counter it shares with the searching
 * thread. Counts each reply in the shared signal so the searching thread, waiting on it, wakes.
 */
import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import type { Passage } from '../../model';
import { bestPassages } from '../query/highlight';
import { finderOf } from '../query/shape-result';
import { fileIdentity, type HalfJob, type HalfReaderData, type HalfReply, type PassagesJob, type ReaderJob } from './half-reads';
import { paragraphTextsReader } from './index-feed';
import { loadPhraseColumns } from './phrase-columns';
import { halfListSql, type HalfListKind } from './search-statements';

const { file, identity, port, signal } = workerData as HalfReaderData;

function answer(reply: HalfReply): void {
  port.postMessage(reply);
  Atomics.add(signal, 0, 1);
  Atomics.notify(signal, 0);
}

type ListStatement = Database.Statement<[string, number], [Buffer | null, Buffer | null]>;
let statements: Record<`${HalfListKind} ${HalfJob['end']}`, ListStatement>;
let db: Database.Database;
/** Prepared with the first page of passages: an index on its own has no documents table. */
let paragraphsOf: ((id: string) => string[] | undefined) | undefined;
try {
  db = new Database(file, { readonly: true, fileMustExist: true });
  // Opened after the searching thread's connection: the file must still be the one it reads.
  if (fileIdentity(file) !== identity) throw new Error(`${file} was replaced`);
  loadPhraseColumns(db);
  const list = (kind: HalfListKind, end: HalfJob['end']): ListStatement => db.prepare<[string, number], [Buffer | null, Buffer | null]>(halfListSql(kind, end)).raw();
  statements = { 'ids low': list('ids', 'low'), 'ids high': list('ids', 'high'), 'located low': list('located', 'low'), 'located high': list('located', 'high') };
  Atomics.store(signal, 1, 1);
} catch {
  // The searching thread reads every list itself from now on.
  Atomics.store(signal, 1, 2);
  port.close();
}

/** The passages of the documents this thread takes; one it cannot read is left to the searching thread, which meets the same error. */
function passages(job: PassagesJob): HalfReply {
  const find = finderOf(job.finder);
  const read = (paragraphsOf ??= paragraphTextsReader(db));
  const done: Array<[number, Passage[]]> = [];
  for (let at = Atomics.add(job.claim, 0, 1); at < job.ids.length; at = Atomics.add(job.claim, 0, 1)) {
    try {
      done.push([at, bestPassages(read(job.ids[at]) ?? [], find)]);
    } catch {
      // Left out of the answer.
    }
  }
  return { id: job.id, passages: done };
}

port.on('message', (job: ReaderJob) => {
  try {
    if (job.kind === 'passages') return answer(passages(job));
    const [structure, list] = statements[`${job.kind} ${job.end}`].get(job.expression, job.limit) ?? [null, null];
    answer({ id: job.id, structure, list });
  } catch (error) {
    answer({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
