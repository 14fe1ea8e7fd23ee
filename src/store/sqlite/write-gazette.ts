/**
 * @module store/sqlite/write-gazette
 * The rows of one gazette: the gazette and its source, contents, documents (columns for joins,
 * compressed record and paragraph texts), references and their target nodes, duties, their
 * sentences and units. Runs inside the store's transaction, on its connection; the search
 * index rows are the store's (sqlite-store.ts), which it gives what changed.
 */
import type { GazetteDocument, GazetteIssue, GazetteRecord } from '../../model';
import { titleKey } from '../../text/book-titles';
import type { PutOptions, PutResult, ReplacedGazette } from '../gazette-store';
import { documentChecksum, dutiesChecksum, gazetteChecksum, type DutyRowValues } from './checksum';
import { dutyValues, writtenUnit } from './duty-rows';
import { encodeDocument } from './document-codec';
import { checkDocumentMove, gazettesReplaced } from './identity';
import { issuedKey } from './numberless-documents';
import { shownPath } from '../shown-path';
import { textValue } from './row-values';
import type { PreparedDocumentRows, PreparedRows } from './prepare-rows';
import type { Sql } from './sql';


/** What writing a gazette changed, for the search index. */
export interface GazetteWrite {
  result: PutResult;
  /** The documents stored, by id. */
  fresh: Map<string, GazetteDocument>;
  /** Keys of the reference nodes whose repeal status may have moved. */
  repealTargets: Set<string>;
  /** Ids of documents no longer stored. */
  removed: string[];
}

/** What deleted documents pointed at, and so what their deletion may leave unreferenced. */
export interface Footprint {
  nodeIds: Set<number>;
  unitIds: Set<string>;
}

/** Key of a reference target node: its canonical number, else its title's key (book-titles.ts; documents.title_key holds the same). */
function nodeKey(reference: { docNumber?: string; title?: string }): string | undefined {
  if (reference.docNumber) return `n:${reference.docNumber}`;
  if (reference.title) return `t:${titleKey(reference.title)}`;
  return undefined;
}

/**
 * Writes the rows of one gazette (inside the caller's transaction): replaces the stored
 * versions of itself (identity.ts: never another gazette that merely shares a file name),
 * stores its documents (a document stored under another gazette moves here: the newest copy
 * wins; a record left without documents by that is replaced too), and removes what the
 * replaced rows alone pointed at. Throws REPLACE_REFUSED, before writing anything, for a
 * replacement that looks like a different gazette unless `options.replace`.
 * The search index is the caller's: it gets `fresh`, `repealTargets` and `removed`.
 */
export function writeGazette(sql: Sql, record: GazetteRecord, rows: PreparedRows | undefined, ingestedAt: string, options: PutOptions = {}): GazetteWrite {
  const previous: ReplacedGazette[] = gazettesReplaced(sql, record, options.replace ?? false);
  const old = deleteGazettes(sql, previous.map((row) => row.gazetteId));

  const issue = record.issue;
  const contents = JSON.stringify(record.contents);
  const messages = JSON.stringify(record.messages);
  const issueJson = issue ? JSON.stringify(issue) : null;
  sql(
    `INSERT INTO gazettes (id, kind, name, county, year, issue, total_issue, published_on, publisher,
       contents_json, messages_json, issue_json, checksum)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.id,
    record.kind,
    issue?.name ?? null,
    issue?.county ?? null,
    issue?.year ?? null,
    issue?.issue ?? null,
    issue?.totalIssue ?? null,
    issue?.publishedOn ?? null,
    issue?.publisher ?? null,
    contents,
    messages,
    issueJson,
    gazetteChecksum(contents, messages, issueJson),
  );
  sql(
    `INSERT INTO sources (sha256, path, format, encoding, ocr, bytes, ingested_at, gazette_id)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
  ).run(
    record.source.sha256,
    record.source.path,
    record.source.format,
    record.source.encoding ?? null,
    record.source.ocr ? 1 : 0,
    record.source.bytes ?? null,
    ingestedAt,
    record.id,
  );
  record.contents.forEach((entry, ordinal) => {
    sql(
      `INSERT INTO contents (gazette_id, ordinal, section, title, doc_number, doc_number_raw, page, document_id)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(record.id, ordinal, entry.section ?? null, entry.title, entry.docNumber ?? null, entry.docNumberRaw ?? null, entry.page ?? null, entry.documentId ?? null);
  });

  const fresh = new Map<string, GazetteDocument>();
  const repealTargets = new Set<string>(old.repealTargets);
  const footprint = old.footprint;
  /** Units already in `units` (or written by this gazette): each is inserted once. */
  const unitIds = new Set<string>(footprint.unitIds);
  /** Gazettes a document moved away from: replaced too when left with none. */
  const movedFrom = new Map<string, { path: string; moved: number }>();
  for (const document of record.documents) {
    if (fresh.has(document.id)) continue; // the pipeline gave two bodies one id: keep the first
    // The same document published again (e.g. reprinted in a later issue): the newest copy wins.
    const elsewhere = sql(
      'SELECT d.gazette_id, d.title, d.issuing_body, s.path FROM documents d JOIN sources s ON s.gazette_id = d.gazette_id WHERE d.id = ?',
    ).get(document.id) as { gazette_id: string; title: string; issuing_body: string | null; path: string } | undefined;
    if (elsewhere) {
      checkDocumentMove(record, elsewhere, document, options.replace ?? false);
      const from = movedFrom.get(elsewhere.gazette_id) ?? { path: elsewhere.path, moved: 0 };
      movedFrom.set(elsewhere.gazette_id, { path: from.path, moved: from.moved + 1 });
      for (const target of repealTargetsOf(sql, [document.id])) repealTargets.add(target);
      addFootprint(sql, [document.id], footprint);
      sql('DELETE FROM documents WHERE id = ?').run(document.id);
    }
    fresh.set(document.id, document);
    insertDocument(sql, document, issue, record.id, repealTargets, unitIds, rows?.documents[document.id]);
  }
  cleanupOrphans(sql, footprint);
  const replaced = [...previous, ...emptied(sql, movedFrom, record.id)];
  const removed = old.documentIds.filter((id) => !fresh.has(id));
  return {
    result: {
      status: replaced.length > 0 ? 'replaced' : 'stored',
      gazetteId: record.id,
      documents: fresh.size,
      ...(replaced.length > 0 ? { replacedSource: replaced[0].path, replaced } : {}),
    },
    fresh,
    repealTargets,
    removed,
  };
}

/** One document's row, then its references and duties. */
function insertDocument(
  sql: Sql,
  document: GazetteDocument,
  issue: GazetteIssue | null,
  gazetteId: string,
  repealTargets: Set<string>,
  unitIds: Set<string>,
  prepared: PreparedDocumentRows | undefined,
): void {
  const county = document.county ?? issue?.county ?? null;
  const year = document.date ? Number(document.date.slice(0, 4)) : issue?.year;
  const encoded = prepared ?? encodeDocument(document);
  const duties = document.duties.map((duty) => dutyValues(duty, document.paragraphs[duty.paragraph]?.text));
  // A document's number (schema step 11), which its duties and references name it by: one more than the largest.
  const { no } = sql(
    `INSERT INTO documents (id, gazette_id, ordinal, doc_number, doc_number_raw, issuing_body, title, date, year,
       county, type, publicity, effective_from, expires_on, page, record_json, paragraphs, checksum, duties_checksum, title_key, issued_key, no)
     VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(no), 0) + 1 FROM documents))
     RETURNING no`,
  ).get(
    document.id,
    gazetteId,
    document.ordinal,
    document.docNumber ?? null,
    document.docNumberRaw ?? null,
    document.issuingBody ?? null,
    document.title,
    document.date ?? null,
    year !== undefined && Number.isFinite(year) ? year : null,
    county,
    document.type ?? null,
    document.publicity ?? null,
    document.validity.effectiveFrom ?? null,
    document.validity.expiresOn ?? null,
    document.page ?? null,
    encoded.record,
    encoded.paragraphs,
    documentChecksum(encoded.record, encoded.paragraphs),
    // The record keeps only how many duties (schema step 12): a read checks their rows, written below, against this.
    dutiesChecksum(duties),
    // What a reference or a lookup names it by (schema step 15).
    titleKey(document.title),
    // The name it issues, that a reference by an unknown number may give it (schema step 16).
    issuedKey(document),
  ) as { no: number };
  insertReferences(sql, document, no, repealTargets);
  insertDuties(sql, document, duties, no, county, unitIds);
}

/**
 * The document's references, each to its target node (created once per number or title) and
 * its sentence (stored once per document, schema step 8); repeals add the node to `repealTargets`.
 */
function insertReferences(sql: Sql, document: GazetteDocument, documentNo: number, repealTargets: Set<string>): void {
  const sentenceIds = new Map<string, number | bigint>();
  document.references.forEach((reference, ordinal) => {
    const key = nodeKey(reference);
    if (!key) return; // a reference with neither number nor title names nothing to link to
    sql('INSERT OR IGNORE INTO ref_nodes (key, doc_number, title, level) VALUES (?, ?, ?, ?)').run(
      key,
      reference.docNumber ?? null,
      reference.docNumber ? (reference.title ?? null) : titleKey(reference.title ?? ''),
      reference.level ?? null,
    );
    const node = sql('SELECT id, title FROM ref_nodes WHERE key = ?').get(key) as { id: number; title: string | null };
    if (!node.title && reference.title) sql('UPDATE ref_nodes SET title = ? WHERE id = ?').run(reference.title, node.id);
    let sentenceId = sentenceIds.get(reference.sentence);
    if (sentenceId === undefined) {
      sentenceId = sql('INSERT INTO ref_sentences (document_no, sentence) VALUES (?, ?)').run(documentNo, textValue(reference.sentence)).lastInsertRowid;
      sentenceIds.set(reference.sentence, sentenceId);
    }
    sql(
      `INSERT INTO doc_references (document_no, ordinal, relation, node_id, to_number, to_number_raw, to_title, level, sentence_id, paragraph)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      documentNo,
      ordinal,
      reference.relation,
      node.id,
      reference.docNumber ?? null,
      reference.docNumberRaw ?? null,
      reference.title ?? null,
      reference.level ?? null,
      sentenceId,
      reference.paragraph,
    );
    // A repeal or an extension moves its target's status: the target is indexed again.
    if (reference.relation === 'repeals' || reference.relation === 'extends') repealTargets.add(key);
  });
}

/**
 * The document's duties, their rows' `values` (duty-rows.ts: a sentence as where it stands in its
 * paragraph, a matter in its sentence), each unit inserted once (`unitIds`: those already there)
 * with the written form as an alias when it differs from the name.
 */
function insertDuties(sql: Sql, document: GazetteDocument, values: DutyRowValues[], documentNo: number, county: string | null, unitIds: Set<string>): void {
  document.duties.forEach((duty, ordinal) => {
    let name: string | undefined;
    if (duty.unitId) {
      const colon = duty.unitId.indexOf(':');
      name = colon >= 0 ? duty.unitId.slice(colon + 1) : duty.unitId;
      if (!unitIds.has(duty.unitId)) {
        const unitCounty = colon >= 0 ? duty.unitId.slice(0, colon) : county;
        // A unit's number (schema step 7) is its own column: one more than the largest.
        sql('INSERT OR IGNORE INTO units (id, county, name, no) VALUES (?, ?, ?, (SELECT coalesce(max(no), 0) + 1 FROM units))').run(
          duty.unitId,
          unitCounty || null,
          name,
        );
        unitIds.add(duty.unitId);
      }
      // A new written form only adds an alias; forms that went away are dropped by cleanupOrphans.
      if (duty.unit !== name) sql('INSERT OR IGNORE INTO unit_aliases (unit_id, alias) VALUES (?, ?)').run(duty.unitId, duty.unit);
    }
    const row = values[ordinal];
    sql(
      `INSERT INTO duties (document_no, ordinal, unit_no, unit, role, paragraph, sentence, sentence_at, sentence_length, matter, matter_at, matter_length)
       VALUES (?, ?, (SELECT no FROM units WHERE id = ?), ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    ).run(
      documentNo,
      ordinal,
      row.unit_id,
      duty.unit === name ? null : duty.unit,
      row.role,
      row.paragraph,
      typeof row.sentence === 'string' ? textValue(row.sentence) : row.sentence,
      row.sentence_at,
      row.sentence_length,
      typeof row.matter === 'string' ? textValue(row.matter) : row.matter,
      row.matter_at,
      row.matter_length,
    );
  });
}

/**
 * Records left without documents because every one moved to the new record: a single page or
 * law published again. Their rows go; a gazette issue stays (its contents still say what it
 * published).
 */
function emptied(sql: Sql, movedFrom: Map<string, { path: string; moved: number }>, newId: string): ReplacedGazette[] {
  const out: ReplacedGazette[] = [];
  for (const [id, { path, moved }] of movedFrom) {
    if (id === newId || sql('SELECT 1 FROM documents WHERE gazette_id = ? LIMIT 1').get(id)) continue;
    const stored = sql('SELECT issue FROM gazettes WHERE id = ?').get(id) as { issue: number | null } | undefined;
    if (!stored || stored.issue !== null) continue;
    sql('DELETE FROM gazettes WHERE id = ?').run(id);
    out.push({ gazetteId: id, path: shownPath(path), documents: moved, why: 'same-documents' });
  }
  return out;
}

/** The numbers of the documents whose ids are the JSON array bound to it (schema step 11). */
const documentNos = 'SELECT no FROM documents WHERE id IN (SELECT value FROM json_each(?))';

/** Node keys that these documents repeal or extend: their status moves when these go. */
function repealTargetsOf(sql: Sql, documentIds: string[]): string[] {
  if (documentIds.length === 0) return [];
  const rows = sql(
    `SELECT DISTINCT n.key FROM doc_references r JOIN ref_nodes n ON n.id = r.node_id
     WHERE r.relation IN ('repeals', 'extends') AND r.document_no IN (${documentNos})`,
  ).all(JSON.stringify(documentIds)) as Array<{ key: string }>;
  return rows.map((row) => row.key);
}

/** Deletes gazettes with all their rows; returns what the caller must re-derive. */
export function deleteGazettes(sql: Sql, ids: string[]): { documentIds: string[]; repealTargets: string[]; footprint: Footprint } {
  const documentIds: string[] = [];
  for (const id of new Set(ids)) {
    const rows = sql('SELECT id FROM documents WHERE gazette_id = ?').all(id) as Array<{ id: string }>;
    documentIds.push(...rows.map((row) => row.id));
  }
  const repealTargets = repealTargetsOf(sql, documentIds);
  const footprint: Footprint = { nodeIds: new Set(), unitIds: new Set() };
  addFootprint(sql, documentIds, footprint);
  for (const id of new Set(ids)) sql('DELETE FROM gazettes WHERE id = ?').run(id);
  return { documentIds, repealTargets, footprint };
}

/** Adds the reference nodes and units these documents point at (read before deleting them). */
function addFootprint(sql: Sql, documentIds: string[], footprint: Footprint): void {
  if (documentIds.length === 0) return;
  const ids = JSON.stringify(documentIds);
  const nodes = sql(`SELECT DISTINCT node_id FROM doc_references WHERE document_no IN (${documentNos})`).pluck().all(ids) as number[];
  for (const node of nodes) footprint.nodeIds.add(node);
  const units = sql(`SELECT DISTINCT u.id FROM duties t JOIN units u ON u.no = t.unit_no WHERE t.document_no IN (${documentNos})`)
    .pluck()
    .all(ids) as string[];
  for (const unit of units) footprint.unitIds.add(unit);
}

/**
 * Removes the nodes and units of a removal's footprint that nothing points at any more, and
 * rebuilds the aliases of its units. Only what deleted documents pointed at can be orphaned
 * (writing never leaves a node or unit unreferenced): checking every node and every touched
 * unit after each gazette made ingestion quadratic — 37 of 296 s at 1000× the samples.
 */
export function cleanupOrphans(sql: Sql, footprint: Footprint): void {
  for (const node of footprint.nodeIds) {
    sql('DELETE FROM ref_nodes WHERE id = ? AND NOT EXISTS (SELECT 1 FROM doc_references WHERE node_id = ?)').run(node, node);
  }
  for (const unitId of footprint.unitIds) {
    const unit = sql('SELECT name, no FROM units WHERE id = ?').get(unitId) as { name: string; no: number } | undefined;
    if (!unit) continue;
    const forms = sql(`SELECT DISTINCT ${writtenUnit} AS unit FROM duties t JOIN units u ON u.no = t.unit_no WHERE t.unit_no = ?`).all(unit.no) as Array<{ unit: string }>;
    if (forms.length === 0) {
      sql('DELETE FROM units WHERE id = ?').run(unitId);
      continue;
    }
    sql('DELETE FROM unit_aliases WHERE unit_id = ?').run(unitId);
    for (const form of forms) {
      if (form.unit !== unit.name) sql('INSERT OR IGNORE INTO unit_aliases (unit_id, alias) VALUES (?, ?)').run(unitId, form.unit);
    }
  }
}
