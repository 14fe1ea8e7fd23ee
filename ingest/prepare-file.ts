/**
 * @module ingest/prepare-file
 * Everything ingestion does to one file before the store writes it, from its bytes: read
 * (PDF, HTML, text), the pipeline, and the store's rows (compressed records, FTS rows). No file
 * or database I/O, so it runs the same in the main thread or on a worker (workers/).
 */
import type { GazetteRecord } from '../src/model';
import { prepareRows, type PreparedRows } from '../src/store/prepared-rows';
import type { Pipeline } from './pipeline';
import { readBuffer, type ReadOptions } from './read/read-source';
import { requireDocuments } from './require-documents';

export interface PreparedFile {
  record: GazetteRecord;
  rows: PreparedRows;
}

export interface PrepareOptions extends Pick<ReadOptions, 'ocr' | 'limits' | 'columns'> {
  /** Turns a reader's text into a record (the ingest pipeline). */
  pipeline: Pipeline;
}

/**
 * @example
 * const { record, rows } = await prepareFile(bytes, 'data/samples/xiaxian-2023-04.txt', { pipeline: createPipeline() });
 * store.putGazette(record, rows);
 */
export async function prepareFile(bytes: Buffer, name: string, options: PrepareOptions): Promise<PreparedFile> {
  const read = await readBuffer(bytes, name, { ocr: options.ocr, limits: options.limits, columns: options.columns });
  const record = requireDocuments(options.pipeline(read), name);
  return { record, rows: prepareRows(record) };
}
