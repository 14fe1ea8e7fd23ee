/**
 * @module store/sqlite/identity
 * What a new record may replace. A gazette or document is replaced only by a newer version of
 * itself — the same issue of the same gazette (its id), the same file read again with mostly
 * the same documents, or the same document (number of the same issuer) published again —
 * never because two files share a name: two uploads named 公报.txt, or `gazette.txt` in two
 * folders, are two gazettes. A replacement that looks like a different gazette (another
 * county, another issue, most documents different) is refused unless the caller insists.
 */
import type { GazetteRecord } from '../../model';
import { GazetteError } from '../../errors';
import { compact } from '../../text/normalize';
import { titleKey } from '../../text/book-titles';
import type { ReplacedGazette } from '../gazette-store';
import { shownPath } from '../shown-path';
import type Database from 'better-sqlite3';

/** A prepared-statement cache over the store's connection (as write-gazette passes it). */
type Sql = (source: string) => Database.Statement;

/** A stored gazette as identity checks see it. */
interface StoredGazette {
  id: string;
  kind: string;
  county: string | null;
  year: number | null;
  issue: number | null;
  path: string;
  titles: string[];
  documentIds: string[];
}

/** Fewer shared documents than this share of the stored ones: most documents are different. */
const SAME_DOCUMENTS_SHARE = 0.5;
/** Bigram overlap (Dice) under which two titles of one document number name different documents. */
const SAME_TITLE_SIMILARITY = 0.5;

function storedGazettes(sql: Sql, where: string, value: string): StoredGazette[] {
  const rows = sql(
    `SELECT g.id, g.kind, g.county, g.year, g.issue, s.path FROM gazettes g JOIN sources s ON s.gazette_id = g.id WHERE ${where}`,
  ).all(value) as Array<Omit<StoredGazette, 'titles' | 'documentIds'>>;
  return rows.map((row) => {
    const documents = sql('SELECT id, title FROM documents WHERE gazette_id = ?').all(row.id) as Array<{ id: string; title: string }>;
    return { ...row, titles: documents.map((d) => titleKey(d.title)), documentIds: documents.map((d) => d.id) };
  });
}

/** How the record differs from a stored gazette, in words for the refusal (empty: it is the same). */
function differences(stored: StoredGazette, record: GazetteRecord): string[] {
  const reasons: string[] = [];
  const county = record.issue?.county ?? record.documents.find((d) => d.county)?.county;
  if (stored.county && county && stored.county !== county) reasons.push(`县不同（已存 ${stored.county}，新文件 ${county}）`);
  if (record.issue && stored.issue !== null && (stored.issue !== record.issue.issue || stored.year !== record.issue.year)) {
    reasons.push(`期号不同（已存 ${stored.year}年第${stored.issue}期，新文件 ${record.issue.year}年第${record.issue.issue}期）`);
  }
  if (stored.documentIds.length > 0) {
    const ids = new Set(record.documents.map((d) => d.id));
    const titles = new Set(record.documents.map((d) => titleKey(d.title)));
    const shared = stored.documentIds.filter((id, i) => ids.has(id) || titles.has(stored.titles[i])).length;
    if (shared < stored.documentIds.length * SAME_DOCUMENTS_SHARE) {
      reasons.push(`多数公文不同（已存 ${stored.documentIds.length} 篇中只有 ${shared} 篇相同）`);
    }
  }
  return reasons;
}

function describe(stored: Pick<StoredGazette, 'county' | 'year' | 'issue' | 'path'>): string {
  const issue = stored.issue !== null ? `${stored.county ?? ''}${stored.year}年第${stored.issue}期` : (stored.county ?? '单篇公文');
  return `${shownPath(stored.path)}（${issue}）`;
}

function refuse(record: GazetteRecord, what: string, reasons: string[]): never {
  throw new GazetteError(
    'REPLACE_REFUSED',
    `${shownPath(record.source.path)}: 与已存的 ${what} 标识相同，但${reasons.join('、')}，为防误删未替换；确认要替换请用命令行 gazette ingest --replace ` +
      '(refused: this would replace a stored gazette that looks different; pass --replace to replace it)',
    { details: { parameter: 'replace' } },
  );
}

/**
 * The stored gazettes the record replaces as a whole: the one with its id (refused when it
 * looks like another gazette, unless `replace`), and those read from the same path that it
 * resembles (same county and issue, most documents the same). Others at the same path stay.
 */
export function gazettesReplaced(sql: Sql, record: GazetteRecord, replace: boolean): ReplacedGazette[] {
  const replaced: ReplacedGazette[] = [];
  for (const stored of storedGazettes(sql, 'g.id = ?', record.id)) {
    const reasons = differences(stored, record);
    if (reasons.length > 0 && !replace) refuse(record, describe(stored), reasons);
    replaced.push({ gazetteId: stored.id, path: shownPath(stored.path), documents: stored.documentIds.length, why: 'same-issue' });
  }
  for (const stored of storedGazettes(sql, 's.path = ?', record.source.path)) {
    if (stored.id === record.id || differences(stored, record).length > 0) continue;
    replaced.push({ gazetteId: stored.id, path: shownPath(stored.path), documents: stored.documentIds.length, why: 'same-file' });
  }
  return replaced;
}

/** Character bigrams of a title, for comparing two titles of one number. */
function bigrams(text: string): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < text.length; i++) out.add(text.slice(i, i + 2));
  return out;
}

function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  if (x.size + y.size === 0) return 0;
  let shared = 0;
  for (const gram of x) if (y.has(gram)) shared += 1;
  return (2 * shared) / (x.size + y.size);
}

/**
 * Checks that a document stored under another record may move to this one: the same number
 * of the same issuer, and a title that is recognisably the same. Single documents and laws are
 * checked (a new version of a page replaces the old one); within a gazette issue the newest
 * copy of a reprinted document wins as before.
 */
export function checkDocumentMove(
  record: GazetteRecord,
  stored: { title: string; issuing_body: string | null; path: string },
  moving: { title: string; issuingBody?: string; docNumber?: string },
  replace: boolean,
): void {
  if (record.kind === 'gazette' || replace) return;
  const reasons: string[] = [];
  if (stored.issuing_body && moving.issuingBody && compact(stored.issuing_body) !== compact(moving.issuingBody)) {
    reasons.push(`发文机关不同（已存 ${stored.issuing_body}，新文件 ${moving.issuingBody}）`);
  }
  if (similarity(compact(stored.title), compact(moving.title)) < SAME_TITLE_SIMILARITY) {
    reasons.push(`标题不同（已存《${stored.title}》，新文件《${moving.title}》）`);
  }
  if (reasons.length > 0) refuse(record, `${shownPath(stored.path)} 中的 ${moving.docNumber ?? moving.title}`, reasons);
}
