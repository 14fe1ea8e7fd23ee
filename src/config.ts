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
  /**
   * Express's `trust proxy`: false (default: the client is the socket's address), true, a
   * number of proxies, or addresses/subnets ("loopback", "10.0.0.0/8"). Behind a reverse proxy
   * set it, or every client shares the proxy's address (and its upload rate limit).
   */
  trustProxy: boolean | number | string;
}

/** GAZETTE_TRUST_PROXY as Express takes it: true/false, a hop count, or addresses. */
export function parseTrustProxy(value: string | undefined): boolean | number | string {
  const text = (value ?? '').trim();
  if (text === '' || /^(false|no|0)$/i.test(text)) return false;
  if (/^(true|yes)$/i.test(text)) return true;
  if (/^\d+$/.test(text)) return Number(text);
  return text;
}

/** Limits on one ingested file; a file past any of them is refused with FILE_TOO_LARGE. */
export interface ReadLimits {
  /** Larger files. */
  maxBytes?: number;
  /** PDFs with more pages. */
  maxPages?: number;
  /** PDF reading (and OCR) that takes longer. */
  timeoutMs?: number;
  /**
   * Larger text or HTML files. Text runs through the pipeline in one synchronous pass, so its
   * size is what bounds time and memory; a county gazette issue is well under 1 MB of text.
   */
  maxTextBytes?: number;
  /** HTML nested deeper (parsing cost grows with the square of the depth). */
  maxHtmlDepth?: number;
  /** A PDF stream (other than an image) inflating past this (a decompression bomb). */
  maxInflatedBytes?: number;
}

const MB = 1024 * 1024;

/** The limits in force when none are given (README, "Robustness and safety"; `gazette ingest --help`). */
export const defaultReadLimits: Required<ReadLimits> = {
  maxBytes: 200 * MB,
  maxPages: 2000,
  timeoutMs: 10 * 60_000,
  maxTextBytes: 20 * MB,
  // Real government pages nest a few dozen levels.
  maxHtmlDepth: 1000,
  // No content, font or object stream of a real gazette comes near this.
  maxInflatedBytes: 64 * MB,
};

/** Memory budget of an ingestion when none is given: the segmenter and pdf.js alone take about 600 MB. */
export const defaultMaxMemoryBytes = 1536 * MB;

/**
 * Ingestion settings that `gazette ingest`'s options override, as the environment writes them
 * (the CLI checks and converts them, naming the option in its error).
 */
export interface IngestSettings {
  workers?: string;
  maxMemoryMb?: string;
  maxFileMb?: string;
  maxPages?: string;
  fileTimeout?: string;
  maxTextMb?: string;
  maxHtmlDepth?: string;
  maxInflateMb?: string;
}

const INGEST_VARIABLES: Record<keyof IngestSettings, string> = {
  workers: 'GAZETTE_INGEST_WORKERS',
  maxMemoryMb: 'GAZETTE_MAX_MEMORY_MB',
  maxFileMb: 'GAZETTE_MAX_FILE_MB',
  maxPages: 'GAZETTE_MAX_PAGES',
  fileTimeout: 'GAZETTE_FILE_TIMEOUT_S',
  maxTextMb: 'GAZETTE_MAX_TEXT_MB',
  maxHtmlDepth: 'GAZETTE_MAX_HTML_DEPTH',
  maxInflateMb: 'GAZETTE_MAX_INFLATE_MB',
};

/** The GAZETTE_* ingestion variables that are set, by the option each one stands for. */
export function ingestSettings(env: NodeJS.ProcessEnv = process.env): IngestSettings {
  const settings: IngestSettings = {};
  for (const [key, name] of Object.entries(INGEST_VARIABLES) as Array<[keyof IngestSettings, string]>) {
    if (env[name] !== undefined) settings[key] = env[name];
  }
  return settings;
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
    trustProxy: overrides.trustProxy ?? parseTrustProxy(env.GAZETTE_TRUST_PROXY),
    logLevel: overrides.logLevel ?? ((env.GAZETTE_LOG as Config['logLevel'] | undefined) ?? (env.NODE_ENV === 'test' || env.VITEST ? 'silent' : 'info')),
  };
}
