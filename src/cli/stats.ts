/**
 * @module cli/stats
 * `gazette stats`: what the store holds, per county, and its size on disk.
 */
import type { Command } from 'commander';
import { formatFields, formatTable } from './format-table';
import { print, printJson, withStore } from './open';
import { withCommonOptions, type CommonOptions } from './options';

export function registerStats(program: Command): void {
  withCommonOptions(
    program.command('stats').description('数据库统计：公报、公文、引用、职责、单位数量 — counts of gazettes, documents, references, duties and units'),
  ).action(async (options: CommonOptions) => {
    await withStore(options, (store) => {
      const stats = store.stats();
      if (options.json) return printJson(stats);
      print(
        formatFields([
          ['数据库 store', store.path],
          ['公报 gazettes', stats.gazettes],
          ['公文 documents', stats.documents],
          ['引用 references', stats.references],
          ['被引文件 referenced', stats.referencedNodes],
          ['职责 duties', stats.duties],
          ['单位 units', stats.units],
          ['磁盘占用 on disk', `${(stats.bytesOnDisk / 1024 / 1024).toFixed(1)} MB`],
        ]),
      );
      if (stats.counties.length > 0) {
        print(
          '\n' +
            formatTable(stats.counties, [
              { header: '县 county', value: (c) => c.county || '(未知 unknown)' },
              { header: '公报 gazettes', value: (c) => c.gazettes, align: 'right' },
              { header: '公文 documents', value: (c) => c.documents, align: 'right' },
            ]),
        );
      }
    });
  });
}
