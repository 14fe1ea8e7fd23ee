/**
 * The API over the real seed gazettes, ingested by the real pipeline (the route tests cover
 * the HTTP layer on small records).
 */
import { mkdtempSync, readFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/create-app';
import type { IngestUploads } from '../../src/api/route';
import { loadConfig, projectRoot } from '../../src/config';
import type { GazetteStore } from '../../src/store/gazette-store';
import { ingestFiles } from '../../ingest/ingest-files';
import { createIngestBuffers } from '../../ingest/ingest-buffers';
import { openStore } from '../../src/store/open-store';

const token = 'samples-token';
const samples = path.join(projectRoot, 'data', 'samples');

describe('the API over the seed gazettes', () => {
  let store: GazetteStore;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    store = openStore({ db: path.join(mkdtempSync(path.join(os.tmpdir(), 'api-samples-')), 'g.db') });
    // Only 稷山 is ingested up front; 夏县 arrives by upload in a test below.
    await ingestFiles(store, [path.join(samples, 'jishan-2022-03.txt')]);
    const ingest: IngestUploads = createIngestBuffers();
    app = createApp({ store, ingest, config: loadConfig({}, { adminToken: token, logLevel: 'silent' }) });
  }, 120_000);

  afterAll(() => store?.close());

  it('shows 晋政办发〔2022〕33号 cited by 稷政办发〔2022〕32号', async () => {
    const res = await request(app).get(`/api/references/${encodeURIComponent('晋政办发〔2022〕33号')}`);
    expect(res.status).toBe(200);
    const from = res.body.citedBy.map((e: { from: { docNumber?: string } }) => e.from.docNumber);
    expect(from).toContain('稷政办发〔2022〕32号');
  });

  it('refuses an upload without the token and leaves the stats unchanged', async () => {
    const before = (await request(app).get('/api/stats')).body;
    const res = await request(app).post('/api/ingest').attach('files', readFileSync(path.join(samples, 'xiaxian-2023-04.txt')), 'xiaxian-2023-04.txt');
    expect(res.status).toBe(401);
    expect((await request(app).get('/api/stats')).body).toEqual(before);
  });

  it('stores an uploaded gazette that the next request finds, with its repeal', async () => {
    const res = await request(app)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', readFileSync(path.join(samples, 'xiaxian-2023-04.txt')), 'xiaxian-2023-04.txt');
    expect(res.status).toBe(200);
    expect(res.body.stored[0]).toMatchObject({ file: 'xiaxian-2023-04.txt', status: 'stored' });
    const search = await request(app).get('/api/search').query({ q: '重大行政决策', county: '夏县' });
    expect(search.body.hits.map((h: { docNumber?: string }) => h.docNumber)).toContain('夏政发〔2023〕12号');
    const refs = await request(app).get(`/api/references/${encodeURIComponent('夏政发〔2016〕66号')}`);
    expect(refs.body.repealedBy[0].from.docNumber).toBe('夏政发〔2023〕12号');
    expect(refs.body.repealedBy[0].sentence).toContain('夏政发〔2016〕66号');
    const doc = await request(app).get(`/api/documents/by-number/${encodeURIComponent('夏政发(2023)12号')}`);
    expect(doc.status).toBe(200);
    expect(doc.body.document.title).toContain('重大行政决策程序实施办法');
  });

  it('answers who handles 重大行政决策合法性审查 with 县司法局 first', async () => {
    const res = await request(app).get('/api/who-handles').query({ q: '重大行政决策合法性审查找哪个部门?', county: '夏县' });
    expect(res.body.answers[0].unit.name).toBe('县司法局');
  });
});
