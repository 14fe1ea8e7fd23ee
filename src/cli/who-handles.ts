/**
 * @module cli/who-handles
 * `gazette who-handles "<question>" [--county 稷山县]`: which office handles a matter, with the
 * sentence of the document that says so; a question naming an office lists its duties.
 */
import type { Command } from 'commander';
import { ROLE_LABELS } from '../model';
import { whoHandles } from '../kb/who-handles';
import { asOfOption, print, printJson, withStore } from './open';
import { withCommonOptions, type CommonOptions } from './options';
import { formatTable } from './format-table';

export function registerWhoHandles(program: Command): void {
  withCommonOptions(
    program
      .command('who-handles')
      .description('这件事找哪个部门？按公文中的职责回答 — which office handles a matter, with the sentence that says so')
      .argument('<question>', '问题，如 "新办企业首次申领发票找哪个部门?" 或 "县司法局管什么"')
      .option('--county <county>', '县名，如 稷山县 (county)')
      .option('--as-of <date>', '按此日期判断文件效力 YYYY-MM-DD (date the validity is judged for)')
      .option('--all', '含已失效、已废止文件的答案（标明状态、排在后面）；默认只用现行有效的文件 (include expired and repealed documents)'),
  )
    .addHelpText(
      'after',
      '\n示例 Examples:\n  gazette who-handles "新办企业首次申领发票找哪个部门?" --county 稷山县\n  gazette who-handles "盖房子要去哪里审批" --county 稷山县 --all\n  gazette who-handles "县司法局管什么" --county 夏县 --json',
    )
    .action(async (question: string, options: CommonOptions & { county?: string; asOf?: string; all?: boolean }) => {
      const query = { q: question, county: options.county, asOf: asOfOption(options.asOf), inForce: !options.all };
      const result = await withStore(options, (store) => whoHandles(store, query), { readonly: true });
      if (options.json) return printJson(result);
      if (result.notice) print(result.notice);
      if (result.countyNotice) print(`注意 note: ${result.countyNotice}`);
      if (result.contextNotice) print(`注意 note: ${result.contextNotice}`);
      if (result.placeNotice) print(`注意 note: ${result.placeNotice}`);
      if (result.answers.length === 0) {
        print(result.message ?? '没有找到答案 (no answer)');
        if (result.suggestions.length > 0) print(`可以试试 try: ${result.suggestions.join('；')}`);
        process.exitCode = 1;
        return;
      }
      print(result.mode === 'unit' ? `单位职责 duties of the office named (${result.terms.join('、')})` : `检索词 terms: ${result.terms.join(' ')}`);
      result.answers.forEach((answer, i) => {
        const expired = answer.status && answer.status !== '现行有效' ? `  【${answer.status}】` : '';
        print(`\n${i + 1}. ${answer.unit.name}${answer.unit.county ? `（${answer.unit.county}）` : ''}  ${answer.roleLabel}${expired}${answer.unit.aliases.length ? `  又称 ${answer.unit.aliases.slice(0, 3).join('、')}` : ''}`);
        print(
          formatTable(answer.evidence, [
            { header: '角色', value: (e) => (ROLE_LABELS[e.role] ?? e.role) + (e.via ? `（${e.via}）` : '') },
            { header: '效力', value: (e) => e.status ?? '' },
            { header: '文号', value: (e) => e.document.docNumber ?? e.document.title, maxWidth: 24 },
            { header: '依据 sentence', value: (e) => e.sentence, maxWidth: 80 },
          ])
            .trimEnd()
            .replace(/^/gm, '   '),
        );
      });
      if (result.bodies?.length) print(`\n另有议事协调机构（不是可以直接办事的部门）: ${result.bodies.map((b) => b.unit.name).join('、')}`);
      if (result.notInForce) print(`\n另有 ${result.notInForce} 个部门只见于已失效或已废止的文件；加 --all 查看。`);
    });
}
