/**
 * @module api/error-handler
 * The one place errors become answers: a GazetteError gives its status and
 * `{ error: { code, message } }` (plus `parameter` for a bad parameter); upload and body
 * errors of the libraries are mapped to codes; anything else is logged and answered 500
 * without internals.
 */
import type { ErrorRequestHandler } from 'express';
import { GazetteError, isGazetteError } from '../errors';
import type { Logger } from './route';

/** Errors thrown by multer, body parsers and the like, turned into GazetteErrors. */
function fromLibrary(error: unknown): GazetteError | undefined {
  const e = error as { name?: string; code?: string; field?: string; type?: string; status?: number; expose?: boolean };
  if (e?.name === 'MulterError') {
    if (e.code === 'LIMIT_FILE_SIZE') {
      return new GazetteError('FILE_TOO_LARGE', '上传文件过大：每个文件最多 50 MB (file too large: at most 50 MB each)');
    }
    return new GazetteError('BAD_PARAMETER', `上传格式不正确（${e.code}）：请用字段 files 上传，最多 20 个文件 (bad upload: use field "files", at most 20 files)`, {
      details: { parameter: e.field ?? 'files' },
    });
  }
  if (e?.type === 'entity.parse.failed' || e?.type === 'entity.too.large') {
    return new GazetteError('BAD_PARAMETER', `请求体无法解析 (malformed request body)`, { details: { parameter: 'body' } });
  }
  if (typeof e?.status === 'number' && e.status >= 400 && e.status < 500) {
    // Client errors raised by Express itself (a path parameter with malformed %-encoding).
    return new GazetteError('BAD_PARAMETER', `请求无效：URL 编码或参数格式不正确 (bad request: malformed URL or parameter)`, {
      details: { parameter: 'url' },
    });
  }
  return undefined;
}

/**
 * Builds the error handler (mount it last).
 * @example app.use(createErrorHandler(logger)) // GazetteError('NOT_FOUND', …) → 404 { error: { code: 'NOT_FOUND', message } }
 */
export function createErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = isGazetteError(error) ? error : fromLibrary(error);
    if (known) {
      const body: { code: string; message: string; parameter?: string } = { code: known.code, message: known.message };
      const parameter = known.details?.parameter;
      if (typeof parameter === 'string') body.parameter = parameter;
      if (known.status >= 500) logger.error(`${req.method} ${req.originalUrl} → ${known.code}`, error);
      res.status(known.status).json({ error: body });
      return;
    }
    logger.error(`${req.method} ${req.originalUrl} → unexpected error`, error);
    res.status(500).json({ error: { code: 'INTERNAL', message: '服务器内部错误，已记录日志 (internal error; it has been logged)' } });
  };
}
