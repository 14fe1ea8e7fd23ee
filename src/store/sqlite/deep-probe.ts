/**
 * @module store/sqlite/deep-probe
 * Reads the whole store once: SQLite's quick_check over every page, and every document's
 * and gazette's checksum (checksum.ts), and documents' duties against theirs (duty-rows.ts). Run on the probe thread (probe-worker.ts), or inline for a store in
 * memory.
 */
import type Database from 'better-sqlite3';
import { documentIntact, gazetteIntact } from './checksum';
import { alteredDuties } from './duty-rows';

/** quick_check reports at most this many problems: one is enough to say "degraded". */
const PROBE_PROBLEMS = 5;

/** Problems found, in Chinese (empty: the file reads whole). */
export function deepProbe(db: Database.Database): string[] {
  const problems: string[] = [];
  try {
    const rows = db.pragma(`quick_check(${PROBE_PROBLEMS})`) as Array<{ quick_check: string }>;
    if (!(rows.length === 1 && rows[0].quick_check === 'ok')) problems.push(`数据页损坏：${rows[0]?.quick_check ?? '?'}`);
  } catch (error) {
    problems.push(`数据页损坏，无法完成检查：${(error as Error).message}`);
  }
  try {
    let altered = 0;
    const rows = db.prepare('SELECT record_json, paragraphs, checksum FROM documents').iterate() as Iterable<{
      record_json: Buffer | string;
      paragraphs: Buffer | null;
      checksum: number | null;
    }>;
    for (const row of rows) if (!documentIntact(row)) altered += 1;
    if (altered > 0) problems.push(`${altered} 篇公文的存储内容与校验值不符`);
  } catch (error) {
    problems.push(`公文表无法完整读取：${(error as Error).message}`);
  }
  try {
    const statements = new Map<string, Database.Statement>();
    const sql = (source: string) => statements.get(source) ?? statements.set(source, db.prepare(source)).get(source)!;
    const altered = alteredDuties(sql).length;
    if (altered > 0) problems.push(`${altered} 篇公文的职责与校验值不符`);
  } catch (error) {
    problems.push(`职责表无法完整读取：${(error as Error).message}`);
  }
  try {
    const altered = alteredGazettes(db).length;
    if (altered > 0) problems.push(`${altered} 期公报的存储内容与校验值不符`);
  } catch (error) {
    problems.push(`公报表无法完整读取：${(error as Error).message}`);
  }
  return problems;
}

/** Ids of the gazettes whose JSON columns no longer match their checksum (`gazette check` lists them too). */
export function alteredGazettes(db: Database.Database): string[] {
  const rows = db.prepare('SELECT id, contents_json, messages_json, issue_json, checksum FROM gazettes').iterate() as Iterable<{
    id: string;
    contents_json: string;
    messages_json: string;
    issue_json: string | null;
    checksum: number | null;
  }>;
  const out: string[] = [];
  for (const row of rows) if (!gazetteIntact(row)) out.push(row.id);
  return out;
}
