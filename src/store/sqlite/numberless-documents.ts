/**
 * @module store/sqlite/numberless-documents
 * A stored document printed without its number — a page that lost the line, a notice shown from
 * its 主送 line on, a rule read alone — is still the document a reference names by number and
 * title (依据《陕西省政务信息资源共享管理办法》（陕政发〔2017〕34号）) when no stored document carries
 * that number: the reference's title is its title, or the name of what it issues (关于印发《X》的通知
 * issues X, and X is what others cite). Only one such document may answer, of the reference's
 * level when both are known (two counties' 关于印发《某县工作规则》的通知 answer no bare 《工作规则》).
 *
 * Looked up by index, not by reading titles: most numbers references cite are no stored
 * document's, so this runs for most references a graph shows. A title is asked by its key
 * (documents.title_key) and the name a document issues by its own key (documents.issued_key,
 * schema step 16, written with the row), both indexed. `title_key LIKE '%X%'` read every row
 * instead — title_key stands after the record and paragraphs, so the whole table: `refs` of a name
 * no document has took 16 ms in-process on 3,420 laws (main without this lookup 0.5, indexed 0.3),
 * `refs --depth 2` of a county notice 393 ms of CPU on 2,589 gazette documents (main 117, indexed
 * 112), growing with the store. A column, not an expression index: the name comes from the record
 * (instrumentTitle). Lookups are not cached within a graph: indexed, the graph runs 2.5% more
 * statements than without this lookup, at main's time.
 */
import type { Level } from '../../model';
import { titleKey } from '../../text/book-titles';
import { decodeDocumentHead } from './document-codec';
import type { DocumentRow } from './document-rows';
import type { Sql } from './sql';

/** The levels of a place (doc-number.ts); a document's level may be a law's 效力级别 instead, which says nothing of its place. */
const PLACE_LEVELS = new Set<string>(['national', 'provincial', 'city', 'county', 'township']);

/** What a notice's title says it issues when the record names no instrument (关于印发《X》的通知, a title written from the text). */
const ISSUED = /(?:印发|转发|批转|发布)《(.+)》的(?:通知|决定)$/;

/**
 * The one stored document that answers to `name` (a title as a reference or a user gives it): its
 * title, or its instrument's; of `level` when both it and the document have a place level. With
 * `numberless`, only documents stored without a number are asked (a reference's number is no
 * stored document's: those that have one are not it); else every one is, and two answers are none
 * (关于全面推进政务公开工作的实施意见 issued by a province and by one of its cities).
 *
 * @example
 * documentByName(sql, '陕西省政务信息资源共享管理办法', { numberless: true, level: 'provincial' })?.id // the 陕西 notice stored without 陕政发〔2017〕34号
 */
export function documentByName(sql: Sql, name: string, options: { numberless?: boolean; level?: Level | null } = {}): DocumentRow | undefined {
  const key = titleKey(name);
  if (!key) return undefined;
  const { numberless = false, level } = options;
  // Both keys are indexed (the OR reads the two indexes); +doc_number keeps the planner off the
  // number index, where most documents of a store of laws are NULL.
  const candidates = sql(
    `SELECT rowid AS row, record_json FROM documents WHERE (title_key = ? OR issued_key = ?)${numberless ? ' AND +doc_number IS NULL' : ''}`,
  ).all(key, key) as Array<{ row: number; record_json: Buffer | string }>;
  // The keys are the record's (written from it, schema step 16): only a level is left to read.
  const anyLevel = !level || level === 'unknown';
  const answers = anyLevel ? candidates : candidates.filter((candidate) => ofLevel(candidate.record_json, level));
  return answers.length === 1 ? (sql('SELECT * FROM documents WHERE rowid = ?').get(answers[0].row) as DocumentRow) : undefined;
}

/** True unless the record has a place level other than `level`. */
function ofLevel(record: Buffer | string, level: Level): boolean {
  const own = decodeDocumentHead(record).level;
  return !own || !PLACE_LEVELS.has(own) || own === level;
}

/** True when no stored document carries `docNumber`: a reference by it may then name a numberless one. */
export function numberUnknown(sql: Sql, docNumber: string): boolean {
  return sql('SELECT 1 FROM documents WHERE doc_number = ? LIMIT 1').get(docNumber) === undefined;
}

/** The name a notice's title says it issues (关于印发《X》的通知 → X), for a record that names no instrument. */
export function issuedName(title: string): string | undefined {
  return title.match(ISSUED)?.[1];
}

/** The key of the name a document issues (its instrument's, else its title's 关于印发《X》的通知 → X), or null: documents.issued_key. */
export function issuedKey(document: { title: string; instrumentTitle?: string }): string | null {
  const name = document.instrumentTitle ?? issuedName(document.title);
  return (name && titleKey(name)) || null;
}
