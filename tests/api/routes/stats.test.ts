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
    expect(res.body).toEqual({ status: 'ok', documents: 3, backend: 'sqlite' });
  });
});
