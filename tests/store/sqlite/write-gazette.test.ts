import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { migrate } from '../../../src/store/sqlite/schema';
import { textOf } from '../../../src/store/sqlite/row-values';
import type { Sql } from '../../../src/store/sqlite/sql';
import { writeGazette } from '../../../src/store/sqlite/write-gazette';
import { jishanRecord, xiaxian2023Record } from '../records';

function connection(): { db: Database.Database; sql: Sql } {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db);
  return { db, sql: (source) => db.prepare(source) };
}

describe('writeGazette', () => {
  it('tells the index what it stored, and which documents a replacement dropped', () => {
    const { db, sql } = connection();
    const first = writeGazette(sql, jishanRecord('v1'), undefined, '2026-01-01T00:00:00Z');
    expect(first.result).toEqual({ status: 'stored', gazetteId: 'g-jishan-2022-3', documents: 2 });
    expect([...first.fresh.keys()]).toEqual(['d-jz31', 'd-jz18']);
    expect(first.removed).toEqual([]);
    const second = writeGazette(sql, jishanRecord('v2'), undefined, '2026-01-02T00:00:00Z');
    expect(second.result).toMatchObject({ status: 'replaced', documents: 1, replacedSource: 'data/samples/jishan-2022-03.txt' });
    expect(second.removed).toEqual(['d-jz18']);
    // Only 稷政发〔2022〕18号 cited 稷政办发〔2022〕31号: its node went with it.
    expect(db.prepare('SELECT doc_number FROM ref_nodes').pluck().all()).toEqual(['晋政办发〔2021〕25号']);
  });

  it('names the nodes whose repeal status may have moved', () => {
    const { sql } = connection();
    const written = writeGazette(sql, xiaxian2023Record(), undefined, '2026-01-01T00:00:00Z');
    expect(written.repealTargets).toEqual(new Set(['n:夏政办发〔2022〕5号', 'n:夏政办函〔2022〕27号']));
  });

  it('stores a sentence citing several documents once, and removes it with its document', () => {
    const { db, sql } = connection();
    const record = xiaxian2023Record();
    const document = record.documents[0];
    const sentence = '根据《甲办法》（夏政发〔2020〕1号）和《乙办法》（夏政发〔2020〕2号）制定本办法。';
    document.references = [
      { relation: 'basedOn', docNumber: '夏政发〔2020〕1号', title: '甲办法', sentence, paragraph: 0 },
      { relation: 'basedOn', docNumber: '夏政发〔2020〕2号', title: '乙办法', sentence, paragraph: 0 },
    ];
    writeGazette(sql, record, undefined, '2026-01-01T00:00:00Z');
    const stored = db.prepare('SELECT sentence FROM ref_sentences WHERE document_no = (SELECT no FROM documents WHERE id = ?)').pluck().all(document.id) as Buffer[];
    expect(stored.map(textOf)).toEqual([sentence]);
    expect(db.prepare('SELECT count(DISTINCT sentence_id) FROM doc_references WHERE document_no = (SELECT no FROM documents WHERE id = ?)').pluck().get(document.id)).toBe(1);
    db.prepare('DELETE FROM gazettes').run();
    expect(db.prepare('SELECT count(*) FROM ref_sentences').pluck().get()).toBe(0);
  });
});
