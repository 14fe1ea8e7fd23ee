/**
 * Units and duties as the store writes and reads them back: units with aliases and counts, a
 * unit dropped with its last duty, and sentences naming several offices stored once.
 */
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { textOf } from '../../../src/store/sqlite/row-values';
import { duty, jishanRecord, xiaxian2022Record } from '../records';
import { readDb, useTempStore } from '../temp-store';

const t = useTempStore();

describe('listUnits', () => {
  it('lists the units of one county with their aliases and counts', () => {
    t.store.putGazette(jishanRecord());
    t.store.putGazette(xiaxian2022Record());
    const units = t.store.listUnits('稷山县');
    expect(units.every((u) => u.county === '稷山县')).toBe(true);
    const hr = units.find((u) => u.id === '稷山县:县人力资源和社会保障局')!;
    expect(hr).toMatchObject({ name: '县人力资源和社会保障局', aliases: ['县人社局'], dutyCount: 2, documentCount: 1 });
    expect(t.store.listUnits().length).toBe(units.length + 1);
  });

  it('drops a unit whose last duty went with a replaced gazette', () => {
    t.store.putGazette(jishanRecord('v1'));
    t.store.putGazette(jishanRecord('v2'));
    expect(t.store.listUnits('稷山县').map((u) => u.name)).not.toContain('县行政审批服务管理局');
    expect(t.store.getUnit('稷山县:县人力资源和社会保障局')?.documents[0].duties).toHaveLength(2);
  });

  it('answers undefined for a unit not stored', () => {
    t.store.putGazette(jishanRecord());
    expect(t.store.getUnit('稷山县:不存在的局')).toBeUndefined();
  });
});

describe('duties on disk', () => {
  /**
   * One sentence naming four offices, quoted from its paragraph after characters beyond the BMP;
   * a matter that is not in its sentence; a duty whose sentence is not in its paragraph.
   */
  function sharedSentenceRecord() {
    const record = xiaxian2022Record();
    const sentence = '𠀀𠀁 加强耕地保护。（县自然资源局牵头，县农业农村局、县水利局配合）';
    const document = record.documents[0];
    const paragraph = `𠂇一、${sentence}后文。`;
    document.paragraphs = [...document.paragraphs, { text: paragraph, raw: paragraph, lineStart: 9, lineEnd: 9 }];
    document.text = document.paragraphs.map((p) => p.text).join('\n');
    const at = document.paragraphs.length - 1;
    document.duties = [
      { ...duty('县自然资源局', '夏县:县自然资源局', 'lead', '加强耕地保护'), sentence, paragraph: at },
      { ...duty('县农业农村局', '夏县:县农业农村局', 'support', '加强耕地保护'), sentence, paragraph: at },
      { ...duty('县水利局', '夏县:县水利局', 'support', '加强耕地保护'), sentence, paragraph: at },
      { ...duty('县人社局', '夏县:县人力资源和社会保障局', 'responsible', '技能培训（另见附件）'), sentence, paragraph: at },
      { ...duty('县林业局', '夏县:县林业局', 'lead', '植树造林'), sentence: '植树造林（县林业局牵头）', paragraph: 0 },
    ];
    return record;
  }

  it('stores a sentence quoted from its paragraph as where it stands and reads every duty back as written', () => {
    const record = sharedSentenceRecord();
    t.store.putGazette(record);
    const read = t.store.listDuties('夏县').map(({ unit, unitId, role, matter, sentence, paragraph }) => ({ unit, unitId, role, matter, sentence, paragraph }));
    expect(read).toEqual(record.documents[0].duties);
    expect(t.store.getUnit('夏县:县水利局')?.documents[0].duties).toEqual([record.documents[0].duties[2]]);
    // The document read whole has them from the same rows (its record keeps only how many, schema step 12), as the same JSON.
    expect(JSON.stringify(t.store.getDocument(record.documents[0].id)?.duties)).toBe(JSON.stringify(record.documents[0].duties));
    readDb(t.dbPath, (db) => {
      // Offsets count characters: 𠂇 before the sentence is one, as substr() counts.
      expect(db.prepare('SELECT DISTINCT sentence_at, sentence_length FROM duties WHERE sentence IS NULL').all()).toEqual([{ sentence_at: 3, sentence_length: 34 }]);
      expect((db.prepare('SELECT sentence FROM duties WHERE sentence IS NOT NULL').pluck().all() as Buffer[]).map(textOf)).toEqual(['植树造林（县林业局牵头）']);
      // Only the matter that is not part of its sentence is stored as text, and only the unit written otherwise than its name.
      expect((db.prepare('SELECT matter FROM duties WHERE matter IS NOT NULL').pluck().all() as Buffer[]).map(textOf)).toEqual(['技能培训（另见附件）']);
      expect(db.prepare('SELECT unit FROM duties WHERE unit IS NOT NULL').pluck().all()).toEqual(['县人社局']);
    });
  });

  it('lists every county\'s duties when no county is named, each with its unit\'s name and document', () => {
    t.store.putGazette(jishanRecord());
    t.store.putGazette(sharedSentenceRecord());
    const all = t.store.listDuties();
    expect(all.length).toBe(t.store.listDuties('稷山县').length + t.store.listDuties('夏县').length);
    expect(all.find((d) => d.unit === '县人社局' && d.unitId === '夏县:县人力资源和社会保障局')).toMatchObject({ unitName: '县人力资源和社会保障局' });
    expect(all.every((d) => d.document.id.length > 0)).toBe(true);
  });

  it('keeps each duty\'s unit through a VACUUM that renumbers the units\' rows', () => {
    t.store.putGazette(jishanRecord());
    t.store.putGazette(sharedSentenceRecord());
    t.store.removeGazette(jishanRecord().id); // gaps in the units' rowids, which VACUUM closes
    const before = t.store.listDuties();
    t.store.close();
    const db = new Database(t.dbPath);
    db.exec('VACUUM');
    db.close();
    t.store = t.open();
    expect(t.store.listDuties()).toEqual(before);
    expect(before.every((d) => d.unitName === d.unitId?.split(':')[1])).toBe(true);
  });

  it('removes the duties with their gazette', () => {
    t.store.putGazette(sharedSentenceRecord());
    t.store.removeGazette('g-xiaxian-2022-1');
    readDb(t.dbPath, (db) => expect(db.prepare('SELECT count(*) FROM duties').pluck().get()).toBe(0));
  });
});
