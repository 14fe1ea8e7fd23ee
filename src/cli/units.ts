/**
 * @module cli/units
 * `gazette units [id]`: the offices found in duties (per county), or one office's duties.
 */
import type { Command } from 'commander';
import { GazetteError } from '../errors';
import { ROLE_LABELS } from '../model';
import { formatFields, formatTable } from './format-table';
import { print, printJson, withStore } from './open';
import { withCommonOptions, type CommonOptions } from './options';

export function registerUnits(program: Command): void {
  withCommonOptions(
    program
      .command('units')
      .description('单位列表及其职责（可按县筛选）；给出 id 时显示该单位的全部职责 — list units (offices) with duty counts, or one unit’s duties')
      .argument('[id]', '单位 id，如 稷山县:县人力资源和社会保障局 (unit id)')
      .option('--county <name>', '只列出该县的单位，如 稷山县 (only this county)'),
  )
    .addHelpText('after', '\n示例 Examples:\n  gazette units --county 稷山县\n  gazette units 稷山县:县人力资源和社会保障局 --json')
    .action(async (id: string | undefined, options: CommonOptions & { county?: string }) => {
      await withStore(options, (store) => {
        if (id) {
          const profile = store.getUnit(id);
          if (!profile) throw new GazetteError('NOT_FOUND', `找不到单位 "${id}"；用 gazette units 查看单位 id (no such unit)`);
          if (options.json) return printJson(profile);
          print(
            formatFields([
              ['单位 unit', profile.unit.name],
              ['县 county', profile.unit.county],
              ['别名 aliases', profile.unit.aliases.join('、')],
              ['id', profile.unit.id],
            ]),
          );
          for (const group of profile.documents) {
            print(`\n${group.document.docNumber ?? ''} ${group.document.title}${group.document.date ? ` (${group.document.date})` : ''}`);
            print(
              formatTable(group.duties, [
                { header: '角色', value: (d) => ROLE_LABELS[d.role] ?? d.role },
                { header: '事项', value: (d) => d.matter, maxWidth: 70 },
              ]),
            );
          }
          return;
        }
        const units = store.listUnits(options.county);
        if (options.json) return printJson(units);
        if (units.length === 0) return print(options.county ? `没有 ${options.county} 的单位 (no units for this county)` : '库中没有单位 (no units)');
        print(
          formatTable(units, [
            { header: '县 county', value: (u) => u.county },
            { header: '单位 unit', value: (u) => u.name },
            { header: '职责 duties', value: (u) => u.dutyCount, align: 'right' },
            { header: '公文 docs', value: (u) => u.documentCount, align: 'right' },
            { header: '别名 aliases', value: (u) => u.aliases.join('、'), maxWidth: 40 },
          ]),
        );
      });
    });
}
