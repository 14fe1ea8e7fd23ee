/**
 * @module bench/store-bytes
 * `node --import tsx bench/store-bytes.ts <store.db> [source MB]`: where a store's bytes go —
 * pages of each table and index (SQLite's `dbstat`; FTS5's shadow tables named as such), in MB,
 * share of the file and, given the source size, × the source text; `unused` is the bytes of its
 * pages that hold nothing (B-tree slack), and the free pages the file keeps for later writes
 * (VACUUM gives them back) are counted apart.
 */
import fs from 'node:fs';
import Database from 'better-sqlite3';

const [file, sourceArg] = process.argv.slice(2);
if (!file) throw new Error('usage: store-bytes.ts <store.db> [source MB]');
const db = new Database(file, { readonly: true });
const rows = db
  .prepare<[], { name: string; pages: number; bytes: number; payload: number; unused: number }>(
    'SELECT name, count(*) AS pages, sum(pgsize) AS bytes, sum(payload) AS payload, sum(unused) AS unused FROM dbstat GROUP BY name ORDER BY bytes DESC',
  )
  .all();
const total = fs.statSync(file).size;
const source = sourceArg ? Number(sourceArg) * 1048576 : undefined;
const mb = (n: number) => (n / 1048576).toFixed(1).padStart(8);
const free = (db.pragma('freelist_count', { simple: true }) as number) * (db.pragma('page_size', { simple: true }) as number);
const used = total - free;
const times = (n: number) => (source ? ` (${(n / source).toFixed(2)}× source)` : '');
process.stdout.write(`file ${mb(total)} MB${times(total)}, free pages ${mb(free)} MB, in use ${mb(used)} MB${times(used)}\n`);
for (const r of rows) {
  const ratio = source ? `  ${(r.bytes / source).toFixed(3)}×` : '';
  process.stdout.write(`${r.name.padEnd(36)} ${mb(r.bytes)} MB  payload ${mb(r.payload)} MB  unused ${mb(r.unused)} MB  ${((r.bytes / total) * 100).toFixed(1).padStart(5)}%${ratio}\n`);
}
db.close();
