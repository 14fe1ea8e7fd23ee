/**
 * @module ingest/stages/unwrap-column
 * A text copied from a narrow column (a PDF's text layer, a mobile page, a fixed-width export)
 * wrapped every line at the column's width: a title, a document number, a sentence break
 * wherever the column was full (前郭尔罗斯蒙古族自治县人民政府关于严禁露 / 天焚烧农作物秸秆的通告,
 * 厅字〔2016〕 / 42号). Such a text shows many lines of exactly one length, hardly any longer,
 * that stop mid-sentence; a line as long as the column that closes no sentence goes on in the
 * next line, and they are joined back. A page with one paragraph a line has no such width, and is
 * left as it came.
 * Pure.
 */
import type { SourceLine } from '../../src/model';
import { STRUCTURE_MARKER } from './repair-paragraphs';

/** The narrowest and widest column looked for: wider lines are a page's paragraphs. */
const MIN_WIDTH = 12;
const MAX_WIDTH = 60;
/** Full lines needed, at least, and as a share of the text's lines. */
const MIN_FULL_LINES = 4;
const MIN_FULL_SHARE = 0.25;
/** Lines wider than the column, at most, as a share of the text's lines. */
const MAX_WIDER_SHARE = 0.05;
/** A line that closes its sentence, clause or bracket. */
const CLOSED = /[。；;：:！!？?…”’」』）)】\]]$/;

/** A line's width in UTF-16 units: a 公文's characters are all in the BMP, and splitting each line into code points cost. */
const width = (text: string) => text.trim().length;

/** The column's width when the lines wrapped at one, else undefined. */
function columnWidth(lines: SourceLine[]): number | undefined {
  const lengths = lines.map((l) => width(l.text)).filter((n) => n > 0);
  // The column is the length most lines have: a stray wider line (an address, a table's row) aside.
  const counts = new Map<number, number>();
  for (const n of lengths) if (n >= MIN_WIDTH && n <= MAX_WIDTH) counts.set(n, (counts.get(n) ?? 0) + 1);
  const [column, full] = [...counts].reduce((best, entry) => (entry[1] > best[1] ? entry : best), [0, 0]);
  if (full < MIN_FULL_LINES || full < lengths.length * MIN_FULL_SHARE) return undefined;
  if (lengths.filter((n) => n > column).length > lengths.length * MAX_WIDER_SHARE) return undefined;
  // Most full lines stop mid-sentence: a list of items of one length is no wrapped column.
  const open = lines.filter((l) => width(l.text) === column && !CLOSED.test(l.text.trim())).length;
  return open * 2 > full ? column : undefined;
}

/**
 * The lines of a text with the lines a column wrapped joined back, each on its first line's page;
 * the same array when the text did not wrap at a column.
 *
 * @example unwrapColumn(lines).map((l) => l.text)
 *   // ['前郭尔罗斯蒙古族自治县人民政府关于严禁露', '天焚烧农作物秸秆的通告', …] → ['前郭尔罗斯蒙古族自治县人民政府关于严禁露天焚烧农作物秸秆的通告', …]
 */
export function unwrapColumn(lines: SourceLine[]): SourceLine[] {
  const column = columnWidth(lines);
  if (column === undefined) return lines;
  const out: SourceLine[] = [];
  let open = false;
  for (const line of lines) {
    const text = line.text.trim();
    const previous = out.at(-1);
    if (open && previous && text && !STRUCTURE_MARKER.test(text)) {
      // A column breaks a line at any character: Chinese and a number cut in two (〔20 / 16〕) join
      // without a space; Latin words, wrapped at the space between them, keep one.
      const glue = /[A-Za-z]$/.test(previous.text) && /^[A-Za-z]/.test(text) ? ' ' : '';
      out[out.length - 1] = { ...previous, text: `${previous.text.trimEnd()}${glue}${text}` };
    } else out.push(line);
    // Only a full line was wrapped: a shorter one ended where its writer ended it.
    open = width(line.text) === column && !CLOSED.test(text);
  }
  return out;
}
