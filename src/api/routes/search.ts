/**
 * @module api/routes/search
 * GET /api/search: full-text search with filters, facets and highlighted passages.
 */
import type { SearchRequest } from '../../model';
import { searchWithOpenFacets } from '../../store/query/open-facets';
import { defineRoute } from '../route';
import { parseInput, responses, searchQuery } from '../schemas';

/**
 * @example GET /api/search?q=助企纾困&county=稷山县&status=现行有效&limit=10
 */
export const searchRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/search',
    tag: 'search',
    summary: '全文检索公文 — search documents',
    description: '列表参数可重复或用逗号分隔 (county=稷山县&county=夏县 or county=稷山县,夏县).',
    query: searchQuery,
    response: responses.search,
    errors: [503],
    handler: async (req, res, { store }) => {
      const input = parseInput(searchQuery, req.query);
      const request: SearchRequest = {
        q: input.q,
        filters: {
          county: input.county,
          year: input.year,
          issuer: input.issuer,
          unit: input.unit,
          type: input.type,
          status: input.status,
          level: input.level,
          from: input.from,
          to: input.to,
        },
        page: input.page,
        limit: input.limit,
        sort: input.sort,
        explain: input.explain,
        asOf: input.asOf,
      };
      // Facets stay visible once ticked: each ticked facet is counted without its own filter.
      res.json(await searchWithOpenFacets(store.search, request));
    },
  }),
];
