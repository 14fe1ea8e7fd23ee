/**
 * @module ingest/ingest-buffers
 * Ingestion of uploaded files held in memory (POST /api/ingest): read the bytes, run the
 * pipeline, store the gazette. One bad file never stops the others; each is answered by name
 * with the reason. The serve command injects this into the app (src/ never imports ingest/).
 */
import { isGazetteError, type ErrorCode } from '../src/errors';
import type { IngestUploadResult, UploadedFile } from '../src/api/route';
import type { GazetteStore } from '../src/store/gazette-store';
import { createPipeline, type Pipeline } from './pipeline';
import type { PreparedFile } from './prepare-file';
import { readBuffer, type ReadOptions } from './read/read-source';
import { requireDocuments } from './require-documents';

export interface IngestBuffersOptions extends ReadOptions {
  /** Turns a reader's text into a record; default: the full ingest pipeline. */
  pipeline?: Pipeline;
  /**
   * Reads a file and builds its record and rows elsewhere (a worker thread, workers/): the
   * server's event loop then only waits for the write. Default: here, with `pipeline`.
   */
  prepare?: (bytes: Buffer, name: string) => Promise<PreparedFile>;
}

/**
 * Builds the upload ingester the API calls.
 *
 * @example
 * const ingest = createIngestBuffers({ limits: { maxBytes: 50 * 1024 * 1024 } });
 * await ingest(store, [{ name: 'xiaxian-2023-04.txt', bytes }]);
 * // → { stored: [{ file: 'xiaxian-2023-04.txt', status: 'stored', documents: 14, … }], rejected: [] }
 */
export function createIngestBuffers(options: IngestBuffersOptions = {}) {
  let pipeline = options.pipeline;
  return async function ingestBuffers(store: GazetteStore, files: UploadedFile[]): Promise<IngestUploadResult> {
    const run: Pipeline = (pipeline ??= createPipeline());
    const result: IngestUploadResult = { stored: [], rejected: [] };
    for (const file of files) {
      try {
        let record;
        let rows;
        if (options.prepare) {
          ({ record, rows } = await options.prepare(file.bytes, file.name));
        } else {
          const read = await readBuffer(file.bytes, file.name, { ocr: options.ocr, limits: options.limits });
          record = requireDocuments(run(read), file.name);
        }
        const put = store.putGazette(record, rows);
        const warnings =
          record.messages.filter((m) => m.level !== 'info').length +
          record.documents.reduce((n, d) => n + d.messages.filter((m) => m.level !== 'info').length, 0);
        result.stored.push({ file: file.name, status: put.status, gazetteId: put.gazetteId, documents: put.documents, warnings });
      } catch (error) {
        const code: ErrorCode = isGazetteError(error) ? error.code : 'BAD_INPUT_FILE';
        const message = error instanceof Error ? error.message : String(error);
        result.rejected.push({ file: file.name, code, message: message.includes(file.name) ? message : `${file.name}: ${message}` });
      }
    }
    return result;
  };
}
