/**
 * @module cli/reindex
 * `gazette reindex`: rebuilds the search index (SQLite FTS5, or Meilisearch when configured)
 * from the stored documents. The documents are never touched, so a failed or interrupted
 * reindex is simply run again. The SQLite index is rebuilt in one transaction (searches see the
 * old index until the new one is complete; a full disk leaves the old one).
 */
import cliProgress from 'cli-progress';
import type { Command } from 'commander';
import type { IndexableDocument } from '../store/search-backend';
import { print, printJson, withStore } from './open';
import { withCommonOptions, type CommonOptions } from './options';

const BATCH = 200;

export function registerReindex(program: Command): void {
  withCommonOptions(
    program
      .command('reindex')
      .description('从已存公文重建检索索引 — rebuild the search index from the stored documents'),
  )
    .addHelpText('after', '\n示例 Examples:\n  gazette reindex\n  MEILI_HOST=http://127.0.0.1:7700 gazette reindex --json')
    .action(async (options: CommonOptions) => {
      await withStore(options, async (store) => {
        const started = performance.now();
        const total = store.stats().documents;
        const bar =
          !options.json && process.stderr.isTTY
            ? new cliProgress.SingleBar({ format: '重建索引 {bar} {value}/{total}', stream: process.stderr }, cliProgress.Presets.shades_classic)
            : undefined;
        bar?.start(total, 0);
        const backend = store.search;
        if (backend.name === 'sqlite') {
          const rebuilt = store.rebuildIndex((done) => bar?.update(done));
          bar?.stop();
          report({ backend: backend.name, documents: rebuilt.documents, indexed: rebuilt.indexed, ms: Math.round(performance.now() - started) });
          return;
        }
        await backend.clear();
        let done = 0;
        let batch: IndexableDocument[] = [];
        const flush = async () => {
          await backend.upsert(batch);
          done += batch.length;
          bar?.update(done);
          batch = [];
        };
        for (const doc of store.indexable()) {
          batch.push(doc);
          if (batch.length >= BATCH) await flush();
        }
        if (batch.length > 0) await flush();
        bar?.stop();
        report({ backend: backend.name, documents: done, indexed: await backend.count(), ms: Math.round(performance.now() - started) });
      }, { readonly: false });
      function report(summary: { backend: string; documents: number; indexed: number; ms: number }): void {
        if (options.json) printJson(summary);
        else print(`已重建 ${summary.backend} 索引：${summary.documents} 篇公文，用时 ${summary.ms} ms`);
      }
    });
}
