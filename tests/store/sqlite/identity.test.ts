import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GazetteRecord } from '../../../src/model';
import type { GazetteStore } from '../../../src/store/gazette-store';
import { openStore } from '../../../src/store/open-store';
import { createFakeIndex } from '../fake-index';
import { doc, gazette, jishanRecord, xiaxian2023Record } from '../records';

let dir: string;
let store: GazetteStore;

beforeEach(() => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-identity-'));
  store = openStore({ db: path.join(dir, 'gazette.db'), createIndex: (db) => createFakeIndex(db) });
});

afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

/** A record read from another path. */
function at(record: GazetteRecord, file: string): GazetteRecord {
  return { ...record, source: { ...record.source, path: file } };
}

/** A single 公文 page (no gazette issue), as the HTML and document readers give one. */
function page(id: string, fields: { title: string; docNumber?: string; issuingBody?: string }, file: string, bytes: string): GazetteRecord {
  const record = gazette(id, null, [doc(id, 0, { id: `d-${fields.docNumber ?? fields.title}`, county: '夏县', ...fields })], { path: file, bytes });
  return { ...record, kind: 'document' };
}

describe('putGazette identity', () => {
  it('keeps both gazettes when two files share a name (gazette.txt from two folders, two uploads named 公报.txt)', () => {
    expect(store.putGazette(at(jishanRecord(), '公报.txt')).status).toBe('stored');
    expect(store.putGazette(at(xiaxian2023Record(), '公报.txt')).status).toBe('stored');
    expect(store.listGazettes().map((g) => g.county).sort()).toEqual(['夏县', '稷山县']);
    expect(store.stats().documents).toBe(3);
  });

  it('says what a replacement replaced', () => {
    store.putGazette(jishanRecord('v1'));
    const result = store.putGazette(jishanRecord('v2'));
    expect(result.replaced).toEqual([{ gazetteId: 'g-jishan-2022-3', path: 'data/samples/jishan-2022-03.txt', documents: 2, why: 'same-issue' }]);
  });

  it('replaces the same file read again under a new identity only when it resembles what it held', () => {
    store.putGazette(jishanRecord('v1'));
    const renamed = { ...jishanRecord('v3'), id: 'g-jishan-renamed' };
    expect(store.putGazette(renamed).replaced?.[0]).toMatchObject({ gazetteId: 'g-jishan-2022-3', why: 'same-file' });
    const other = at(xiaxian2023Record(), renamed.source.path);
    expect(store.putGazette(other).status).toBe('stored');
    expect(store.listGazettes()).toHaveLength(2);
  });

  it.each([
    ['another county, other documents', { ...xiaxian2023Record(), id: 'g-jishan-2022-3' }, /县不同.*多数公文不同/],
    [
      'same county, most documents different',
      { ...jishanRecord('v9'), documents: [doc('g-jishan-2022-3', 0, { id: 'd-other', county: '稷山县', title: '关于做好防汛工作的通知' })] },
      /多数公文不同/,
    ],
  ])('refuses a suspicious replacement (%s) and leaves the store as it was', (_case, record, message) => {
    store.putGazette(jishanRecord('v1'));
    const before = store.stats();
    expect(() => store.putGazette(record)).toThrow(message);
    expect(() => store.putGazette(record)).toThrow(expect.objectContaining({ code: 'REPLACE_REFUSED' }));
    expect(store.stats()).toEqual(before);
    expect(store.putGazette(record, undefined, { replace: true }).status).toBe('replaced');
  });

  it('replaces a single document by a new version of itself (same number of the same issuer), removing the old page', () => {
    const v1 = page('p-1', { title: '关于调整夏县安全生产委员会组成人员的通知', docNumber: '夏政办函〔2023〕67号', issuingBody: '夏县人民政府办公室' }, 'a/67.html', 'v1');
    const v2 = page('p-2', { title: '关于调整夏县安全生产委员会组成人员的通知', docNumber: '夏政办函〔2023〕67号', issuingBody: '夏县人民政府办公室' }, 'b/67.html', 'v2');
    store.putGazette(v1);
    const result = store.putGazette(v2);
    expect(result.status).toBe('replaced');
    expect(result.replaced).toEqual([{ gazetteId: 'p-1', path: 'a/67.html', documents: 1, why: 'same-documents' }]);
    expect(store.listGazettes().map((g) => g.id)).toEqual(['p-2']);
  });

  it.each([
    ['another issuer', { title: '关于调整夏县安全生产委员会组成人员的通知', issuingBody: '夏县教育局' }, /发文机关不同/],
    ['another title', { title: '关于印发夏县农村人居环境整治方案的通知', issuingBody: '夏县人民政府办公室' }, /标题不同/],
  ])('refuses a document with the same number but %s, unless told to replace', (_case, fields, message) => {
    store.putGazette(page('p-1', { title: '关于调整夏县安全生产委员会组成人员的通知', docNumber: '夏政办函〔2023〕67号', issuingBody: '夏县人民政府办公室' }, '67.html', 'v1'));
    const other = page('p-2', { ...fields, docNumber: '夏政办函〔2023〕67号' }, '67-new.html', 'v2');
    expect(() => store.putGazette(other)).toThrow(message);
    expect(store.listGazettes().map((g) => g.id)).toEqual(['p-1']);
    expect(store.putGazette(other, undefined, { replace: true }).status).toBe('replaced');
  });

  it('keeps two single documents without numbers that share a file name', () => {
    store.putGazette(page('p-1', { title: '关于做好防汛工作的通知' }, 'page.html', 'one'));
    expect(store.putGazette(page('p-2', { title: '关于做好秋冬季防火工作的通知' }, 'page.html', 'two')).status).toBe('stored');
    expect(store.listGazettes()).toHaveLength(2);
  });
});
