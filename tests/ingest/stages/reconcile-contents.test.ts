import { describe, expect, it } from 'vitest';
import { reconcileContents } from '../../../ingest/stages/reconcile-contents';
import type { ContentsEntry, GazetteDocument } from '../../../src/model';
import { docOf } from './doc';

function body(id: string, title: string, docNumber?: string): GazetteDocument {
  return docOf([], { id, title, ...(docNumber ? { docNumber } : {}) });
}

describe('reconcileContents', () => {
  it.each<[string, ContentsEntry, GazetteDocument]>([
    [
      'by number, the same title',
      { title: '关于印发稷山县助企纾困38条的通知', docNumber: '稷政办发〔2022〕31号', page: 10 },
      body('a', '关于印发稷山县助企纾困38条的通知', '稷政办发〔2022〕31号'),
    ],
    [
      'by title when the entry has no number',
      { title: '关于调整县人民政府领导分工的通知', page: 3 },
      body('a', '关于调整县人民政府领导分工的通知'),
    ],
    [
      'by title, with spaces, half-width brackets and another dash',
      { title: '关于印发《夏县 2022-2023 年采暖季清洁取暖“煤改电”“煤改气”运行补贴办法》的通知(试行)' },
      body('a', '关于印发《夏县2022—2023年采暖季清洁取暖“煤改电”“煤改气”运行补贴办法》的通知（试行）'),
    ],
  ])('matches an entry %s', (_name, entry, document) => {
    const result = reconcileContents([entry], [document]);
    expect(result.contents[0].documentId).toBe(document.id);
    expect(result.documents[0].titleInContents).toBeUndefined();
    expect(result.messages.filter((m) => m.level === 'warning')).toEqual([]);
  });

  it('gives the body the page of its entry', () => {
    const result = reconcileContents([{ title: '关于A的通知', docNumber: '稷政发〔2022〕16号', page: 1 }], [body('a', '关于A的通知', '稷政发〔2022〕16号')]);
    expect(result.documents[0].page).toBe(1);
  });

  it('keeps both titles when the number matches and the titles differ, and reports it (稷政办发〔2022〕34号)', () => {
    const result = reconcileContents(
      [{ title: '关于印发《稷山县落实国家节水行动工作方案》的通知', docNumber: '稷政办发〔2022〕34号', page: 21 }],
      [body('a', '关于印发《稷山县落实国家节水行动方案》的通知', '稷政办发〔2022〕34号')],
    );
    const [doc] = result.documents;
    expect(doc.title).toBe('关于印发《稷山县落实国家节水行动方案》的通知');
    expect(doc.titleInContents).toBe('关于印发《稷山县落实国家节水行动工作方案》的通知');
    expect(doc.messages).toEqual([expect.objectContaining({ level: 'warning', origin: 'reconcile-contents' })]);
    expect(result.messages).toEqual([expect.objectContaining({ level: 'warning', message: expect.stringContaining('稷政办发〔2022〕34号') })]);
    expect(result.contents[0].documentId).toBe('a');
  });

  it('pairs by number, not by a title another body shares', () => {
    const result = reconcileContents(
      [{ title: '关于做好城乡居民基本医疗保险征缴工作的通知', docNumber: '夏政办函〔2023〕53号' }],
      [body('a', '关于做好城乡居民基本医疗保险征缴工作的通知', '稷政办发〔2022〕42号'), body('b', '关于做好2024年度城乡居民基本医疗保险征缴工作的通知', '夏政办函〔2023〕53号')],
    );
    expect(result.contents[0].documentId).toBe('b');
  });

  it('reports an entry without a body, and keeps it', () => {
    const result = reconcileContents([{ title: '关于A的通知', docNumber: '稷政发〔2022〕99号' }], [body('a', '关于B的通知', '稷政发〔2022〕16号')]);
    expect(result.contents).toEqual([{ title: '关于A的通知', docNumber: '稷政发〔2022〕99号' }]);
    expect(result.messages).toContainEqual(expect.objectContaining({ level: 'warning', message: expect.stringContaining('稷政发〔2022〕99号') }));
  });

  it('notes a body the contents do not list', () => {
    const result = reconcileContents([{ title: '关于A的通知', docNumber: '稷政发〔2022〕16号' }], [body('a', '关于A的通知', '稷政发〔2022〕16号'), body('b', '关于B的通知', '稷政发〔2022〕18号')]);
    expect(result.messages).toEqual([expect.objectContaining({ level: 'info', message: expect.stringContaining('稷政发〔2022〕18号') })]);
  });

  it('says nothing when the gazette has no contents', () => {
    expect(reconcileContents([], [body('a', '关于A的通知')]).messages).toEqual([]);
  });

  it('leaves its inputs unchanged', () => {
    const documents = [body('a', '关于B的通知', '稷政发〔2022〕16号')];
    reconcileContents([{ title: '关于A的通知', docNumber: '稷政发〔2022〕16号', page: 1 }], documents);
    expect(documents[0].titleInContents).toBeUndefined();
    expect(documents[0].page).toBeUndefined();
  });
});
