/**
 * @module api/error-handler
 * The one place errors become answers: a GazetteError gives its status and
 * `{ error: { code, message } }` (plus `parameter` for a bad parameter); upload and body
 * errors of the libraries are mapped to codes; anything else is logged and answered 500
 * without internals.
 */
import type { ErrorRequestHandler } from 'express';
import { GazetteError, isGazetteError } from '../errors';
import { isCorruption, storeCorrupt } from '../store/sqlite/store-faults';
import type { Logger } from './route';

/** Errors thrown by multer, busboy, body parsers, SQLite and the like, turned into GazetteErrors. */
function fromLibrary(error: unknown, storeName: string): GazetteError | undefined {
  const e = error as { name?: string; code?: string; field?: string; type?: string; status?: number; expose?: boolean; message?: string };
  // A damaged page of the store: 503 naming it, never a 500 that looks like a passing bug.
  if (isCorruption(error)) return storeCorrupt(storeName, undefined, error);
  if (e?.code === 'SQLITE_READONLY' || e?.code === 'SQLITE_CANTOPEN' || e?.code?.startsWith('SQLITE_IOERR')) {
    return new GazetteError('STORE_UNAVAILABLE', `数据库 ${storeName} 暂时无法读写（${e.code}），请检查文件是否被移走或磁盘是否只读 (store unavailable)`, { cause: error });
  }
  // busboy (multer's parser) throws plain Errors for a malformed multipart body: the client's fault.
  if (typeof e?.message === 'string' && /^(Multipart: |Unexpected end of (form|file)|Malformed part header)/.test(e.message)) {
    return new GazetteError('BAD_PARAMETER', `上传内容不是有效的 multipart/form-data（${e.message}）(malformed multipart body)`, { details: { parameter: 'files' } });
  }
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
 * Builds the error handler (mount it last); `storeName` (a file name, never a server path) names
 * the store in the answers to a damaged or unavailable store.
 * @example app.use(createErrorHandler(logger)) // GazetteError('NOT_FOUND', …) → 404 { error: { code: 'NOT_FOUND', message } }
 */
export function createErrorHandler(logger: Logger, storeName = 'gazette.db'): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error);
    const known = isGazetteError(error) ? error : fromLibrary(error, storeName);
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
