import request from 'supertest';
import { describe, expect, it } from 'vitest';
import { allRoutes } from '../../src/api/create-app';
import { openApiPath } from '../../src/api/openapi';
import { makeApp } from './app-fixture';

const expectedPaths = [
  '/api/search',
  '/api/suggest',
  '/api/documents/{id}',
  '/api/documents/{id}/source',
  '/api/documents/by-number/{docNumber}',
  '/api/who-handles',
  '/api/references/{docNumber}',
  '/api/units',
  '/api/units/{id}',
  '/api/gazettes',
  '/api/gazettes/{id}',
  '/api/gazettes/{id}/source',
  '/api/stats',
  '/api/health',
  '/api/openapi.json',
  '/api/ingest',
];

describe('GET /api/openapi.json', () => {
  it('is an OpenAPI 3.1 document listing every route', async () => {
    const res = await request(makeApp().app).get('/api/openapi.json');
    expect(res.status).toBe(200);
    expect(res.body.openapi).toMatch(/^3\.1\.\d+$/);
    expect(Object.keys(res.body.paths).sort()).toEqual([...expectedPaths].sort());
    expect(Object.keys(res.body.paths).sort()).toEqual([...new Set(allRoutes.map((r) => openApiPath(r.path)))].sort());
  });

  it('declares every path parameter of every path, required', async () => {
    const doc = (await request(makeApp().app).get('/api/openapi.json')).body;
    for (const [path, item] of Object.entries<Record<string, { parameters: Array<{ name: string; in: string; required: boolean }> }>>(doc.paths)) {
      const names = [...path.matchAll(/\{(\w+)\}/g)].map((m) => m[1]);
      for (const operation of Object.values(item)) {
        const inPath = operation.parameters.filter((p) => p.in === 'path');
        expect(inPath.map((p) => p.name).sort()).toEqual(names.sort());
        expect(inPath.every((p) => p.required)).toBe(true);
      }
    }
  });

  it('documents the search parameters from the validating schema, with limits', async () => {
    const doc = (await request(makeApp().app).get('/api/openapi.json')).body;
    const params = doc.paths['/api/search'].get.parameters as Array<{ name: string; schema: Record<string, unknown> }>;
    expect(params.map((p) => p.name)).toEqual(['q', 'county', 'year', 'issuer', 'unit', 'type', 'status', 'level', 'from', 'to', 'page', 'limit', 'sort', 'explain', 'asOf']);
    expect(params.find((p) => p.name === 'limit')!.schema).toMatchObject({ minimum: 1, maximum: 100 });
  });

  it('gives every operation a 200 schema and error answers that reference the Error schema', async () => {
    const doc = (await request(makeApp().app).get('/api/openapi.json')).body;
    for (const item of Object.values<Record<string, { responses: Record<string, { content: Record<string, { schema: Record<string, unknown> }> }> }>>(doc.paths)) {
      for (const operation of Object.values(item)) {
        expect(operation.responses['200'].content['application/json'].schema.type).toBe('object');
        expect(operation.responses['400'].content['application/json'].schema.$ref).toBe('#/components/schemas/Error');
      }
    }
    expect(doc.paths['/api/ingest'].post.security).toEqual([{ adminToken: [] }]);
    expect(doc.paths['/api/ingest'].post.requestBody.content['multipart/form-data']).toBeDefined();
  });

  it('serialises to JSON without unresolved references', async () => {
    const text = (await request(makeApp().app).get('/api/openapi.json')).text;
    const refs = [...text.matchAll(/"\$ref":"([^"]+)"/g)].map((m) => m[1]);
    expect(refs.every((r) => r === '#/components/schemas/Error')).toBe(true);
  });
});
