/**
 * @module store/sqlite/half-reads
 * Long match lists read by two threads at once: a reader thread (half-read-worker.ts, its own
 * read-only connection) reads the second half of a list while this thread reads the first, or
 * reads one list whole while this thread reads another of the same search.
 *
 * Most of a search that matches a large share of the archive is FTS5 walking match lists:
 * finding each match and reading where its phrases stand (phrase-columns.ts). On the bench mix
 * at 5000× the samples, 71% of the 20 slowest queries' time was in those statements, one or two
 * a query. FTS5 walks a list from either end and stops at a LIMIT, each half in about half the
 * time (the newest-first half ~1.2× the other); a rowid bound does not help (`rowid >= ?` costs
 * what the whole list does: FTS5 reads up to it), so halves are cut by count, not by rowid.
 *
 * Where to cut comes from a list of documents that holds every match (`within`: the query's
 * tokens' lists intersected, match-bound.ts), ascending. With `low` of them below rowid S, at
 * most `low` matches are below S: the first `low` matches in rowid order hold all of them, and
 * the last `within.length - low` hold all from S on. Each side keeps its own side of S; what it
 * read past S (when fewer documents match than hold the tokens) is dropped.
 *
 * The reader reads FTS5's structure record in the statement that reads its list, the same
 * snapshot, and so does this thread: when the two differ (another process committed in
 * between), this thread reads the list itself. So does it while its connection has a
 * transaction open (its own uncommitted rows are not the reader's), before the reader is ready,
 * and after the reader failed or timed out.
 */
import { statSync } from 'node:fs';
import path from 'node:path';
import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import type { Passage } from '../../model';
import type { FinderSpec } from '../query/shape-result';
import type { HalfListKind } from './search-statements';

/** A list for the reader thread: its last `limit` matches, newest first ('high'), or its first in rowid order ('low'); -1: all. */
export interface HalfJob {
  id: number;
  kind: HalfListKind;
  end: 'low' | 'high';
  expression: string;
  limit: number;
}

/**
 * Documents whose best passages the reader works out, taking them one at a time from `claim` (a
 * counter this thread takes from too), by `id` from the documents table.
 */
export interface PassagesJob {
  id: number;
  kind: 'passages';
  ids: string[];
  finder: FinderSpec;
  claim: Int32Array;
}

export type ReaderJob = HalfJob | PassagesJob;

/** The reader's list: FTS5's structure record and the packed list (gazette_pack). */
export type ListReply = { id: number; structure: Uint8Array | null; list: Uint8Array | null; error?: undefined };

/** The passages the reader worked out, by position in the job's ids (none for a document it failed on). */
export type PassagesReply = { id: number; passages: Array<[at: number, passages: Passage[]]>; error?: undefined };

/** The reader's answer, or what went wrong. */
export type HalfReply = ListReply | PassagesReply | { id: number; error: string };

/** What the reader thread is started with. */
export interface HalfReaderData {
  file: string;
  /** The file this thread's connection opened (fs.Stats' dev and ino): a file put in its place since is not read. */
  identity: string;
  port: MessagePort;
  /** [replies posted, ready (1) or failed (2)], shared with this thread. */
  signal: Int32Array;
}

/** A list as a statement of this thread read it: FTS5's structure record and the packed matches. */
export type HalfRead = [structure: Uint8Array | null, list: Uint8Array | null];

/** Matches as rowids (ascending) with, for `located`, a value each. */
export interface JoinedList {
  rowids: Uint32Array;
  values?: Float64Array;
}

export interface HalfReads {
  /**
   * The matches of `expression`, the first part read here (`readLow(limit)`), the rest at once on
   * the reader thread; undefined when they cannot be (then read the list whole).
   */
  halves(kind: HalfListKind, expression: string, within: Uint32Array, readLow: (limit: number) => HalfRead): JoinedList | undefined;
  /**
   * Starts reading the rowids of `expression` (about `size` documents hold its tokens) on the
   * reader thread, while this one reads other lists; `structure()` reads this thread's structure
   * record when they are taken. The function returned gives them (undefined: read them here).
   * Undefined when the reader does not take it.
   */
  aside(expression: string, size: number, structure: () => Uint8Array | null | undefined): (() => Uint32Array | undefined) | undefined;
  /**
   * The best passages of the documents `ids` shared with the reader thread, when it is running
   * and free: both take documents from one counter (SharedPassages.next) until none is left.
   */
  passages(ids: string[], finder: FinderSpec): SharedPassages | undefined;
  /** Waits out a job given aside by a search that ended without taking it (it threw, or took every document itself). Called before each search. */
  settle(): void;
  close(): void;
}

/** A page's documents shared between this thread and the reader (HalfReads.passages). */
export interface SharedPassages {
  /** The next document for this thread (its position in the ids), -1 when every one is taken. */
  next(): number;
  /** Once next() gave -1: the reader's passages by position, waited for; a document missing from them is this thread's to work out. */
  done(): Map<number, Passage[]>;
}

/**
 * Fewest documents holding the query's tokens worth two threads: below this a list takes about
 * a millisecond at most, and handing part of it over costs a good part of what it saves.
 */
export const MIN_HALF_READ = 4096;

/**
 * The share of a list read here, from its start: the reader reads the rest newest first, which
 * FTS5 does ~1.2× slower a match (bench mix, 5000× the samples), so both end about together.
 */
const LOW_SHARE = 0.55;

/**
 * Fewest documents of a page worth sharing with the reader: a page of one or two (a document
 * number's) took longer shared (handing them over ~0.05 ms, the reader's wake-up) than alone.
 */
const MIN_SHARED_PASSAGES = 4;

/** How long this thread waits for the reader's list before reading it itself and dropping the reader. */
const REPLY_TIMEOUT_MS = 10_000;

const READY = 1;
const FAILED = 2;

const entry = new URL('./half-read-worker.mjs', import.meta.url);

/** A job as posted, before it is numbered. */
type WithoutId<T> = T extends unknown ? Omit<T, 'id'> : never;

/**
 * @example
 * const reads = createHalfReads(db.name, () => db.inTransaction);
 * reads.halves('located', expression, bound.common, (limit) => statements.lowLocated.get(expression, limit))
 */
export function createHalfReads(store: string, busy: () => boolean, minDocuments = MIN_HALF_READ): HalfReads {
  // Resolved now: the reader opens it later, and the working folder may have changed by then.
  const file = path.resolve(store);
  let reader: { worker: Worker; port: MessagePort; signal: Int32Array } | undefined;
  let nextId = 0;
  /** A list given aside and not yet taken: the reader is busy with it. */
  let untaken: number | undefined;

  // Taken now, as the index opens, just after this thread's connection opened the file.
  const identity = fileIdentity(file);
  let failed = identity === undefined;

  const begin = () => {
    const signal = new Int32Array(new SharedArrayBuffer(8));
    const { port1, port2 } = new MessageChannel();
    // execArgv: [] — the entry registers tsx itself.
    const worker = new Worker(entry, { workerData: { file, identity: identity!, port: port2, signal } satisfies HalfReaderData, transferList: [port2], execArgv: [] });
    worker.unref();
    port1.unref();
    worker.once('error', () => drop());
    worker.once('exit', () => {
      if (reader?.worker === worker) drop();
    });
    reader = { worker, port: port1, signal };
  };

  // A reader that failed stays dropped: searches go on, every list read on this thread.
  const drop = () => {
    failed = true;
    const old = reader;
    reader = undefined;
    untaken = undefined;
    old?.port.close();
    void old?.worker.terminate();
  };

  /** The reader, when a job may be given to it now; `start` starts it when there is none. */
  const ready = (start = true) => {
    if (failed || busy()) return undefined;
    if (!reader) {
      if (!start) return undefined;
      // Started by the first long list, not with the index: a store opened to ingest or for one
      // command would start a thread for nothing.
      begin();
      return undefined;
    }
    const state = Atomics.load(reader.signal, 1);
    if (state === FAILED) drop();
    if (state !== READY || untaken !== undefined) return undefined;
    return reader;
  };

  const post = (job: WithoutId<ReaderJob>) => {
    const id = nextId++;
    reader!.port.postMessage({ id, ...job } satisfies ReaderJob);
    return id;
  };

  /**
   * The reader's list for job `id`, waiting for it. Undefined when it could not read it (this
   * thread then reads it, and meets the same error if it is the store's), and when no reply
   * came in time: the reader is then dropped.
   */
  const reply = (id: number): ListReply | PassagesReply | undefined => {
    if (untaken === id) untaken = undefined;
    const { port, signal } = reader!;
    for (;;) {
      const seen = Atomics.load(signal, 0);
      const message = receiveMessageOnPort(port)?.message as HalfReply | undefined;
      if (message?.id === id) return message.error === undefined ? message : undefined;
      if (message) continue; // the answer to a job given up on
      if (Atomics.wait(signal, 0, seen, REPLY_TIMEOUT_MS) === 'timed-out') {
        drop();
        return undefined;
      }
    }
  };

  return {
    halves(kind, expression, within, readLow) {
      if (within.length < minDocuments || !ready()) return undefined;
      const low = Math.floor(within.length * LOW_SHARE);
      const id = post({ kind, end: 'high', expression, limit: within.length - low });
      const [structure, lowList] = readLow(low);
      const high = reply(id);
      if (!high || !('list' in high) || !sameBytes(structure, high.structure)) return undefined;
      return join(kind, lowList, high.list, within[low]);
    },

    aside(expression, size, structure) {
      if (size < minDocuments || !ready()) return undefined;
      const id = post({ kind: 'ids', end: 'low', expression, limit: -1 });
      untaken = id;
      return () => {
        if (!reader) return undefined;
        const whole = reply(id);
        if (!whole || !('list' in whole) || !sameBytes(structure() ?? null, whole.structure)) return undefined;
        return unpack('ids', whole.list).rowids;
      };
    },

    passages(ids, finder) {
      // Not worth starting the reader for: a store opened for one search would start it for nothing.
      if (ids.length < MIN_SHARED_PASSAGES || !ready(false)) return undefined;
      const claim = new Int32Array(new SharedArrayBuffer(4));
      const id = post({ kind: 'passages', ids, finder, claim });
      let mine = 0;
      return {
        next() {
          const at = Atomics.add(claim, 0, 1);
          if (at >= ids.length) return -1;
          mine += 1;
          return at;
        },
        done() {
          if (!reader) return new Map();
          if (mine === ids.length) {
            // The reader took none: its empty answer is waited out before the next search.
            untaken = id;
            return new Map();
          }
          const answer = reply(id);
          return new Map(answer && 'passages' in answer ? answer.passages : []);
        },
      };
    },

    settle() {
      if (untaken !== undefined && reader) reply(untaken);
    },

    close: drop,
  };
}

/** Which file is at the path now (device and inode); undefined when none is. */
export function fileIdentity(file: string): string | undefined {
  try {
    const { dev, ino } = statSync(file);
    return `${dev}:${ino}`;
  } catch {
    return undefined;
  }
}

function sameBytes(a: Uint8Array | null, b: Uint8Array | null): boolean {
  if (a === null || b === null) return a === b;
  return a.length === b.length && Buffer.compare(a, b) === 0;
}

/** A packed list (fts-lists.ts) as rowids and, for `located`, values, in the order read. */
function unpack(kind: HalfListKind, blob: Uint8Array | null): JoinedList {
  if (!blob || blob.length === 0) return { rowids: new Uint32Array(0), values: kind === 'located' ? new Float64Array(0) : undefined };
  // Copied out: the two halves become one list anyway, and a copy needs no alignment.
  const bytes = new Uint8Array(blob);
  if (kind === 'ids') return { rowids: new Uint32Array(bytes.buffer, 0, bytes.length >> 2) };
  const count = bytes.length / 12;
  return { values: new Float64Array(bytes.buffer, 0, count), rowids: new Uint32Array(bytes.buffer, count * 8, count) };
}

/** The first list's matches below `split` and the second's (read newest first) from `split` on, ascending. */
export function join(kind: HalfListKind, lowBlob: Uint8Array | null, highBlob: Uint8Array | null, split: number): JoinedList {
  const low = unpack(kind, lowBlob);
  const high = unpack(kind, highBlob);
  let lowCount = 0;
  while (lowCount < low.rowids.length && low.rowids[lowCount] < split) lowCount += 1;
  let highCount = 0;
  while (highCount < high.rowids.length && high.rowids[highCount] >= split) highCount += 1;
  const rowids = new Uint32Array(lowCount + highCount);
  rowids.set(low.rowids.subarray(0, lowCount));
  for (let i = 0; i < highCount; i++) rowids[lowCount + i] = high.rowids[highCount - 1 - i];
  if (kind === 'ids') return { rowids };
  const values = new Float64Array(lowCount + highCount);
  values.set(low.values!.subarray(0, lowCount));
  for (let i = 0; i < highCount; i++) values[lowCount + i] = high.values![highCount - 1 - i];
  return { rowids, values };
}
