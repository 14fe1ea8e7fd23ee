/**
 * @module api/routes/stats
 * GET /api/stats (what the store holds) and GET /api/health (liveness for monitors: 200 "ok",
 * or 503 "degraded" with the problems when the store file is damaged, deleted or replaced).
 */
import path from 'node:path';
import { defineRoute } from '../route';
import { emptyQuery, responses } from '../schemas';

export const statsRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/stats',
    tag: 'stats',
    summary: '统计：公报、公文、引用、职责、单位 — counts per county',
    query: emptyQuery,
    response: responses.stats,
    handler: (_req, res, { store }) => {
      res.json(store.stats());
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/health',
    tag: 'stats',
    summary: '健康检查 — liveness and store integrity',
    description: '200 {status:"ok"}; 503 {status:"degraded", problems} when the store file is damaged, deleted or replaced (a probe of every page runs at most once a minute, off the event loop).',
    query: emptyQuery,
    response: responses.health,
    errors: [503],
    handler: async (_req, res, { store }) => {
      const health = await store.health();
      const storeName = path.basename(store.path);
      let documents: number | undefined;
      try {
        documents = store.stats().documents;
      } catch (error) {
        health.ok = false;
        health.problems.push(`${storeName}: 无法统计公文 (${(error as Error).message})`);
      }
      const body = { status: health.ok ? 'ok' : 'degraded', store: storeName, documents: documents ?? 0, backend: store.search.name };
      if (health.ok) res.json(body);
      else res.status(503).json({ ...body, problems: health.problems });
    },
  }),
];
