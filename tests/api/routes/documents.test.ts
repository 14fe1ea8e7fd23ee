import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { makeApp, uploadRecord } from '../app-fixture';

describe('GET /api/documents/:id', () => {
  it('answers the document with its references', async () => {
    const { app } = makeApp();
    const res = await request(app).get('/api/documents/d-api-xz12');
    expect(res.status).toBe(200);
    expect(res.body.document).toMatchObject({ id: 'd-api-xz12', docNumber: '夏政发〔2023〕12号', status: { status: expect.any(String) } });
    expect(res.body.document.gazette).toMatchObject({ name: '夏县人民政府公报' });
    expect(res.body.document.duties).toHaveLength(1);
    expect(res.body.references.repeals[0].to.docNumber).toBe('夏政发〔2016〕66号');
  });

  it('answers 404 for an unknown id', async () => {
    const { app } = makeApp();
    const res = await request(app).get('/api/documents/no-such-id');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('answers 400 naming asOf for a bad date', async () => {
    const { app } = makeApp();
    const res = await request(app).get('/api/documents/d-api-xz12?asOf=yesterday');
    expect(res.status).toBe(400);
    expect(res.body.error.parameter).toBe('asOf');
  });
});

describe('GET /api/documents/by-number/:docNumber', () => {
  it.each(['夏政发(2023)12号', '夏政发〔2023〕12号', '夏政发[2023]12号', '夏政发（2023）12 号'])('finds 夏政发〔2023〕12号 written %s', async (written) => {
    const { app } = makeApp();
    const res = await request(app).get(`/api/documents/by-number/${encodeURIComponent(written)}`);
    expect(res.status).toBe(200);
    expect(res.body.document.id).toBe('d-api-xz12');
  });

  it('answers 404 for a number not in the corpus', async () => {
    const { app } = makeApp();
    const res = await request(app).get(`/api/documents/by-number/${encodeURIComponent('稷政办发[2022]37号')}`);
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('answers 400 naming docNumber for a one-character number', async () => {
    const { app } = makeApp();
    const res = await request(app).get('/api/documents/by-number/x');
    expect(res.status).toBe(400);
    expect(res.body.error.parameter).toBe('docNumber');
  });
});

describe('GET /api/documents/:id/source', () => {
  it('serves the file the document was read from, by the path recorded at ingest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'doc-source-'));
    const file = path.join(dir, '测试县公报.txt');
    const bytes = Buffer.from('测试县人民政府关于做好停电应急工作的通知\n各乡镇：\n', 'utf8');
    fs.writeFileSync(file, bytes);
    const { app, store } = makeApp();
    const record = uploadRecord(file, bytes);
    store.putGazette(record);
    const res = await request(app).get(`/api/documents/${record.documents[0].id}/source`);
    expect(res.body.error?.message ?? '').toBe('');
    expect(res.status).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/plain; charset=utf-8/);
    expect(res.text).toContain('做好停电应急工作');

    // Once the file changes it is not served, and the answer names no server path.
    fs.writeFileSync(file, '别的内容');
    const changed = await request(app).get(`/api/documents/${record.documents[0].id}/source`);
    expect(changed.status).toBe(404);
    expect(changed.body.error.message).toContain('测试县公报.txt');
    expect(changed.body.error.message).not.toContain(dir);
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it.each(['..%2F..%2Fetc%2Fpasswd', '%2Fetc%2Fpasswd', 'no-such-id'])('answers 404 for %s: an id is never a path', async (id) => {
    const res = await request(makeApp().app).get(`/api/documents/${id}/source`);
    expect(res.status).toBe(404);
    expect(res.text).not.toContain('root:');
  });
});
