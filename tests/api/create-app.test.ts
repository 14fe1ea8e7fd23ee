import { mkdtempSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/create-app';
import { loadConfig } from '../../src/config';
import { makeApp } from './app-fixture';

describe('createApp', () => {
  it('sets a CSP allowing scripts and styles from self only', async () => {
    const res = await request(makeApp().app).get('/api/health');
    const csp = res.headers['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-powered-by']).toBeUndefined();
  });

  it('shows no absolute server path in answers', async () => {
    const fixture = makeApp();
    fixture.store.putGazette({
      id: 'g-absolute',
      kind: 'gazette',
      source: { path: '/srv/secret/公报.txt', sha256: 'f'.repeat(64), format: 'text' },
      issue: { name: '临猗县人民政府公报', county: '临猗县', year: 2020, issue: 1 },
      contents: [],
      documents: [],
      messages: [],
    });
    const list = await request(fixture.app).get('/api/gazettes');
    expect(list.text).not.toContain('/srv/secret');
    expect(list.text).toContain('公报.txt');
    // The store keeps the path as ingested (the source route reads the file from it).
    expect(fixture.store.getGazette('g-absolute')?.source.path).toBe('/srv/secret/公报.txt');
  });

  it('compresses large answers', async () => {
    const res = await request(makeApp().app).get('/api/openapi.json').set('Accept-Encoding', 'gzip');
    expect(res.headers['content-encoding']).toBe('gzip');
  });

  it('answers 404 JSON for an unknown API route', async () => {
    const res = await request(makeApp().app).get('/api/nothing-here');
    expect(res.status).toBe(404);
    expect(res.body.error.code).toBe('NOT_FOUND');
  });

  it('answers 500 without internals when a handler throws unexpectedly, and logs it', async () => {
    const fixture = makeApp();
    fixture.store.stats = () => {
      throw new Error('disk exploded at /secret/path');
    };
    const res = await request(fixture.app).get('/api/stats');
    expect(res.status).toBe(500);
    expect(res.body).toEqual({ error: { code: 'INTERNAL', message: expect.any(String) } });
    expect(res.text).not.toContain('secret');
    expect(res.text).not.toMatch(/at .*\.ts/);
    expect(fixture.logged.join('\n')).toContain('disk exploded');
  });

  it('answers 400 for a malformed URL encoding', async () => {
    const res = await request(makeApp().app).get('/api/documents/%E0%A4%A');
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('BAD_PARAMETER');
  });

  it('says how to build the UI when web/dist is missing', async () => {
    const res = await request(makeApp({ webRoot: path.join(os.tmpdir(), 'no-such-web-dist') }).app).get('/');
    expect(res.status).toBe(200);
    expect(res.text).toContain('npm run build:web');
  });

  it('serves the built UI and its index.html for client routes', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'web-dist-'));
    writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>公报</title><script src="/app.js"></script>');
    writeFileSync(path.join(root, 'app.js'), 'console.log(1)');
    const { app } = makeApp({ webRoot: root });
    expect((await request(app).get('/')).text).toContain('<title>公报</title>');
    expect((await request(app).get('/app.js')).headers['content-type']).toMatch(/javascript/);
    expect((await request(app).get('/doc/d-api-xz12')).text).toContain('<title>公报</title>');
  });

  it('logs one decoded line per request, keeping control characters encoded', async () => {
    const lines: string[] = [];
    const { store } = makeApp();
    const app = createApp({ store, config: loadConfig({}, { logLevel: 'silent' }), logger: { info: (m) => lines.push(m), error: () => {} } });
    await request(app).get('/api/who-handles?q=%E5%8F%91%E7%A5%A8%0AFAKE');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^GET \/api\/who-handles\?q=发票%0AFAKE 200 \d+ms$/);
  });
});
