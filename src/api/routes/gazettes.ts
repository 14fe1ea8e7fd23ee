/**
 * @module api/routes/gazettes
 * GET /api/gazettes and /api/gazettes/:id: stored gazette issues with contents and documents.
 */
import { GazetteError } from '../../errors';
import { defineRoute } from '../route';
import { emptyQuery, idParams, parseInput, responses } from '../schemas';

export const gazetteRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/gazettes',
    tag: 'gazettes',
    summary: '已导入的公报 — stored gazette issues',
    query: emptyQuery,
    response: responses.gazettes,
    handler: (_req, res, { store }) => {
      res.json({ gazettes: store.listGazettes() });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/gazettes/:id',
    tag: 'gazettes',
    summary: '一期公报：目录、公文、导入时的警告 — one gazette issue',
    params: idParams,
    response: responses.gazette,
    errors: [404],
    handler: (req, res, { store }) => {
      const { id } = parseInput(idParams, req.params, 'path');
      const gazette = store.getGazette(id);
      if (!gazette) throw new GazetteError('NOT_FOUND', `找不到公报 "${id}"；用 /api/gazettes 查看 id (no such gazette)`);
      res.json(gazette);
    },
  }),
];
