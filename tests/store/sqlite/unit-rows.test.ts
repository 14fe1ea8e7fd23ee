/**
 * Units and duties as the store writes and reads them back: units with aliases and counts, a
 * unit dropped with its last duty, and sentences naming several offices stored once.
 */
import { describe, expect, it } from 'vitest';
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
  /** One sentence naming three offices, a matter that is not in its sentence, characters beyond the BMP before the matter. */
  function sharedSentenceRecord() {
    const record = xiaxian2022Record();
    const sentence = '𠀀𠀁 加强耕地保护。（县自然资源局牵头，县农业农村局、县水利局配合）';
    record.documents[0].duties = [
      { ...duty('县自然资源局', '夏县:县自然资源局', 'lead', '加强耕地保护'), sentence },
      { ...duty('县农业农村局', '夏县:县农业农村局', 'support', '加强耕地保护'), sentence },
      { ...duty('县水利局', '夏县:县水利局', 'support', '加强耕地保护'), sentence },
      { ...duty('县人社局', '夏县:县人力资源和社会保障局', 'responsible', '技能培训（另见附件）'), sentence },
    ];
    return record;
  }

  it('stores a sentence naming several offices once and reads every duty back as written', () => {
    const record = sharedSentenceRecord();
    t.store.putGazette(record);
    const read = t.store.listDuties('夏县').map(({ unit, unitId, role, matter, sentence, paragraph }) => ({ unit, unitId, role, matter, sentence, paragraph }));
    expect(read).toEqual(record.documents[0].duties);
    readDb(t.dbPath, (db) => {
      expect(db.prepare('SELECT count(*) FROM duty_sentences').pluck().get()).toBe(1);
      // Only the matter that is not part of its sentence is stored as text.
      expect(db.prepare('SELECT matter FROM duties WHERE matter IS NOT NULL').pluck().all()).toEqual(['技能培训（另见附件）']);
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

  it('removes the shared sentences with their gazette', () => {
    t.store.putGazette(sharedSentenceRecord());
    t.store.removeGazette('g-xiaxian-2022-1');
    readDb(t.dbPath, (db) => expect(db.prepare('SELECT count(*) FROM duty_sentences').pluck().get()).toBe(0));
  });
});
