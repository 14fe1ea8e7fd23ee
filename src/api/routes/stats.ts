/**
 * @module api/routes/stats
 * GET /api/stats (what the store holds) and GET /api/health (liveness for monitors).
 */
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
    summary: '健康检查 — liveness',
    query: emptyQuery,
    response: responses.health,
    errors: [503],
    handler: (_req, res, { store }) => {
      res.json({ status: 'ok', documents: store.stats().documents, backend: store.search.name });
    },
  }),
];
