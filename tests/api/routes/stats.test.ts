import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { makeApp } from '../app-fixture';

describe('GET /api/stats', () => {
  it('answers the store’s counts', async () => {
    const res = await request(makeApp().app).get('/api/stats');
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ gazettes: 2, documents: 3 });
  });
});

describe('GET /api/health', () => {
  it('answers ok with the document count and backend', async () => {
    const res = await request(makeApp().app).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body).toEqual({ status: 'ok', store: ':memory:', documents: 3, backend: 'sqlite' });
  });

  it('answers 503 degraded with the problems when the store is damaged', async () => {
    const fixture = makeApp();
    fixture.store.health = async () => ({ ok: false, problems: ['gazette.db: 2 篇公文的存储内容与校验值不符'] });
    const res = await request(fixture.app).get('/api/health');
    expect(res.status).toBe(503);
    expect(res.body).toMatchObject({ status: 'degraded', problems: ['gazette.db: 2 篇公文的存储内容与校验值不符'] });
  });
});
