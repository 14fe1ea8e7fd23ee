/**
 * Web safety of the HTTP layer: security headers with a CSP the built UI satisfies, query
 * text never echoed as markup, the upload route's token, size limit and rate limit.
 */
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config';
import { makeApp } from '../api/app-fixture';

const webDist = path.join(projectRoot, 'web', 'dist');

describe('securityHeaders', () => {
  it.each(['/', '/api/search?q=停电', '/api/no-such-route'])('sends a strict CSP and nosniff on %s', async (url) => {
    const { app } = makeApp();
    const response = await request(app).get(url);
    const csp = response.headers['content-security-policy'];
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("style-src 'self'");
    expect(csp).toContain("img-src 'self' data:");
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("object-src 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers['x-content-type-options']).toBe('nosniff');
    expect(response.headers['x-powered-by']).toBeUndefined();
  });

  it('is satisfied by the built UI: no inline script, style or event handler in its HTML', () => {
    const html = fs.readFileSync(path.join(webDist, 'index.html'), 'utf8');
    for (const tag of html.match(/<script\b[^>]*>/gi) ?? []) expect(tag).toMatch(/\ssrc=/);
    expect(html).not.toMatch(/<script\b[^>]*>\s*[^<\s]/i); // no inline body (the src'd ones are empty)
    expect(html).not.toMatch(/<style\b/i);
    expect(html).not.toMatch(/\sstyle=/i);
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/javascript:/i);
  });
});

describe('query text in answers', () => {
  it('is never echoed as markup', async () => {
    const { app } = makeApp();
    const q = '<img src=x onerror=alert(1)><script>alert(1)</script>';
    for (const url of [`/api/search?q=${encodeURIComponent(q)}`, `/api/who-handles?q=${encodeURIComponent(q)}`, `/api/search?q=x&from=${encodeURIComponent(q)}`]) {
      const response = await request(app).get(url);
      expect(response.status).toBeLessThan(500);
      expect(response.text).not.toContain('<img');
      expect(response.text).not.toContain('<script');
    }
  });
});

describe('POST /api/ingest', () => {
  it('refuses a wrong token with 401, compared without reading the upload', async () => {
    const { app } = makeApp({ adminToken: 's3cret-token' });
    for (const token of ['s3cret-toke', 's3cret-token-', 'S3CRET-TOKEN', '']) {
      const response = await request(app).post('/api/ingest').set('Authorization', `Bearer ${token}`).attach('files', Buffer.from('x'), 'a.txt');
      expect(response.status, token).toBe(401);
    }
  });

  it('refuses a file over the 50 MB upload limit with 413', async () => {
    const { app } = makeApp({ adminToken: 'tok' });
    const response = await request(app)
      .post('/api/ingest')
      .set('Authorization', 'Bearer tok')
      .attach('files', Buffer.alloc(50 * 1024 * 1024 + 1, 0x41), 'big.txt');
    expect(response.status).toBe(413);
    expect(response.body.error.code).toBe('FILE_TOO_LARGE');
  });

  it('rate-limits a client to 30 uploads per window (429 after)', async () => {
    const { app } = makeApp({ adminToken: 'tok' });
    const statuses: number[] = [];
    for (let i = 0; i < 32; i++) {
      const response = await request(app).post('/api/ingest').set('Authorization', 'Bearer wrong');
      statuses.push(response.status);
    }
    expect(statuses.slice(0, 30).every((s) => s === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
  });
});
