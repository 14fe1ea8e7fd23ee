/**
 * @module config
 * The only reader of process.env. Everything else receives settings explicitly.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Root of the checkout (where package.json lives). */
export const projectRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

export interface Config {
  /** Path of the embedded SQLite store. */
  db: string;
  backend: 'sqlite' | 'meilisearch';
  meiliHost?: string;
  meiliApiKey?: string;
  /** Token that enables POST /api/ingest; the route is off without it. */
  adminToken?: string;
  port: number;
  /** Folder of the bundled sample corpus that `npm start` ingests into an empty store. */
  samplesDir: string;
  logLevel: 'silent' | 'info' | 'debug';
}

/** Default store location: var/gazette.db in the checkout (see README, "Where data lives"). */
export const defaultDbPath = path.join(projectRoot, 'var', 'gazette.db');

export function loadConfig(env: NodeJS.ProcessEnv = process.env, overrides: Partial<Config> = {}): Config {
  const meiliHost = env.MEILI_HOST || undefined;
  const backend = (overrides.backend ?? (env.GAZETTE_BACKEND as Config['backend'] | undefined) ?? (meiliHost ? 'meilisearch' : 'sqlite'));
  return {
    db: overrides.db ?? env.GAZETTE_DB ?? defaultDbPath,
    backend,
    meiliHost: overrides.meiliHost ?? meiliHost,
    meiliApiKey: overrides.meiliApiKey ?? (env.MEILI_API_KEY || undefined),
    adminToken: overrides.adminToken ?? (env.GAZETTE_ADMIN_TOKEN || undefined),
    port: overrides.port ?? (env.PORT ? Number(env.PORT) : 3000),
    samplesDir: overrides.samplesDir ?? path.join(projectRoot, 'data', 'samples'),
    logLevel: overrides.logLevel ?? ((env.GAZETTE_LOG as Config['logLevel'] | undefined) ?? (env.NODE_ENV === 'test' || env.VITEST ? 'silent' : 'info')),
  };
}
