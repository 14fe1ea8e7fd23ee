/**
 * @module cli/refs
 * `gazette refs <docNumber>`: what a document cites, repeals and implements, and who cites or
 * repeals it — also for numbers only known from citations.
 */
import type { Command } from 'commander';
import { GazetteError } from '../errors';
import type { ReferenceEdge, ReferenceGraph, ReferenceNode } from '../store/gazette-store';
import { formatTable } from './format-table';
import { asOfOption, print, printJson, withStore } from './open';
import { withCommonOptions, type CommonOptions } from './options';

const sections: Array<[keyof Omit<ReferenceGraph, 'node' | 'status' | 'neighbours'>, string, 'to' | 'from']> = [
  ['cites', '引用 cites', 'to'],
  ['basedOn', '依据 based on', 'to'],
  ['implements', '贯彻 implements', 'to'],
  ['repeals', '废止 repeals', 'to'],
  ['revises', '修订 revises', 'to'],
  ['interprets', '解读 interprets', 'to'],
  ['extends', '延长有效期 extends', 'to'],
  ['citedBy', '被引用 cited by', 'from'],
  ['repealedBy', '被废止 repealed by', 'from'],
  ['revisedBy', '被修订 revised by', 'from'],
  ['interpretedBy', '被解读 interpreted by', 'from'],
  ['extendedBy', '被延长有效期 extended by', 'from'],
];

function nodeLabel(node: ReferenceNode): string {
  return [node.docNumber, node.title ? `《${node.title}》` : undefined].filter(Boolean).join(' ') || '(无文号 no number)';
}

function formatGraph(graph: Omit<ReferenceGraph, 'neighbours'>, indent = ''): string {
  const lines = [`${indent}${nodeLabel(graph.node)}${graph.node.document ? '' : '  [库外 not in corpus]'}`];
  if (graph.status) lines.push(`${indent}效力 status: ${graph.status.status}${graph.status.reason ? `（${graph.status.reason}）` : ''}`);
  for (const [key, label, end] of sections) {
    const edges: ReferenceEdge[] = graph[key];
    if (edges.length === 0) continue;
    lines.push(`${indent}${label}:`);
    const table = formatTable(edges, [
      { header: '文号', value: (e) => e[end].docNumber },
      { header: '标题', value: (e) => e[end].title ?? e[end].document?.title, maxWidth: 44 },
      { header: '库内', value: (e) => (e[end].document ? '✓' : '') },
      // An extension's new last day (有效期延长至…), where the notice states one.
      ...(key === 'extends' || key === 'extendedBy' ? [{ header: '延长至', value: (e: ReferenceEdge) => e.until }] : []),
    ]);
    lines.push(...table.trimEnd().split('\n').map((line) => `${indent}  ${line}`));
  }
  return lines.join('\n') + '\n';
}

export function registerRefs(program: Command): void {
  withCommonOptions(
    program
      .command('refs')
      .description('公文引用关系：引用、被引用、废止、被废止 — references around a document number (in the corpus or not) or title')
      .argument('<key>', '发文字号（任意写法）或标题 (document number in any form, or a title)')
      .option('--depth <n>', '层数 1 或 2 (1 or 2: include the neighbours’ references)', '1')
      .option('--as-of <date>', '按此日期计算效力状态 YYYY-MM-DD (date for the validity status)'),
  )
    .addHelpText('after', '\n示例 Examples:\n  gazette refs 夏政办函〔2022〕27号\n  gazette refs 稷政发[2022]18号 --depth 2 --json')
    .action(async (key: string, options: CommonOptions & { depth: string; asOf?: string }) => {
      if (options.depth !== '1' && options.depth !== '2') {
        throw new GazetteError('BAD_PARAMETER', `--depth 只能是 1 或 2，收到 "${options.depth}" (depth must be 1 or 2)`);
      }
      await withStore(options, (store) => {
        const graph = store.references(key, { depth: Number(options.depth) as 1 | 2, asOf: asOfOption(options.asOf) });
        if (options.json) return printJson(graph);
        print(formatGraph(graph));
        for (const neighbour of Object.values(graph.neighbours ?? {})) print(`\n${formatGraph(neighbour, '  ')}`);
      });
    });
}
