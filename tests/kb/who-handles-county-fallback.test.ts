/**
 * whoHandles asked for a county whose documents give no answer: it answers from the documents
 * that name no county (most pages copied from the web name none), says so in countyNotice, and
 * never answers with another county's offices. Three made-up documents: 甲山县's, 乙水县's and a
 * service guide of no county.
 */
import { describe, expect, it } from 'vitest';
import { storeOfTexts } from '../fixtures/store-of-texts';
import { placeNotice, whoHandles } from '../../src/kb/who-handles';
import type { WhoHandlesResult } from '../../src/model';

const DOCS: Record<string, string> = {
  'jiashan.txt': [
    '甲山县人民政府办公室关于印发甲山县犬只管理工作方案的通知',
    '甲山县政府办发〔2023〕5号',
    '各乡镇人民政府，县直各有关单位：',
    '一、流浪犬收容工作由县城市管理局负责。',
    '甲山县人民政府办公室',
    '2023年5月6日',
  ].join('\n'),
  'yishui.txt': [
    '乙水县人民政府办公室关于做好路灯维护工作的通知',
    '乙水县政府办发〔2023〕7号',
    '各乡镇人民政府，县直各有关单位：',
    '一、县住房和城乡建设局负责城区路灯报修的受理和维修工作。',
    '乙水县人民政府办公室',
    '2023年6月1日',
  ].join('\n'),
  'guide.txt': ['【服务指南】路灯报修办理程序', '办理部门', '所在地的街道办事处或居民委员会。'].join('\n'),
};

const storeOf = storeOfTexts('who-county', DOCS);

const names = (result: WhoHandlesResult) => result.answers.map((a) => (a.unit.canonical ?? a.unit.name));

describe('whoHandles for a county that gives no answer', () => {
  it.each([
    ['a county with no documents', '丙河县'],
    ['a county whose documents do not answer', '甲山县'],
  ])('%s: answers from the documents naming no county, and says so', async (_name, county) => {
    const result = await whoHandles(storeOf(), { q: '路灯报修找谁', county });
    expect(names(result).sort()).toEqual(['居民委员会', '街道办事处']);
    expect(result.countyNotice).toContain('以下答案来自未标明县的文件');
    expect(result.countyNotice).toContain(county);
    expect(result.answers.every((a) => a.evidence.every((e) => !e.document.county))).toBe(true);
  });

  it('never answers with another county’s office', async () => {
    const result = await whoHandles(storeOf(), { q: '路灯报修找谁', county: '丙河县' });
    expect(names(result)).not.toContain('县住房和城乡建设局');
    const dogs = await whoHandles(storeOf(), { q: '流浪犬收容找谁', county: '丙河县' });
    expect(dogs.answers).toEqual([]);
    expect(dogs.countyNotice).toBeUndefined();
  });

  it('answers from the county’s own documents where they answer, with no notice', async () => {
    const result = await whoHandles(storeOf(), { q: '路灯报修找谁', county: '乙水县' });
    expect(names(result)[0]).toBe('县住房和城乡建设局');
    expect(result.countyNotice).toBeUndefined();
  });

  it('asked for no county, answers from every document, with no notice', async () => {
    const result = await whoHandles(storeOf(), { q: '路灯报修找谁' });
    expect(names(result)).toEqual(expect.arrayContaining(['县住房和城乡建设局', '街道办事处']));
    expect(result.countyNotice).toBeUndefined();
  });
});

describe('whoHandles asked for no county: a place’s own answer says which place', () => {
  it('the first answer resting on one county’s document only names that county', async () => {
    const result = await whoHandles(storeOf(), { q: '流浪犬收容找谁' });
    expect(names(result)[0]).toBe('县城市管理局');
    expect(result.placeNotice).toContain('甲山县');
  });

  it('must not: asked for that county, it is its own answer, with no notice', async () => {
    expect((await whoHandles(storeOf(), { q: '流浪犬收容找谁', county: '甲山县' })).placeNotice).toBeUndefined();
  });

  const answer = (...counties: Array<string | undefined>) =>
    [{ evidence: counties.map((county) => ({ document: { id: 'd', title: '某条例', county } })) }] as unknown as WhoHandlesResult['answers'];
  it.each([
    [answer('宁波市'), ['宁波市']],
    [answer('宁波市', '嘉兴市'), ['宁波市', '嘉兴市']],
    // Must not: a sentence of a document naming no place (a national law) holds everywhere.
    [answer('宁波市', undefined), undefined],
    [answer(undefined), undefined],
    [[] as WhoHandlesResult['answers'], undefined],
  ])('%j → %j', (answers, places) => {
    const notice = placeNotice(answers);
    if (!places) expect(notice).toBeUndefined();
    else for (const place of places) expect(notice).toContain(place);
  });
});

describe('storeOf().listDuties(null)', () => {
  it('lists the duties of documents naming no county only', () => {
    const duties = storeOf().listDuties(null);
    expect(duties.length).toBeGreaterThan(0);
    expect(duties.every((d) => !d.document.county)).toBe(true);
    expect(storeOf().listUnits(null).every((u) => !u.county)).toBe(true);
  });
});
