/**
 * @module store/sqlite/maintenance
 * Checking and rebuilding the store: `gazette check [--repair]` and `gazette reindex`.
 *
 * A rebuild runs in one write transaction: readers (the server, in another process or on
 * another connection) keep the index as it was until the commit switches them to the new one
 * at once, so a polling client never sees a half-built index (before: total 0 for 6.7 s, then
 * 38…181 before 250 again); a failure — a full disk — rolls back to the old index, and the
 * error says how much room the rebuild needs. A check never crashes on a damaged file: each
 * step that cannot read reports what it could not read.
 */
import fs from 'node:fs';
import path from 'node:path';
import type Database from 'better-sqlite3';
import { GazetteError } from '../../errors';
import type { CheckReport, DamagedTable } from '../gazette-store';
import type { IndexableDocument } from '../search-backend';
import { documentIntact } from './checksum';
import { alteredDuties } from './duty-rows';
import { alteredGazettes } from './deep-probe';
import type { SyncSearchIndex } from './sync-index';
import type { Sql } from './sql';
import { isFull } from './write-lock';

export interface MaintenanceContext {
  db: Database.Database;
  /** The store file, for messages. */
  path: string;
  sql: Sql;
  index: SyncSearchIndex;
  /** Index rows built from the stored documents (all, or these ids). */
  indexable: (ids?: string[]) => Iterable<IndexableDocument>;
  /** Runs a write transaction (write-lock.ts). */
  inWrite: <T>(work: () => T) => T;
}

/** Documents indexed per statement batch during a rebuild (progress is reported per batch). */
const REBUILD_BATCH = 200;

const mb = (bytes: number) => Math.ceil(bytes / 1024 / 1024);

/** Bytes the search index takes now (dbstat), else the whole file. */
function indexBytes(ctx: MaintenanceContext): number {
  try {
    const bytes = ctx.db.prepare("SELECT sum(pgsize) FROM dbstat WHERE name LIKE 'search%' OR name LIKE 'fake_index%'").pluck().get() as number | null;
    if (bytes) return bytes;
  } catch {
    // dbstat missing from this build of SQLite: fall back to the file's size
  }
  try {
    return fs.statSync(ctx.path).size;
  } catch {
    return 0;
  }
}

/** Free bytes on the store's disk, when the system says. */
function freeBytes(file: string): number | undefined {
  try {
    const stat = fs.statfsSync(path.dirname(path.resolve(file)));
    return stat.bavail * stat.bsize;
  } catch {
    return undefined;
  }
}

/**
 * The DISK_FULL error of a rebuild: the old index is kept; a rebuild writes the new index
 * beside the old one in the log (WAL) before the old one's pages are freed, so it needs about
 * twice the index's size free.
 */
function rebuildDiskFull(ctx: MaintenanceContext, needed: number, error: unknown): GazetteError {
  const free = freeBytes(ctx.path);
  const freeText = free === undefined ? '' : `，现有 ${mb(free)} MB`;
  return new GazetteError(
    'DISK_FULL',
    `磁盘空间不足，重建 ${ctx.path} 的索引需要约 ${mb(needed)} MB 可用空间${freeText}；原索引保持不变，可照常检索。请腾出空间后重试 ` +
      `(disk full: the rebuild needs about ${mb(needed)} MB free; the old index is kept)`,
    { cause: error, details: { neededBytes: needed, ...(free === undefined ? {} : { freeBytes: free }) } },
  );
}

/**
 * Rebuilds the whole index from the stored documents in one transaction.
 *
 * @example rebuildIndex(ctx, (done, total) => bar.update(done)) // → { documents: 1326, indexed: 1326 }
 */
export function rebuildIndex(ctx: MaintenanceContext, onProgress?: (done: number, total: number) => void): { documents: number; indexed: number } {
  const needed = 2 * indexBytes(ctx);
  try {
    return ctx.inWrite(() => {
      const total = ctx.sql('SELECT count(*) FROM documents').pluck().get() as number;
      ctx.index.removeSync(ctx.index.indexedIds());
      ctx.index.setBulkLoad(true);
      let done = 0;
      let batch: IndexableDocument[] = [];
      const flush = () => {
        ctx.index.upsertSync(batch);
        done += batch.length;
        batch = [];
        onProgress?.(done, total);
      };
      for (const doc of ctx.indexable()) {
        batch.push(doc);
        if (batch.length >= REBUILD_BATCH) flush();
      }
      if (batch.length > 0) flush();
      // One merge at the end, inside the transaction: the new index is switched in whole.
      ctx.index.setBulkLoad(false, true);
      return { documents: total, indexed: ctx.index.indexedIds().length };
    });
  } catch (error) {
    const cause = (error as { cause?: unknown }).cause ?? error;
    if (isFull(error) || isFull(cause) || (error as { code?: string }).code === 'DISK_FULL') throw rebuildDiskFull(ctx, needed, error);
    throw error;
  }
}

function message(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

/** Rows of a table read before any damage stops the scan, and whether it read to the end. */
function readableRows(db: Database.Database, table: string): { rows: number; complete: boolean } {
  let rows = 0;
  try {
    for (const _row of db.prepare(`SELECT rowid FROM "${table.replace(/"/g, '""')}"`).pluck().iterate()) rows += 1;
    return { rows, complete: true };
  } catch {
    return { rows, complete: false };
  }
}

/**
 * The damaged tables: each table is checked on its own (`integrity_check(table)`), so one
 * unreadable page does not hide which tables are sound; each damaged one with the rows a scan
 * still reads.
 */
function damagedTables(ctx: MaintenanceContext): DamagedTable[] {
  let tables: string[];
  try {
    tables = ctx.db.prepare("SELECT name FROM sqlite_schema WHERE type = 'table' AND sql NOT LIKE 'CREATE VIRTUAL%'").pluck().all() as string[];
  } catch (error) {
    return [{ table: 'sqlite_schema', problem: `数据库结构表无法读取 (schema unreadable): ${message(error)}` }];
  }
  const damaged: DamagedTable[] = [];
  for (const table of tables) {
    let problems: string[];
    try {
      problems = (ctx.db.pragma(`integrity_check("${table.replace(/"/g, '""')}")`) as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    } catch (error) {
      problems = [message(error)];
    }
    if (problems.length === 1 && problems[0] === 'ok') continue;
    const { rows, complete } = readableRows(ctx.db, table);
    const scan = complete ? `可读 ${rows} 行` : `读到 ${rows} 行后出错`;
    damaged.push({ table, rows, problem: `${problems.length} 处问题（${scan}），例如：${problems[0]}` });
  }
  return damaged;
}

/** Ids of the documents whose stored bytes no longer match their checksum, or unreadable. */
function corruptDocuments(ctx: MaintenanceContext): string[] {
  const out: string[] = [];
  const rows = ctx.sql('SELECT id, record_json, paragraphs, checksum FROM documents').iterate() as Iterable<{
    id: string;
    record_json: Buffer | string;
    paragraphs: Buffer | null;
    checksum: number | null;
  }>;
  for (const row of rows) if (!documentIntact(row)) out.push(row.id);
  return out;
}

/**
 * Integrity, damaged tables (with how many rows still read), documents whose bytes changed,
 * and index coverage; `repair` re-indexes what is missing and drops orphans (one transaction).
 */
export function checkStore(ctx: MaintenanceContext, repair: boolean): CheckReport {
  let integrity: string[];
  try {
    integrity = (ctx.db.pragma('integrity_check') as Array<{ integrity_check: string }>).map((row) => row.integrity_check);
    const foreignKeys = ctx.db.pragma('foreign_key_check') as Array<{ table: string; rowid: number; parent: string }>;
    for (const problem of foreignKeys) integrity.push(`foreign key: ${problem.table} row ${problem.rowid} → ${problem.parent}`);
  } catch (error) {
    integrity = [`数据库文件损坏，无法完成完整性检查 (integrity check failed): ${message(error)}`];
  }
  const integrityOk = integrity.length === 1 && integrity[0] === 'ok';
  const damaged = integrityOk ? [] : damagedTables(ctx);
  const unreadable = (what: string, error: unknown) => damaged.push({ table: what, problem: `无法读取 (unreadable): ${message(error)}` });
  let corrupt: string[] = [];
  let documentIds: string[] = [];
  let indexedIds: string[] = [];
  try {
    corrupt = corruptDocuments(ctx);
    documentIds = ctx.sql('SELECT id FROM documents').pluck().all() as string[];
  } catch (error) {
    unreadable('documents', error);
  }
  try {
    // Their duties, in a table of their own since schema step 12, against their row's checksum.
    for (const id of alteredDuties(ctx.sql)) if (!corrupt.includes(id)) corrupt.push(id);
  } catch (error) {
    // A duties table SQLite already finds damaged is reported by table above.
    if (!damaged.some((table) => table.table === 'duties')) unreadable('duties', error);
  }
  try {
    const gazettes = alteredGazettes(ctx.db);
    if (gazettes.length > 0) damaged.push({ table: 'gazettes', problem: `${gazettes.length} 期公报的存储内容与校验值不符：${gazettes.slice(0, 5).join(', ')}` });
  } catch (error) {
    unreadable('gazettes', error);
  }
  try {
    indexedIds = ctx.index.indexedIds();
  } catch (error) {
    unreadable('search index', error);
  }
  const indexed = new Set(indexedIds);
  const stored = new Set(documentIds);
  const missingFromIndex = documentIds.filter((id) => !indexed.has(id));
  const orphansInIndex = indexedIds.filter((id) => !stored.has(id));
  const sound = damaged.length === 0 && corrupt.length === 0;
  let repaired = false;
  // A damaged file is not repaired by re-indexing it: the index would be rebuilt from what may
  // be altered text. The report says what is damaged; restoring a copy is the operator's call.
  if (repair && sound && (missingFromIndex.length > 0 || orphansInIndex.length > 0)) {
    ctx.inWrite(() => {
      if (orphansInIndex.length > 0) ctx.index.removeSync(orphansInIndex);
      const docs = [...ctx.indexable(missingFromIndex)];
      if (docs.length > 0) ctx.index.upsertSync(docs);
    });
    repaired = true;
  }
  const indexOk = repaired || (missingFromIndex.length === 0 && orphansInIndex.length === 0);
  return {
    ok: integrityOk && sound && indexOk,
    integrity,
    documents: documentIds.length,
    indexed: repaired ? ctx.index.indexedIds().length : indexedIds.length,
    missingFromIndex,
    orphansInIndex,
    repaired,
    damaged,
    corruptDocuments: corrupt,
  };
}
