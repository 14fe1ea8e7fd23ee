/**
 * @module store/sqlite/numberless-documents
 * A stored document printed without its number — a page that lost the line, a notice shown from
 * its 主送 line on, a rule read alone — is still the document a reference names by number and
 * title (依据《陕西省政务信息资源共享管理办法》（陕政发〔2017〕34号）) when no stored document carries
 * that number: the reference's title is its title, or the name of what it issues (关于印发《X》的通知
 * issues X, and X is what others cite). Only one such document may answer, of the reference's
 * level when both are known (two counties' 关于印发《某县工作规则》的通知 answer no bare 《工作规则》).
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

/** Title candidates: at most this many rows are decoded to check their instrument's name. */
const CANDIDATES = 50;

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
  // The instrument's name stands inside the notice's title (关于印发《X》的通知): rows whose title key
  // holds the name are the candidates, checked on the decoded record.
  const like = `%${key.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = sql(
    `SELECT * FROM documents WHERE ${numberless ? 'doc_number IS NULL AND ' : ''}title_key LIKE ? ESCAPE '\\' LIMIT ${CANDIDATES}`,
  ).all(like) as DocumentRow[];
  const answers = rows.filter((row) => {
    const head = decodeDocumentHead(row.record_json);
    const instrument = head.instrumentTitle ?? issuedName(head.title);
    const named = titleKey(head.title) === key || (instrument !== undefined && titleKey(instrument) === key);
    const ownLevel = head.level && PLACE_LEVELS.has(head.level) ? head.level : undefined;
    return named && (!level || level === 'unknown' || !ownLevel || ownLevel === level);
  });
  return answers.length === 1 ? answers[0] : undefined;
}

/** True when no stored document carries `docNumber`: a reference by it may then name a numberless one. */
export function numberUnknown(sql: Sql, docNumber: string): boolean {
  return sql('SELECT 1 FROM documents WHERE doc_number = ? LIMIT 1').get(docNumber) === undefined;
}

/** The name a notice's title says it issues (关于印发《X》的通知 → X), for a record that names no instrument. */
export function issuedName(title: string): string | undefined {
  return title.match(ISSUED)?.[1];
}
