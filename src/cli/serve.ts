/**
 * @module cli/serve
 * `gazette serve [--port 3000] [--host 127.0.0.1]`: the JSON API and the web UI over HTTP,
 * with graceful shutdown (Ctrl-C finishes the requests in flight, then closes the store).
 */
import { createServer, type Server } from 'node:http';
import type { Command } from 'commander';
import type { IngestUploads } from '../api/route';
import { loadConfig, type Config } from '../config';
import { GazetteError } from '../errors';
import type { GazetteStore } from '../store/gazette-store';
import { watchStoreFile } from '../store/watched-store';
import { openStoreFromOptions, print } from './open';
import { withCommonOptions, type CommonOptions } from './options';

export interface ServeOptions extends CommonOptions {
  port?: string;
  host?: string;
  readOnly?: boolean;
}

/** How long the upload thread stays after the last upload (starting one takes ~0.5 s and it holds up to ~400 MB). */
const UPLOAD_THREAD_IDLE_MS = 5 * 60_000;

/**
 * Upload ingestion, loaded on the first upload (the pipeline and PDF reader are heavy). Files
 * are read, run through the pipeline and turned into rows on a worker thread, so the event
 * loop keeps answering searches (an 825 KB PDF held /api/health for 3.1 s when this ran here);
 * only the write happens on the main thread.
 */
function createLazyIngest(): IngestUploads & { close(): Promise<void> } {
  let pool: { prepare: (bytes: Buffer, name: string) => Promise<import('../../ingest/prepare-file').PreparedFile>; close: () => Promise<void> } | undefined;
  let idle: NodeJS.Timeout | undefined;
  let busy = 0;
  const ingest = async (store: GazetteStore, files: Parameters<IngestUploads>[1]) => {
    const { createIngestBuffers } = await import('../../ingest/ingest-buffers');
    const { createPreparePool } = await import('../../ingest/workers/worker-pool');
    const limits = { maxBytes: 50 * 1024 * 1024 };
    pool ??= createPreparePool(1, { limits });
    const current = pool;
    clearTimeout(idle);
    busy += 1;
    try {
      return await createIngestBuffers({ limits, prepare: (bytes, name) => current.prepare(bytes, name) })(store, files);
    } finally {
      busy -= 1;
      if (busy === 0) {
        idle = setTimeout(() => {
          if (busy > 0 || pool !== current) return;
          pool = undefined;
          void current.close();
        }, UPLOAD_THREAD_IDLE_MS);
        idle.unref();
      }
    }
  };
  return Object.assign(ingest, {
    close: async () => {
      clearTimeout(idle);
      const open = pool;
      pool = undefined;
      await open?.close();
    },
  });
}

/** Room for a GET whose query holds a long pasted text (the query is then cut to its first sentence). */
const MAX_HEADER_BYTES = 1024 * 1024;

export function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new GazetteError('BAD_PARAMETER', `--port 应为 0–65535 的整数，收到 "${value}" (port must be an integer 0–65535)`);
  }
  return port;
}

/**
 * Listens with an open store until SIGINT/SIGTERM; resolves when the server is closed.
 * @example await serveStore(store, loadConfig(), { port: 3000, host: '127.0.0.1' })
 */
export async function serveStore(
  store: GazetteStore,
  config: Config,
  at: { port: number; host: string },
  control: { onListening?: (url: string) => void; stop?: AbortSignal; refreshStore?: () => void; readOnly?: boolean } = {},
): Promise<void> {
  // The API (Express, zod, helmet, multer) loads when a server starts, not with every command:
  // `gazette search` and the others would pay for it before doing anything.
  const [{ createApp }, { createLogger }] = await Promise.all([import('../api/create-app'), import('../api/logger')]);
  const logger = createLogger(config.logLevel === 'silent' ? 'silent' : config.logLevel);
  const uploads = control.readOnly ? undefined : createLazyIngest();
  const app = createApp({ store, config, logger, ingest: uploads, refreshStore: control.refreshStore });
  // The first probe of the file starts now, on its own thread: known damage is refused from then on.
  void store.health().then((health) => {
    if (!health.ok) logger.error(`store degraded: ${health.problems.join('; ')}`);
  });
  const server = await new Promise<Server>((resolve, reject) => {
    // A pasted query can be long: Node's default 16 KB of headers would answer a long GET with 431
    // before any handler runs. Past this size the web UI posts the query (POST /api/search).
    const s = createServer({ maxHeaderSize: MAX_HEADER_BYTES }, app).listen(at.port, at.host, () => resolve(s));
    s.once('error', reject);
  }).catch((error: NodeJS.ErrnoException) => {
    const why = error.code === 'EADDRINUSE' ? `端口 ${at.port} 已被占用，请用 --port 换一个 (port in use)` : error.message;
    throw new GazetteError('INTERNAL', `无法在 ${at.host}:${at.port} 启动服务: ${why}`, { cause: error });
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : at.port;
  const shown = at.host === '0.0.0.0' || at.host === '::' ? 'localhost' : at.host.includes(':') ? `[${at.host}]` : at.host;
  const url = `http://${shown}:${port}/`;
  print(`gazette-kb 已启动: ${url}  (API: ${url}api/openapi.json; Ctrl-C 停止)`);
  control.onListening?.(url);
  if (!config.adminToken) print('上传接口未启用（未设置 GAZETTE_ADMIN_TOKEN）— POST /api/ingest is disabled');

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      print(`\n收到 ${signal}，正在停止… (finishing requests in flight)`);
      // Idle keep-alive sockets would hold close() open; busy ones get 10 s to finish.
      server.close(() => resolve());
      server.closeIdleConnections();
      setTimeout(() => {
        server.closeAllConnections();
        resolve();
      }, 10_000).unref();
    };
    const onInt = () => stop('SIGINT');
    const onTerm = () => stop('SIGTERM');
    process.once('SIGINT', onInt);
    process.once('SIGTERM', onTerm);
    control.stop?.addEventListener('abort', () => stop('stop'), { once: true });
    server.once('close', () => {
      process.off('SIGINT', onInt);
      process.off('SIGTERM', onTerm);
    });
  });
  await uploads?.close();
  await store.flush().catch((error: unknown) => logger.error('flush on shutdown failed', error));
  store.close();
}

export function registerServe(program: Command): void {
  withCommonOptions(
    program
      .command('serve')
      .description('启动 HTTP 服务（JSON API 与网页界面）— serve the JSON API and the web UI')
      .option('--port <port>', '端口 (port; env PORT, default 3000)')
      .option('--host <host>', '监听地址 (address to listen on)', '127.0.0.1')
      .option('--read-only', '只读打开数据库，不接受上传（如只读共享盘上的归档）(open the store read-only; uploads off)'),
  )
    .addHelpText(
      'after',
      '\n示例 Examples:\n  gazette serve\n  gazette serve --read-only --db /mnt/archive/gazette.db\n  GAZETTE_ADMIN_TOKEN=s3cret gazette serve --port 8080 --host 0.0.0.0\n  curl "http://127.0.0.1:3000/api/who-handles?q=新办企业首次申领发票找哪个部门&county=稷山县"',
    )
    .action(async (options: ServeOptions) => {
      const config = loadConfig(undefined, options.db ? { db: options.db } : {});
      const port = parsePort(options.port, config.port);
      // Follows the file: a store put at the same path is opened, a deleted one reported.
      const watched = watchStoreFile(() => openStoreFromOptions(options, options.readOnly ? { readonly: true } : {}), config.db);
      await serveStore(watched.store, config, { port, host: options.host ?? '127.0.0.1' }, { refreshStore: watched.refresh, readOnly: options.readOnly });
    });
}
