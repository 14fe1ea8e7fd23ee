import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { makeApp } from '../app-fixture';

describe('GET /api/units', () => {
  it('lists the units of a county', async () => {
    const res = await request(makeApp().app).get('/api/units').query({ county: '夏县' });
    expect(res.status).toBe(200);
    expect(res.body.units.map((u: { id: string }) => u.id)).toEqual(['夏县:县司法局']);
  });

  it('answers 400 naming county when it is repeated as a too-long value', async () => {
    const res = await request(makeApp().app).get('/api/units').query({ county: '县'.repeat(51) });
    expect(res.status).toBe(400);
    expect(res.body.error.parameter).toBe('county');
  });
});

describe('GET /api/units/:id', () => {
  it('answers the unit profile with duties by document', async () => {
    const res = await request(makeApp().app).get(`/api/units/${encodeURIComponent('稷山县:县税务局')}`);
    expect(res.status).toBe(200);
    expect(res.body.unit.name).toBe('县税务局');
    expect(res.body.documents[0].document.docNumber).toBe('稷政办发〔2022〕31号');
  });

  it('answers 404 for an unknown unit', async () => {
    const res = await request(makeApp().app).get(`/api/units/${encodeURIComponent('稷山县:县月球局')}`);
    expect(res.status).toBe(404);
  });

  it('answers 400 naming id for an over-long id', async () => {
    const res = await request(makeApp().app).get(`/api/units/${'x'.repeat(201)}`);
    expect(res.status).toBe(400);
    expect(res.body.error.parameter).toBe('id');
  });
});
