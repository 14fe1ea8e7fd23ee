/**
 * @module api/openapi
 * The OpenAPI 3.1 document of every route, generated from the same route values and zod
 * schemas that validate requests (zod 4 `z.toJSONSchema`), so documentation cannot drift.
 */
import { z } from 'zod';
import { errorCodes } from '../errors';
import type { RouteSpec } from './route';
import { responses } from './schemas';

type JsonSchema = Record<string, unknown>;

function jsonSchema(schema: z.ZodType, io: 'input' | 'output'): JsonSchema {
  const out = z.toJSONSchema(schema, { io, unrepresentable: 'any' }) as JsonSchema;
  delete out.$schema;
  return out;
}

/** Express `/api/units/:id` → OpenAPI `/api/units/{id}`. */
export function openApiPath(path: string): string {
  return path.replace(/:([A-Za-z_]\w*)/g, '{$1}');
}

function parameters(spec: RouteSpec): JsonSchema[] {
  const out: JsonSchema[] = [];
  for (const [where, object] of [['path', spec.params], ['query', spec.query]] as const) {
    if (!object) continue;
    const whole = jsonSchema(object, 'input') as { properties?: Record<string, JsonSchema>; required?: string[] };
    for (const [name, schema] of Object.entries(whole.properties ?? {})) {
      const { description, ...rest } = schema;
      out.push({
        name,
        in: where,
        required: where === 'path' || (whole.required ?? []).includes(name),
        ...(description ? { description } : {}),
        schema: rest,
        // Lists repeat the key (county=a&county=b); commas work too.
        ...(where === 'query' ? { style: 'form', explode: true } : {}),
      });
    }
  }
  return out;
}

const statusText: Record<number, string> = {
  400: 'Bad parameter (the parameter is named in error.parameter)',
  401: 'Missing or wrong admin token',
  404: 'Not found (or route disabled)',
  413: 'File too large',
  429: 'Rate limited',
  500: 'Internal error (no internals in the answer)',
  503: 'Search backend unavailable',
};

/**
 * Builds the document for a list of routes.
 * @example buildOpenApi(routes).paths['/api/documents/by-number/{docNumber}'].get.parameters[0].name // 'docNumber'
 */
export function buildOpenApi(routes: RouteSpec[], info: { version?: string } = {}): JsonSchema {
  const errorSchema = { $ref: '#/components/schemas/Error' };
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const spec of routes) {
    const statuses = [...new Set([400, ...(spec.errors ?? []), 500])].sort();
    const operation: JsonSchema = {
      tags: [spec.tag],
      summary: spec.summary,
      ...(spec.description ? { description: spec.description } : {}),
      operationId: `${spec.method}${openApiPath(spec.path).replace(/[^A-Za-z0-9]+(.)?/g, (_m, c: string | undefined) => (c ? c.toUpperCase() : ''))}`,
      parameters: parameters(spec),
      responses: {
        200: { description: 'OK', content: { 'application/json': { schema: jsonSchema(spec.response, 'output') } } },
        ...Object.fromEntries(
          statuses.map((status) => [status, { description: statusText[status] ?? 'Error', content: { 'application/json': { schema: errorSchema } } }]),
        ),
      },
    };
    if (spec.admin) operation.security = [{ adminToken: [] }];
    if (spec.upload) {
      operation.requestBody = {
        required: true,
        content: {
          'multipart/form-data': {
            schema: {
              type: 'object',
              required: [spec.upload.field],
              properties: {
                [spec.upload.field]: {
                  type: 'array',
                  maxItems: spec.upload.maxFiles,
                  items: { type: 'string', format: 'binary', description: `≤ ${spec.upload.maxBytes / 1024 / 1024} MB` },
                },
              },
            },
          },
        },
      };
    }
    paths[openApiPath(spec.path)] ??= {};
    paths[openApiPath(spec.path)][spec.method] = operation;
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'gazette-kb API',
      version: info.version ?? '0.1.0',
      description: '政府公报全文检索与知识库 — full-text search and knowledge base over Chinese county government gazettes. Errors: { error: { code, message, parameter? } }.',
    },
    servers: [{ url: '/' }],
    tags: [...new Set(routes.map((r) => r.tag))].map((name) => ({ name })),
    paths,
    components: {
      schemas: {
        Error: { ...jsonSchema(responses.error, 'output'), description: `code is one of: ${Object.keys(errorCodes).join(', ')}` },
      },
      securitySchemes: { adminToken: { type: 'http', scheme: 'bearer', description: 'GAZETTE_ADMIN_TOKEN' } },
    },
  };
}
