/**
 * @module api/routes/ingest
 * POST /api/ingest: upload gazette files (txt / pdf / html, multipart field `files`) with the
 * admin token. Each file is read, run through the pipeline and stored; the answer lists what
 * was stored and what was rejected and why. Stored documents are searchable at once.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { RequestHandler } from 'express';
import { rateLimit } from 'express-rate-limit';
import multer from 'multer';
import { GazetteError } from '../../errors';
import { hasAdminToken, requireAdminToken } from '../admin-token';
import { defineRoute, type IngestUploadResult, type UploadedFile } from '../route';
import { responses } from '../schemas';

export const uploadLimits = { field: 'files', maxBytes: 50 * 1024 * 1024, maxFiles: 20 };

/**
 * Failed authentications per client (its address; behind a reverse proxy the one the proxy
 * forwards, with GAZETTE_TRUST_PROXY) per window: too few to guess the token. Requests with the
 * right token are never counted nor refused — 30 anonymous POSTs used to lock the administrator
 * out for 10 minutes, and behind a proxy everyone shared one address.
 */
const failuresPerWindow = 30;
const windowMs = 10 * 60 * 1000;

/**
 * Uploads are streamed to files in the system's temporary folder, not held in memory: 20
 * uploads of 49 MB took a server to 1,374 MB. Each file is then read and ingested one at a
 * time, and removed when the request ends.
 */
function uploadMiddleware(): RequestHandler {
  const dest = path.join(os.tmpdir(), 'gazette-uploads');
  fs.mkdirSync(dest, { recursive: true });
  return multer({
    storage: multer.diskStorage({ destination: dest }),
    limits: { fileSize: uploadLimits.maxBytes, files: uploadLimits.maxFiles, fields: 10 },
    // Browsers send UTF-8 file names without declaring them: 夏县人民政府公报.pdf stays readable.
    defParamCharset: 'utf8',
  }).array(uploadLimits.field, uploadLimits.maxFiles);
}

/**
 * @example curl -H "Authorization: Bearer $GAZETTE_ADMIN_TOKEN" -F files=@data/samples/xiaxian-2023-04.txt http://127.0.0.1:3000/api/ingest
 */
export const ingestRoutes = [
  defineRoute({
    method: 'post',
    path: '/api/ingest',
    tag: 'ingest',
    summary: '上传并导入公报文件（需管理员令牌） — upload gazette files (admin token)',
    description: 'multipart/form-data, field "files" (repeatable); each file ≤ 50 MB, ≤ 20 files. 401 without the token; 404 ROUTE_DISABLED when the server has no GAZETTE_ADMIN_TOKEN; 429 when rate-limited.',
    response: responses.ingest,
    errors: [401, 404, 413, 429],
    admin: true,
    upload: uploadLimits,
    before: ({ config }) => [
      rateLimit({
        windowMs,
        limit: failuresPerWindow,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        skip: (req) => hasAdminToken(req.get('authorization'), config.adminToken),
        handler: (_req, _res, next) =>
          next(new GazetteError('RATE_LIMITED', `令牌错误次数过多，请 ${windowMs / 60000} 分钟后再试 (too many failed authentications, try again later)`)),
      }),
      // The token is checked before the body is read: without it nothing is parsed or stored.
      requireAdminToken(config.adminToken),
      uploadMiddleware(),
    ],
    handler: async (req, res, { store, ingest }) => {
      if (!ingest) throw new GazetteError('ROUTE_DISABLED', '此服务器未接入导入功能 (ingest is not wired into this server)');
      const uploaded = (req.files as Express.Multer.File[] | undefined) ?? [];
      try {
        if (uploaded.length === 0) {
          throw new GazetteError('BAD_PARAMETER', '请用 multipart 字段 files 上传至少一个文件 (upload at least one file in field "files")', {
            details: { parameter: 'files' },
          });
        }
        const result: IngestUploadResult = { stored: [], rejected: [] };
        // One file in memory at a time.
        for (const file of uploaded) {
          const one: UploadedFile = { name: file.originalname || 'upload', bytes: await fs.promises.readFile(file.path) };
          const answer = await ingest(store, [one]);
          result.stored.push(...answer.stored);
          result.rejected.push(...answer.rejected);
        }
        // An external backend (Meilisearch) indexes asynchronously: wait, so the next search sees it.
        await store.flush();
        // 200 even when every file was rejected: the answer says per file why.
        res.json(result);
      } finally {
        await Promise.all(uploaded.map((file) => fs.promises.rm(file.path, { force: true })));
      }
    },
  }),
];
