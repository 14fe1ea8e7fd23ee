/**
 * @module api/routes/search
 * GET /api/search: full-text search with filters, facets and highlighted passages; POST with
 * the same parameters as a JSON body for a query too long for a URL.
 */
import type { Request, Response } from 'express';
import type { SearchRequest } from '../../model';
import type { AppDeps } from '../route';
import { searchWithOpenFacets } from '../../store/query/open-facets';
import { defineRoute } from '../route';
import { parseInput, responses, searchQuery } from '../schemas';
import { queryBody, queryOf } from './query-body';

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
    handler: search,
  }),
  defineRoute({
    method: 'post',
    path: '/api/search',
    tag: 'search',
    summary: '全文检索公文（长查询）— search with the parameters in a JSON body',
    description: '参数与 GET /api/search 相同，放在 JSON 请求体中（{"q": "…", "county": ["稷山县"]}）；用于粘贴的长文字，URL 放不下时使用。很长的查询按第一句检索，并在 notice 中说明。',
    query: searchQuery,
    response: responses.search,
    errors: [503],
    before: () => queryBody(),
    handler: search,
  }),
];

async function search(req: Request, res: Response, { store }: AppDeps): Promise<void> {
  const input = parseInput(searchQuery, queryOf(req));
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
}
