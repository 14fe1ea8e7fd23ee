/**
 * @module api/routes/units
 * GET /api/units and /api/units/:id: offices with their aliases and duties.
 */
import { GazetteError } from '../../errors';
import { defineRoute } from '../route';
import { idParams, parseInput, responses, unitsQuery } from '../schemas';

export const unitRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/units',
    tag: 'units',
    summary: '单位列表（含简称、职责数） — offices with aliases and duty counts',
    query: unitsQuery,
    response: responses.units,
    handler: (req, res, { store }) => {
      const { county } = parseInput(unitsQuery, req.query);
      res.json({ units: store.listUnits(county || undefined) });
    },
  }),
  defineRoute({
    method: 'get',
    path: '/api/units/:id',
    tag: 'units',
    summary: '单位职责（按公文分组） — one office and its duties by document',
    description: 'id 形如 稷山县:县人力资源和社会保障局 (URL-encoded)',
    params: idParams,
    response: responses.unit,
    errors: [404],
    handler: (req, res, { store }) => {
      const { id } = parseInput(idParams, req.params, 'path');
      const profile = store.getUnit(id);
      if (!profile) throw new GazetteError('NOT_FOUND', `找不到单位 "${id}"；用 /api/units 查看 id (no such unit)`);
      res.json(profile);
    },
  }),
];
