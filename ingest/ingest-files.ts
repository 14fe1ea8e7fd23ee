/**
 * @module ingest/ingest-files
 * Batch ingestion: expand folders, read each file, run the pipeline, store the gazette.
 * One bad file never stops the batch; it is reported by name with the reason.
 */
import fs from 'node:fs/promises';
import path from 'node:path';
import { GazetteError, isGazetteError, type ErrorCode } from '../src/errors';
import type { GazetteRecord, MessageLevel, SourceText } from '../src/model';
import type { GazetteStore, PutResult } from '../src/store/gazette-store';
import { readSource, type ReadLimits } from './read/read-source';
import { createPipeline } from './pipeline';

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
}

export interface IngestProgress {
  /** 0-based index of the file; `total` files in the batch. */
  index: number;
  total: number;
  file: string;
  /** 'start' before a file is read, then its result. */
  phase: 'start' | 'done';
  result?: IngestFileResult;
}

export interface IngestOptions {
  onProgress?: (progress: IngestProgress) => void;
  /** Turns a reader's text into a record; default: the full ingest pipeline. */
  pipeline?: (text: SourceText) => GazetteRecord;
  /** Let the PDF reader recognise page images when a PDF has no text layer. */
  ocr?: boolean;
  limits?: ReadLimits;
  /**
   * Memory budget of the process, in bytes. Checked before each file: once the resident set
   * is over it, the files left are not read and are reported as failed (MEMORY_LIMIT), so a
   * batch ends with what it stored instead of being killed by the system. The per-file limits
   * (`limits`) are what keep one file from jumping past it.
   */
  maxMemoryBytes?: number;
  /** Resident set size now; default `process.memoryUsage.rss` (a test passes its own). */
  rss?: () => number;
}

/** Lists the files to ingest: files as given, folders recursively (hidden entries skipped), sorted. */
export async function expandPaths(paths: string[]): Promise<Array<{ file: string; missing?: boolean }>> {
  const out: Array<{ file: string; missing?: boolean }> = [];
  const walk = async (folder: string): Promise<void> => {
    const entries = await fs.readdir(folder, { withFileTypes: true });
    entries.sort((a, b) => a.name.localeCompare(b.name));
    for (const entry of entries) {
      if (entry.name.startsWith('.')) continue;
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) await walk(full);
      else if (entry.isFile()) out.push({ file: full });
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
    else out.push({ file });
  }
  return out;
}

/**
 * Ingests files and folders into the store.
 *
 * @example
 * const summary = await ingestFiles(store, ['data/samples']);
 * // → { files: 2, stored: 2, unchanged: 0, replaced: 0, failed: 0, documents: 26, … }
 */
export async function ingestFiles(store: GazetteStore, paths: string[], options: IngestOptions = {}): Promise<IngestSummary> {
  const started = performance.now();
  const files = await expandPaths(paths);
  const pipeline = options.pipeline ?? createPipeline();
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
  };
  const rss = options.rss ?? (() => process.memoryUsage.rss());
  for (const [index, { file, missing }] of files.entries()) {
    options.onProgress?.({ index, total: files.length, file, phase: 'start' });
    let result: IngestFileResult;
    try {
      overMemoryBudget(file, rss(), options.maxMemoryBytes);
      if (missing) throw Object.assign(new Error(`${file}: 文件或文件夹不存在 (no such file or folder)`), { code: 'BAD_INPUT_FILE' });
      result = await ingestOne(store, file, pipeline, options, summary.warnings);
    } catch (error) {
      const code: ErrorCode = isGazetteError(error)
        ? error.code
        : (error as { code?: string }).code === 'BAD_INPUT_FILE'
          ? 'BAD_INPUT_FILE'
          : 'INTERNAL';
      const message = error instanceof Error ? error.message : String(error);
      // Readers already name the file; make sure every message does.
      const named = message.includes(file) ? message : `${file}: ${message}`;
      result = { file, status: 'failed', documents: 0, warnings: 0, error: { code, message: named } };
      summary.errors.push({ file, code, message: named });
    }
    summary[result.status] += 1;
    summary.documents += result.documents;
    summary.results.push(result);
    options.onProgress?.({ index, total: files.length, file, phase: 'done', result });
  }
  summary.tookMs = Math.round(performance.now() - started);
  return summary;
}

function overMemoryBudget(file: string, used: number, budget: number | undefined): void {
  if (budget === undefined || used <= budget) return;
  const mb = (n: number) => Math.round(n / 1024 / 1024);
  throw new GazetteError(
    'MEMORY_LIMIT',
    `${file}: 未处理：进程内存 ${mb(used)} MB 已超过上限 ${mb(budget)} MB，请分批导入或调高 --max-memory-mb (skipped: process memory over the limit)`,
  );
}

async function ingestOne(
  store: GazetteStore,
  file: string,
  pipeline: (text: SourceText) => GazetteRecord,
  options: IngestOptions,
  warnings: IngestWarning[],
): Promise<IngestFileResult> {
  const read = await readSource(file, { ocr: options.ocr, limits: options.limits });
  const source = read.kind === 'text' ? read.text.source : read.record.source;
  if (store.hasSource(source.sha256)) {
    // Same bytes already stored: skip the pipeline entirely.
    const put = store.putGazette(read.kind === 'record' ? read.record : emptyRecord(read.text));
    return { file, status: put.status, gazetteId: put.gazetteId, documents: put.documents, warnings: 0 };
  }
  const record = read.kind === 'text' ? pipeline(read.text) : read.record;
  const put = store.putGazette(record);
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
  return { file, status: put.status, gazetteId: put.gazetteId, documents: put.documents, warnings: warnings.length - before };
}

/** Placeholder record for bytes the store already holds; putGazette answers 'unchanged' from the sha256. */
function emptyRecord(text: SourceText): GazetteRecord {
  return { id: '', kind: 'gazette', source: text.source, issue: null, contents: [], documents: [], messages: [] };
}
