/**
 * @module store/create-backend
 * The one place that chooses the search backend `store.search` answers with: the embedded
 * SQLite FTS5 index (default), or a Meilisearch server when one is configured
 * (`--backend meilisearch`, GAZETTE_BACKEND=meilisearch, or MEILI_HOST set; MEILI_API_KEY for a
 * protected server). The SQLite store stays the source of truth either way.
 */
import type Database from 'better-sqlite3';
import { GazetteError } from '../errors';
import { createMeiliBackend } from './meilisearch/meili-backend';
import type { SearchBackend } from './search-backend';
import { unitNamesReader } from './sqlite/unit-names';

export type BackendName = SearchBackend['name'];

export interface BackendChoice {
  /** Explicit choice; without it, Meilisearch when a host is given, else SQLite. */
  backend?: BackendName;
  meiliHost?: string;
  meiliApiKey?: string;
  /** Index uid on the server; default 'gazette-documents'. */
  meiliIndex?: string;
}

/**
 * @example chooseBackend({ meiliHost: 'http://127.0.0.1:7700' }) // 'meilisearch'
 * @example chooseBackend({}) // 'sqlite'
 */
export function chooseBackend(choice: BackendChoice): BackendName {
  // || rather than ??: an empty GAZETTE_BACKEND= means "not chosen", not an unknown backend.
  return choice.backend || (choice.meiliHost ? 'meilisearch' : 'sqlite');
}

/**
 * The backend to search with. `sqlite` is the store's own index (returned as is, so the store
 * sees there is nothing external to mirror); `db` lets Meilisearch expand unit aliases from the
 * store's unit tables, as the SQLite index does.
 *
 * @example
 * const search = createBackend({ backend: 'meilisearch', meiliHost: 'http://127.0.0.1:7700' }, { sqlite: index, db });
 */
export function createBackend(choice: BackendChoice, context: { sqlite: SearchBackend; db?: Database.Database }): SearchBackend {
  const name: string = chooseBackend(choice);
  if (name === 'sqlite') return context.sqlite;
  if (name !== 'meilisearch') {
    throw new GazetteError('BAD_PARAMETER', `未知的检索后端 ${name}；可选 sqlite 或 meilisearch (unknown backend)`, { details: { parameter: 'backend' } });
  }
  if (!choice.meiliHost) {
    throw new GazetteError('BAD_PARAMETER', '选择了 Meilisearch 后端但未设置 MEILI_HOST（如 http://127.0.0.1:7700）(MEILI_HOST is not set)');
  }
  return createMeiliBackend({
    host: choice.meiliHost,
    apiKey: choice.meiliApiKey,
    indexName: choice.meiliIndex,
    unitNames: context.db ? unitNamesReader(context.db) : undefined,
  });
}
