import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { makeApp } from '../app-fixture';

const get = (path: string) => request(makeApp().app).get(path);

describe('GET /api/references/:docNumber', () => {
  it('shows 夏政发〔2016〕66号 repealed by 夏政发〔2023〕12号 with the sentence', async () => {
    const res = await get(`/api/references/${encodeURIComponent('夏政发〔2016〕66号')}`);
    expect(res.status).toBe(200);
    expect(res.body.repealedBy).toHaveLength(1);
    expect(res.body.repealedBy[0].from.docNumber).toBe('夏政发〔2023〕12号');
    expect(res.body.repealedBy[0].sentence).toContain('同时废止');
  });

  it('shows 晋政办发〔2022〕33号 cited by 稷政办发〔2022〕32号', async () => {
    const res = await get(`/api/references/${encodeURIComponent('晋政办发〔2022〕33号')}`);
    expect(res.status).toBe(200);
    const citing = [...res.body.citedBy].map((e: { from: { docNumber: string } }) => e.from.docNumber);
    expect(citing).toContain('稷政办发〔2022〕32号');
  });

  it('includes neighbours with depth=2', async () => {
    const res = await get(`/api/references/${encodeURIComponent('夏政发(2023)12号')}?depth=2`);
    expect(res.status).toBe(200);
    expect(Object.keys(res.body.neighbours)).toContain('夏政发〔2016〕66号');
  });

  it('answers 400 naming depth for depth=3', async () => {
    const res = await get(`/api/references/${encodeURIComponent('夏政发〔2016〕66号')}?depth=3`);
    expect(res.status).toBe(400);
    expect(res.body.error.parameter).toBe('depth');
  });

  it('answers 404 for a number the corpus never mentions', async () => {
    const res = await get(`/api/references/${encodeURIComponent('国办发〔1999〕1号')}`);
    expect(res.status).toBe(404);
  });
});
