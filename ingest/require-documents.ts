/**
 * @module ingest/require-documents
 * The last check before a record is stored: a file that gave no document at all held no text
 * the pipeline could read, and fails by name instead of being "stored" empty.
 */
import type { GazetteRecord } from '../src/model';
import { fileError } from './read/file-error';

/**
 * @example requireDocuments(pipeline(read), 'scan.txt') // the record, or throws "scan.txt: 文件中没有可读的文字 …"
 */
export function requireDocuments(record: GazetteRecord, file: string): GazetteRecord {
  if (record.documents.length > 0) return record;
  const reason = record.messages.find((m) => m.level === 'error')?.message ?? '文件中没有可读的文件内容 (no document could be read)';
  throw fileError('BAD_INPUT_FILE', file, reason, `${record.kind}: 0 documents`);
}
