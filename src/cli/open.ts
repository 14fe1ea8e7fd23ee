/**
 * @module cli/open
 * Opens the store a subcommand works on (--db, else GAZETTE_DB, else var/gazette.db) and
 * prints its answers; shared by every subcommand.
 */
import { loadConfig } from '../config';
import { GazetteError } from '../errors';
import type { GazetteStore } from '../store/gazette-store';
import { openStore } from '../store/open-store';
import type { CommonOptions } from './options';

/**
 * Opens the store named by the options (or the environment). Commands that must write pass
 * `readonly: false`; read-only ones `true`; by default a store that cannot be written (a
 * read-only share) is opened read-only, so an archive can still be searched.
 */
export function openStoreFromOptions(options: CommonOptions, settings: { readonly?: boolean | 'auto' } = {}): GazetteStore {
  const config = loadConfig(undefined, { ...(options.db ? { db: options.db } : {}), ...(options.backend ? { backend: options.backend } : {}) });
  return openStore({
    db: config.db,
    backend: config.backend,
    meiliHost: config.meiliHost,
    meiliApiKey: config.meiliApiKey,
    readonly: settings.readonly ?? 'auto',
  });
}

/** Runs `work` with an open store and closes it afterwards, also on errors. */
export async function withStore<T>(
  options: CommonOptions,
  work: (store: GazetteStore) => T | Promise<T>,
  settings: { readonly?: boolean | 'auto' } = {},
): Promise<T> {
  const store = openStoreFromOptions(options, settings);
  try {
    const result = await work(store);
    await store.flush();
    return result;
  } finally {
    store.close();
  }
}

/** Writes a value as pretty JSON to stdout. */
export function printJson(value: unknown): void {
  process.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

/** Writes text to stdout. */
export function print(text: string): void {
  process.stdout.write(text.endsWith('\n') || text === '' ? text : `${text}\n`);
}

/** Checks an --as-of date (YYYY-MM-DD). */
export function asOfOption(value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(Date.parse(value))) {
    throw new GazetteError('BAD_PARAMETER', `--as-of 日期格式应为 YYYY-MM-DD，收到 "${value}" (expected YYYY-MM-DD)`);
  }
  return value;
}
