import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { makeApp } from '../app-fixture';

describe('GET /api/gazettes', () => {
  it('lists the stored gazettes', async () => {
    const res = await request(makeApp().app).get('/api/gazettes');
    expect(res.status).toBe(200);
    expect(res.body.gazettes.map((g: { id: string }) => g.id).sort()).toEqual(['g-api-jishan', 'g-api-xiaxian']);
  });
});

describe('GET /api/gazettes/:id', () => {
  it('answers one gazette with its documents', async () => {
    const res = await request(makeApp().app).get('/api/gazettes/g-api-jishan');
    expect(res.status).toBe(200);
    expect(res.body.documents.map((d: { docNumber: string }) => d.docNumber)).toEqual(['稷政办发〔2022〕31号', '稷政办发〔2022〕32号']);
  });

  it('answers 404 for an unknown gazette', async () => {
    const res = await request(makeApp().app).get('/api/gazettes/nope');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('answers 400 naming id for an over-long id', async () => {
    const res = await request(makeApp().app).get(`/api/gazettes/${'g'.repeat(201)}`);
    expect(res.status).toBe(400);
    expect(res.body.error.parameter).toBe('id');
  });
});
