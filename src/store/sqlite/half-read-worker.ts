/**
 * @module store/sqlite/half-read-worker
 * The half-read thread (half-reads.ts): opens the store read-only on its own connection, then
 * reads each match list it is sent (the second half of one, newest rowid first, or one whole)
 * with FTS5's structure record from the same statement, and posts it back. Counts each reply in the shared signal so
 * the searching thread, waiting on it, wakes.
 */
import Database from 'better-sqlite3';
import { workerData } from 'node:worker_threads';
import { fileIdentity, type HalfJob, type HalfReaderData, type HalfReply } from './half-reads';
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
try {
  const db = new Database(file, { readonly: true, fileMustExist: true });
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

port.on('message', (job: HalfJob) => {
  try {
    const [structure, list] = statements[`${job.kind} ${job.end}`].get(job.expression, job.limit) ?? [null, null];
    answer({ id: job.id, structure, list });
  } catch (error) {
    answer({ id: job.id, error: error instanceof Error ? error.message : String(error) });
  }
});
