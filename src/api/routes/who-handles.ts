/**
 * @module api/routes/who-handles
 * GET /api/who-handles: which office handles a matter, with the sentences that say so; POST
 * with the same parameters as a JSON body for a question too long for a URL.
 */
import type { Request, Response } from 'express';
import { whoHandles } from '../../kb/who-handles';
import type { AppDeps } from '../route';
import { defineRoute } from '../route';
import { parseInput, responses, whoHandlesQuery } from '../schemas';
import { queryBody, queryOf } from './query-body';

/**
 * @example GET /api/who-handles?q=新办企业首次申领发票找哪个部门&county=稷山县
 * @example GET /api/who-handles?q=盖房子要去哪里审批&county=稷山县&inForce=false
 */
export const whoHandlesRoutes = [
  defineRoute({
    method: 'get',
    path: '/api/who-handles',
    tag: 'knowledge',
    summary: '这件事找哪个部门 — which office handles a matter',
    description:
      '问题点名某单位时（县司法局管什么）列出该单位的职责 (mode "unit")。默认只用现行有效的文件（inForce=true）；inForce=false 时已失效、已废止文件的答案也列出，标明状态并排在后面。每条依据带文件的效力状态 status。',
    query: whoHandlesQuery,
    response: responses.whoHandles,
    handler: answer,
  }),
  defineRoute({
    method: 'post',
    path: '/api/who-handles',
    tag: 'knowledge',
    summary: '这件事找哪个部门（长问题）— the question in a JSON body',
    description: '参数与 GET /api/who-handles 相同，放在 JSON 请求体中；用于 URL 放不下的长文字，按第一句回答并在 notice 中说明。',
    query: whoHandlesQuery,
    response: responses.whoHandles,
    before: () => queryBody(),
    handler: answer,
  }),
];

async function answer(req: Request, res: Response, { store }: AppDeps): Promise<void> {
  const input = parseInput(whoHandlesQuery, queryOf(req));
  res.json(await whoHandles(store, { q: input.q, county: input.county || undefined, asOf: input.asOf, inForce: input.inForce }));
}
