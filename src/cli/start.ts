/**
 * @module cli/start
 * `gazette start` (what `npm start` runs): open the default store; when it is empty, ingest
 * the bundled samples (data/samples) with progress; then serve on port 3000 and print the URL.
 */
import type { Command } from 'commander';
import { loadConfig } from '../config';
import { openStoreFromOptions, print } from './open';
import { withCommonOptions } from './options';
import { parsePort, serveStore, type ServeOptions } from './serve';

export function registerStart(program: Command): void {
  withCommonOptions(
    program
      .command('start')
      .description('一键启动：库为空时先导入示例公报，然后启动服务 — ingest the samples into an empty store, then serve')
      .option('--port <port>', '端口 (port; env PORT, default 3000)')
      .option('--host <host>', '监听地址 (address to listen on)', '127.0.0.1'),
  )
    .addHelpText('after', '\n示例 Example:\n  npm start   # → http://127.0.0.1:3000/')
    .action(async (options: ServeOptions) => {
      const config = loadConfig(undefined, options.db ? { db: options.db } : {});
      const port = parsePort(options.port, config.port);
      const store = openStoreFromOptions(options);
      try {
        if (store.isEmpty()) {
          print(`库为空，正在导入示例公报 ${config.samplesDir} … (store is empty: ingesting the samples)`);
          const { ingestFiles } = await import('../../ingest/ingest-files');
          const summary = await ingestFiles(store, [config.samplesDir], {
            onProgress: (p) => {
              if (p.phase !== 'done' || !p.result) return;
              const r = p.result;
              print(`  [${p.index + 1}/${p.total}] ${r.status === 'failed' ? `失败 ${r.error?.message ?? ''}` : `${r.documents} 篇公文`}  ${p.file}`);
            },
          });
          await store.flush();
          print(`导入完成：${summary.documents} 篇公文，${summary.failed} 个文件失败，用时 ${(summary.tookMs / 1000).toFixed(1)} 秒`);
        }
      } catch (error) {
        store.close();
        throw error;
      }
      await serveStore(store, config, { port, host: options.host ?? '127.0.0.1' });
    });
}
