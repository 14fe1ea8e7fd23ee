/**
 * @module store/sqlite/base-schema
 * Step 1 of the embedded store's schema (migrations.ts): the tables as first shipped, and the
 * column texts later steps wrote again when they rebuilt a table. Part of migrations that have
 * run: never edited (stores keep this text in sqlite_schema).
 */

/**
 * The columns a duty row begins with, in both versions of its table (step 1, and step 2 which
 * rebuilt it). Step 2's table is the one stores keep, with this text as written in sqlite_schema:
 * part of migrations that have run, never to be edited. (Step 1 spelled them with other spacing;
 * its table is dropped by step 2, so no store keeps that text.)
 */
export const DUTY_KEY_COLUMNS = `    id            INTEGER PRIMARY KEY,
    document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal       INTEGER NOT NULL,
    unit_id       TEXT REFERENCES units(id),
    unit          TEXT NOT NULL,
    role          TEXT NOT NULL,
`;

/** The columns a reference row begins with, in both versions of its table (step 1, and step 8 which rebuilt it). */
export const REFERENCE_KEY_COLUMNS = `    id             INTEGER PRIMARY KEY,
    document_id    TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    relation       TEXT NOT NULL,
    node_id        INTEGER NOT NULL REFERENCES ref_nodes(id),
    to_number      TEXT,
    to_number_raw  TEXT,
    to_title       TEXT,
    level          TEXT,
`;

/** Step 1: the schema as first shipped. */
export const BASE_SCHEMA = `
  CREATE TABLE gazettes (
    id            TEXT PRIMARY KEY,
    kind          TEXT NOT NULL,
    name          TEXT,
    county        TEXT,
    year          INTEGER,
    issue         INTEGER,
    total_issue   INTEGER,
    published_on  TEXT,
    publisher     TEXT,
    contents_json TEXT NOT NULL,
    messages_json TEXT NOT NULL,
    issue_json    TEXT
  );
  CREATE INDEX gazettes_county ON gazettes(county, year, issue);

  -- One source file per gazette; sha256 is the identity of its bytes.
  CREATE TABLE sources (
    sha256      TEXT PRIMARY KEY,
    path        TEXT NOT NULL,
    format      TEXT NOT NULL,
    encoding    TEXT,
    ocr         INTEGER NOT NULL DEFAULT 0,
    bytes       INTEGER,
    ingested_at TEXT NOT NULL,
    gazette_id  TEXT NOT NULL UNIQUE REFERENCES gazettes(id) ON DELETE CASCADE
  );
  CREATE INDEX sources_path ON sources(path);

  CREATE TABLE documents (
    id              TEXT PRIMARY KEY,
    gazette_id      TEXT NOT NULL REFERENCES gazettes(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    doc_number      TEXT,
    doc_number_raw  TEXT,
    issuing_body    TEXT,
    title           TEXT NOT NULL,
    date            TEXT,
    year            INTEGER,
    county          TEXT,
    type            TEXT,
    publicity       TEXT,
    effective_from  TEXT,
    expires_on      TEXT,
    page            INTEGER,
    record_json     TEXT NOT NULL  -- the GazetteDocument as deflated JSON (record-codec.ts)
  );
  CREATE INDEX documents_gazette ON documents(gazette_id, ordinal);
  CREATE INDEX documents_number ON documents(doc_number);
  CREATE INDEX documents_county ON documents(county);
  CREATE INDEX documents_title ON documents(title);

  CREATE TABLE contents (
    gazette_id     TEXT NOT NULL REFERENCES gazettes(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    section        TEXT,
    title          TEXT NOT NULL,
    doc_number     TEXT,
    doc_number_raw TEXT,
    page           INTEGER,
    document_id    TEXT,
    PRIMARY KEY (gazette_id, ordinal)
  );

  -- A referenced document, known by canonical number (or by title when it has none).
  -- Two documents citing the same number share one node; whether the node is in the
  -- corpus is a join on documents.doc_number, so ingestion order does not matter.
  CREATE TABLE ref_nodes (
    id         INTEGER PRIMARY KEY,
    key        TEXT NOT NULL UNIQUE,
    doc_number TEXT,
    title      TEXT,
    level      TEXT
  );
  CREATE INDEX ref_nodes_number ON ref_nodes(doc_number);
  CREATE INDEX ref_nodes_title ON ref_nodes(title);

  CREATE TABLE doc_references (
${REFERENCE_KEY_COLUMNS}    sentence       TEXT NOT NULL,
    paragraph      INTEGER NOT NULL
  );
  CREATE INDEX doc_references_document ON doc_references(document_id);
  CREATE INDEX doc_references_node ON doc_references(node_id, relation);
  CREATE INDEX doc_references_number ON doc_references(to_number, relation);

  CREATE TABLE units (
    id     TEXT PRIMARY KEY,
    county TEXT,
    name   TEXT NOT NULL
  );
  CREATE INDEX units_county ON units(county);

  -- Written forms seen in duties that differ from the canonical name (县人社局 …).
  CREATE TABLE unit_aliases (
    unit_id TEXT NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    alias   TEXT NOT NULL,
    PRIMARY KEY (unit_id, alias)
  );

  CREATE TABLE duties (
${DUTY_KEY_COLUMNS}    matter      TEXT NOT NULL,
    sentence    TEXT NOT NULL,
    paragraph   INTEGER NOT NULL,
    county      TEXT
  );
  CREATE INDEX duties_document ON duties(document_id);
  CREATE INDEX duties_unit ON duties(unit_id);
  CREATE INDEX duties_county ON duties(county);
  `;
