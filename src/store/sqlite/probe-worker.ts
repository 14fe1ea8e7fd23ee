/**
 * @module store/sqlite/probe-worker
 * The health probe's thread: opens the store read-only on its own connection and reads every
 * page (quick_check) and every document's checksum, so a server's event loop never waits the
 * second or two this takes on a large store. Posts the problems found (empty: sound).
 */
import { parentPort, workerData } from 'node:worker_threads';
import Database from 'better-sqlite3';
import { deepProbe } from './deep-probe';

const { file } = workerData as { file: string };
let problems: string[];
try {
  const db = new Database(file, { readonly: true, fileMustExist: true });
  try {
    problems = deepProbe(db);
  } finally {
    db.close();
  }
} catch (error) {
  problems = [`数据库文件无法打开：${(error as Error).message}`];
}
parentPort!.postMessage(problems);
