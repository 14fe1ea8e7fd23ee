/**
 * @module store/sqlite/store-faults
 * The errors a damaged or vanished store file gives, naming the store by its file name (never
 * a server's absolute path) and saying what to do.
 */
import path from 'node:path';
import { GazetteError } from '../../errors';

/** The row whose bytes no longer match their checksum. */
export type DamagedRow = { document: string } | { gazette: string };

/** A read found damaged bytes (a row's checksum mismatch, or SQLite's SQLITE_CORRUPT). */
export function storeCorrupt(storePath: string, row?: DamagedRow, cause?: unknown): GazetteError {
  const what = !row ? '数据页损坏' : 'document' in row ? `公文 ${row.document} 的存储内容与校验值不符` : `公报 ${row.gazette} 的存储内容与校验值不符`;
  return new GazetteError(
    'STORE_CORRUPT',
    `数据库 ${path.basename(storePath)} 已损坏（${what}），为免给出错误内容已停止作答；请运行 gazette check 查看损坏范围，并从备份恢复 ` +
      '(store damaged: run gazette check, restore from a backup)',
    cause === undefined ? {} : { cause },
  );
}

/** The code of a stored value that no longer reads (parseStored). */
const DAMAGED_VALUE = 'STORED_VALUE_DAMAGED';

/** True for SQLite's answers to a damaged file, and for a stored value that no longer parses. */
export function isCorruption(error: unknown): boolean {
  const code = String((error as { code?: unknown })?.code ?? '');
  return code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB' || code === DAMAGED_VALUE;
}

/**
 * A JSON value of the store without a checksum of its own (search fields, unit aliases): one that
 * no longer parses was altered on its page — answered as a damaged store (503), never a 500.
 */
export function parseStored<T>(json: string, what: string): T {
  try {
    return JSON.parse(json) as T;
  } catch (error) {
    throw Object.assign(new Error(`存储的${what}已损坏，无法解析 (stored ${what} no longer parses)`), { code: DAMAGED_VALUE, cause: error });
  }
}
