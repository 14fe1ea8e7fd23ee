import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { makeApp } from '../app-fixture';

const token = 's3cret-token';
const gazette = Buffer.from('测试县关于规范农村宅基地审批的通知\n农村宅基地审批由乡镇人民政府负责。', 'utf8');

describe('POST /api/ingest', () => {
  it('answers 401 without the token and stores nothing', async () => {
    const { app } = makeApp({ adminToken: token });
    const before = (await request(app).get('/api/stats')).body;
    const res = await request(app).post('/api/ingest').attach('files', gazette, '测试县公报.txt');
    expect(res.status).toBe(401);
    expect(res.body.error.code).toBe('UNAUTHORIZED');
    expect((await request(app).get('/api/stats')).body).toEqual(before);
  });

  it('answers 401 for a wrong token of the same length', async () => {
    const { app } = makeApp({ adminToken: token });
    const res = await request(app).post('/api/ingest').set('Authorization', `Bearer ${'x'.repeat(token.length)}`).attach('files', gazette, 'a.txt');
    expect(res.status).toBe(401);
  });

  it('answers 404 ROUTE_DISABLED when no token is configured', async () => {
    const { app } = makeApp();
    const res = await request(app).post('/api/ingest').set('Authorization', `Bearer ${token}`).attach('files', gazette, 'a.txt');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('ROUTE_DISABLED');
  });

  it('stores an upload that the next search finds, keeping its Chinese file name', async () => {
    const { app } = makeApp({ adminToken: token });
    const res = await request(app).post('/api/ingest').set('Authorization', `Bearer ${token}`).attach('files', gazette, '测试县公报.txt');
    expect(res.status).toBe(200);
    expect(res.body.stored).toMatchObject([{ file: '测试县公报.txt', status: 'stored', documents: 1 }]);
    const search = await request(app).get('/api/search').query({ q: '宅基地审批' });
    expect(search.body.hits.map((h: { title: string }) => h.title)).toEqual(['测试县关于规范农村宅基地审批的通知']);
  });

  it('lists rejected files with the reason next to the stored ones', async () => {
    const { app } = makeApp({ adminToken: token });
    const res = await request(app)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', gazette, 'good.txt')
      .attach('files', Buffer.from('%PDF-broken'), 'bad.pdf');
    expect(res.status).toBe(200);
    expect(res.body.stored.map((s: { file: string }) => s.file)).toEqual(['good.txt']);
    expect(res.body.rejected).toMatchObject([{ file: 'bad.pdf', code: 'UNSUPPORTED_FORMAT' }]);
  });

  it('answers 400 naming files when no file is sent', async () => {
    const { app } = makeApp({ adminToken: token });
    const res = await request(app).post('/api/ingest').set('Authorization', `Bearer ${token}`).field('note', 'x');
    expect(res.status).toBe(400);
    expect(res.body.error.parameter).toBe('files');
  });

  it('answers 400 naming the field for a file under another field name', async () => {
    const { app } = makeApp({ adminToken: token });
    const res = await request(app).post('/api/ingest').set('Authorization', `Bearer ${token}`).attach('file', gazette, 'a.txt');
    expect(res.status).toBe(400);
    expect(res.body.error.parameter).toBe('file');
  });

  it('answers 413 FILE_TOO_LARGE for a file over 50 MB and stores nothing', async () => {
    const { app, store } = makeApp({ adminToken: token });
    const before = store.stats().documents;
    const res = await request(app)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${token}`)
      .attach('files', Buffer.alloc(50 * 1024 * 1024 + 1, 0x41), 'huge.txt');
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('FILE_TOO_LARGE');
    expect(store.stats().documents).toBe(before);
  });

  it('answers 429 RATE_LIMITED after too many attempts, before checking the token', async () => {
    const { app } = makeApp({ adminToken: token });
    const statuses: number[] = [];
    for (let i = 0; i < 31; i++) statuses.push((await request(app).post('/api/ingest').set('Authorization', 'Bearer guess')).status);
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses[30]).toBe(429);
  });

  it('never locks out the right token, however many failures its client had', async () => {
    const { app } = makeApp({ adminToken: token });
    for (let i = 0; i < 31; i++) await request(app).post('/api/ingest').set('Authorization', 'Bearer guess');
    const res = await request(app).post('/api/ingest').set('Authorization', `Bearer ${token}`).attach('files', gazette, 'a.txt');
    expect(res.status).toBe(200);
  });

  it('counts failures per client behind a trusted proxy, not per proxy', async () => {
    const { app } = makeApp({ adminToken: token, trustProxy: 1 });
    for (let i = 0; i < 31; i++) await request(app).post('/api/ingest').set('X-Forwarded-For', '203.0.113.7').set('Authorization', 'Bearer guess');
    const other = await request(app).post('/api/ingest').set('X-Forwarded-For', '198.51.100.2').set('Authorization', 'Bearer guess');
    expect(other.status).toBe(401);
  });

  it.each([
    ['a body cut short', (boundary: string) => `--${boundary}\r\nContent-Disposition: form-data; name="files"; filename="a.txt"\r\n\r\nabc`],
    ['a part without headers', (boundary: string) => `--${boundary}\r\n\r\n\r\n--${boundary}--\r\n`],
  ])('answers 400 for a malformed multipart body (%s), with a valid token', async (_case, body) => {
    const { app } = makeApp({ adminToken: token });
    const res = await request(app)
      .post('/api/ingest')
      .set('Authorization', `Bearer ${token}`)
      .set('Content-Type', 'multipart/form-data; boundary=XyZ')
      .send(body('XyZ'));
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BAD_PARAMETER');
  });
});
