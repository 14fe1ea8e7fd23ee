/**
 * @module cli/check
 * `gazette check [--repair]`: database integrity and index coverage; --repair re-indexes
 * from the stored documents. Exit 1 when a problem remains.
 */
import type { Command } from 'commander';
import { formatFields } from './format-table';
import { print, printJson, withStore } from './open';
import { withCommonOptions, type CommonOptions } from './options';

export function registerCheck(program: Command): void {
  withCommonOptions(
    program
      .command('check')
      .description('检查数据库完整性与搜索索引是否覆盖全部公文 — check store integrity and that the index covers every document')
      .option('--repair', '从已存公文重建缺失的索引行 (re-index from the stored documents)'),
  )
    .addHelpText('after', '\n退出码 Exit codes: 0 正常 ok, 1 有问题 problems remain')
    .action(async (options: CommonOptions & { repair?: boolean }) => {
      // Without --repair a check only reads: it also works on an archive on a read-only share.
      const report = await withStore(options, (store) => store.check({ repair: options.repair }), options.repair ? { readonly: false } : {});
      if (options.json) {
        printJson(report);
      } else {
        const sample = (ids: string[]) => (ids.length ? `${ids.length} (${ids.slice(0, 5).join(', ')}${ids.length > 5 ? ' …' : ''})` : '0');
        print(
          formatFields([
            ['结果 result', report.ok ? '正常 ok' : '有问题 problems'],
            ['完整性 integrity', report.integrity.join('; ')],
            ['公文 documents', report.documents],
            ['已索引 indexed', report.indexed],
            ['缺索引 missing', sample(report.missingFromIndex)],
            ['多余索引 orphans', sample(report.orphansInIndex)],
            ['已修复 repaired', report.repaired ? '是 yes' : '否 no'],
            ['损坏的表 damaged', report.damaged.length ? report.damaged.map((d) => `${d.table}: ${d.problem}`).join('; ') : '无 none'],
            ['内容被改动的公文 altered', sample(report.corruptDocuments)],
          ]),
        );
        if (report.damaged.length > 0 || report.corruptDocuments.length > 0) {
          print('数据库文件已损坏：--repair 不会用可能被改动的内容重建索引；请从备份恢复，或用 gazette export 导出可读部分后重新导入 (store damaged: restore a backup)');
        }
        else if (!report.ok && !options.repair) print('可运行 gazette check --repair 修复索引 (run with --repair to re-index)');
      }
      if (!report.ok) process.exitCode = 1;
    });
}
