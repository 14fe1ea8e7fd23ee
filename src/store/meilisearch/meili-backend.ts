/**
 * @module store/meilisearch/meili-backend
 * The scale-out search backend: a Meilisearch server through the official client, behind the
 * same SearchBackend interface and contract suite as SQLite. The SQLite store stays the source
 * of truth; this index is fed after each commit and can always be rebuilt (`gazette reindex`).
 *
 * This module keeps the index: creating it with its settings, writing, and recreating it when a
 * server lost it. How a query is translated and answered is meili-search.ts; passages and titles
 * are cut and marked by the shared highlighter from the returned paragraphs, so escaping is
 * identical to SQLite: every character escaped, only <mark> added.
 *
 * Failures (server unreachable, timeout, a failed task) are thrown as GazetteError naming the
 * server (meili-errors.ts); nothing here writes to SQLite, so the store is never touched by them.
 */
import { Meilisearch, type Index } from 'meilisearch';
import type { IndexableDocument, SearchBackend } from '../search-backend';
import { toMeiliDocument, type MeiliDocument } from './meili-document';
import { checkTask, guard, indexMissing } from './meili-errors';
import { searchMeili, type Retrieved } from './meili-search';
import { meiliSettings } from './meili-settings';

export interface MeiliBackendOptions {
  host: string;
  apiKey?: string;
  /** Index uid; default 'gazette-documents'. */
  indexName?: string;
  /** Per HTTP request, ms. */
  timeoutMs?: number;
  /** Per awaited task (indexing), ms. */
  taskTimeoutMs?: number;
  /** Expands a unit as typed (县人社局) into the canonical names it may stand for. */
  unitNames?: (unit: string) => string[];
}

/**
 * @example
 * const backend = createMeiliBackend({ host: 'http://127.0.0.1:7700', apiKey: process.env.MEILI_API_KEY });
 * await backend.upsert(docs);
 * await backend.search({ q: '停电 应急预案' });
 */
export function createMeiliBackend(options: MeiliBackendOptions): SearchBackend {
  const host = options.host;
  const client = new Meilisearch({ host, apiKey: options.apiKey, timeout: options.timeoutMs ?? 10_000 });
  const uid = options.indexName ?? 'gazette-documents';
  const wait = { timeout: options.taskTimeoutMs ?? 120_000, interval: 100 };
  const index: Index<MeiliDocument> = client.index<MeiliDocument>(uid);
  const unitNames = options.unitNames ?? ((unit: string) => [unit]);
  let ready: Promise<void> | undefined;

  /** Creates the index with its settings once per process (idempotent on the server). */
  function ensureIndex(): Promise<void> {
    ready ??= guard('创建索引', host, async () => {
      const created = await client.createIndex(uid, { primaryKey: 'id' }).waitTask(wait);
      // An index that already exists is fine; any other failure is not.
      if (created.status !== 'succeeded' && created.error?.code !== 'index_already_exists') checkTask(created, '创建索引', host);
      checkTask(await index.updateSettings(meiliSettings).waitTask(wait), '更新索引设置', host);
    }).catch((error) => {
      // Not cached: the next call tries again (the server may be back).
      ready = undefined;
      throw error;
    });
    return ready;
  }

  /**
   * Runs an operation on the index. After any failure the index is checked again on the next
   * call (the server may have restarted empty); when the index is missing it is recreated and
   * the operation retried once.
   */
  async function withIndex<T>(what: string, work: () => Promise<T>): Promise<T> {
    await ensureIndex();
    try {
      return await guard(what, host, work);
    } catch (error) {
      ready = undefined;
      if (!indexMissing(error)) throw error;
      await ensureIndex();
      return guard(what, host, work);
    }
  }

  const backend: SearchBackend = {
    name: 'meilisearch',

    async upsert(docs: IndexableDocument[]) {
      if (docs.length === 0) return;
      // addDocuments replaces a document with the same id as a whole (updateDocuments would
      // merge fields, keeping stale ones).
      const payload = docs.map(toMeiliDocument);
      await withIndex('写入', async () => checkTask(await index.addDocuments(payload, { primaryKey: 'id' }).waitTask(wait), '写入公文', host));
    },

    async remove(ids: string[]) {
      if (ids.length === 0) return;
      await withIndex('删除', async () => checkTask(await index.deleteDocuments(ids).waitTask(wait), '删除公文', host));
    },

    search: (request) => searchMeili((q, params) => withIndex('检索', () => index.search<Retrieved>(q, params)), request, unitNames),

    async count() {
      return withIndex('统计', async () => (await index.getStats()).numberOfDocuments);
    },

    async clear() {
      await withIndex('清空', async () => checkTask(await index.deleteAllDocuments().waitTask(wait), '清空索引', host));
    },

    async close() {},
  };
  return backend;
}
