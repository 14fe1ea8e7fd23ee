/**
 * @module store/sqlite/migrations
 * The steps of the embedded store's schema, as SQL: step N brings a store from version N-1 to N
 * (schema.ts runs them). Documents keep the full pipeline record next to the columns that
 * filters and joins need; search index tables belong to search-index.ts. A step that has shipped
 * is never edited — stores keep its text in sqlite_schema. Step 1, the schema as first shipped,
 * is base-schema.ts.
 */
import { BASE_SCHEMA, DUTY_KEY_COLUMNS, REFERENCE_KEY_COLUMNS } from './base-schema';

/** The columns a duty row ends with since step 6, in both versions of its table (steps 6 and 7). */
const DUTY_QUOTED_COLUMNS = `    role            TEXT NOT NULL,
    paragraph       INTEGER NOT NULL,
    sentence        TEXT,     -- NULL when it is the paragraph's text from sentence_at for sentence_length
    sentence_at     INTEGER,
    sentence_length INTEGER,
    matter          TEXT,     -- NULL when it is the sentence's text from matter_at for matter_length
    matter_at       INTEGER,
    matter_length   INTEGER
`;

/**
 * Migration steps; step N brings a store from version N-1 to N. Never edit a step that has
 * shipped: add the next one.
 */
export const migrations: readonly string[] = [
  /* 1 */ BASE_SCHEMA,
  /* 2 */ `
  -- A sentence naming ten offices was stored ten times, and the matter (most often the
  -- sentence's own words) once more: a third of the store. Each sentence of a document is now
  -- stored once, and a matter that stands in its sentence as an offset into it. Offsets count
  -- characters as SQLite's instr() and substr() do, so writing and reading both stay in SQL.
  CREATE TABLE duty_sentences (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence    TEXT NOT NULL
  );
  CREATE INDEX duty_sentences_document ON duty_sentences(document_id);
  INSERT INTO duty_sentences (document_id, sentence) SELECT document_id, sentence FROM duties GROUP BY document_id, sentence;

  CREATE TABLE duties_v2 (
${DUTY_KEY_COLUMNS}    sentence_id   INTEGER NOT NULL REFERENCES duty_sentences(id) ON DELETE CASCADE,
    matter        TEXT,     -- NULL when the matter is substr(sentence, matter_at + 1, matter_length)
    matter_at     INTEGER,
    matter_length INTEGER,
    paragraph     INTEGER NOT NULL,
    county        TEXT
  );
  INSERT INTO duties_v2 (id, document_id, ordinal, unit_id, unit, role, sentence_id, matter, matter_at, matter_length, paragraph, county)
    SELECT t.id, t.document_id, t.ordinal, t.unit_id, t.unit, t.role, s.id,
           CASE WHEN instr(t.sentence, t.matter) > 0 THEN NULL ELSE t.matter END,
           CASE WHEN instr(t.sentence, t.matter) > 0 THEN instr(t.sentence, t.matter) - 1 END,
           CASE WHEN instr(t.sentence, t.matter) > 0 THEN length(t.matter) END,
           t.paragraph, t.county
    FROM duties t JOIN duty_sentences s ON s.document_id = t.document_id AND s.sentence = t.sentence;
  DROP TABLE duties;
  ALTER TABLE duties_v2 RENAME TO duties;
  CREATE INDEX duties_document ON duties(document_id);
  CREATE INDEX duties_unit ON duties(unit_id);
  CREATE INDEX duties_county ON duties(county);
  `,
  /* 3 */ `
  -- The paragraph texts of a document, stored once (document-codec.ts): search passages are
  -- cut from here, and the record keeps the rest. NULL in rows written before this step,
  -- whose record still holds the texts.
  ALTER TABLE documents ADD COLUMN paragraphs BLOB;
  `,
  /* 4 */ `
  -- Documents are looked up by title with its spaces removed (a citation or repeal that names
  -- a document without its number, "原《…办法》同时废止"): index that expression, or each
  -- lookup scans every document — 25,000 rows per cited title at 1000× the samples. No query
  -- reads the plain title index.
  DROP INDEX IF EXISTS documents_title;
  CREATE INDEX documents_title_compact ON documents(replace(title, ' ', ''));
  `,
  /* 5 */ `
  -- A CRC-32 of each document's stored bytes (checksum.ts): SQLite does not notice bytes
  -- flipped inside a value, so a damaged page served other text with 200. Checked on every read.
  ALTER TABLE documents ADD COLUMN checksum INTEGER;
  UPDATE documents SET checksum = gazette_checksum(record_json, paragraphs);
  `,
  /* 6 */ `
  -- A duty's sentence is nearly always a piece of the paragraph it names (quoted-text.ts): such
  -- a row keeps where it stands (characters, as substr() counts), and its text only otherwise.
  -- A duty's written unit is NULL when it is its unit's name, and its county is its document's
  -- (the same value, written twice, with its own index). 224 → ~104 MB at 1000× the samples.
  CREATE TABLE duties_v6 (
    id              INTEGER PRIMARY KEY,
    document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    unit_id         TEXT REFERENCES units(id),
    unit            TEXT,     -- NULL when it is unit_id's name (after the county and ':')
${DUTY_QUOTED_COLUMNS}  );
  INSERT INTO duties_v6 (id, document_id, ordinal, unit_id, unit, role, paragraph, sentence, sentence_at, sentence_length, matter, matter_at, matter_length)
    SELECT id, document_id, ordinal, unit_id, CASE WHEN unit = substr(unit_id, instr(unit_id, ':') + 1) THEN NULL ELSE unit END, role, paragraph,
           CASE WHEN at IS NULL THEN said END, at, CASE WHEN at IS NOT NULL THEN length(said) END, matter, matter_at, matter_length
    FROM (SELECT t.*, s.sentence AS said, gazette_sentence_at(d.id, d.record_json, d.paragraphs, t.paragraph, s.sentence) AS at
          FROM duties t JOIN duty_sentences s ON s.id = t.sentence_id JOIN documents d ON d.id = t.document_id ORDER BY t.id);
  DROP TABLE duties;
  DROP TABLE duty_sentences;
  ALTER TABLE duties_v6 RENAME TO duties;
  CREATE INDEX duties_document ON duties(document_id);
  CREATE INDEX duties_unit ON duties(unit_id);
  `,
  /* 7 */ `
  -- A duty names its unit by a number instead of its id (county:name, ~31 bytes of UTF-8), in
  -- its row and in the index on it: 586,000 duties at 1000× the samples. The number is a column
  -- of its own: VACUUM may renumber a rowid that is not an INTEGER PRIMARY KEY.
  ALTER TABLE units ADD COLUMN no INTEGER;
  UPDATE units SET no = rowid;
  CREATE UNIQUE INDEX units_no ON units(no);
  CREATE TABLE duties_v7 (
    id              INTEGER PRIMARY KEY,
    document_id     TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    unit_no         INTEGER REFERENCES units(no),
    unit            TEXT,     -- NULL when it is the unit's name
${DUTY_QUOTED_COLUMNS}  );
  INSERT INTO duties_v7 (id, document_id, ordinal, unit_no, unit, role, paragraph, sentence, sentence_at, sentence_length, matter, matter_at, matter_length)
    SELECT t.id, t.document_id, t.ordinal, u.no, t.unit, t.role, t.paragraph, t.sentence, t.sentence_at, t.sentence_length, t.matter, t.matter_at, t.matter_length
    FROM duties t LEFT JOIN units u ON u.id = t.unit_id ORDER BY t.id;
  DROP TABLE duties;
  ALTER TABLE duties_v7 RENAME TO duties;
  CREATE INDEX duties_document ON duties(document_id);
  CREATE INDEX duties_unit ON duties(unit_no);
  `,
  /* 8 */ `
  -- A sentence citing several documents was stored once per citation (7,650 sentences for
  -- 11,929 references at 100× the samples): each sentence of a document is now stored once, as
  -- duties' were in step 2. (Kept as text, not as an offset into the paragraph like duties':
  -- a graph reads one sentence from each of many citing documents, see quoted-text.ts.)
  CREATE TABLE ref_sentences (
    id          INTEGER PRIMARY KEY,
    document_id TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,
    sentence    TEXT NOT NULL
  );
  INSERT INTO ref_sentences (document_id, sentence) SELECT document_id, sentence FROM doc_references GROUP BY document_id, sentence ORDER BY min(id);
  CREATE INDEX ref_sentences_document ON ref_sentences(document_id);
  CREATE TABLE doc_references_v8 (
${REFERENCE_KEY_COLUMNS}    sentence_id    INTEGER NOT NULL REFERENCES ref_sentences(id) ON DELETE CASCADE,
    paragraph      INTEGER NOT NULL
  );
  INSERT INTO doc_references_v8 (id, document_id, ordinal, relation, node_id, to_number, to_number_raw, to_title, level, sentence_id, paragraph)
    SELECT r.id, r.document_id, r.ordinal, r.relation, r.node_id, r.to_number, r.to_number_raw, r.to_title, r.level, s.id, r.paragraph
    FROM doc_references r JOIN ref_sentences s ON s.document_id = r.document_id AND s.sentence = r.sentence ORDER BY r.id;
  DROP TABLE doc_references;
  ALTER TABLE doc_references_v8 RENAME TO doc_references;
  CREATE INDEX doc_references_document ON doc_references(document_id);
  CREATE INDEX doc_references_node ON doc_references(node_id, relation);
  CREATE INDEX doc_references_number ON doc_references(to_number, relation);
  `,
  /* 9 */ `
  -- Paragraph texts are written LZ4-compressed (record-codec.ts encodeTextRecord, first byte 0xD6),
  -- which a program of version 8 cannot read: the version tells it to refuse the store. Rows
  -- written before stay plain and read as they are; re-ingesting rewrites them.
  -- No query looks references up by the number they cite (graphs go through ref_nodes): the
  -- index on it is dropped (3.6 MB at 1000× the samples).
  DROP INDEX IF EXISTS doc_references_number;
  `,
  /* 10 */ `
  -- A CRC-32 of each gazette's JSON columns (checksum.ts), as documents have since step 5: a
  -- gazette's 目录 fills pages of its own, and a damaged one gave a 500 or another 目录 with 200.
  ALTER TABLE gazettes ADD COLUMN checksum INTEGER;
  UPDATE gazettes SET checksum = gazette_row_checksum(contents_json, messages_json, issue_json);
  `,
  /* 11 */ `
  -- Duties, references and references' sentences name their document by a number instead of its
  -- id (16 hex characters), in their rows and in the indexes on them (586,000 duties at 1000× the
  -- samples). The number is a column of its own, as units' is (step 7): VACUUM may renumber a
  -- rowid that is not an INTEGER PRIMARY KEY. Readers join documents for the id. A duty's role is
  -- a number (row-values.ts), and the texts of duties and references' sentences are UTF-16 where
  -- that is shorter than UTF-8 (a Chinese character in two bytes instead of three).
  ALTER TABLE documents ADD COLUMN no INTEGER;
  UPDATE documents SET no = rowid;
  CREATE UNIQUE INDEX documents_no ON documents(no);
  CREATE TABLE duties_v11 (
    id              INTEGER PRIMARY KEY,
    document_no     INTEGER NOT NULL REFERENCES documents(no) ON DELETE CASCADE,
    ordinal         INTEGER NOT NULL,
    unit_no         INTEGER REFERENCES units(no),
    unit            TEXT,     -- NULL when it is the unit's name
    role            INTEGER NOT NULL,  -- row-values.ts: 0 responsible, 1 member, 2 lead, 3 support, 4 interprets, 5 office
    paragraph       INTEGER NOT NULL,
    sentence        BLOB,     -- NULL when it is the paragraph's text from sentence_at for sentence_length; UTF-16 or text (BLOB: no conversion)
    sentence_at     INTEGER,
    sentence_length INTEGER,
    matter          BLOB,     -- NULL when it is the sentence's text from matter_at for matter_length; UTF-16 or text
    matter_at       INTEGER,
    matter_length   INTEGER
  );
  INSERT INTO duties_v11 (id, document_no, ordinal, unit_no, unit, role, paragraph, sentence, sentence_at, sentence_length, matter, matter_at, matter_length)
    SELECT t.id, d.no, t.ordinal, t.unit_no, t.unit,
           CASE t.role WHEN 'responsible' THEN 0 WHEN 'member' THEN 1 WHEN 'lead' THEN 2 WHEN 'support' THEN 3 WHEN 'interprets' THEN 4 WHEN 'office' THEN 5 ELSE t.role END,
           t.paragraph, gazette_text_value(t.sentence), t.sentence_at, t.sentence_length, gazette_text_value(t.matter), t.matter_at, t.matter_length
    FROM duties t JOIN documents d ON d.id = t.document_id ORDER BY t.id;
  DROP TABLE duties;
  ALTER TABLE duties_v11 RENAME TO duties;
  CREATE INDEX duties_document ON duties(document_no);
  CREATE INDEX duties_unit ON duties(unit_no);
  CREATE TABLE ref_sentences_v11 (
    id          INTEGER PRIMARY KEY,
    document_no INTEGER NOT NULL REFERENCES documents(no) ON DELETE CASCADE,
    sentence    BLOB NOT NULL  -- UTF-16 or text (row-values.ts; BLOB: no conversion)
  );
  INSERT INTO ref_sentences_v11 (id, document_no, sentence)
    SELECT s.id, d.no, gazette_text_value(s.sentence) FROM ref_sentences s JOIN documents d ON d.id = s.document_id ORDER BY s.id;
  CREATE TABLE doc_references_v11 (
    id             INTEGER PRIMARY KEY,
    document_no    INTEGER NOT NULL REFERENCES documents(no) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    relation       TEXT NOT NULL,
    node_id        INTEGER NOT NULL REFERENCES ref_nodes(id),
    to_number      TEXT,
    to_number_raw  TEXT,
    to_title       TEXT,
    level          TEXT,
    sentence_id    INTEGER NOT NULL REFERENCES ref_sentences_v11(id) ON DELETE CASCADE,
    paragraph      INTEGER NOT NULL
  );
  INSERT INTO doc_references_v11 (id, document_no, ordinal, relation, node_id, to_number, to_number_raw, to_title, level, sentence_id, paragraph)
    SELECT r.id, d.no, r.ordinal, r.relation, r.node_id, r.to_number, r.to_number_raw, r.to_title, r.level, r.sentence_id, r.paragraph
    FROM doc_references r JOIN documents d ON d.id = r.document_id ORDER BY r.id;
  -- Children first: dropping a table deletes its rows, which would cascade into a child still holding them.
  DROP TABLE doc_references;
  DROP TABLE ref_sentences;
  ALTER TABLE ref_sentences_v11 RENAME TO ref_sentences;
  ALTER TABLE doc_references_v11 RENAME TO doc_references;
  CREATE INDEX ref_sentences_document ON ref_sentences(document_no);
  CREATE INDEX doc_references_document ON doc_references(document_no);
  CREATE INDEX doc_references_node ON doc_references(node_id, relation);
  `,
  /* 12 */ `
  -- A document's record no longer holds its duties, only how many (document-codec.ts): the duties
  -- table holds each one already, and the records kept them a second time (11.4 of 47.6 MB of
  -- records at 1000× the samples). Their checksum, over the duties as read back (checksum.ts), is
  -- a column of the document's row; NULL for none. A program of version 11 would read such a
  -- record as a document without duties: the version tells it to refuse the store. Records
  -- written before keep their duties, covered by their own checksum, and read as they are;
  -- re-ingesting rewrites them.
  ALTER TABLE documents ADD COLUMN duties_checksum INTEGER;
  `,
  /* 13 */ `
  -- Records are written with their paragraphs' line numbers and their headings packed
  -- (document-codec.ts: arrays of numbers counted from the one before, not objects), which a
  -- program of version 12 cannot read: the version tells it to refuse the store. Records written
  -- before read as they are; nothing here rewrites them.
  SELECT 1;
  `,
  /* 14 */ `
  -- Contents rows and unit aliases are found only by their primary key, which a rowid table keeps
  -- a second time in its automatic index: as WITHOUT ROWID tables the key is the table (rows read
  -- in key order, as through that index). Rebuilt as such; nothing references either table.
  CREATE TABLE contents_v14 (
    gazette_id     TEXT NOT NULL REFERENCES gazettes(id) ON DELETE CASCADE,
    ordinal        INTEGER NOT NULL,
    section        TEXT,
    title          TEXT NOT NULL,
    doc_number     TEXT,
    doc_number_raw TEXT,
    page           INTEGER,
    document_id    TEXT,
    PRIMARY KEY (gazette_id, ordinal)
  ) WITHOUT ROWID;
  INSERT INTO contents_v14 SELECT gazette_id, ordinal, section, title, doc_number, doc_number_raw, page, document_id FROM contents ORDER BY gazette_id, ordinal;
  DROP TABLE contents;
  ALTER TABLE contents_v14 RENAME TO contents;
  CREATE TABLE unit_aliases_v14 (
    unit_id TEXT NOT NULL REFERENCES units(id) ON DELETE CASCADE,
    alias   TEXT NOT NULL,
    PRIMARY KEY (unit_id, alias)
  ) WITHOUT ROWID;
  INSERT INTO unit_aliases_v14 SELECT unit_id, alias FROM unit_aliases ORDER BY unit_id, alias;
  DROP TABLE unit_aliases;
  ALTER TABLE unit_aliases_v14 RENAME TO unit_aliases;
  `,
  /* 15 */ `
  -- A title is looked up by its key (text/book-titles.ts titleKey): the same title printed with
  -- （） or (), 〈〉 or 《》, full-width digits, traditional or variant shapes is one document, where
  -- a key of its spaces alone made two (a repeal printing 实施细则（试行） missed the document
  -- stored as 实施细则(试行)). Documents get the key as a column, indexed in place of the title
  -- without spaces; reference nodes named by a title are keyed again, nodes the new key makes one
  -- merged (their references kept, on the node first made).
  ALTER TABLE documents ADD COLUMN title_key TEXT;
  UPDATE documents SET title_key = gazette_title_key(title);
  DROP INDEX IF EXISTS documents_title_compact;
  CREATE INDEX documents_title_key ON documents(title_key);
  CREATE TEMP TABLE rekeyed_nodes AS
    SELECT id, 't:' || gazette_title_key(substr(key, 3)) AS key FROM ref_nodes WHERE doc_number IS NULL AND key LIKE 't:%';
  CREATE TEMP TABLE kept_nodes AS SELECT key, min(id) AS id FROM rekeyed_nodes GROUP BY key;
  CREATE TEMP TABLE merged_nodes AS
    SELECT r.id AS id, k.id AS into_id FROM rekeyed_nodes r JOIN kept_nodes k ON k.key = r.key WHERE k.id <> r.id;
  UPDATE doc_references SET node_id = (SELECT into_id FROM merged_nodes m WHERE m.id = doc_references.node_id)
    WHERE node_id IN (SELECT id FROM merged_nodes);
  DELETE FROM ref_nodes WHERE id IN (SELECT id FROM merged_nodes);
  UPDATE ref_nodes SET key = (SELECT key FROM rekeyed_nodes r WHERE r.id = ref_nodes.id),
                       title = substr((SELECT key FROM rekeyed_nodes r WHERE r.id = ref_nodes.id), 3)
    WHERE id IN (SELECT id FROM kept_nodes);
  DROP TABLE rekeyed_nodes;
  DROP TABLE kept_nodes;
  DROP TABLE merged_nodes;
  `,
  /* 16 */ `
  -- A reference by a number no stored document carries names, by its title, the one document
  -- stored without a number whose title it is or which issues it (关于印发《X》的通知 issues X;
  -- numberless-documents.ts). Documents get the key of the name they issue (their instrument's,
  -- else the one their title says, through titleKey) as a column, NULL for none, indexed where
  -- set: that lookup was a LIKE over every document's title key, run once per such reference.
  ALTER TABLE documents ADD COLUMN issued_key TEXT;
  UPDATE documents SET issued_key = gazette_issued_key(title, record_json);
  CREATE INDEX documents_issued_key ON documents(issued_key) WHERE issued_key IS NOT NULL;
  `,
];
