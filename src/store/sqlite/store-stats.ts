/**
 * @module store/sqlite/store-stats
 * What a store holds, counted: rows of each kind, gazettes and documents per county, and the
 * bytes of the database file with its WAL.
 */
import fs from 'node:fs';
import type { StoreStats } from '../gazette-store';
import type { Sql } from './sql';

/** The counts of a store whose database file is at `path`. */
export function storeStats(sql: Sql, path: string): StoreStats {
  const count = (table: string): number => (sql(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n;
  const counties = sql(
    `SELECT coalesce(d.county, '') AS county, count(DISTINCT d.gazette_id) AS gazettes, count(*) AS documents
     FROM documents d GROUP BY coalesce(d.county, '') ORDER BY documents DESC, county`,
  ).all() as Array<{ county: string; gazettes: number; documents: number }>;
  let bytesOnDisk = 0;
  for (const suffix of ['', '-wal', '-shm']) {
    try {
      bytesOnDisk += fs.statSync(path + suffix).size;
    } catch {
      // an in-memory store or a checkpointed WAL has no such file
    }
  }
  return {
    gazettes: count('gazettes'),
    documents: count('documents'),
    references: count('doc_references'),
    referencedNodes: count('ref_nodes'),
    duties: count('duties'),
    units: count('units'),
    counties,
    bytesOnDisk,
  };
}
