/**
 * @module cli/format-table
 * Plain-text tables for the terminal that line up with Chinese text: a CJK character takes
 * two columns, so widths are counted in display columns, not code units.
 */

export interface Column<T> {
  header: string;
  value: (row: T) => string | number | undefined | null;
  align?: 'left' | 'right';
  /** Longer cells are cut with '…' (in display columns). */
  maxWidth?: number;
}

/** True for characters a terminal draws two columns wide (CJK, full-width forms). */
function isWide(code: number): boolean {
  return (
    (code >= 0x1100 && code <= 0x115f) ||
    (code >= 0x2e80 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) ||
    (code >= 0xf900 && code <= 0xfaff) ||
    (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) ||
    (code >= 0xffe0 && code <= 0xffe6) ||
    (code >= 0x20000 && code <= 0x3fffd)
  );
}

/** Display width in terminal columns: '稷政办发〔2022〕31号' → 20. */
export function displayWidth(text: string): number {
  let width = 0;
  for (const ch of text) width += isWide(ch.codePointAt(0)!) ? 2 : 1;
  return width;
}

/** Cuts text to at most `max` columns, ending with '…' when cut. */
export function truncate(text: string, max: number): string {
  if (displayWidth(text) <= max) return text;
  let out = '';
  let width = 0;
  for (const ch of text) {
    const w = isWide(ch.codePointAt(0)!) ? 2 : 1;
    if (width + w > max - 1) break;
    out += ch;
    width += w;
  }
  return `${out}…`;
}

function pad(text: string, width: number, align: 'left' | 'right'): string {
  const fill = ' '.repeat(Math.max(0, width - displayWidth(text)));
  return align === 'right' ? fill + text : text + fill;
}

/**
 * Formats rows as an aligned table with a header rule; '' when there are no rows.
 *
 * @example
 * formatTable([{ n: '稷政办发〔2022〕31号', t: '关于印发稷山县助企纾困38条的通知' }],
 *   [{ header: '文号', value: (r) => r.n }, { header: '标题', value: (r) => r.t, maxWidth: 40 }]);
 */
export function formatTable<T>(rows: T[], columns: Column<T>[]): string {
  if (rows.length === 0) return '';
  const cells = rows.map((row) =>
    columns.map((column) => {
      const raw = column.value(row);
      const text = raw === undefined || raw === null ? '' : String(raw).replace(/\s*\n\s*/g, ' ');
      return column.maxWidth ? truncate(text, column.maxWidth) : text;
    }),
  );
  const widths = columns.map((column, i) => Math.max(displayWidth(column.header), ...cells.map((row) => displayWidth(row[i]))));
  const line = (values: string[]) =>
    values
      .map((value, i) => pad(value, widths[i], columns[i].align ?? 'left'))
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), widths.map((w) => '─'.repeat(w)).join('  '), ...cells.map(line)].join('\n') + '\n';
}

/** Aligned "key  value" lines for one record's details. */
export function formatFields(fields: Array<[string, string | number | undefined | null]>): string {
  const shown = fields.filter(([, value]) => value !== undefined && value !== null && value !== '');
  const width = Math.max(0, ...shown.map(([key]) => displayWidth(key)));
  return shown.map(([key, value]) => `${pad(key, width, 'left')}  ${value}`).join('\n') + '\n';
}
