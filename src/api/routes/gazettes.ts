/**
 * @module api/routes/gazettes
 * GET /api/gazettes and /api/gazettes/:id: stored gazette issues with contents and documents;
 * GET /api/gazettes/:id/source: the file an issue was read from.
 */
import { z } from 'zod';
import { GazetteError } from '../../errors';
import { defineRoute } from '../route';
import { sendSource } from '../send-source';
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
  defineRoute({
    method: 'get',
    path: '/api/gazettes/:id/source',
    tag: 'gazettes',
    summary: '公报的原始文件 — the source file of an issue, as ingested',
    description:
      '按导入时的路径读取，内容须与导入时的 sha256 一致；文本与网页以 text/plain 显示（网页不在本站执行），PDF 以附件下载。' +
      ' Answers the raw bytes (not JSON): text and HTML as text/plain, PDF as a download; 404 when the file has moved or changed.',
    params: idParams,
    response: z.object({}).describe('原始文件的字节 (the raw bytes of the file)'),
    errors: [404],
    handler: async (req, res, { store }) => {
      const { id } = parseInput(idParams, req.params, 'path');
      const gazette = store.getGazette(id);
      if (!gazette) throw new GazetteError('NOT_FOUND', `找不到公报 "${id}"；用 /api/gazettes 查看 id (no such gazette)`);
      await sendSource(res, gazette.source, 'attachment');
    },
  }),
];
