/**
 * @module store/sqlite/prepare-rows
 * The costly half of writing a gazette, done before the write and possibly on another thread:
 * each document's compressed record and paragraphs (document-codec.ts) and its FTS row
 * (fts-columns.ts: segmenting and bigrams). Pure — no database — so ingestion workers can build
 * rows while the main thread writes the previous gazette; what crosses threads is plain data.
 */
import type { GazetteRecord } from '../../model';
import { toIndexable } from '../to-indexable';
import { encodeDocument } from './document-codec';
import { ftsColumns, type FtsColumns } from './fts-columns';

export interface PreparedDocumentRows {
  /** The `record_json` and `paragraphs` values of the documents row. */
  record: Uint8Array;
  paragraphs: Uint8Array;
  fts: FtsColumns;
}

export interface PreparedRows {
  /** By document id; the first document of an id, as the store keeps the first. */
  documents: Record<string, PreparedDocumentRows>;
}

/**
 * @example
 * const rows = prepareRows(record);
 * store.putGazette(record, rows); // same rows as store.putGazette(record), built elsewhere
 */
export function prepareRows(record: GazetteRecord): PreparedRows {
  const documents: Record<string, PreparedDocumentRows> = {};
  for (const document of record.documents) {
    if (Object.hasOwn(documents, document.id)) continue;
    const { record: encoded, paragraphs } = encodeDocument(document);
    // The FTS row reads only the document's own text (title, number, headings, body, units),
    // not the gazette or repeal context the store adds when it indexes.
    documents[document.id] = { record: encoded, paragraphs, fts: ftsColumns(toIndexable(document)) };
  }
  return { documents };
}
