/**
 * Migrations of stores written by earlier versions: nothing lost, the indexes the queries rely
 * on present, and an old store opened read-only refused with the way to upgrade it.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open-store';
import { parseDocNumber } from '../../../src/domain/doc-number';
import { documentChecksum, dutiesChecksum } from '../../../src/store/sqlite/checksum';
import { encodeDocument } from '../../../src/store/sqlite/document-codec';
import { dutyValues } from '../../../src/store/sqlite/duty-rows';
import { decodeRecord, encodePlainRecord, encodeRecord } from '../../../src/store/sqlite/record-codec';
import { textOf } from '../../../src/store/sqlite/row-values';
import { migrate, schemaVersion } from '../../../src/store/sqlite/schema';
import { doc, gazette } from '../records';
import { createFakeIndex } from '../fake-index';
import { readDb, useTempStore } from '../temp-store';

const t = useTempStore();

/** A store file at schema `version`, filled by `fill`. */
function oldStore(name: string, version: number, fill: (db: Database.Database) => void = () => {}): string {
  const file = path.join(t.dir, name);
  const old = new Database(file);
  migrate(old, version);
  fill(old);
  old.close();
  return file;
}

describe('migrations', () => {
  it('migrates duties of a store written before sentences were shared, losing nothing', () => {
    const rows = [
      ['县水利局', 'lead', '𠀀 节水', '𠀀 节水（县水利局牵头，县农业农村局配合）'],
      ['县农业农村局', 'support', '𠀀 节水', '𠀀 节水（县水利局牵头，县农业农村局配合）'],
      ['县水利局', 'responsible', '河长制', '落实河湖长制。（县水利局负责）'],
    ];
    const file = oldStore('v1.db', 1, (old) => {
      old.exec(`INSERT INTO gazettes (id, kind, contents_json, messages_json) VALUES ('g', 'gazette', '[]', '[]');
        INSERT INTO documents (id, gazette_id, ordinal, title, county, record_json) VALUES ('d', 'g', 0, '方案', '夏县', '{}');
        INSERT INTO units (id, county, name) VALUES ('夏县:县水利局', '夏县', '县水利局');`);
      rows.forEach(([unit, role, matter, sentence], ordinal) =>
        old
          .prepare('INSERT INTO duties (document_id, ordinal, unit_id, unit, role, matter, sentence, paragraph, county) VALUES (?, ?, ?, ?, ?, ?, ?, 3, ?)')
          .run('d', ordinal, unit === '县水利局' ? '夏县:县水利局' : null, unit, role, matter, sentence, '夏县'),
      );
    });
    const migrated = openStore({ db: file, createIndex: (db) => createFakeIndex(db) });
    expect(migrated.listDuties('夏县').map((d) => [d.unit, d.role, d.matter, d.sentence])).toEqual(rows);
    expect(migrated.check()).toMatchObject({ integrity: ['ok'] });
    migrated.close();
    // The document keeps no paragraphs: the sentences stay text (schema step 6 found none to point at).
    readDb(file, (db) => expect(db.prepare('SELECT count(*) FROM duties WHERE sentence IS NOT NULL').pluck().get()).toBe(3));
  });

  it('migrates duties\' sentences stored as text before step 6 to where they stand in their paragraphs, and references\' sentences to one row each, reading back the same', () => {
    const sentence = '𠀀节水（县水利局牵头，县农业农村局配合）';
    const cited = '依据《夏县节水办法》（夏政发〔2020〕1号）执行。';
    const document = doc('g', 0, { id: 'd', title: '方案', county: '夏县', text: `前言\n一、${sentence}另行安排。\n${cited}` });
    const number = parseDocNumber('夏政发〔2020〕1号')!.canonical;
    const file = oldStore('v5.db', 5, (old) => {
      const encoded = encodeDocument(document);
      old.exec("INSERT INTO gazettes (id, kind, contents_json, messages_json) VALUES ('g', 'gazette', '[]', '[]')");
      old
        .prepare("INSERT INTO documents (id, gazette_id, ordinal, title, county, record_json, paragraphs, checksum) VALUES ('d', 'g', 0, '方案', '夏县', ?, ?, ?)")
        .run(encoded.record, encoded.paragraphs, documentChecksum(encoded.record, encoded.paragraphs));
      old.exec(`INSERT INTO units (id, county, name) VALUES ('夏县:县水利局', '夏县', '县水利局');
        INSERT INTO duty_sentences (id, document_id, sentence) VALUES (1, 'd', '${sentence}'), (2, 'd', '不在段落里的句子（县水利局负责）');
        INSERT INTO duties (document_id, ordinal, unit_id, unit, role, sentence_id, matter, matter_at, matter_length, paragraph, county) VALUES
          ('d', 0, '夏县:县水利局', '县水利局', 'lead', 1, NULL, 1, 2, 1, '夏县'),
          ('d', 1, NULL, '县农业农村局', 'support', 1, NULL, 1, 2, 1, '夏县'),
          ('d', 2, '夏县:县水利局', '水利局', 'responsible', 2, '防汛', NULL, NULL, 1, '夏县');
        INSERT INTO ref_nodes (id, key, doc_number, title) VALUES (1, 'n:${number}', '${number}', '夏县节水办法');
        INSERT INTO ref_nodes (id, key, title) VALUES (2, 't:节水条例', '节水条例');
        INSERT INTO doc_references (document_id, ordinal, relation, node_id, to_number, to_title, sentence, paragraph)
          VALUES ('d', 0, 'basedOn', 1, '${number}', '夏县节水办法', '${cited}', 2), ('d', 1, 'cites', 2, NULL, '节水条例', '${cited}', 2);`);
    });
    const migrated = openStore({ db: file, createIndex: (db) => createFakeIndex(db) });
    expect(migrated.listDuties('夏县').map((d) => [d.unit, d.unitId, d.matter, d.sentence])).toEqual([
      ['县水利局', '夏县:县水利局', '节水', sentence],
      ['县农业农村局', undefined, '节水', sentence],
      ['水利局', '夏县:县水利局', '防汛', '不在段落里的句子（县水利局负责）'],
    ]);
    expect(migrated.references('夏政发〔2020〕1号').citedBy.map((edge) => edge.sentence)).toEqual([cited]);
    expect(migrated.references('节水条例').citedBy.map((edge) => edge.sentence)).toEqual([cited]);
    expect(migrated.check()).toMatchObject({ integrity: ['ok'] });
    migrated.close();
    readDb(file, (db) => {
      const rows = db.prepare('SELECT sentence, sentence_at, sentence_length FROM duties ORDER BY ordinal').raw().all() as Array<[string | Buffer | null, number | null, number | null]>;
      expect(rows.map(([text, at, length]) => [textOf(text), at, length])).toEqual([
        [null, 2, 20],
        [null, 2, 20],
        ['不在段落里的句子（县水利局负责）', null, null],
      ]);
      expect(db.prepare("SELECT count(*) FROM sqlite_schema WHERE name IN ('duty_sentences', 'duties_county')").pluck().get()).toBe(0);
      // Two references in one sentence share it (step 8).
      expect((db.prepare('SELECT sentence FROM ref_sentences').pluck().all() as Buffer[]).map(textOf)).toEqual([cited]);
    });
  });

  it('writes the duties table as stores written by earlier versions hold it', () => {
    // Stores that have run the migrations keep this text in sqlite_schema; a new store must get
    // the same table, so the steps shared by both (schema.ts) may not drift.
    const table = readDb(t.dbPath, (db) => db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'duties'").pluck().get() as string);
    expect(table.split('\n').map((line) => line.trim()).slice(0, 8)).toEqual([
      'CREATE TABLE "duties" (',
      'id              INTEGER PRIMARY KEY,',
      'document_no     INTEGER NOT NULL REFERENCES documents(no) ON DELETE CASCADE,',
      'ordinal         INTEGER NOT NULL,',
      'unit_no         INTEGER REFERENCES units(no),',
      "unit            TEXT,     -- NULL when it is the unit's name",
      'role            INTEGER NOT NULL,  -- row-values.ts: 0 responsible, 1 member, 2 lead, 3 support, 4 interprets, 5 office',
      'paragraph       INTEGER NOT NULL,',
    ]);
  });

  it('finds documents by their title key through an index, also in a store migrated from before it', () => {
    const file = oldStore('v3.db', 3);
    openStore({ db: file, createIndex: (db) => createFakeIndex(db) }).close();
    readDb(file, (db) => {
      // The store's lookups by title (a cited or repealed document without a number), as it writes them.
      for (const sql of ['SELECT id FROM documents WHERE title_key = ?', 'SELECT d.id FROM documents d WHERE d.title_key = ? LIMIT 1']) {
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as Array<{ detail: string }>).map((row) => row.detail).join(' ');
        expect(plan).toContain('documents_title_key');
      }
    });
  });

  it('keys the titles of a store of version 14 (step 15): nodes of one title printed two ways become one, linked to its document', () => {
    const file = oldStore('v14.db', 14, (old) => {
      old.exec("INSERT INTO gazettes (id, kind, contents_json, messages_json) VALUES ('g', 'gazette', '[]', '[]')");
      const rows: Array<[string, string, string]> = [
        ['d-rules', '某县办法实施细则(试行)', '2018-03-01'],
        ['d-repeal', '某县人民政府关于废止部分规范性文件的决定', '2025-03-01'],
        ['d-cite', '某县农业农村局关于做好土地流转工作的通知', '2024-05-01'],
      ];
      rows.forEach(([id, title, date], ordinal) => {
        const encoded = encodeDocument(doc('g', ordinal, { id, title, county: '某县', date }));
        old
          .prepare("INSERT INTO documents (id, gazette_id, ordinal, title, county, date, record_json, paragraphs, checksum, no) VALUES (?, 'g', ?, ?, '某县', ?, ?, ?, ?, ?)")
          .run(id, ordinal, title, date, encoded.record, encoded.paragraphs, documentChecksum(encoded.record, encoded.paragraphs), ordinal + 1);
      });
      // As version 14 wrote them: a node per title without its spaces.
      old.exec(`INSERT INTO ref_nodes (id, key, doc_number, title) VALUES (1, 't:某县办法实施细则（试行）', NULL, '某县办法实施细则（试行）'), (2, 't:某县办法实施细则(试行)', NULL, '某县办法实施细则(试行)');
        INSERT INTO ref_sentences (id, document_no, sentence) VALUES (1, 2, '决定废止《某县办法实施细则（试行）》。'), (2, 3, '根据《某县办法实施细则(试行)》执行。');
        INSERT INTO doc_references (document_no, ordinal, relation, node_id, to_title, sentence_id, paragraph)
          VALUES (2, 0, 'repeals', 1, '某县办法实施细则（试行）', 1, 0), (3, 0, 'cites', 2, '某县办法实施细则(试行)', 2, 0);`);
    });
    const migrated = openStore({ db: file, createIndex: (db) => createFakeIndex(db) });
    expect(migrated.documentStatus('d-rules', { asOf: '2025-06-01' })).toBe('已废止');
    const graph = migrated.references('某县办法实施细则（试行）', { asOf: '2025-06-01' });
    expect(graph.node.document?.id).toBe('d-rules');
    expect(graph.repealedBy.map((e) => e.from.document?.id)).toEqual(['d-repeal']);
    expect(graph.citedBy.map((e) => e.from.document?.id)).toEqual(['d-cite']);
    expect(migrated.check()).toMatchObject({ integrity: ['ok'] });
    migrated.close();
    readDb(file, (db) => {
      expect(db.prepare('SELECT key, title FROM ref_nodes').raw().all()).toEqual([['t:某县办法实施细则(试行)', '某县办法实施细则(试行)']]);
      expect(db.prepare('SELECT DISTINCT node_id FROM doc_references').pluck().all()).toEqual([1]);
      expect(db.prepare("SELECT title_key FROM documents WHERE id = 'd-rules'").pluck().get()).toBe('某县办法实施细则(试行)');
    });
  });

  it('keys the name each document of a store of version 15 issues (step 16): a reference by a number no document carries finds the numberless one by it, through an index', () => {
    const cited = (n: number) => parseDocNumber(`某政发〔2019〕${n}号`)!.canonical;
    const file = oldStore('v15.db', 15, (old) => {
      old.exec("INSERT INTO gazettes (id, kind, contents_json, messages_json) VALUES ('g', 'gazette', '[]', '[]')");
      const rows: Array<[string, string, string | null, string | undefined]> = [
        ['d-notice', '关于印发《某县节水办法》的通知', null, undefined], // the name its title says it issues
        ['d-order', '某县人民政府令', null, '某县河道管理办法'], // the instrument its record names
        ['d-numbered', '关于印发《某县防汛办法》的通知', '某政发〔2020〕5号', undefined], // must not: it has a number of its own
        ['d-cite', '某县人民政府关于做好节水工作的通知', '某政发〔2024〕1号', undefined],
      ];
      rows.forEach(([id, title, docNumber, instrumentTitle], ordinal) => {
        const encoded = encodeDocument(doc('g', ordinal, { id, title, county: '某县', docNumber: docNumber ?? undefined, instrumentTitle }));
        old
          .prepare("INSERT INTO documents (id, gazette_id, ordinal, doc_number, title, county, record_json, paragraphs, checksum, title_key, no) VALUES (?, 'g', ?, ?, ?, '某县', ?, ?, ?, ?, ?)")
          .run(id, ordinal, docNumber, title, encoded.record, encoded.paragraphs, documentChecksum(encoded.record, encoded.paragraphs), title, ordinal + 1);
      });
      old.exec(`INSERT INTO ref_nodes (id, key, doc_number, title) VALUES
          (1, 'n:${cited(3)}', '${cited(3)}', '某县节水办法'), (2, 'n:${cited(4)}', '${cited(4)}', '某县河道管理办法'), (3, 'n:${cited(5)}', '${cited(5)}', '某县防汛办法');
        INSERT INTO ref_sentences (id, document_no, sentence) VALUES (1, 4, '依据《某县节水办法》等规定。');
        INSERT INTO doc_references (document_no, ordinal, relation, node_id, to_number, to_title, sentence_id, paragraph)
          VALUES (4, 0, 'cites', 1, '${cited(3)}', '某县节水办法', 1, 0), (4, 1, 'cites', 2, '${cited(4)}', '某县河道管理办法', 1, 0), (4, 2, 'cites', 3, '${cited(5)}', '某县防汛办法', 1, 0);`);
    });
    const migrated = openStore({ db: file, createIndex: (db) => createFakeIndex(db) });
    expect(migrated.references('某政发〔2024〕1号').cites.map((edge) => edge.to.document?.id)).toEqual(['d-notice', 'd-order', undefined]);
    expect(migrated.references(cited(3)).node.document?.id).toBe('d-notice');
    expect(migrated.references('某县河道管理办法').citedBy.map((edge) => edge.from.document?.id)).toEqual(['d-cite']);
    expect(migrated.check()).toMatchObject({ integrity: ['ok'] });
    migrated.close();
    readDb(file, (db) => {
      expect(db.prepare('SELECT id, issued_key FROM documents ORDER BY no').raw().all()).toEqual([
        ['d-notice', '某县节水办法'],
        ['d-order', '某县河道管理办法'],
        ['d-numbered', '某县防汛办法'],
        ['d-cite', null],
      ]);
      // documentByName's lookup (numberless-documents.ts), as it asks it: both keys by their index.
      const sql = 'SELECT rowid AS row, record_json FROM documents WHERE (title_key = ? OR issued_key = ?) AND +doc_number IS NULL';
      const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x', 'x') as Array<{ detail: string }>).map((row) => row.detail).join(' ');
      expect(plan).toContain('documents_title_key');
      expect(plan).toContain('documents_issued_key');
    });
  });

  it('reads the paragraph texts a store of version 8 wrote plain, and writes new ones compressed', () => {
    const document = doc('g', 0, { id: 'd', title: '方案', county: '夏县', text: '前言\n一、落实节水𠀀措施。' });
    const encoded = encodeDocument(document);
    const plain = encodePlainRecord(document.paragraphs.map((paragraph) => paragraph.text));
    const file = oldStore('v8.db', 8, (old) => {
      old.exec("INSERT INTO gazettes (id, kind, contents_json, messages_json) VALUES ('g', 'gazette', '[]', '[]')");
      old
        .prepare("INSERT INTO documents (id, gazette_id, ordinal, title, county, record_json, paragraphs, checksum) VALUES ('d', 'g', 0, '方案', '夏县', ?, ?, ?)")
        .run(encoded.record, plain, documentChecksum(encoded.record, plain));
    });
    const migrated = openStore({ db: file, createIndex: (db) => createFakeIndex(db) });
    expect(migrated.getDocument('d')?.paragraphs.map((paragraph) => paragraph.text)).toEqual(['前言', '一、落实节水𠀀措施。']);
    migrated.close();
    readDb(file, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
      expect((db.prepare('SELECT paragraphs FROM documents').pluck().get() as Buffer)[0]).toBe(plain[0]);
    });
    expect(encoded.paragraphs[0]).not.toBe(plain[0]);
  });

  it('migrates duties, references and their sentences of a store of version 10 to name their document by number, roles by number and texts in UTF-16, reading back the same and deleted with it', () => {
    const sentence = '节水（县水利局牵头，县农业农村局配合）';
    const cited = '依据《夏县节水办法》（夏政发〔2020〕1号）执行。';
    const number = parseDocNumber('夏政发〔2020〕1号')!.canonical;
    const file = oldStore('v10.db', 10, (old) => {
      old.exec("INSERT INTO gazettes (id, kind, contents_json, messages_json) VALUES ('g', 'gazette', '[]', '[]')");
      ['a', 'd'].forEach((id, ordinal) => {
        const encoded = encodeDocument(doc('g', ordinal, { id, title: `方案${id}`, county: '夏县', text: `前言\n一、${sentence}\n${cited}` }));
        old
          .prepare("INSERT INTO documents (id, gazette_id, ordinal, title, county, date, record_json, paragraphs, checksum) VALUES (?, 'g', ?, ?, '夏县', ?, ?, ?, ?)")
          .run(id, ordinal, `方案${id}`, `2022-0${ordinal + 1}-01`, encoded.record, encoded.paragraphs, documentChecksum(encoded.record, encoded.paragraphs));
      });
      old.exec(`INSERT INTO units (id, county, name, no) VALUES ('夏县:县水利局', '夏县', '县水利局', 1);
        INSERT INTO duties (document_id, ordinal, unit_no, unit, role, paragraph, sentence, sentence_at, sentence_length, matter, matter_at, matter_length) VALUES
          ('d', 0, 1, NULL, 'lead', 1, NULL, 2, 19, NULL, 0, 2),
          ('a', 0, 1, '水利局', 'responsible', 1, '不在段落里的句子（县水利局负责）', NULL, NULL, '防汛', NULL, NULL);
        INSERT INTO ref_nodes (id, key, doc_number, title) VALUES (1, 'n:${number}', '${number}', '夏县节水办法');
        INSERT INTO ref_sentences (id, document_id, sentence) VALUES (1, 'd', '${cited}'), (2, 'a', '${cited}');
        INSERT INTO doc_references (document_id, ordinal, relation, node_id, to_number, to_title, sentence_id, paragraph)
          VALUES ('d', 0, 'basedOn', 1, '${number}', '夏县节水办法', 1, 2), ('a', 0, 'cites', 1, '${number}', '夏县节水办法', 2, 2);`);
    });
    const migrated = openStore({ db: file, createIndex: (db) => createFakeIndex(db) });
    expect(migrated.listDuties('夏县').map((d) => [d.document.id, d.unit, d.matter, d.sentence])).toEqual([
      ['d', '县水利局', '节水', sentence],
      ['a', '水利局', '防汛', '不在段落里的句子（县水利局负责）'],
    ]);
    expect(migrated.getUnit('夏县:县水利局')?.documents.map((group) => group.document.id)).toEqual(['d', 'a']);
    expect(migrated.listUnits('夏县')).toMatchObject([{ id: '夏县:县水利局', dutyCount: 2, documentCount: 2 }]);
    expect(migrated.references('夏政发〔2020〕1号').citedBy.map((edge) => [edge.from.document?.id, edge.sentence])).toEqual([
      ['a', cited],
      ['d', cited],
    ]);
    expect(migrated.check()).toMatchObject({ integrity: ['ok'] });
    migrated.close();
    readDb(file, (db) => {
      for (const table of ['duties', 'doc_references', 'ref_sentences']) {
        expect(db.prepare(`SELECT DISTINCT typeof(document_no) FROM ${table}`).pluck().all()).toEqual(['integer']);
      }
      expect(db.pragma('foreign_key_check')).toEqual([]);
      // Roles by number; Chinese texts as UTF-16, shorter than UTF-8 (row-values.ts).
      expect(db.prepare('SELECT role, typeof(sentence), typeof(matter) FROM duties ORDER BY id').raw().all()).toEqual([
        [2, 'null', 'null'],
        [0, 'blob', 'blob'],
      ]);
      expect(db.prepare('SELECT DISTINCT typeof(sentence) FROM ref_sentences').pluck().all()).toEqual(['blob']);
    });
    // A document's rows go with it (ON DELETE CASCADE by its number).
    const db = new Database(file);
    db.pragma('foreign_keys = ON');
    db.prepare("DELETE FROM documents WHERE id = 'd'").run();
    expect(['duties', 'doc_references', 'ref_sentences'].map((table) => db.prepare(`SELECT count(*) FROM ${table}`).pluck().get())).toEqual([1, 1, 1]);
    db.close();
  });

  it('reads the duties a record of a store of version 11 holds, and keeps only how many in the records it writes after step 12', () => {
    const sentence = '节水（县水利局牵头，县农业农村局配合）';
    const old = doc('g', 0, { id: 'd', title: '方案', county: '夏县', date: '2022-01-01', text: `前言\n一、${sentence}` });
    old.duties = [{ unit: '县水利局', unitId: '夏县:县水利局', role: 'lead', matter: '节水', sentence, paragraph: 1 }];
    const file = oldStore('v11.db', 11, (db) => {
      // Version 11 wrote the duties into the record too (here as text: earlier records read either way).
      const { record: lean, paragraphs } = encodeDocument(old);
      const record = encodeRecord({ ...decodeRecord<object>(lean), duties: old.duties });
      db.exec(`INSERT INTO gazettes (id, kind, contents_json, messages_json) VALUES ('g', 'gazette', '[]', '[]');
        INSERT INTO units (id, county, name, no) VALUES ('夏县:县水利局', '夏县', '县水利局', 1);`);
      db.prepare("INSERT INTO documents (id, gazette_id, ordinal, title, county, date, record_json, paragraphs, checksum, no) VALUES ('d', 'g', 0, '方案', '夏县', '2022-01-01', ?, ?, ?, 1)")
        .run(record, paragraphs, documentChecksum(record, paragraphs));
      db.exec('INSERT INTO duties (document_no, ordinal, unit_no, unit, role, paragraph, sentence, sentence_at, sentence_length, matter, matter_at, matter_length) VALUES (1, 0, 1, NULL, 2, 1, NULL, 2, 19, NULL, 0, 2)');
    });
    const migrated = openStore({ db: file, createIndex: (db) => createFakeIndex(db) });
    expect(JSON.stringify(migrated.getDocument('d')?.duties)).toBe(JSON.stringify(old.duties));
    const fresh = doc('g2', 0, { id: 'e', title: '方案二', county: '夏县', date: '2023-01-01', text: `前言\n一、${sentence}` });
    fresh.duties = old.duties;
    migrated.putGazette(gazette('g2', { name: '夏县人民政府公报', county: '夏县', year: 2023, issue: 1 }, [fresh], { path: 'g2.txt', bytes: 'g2' }));
    expect(JSON.stringify(migrated.getDocument('e')?.duties)).toBe(JSON.stringify(old.duties));
    expect(migrated.getUnit('夏县:县水利局')?.documents.map((group) => group.document.id)).toEqual(['e', 'd']);
    expect(migrated.check()).toMatchObject({ integrity: ['ok'], damaged: [], corruptDocuments: [] });
    migrated.close();
    readDb(file, (db) => {
      expect(db.pragma('user_version', { simple: true })).toBe(schemaVersion);
      const rows = db.prepare('SELECT id, record_json, duties_checksum FROM documents ORDER BY id').all() as Array<{ id: string; record_json: Buffer; duties_checksum: number | null }>;
      expect(rows.map((row) => [row.id, decodeRecord<{ duties: unknown }>(row.record_json).duties, row.duties_checksum])).toEqual([
        ['d', old.duties, null],
        ['e', 1, dutiesChecksum([dutyValues(old.duties[0], old.paragraphs[1].text)])],
      ]);
    });
  });

  it('keeps contents rows and unit aliases of a store of version 13 in tables that are their own key (step 14)', () => {
    const file = oldStore('v13.db', 13, (db) => {
      db.exec(`INSERT INTO gazettes (id, kind, contents_json, messages_json) VALUES ('g', 'gazette', '[]', '[]');
        INSERT INTO contents (gazette_id, ordinal, section, title, doc_number, page) VALUES ('g', 1, '县政府文件', '关于节水的通知', '夏政发〔2022〕1号', 3), ('g', 0, NULL, '目录', NULL, NULL);
        INSERT INTO units (id, county, name, no) VALUES ('夏县:县水利局', '夏县', '县水利局', 1);
        INSERT INTO unit_aliases (unit_id, alias) VALUES ('夏县:县水利局', '水利局'), ('夏县:县水利局', '县水务局');`);
    });
    const migrated = openStore({ db: file, createIndex: (db) => createFakeIndex(db) });
    // Aliases in key order, as the primary key's index gave them before.
    expect(migrated.listUnits('夏县')).toMatchObject([{ id: '夏县:县水利局', aliases: ['县水务局', '水利局'] }]);
    expect(migrated.check()).toMatchObject({ integrity: ['ok'], damaged: [] });
    migrated.close();
    readDb(file, (db) => {
      expect(db.prepare('SELECT gazette_id, ordinal, title, page FROM contents').raw().all()).toEqual([
        ['g', 0, '目录', null],
        ['g', 1, '关于节水的通知', 3],
      ]);
      expect(db.prepare("SELECT name FROM sqlite_schema WHERE name LIKE 'sqlite_autoindex_contents%' OR name LIKE 'sqlite_autoindex_unit_aliases%'").all()).toEqual([]);
      expect(db.prepare("SELECT count(*) FROM pragma_table_list WHERE name IN ('contents', 'unit_aliases') AND wr = 1").pluck().get()).toBe(2);
    });
  });

  it('refuses to open an old store read-only, saying how to upgrade it', () => {
    const file = oldStore('v1-readonly.db', 1);
    expect(() => openStore({ db: file, readonly: true, createIndex: (db) => createFakeIndex(db) })).toThrow(/gazette check/);
  });
});
