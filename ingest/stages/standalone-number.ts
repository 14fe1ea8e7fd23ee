/**
 * @module ingest/stages/standalone-number
 * The head's own number where none stands next to the title: a number alone on one of the first
 * rows (a page that printed it apart from its title), or a number opening a line the page ran on
 * into the text (某政办发〔2008〕68号 各旗、县人民政府: 经…). Pure helper of read-document.
 */
import { numberAt, numberLine, recipientsOf } from './read-text-header';

/** Rows of the head looked at for a standalone number when none stands next to the title. */
const HEAD_ROWS_FOR_NUMBER = 12;

/** A number standing alone on one of the first rows (a page that printed it without its title). */
export function standaloneNumber(lines: string[], rows: number[], before = lines.length): { raw: string; line: number; inText?: boolean } | undefined {
  for (const [k, row] of rows.slice(0, HEAD_ROWS_FOR_NUMBER).entries()) {
    if (row > before) break;
    // The 落款's own line holds no number, unless the page ran the whole text into it.
    const raw = row < before ? numberAt(lines, rows, k) : undefined;
    if (raw) return { raw, line: row };
    const opening = numberOpeningText(lines[row]);
    if (opening) return { raw: opening, line: row, inText: true };
  }
  return undefined;
}

/**
 * A number that opens a line the page ran on into the text, the 主送机关 after it (某政办发〔2008〕68号
 * 各旗、县人民政府: 经…): the head's own number, whatever follows on its line.
 */
function numberOpeningText(line: string): string | undefined {
  const [first, ...rest] = line.trim().split(/\s+/);
  return rest.length > 0 && recipientsOf(rest.join(' ')) !== undefined ? numberLine(first) : undefined;
}
