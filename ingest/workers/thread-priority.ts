/**
 * @module ingest/workers/thread-priority
 * Lets an ingestion worker step back for the thread that writes the store.
 *
 * Writing is the one step of an ingestion that cannot be shared: a single connection commits
 * the gazettes in order. With two workers and the writer on two cores, the system gave each
 * of the three threads an equal share, so the writer ran at about two thirds of a core and the
 * whole batch waited on it. A worker at a lower priority takes what the writer leaves: at 1000×
 * the samples the ingestion took 83 s with the workers at niceness 10 (and four files ahead of
 * the writer each instead of two), 93 s with neither.
 */
import { readlinkSync } from 'node:fs';
import os from 'node:os';

/** The niceness ingestion workers run at (0 is the default, 19 the lowest priority). */
export const WORKER_NICENESS = 10;

/**
 * Lowers the calling thread's priority to `niceness` (never raises it); true when it did.
 *
 * Only on Linux, where a niceness belongs to one thread (setpriority(2), "Bugs") and
 * /proc/thread-self names it. Elsewhere the same call would lower the whole process, writer
 * included, so it is not made.
 *
 * @example
 * lowerThreadPriority(WORKER_NICENESS); // in a worker: true on Linux
 */
export function lowerThreadPriority(niceness: number): boolean {
  if (process.platform !== 'linux') return false;
  try {
    // '/proc/thread-self' links to '<pid>/task/<tid>'.
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (!Number.isInteger(tid) || tid <= 0) return false;
    if (os.getPriority(tid) >= niceness) return true;
    os.setPriority(tid, niceness);
    return true;
  } catch {
    // A sandbox may hide /proc or refuse the call: the worker then runs as before.
    return false;
  }
}
