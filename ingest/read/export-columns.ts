/**
 * @module ingest/read/export-columns
 * Which column of a 政府信息公开 export (CSV, JSONL) fills which document field: the names in
 * data/export-columns.json (标题, 文号, 发文机关, 成文日期, 效力状态, 内容 …) plus the user's own
 * (`--map 文件名称=title,正文=content`). Also decides whether a text file is such an export.
 */
import { loadDataJson } from '../../src/domain/load-data';
import { GazetteError } from '../../src/errors';
import type { DocumentFields } from '../../src/model';

/** A document field, or 'content' for the column that holds the text. */
export type ExportTarget = keyof DocumentFields | 'content';

/** User column name → target, as given with `--map`. */
export type ColumnMap = Record<string, ExportTarget>;

interface ExportColumnTable {
  fields: Record<keyof DocumentFields, string[]>;
  content: string[];
}

const TARGETS: ReadonlySet<string> = new Set([...Object.keys(loadTable().fields), 'content']);

/**
 * The target of a column header, or undefined for a column nobody maps.
 *
 * @example columnTarget('发文字号') // → 'docNumber'
 * @example columnTarget('文件名称', { 文件名称: 'title' }) // → 'title'
 * @example columnTarget('点击量') // → undefined
 */
export function columnTarget(header: string, map: ColumnMap = {}): ExportTarget | undefined {
  const key = normaliseHeader(header);
  for (const [name, target] of Object.entries(map)) if (normaliseHeader(name) === key) return target;
  const table = loadTable();
  if (table.content.some((n) => normaliseHeader(n) === key)) return 'content';
  for (const [field, names] of Object.entries(table.fields)) {
    if (names.some((n) => normaliseHeader(n) === key)) return field as keyof DocumentFields;
  }
  return undefined;
}

/** Whether `name` is a field or 'content' (for checking a user's `--map`). */
export function isExportTarget(name: string): name is ExportTarget {
  return TARGETS.has(name);
}

/**
 * Reads `--map 文件名称=title,正文=content` (pairs separated by , or ，). Throws BAD_PARAMETER
 * naming the pair and the fields there are.
 *
 * @example parseColumnMap('文件名称=title, 正文=content') // → { 文件名称: 'title', 正文: 'content' }
 */
export function parseColumnMap(value: string): ColumnMap {
  const map: ColumnMap = {};
  for (const pair of value.split(/[,，]/).map((p) => p.trim()).filter(Boolean)) {
    const [column, target] = pair.split(/[=＝]/).map((p) => p.trim());
    if (!column || !target || !isExportTarget(target)) {
      throw new GazetteError(
        'BAD_PARAMETER',
        `--map 中的 "${pair}" 无法识别：应为 列名=字段，字段为 ${[...TARGETS].join('、')} 之一 (expected column=field)`,
      );
    }
    map[column] = target;
  }
  return map;
}

/**
 * 'csv' when the first line is a header naming two known columns (comma- or tab-separated),
 * 'jsonl' when the text is JSON objects (one a line, or an array of them) with a known key.
 *
 * @example looksLikeExport('标题,文号,成文日期,内容\n关于…的通知,稷政发〔2022〕3号,2022-03-01,…') // → 'csv'
 * @example looksLikeExport('稷山县人民政府公报\n2022年第3期') // → undefined
 */
export function looksLikeExport(text: string, map: ColumnMap = {}): 'csv' | 'jsonl' | undefined {
  const head = text.replace(/^\ufeff/, '').trimStart();
  const firstLine = head.slice(0, head.search(/\r?\n|$/));
  if (head.startsWith('{') || head.startsWith('[')) {
    const keys = firstLine.match(/"([^"\\]{1,40})"\s*:/g)?.map((k) => k.replace(/"\s*:$/, '').slice(1)) ?? [];
    return keys.some((k) => columnTarget(k, map)) ? 'jsonl' : undefined;
  }
  const delimiter = csvDelimiter(firstLine);
  const known = firstLine.split(delimiter).filter((cell) => columnTarget(cell.replace(/^"|"$/g, ''), map));
  return known.length >= 2 ? 'csv' : undefined;
}

/** Tab when the header has tabs, else comma (Chinese exports use both; semicolons are rare). */
export function csvDelimiter(headerLine: string): string {
  return headerLine.includes('\t') ? '\t' : headerLine.includes('，') && !headerLine.includes(',') ? '，' : ',';
}

function normaliseHeader(name: string): string {
  return name.replace(/[\s\u3000]/g, '').replace(/[:：]$/, '').toLowerCase();
}

function loadTable(): ExportColumnTable {
  return loadDataJson<ExportColumnTable>('export-columns.json');
}
