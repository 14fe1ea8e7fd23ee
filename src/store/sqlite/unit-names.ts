/**
 * @module store/sqlite/unit-names
 * Reads the store's unit tables for a search backend: what a unit as typed in a filter
 * (县人社局, or an id) stands for, and every alias seen (words the segmenter should keep whole).
 * Both backends expand `unit:` filters through here, so they agree. An index on a connection
 * without the store's tables (tests, an index on its own) gets undefined.
 */
import type Database from 'better-sqlite3';

function hasUnitTables(db: Database.Database): boolean {
  return db.prepare("SELECT count(*) FROM sqlite_master WHERE name IN ('units', 'unit_aliases')").pluck().get() === 2;
}

/**
 * The unit as typed and the canonical names it may stand for.
 *
 * @example unitNamesReader(db)?.('县人社局') // → ['县人社局', '县人力资源和社会保障局']
 */
export function unitNamesReader(db: Database.Database): ((unit: string) => string[]) | undefined {
  if (!hasUnitTables(db)) return undefined;
  const names = db
    .prepare<[string, string], string>('SELECT DISTINCT u.name FROM units u LEFT JOIN unit_aliases a ON a.unit_id = u.id WHERE a.alias = ? OR u.id = ?')
    .pluck();
  return (unit) => [...new Set([unit, ...names.all(unit, unit)])];
}

/** Every written form of a unit that differs from its canonical name. */
export function unitAliasesReader(db: Database.Database): (() => string[]) | undefined {
  if (!hasUnitTables(db)) return undefined;
  const aliases = db.prepare<[], string>('SELECT DISTINCT alias FROM unit_aliases').pluck();
  return () => aliases.all();
}
