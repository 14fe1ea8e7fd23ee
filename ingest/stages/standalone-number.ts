/**
 * @module ingest/stages/standalone-number
 * The head's own number where none stands next to the title: a number alone on one of the first
 * rows (a page that printed it apart from its title), or a number opening a line the page ran on
 * into the text (某政办发〔2008〕68号 各旗、县人民政府: 经…, 某府公〔2020〕5号 根据…). Pure helper of
 * read-document.
 */
import { loadDocumentGrammar } from '../../src/domain/grammar';
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
 * 各旗、县人民政府: 经…) or the first sentence of a text that has none (某府公〔2020〕5号 根据《…》…，
 * 现将…公告如下): the head's own number, whatever follows on its line. A cited number opens no line
 * set apart like this: it stands inside a sentence (某政办发〔2008〕68号文件同时废止).
 */
function numberOpeningText(line: string): string | undefined {
  const [first, ...rest] = line.trim().split(/\s+/);
  const text = rest.join(' ');
  return rest.length > 0 && (recipientsOf(text) !== undefined || opensFirstSentence(text)) ? numberLine(first) : undefined;
}

/** A sentence (a clause mark in it, so no title) opening with a first sentence's word: 根据…，为…，. */
function opensFirstSentence(text: string): boolean {
  return /[，,]/.test(text) && loadDocumentGrammar().bodyOpeners.some((word) => text.startsWith(word));
}
