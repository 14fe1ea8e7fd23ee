/**
 * @module ingest/workers/worker-pool
 * Worker threads that prepare files for the store (prepare-file.ts) while the main thread
 * writes: reading, the pipeline, segmenting and compressing are ~80% of an ingestion and need
 * nothing from the database, so on a machine with cores to spare they run beside the writes.
 *
 * Deterministic: file k goes to worker k mod size, each worker takes its files in order, and
 * the words learned from stored gazettes (unit names the segmenter keeps whole) reach a worker
 * with the next file it is sent — which gazettes those are depends only on the order of files.
 * A worker that dies fails the files it held, by name, and is replaced. Workers run at a lower
 * priority than the thread that writes (thread-priority.ts).
 */
import { Worker } from 'node:worker_threads';
import { GazetteError, type ErrorCode } from '../../src/errors';
import type { ColumnMap } from '../read/export-columns';
import type { ReadLimits } from '../read/read-source';
import type { PreparedFile } from '../prepare-file';

export interface WorkerOptions {
  ocr?: boolean;
  limits?: ReadLimits;
  /** Column names of CSV/JSONL exports (`--map`). */
  columns?: ColumnMap;
}

export interface PrepareJob {
  id: number;
  name: string;
  bytes: Uint8Array;
  /** Words to teach the segmenter before this file. */
  words: string[];
}

export type PrepareReply =
  | { id: number; prepared: PreparedFile; error?: undefined }
  | { id: number; prepared?: undefined; error: { message: string; code?: string; known: boolean } };

export interface PreparePool {
  readonly size: number;
  prepare(bytes: Buffer, name: string): Promise<PreparedFile>;
  /** Words learned from a stored gazette, passed on to every worker with its next file. */
  teach(words: Iterable<string>): void;
  close(): Promise<void>;
}

interface Pending {
  name: string;
  resolve: (prepared: PreparedFile) => void;
  reject: (error: Error) => void;
}

interface Slot {
  worker: Worker;
  pending: Map<number, Pending>;
  /** How much of `learned` this worker has been sent. */
  taught: number;
  dead: boolean;
}

const entry = new URL('./prepare-worker.mjs', import.meta.url);

/**
 * Young generation of a worker (V8 splits it in three: two semi-spaces and the objects being
 * promoted). Preparing a gazette allocates short-lived strings by the megabyte: with V8's
 * default 16 MB semi-spaces, scavenges took 1.0 s of every 7–8 s a worker spent on 60 gazettes;
 * with 32 MB they took 0.4 s. A worker holds up to 64 MB more for it.
 */
const YOUNG_GENERATION_MB = 96;

/** The error a worker reported, as the same kind of error the main thread would have thrown. */
function toError(error: NonNullable<PrepareReply['error']>): Error {
  if (error.known && error.code) return new GazetteError(error.code as ErrorCode, error.message);
  return Object.assign(new Error(error.message), error.code ? { code: error.code } : {});
}

/**
 * @example
 * const pool = createPreparePool(2, { limits });
 * const { record, rows } = await pool.prepare(bytes, 'a.pdf');
 * store.putGazette(record, rows);
 * await pool.close();
 */
export function createPreparePool(size: number, options: WorkerOptions = {}): PreparePool {
  const learned: string[] = [];
  const known = new Set<string>();
  let closing = false;
  let nextId = 0;

  function spawn(): Slot {
    // execArgv: [] — the entry registers tsx itself; inheriting `--import tsx` would load it twice.
    const worker = new Worker(entry, { workerData: options, execArgv: [], resourceLimits: { maxYoungGenerationSizeMb: YOUNG_GENERATION_MB } });
    const slot: Slot = { worker, pending: new Map(), taught: 0, dead: false };
    worker.on('message', (reply: PrepareReply) => {
      const pending = slot.pending.get(reply.id);
      if (!pending) return;
      slot.pending.delete(reply.id);
      if (reply.error) pending.reject(toError(reply.error));
      else pending.resolve(reply.prepared);
    });
    const die = (reason: string) => {
      if (slot.dead) return;
      slot.dead = true;
      for (const pending of slot.pending.values()) {
        pending.reject(new GazetteError('INTERNAL', `${pending.name}: 导入线程意外退出，此文件未导入 (ingestion worker failed: ${reason})`));
      }
      slot.pending.clear();
    };
    worker.on('error', (error) => die(error.message));
    worker.on('exit', (code) => {
      if (!closing) die(`exit code ${code}`);
    });
    return slot;
  }

  const slots = Array.from({ length: size }, spawn);

  return {
    size,
    prepare(bytes, name) {
      const id = nextId++;
      const at = id % size;
      if (slots[at].dead) slots[at] = spawn();
      const slot = slots[at];
      const words = learned.slice(slot.taught);
      slot.taught = learned.length;
      return new Promise<PreparedFile>((resolve, reject) => {
        slot.pending.set(id, { name, resolve, reject });
        slot.worker.postMessage({ id, name, bytes, words } satisfies PrepareJob);
      });
    },
    teach(words) {
      for (const word of words) {
        if (known.has(word)) continue;
        known.add(word);
        learned.push(word);
      }
    },
    async close() {
      closing = true;
      await Promise.all(slots.map((slot) => slot.worker.terminate()));
    },
  };
}
