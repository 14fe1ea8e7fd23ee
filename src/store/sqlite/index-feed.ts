/**
 * @module store/sqlite/index-feed
 * What the search index is fed from the stored rows: IndexableDocuments built from the
 * documents (with the date of the earliest document repealing each), and the paragraph texts
 * the SQLite index cuts passages from (the store keeps the only copy).
 */
import { extendedTerm } from '../../domain/extension';
import type Database from 'better-sqlite3';
import type { GazetteDocument, GazetteIssue } from '../../model';
import type { IndexableDocument } from '../search-backend';
import { toIndexable, type IndexableContext } from '../to-indexable';
import { documentIntact } from './checksum';
import { decodeParagraphTexts } from './document-codec';
import type { DocumentRow } from './document-rows';
import type { PreparedRows } from './prepare-rows';
import type { ReferenceGraphReader } from './reference-graph';
import { storeCorrupt } from './store-faults';
import type { Sql } from './sql';
import { parseStored } from './store-faults';

/** Documents a write has just stored, with the gazette they appeared in. */
export interface FreshDocuments {
  documents: Map<string, GazetteDocument>;
  gazette: IndexableContext['gazette'];
  /** Their rows, when built ahead of the write. */
  rows?: PreparedRows;
}

/** What building IndexableDocuments reads of the store. */
export interface FeedSource {
  sql: Sql;
  refs: Pick<ReferenceGraphReader, 'actingOn'>;
  /** The row's document, refused when its bytes are damaged. */
  decode(row: DocumentRow): GazetteDocument;
}

/**
 * IndexableDocuments built from the stored records (all, or these ids), for (re)indexing.
 * Documents just written are taken as given (`fresh`): decoding the rows they were encoded
 * into a moment ago cost a tenth of an ingestion.
 */
export function* indexableDocuments(source: FeedSource, ids?: string[], fresh?: FreshDocuments): Iterable<IndexableDocument> {
  const { sql } = source;
  // Ids first: building each document runs further queries, which must not interleave with
  // an open iterator on the same connection.
  const wanted =
    ids ??
    (sql(
      `SELECT d.id FROM documents d JOIN gazettes g ON g.id = d.gazette_id
       ORDER BY g.county, g.year, g.issue, g.id, d.ordinal`,
    ).pluck().all() as string[]);
  const gazettes = new Map<string, (Partial<GazetteIssue> & { id: string }) | null>();
  for (const id of wanted) {
    const given = fresh?.documents.get(id);
    if (given) {
      yield indexableOf(source, given, fresh!.gazette);
      continue;
    }
    const row = sql('SELECT * FROM documents WHERE id = ?').get(id) as DocumentRow | undefined;
    if (!row) continue;
    let gazette = gazettes.get(row.gazette_id);
    if (gazette === undefined) {
      const issue = sql('SELECT issue_json FROM gazettes WHERE id = ?').get(row.gazette_id) as { issue_json: string | null };
      gazette = issue.issue_json ? { id: row.gazette_id, ...parseStored<GazetteIssue>(issue.issue_json, '公报期号') } : null;
      gazettes.set(row.gazette_id, gazette);
    }
    yield indexableOf(source, source.decode(row), gazette);
  }
}

function indexableOf(source: FeedSource, document: GazetteDocument, gazette: IndexableContext['gazette']): IndexableDocument {
  const { repealers, extenders } = source.refs.actingOn(document);
  const repealedOn = repealers.map((r) => r.date).filter((d): d is string => !!d).sort()[0];
  // A notice extending its term moves the last day the filters see, as validityStatus reads it.
  const term = extendedTerm(document.validity.expiresOn, extenders);
  return toIndexable(document, { gazette, repealedOn, ...(term.by ? { expiresOn: term.expiresOn ?? null } : {}) });
}

/**
 * Reads the paragraph texts of a stored document by id: what the SQLite search index cuts
 * passages from (the store keeps the only copy).
 */
export function paragraphTextsReader(db: Database.Database): (id: string) => string[] | undefined {
  const select = db.prepare<[string], { record_json: Buffer | string; paragraphs: Buffer | null; checksum: number | null }>(
    'SELECT record_json, paragraphs, checksum FROM documents WHERE id = ?',
  );
  return (id) => {
    const row = select.get(id);
    if (row && !documentIntact(row)) throw storeCorrupt(db.name, { document: id });
    return row && decodeParagraphTexts(row.record_json, row.paragraphs);
  };
}
