/**
 * @module store/sqlite/gazette-rows
 * Gazettes as the store reads them back: the summary of each (with its source and document
 * count), the list, and one gazette with its contents, documents and messages.
 */
import type { ContentsEntry, GazetteKind, Message, SourceFormat } from '../../model';
import type { GazetteDetail, GazetteSummary } from '../gazette-store';
import { gazetteIntact } from './checksum';
import { brief, briefColumns, undef, type DocumentRow } from './document-rows';
import type { Sql } from './sql';
import { parseStored } from './store-faults';

interface GazetteRow {
  id: string;
  kind: GazetteKind;
  name: string | null;
  county: string | null;
  year: number | null;
  issue: number | null;
  total_issue: number | null;
  published_on: string | null;
  publisher: string | null;
  contents_json: string;
  messages_json: string;
  issue_json: string | null;
  path: string;
  sha256: string;
  format: SourceFormat;
  ocr: number;
  ingested_at: string;
  document_count: number;
}

/** A gazette's row with its source and how many documents it holds. */
const SUMMARY_SELECT = `SELECT g.*, s.path, s.sha256, s.format, s.ocr, s.ingested_at,
     (SELECT count(*) FROM documents d WHERE d.gazette_id = g.id) AS document_count
   FROM gazettes g JOIN sources s ON s.gazette_id = g.id`;

/** One gazette's summary, or undefined when there is none of that id. */
export function gazetteSummary(sql: Sql, id: string): GazetteSummary | undefined {
  const row = sql(`${SUMMARY_SELECT} WHERE g.id = ?`).get(id) as GazetteRow | undefined;
  return row && summary(row);
}

/** Every gazette, by county, year and issue. */
export function listGazettes(sql: Sql): GazetteSummary[] {
  const rows = sql(`${SUMMARY_SELECT} ORDER BY g.county, g.year, g.issue, g.id`).all() as GazetteRow[];
  return rows.map(summary);
}

/**
 * One gazette with its contents, the briefs of its documents in order, and its messages;
 * `refuse` is called (and must throw) when the row's JSON no longer matches its checksum.
 */
export function getGazette(sql: Sql, id: string, refuse: (id: string) => never): GazetteDetail | undefined {
  const head = gazetteSummary(sql, id);
  if (!head) return undefined;
  const row = sql('SELECT contents_json, messages_json, issue_json, checksum FROM gazettes WHERE id = ?').get(id) as {
    contents_json: string;
    messages_json: string;
    issue_json: string | null;
    checksum: number | null;
  };
  if (!gazetteIntact(row)) refuse(id);
  const documents = sql(`SELECT ${briefColumns} FROM documents d WHERE d.gazette_id = ? ORDER BY d.ordinal`).all(id) as DocumentRow[];
  return {
    ...head,
    contents: JSON.parse(row.contents_json) as ContentsEntry[],
    documents: documents.map(brief),
    messages: JSON.parse(row.messages_json) as Message[],
  };
}

/** The last of issues printed together, kept in the issue's JSON only (合刊 are few). */
function lastIssueOf(issueJson: string | null): { lastIssue?: number } {
  if (!issueJson?.includes('"lastIssue"')) return {};
  const { lastIssue } = parseStored<{ lastIssue?: number }>(issueJson, '公报期号');
  return lastIssue ? { lastIssue } : {};
}

function summary(row: GazetteRow): GazetteSummary {
  return {
    id: row.id,
    kind: row.kind,
    name: undef(row.name),
    county: undef(row.county),
    year: undef(row.year),
    issue: undef(row.issue),
    ...lastIssueOf(row.issue_json),
    totalIssue: undef(row.total_issue),
    publishedOn: undef(row.published_on),
    publisher: undef(row.publisher),
    source: { path: row.path, sha256: row.sha256, format: row.format, ...(row.ocr ? { ocr: true } : {}) },
    documentCount: row.document_count,
    ingestedAt: row.ingested_at,
  };
}
