/**
 * @module api/create-app
 * The HTTP API and the web UI as an Express 5 app, built without listening (tests call it
 * through supertest; `gazette serve` listens). JSON answers, zod-validated inputs, one error
 * handler, compression, security headers with a CSP the UI satisfies, one log line per request.
 */
import fs from 'node:fs';
import path from 'node:path';
import compression from 'compression';
import express, { type Express, type NextFunction, type Request, type Response } from 'express';
import { projectRoot, type Config, loadConfig } from '../config';
import { GazetteError } from '../errors';
import type { GazetteStore } from '../store/gazette-store';
import { shownPath } from '../store/shown-path';
import { storeCorrupt } from '../store/sqlite/store-faults';
import { createErrorHandler } from './error-handler';
import { createLogger } from './logger';
import { securityHeaders } from './security';
import type { AppDeps, IngestUploads, Logger, Route } from './route';
import { documentRoutes } from './routes/documents';
import { gazetteRoutes } from './routes/gazettes';
import { ingestRoutes } from './routes/ingest';
import { createOpenApiRoutes } from './routes/openapi';
import { referenceRoutes } from './routes/references';
import { searchRoutes } from './routes/search';
import { statsRoutes } from './routes/stats';
import { suggestRoutes } from './routes/suggest';
import { unitRoutes } from './routes/units';
import { whoHandlesRoutes } from './routes/who-handles';

export interface CreateAppOptions {
  store: GazetteStore;
  logger?: Logger;
  config?: Config;
  /** Stores uploaded files; without it POST /api/ingest answers ROUTE_DISABLED. */
  ingest?: IngestUploads;
  /** Folder of the built UI (default web/dist). */
  webRoot?: string;
  /**
   * Called before each API request: looks at the store's file and reopens a replaced one
   * (store/watched-store.ts); throws STORE_UNAVAILABLE when it is missing, which every route
   * but /api/health answers with.
   */
  refreshStore?: () => void;
}

/** Every API route, in mount order (by-number before :id). */
export const apiRoutes: Route[] = [
  ...searchRoutes,
  ...suggestRoutes,
  ...documentRoutes,
  ...whoHandlesRoutes,
  ...referenceRoutes,
  ...unitRoutes,
  ...gazetteRoutes,
  ...statsRoutes,
  ...ingestRoutes,
];

export const allRoutes: Route[] = [...apiRoutes, ...createOpenApiRoutes(() => allRoutes)];

const notBuiltPage = `<!doctype html><html lang="zh-CN"><meta charset="utf-8"><title>gazette-kb</title>
<h1>网页界面尚未构建 (web UI not built)</h1>
<p>请在项目目录运行 <code>npm run build:web</code>（生成 web/dist/），然后刷新本页。</p>
<p>Run <code>npm run build:web</code> in the checkout to build web/dist/, then reload.</p>
<p>API: <a href="/api/openapi.json">/api/openapi.json</a></p></html>`;

function requestLog(logger: Logger) {
  return (req: Request, res: Response, next: NextFunction) => {
    const started = performance.now();
    res.on('finish', () => {
      let url = req.originalUrl;
      try {
        // Chinese queries read better decoded: GET /api/who-handles?q=县人社局管什么
        // Control characters stay encoded, so a request cannot forge a log line.
        url = decodeURI(url).replace(/[\u0000-\u001f\u007f]/g, (c) => encodeURIComponent(c));
      } catch {
        // a malformed %-sequence is logged as it came
      }
      logger.info(`${req.method} ${url} ${res.statusCode} ${Math.round(performance.now() - started)}ms`);
    });
    next();
  };
}

/**
 * Builds the app.
 *
 * @example
 * const app = createApp({ store: openStore({ db: 'var/gazette.db' }) });
 * await request(app).get('/api/references/夏政发〔2016〕66号'); // → repealedBy 夏政发〔2023〕12号
 */
export function createApp(options: CreateAppOptions): Express {
  const config = options.config ?? loadConfig();
  const logger = options.logger ?? createLogger(config.logLevel);
  const deps: AppDeps = { store: options.store, logger, config, ingest: options.ingest };
  const webRoot = options.webRoot ?? path.join(projectRoot, 'web', 'dist');

  const app = express();
  app.disable('x-powered-by');
  // Who the client is (rate limits, logs): the socket, or what a configured proxy forwards.
  app.set('trust proxy', config.trustProxy);
  // '<' '>' '&' in JSON become \u003c …: a query echoed back can never be read as markup.
  app.set('json escape', true);
  // A gazette's source path is kept as ingested (the source route reads the file from it), but
  // answers show it relative or by file name only: never where the server keeps its files.
  app.set('json replacer', (key: string, value: unknown) => {
    if (key !== 'source' || !value || typeof value !== 'object') return value;
    const source = value as { path?: unknown; sha256?: unknown };
    return typeof source.path === 'string' && typeof source.sha256 === 'string' ? { ...source, path: shownPath(source.path) } : value;
  });
  app.use(requestLog(logger));
  app.use(securityHeaders());
  app.use(compression());

  const api = express.Router();
  const refreshStore = options.refreshStore;
  api.use('/api', (req, _res, next) => {
    // Health still answers, and says why (a missing file, the damage found).
    if (req.path === '/health') {
      try {
        refreshStore?.();
      } catch {
        // reported by the health answer itself
      }
      return next();
    }
    try {
      refreshStore?.();
      // Known damage: no answer at all rather than one read from altered pages.
      const faults = options.store.faults();
      if (faults.length > 0) throw storeCorrupt(options.store.path, undefined, new Error(faults.join('; ')));
    } catch (error) {
      return next(error);
    }
    next();
  });
  for (const route of allRoutes) {
    const before = route.before?.(deps) ?? [];
    api[route.method](route.path, ...before, (req: Request, res: Response) => route.handler(req, res, deps));
  }
  app.use(api);
  app.use('/api', (req) => {
    throw new GazetteError('NOT_FOUND', `没有这个接口: ${req.method} ${req.originalUrl}；见 /api/openapi.json (no such API route)`);
  });

  // The UI: static files, and index.html for its client-side routes (/doc/…, /units/…).
  // Assets carry a content hash in their URL (app.js?v=…); index.html must be revalidated.
  app.use(
    express.static(webRoot, {
      index: 'index.html',
      maxAge: '1h',
      setHeaders: (res, file) => {
        if (file.endsWith('.html')) res.setHeader('Cache-Control', 'no-cache');
      },
    }),
  );
  app.get('/{*path}', (req, res, next) => {
    const index = path.join(webRoot, 'index.html');
    if (fs.existsSync(index)) {
      res.setHeader('Cache-Control', 'no-cache');
      res.sendFile(index, (error) => error && next(error));
      return;
    }
    res.status(req.path === '/' ? 200 : 404).type('html').send(notBuiltPage);
  });

  app.use((req) => {
    throw new GazetteError('NOT_FOUND', `没有这个地址: ${req.method} ${req.path} (not found)`);
  });
  app.use(createErrorHandler(logger, path.basename(options.store.path)));
  return app;
}
