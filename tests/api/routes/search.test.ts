import request from 'supertest';
import { describe, expect, it, vi } from 'vitest';
import { makeApp } from '../app-fixture';

describe('GET /api/search', () => {
  it('answers a SearchResult from the store’s backend', async () => {
    const { app } = makeApp();
    const res = await request(app).get('/api/search').query({ q: '申领发票', county: '稷山县' });
    expect(res.status).toBe(200);
    expect(res.body.hits.map((h: { docNumber: string }) => h.docNumber)).toEqual(['稷政办发〔2022〕31号']);
    expect(res.body).toMatchObject({ total: 1, page: 1, limit: 20 });
  });

  it('passes repeated and comma-separated lists, numbers and flags to the backend', async () => {
    const { app, store } = makeApp();
    const search = vi.spyOn(store.search, 'search');
    await request(app).get('/api/search?q=x&county=稷山县,夏县&year=2022&year=2023&status=现行有效&limit=5&page=2&sort=date&explain=true&from=2022-01-01').expect(200);
    // The first call is the search asked for; the others recount the ticked facets.
    expect(search.mock.calls[0]?.[0]).toMatchObject({
      q: 'x',
      filters: { county: ['稷山县', '夏县'], year: [2022, 2023], status: ['现行有效'], from: '2022-01-01' },
      page: 2,
      limit: 5,
      sort: 'date',
      explain: true,
    });
    // One more call per ticked facet (county, year, status), each without that facet's own filter.
    const dropped = search.mock.calls.slice(1).map((call) => (['county', 'year', 'status'] as const).filter((name) => call[0].filters?.[name] === undefined));
    expect(dropped.sort()).toEqual([['county'], ['status'], ['year']]);
  });

  it('reads issuer= as a whole organ, short forms folded: 县政府办 is each county\'s office, 县政府 never one', async () => {
    const { app } = makeApp();
    const office = await request(app).get('/api/search').query({ issuer: '县政府办' }).expect(200);
    expect(office.body.hits.map((h: { issuingBody: string }) => h.issuingBody)).toEqual(['稷山县人民政府办公室', '稷山县人民政府办公室']);
    const government = await request(app).get('/api/search').query({ issuer: '县政府' }).expect(200);
    expect(government.body.hits.map((h: { issuingBody: string }) => h.issuingBody)).toEqual(['夏县人民政府']);
  });

  it('takes level= as the portal prints it too (县级)', async () => {
    const { app } = makeApp();
    const api = await request(app).get('/api/search').query({ level: 'county' }).expect(200);
    const portal = await request(app).get('/api/search').query({ level: '县级' }).expect(200);
    expect(api.body.total).toBeGreaterThan(0);
    expect(portal.body.total).toBe(api.body.total);
  });

  it('refuses an unknown filter key in q with a 400 naming it', async () => {
    const { app } = makeApp();
    const res = await request(app).get('/api/search').query({ q: 'foo:bar' }).expect(400);
    expect(res.body.error).toMatchObject({ code: 'BAD_PARAMETER', message: expect.stringContaining('“foo:”不是可用的筛选条件') });
  });

  it('keeps the other values of a ticked facet listed, with their counts', async () => {
    const { app } = makeApp();
    const res = await request(app).get('/api/search?q=&county=稷山县').expect(200);
    expect(res.body.hits.every((hit: { county: string }) => hit.county === '稷山县')).toBe(true);
    expect(res.body.facets.county.map((f: { value: string }) => f.value).sort()).toEqual(['夏县', '稷山县']);
  });

  it.each([
    ['limit', 'limit=101'],
    ['limit', 'limit=0'],
    ['page', 'page=0'],
    ['page', 'page=100000'],
    ['year', 'year=abc'],
    ['status', 'status=有效'],
    ['from', 'from=2023-02-30'],
    ['sort', 'sort=random'],
    ['explain', 'explain=maybe'],
  ])('answers 400 naming %s for %s', async (parameter, query) => {
    const { app } = makeApp();
    const res = await request(app).get(`/api/search?q=发票&${query}`);
    expect(res.status).toBe(400);
    expect(res.body.error).toMatchObject({ code: 'BAD_PARAMETER', parameter });
    expect(res.body.error.message).toContain(parameter);
    expect(res.body.error.message).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers a pasted text of any length by its first sentence, with a Chinese notice, never a 4xx', async () => {
    const { app } = makeApp();
    const pasted = `新办企业首次申领发票，顶格核发最高开票限额。${'其余粘贴的文字很长。'.repeat(60)}`;
    const res = await request(app).get('/api/search').query({ q: pasted });
    expect(res.status).toBe(200);
    expect(res.body.notice).toMatch(/只按第一句检索/);
    expect(res.body.hits.map((h: { docNumber: string }) => h.docNumber)).toContain('稷政办发〔2022〕31号');
  });

  it('takes the same parameters as a JSON body by POST, for a query too long for a URL (no 431)', async () => {
    const { app } = makeApp();
    const pasted = `申领发票。${'很长的粘贴文字'.repeat(3000)}`;
    const res = await request(app).post('/api/search').send({ q: pasted, county: ['稷山县'], limit: 5 });
    expect(res.status).toBe(200);
    expect(res.body).toMatchObject({ limit: 5 });
    expect(res.body.notice).toMatch(/21005 字/);
    expect(res.body.hits.map((h: { docNumber: string }) => h.docNumber)).toEqual(['稷政办发〔2022〕31号']);
  });

  it('sends a <script> query back escaped, never as markup', async () => {
    const { app } = makeApp();
    const res = await request(app).get('/api/search').query({ q: '<script>alert(1)</script>' });
    expect(res.status).toBe(200);
    expect(res.text).not.toContain('<script>');
    expect(res.text).toContain('\\u003cscript\\u003e');
    expect(res.body.terms).toContain('<script>alert(1)</script>');
  });
});
