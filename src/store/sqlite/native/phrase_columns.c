/*
 * phrase_columns: an FTS5 auxiliary function, loaded into the store's SQLite connection.
 *
 *   SELECT group_concat(rowid || ' ' || phrase_columns(search_fts)) FROM search_fts WHERE search_fts MATCH ?
 *
 * gives, with each match, the columns each phrase of the query stands in: bit (5 * phrase +
 * column) set, for the first 10 phrases and first 5 columns (50 bits: exact in a JavaScript
 * number). Ranking a common word by where it stands (title or number, headings) took one more
 * MATCH per column group, each re-reading the position lists of every match; FTS5 already holds
 * them while it matches, and only an auxiliary function can read them there. Auxiliary functions
 * are C only (better-sqlite3 registers scalar functions, which cannot see FTS5's cursor), so
 * this is the one piece of the search written in C. See DESIGN.md.
 */
#include "sqlite3ext.h"
SQLITE_EXTENSION_INIT1

#define MAX_PHRASES 10
#define MAX_COLUMNS 5

static void phrase_columns(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  (void)argc;
  (void)argv;
  int phrases = api->xPhraseCount(fts);
  if (phrases > MAX_PHRASES) phrases = MAX_PHRASES;
  sqlite3_int64 mask = 0;
  for (int phrase = 0; phrase < phrases; phrase++) {
    Fts5PhraseIter iter;
    int column = -1;
    int rc = api->xPhraseFirstColumn(fts, phrase, &iter, &column);
    if (rc != SQLITE_OK) {
      sqlite3_result_error_code(ctx, rc);
      return;
    }
    for (; column >= 0; api->xPhraseNextColumn(fts, &iter, &column)) {
      if (column < MAX_COLUMNS) mask |= (sqlite3_int64)1 << (phrase * MAX_COLUMNS + column);
    }
  }
  sqlite3_result_int64(ctx, mask);
}

/* The FTS5 API of a connection, as the FTS5 documentation obtains it. */
static fts5_api *fts5_of(sqlite3 *db) {
  fts5_api *api = 0;
  sqlite3_stmt *stmt = 0;
  if (sqlite3_prepare_v2(db, "SELECT fts5(?1)", -1, &stmt, 0) == SQLITE_OK) {
    sqlite3_bind_pointer(stmt, 1, (void *)&api, "fts5_api_ptr", 0);
    sqlite3_step(stmt);
  }
  sqlite3_finalize(stmt);
  return api;
}

#ifdef _WIN32
__declspec(dllexport)
#endif
int sqlite3_phrasecolumns_init(sqlite3 *db, char **error, const sqlite3_api_routines *routines) {
  SQLITE_EXTENSION_INIT2(routines);
  fts5_api *api = fts5_of(db);
  if (api == 0 || api->iVersion < 2) {
    *error = sqlite3_mprintf("phrase_columns: this SQLite has no FTS5 (version 2 or later)");
    return SQLITE_ERROR;
  }
  return api->xCreateFunction(api, "phrase_columns", 0, phrase_columns, 0);
}
