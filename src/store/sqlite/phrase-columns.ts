/**
 * @module store/sqlite/phrase-columns
 * Where each phrase of a query stands in a match, from FTS5's own position lists in the same
 * pass that finds the matches: the `phrase_columns` auxiliary function (native/phrase_columns.c,
 * built by `npm install`), loaded into the store's connection.
 *
 * A query matching more documents than BM25 is computed for is ranked by where it stands — in
 * the title or number, in headings — then by date (rank-candidates.ts, byField). Asked as
 * column filters, that was two more MATCHes re-reading every match's position lists: at 1000×
 * the samples a fifth of the search time of the 200-query mix. Read with the matches, each
 * match carries a bit per phrase and column, and the weights are worked out here from the
 * query's phrase plan (escape-query.ts, ftsPhrasePlan), as FTS5 evaluates a column filter.
 */
import path from 'node:path';
import type Database from 'better-sqlite3';
import { projectRoot } from '../../config';
import type { PhrasePlan } from '../escape-query';

export const PHRASE_COLUMNS_PATH = path.join(projectRoot, 'src', 'store', 'sqlite', 'native', 'build', 'Release', 'phrase_columns.node');

/** Phrases and columns the function reports: 10 × 5 bits, exact in a JavaScript number. */
export const MAX_PHRASES = 10;
const COLUMNS = 5;

/** Loads the function into a connection; a missing build is named with the command that makes it. */
export function loadPhraseColumns(db: Database.Database, file = PHRASE_COLUMNS_PATH): void {
  try {
    // SQLite derives the entry point from the file name: sqlite3_phrasecolumns_init.
    db.loadExtension(file);
  } catch (error) {
    throw new Error(`The phrase_columns SQLite extension is not built or does not load (${file}): run \`npm run build:native\` (or \`npm install\`).`, {
      cause: error,
    });
  }
}

/**
 * Whether a match holds the query within the columns of `columnBits` (bit c: column c), as
 * `{columns} : (expression)` would: every group has a term whose phrases all stand there.
 * `mask` is the match's phrase_columns value.
 */
export function standsIn(mask: number, plan: PhrasePlan, columnBits: number): boolean {
  return plan.groups.every((group) => group.some((term) => term.every((phrase) => phraseBits(mask, phrase) & columnBits)));
}

/** The column bits of one phrase in a mask (50 bits: read by division, not 32-bit shifts). */
function phraseBits(mask: number, phrase: number): number {
  return Math.floor(mask / 2 ** (phrase * COLUMNS)) % 2 ** COLUMNS;
}
