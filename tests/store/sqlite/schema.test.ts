/**
 * Migrations of stores written by earlier versions: nothing lost, the indexes the queries rely
 * on present, and an old store opened read-only refused with the way to upgrade it.
 */
import path from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { openStore } from '../../../src/store/open-store';
import { migrate } from '../../../src/store/sqlite/schema';
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
    readDb(file, (db) => expect(db.prepare('SELECT count(*) FROM duty_sentences').pluck().get()).toBe(2));
  });

  it('writes the duties table as stores written by earlier versions hold it', () => {
    // Stores that have run the migrations keep this text in sqlite_schema; a new store must get
    // the same table, so the steps shared by both (schema.ts) may not drift.
    const table = readDb(t.dbPath, (db) => db.prepare("SELECT sql FROM sqlite_schema WHERE name = 'duties'").pluck().get() as string);
    expect(table.split('\n').map((line) => line.trim()).slice(0, 8)).toEqual([
      'CREATE TABLE "duties" (',
      'id            INTEGER PRIMARY KEY,',
      'document_id   TEXT NOT NULL REFERENCES documents(id) ON DELETE CASCADE,',
      'ordinal       INTEGER NOT NULL,',
      'unit_id       TEXT REFERENCES units(id),',
      'unit          TEXT NOT NULL,',
      'role          TEXT NOT NULL,',
      'sentence_id   INTEGER NOT NULL REFERENCES duty_sentences(id) ON DELETE CASCADE,',
    ]);
  });

  it('finds documents by their title without spaces through an index, also in a store migrated from before it', () => {
    const file = oldStore('v3.db', 3);
    openStore({ db: file, createIndex: (db) => createFakeIndex(db) }).close();
    readDb(file, (db) => {
      // The store's lookups by title (a cited or repealed document without a number), as it writes them.
      for (const sql of ["SELECT id FROM documents WHERE replace(title, ' ', '') = ?", "SELECT d.id FROM documents d WHERE replace(d.title, ' ', '') = ? LIMIT 1"]) {
        const plan = (db.prepare(`EXPLAIN QUERY PLAN ${sql}`).all('x') as Array<{ detail: string }>).map((row) => row.detail).join(' ');
        expect(plan).toContain('documents_title_compact');
      }
    });
  });

  it('refuses to open an old store read-only, saying how to upgrade it', () => {
    const file = oldStore('v1-readonly.db', 1);
    expect(() => openStore({ db: file, readonly: true, createIndex: (db) => createFakeIndex(db) })).toThrow(/gazette check/);
  });
});
