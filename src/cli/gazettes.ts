/**
 * @module cli/gazettes
 * `gazette gazettes [id]`: stored gazette issues, or one issue with its contents and documents.
 */
import type { Command } from 'commander';
import { GazetteError } from '../errors';
import { issueNumberLabel } from '../model';
import { formatFields, formatTable } from './format-table';
import { print, printJson, withStore } from './open';
import { withCommonOptions, type CommonOptions } from './options';

export function registerGazettes(program: Command): void {
  withCommonOptions(
    program
      .command('gazettes')
      .description('已导入的公报列表；给出 id 时显示目录与公文 — list stored gazettes, or one gazette’s contents and documents')
      .argument('[id]', '公报 id (gazette id)'),
  )
    .addHelpText('after', '\n示例 Examples:\n  gazette gazettes\n  gazette gazettes <id> --json')
    .action(async (id: string | undefined, options: CommonOptions) => {
      await withStore(options, (store) => {
        if (id) {
          const gazette = store.getGazette(id);
          if (!gazette) throw new GazetteError('NOT_FOUND', `找不到公报 "${id}"；用 gazette gazettes 查看 id (no such gazette)`);
          if (options.json) return printJson(gazette);
          print(
            formatFields([
              ['公报 name', gazette.name],
              ['期号 issue', gazette.year ? `${gazette.year}年${issueNumberLabel(gazette)}${gazette.totalIssue ? `（总第${gazette.totalIssue}期）` : ''}` : undefined],
              ['出版 published', gazette.publishedOn],
              ['来源 source', `${gazette.source.path} (${gazette.source.format})`],
              ['导入 ingested', gazette.ingestedAt],
              ['id', gazette.id],
            ]),
          );
          print(
            '\n' +
              formatTable(gazette.documents, [
                { header: '文号', value: (d) => d.docNumber },
                { header: '标题', value: (d) => d.title, maxWidth: 60 },
                { header: '日期', value: (d) => d.date },
                { header: 'id', value: (d) => d.id },
              ]),
          );
          for (const message of gazette.messages) print(`${message.level === 'error' ? '错误' : '警告'} [${message.origin}] ${message.message}`);
          return;
        }
        const gazettes = store.listGazettes();
        if (options.json) return printJson(gazettes);
        if (gazettes.length === 0) return print('库中没有公报；请运行 gazette ingest <文件夹> (no gazettes yet)');
        print(
          formatTable(gazettes, [
            { header: '公报 name', value: (g) => g.name ?? g.source.path, maxWidth: 40 },
            { header: '年 year', value: (g) => g.year },
            { header: '期 issue', value: (g) => g.issue },
            { header: '公文 docs', value: (g) => g.documentCount, align: 'right' },
            { header: '来源 source', value: (g) => g.source.path, maxWidth: 40 },
            { header: 'id', value: (g) => g.id },
          ]),
        );
      });
    });
}
