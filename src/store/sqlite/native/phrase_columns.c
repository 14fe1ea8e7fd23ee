/*
 * phrase_columns: an FTS5 auxiliary function, loaded into the store's SQLite connection.
 *
 *   SELECT group_concat(match) FROM (SELECT rowid || ' ' || phrase_columns(search_fts) AS match
 *     FROM search_fts WHERE search_fts MATCH ? LIMIT -1)
 *
 * (FTS5 refuses an auxiliary function inside an aggregate: the subquery keeps it outside.)
 * gives, with each match, the columns each phrase of the query stands in: bit (5 * phrase +
 * column) set, for the first 10 phrases and first 5 columns (50 bits: exact in a JavaScript
 * number). Ranking a common word by where it stands (title or number, headings) took one more
 * MATCH per column group, each re-reading the position lists of every match; FTS5 already holds
 * them while it matches, and only an auxiliary function can read them there. Auxiliary functions
 * are C only (better-sqlite3 registers scalar functions, which cannot see FTS5's cursor), so
 * this is the one piece of the search written in C. See DESIGN.md.
 */
#include <math.h>
#include <stdlib.h>
#include <string.h>

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

/*
 * gazette_bm25: FTS5's bm25() (fts5_aux.c), the same formula and the same order of additions,
 * so the same doubles, with two differences of method:
 *  - the document frequency of each phrase may be given (arguments after the column weights:
 *    one per phrase, in order; a negative or missing one is counted as bm25() counts it, with
 *    xQueryPhrase — a whole extra pass over the phrase's position lists, per phrase, per query).
 *    The search keeps them per state of the index (phrase-stats.ts);
 *  - a phrase's instances are read per phrase (xPhraseFirst) instead of through the list of
 *    every phrase's instances merged in order (xInst), which the sums do not need: they are the
 *    same, added in the same order for each phrase;
 *  - a document's length comes from a table of every document's length kept in memory
 *    (Lengths, below) instead of xColumnSize, which looks the row up in search_fts_docsize
 *    — a B-tree search per match, more than half of what BM25 added to a match list.
 *
 *   SELECT … WHERE search_fts MATCH ? AND rank MATCH 'gazette_bm25(10, 8, 3, 1, 1.5, 120, -1)'
 */

/*
 * Every document's length in tokens (all columns), by rowid, as search_fts_docsize holds it
 * (a varint per column), read once per state of the database file: the connection's data
 * version (SQLITE_FCNTL_DATA_VERSION) changes with every commit, its own or another process's.
 * A query uses the table only outside any open transaction of the connection (its uncommitted
 * writes do not change the version), and only when the length of its first match agrees with
 * xColumnSize (a check that the table is this FTS table's: the function could be called on
 * another). FTS5's own totals cannot check it: a contentless_delete table never takes a
 * deleted row out of its row count or token total. A row the table could not read (absent, or
 * a record that does not decode) is -1 and asked of xColumnSize, which reports the damage as
 * FTS5 does. Tables are counted references: a query keeps the one it started with even when
 * a later query on the same connection reads a newer one.
 */
typedef struct {
  int refs;
  sqlite3_int64 size;
  int lengths[];
} LengthTable;

typedef struct {
  sqlite3 *db;
  unsigned int version;
  int read;
  LengthTable *table;
} Lengths;

static void length_table_release(LengthTable *table) {
  if (table != 0 && --table->refs == 0) sqlite3_free(table);
}

static void lengths_destroy(void *p) {
  Lengths *cache = (Lengths *)p;
  length_table_release(cache->table);
  sqlite3_free(cache);
}

/* A varint as SQLite and FTS5 write them (big-endian groups of 7 bits), as a 32-bit value; its length, or 0 past `end`. */
static int read_varint32(const unsigned char *at, const unsigned char *end, unsigned int *value) {
  unsigned int v = 0;
  for (int i = 0; i < 9 && at + i < end; i++) {
    if (i == 8) {
      *value = (v << 8) | at[i];
      return 9;
    }
    v = (v << 7) | (at[i] & 0x7f);
    if ((at[i] & 0x80) == 0) {
      *value = v;
      return i + 1;
    }
  }
  return 0;
}

/* Reads search_fts_docsize into a new table; 0 when it cannot be read. */
static LengthTable *length_table_read(sqlite3 *db, int columns) {
  sqlite3_stmt *stmt = 0;
  sqlite3_int64 size = 0;
  sqlite3_int64 rows = 0;
  if (sqlite3_prepare_v2(db, "SELECT max(id), count(*) FROM main.search_fts_docsize", -1, &stmt, 0) != SQLITE_OK) return 0;
  if (sqlite3_step(stmt) == SQLITE_ROW) {
    size = sqlite3_column_int64(stmt, 0) + 1;
    rows = sqlite3_column_int64(stmt, 1);
  }
  sqlite3_finalize(stmt);
  // Rowids are dense here (search_docs numbers them); sparse ones would make a table mostly holes.
  if (size <= 0 || size > (sqlite3_int64)1 << 31 || size > 2 * rows + 1024) return 0;
  LengthTable *table = (LengthTable *)sqlite3_malloc64(sizeof(LengthTable) + sizeof(int) * size);
  if (table == 0) return 0;
  table->refs = 1;
  table->size = size;
  memset(table->lengths, 0xff, sizeof(int) * size);
  int rc = sqlite3_prepare_v2(db, "SELECT id, sz FROM main.search_fts_docsize", -1, &stmt, 0);
  while (rc == SQLITE_OK && sqlite3_step(stmt) == SQLITE_ROW) {
    sqlite3_int64 id = sqlite3_column_int64(stmt, 0);
    const unsigned char *blob = (const unsigned char *)sqlite3_column_blob(stmt, 1);
    const unsigned char *end = blob + sqlite3_column_bytes(stmt, 1);
    sqlite3_int64 sum = 0;
    int column = 0;
    for (; blob != 0 && column < columns && blob < end; column++) {
      unsigned int tokens = 0;
      int used = read_varint32(blob, end, &tokens);
      if (used == 0) break;
      blob += used;
      sum += tokens;
    }
    // A record FTS5 would refuse stays -1: xColumnSize reports it.
    if (id >= 0 && id < size && column == columns && blob == end && sum <= 0x7fffffff) table->lengths[id] = (int)sum;
  }
  if (stmt == 0 || sqlite3_finalize(stmt) != SQLITE_OK) {
    sqlite3_free(table);
    return 0;
  }
  return table;
}

/* The current table of lengths for this query, with a reference taken; 0 when it cannot be trusted. */
static LengthTable *lengths_for(const Fts5ExtensionApi *api, Fts5Context *fts) {
  Lengths *cache = (Lengths *)api->xUserData(fts);
  if (cache == 0 || sqlite3_get_autocommit(cache->db) == 0) return 0;
  unsigned int version = 0;
  if (sqlite3_file_control(cache->db, "main", SQLITE_FCNTL_DATA_VERSION, &version) != SQLITE_OK) return 0;
  if (!cache->read || version != cache->version) {
    length_table_release(cache->table);
    cache->table = length_table_read(cache->db, api->xColumnCount(fts));
    cache->version = version;
    cache->read = 1;
  }
  LengthTable *table = cache->table;
  if (table == 0) return 0;
  table->refs++;
  return table;
}

typedef struct {
  int phrases;
  double avgdl;
  double *idf;
  double *freq;
  LengthTable *lengths;
  int checked;
} Bm25;

static void bm25_destroy(void *p) {
  Bm25 *data = (Bm25 *)p;
  length_table_release(data->lengths);
  sqlite3_free(data);
}

static int count_row(const Fts5ExtensionApi *api, Fts5Context *fts, void *hits) {
  (void)api;
  (void)fts;
  (*(sqlite3_int64 *)hits)++;
  return SQLITE_OK;
}

/* What bm25() works out once per query: the mean document length and each phrase's IDF. */
static int bm25_setup(const Fts5ExtensionApi *api, Fts5Context *fts, int argc, sqlite3_value **argv, Bm25 **out) {
  int columns = api->xColumnCount(fts);
  int phrases = api->xPhraseCount(fts);
  sqlite3_int64 bytes = sizeof(Bm25) + sizeof(double) * 2 * (sqlite3_int64)phrases;
  Bm25 *data = (Bm25 *)sqlite3_malloc64(bytes);
  if (data == 0) return SQLITE_NOMEM;
  memset(data, 0, bytes);
  data->phrases = phrases;
  data->idf = (double *)&data[1];
  data->freq = &data->idf[phrases];
  sqlite3_int64 rows = 0;
  sqlite3_int64 tokens = 0;
  int rc = api->xRowCount(fts, &rows);
  if (rc == SQLITE_OK) rc = api->xColumnTotalSize(fts, -1, &tokens);
  if (rc == SQLITE_OK) {
    data->avgdl = (double)tokens / (double)rows;
    data->lengths = lengths_for(api, fts);
  }
  for (int i = 0; rc == SQLITE_OK && i < phrases; i++) {
    sqlite3_int64 hits = columns + i < argc ? sqlite3_value_int64(argv[columns + i]) : -1;
    if (hits < 0) {
      hits = 0;
      rc = api->xQueryPhrase(fts, i, (void *)&hits, count_row);
    }
    double idf = log((rows - hits + 0.5) / (hits + 0.5));
    data->idf[i] = idf <= 0.0 ? 1e-6 : idf;
  }
  if (rc == SQLITE_OK) rc = api->xSetAuxdata(fts, data, bm25_destroy);
  else bm25_destroy(data);
  if (rc == SQLITE_OK) *out = data;
  return rc;
}

static void gazette_bm25(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  const double k1 = 1.2;
  const double b = 0.75;
  Bm25 *data = (Bm25 *)api->xGetAuxdata(fts, 0);
  int rc = data ? SQLITE_OK : bm25_setup(api, fts, argc, argv, &data);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  int columns = api->xColumnCount(fts);
  memset(data->freq, 0, sizeof(double) * data->phrases);
  for (int i = 0; rc == SQLITE_OK && i < data->phrases; i++) {
    Fts5PhraseIter iter;
    int column = -1;
    int offset = -1;
    rc = api->xPhraseFirst(fts, i, &iter, &column, &offset);
    for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(fts, &iter, &column, &offset)) {
      data->freq[i] += column < argc && column < columns ? sqlite3_value_double(argv[column]) : 1.0;
    }
  }
  int tokens = -1;
  LengthTable *lengths = data->lengths;
  if (lengths != 0) {
    sqlite3_int64 rowid = api->xRowid(fts);
    if (rowid >= 0 && rowid < lengths->size) tokens = lengths->lengths[rowid];
    if (!data->checked && tokens >= 0 && rc == SQLITE_OK) {
      int actual = 0;
      rc = api->xColumnSize(fts, -1, &actual);
      data->checked = 1;
      if (actual != tokens) {
        length_table_release(lengths);
        data->lengths = 0;
      }
      tokens = actual;
    }
  }
  if (rc == SQLITE_OK && tokens < 0) rc = api->xColumnSize(fts, -1, &tokens);
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  double length = (double)tokens;
  double score = 0.0;
  for (int i = 0; i < data->phrases; i++) {
    score += data->idf[i] * ((data->freq[i] * (k1 + 1.0)) / (data->freq[i] + k1 * (1 - b + b * length / data->avgdl)));
  }
  sqlite3_result_double(ctx, -1.0 * score);
}

/*
 * gazette_near: 1 when the phrases given stand near each other in a match, as FTS5 decides
 * `{columns} : NEAR(p1 p2 …, distance)` — 0 otherwise. The ranked read asks it beside the
 * rank, so the proximity bonus of the best BM25 candidates (rank-candidates.ts, rerank) needs
 * no NEAR query of its own, which re-read every position list of the phrases: up to 3 ms of a
 * rare query's 10 at 1000× the samples.
 *
 *   gazette_near(search_fts, '<columns bitmask> <distance> <phrase> <tokens> <phrase> <tokens> …')
 *
 * Each phrase is named by its number in the MATCH expression, with its length in tokens. FTS5's
 * rule (fts5ExprNearIsMatch): positions are (column << 32) + offset of each instance's first
 * token, only in the columns given; the phrases are near when one instance of each can be
 * chosen so that, with M the largest of them, each phrase's instance p has
 * M - tokens - distance <= p. For each M in turn (every instance, in order), the best choice of
 * each phrase is its last instance at or before M.
 */
#define MAX_NEAR 10

typedef struct {
  int phrases;
  sqlite3_int64 columns;
  sqlite3_int64 distance;
  int phrase[MAX_NEAR];
  sqlite3_int64 tokens[MAX_NEAR];
  int count[MAX_NEAR];
  int capacity[MAX_NEAR];
  sqlite3_int64 *at[MAX_NEAR];
} Near;

static void near_destroy(void *p) {
  Near *near = (Near *)p;
  for (int i = 0; i < MAX_NEAR; i++) sqlite3_free(near->at[i]);
  sqlite3_free(near);
}

/* The spec read once per query; 0 (with the error in rc) when it is not one. */
static Near *near_setup(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_value *spec, int *rc) {
  const char *text = (const char *)sqlite3_value_text(spec);
  Near *near = (Near *)sqlite3_malloc(sizeof(Near));
  if (near == 0) {
    *rc = SQLITE_NOMEM;
    return 0;
  }
  memset(near, 0, sizeof(Near));
  char *end = 0;
  near->columns = text ? strtoll(text, &end, 10) : 0;
  near->distance = end ? strtoll(end, &end, 10) : 0;
  while (end && *end && near->phrases < MAX_NEAR) {
    char *after = 0;
    long phrase = strtol(end, &after, 10);
    if (after == end) break;
    long tokens = strtol(after, &end, 10);
    if (phrase < 0 || phrase >= api->xPhraseCount(fts) || tokens < 1) break;
    near->phrase[near->phrases] = (int)phrase;
    near->tokens[near->phrases] = tokens;
    near->phrases++;
    while (*end == ' ') end++;
  }
  if (text == 0 || near->phrases < 2 || (end && *end)) {
    near_destroy(near);
    *rc = SQLITE_ERROR;
    return 0;
  }
  *rc = api->xSetAuxdata(fts, near, near_destroy);
  return *rc == SQLITE_OK ? near : 0;
}

static void gazette_near(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  int rc = SQLITE_OK;
  Near *near = argc == 1 ? (Near *)api->xGetAuxdata(fts, 0) : 0;
  if (near == 0 && argc == 1) near = near_setup(api, fts, argv[0], &rc);
  if (near == 0) {
    if (rc == SQLITE_ERROR || argc != 1) sqlite3_result_error(ctx, "gazette_near: give '<columns> <distance> <phrase> <tokens> …' with two phrases or more", -1);
    else sqlite3_result_error_code(ctx, rc);
    return;
  }
  for (int k = 0; rc == SQLITE_OK && k < near->phrases; k++) {
    near->count[k] = 0;
    Fts5PhraseIter iter;
    int column = -1;
    int offset = -1;
    rc = api->xPhraseFirst(fts, near->phrase[k], &iter, &column, &offset);
    for (; rc == SQLITE_OK && column >= 0; api->xPhraseNext(fts, &iter, &column, &offset)) {
      if (column >= 63 || !((near->columns >> column) & 1)) continue;
      if (near->count[k] == near->capacity[k]) {
        int capacity = near->capacity[k] == 0 ? 64 : near->capacity[k] * 2;
        sqlite3_int64 *grown = (sqlite3_int64 *)sqlite3_realloc64(near->at[k], sizeof(sqlite3_int64) * capacity);
        if (grown == 0) {
          rc = SQLITE_NOMEM;
          break;
        }
        near->at[k] = grown;
        near->capacity[k] = capacity;
      }
      near->at[k][near->count[k]++] = ((sqlite3_int64)column << 32) + offset;
    }
  }
  if (rc != SQLITE_OK) {
    sqlite3_result_error_code(ctx, rc);
    return;
  }
  int next[MAX_NEAR];
  int last[MAX_NEAR];
  for (int k = 0; k < near->phrases; k++) {
    if (near->count[k] == 0) {
      sqlite3_result_int(ctx, 0);
      return;
    }
    next[k] = 0;
    last[k] = -1;
  }
  for (;;) {
    // M: the smallest instance not yet taken, of any phrase.
    int from = -1;
    for (int k = 0; k < near->phrases; k++) {
      if (next[k] < near->count[k] && (from < 0 || near->at[k][next[k]] < near->at[from][next[from]])) from = k;
    }
    if (from < 0) break;
    sqlite3_int64 m = near->at[from][next[from]];
    int all = 1;
    for (int k = 0; k < near->phrases; k++) {
      while (next[k] < near->count[k] && near->at[k][next[k]] <= m) last[k] = next[k]++;
      if (last[k] < 0 || near->at[k][last[k]] < m - near->tokens[k] - near->distance) all = 0;
    }
    if (all) {
      sqlite3_result_int(ctx, 1);
      return;
    }
  }
  sqlite3_result_int(ctx, 0);
}

/*
 * gazette_pack: an aggregate that hands a match list to JavaScript as one BLOB of machine
 * numbers instead of text.
 *
 *   SELECT gazette_pack(rowid) FROM search_fts WHERE search_fts MATCH ?           -- u32 rowids
 *   SELECT gazette_pack(rowid, rank) FROM search_fts WHERE …                     -- f64 values, then u32 rowids
 *
 * group_concat made SQLite print every rowid, rank and mask as decimal text and JavaScript
 * parse it back: for the 25,000 matches of a common word, printing and parsing cost about as
 * much as FTS5 finding them (fts-lists.ts measures it). Numbers are native-endian, in the
 * order the rows came (FTS5: ascending rowid), with the values first so that they start at an
 * offset a Float64Array can view. No row gives NULL, as group_concat does.
 */
typedef struct {
  sqlite3_int64 count;
  sqlite3_int64 capacity;
  unsigned int *rowids;
  double *values;
  int withValues;
} Pack;

static void pack_step(sqlite3_context *ctx, int argc, sqlite3_value **argv) {
  Pack *pack = (Pack *)sqlite3_aggregate_context(ctx, sizeof(Pack));
  if (pack == 0) {
    sqlite3_result_error_nomem(ctx);
    return;
  }
  if (pack->count == pack->capacity) {
    sqlite3_int64 capacity = pack->capacity == 0 ? 1024 : pack->capacity * 2;
    unsigned int *rowids = (unsigned int *)sqlite3_realloc64(pack->rowids, sizeof(unsigned int) * capacity);
    if (rowids == 0) {
      sqlite3_result_error_nomem(ctx);
      return;
    }
    pack->rowids = rowids;
    if (argc > 1) {
      double *values = (double *)sqlite3_realloc64(pack->values, sizeof(double) * capacity);
      if (values == 0) {
        sqlite3_result_error_nomem(ctx);
        return;
      }
      pack->values = values;
    }
    pack->capacity = capacity;
  }
  pack->withValues = argc > 1;
  pack->rowids[pack->count] = (unsigned int)sqlite3_value_int64(argv[0]);
  if (argc > 1) pack->values[pack->count] = sqlite3_value_double(argv[1]);
  pack->count++;
}

static void pack_final(sqlite3_context *ctx) {
  Pack *pack = (Pack *)sqlite3_aggregate_context(ctx, 0);
  if (pack == 0 || pack->count == 0) {
    sqlite3_result_null(ctx);
    return;
  }
  sqlite3_int64 valueBytes = pack->withValues ? sizeof(double) * pack->count : 0;
  sqlite3_int64 bytes = valueBytes + sizeof(unsigned int) * pack->count;
  unsigned char *out = (unsigned char *)sqlite3_malloc64(bytes);
  if (out == 0) {
    sqlite3_result_error_nomem(ctx);
  } else {
    if (valueBytes > 0) memcpy(out, pack->values, valueBytes);
    memcpy(out + valueBytes, pack->rowids, sizeof(unsigned int) * pack->count);
    sqlite3_result_blob64(ctx, out, bytes, sqlite3_free);
  }
  sqlite3_free(pack->rowids);
  sqlite3_free(pack->values);
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
  int rc = api->xCreateFunction(api, "phrase_columns", 0, phrase_columns, 0);
  if (rc == SQLITE_OK) {
    Lengths *lengths = (Lengths *)sqlite3_malloc(sizeof(Lengths));
    if (lengths == 0) return SQLITE_NOMEM;
    memset(lengths, 0, sizeof(Lengths));
    lengths->db = db;
    // FTS5 frees the cache with the connection; when it refuses the function it keeps no reference.
    rc = api->xCreateFunction(api, "gazette_bm25", lengths, gazette_bm25, lengths_destroy);
    if (rc != SQLITE_OK) lengths_destroy(lengths);
  }
  if (rc == SQLITE_OK) rc = api->xCreateFunction(api, "gazette_near", 0, gazette_near, 0);
  for (int args = 1; rc == SQLITE_OK && args <= 2; args++) {
    rc = sqlite3_create_function_v2(db, "gazette_pack", args, SQLITE_UTF8 | SQLITE_DETERMINISTIC, 0, 0, pack_step, pack_final, 0);
  }
  return rc;
}
