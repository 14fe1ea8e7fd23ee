/**
 * @module bench/groonga/load-child
 * Builds the Groonga peer's database from a benchmark store, in its own short process, so the
 * process that answers the mix opens it fresh as the project's engine opens its store. Prints
 * one JSON line: documents loaded, load and index time, index (lexicon + index column) and database bytes.
 *
 * Usage: node --import tsx bench/groonga/load-child.ts <store db> <groonga db>
 */
import { todayInChina } from '../../src/domain/dates';
import { openStore } from '../../src/store/open-store';
import { databaseBytes, GroongaProcess } from './client';
import { INDEX_COMMANDS, TABLE_COMMANDS, toGroongaRecord, type GroongaRecord } from './commands';

const [storeDb, groongaDb] = process.argv.slice(2);
const store = openStore({ db: storeDb, readonly: true });
const groonga = GroongaProcess.open(groongaDb, true);
const started = performance.now();
for (const line of TABLE_COMMANDS) await groonga.command(line);
const asOf = todayInChina();
function* records(): Generator<GroongaRecord> {
  for (const doc of store.indexable()) yield toGroongaRecord(doc, asOf);
}
const documents = await groonga.load(records());
for (const line of INDEX_COMMANDS) await groonga.command(line);
const loadMs = performance.now() - started;
const indexBytes = (await groonga.diskUsage('Terms')) + (await groonga.diskUsage('Terms.docs_index'));
await groonga.close();
store.close();
process.stdout.write(`${JSON.stringify({ documents, loadMs, indexBytes, dbBytes: databaseBytes(groongaDb) })}\n`);
