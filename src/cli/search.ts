/**
 * @module cli/search
 * `gazette search <query...>`: the same search as GET /api/search, as a table or JSON.
 */
import type { Command } from 'commander';
import { GazetteError } from '../errors';
import type { SearchFilters, SearchRequest, SearchResult, SearchSort } from '../model';
import { isValidityStatus, VALIDITY_STATUSES } from '../model';
import { searchWithFallbacks } from '../store/query/fallback-search';
import { levelChoices, levelValue } from '../store/query/level-names';
import { formatTable } from './format-table';
import { asOfOption, print, printJson, withStore } from './open';
import { withCommonOptions, type CommonOptions } from './options';

interface SearchOptions extends CommonOptions {
  county?: string[];
  year?: string[];
  issuer?: string[];
  unit?: string[];
  type?: string[];
  status?: string[];
  level?: string[];
  from?: string;
  to?: string;
  page?: string;
  limit?: string;
  sort?: string;
  explain?: boolean;
  asOf?: string;
}


const collect = (value: string, previous: string[] = []) => [...previous, ...value.split(/[,，]/).filter(Boolean)];

function positiveInteger(name: string, value: string | undefined, max: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1 || n > max) {
    throw new GazetteError('BAD_PARAMETER', `--${name} 应为 1 到 ${max} 之间的整数，收到 "${value}" (expected an integer 1..${max})`);
  }
  return n;
}

function dateOption(name: string, value: string | undefined): string | undefined {
  if (value === undefined) return undefined;
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) throw new GazetteError('BAD_PARAMETER', `--${name} 日期格式应为 YYYY-MM-DD，收到 "${value}"`);
  return value;
}

/** The request the options describe; every value checked, with the option named on error. */
export function searchRequest(words: string[] = [], options: SearchOptions): SearchRequest {
  const years = options.year?.map((y) => {
    const n = Number(y);
    if (!Number.isInteger(n) || n < 1949 || n > 2100) throw new GazetteError('BAD_PARAMETER', `--year 应为年份，如 2022，收到 "${y}"`);
    return n;
  });
  const statuses = options.status?.map((s) => {
    if (!isValidityStatus(s)) throw new GazetteError('BAD_PARAMETER', `--status 应为 ${VALIDITY_STATUSES.join('/')} 之一，收到 "${s}"`);
    return s;
  });
  if (options.sort !== undefined && options.sort !== 'relevance' && options.sort !== 'date') {
    throw new GazetteError('BAD_PARAMETER', `--sort 应为 relevance 或 date，收到 "${options.sort}"`);
  }
  const filters: SearchFilters = {
    county: options.county,
    year: years,
    issuer: options.issuer,
    unit: options.unit,
    type: options.type,
    status: statuses,
    level: options.level?.map(levelValue),
    from: dateOption('from', options.from),
    to: dateOption('to', options.to),
  };
  return {
    q: words.join(' '),
    filters,
    page: positiveInteger('page', options.page, 10_000),
    limit: positiveInteger('limit', options.limit, 100),
    sort: options.sort as SearchSort | undefined,
    explain: options.explain,
    asOf: asOfOption(options.asOf),
  };
}

/** Passage HTML as terminal text: matches in 【】 (or bold on a terminal), entities decoded. */
export function passageText(html: string, tty = false): string {
  return html
    .replace(/<mark>/g, tty ? '\u001b[1m' : '【')
    .replace(/<\/mark>/g, tty ? '\u001b[22m' : '】')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&');
}

const MODE_LABELS: Record<SearchResult['mode'], string> = {
  all: '包含全部检索词',
  partial: '没有文件包含全部检索词，按包含的词数排序',
  docNumber: '按发文字号',
  citedNumber: '该文号不在库中，列出引用它的文件',
  browse: '浏览',
};

function formatResult(result: SearchResult, tty: boolean): string {
  const first = (result.page - 1) * result.limit;
  const lines = [
    `共 ${result.total} 条 · 第 ${result.page} 页 · ${MODE_LABELS[result.mode]}${result.terms.length ? ` · 检索词: ${result.terms.join(' ')}` : ''} · ${result.tookMs} ms`,
  ];
  if (result.notice) lines.push(result.notice);
  if (result.missingNumber) {
    lines.push(result.missingNumber.message);
    const near = result.missingNumber.near;
    if (near.length > 0) lines.push(`相近的文号（仅供参考）：${near.map((n) => `${n.text}${n.note ? `（${n.note}）` : ''}`).join('；')}`);
  }
  if (result.total === 0) {
    if (!result.missingNumber) lines.push('没有找到。试试更少或更短的词、去掉筛选条件，或用发文字号检索。');
    return lines.join('\n');
  }
  lines.push(
    formatTable(
      result.hits.map((hit, i) => ({ ...hit, rank: first + i + 1 })),
      [
        { header: '#', value: (h) => h.rank, align: 'right' },
        { header: '发文字号', value: (h) => h.docNumber },
        { header: '标题', value: (h) => h.title, maxWidth: 50 },
        { header: '日期', value: (h) => h.date },
        { header: '县', value: (h) => h.county },
        { header: '效力', value: (h) => h.status },
      ],
    ),
  );
  for (const [i, hit] of result.hits.entries()) {
    const passage = hit.passages[0];
    if (passage) lines.push(`${first + i + 1}. ${passageText(passage.html, tty)}`);
    if (hit.explain) lines.push(`   explain: ${JSON.stringify(hit.explain)}`);
  }
  return lines.join('\n');
}

export function registerSearch(program: Command): void {
  withCommonOptions(
    program
      .command('search')
      .description('全文检索公文（与 /api/search 相同）— search documents')
      // Optional: filters alone (--issuer 县政府办) browse what they select, as GET /api/search does.
      .argument('[query...]', '检索词，支持 "短语"、-排除、OR、county:/year:/issuer:/unit:/type:/status:/level:/from:/to:；只用筛选条件时可省略 (query; optional with filters)')
      .option('--county <name>', '县，可重复或逗号分隔 (county; repeatable)', collect)
      .option('--year <year>', '年份 (year; repeatable)', collect)
      .option('--issuer <name>', '发文机关 (issuing body; repeatable)', collect)
      .option('--unit <name>', '责任单位，可用简称 (responsible unit; repeatable)', collect)
      .option('--type <type>', '文种：通知/办法/方案/预案/意见/措施… (document type; repeatable)', collect)
      .option('--status <status>', '效力状态：现行有效/尚未生效/已失效/已废止 (validity; repeatable)', collect)
      .option('--level <level>', `效力级别：${levelChoices().map((l) => `${l.value}（${l.label}）`).join('/')}，或法律、行政法规等 (level; repeatable)`, collect)
      .option('--from <date>', '日期不早于 YYYY-MM-DD；按成文日期，没有时按发布日期或文号年份 (date from)')
      .option('--to <date>', '日期不晚于 YYYY-MM-DD；按成文日期，没有时按发布日期或文号年份 (date to)')
      .option('--page <n>', '页码，从 1 开始 (page)')
      .option('--limit <n>', '每页条数 1-100，默认 20 (hits per page)')
      .option('--sort <order>', 'relevance（默认）或 date (sort order)')
      .option('--explain', '显示每条结果的得分构成 (explain scores)')
      .option('--as-of <date>', '按此日期计算效力状态 YYYY-MM-DD (date for the validity status)'),
  )
    .addHelpText(
      'after',
      '\n示例 Examples:\n  gazette search 停电 应急预案\n  gazette search "稷政办发[2022]31号"\n  gazette search 自建房 county:稷山县 --explain\n  gazette search --issuer 县政府办 --year 2023\n  gazette search 养老保险怎么交 --json',
    )
    .action(async (words: string[], options: SearchOptions) => {
      const request = searchRequest(words, options);
      await withStore(options, async (store) => {
        const { result } = await searchWithFallbacks(store.search, request);
        if (options.json) return printJson(result);
        print(formatResult(result, process.stdout.isTTY === true));
      }, { readonly: true });
    });
}
