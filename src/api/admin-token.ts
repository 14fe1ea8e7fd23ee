/**
 * @module api/admin-token
 * The bearer-token gate of write routes. Without a configured token the route does not
 * exist (404 ROUTE_DISABLED); the comparison takes the same time whatever the guess.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import type { RequestHandler } from 'express';
import { GazetteError } from '../errors';

/** Constant-time equality of two secrets (hashed first so lengths never leak). */
export function secretsEqual(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b) && given.length === expected.length;
}

/** True when the request carries the configured token (`Authorization: Bearer <token>`). */
export function hasAdminToken(header: string | undefined, token: string | undefined): boolean {
  if (!token) return false;
  const match = /^Bearer\s+(.+)$/i.exec((header ?? '').trim());
  return Boolean(match && secretsEqual(match[1].trim(), token));
}

/**
 * Middleware admitting only `Authorization: Bearer <token>`.
 * @example requireAdminToken(config.adminToken) // GAZETTE_ADMIN_TOKEN=s3cret → 'Bearer s3cret' passes
 */
export function requireAdminToken(token: string | undefined): RequestHandler {
  return (req, _res, next) => {
    if (!token) {
      throw new GazetteError('ROUTE_DISABLED', '上传未启用：服务器未设置 GAZETTE_ADMIN_TOKEN (uploads are disabled: no admin token configured)');
    }
    if (!hasAdminToken(req.get('authorization'), token)) {
      throw new GazetteError('UNAUTHORIZED', '需要管理员令牌：请在请求头加 Authorization: Bearer <GAZETTE_ADMIN_TOKEN> (missing or wrong admin token)');
    }
    next();
  };
}
