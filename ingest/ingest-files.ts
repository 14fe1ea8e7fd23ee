/**
 * @module ingest/ingest-files
 * Batch ingestion: expand folders, read each file, run the pipeline, store the gazette.
 * One bad file never stops the batch; it is reported by name with the reason.
 */
import fs from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { GazetteError, isGazetteError, type ErrorCode } from '../src/errors';
import type { GazetteRecord, MessageLevel } from '../src/model';
import type { GazetteStore, PutResult, ReplacedGazette } from '../src/store/gazette-store';
import { canonicalUnitName } from '../src/store/to-indexable';
import type { ColumnMap } from './read/export-columns';
import { readFileBytes, sourceSha256, type ReadLimits } from './read/read-source';
import { createPipeline, type Pipeline } from './pipeline';
import { prepareFile, type PreparedFile } from './prepare-file';
import { createPreparePool } from './workers/worker-pool';

export type IngestStatus = PutResult['status'] | 'failed';

export interface IngestFileResult {
  file: string;
  status: IngestStatus;
  gazetteId?: string;
  /** Documents in the stored gazette (0 when the file failed). */
  documents: number;
  /** Warnings and errors the record survived. */
  warnings: number;
  error?: { code: ErrorCode; message: string };
  /** What a 'replaced' file replaced (gazette, source path, documents, why it counted as the same). */
  replaced?: ReplacedGazette[];
}

/** A problem a stored gazette survived, with the file it came from. */
export interface IngestWarning {
  file: string;
  level: MessageLevel;
  origin: string;
  message: string;
  /** Document the message belongs to, when it is not about the whole gazette. */
  documentId?: string;
}

export interface IngestSummary {
  files: number;
  stored: number;
  unchanged: number;
  replaced: number;
  failed: number;
  /** Documents in the gazettes of the files that succeeded. */
  documents: number;
  warnings: IngestWarning[];
  errors: Array<{ file: string; code: ErrorCode; message: string }>;
  results: IngestFileResult[];
  tookMs: number;
  /** Worker threads that prepared the files (0: all in the main thread). */
  workers: number;
}

export interface IngestProgress {
  /** 0-based index of the file; `total` files in the batch. */
  index: number;
  total: number;
  file: string;
  /**
   * 'start' before a file is read, then its result; 'merge' once after the last file of a bulk
   * load that stored something, while the index is merged (seconds on a large store).
   */
  phase: 'start' | 'done' | 'merge';
  result?: IngestFileResult;
}

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
  /** Turns a reader's text into a record; default: the full ingest pipeline. */
  pipeline?: Pipeline;
  /** Let the PDF reader recognise page images when a PDF has no text layer. */
  ocr?: boolean;
  limits?: ReadLimits;
  /** Column names of CSV/JSONL exports beyond data/export-columns.json (`--map`). */
  columns?: ColumnMap;
  /**
   * Memory budget of the process, in bytes. Checked before each file: once the resident set
   * is over it, the files left are not read and are reported as failed (MEMORY_LIMIT), so a
   * batch ends with what it stored instead of being killed by the system. The per-file limits
   * (`limits`) are what keep one file from jumping past it.
   */
  maxMemoryBytes?: number;
  /** Resident set size now; default `process.memoryUsage.rss` (a test passes its own). */
  rss?: () => number;
  /**
   * Worker threads that prepare files while the main thread writes; 0 prepares them here.
   * Default: none for a batch under 16 MB, else one per core (at most 4, and ~400 MB of
   * `maxMemoryBytes` each beyond the first 700 MB). A custom `pipeline` always runs here.
   */
  workers?: number;
  /** Replace stored gazettes with the same identity even when they look different (`--replace`). */
  replace?: boolean;
}

/**
 * The store's own file and SQLite's companions of it (-wal, -shm, -journal): a store kept in the
 * folder being ingested (gazette ingest --db ./kb.db .) is no input, and reading it would only
 * fail three files as "binary" on every run.
 */
function storeFiles(storePath: string | undefined): (file: string) => boolean {
  if (!storePath || storePath === ':memory:') return () => false;
  const store = path.resolve(storePath);
  const own = new Set(['', '-wal', '-shm', '-journal'].map((suffix) => store + suffix));
  return (file) => own.has(path.resolve(file));
}

/**
 * Lists the files to ingest: files as given, folders recursively (hidden entries and the store's
 * own files skipped), sorted.
 */
export async function expandPaths(paths: string[], storePath?: string): Promise<Array<{ file: string; missing?: boolean }>> {
  const out: Array<{ file: string; missing?: boolean }> = [];
  const isStore = storeFiles(storePath);
  const walk = async (folder: string): Promise<void> => {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile() && !isStore(full)) out.push({ file: full });
    }
  };
  for (const given of paths) {
    const file = path.normalize(given);
    let stat;
    try {
      stat = await fs.stat(file);
    } catch {
      out.push({ file, missing: true });
      continue;
    }
    if (stat.isDirectory()) await walk(file);
    else if (!isStore(file)) out.push({ file });
  }
  return out;
}

/** What reading a file ahead of its write gave: a final result, or its preparation under way. */
type Begun =
  | { result: IngestFileResult; prepared?: undefined }
  | { result?: undefined; prepared: Promise<{ file: PreparedFile; error?: undefined } | { file?: undefined; error: unknown }> };

/**
 * A large batch from this size on: prepared on worker threads by default, and written as a
 * bulk load (store.bulkLoad). Starting two workers (their modules, a copy of the segmenter's
 * dictionary) takes 0.6–1 s on 2 cores, and they save ~0.45 s a MB of text: 2.8 MB (10× the
 * samples) still took 2.3–2.4 s with two against 1.7–2.3 s on this thread alone. The final
 * merge of a bulk load rewrites the whole index (7 s at 1000× the samples), which a handful of
 * gazettes added to a large store would not repay.
 */
const LARGE_BATCH_BYTES = 16 * 1024 * 1024;

/** Files sent to each worker ahead of the one being written (see ingestFiles). */
const FILES_AHEAD_PER_WORKER = 4;

/**
 * What a worker adds to the process's memory (its own segmenter dictionaries, pdf.js, the
 * files it holds), and what the main thread takes without workers: 200 gazettes of text peaked
 * at 590 MB in one thread and 1,130 MB with two workers.
 */
const WORKER_BYTES = 400 * 1024 * 1024;
const MAIN_BYTES = 700 * 1024 * 1024;

/**
 * Worker threads for a batch: one per core, at most four, and no more than the memory budget
 * holds. Not one fewer for the writes: the main thread waits on the workers half the time
 * (measured on 2 cores: 2 workers 26 s, 1 worker 32 s, none 40 s for 200 gazettes).
 */
function defaultWorkers(large: boolean, memoryBudget: number | undefined): number {
  if (!large) return 0;
  const byMemory = memoryBudget === undefined ? Infinity : Math.floor((memoryBudget - MAIN_BYTES) / WORKER_BYTES);
  return Math.max(0, Math.min(4, os.availableParallelism(), byMemory));
}

/** Whether the files hold LARGE_BATCH_BYTES or more. */
async function isLargeBatch(files: Array<{ file: string; missing?: boolean }>): Promise<boolean> {
  let bytes = 0;
  for (const { file, missing } of files) {
    if (missing) continue;
    bytes += await fs.stat(file).then((info) => info.size, () => 0);
    if (bytes >= LARGE_BATCH_BYTES) return true;
  }
  return false;
}

/**
 * Ingests files and folders into the store.
 *
 * Files are written in the order given, one transaction each. With workers (the default for
 * batches of 16 MB or more), the next files are read, run through the pipeline and turned
 * into rows on worker threads while the main thread writes the current one. A batch of 16 MB
 * or more is written as a bulk load (store.bulkLoad): the index is merged once, at the end.
 *
 * @example
 * const summary = await ingestFiles(store, ['data/samples']);
 * // → { files: 2, stored: 2, unchanged: 0, replaced: 0, failed: 0, documents: 26, … }
 */
export async function ingestFiles(store: GazetteStore, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const files = await expandPaths(paths, store.path);
  const large = await isLargeBatch(files);
  const workers = options.pipeline ? 0 : (options.workers ?? defaultWorkers(large, options.maxMemoryBytes));
  const summary: IngestSummary = {
    files: files.length,
    stored: 0,
    unchanged: 0,
    replaced: 0,
    failed: 0,
    documents: 0,
    warnings: [],
    errors: [],
    results: [],
    tookMs: 0,
    workers,
  };
  const rss = options.rss ?? (() => process.memoryUsage.rss());
  const pool = workers > 0 ? createPreparePool(workers, { ocr: options.ocr, limits: options.limits, columns: options.columns }) : undefined;
  let pipeline = options.pipeline;
  const prepare = pool
    ? (bytes: Buffer, name: string) => pool.prepare(bytes, name)
    : (bytes: Buffer, name: string) => prepareFile(bytes, name, { ocr: options.ocr, limits: options.limits, columns: options.columns, pipeline: (pipeline ??= createPipeline()) });
  // Files read ahead of the one being written. File k goes to worker k mod size, so a worker
  // ahead of the other stops once its share of the window is done, and the writer then waits
  // on the slower one.
  const window = pool ? FILES_AHEAD_PER_WORKER * pool.size : 1;
  const begun: Array<Promise<Begun> | undefined> = [];

  const begin = async (index: number): Promise<Begun> => {
    const { file, missing } = files[index];
    options.onProgress?.({ index, total: files.length, file, phase: 'start' });
    try {
      overMemoryBudget(file, rss(), options.maxMemoryBytes);
      if (missing) throw Object.assign(new Error(`${file}: 文件或文件夹不存在 (no such file or folder)`), { code: 'BAD_INPUT_FILE' });
      const bytes = readFileBytes(file, { limits: options.limits });
      const sha256 = sourceSha256(bytes);
      if (store.hasSource(sha256)) {
        // Same bytes already stored: skip the pipeline entirely.
        const put = store.putGazette(alreadyStored(file, sha256));
        return { result: { file, status: put.status, gazetteId: put.gazetteId, documents: put.documents, warnings: 0 } };
      }
      // Settled into a value at once: a failure must wait for its turn, not surface as unhandled.
      return { prepared: prepare(bytes, file).then((prepared) => ({ file: prepared }), (error: unknown) => ({ error })) };
    } catch (error) {
      return { result: failed(file, error) };
    }
  };

  const writeAll = async () => {
    for (let index = 0; index < files.length; index++) {
      for (let ahead = begun.length; ahead < Math.min(files.length, index + window); ahead++) begun[ahead] = begin(ahead);
      // One turn of the event loop per file: while the files ahead are ready this loop would
      // otherwise run on promises alone, and the workers' replies (and, in the server, requests)
      // would wait for it to run dry. With readFileBytes synchronous, 1000× the samples took
      // 72–74 s instead of 78–81.
      await new Promise((resolve) => setImmediate(resolve));
      const step = await begun[index]!;
      begun[index] = undefined;
      let result = step.result;
      if (!result) {
        const outcome = await step.prepared!;
        if (outcome.file) {
          result = writePrepared(store, files[index].file, outcome.file, summary.warnings, options.replace);
          if (pool && result.status !== 'failed') pool.teach(unitsOf(outcome.file.record));
        } else {
          result = failed(files[index].file, outcome.error);
        }
      }
      if (result.error) summary.errors.push({ file: result.file, code: result.error.code, message: result.error.message });
      summary[result.status] += 1;
      summary.documents += result.documents;
      summary.results.push(result);
      options.onProgress?.({ index, total: files.length, file: result.file, phase: 'done', result });
    }
    if (large && summary.stored + summary.replaced > 0) options.onProgress?.({ index: files.length - 1, total: files.length, file: '', phase: 'merge' });
  };
  try {
    await (large ? store.bulkLoad(writeAll) : writeAll());
  } finally {
    await pool?.close();
  }
  summary.tookMs = Math.round(performance.now() - started);
  return summary;
}

/** The result of a file that failed, its message naming the file. */
function failed(file: string, error: unknown): IngestFileResult {
  const code: ErrorCode = isGazetteError(error)
    ? error.code
    : (error as { code?: string }).code === 'BAD_INPUT_FILE'
      ? 'BAD_INPUT_FILE'
      : 'INTERNAL';
  const message = error instanceof Error ? error.message : String(error);
  // Readers already name the file; make sure every message does.
  const named = message.includes(file) ? message : `${file}: ${message}`;
  return { file, status: 'failed', documents: 0, warnings: 0, error: { code, message: named } };
}

function overMemoryBudget(file: string, used: number, budget: number | undefined): void {
  if (budget === undefined || used <= budget) return;
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  throw new GazetteError(
    'MEMORY_LIMIT',
    `${file}: 未处理：进程内存 ${mb(used)} MB 已超过上限 ${mb(budget)} MB，请分批导入或调高 --max-memory-mb (skipped: process memory over the limit)`,
  );
}

/** Writes a prepared file; the warnings its record survived join the batch's. */
function writePrepared(store: GazetteStore, file: string, { record, rows }: PreparedFile, warnings: IngestWarning[], replace?: boolean): IngestFileResult {
  let put;
  try {
    put = store.putGazette(record, rows, { replace });
  } catch (error) {
    return failed(file, error);
  }
  const before = warnings.length;
  for (const message of record.messages) {
    if (message.level !== 'info') warnings.push({ file, level: message.level, origin: message.origin, message: message.message });
  }
  for (const document of record.documents) {
    for (const message of document.messages) {
      if (message.level !== 'info') {
        warnings.push({ file, level: message.level, origin: message.origin, message: message.message, documentId: document.id });
      }
    }
  }
  return {
    file,
    status: put.status,
    gazetteId: put.gazetteId,
    documents: put.documents,
    warnings: warnings.length - before,
    ...(put.replaced ? { replaced: put.replaced } : {}),
  };
}

/** Names of the units holding duties in a gazette: words the segmenter should keep whole. */
function unitsOf(record: GazetteRecord): string[] {
  return record.documents.flatMap((document) => document.duties.map(canonicalUnitName));
}

/** Stand-in record for bytes the store already holds; putGazette answers 'unchanged' from the sha256. */
function alreadyStored(file: string, sha256: string): GazetteRecord {
  return { id: '', kind: 'gazette', source: { path: file, sha256, format: 'text' }, issue: null, contents: [], documents: [], messages: [] };
}
