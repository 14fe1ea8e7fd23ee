/**
 * @module api/routes/openapi
 * GET /api/openapi.json: the OpenAPI 3.1 document of every route of the app, this one included.
 */
import { buildOpenApi } from '../openapi';
import { defineRoute, type Route } from '../route';
import { emptyQuery, responses } from '../schemas';

/** The route, given a way to reach the app's full route list (which contains it). */
export function createOpenApiRoutes(allRoutes: () => Route[]): Route[] {
  let cached: unknown;
  return [
    defineRoute({
      method: 'get',
      path: '/api/openapi.json',
      tag: 'meta',
      summary: 'OpenAPI 3.1 文档 — this API described',
      query: emptyQuery,
      response: responses.openapi,
      handler: (_req, res) => {
        cached ??= buildOpenApi(allRoutes());
        res.json(cached);
      },
    }),
  ];
}
