/**
 * @module cli/ingest
 * `gazette ingest <paths...>`: store gazette files and folders, with progress on stderr and
 * a summary on stdout. Exit 0 when every file went in, 3 when some failed, 1 when all did.
 */
import type { Command } from 'commander';
import cliProgress from 'cli-progress';
import type { IngestFileResult, IngestProgress, IngestSummary } from '../../ingest/ingest-files';
import { defaultMaxMemoryBytes, defaultReadLimits, ingestSettings, type IngestSettings, type ReadLimits } from '../config';
import { GazetteError } from '../errors';
import { formatTable } from './format-table';
import { printJson, print, withStore } from './open';
import { withCommonOptions, type CommonOptions } from './options';

/** The options as commander gives them; the limits as written, like their GAZETTE_* variables. */
interface IngestCommandOptions extends CommonOptions, IngestSettings {
  ocr?: boolean;
  quiet?: boolean;
  replace?: boolean;
  map?: string;
}

/** Most worker threads --workers accepts: each holds its own segmenter and pdf.js (~400 MB). */
const MAX_WORKERS = 16;

/**
 * Worker threads from --workers or GAZETTE_INGEST_WORKERS: 0 prepares every file in the main
 * thread; unset leaves the choice to ingestFiles (workers for a batch of 16 MB or more).
 */
export function workerCount(options: Pick<IngestCommandOptions, 'workers'>, settings: IngestSettings = ingestSettings()): number | undefined {
  const value = options.workers ?? settings.workers;
  if (value === undefined || value === '') return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 0 || n > MAX_WORKERS) {
    throw new GazetteError('BAD_PARAMETER', `--workers 应为 0 到 ${MAX_WORKERS} 的整数，收到 "${value}" (expected an integer from 0 to ${MAX_WORKERS})`);
  }
  return n;
}

/** The process's memory budget from --max-memory-mb or GAZETTE_MAX_MEMORY_MB, in bytes. */
export function memoryBudget(options: Pick<IngestCommandOptions, 'maxMemoryMb'>, settings: IngestSettings = ingestSettings()): number {
  return limitOption('max-memory-mb', options.maxMemoryMb ?? settings.maxMemoryMb, 1024 * 1024) ?? defaultMaxMemoryBytes;
}

const mb = (bytes: number) => bytes / 1024 / 1024;

function limitOption(name: string, value: string | undefined, scale: number): number | undefined {
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0) throw new GazetteError('BAD_PARAMETER', `--${name} 应为正数，收到 "${value}" (expected a positive number)`);
  return Math.floor(n * scale);
}

/**
 * Per-file limits from the options, or from GAZETTE_MAX_FILE_MB, GAZETTE_MAX_PAGES,
 * GAZETTE_FILE_TIMEOUT_S, GAZETTE_MAX_TEXT_MB, GAZETTE_MAX_HTML_DEPTH, GAZETTE_MAX_INFLATE_MB.
 */
export function readLimits(
  options: Pick<IngestCommandOptions, 'maxFileMb' | 'maxPages' | 'fileTimeout' | 'maxTextMb' | 'maxHtmlDepth' | 'maxInflateMb'>,
  settings: IngestSettings = ingestSettings(),
): ReadLimits {
  return {
    maxBytes: limitOption('max-file-mb', options.maxFileMb ?? settings.maxFileMb, 1024 * 1024),
    maxPages: limitOption('max-pages', options.maxPages ?? settings.maxPages, 1),
    timeoutMs: limitOption('file-timeout', options.fileTimeout ?? settings.fileTimeout, 1000),
    maxTextBytes: limitOption('max-text-mb', options.maxTextMb ?? settings.maxTextMb, 1024 * 1024),
    maxHtmlDepth: limitOption('max-html-depth', options.maxHtmlDepth ?? settings.maxHtmlDepth, 1),
    maxInflatedBytes: limitOption('max-inflate-mb', options.maxInflateMb ?? settings.maxInflateMb, 1024 * 1024),
  };
}

const statusLabel: Record<IngestFileResult['status'], string> = {
  stored: '新增 stored',
  unchanged: '未变 unchanged',
  replaced: '更新 replaced',
  failed: '失败 failed',
};

const replacedWhy: Record<NonNullable<IngestFileResult['replaced']>[number]['why'], string> = {
  'same-issue': '同一期公报 same issue',
  'same-file': '同一文件的新版本 same file, new version',
  'same-documents': '同一公文的新版本 same document, new version',
};

/** Exit code of a batch: 1 when nothing could be ingested, 3 when part of it failed. */
export function ingestExitCode(summary: Pick<IngestSummary, 'files' | 'failed'>): number {
  if (summary.files === 0 || summary.failed === summary.files) return 1;
  return summary.failed > 0 ? 3 : 0;
}

const MERGING = '正在合并索引（大批量导入后一次，约每 100 MB 文本 3 秒）…';

function progressReporter(quiet: boolean): { onProgress: (p: IngestProgress) => void; stop: () => void } {
  if (quiet) return { onProgress: () => {}, stop: () => {} };
  if (process.stderr.isTTY) {
    const bar = new cliProgress.SingleBar(
      { stream: process.stderr, format: '导入 {bar} {value}/{total} {file}', hideCursor: true, clearOnComplete: true },
      cliProgress.Presets.shades_classic,
    );
    let started = false;
    return {
      onProgress: (p) => {
        if (!started) {
          bar.start(p.total, 0, { file: '' });
          started = true;
        }
        if (p.phase === 'start') bar.update(p.index, { file: p.file });
        else if (p.phase === 'merge') bar.update(p.total, { file: MERGING });
        else bar.update(p.index + 1, { file: p.file });
      },
      stop: () => started && bar.stop(),
    };
  }
  // Not a terminal (CI, a pipe): one line per file, so logs stay readable.
  return {
    onProgress: (p) => {
      if (p.phase === 'merge') process.stderr.write(`${MERGING}\n`);
      if (p.phase !== 'done' || !p.result) return;
      const r = p.result;
      const detail = r.error ? r.error.message : `${r.documents} 篇公文${r.warnings ? `, ${r.warnings} 条警告` : ''}`;
      process.stderr.write(`[${p.index + 1}/${p.total}] ${statusLabel[r.status]} ${p.file} — ${detail}\n`);
    },
    stop: () => {},
  };
}

export function registerIngest(program: Command): void {
  withCommonOptions(
    program
      .command('ingest')
      .description('导入公报文件或文件夹 (txt / pdf / html / docx / doc / wps / ofd / csv / jsonl，按内容识别格式) — ingest gazette files or folders into the store')
      .argument('<paths...>', '文件或文件夹 (files or folders, searched recursively)')
      .option('--ocr', '对无文字层的 PDF/OFD 尝试 OCR (try OCR on PDFs and OFDs without usable text)')
      .option('--map <列名=字段,…>', 'CSV/JSONL 导出的列名对应，如 文件名称=title,正文=content (column names of exports)')
      .option('-q, --quiet', '不显示进度 (no progress output)')
      .option('--max-file-mb <mb>', `单个文件大小上限，默认 ${mb(defaultReadLimits.maxBytes)} (per-file size limit in MB; env GAZETTE_MAX_FILE_MB)`)
      .option('--max-pages <n>', `PDF 页数上限，默认 ${defaultReadLimits.maxPages} (per-PDF page limit; env GAZETTE_MAX_PAGES)`)
      .option('--file-timeout <seconds>', `单个文件读取时限，默认 ${defaultReadLimits.timeoutMs / 1000} 秒 (per-file read time limit; env GAZETTE_FILE_TIMEOUT_S)`)
      .option('--max-text-mb <mb>', `文本/网页文件大小上限，默认 ${mb(defaultReadLimits.maxTextBytes)} (text/HTML size limit in MB; env GAZETTE_MAX_TEXT_MB)`)
      .option('--max-html-depth <n>', `网页元素嵌套层数上限，默认 ${defaultReadLimits.maxHtmlDepth} (HTML nesting limit; env GAZETTE_MAX_HTML_DEPTH)`)
      .option('--max-inflate-mb <mb>', `PDF 单个压缩流解压上限，默认 ${mb(defaultReadLimits.maxInflatedBytes)} (per-stream PDF inflate limit in MB; env GAZETTE_MAX_INFLATE_MB)`)
      .option('--workers <n>', '并行处理文件的线程数，0 为不用；默认导入 16 MB 以上时按 CPU 核数 (worker threads preparing files; env GAZETTE_INGEST_WORKERS)')
      .option('--replace', '同一期公报或同一文号的公文即使内容差别很大（县、期号或多数公文不同）也替换已存版本 (replace a stored version even when it looks like a different gazette)')
      .option('--max-memory-mb <mb>', `进程内存上限，超过后其余文件不再读取，默认 ${mb(defaultMaxMemoryBytes)} (memory budget in MB; env GAZETTE_MAX_MEMORY_MB)`),
  )
    .addHelpText('after', '\n示例 Examples:\n  gazette ingest data/samples\n  gazette ingest --db /tmp/g.db a.pdf b.html --json\n\n退出码 Exit codes: 0 全部成功 all stored, 3 部分失败 some failed, 1 全部失败 all failed')
    .action(async (paths: string[], options: IngestCommandOptions) => {
      // src/ never imports ingest/ statically: the CLI is the one edge that runs the pipeline,
      // and loading it (PDF, HTML readers) only when ingesting keeps other commands fast.
      const limits = readLimits(options);
      const maxMemoryBytes = memoryBudget(options);
      const workers = workerCount(options);
      const columns = options.map ? (await import('../../ingest/read/export-columns')).parseColumnMap(options.map) : undefined;
      const { ingestFiles } = await import('../../ingest/ingest-files');
      const summary = await withStore(options, async (store) => {
        const progress = progressReporter(Boolean(options.quiet || options.json));
        try {
          return await ingestFiles(store, paths, { onProgress: progress.onProgress, ocr: options.ocr, limits, columns, maxMemoryBytes, workers, replace: options.replace });
        } finally {
          progress.stop();
        }
      }, { readonly: false });
      if (options.json) {
        // Peak memory of the whole run, so a batch of hostile files can be checked against a budget.
        printJson({ ...summary, peakRssBytes: process.resourceUsage().maxRSS * 1024, maxMemoryBytes });
      } else {
        printSummary(summary);
      }
      process.exitCode = ingestExitCode(summary);
    });
}

function printSummary(summary: IngestSummary): void {
  print(
    formatTable(summary.results, [
      { header: '状态 status', value: (r) => statusLabel[r.status] },
      { header: '文件 file', value: (r) => r.file, maxWidth: 60 },
      { header: '公文 docs', value: (r) => r.documents, align: 'right' },
      { header: '警告 warnings', value: (r) => r.warnings, align: 'right' },
    ]),
  );
  print(
    `共 ${summary.files} 个文件: 新增 ${summary.stored}, 更新 ${summary.replaced}, 未变 ${summary.unchanged}, 失败 ${summary.failed}; ` +
      `${summary.documents} 篇公文, ${summary.warnings.length} 条警告, ${(summary.tookMs / 1000).toFixed(1)} 秒`,
  );
  // A replacement says what it replaced: the operator can tell a new version from a mistake.
  for (const result of summary.results) {
    for (const old of result.replaced ?? []) {
      print(`替换 replaced: ${result.file} 替换了已存的 ${old.path}（${old.documents} 篇公文，${replacedWhy[old.why]}）`);
    }
  }
  for (const error of summary.errors) process.stderr.write(`错误 [${error.code}] ${error.message}\n`);
}
