import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { guideRecord, makeApp } from '../app-fixture';

describe('GET /api/who-handles', () => {
  it('names the offices for a matter with the sentence', async () => {
    const res = await request(makeApp().app).get('/api/who-handles').query({ q: '新办企业首次申领发票找哪个部门？', county: '稷山县' });
    expect(res.status).toBe(200);
    expect(res.body.mode).toBe('matter');
    // The name the page prints is shown; the unit table's name it is grouped under goes with it.
    const units = res.body.answers.slice(0, 2).map((a: { unit: { name: string; canonical?: string } }) => a.unit);
    expect(units.map((u: { name: string }) => u.name).sort()).toEqual(['县税务局', '县行政审批局']);
    expect(units.map((u: { name: string; canonical?: string }) => u.canonical ?? u.name).sort()).toEqual(['县税务局', '县行政审批服务管理局']);
    expect(res.body.answers[0].evidence[0].document.docNumber).toBe('稷政办发〔2022〕31号');
  });

  it('answers a county with no answer from the pages naming no county, with countyNotice, never another county’s', async () => {
    const { app, store } = makeApp();
    store.putGazette(guideRecord());
    const res = await request(app).get('/api/who-handles').query({ q: '路灯报修找谁', county: '丙河县' });
    expect(res.status).toBe(200);
    expect(res.body.answers.map((a: { unit: { name: string } }) => a.unit.name).sort()).toEqual(['居民委员会', '街道办事处']);
    expect(res.body.countyNotice).toMatch(/以下答案来自未标明县的文件/);
    const own = await request(app).get('/api/who-handles').query({ q: '新办企业首次申领发票', county: '稷山县' });
    expect(own.body.countyNotice).toBeUndefined();
  });

  it('answers 400 naming q when the question is missing', async () => {
    const res = await request(makeApp().app).get('/api/who-handles').query({ county: '稷山县' });
    expect(res.status).toBe(400);
    expect(res.body.error.parameter).toBe('q');
  });

  it('answers an empty list with a message when nothing matches', async () => {
    const res = await request(makeApp().app).get('/api/who-handles').query({ q: '养宠物狗办证找谁', county: '夏县' });
    expect(res.status).toBe(200);
    expect(res.body.answers).toEqual([]);
    expect(res.body.message).toMatch(/没有找到/);
  });

  it('gives each evidence its document status, and takes inForce (on unless false)', async () => {
    const on = await request(makeApp().app).get('/api/who-handles').query({ q: '新办企业首次申领发票', county: '稷山县' });
    expect(on.body.inForce).toBe(true);
    expect(on.body.answers[0].evidence[0].status).toBe('现行有效');
    expect(on.body.answers[0].evidence[0].kind).toBe('duty');
    const off = await request(makeApp().app).get('/api/who-handles').query({ q: '新办企业首次申领发票', county: '稷山县', inForce: 'false' });
    expect(off.body.inForce).toBe(false);
  });

  it('answers a long pasted question by its first sentence, by GET or POST, never a 4xx', async () => {
    const long = `新办企业首次申领发票找哪个部门？${'后面粘贴的很长的文字。'.repeat(300)}`;
    const res = await request(makeApp().app).post('/api/who-handles').send({ q: long, county: '稷山县' });
    expect(res.status).toBe(200);
    expect(res.body.notice).toMatch(/只按第一句回答/);
    expect(res.body.answers.length).toBeGreaterThan(0);
    const get = await request(makeApp().app).get('/api/who-handles').query({ q: long.slice(0, 600), county: '稷山县' });
    expect(get.status).toBe(200);
  });
});
