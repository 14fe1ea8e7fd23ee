/**
 * @module ingest/read/export-rows
 * Reads a 政府信息公开 list exported by a CMS — CSV (comma or tab, any encoding the text
 * reader knows) or JSONL (or a JSON array of objects) — into one text per row: the row's
 * columns as the document's fields (raw, as written), its 内容/正文 as the lines. A row that
 * cannot be read is skipped and named by its line, so one broken row does not lose the file.
 */
import { parse } from 'csv-parse/sync';
import type { DocumentFields, Message, ReadResult, Source, SourceText } from '../../src/model';
import { columnTarget, csvDelimiter, type ColumnMap, type ExportTarget } from './export-columns';
import { fileError } from './file-error';

/** A row as read: its cells by header, and the line of the file it starts on. */
interface RawRow {
  cells: Array<[string, unknown]>;
  line: number;
}

/**
 * @example
 * const read = readExport('标题,文号,内容\n关于…的通知,稷政发〔2022〕3号,各乡镇…', source, 'csv');
 * read.rows[0].fields // → { title: '关于…的通知', docNumber: '稷政发〔2022〕3号' }
 */
export function readExport(text: string, source: Source, format: 'csv' | 'jsonl', columns: ColumnMap = {}): Extract<ReadResult, { kind: 'rows' }> {
  const messages: Message[] = [];
  const raw = format === 'csv' ? csvRows(text, source.path, messages) : jsonRows(text, messages);
  const rows: SourceText[] = [];
  for (const row of raw) {
    const text = rowText(row, source, columns);
    if (text) rows.push(text);
    else messages.push(rowMessage(row.line, '既没有标题也没有内容，已跳过', 'neither title nor content; skipped'));
  }
  if (rows.length === 0) {
    throw fileError('BAD_INPUT_FILE', source.path, '导出文件中没有可读的行（每行至少需要标题或内容）', 'no readable rows (each needs a title or content)');
  }
  return { kind: 'rows', source: { ...source, format }, rows, messages };
}

function csvRows(text: string, path: string, messages: Message[]): RawRow[] {
  const clean = text.replace(/^\ufeff/, '');
  const delimiter = csvDelimiter(clean.slice(0, clean.search(/\r?\n|$/)));
  // Last line of the last good record, kept while parsing so a broken row can be placed after it.
  let parsedTo = 0;
  let records: Array<{ record: string[]; info: { lines: number } }>;
  try {
    records = parse(clean, {
      delimiter,
      info: true,
      skip_empty_lines: true,
      skip_records_with_error: true,
      on_record: (record, context) => {
        parsedTo = context.lines;
        return record;
      },
      on_skip: (error) => {
        const line = (error as { lines?: number }).lines ?? parsedTo + 1;
        const start = error?.code === 'CSV_QUOTE_NOT_CLOSED' ? parsedTo + 1 : line;
        const tail = error?.code === 'CSV_QUOTE_NOT_CLOSED' ? '引号未闭合，此行及以后各行未能读取' : '列数与表头不符，已跳过';
        messages.push(rowMessage(start, tail, error?.message ?? 'bad row'));
      },
    }) as unknown as Array<{ record: string[]; info: { lines: number } }>;
  } catch (cause) {
    throw fileError('BAD_INPUT_FILE', path, 'CSV 文件无法解析', `CSV cannot be parsed: ${(cause as Error).message}`, cause);
  }
  const [header, ...body] = records;
  if (!header) return [];
  let lastLine = header.info.lines;
  return body.map(({ record, info }) => {
    const row: RawRow = { cells: header.record.map((name, i) => [name, record[i]]), line: lastLine + 1 };
    lastLine = info.lines;
    return row;
  });
}

function jsonRows(text: string, messages: Message[]): RawRow[] {
  const clean = text.replace(/^\ufeff/, '').trim();
  if (clean.startsWith('[')) {
    // A JSON array: one parse; its objects have no line of their own, so rows count from 1.
    try {
      const items = JSON.parse(clean) as unknown[];
      return items.flatMap((item, i) => (isObject(item) ? [{ cells: Object.entries(item), line: i + 1 }] : []));
    } catch (cause) {
      messages.push({ level: 'error', origin: 'export', message: `JSON 数组无法解析 (JSON array cannot be parsed: ${(cause as Error).message})` });
      return [];
    }
  }
  const rows: RawRow[] = [];
  clean.split(/\r?\n/).forEach((lineText, i) => {
    if (lineText.trim() === '') return;
    try {
      const item = JSON.parse(lineText) as unknown;
      if (isObject(item)) rows.push({ cells: Object.entries(item), line: i + 1 });
      else messages.push(rowMessage(i + 1, '不是 JSON 对象，已跳过', 'not a JSON object; skipped'));
    } catch (cause) {
      messages.push(rowMessage(i + 1, '不是有效的 JSON，已跳过', `invalid JSON: ${(cause as Error).message}`));
    }
  });
  return rows;
}

/** The row as a text: mapped cells as fields, the content column split into lines. */
function rowText(row: RawRow, source: Source, columns: ColumnMap): SourceText | undefined {
  const fields: DocumentFields = {};
  let content = '';
  for (const [header, value] of row.cells) {
    const target: ExportTarget | undefined = columnTarget(header, columns);
    const cell = cellText(value);
    if (!target || cell === '') continue;
    if (target === 'content') content = content ? `${content}\n${cell}` : cell;
    else fields[target] ??= cell;
  }
  if (!fields.title && content.trim() === '') return undefined;
  const messages: Message[] = [];
  // A row with metadata only still becomes a document: its title is its one line of text.
  const body = content.trim() === '' ? (fields.title ?? '') : content;
  if (content.trim() === '') messages.push(rowMessage(row.line, '没有内容列，仅以标题建立文档', 'no content; title only', 'info'));
  const lines = body.replace(/\r\n?/g, '\n').split('\n').map((text) => ({ text }));
  return { source, lines, messages, fields };
}

function cellText(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value.trim();
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  return '';
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function rowMessage(line: number, chinese: string, english: string, level: Message['level'] = 'error'): Message {
  return { level, origin: 'export', line, message: `第 ${line} 行：${chinese} (line ${line}: ${english})` };
}
