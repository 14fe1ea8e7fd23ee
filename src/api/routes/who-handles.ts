/**
 * @module api/routes/who-handles
 * GET /api/who-handles: which office handles a matter, with the sentences that say so.
 */
import { whoHandles } from '../../kb/who-handles';
import { defineRoute } from '../route';
import { parseInput, responses, whoHandlesQuery } from '../schemas';

/**
 * @example GET /api/who-handles?q=新办企业首次申领发票找哪个部门&county=稷山县
 */
export const whoHandlesRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/who-handles',
    tag: 'knowledge',
    summary: '这件事找哪个部门 — which office handles a matter',
    description: '问题点名某单位时（县司法局管什么）列出该单位的职责 (mode "unit").',
    query: whoHandlesQuery,
    response: responses.whoHandles,
    handler: async (req, res, { store }) => {
      const input = parseInput(whoHandlesQuery, req.query);
      res.json(await whoHandles(store, { q: input.q, county: input.county || undefined, asOf: input.asOf }));
    },
  }),
];
