/**
 * @module ingest/read/page-layout
 * Turns positioned text (PDF text items, or OCR words) into lines in reading order:
 * fragments grouped into lines, two-column pages read left column then right (the column
 * geometry is page-columns.ts), running headers and page-number footers removed, and lines
 * joined into paragraphs the way Chinese joins (no space), each carrying the page number
 * printed on its page.
 * Pure: no I/O; the PDF and OCR readers feed it.
 */
import type { Message, SourceLine } from '../../src/model';
import { CJK, CJK_PUNCT, removeCjkSpaces } from '../../src/text/normalize';
import { baselineBands, CJK_CHAR, histogram, readingOrder, type Fragment, type Line } from './page-columns';

/** One run of text at a position; y is the baseline measured upwards from the page bottom (PDF space). */
export interface PositionedText {
  str: string;
  x: number;
  y: number;
  width: number;
  /** Font size (height of the em square) in the same units as x and y. */
  size: number;
}

export interface PositionedPage {
  /** 1-based index of the page in the file. */
  index: number;
  width: number;
  /** Bottom and top of the page box (PDF y grows upwards). */
  bottom: number;
  top: number;
  items: PositionedText[];
}

export interface LayoutResult {
  lines: SourceLine[];
  messages: Message[];
  /** Printed page number of each file page (index 0 = page 1). */
  printedPages: number[];
}

/** Three or more Chinese characters each separated by one space: justified or letter-spaced type ("需 求 者 可 登 录"). */
const LETTER_SPACED = new RegExp(`(?<![${CJK}${CJK_PUNCT}])[${CJK}${CJK_PUNCT}](?: [${CJK}${CJK_PUNCT}]){2,}(?![${CJK}${CJK_PUNCT}])`, 'g');
/** A chapter label whose space before the heading is meant: "第一章 总则". */
const SECTION_LABEL = /^(第[一二三四五六七八九十百零〇\d]+[章节编]) */;
/** Printed page numbers: "— 12 —", "- 3 -", "·5·", "第 3 页", "12". */
const PAGE_NUMBER = /^[\s\-—–－―·•.一ー]*(?:第\s*)?(\d{1,4})(?:\s*页)?[\s\-—–－―·•.一ー]*$/;

/**
 * Lays out positioned pages into source lines.
 *
 * @example
 * // A jishan-2022-03.pdf page: header "稷山县人民政府公报 2022 年第 3 期" at the top, "— 5 —" at the
 * // bottom, two columns → lines of the left column, then the right, page: 5, no header or footer.
 */
export function layoutPages(pages: PositionedPage[], options: { joinParagraphs?: boolean; ocr?: boolean } = {}): LayoutResult {
  const messages: Message[] = [];
  const perPage = pages.map((page) => ({ page, fragments: groupFragments(page.items) }));
  const bodySize = dominantSize(perPage.flatMap((p) => p.fragments));

  // Page furniture: the top-most and bottom-most lines of each page, repeated or page numbers.
  const furniture = findFurniture(perPage, bodySize);
  const printedPages = inferPrintedPages(pages.map((p) => p.index), furniture.printed);

  // Margins recur on every page, so they are read from the whole document: a page whose lines are
  // all indented paragraph starts still has the document's left margin.
  const bodyFragments = perPage.flatMap(({ fragments }) => fragments.filter((f) => !furniture.removed.has(f)));
  const margins = { starts: histogram(bodyFragments.map((f) => f.x0)), ends: histogram(bodyFragments.map((f) => f.x1)) };
  const ordered: Line[] = [];
  for (const { page, fragments } of perPage) {
    const body = fragments.filter((f) => !furniture.removed.has(f));
    ordered.push(...readingOrder(body, printedPages[pages.indexOf(page)], bodySize, margins));
  }
  if (furniture.headers.size > 0) {
    messages.push({ level: 'info', origin: 'pdf', message: `已去除页眉：${[...furniture.headers].slice(0, 3).join('；')} (running headers removed)` });
  }
  const joined = options.joinParagraphs === false
    ? ordered.map((l) => ({ text: cleanLine(l.text), page: l.page }))
    : joinParagraphs(ordered, bodySize);
  // OCR puts spaces between Chinese characters wherever it segments words.
  const cleaned = options.ocr ? joined.map((l) => ({ ...l, text: repairOcrBrackets(removeCjkSpaces(l.text)) })) : joined;
  // Paragraphs are separated by an empty line, as in text gazettes converted from PDF (the seeds),
  // so that every reader hands the pipeline the same shape of text.
  const lines = cleaned.flatMap((l, i) => (i === 0 ? [l] : [{ text: '', page: l.page }, l]));
  return { lines, messages, printedPages };
}

/** Groups items into fragments: same baseline, touching horizontally (a column gutter splits them). */
function groupFragments(items: PositionedText[]): Fragment[] {
  const fragments: Fragment[] = [];
  for (const band of baselineBands(items.filter((it) => it.str.length > 0 && it.size > 0), (it) => it.x)) {
    let last: Fragment | undefined;
    for (const it of band) {
      const str = it.str.replace(/\s+/g, ' ');
      const gap = last ? it.x - last.x1 : Number.POSITIVE_INFINITY;
      if (last && gap < Math.max(last.size, it.size) && gap > -it.size) {
        const needsSpace =
          gap > it.size * 0.25 && !last.text.endsWith(' ') && !str.startsWith(' ') &&
          !(CJK_CHAR.test(last.text.at(-1) ?? '') && CJK_CHAR.test(str[0] ?? ''));
        last.text += (needsSpace ? ' ' : '') + str;
        last.x1 = Math.max(last.x1, it.x + it.width);
        last.size = Math.max(last.size, it.size);
      } else if (str.trim() !== '') {
        last = { text: str, x0: it.x, x1: it.x + it.width, y: it.y, size: it.size };
        fragments.push(last);
      }
    }
  }
  return fragments.map((f) => ({ ...f, text: f.text.trim() })).filter((f) => f.text !== '');
}

/** The font size most characters are set in: the body text. */
function dominantSize(fragments: Fragment[]): number {
  const weight = new Map<number, number>();
  for (const f of fragments) {
    const size = Math.round(f.size * 2) / 2;
    weight.set(size, (weight.get(size) ?? 0) + f.text.length);
  }
  let best = 10;
  let bestWeight = -1;
  for (const [size, w] of weight) if (w > bestWeight) [best, bestWeight] = [size, w];
  return best;
}

interface Furniture {
  removed: Set<Fragment>;
  /** File page index → printed page number. */
  printed: Map<number, number>;
  headers: Set<string>;
}

/**
 * Running headers/footers are the outermost lines of a page whose text (digits masked) recurs on
 * many pages; page numbers are outermost lines that are only a number in dashes or dots.
 */
function findFurniture(perPage: Array<{ page: PositionedPage; fragments: Fragment[] }>, bodySize: number): Furniture {
  const removed = new Set<Fragment>();
  const printed = new Map<number, number>();
  const headers = new Set<string>();
  const edgeLines = perPage.map(({ page, fragments }) => {
    const height = page.top - page.bottom;
    if (fragments.length === 0) return [];
    const ys = fragments.map((f) => f.y);
    const maxY = Math.max(...ys);
    const minY = Math.min(...ys);
    // Outermost baselines only, and only in the top or bottom 15% of the page.
    return fragments.filter(
      (f) =>
        (Math.abs(f.y - maxY) < bodySize * 0.5 && f.y > page.bottom + height * 0.85) ||
        (Math.abs(f.y - minY) < bodySize * 0.5 && f.y < page.bottom + height * 0.15),
    );
  });
  const counts = new Map<string, number>();
  for (const edges of edgeLines) {
    for (const key of new Set(edges.map((f) => furnitureKey(f.text)))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const minRepeats = Math.max(2, Math.ceil(perPage.length * 0.3));
  edgeLines.forEach((edges, i) => {
    for (const f of edges) {
      const number = PAGE_NUMBER.exec(f.text);
      if (number) {
        printed.set(perPage[i].page.index, Number(number[1]));
        removed.add(f);
      } else if (perPage.length >= 2 && (counts.get(furnitureKey(f.text)) ?? 0) >= minRepeats) {
        removed.add(f);
        headers.add(f.text);
        // A header that carries the page number at its outer end: "12 稷山县人民政府公报".
        const outer = /^(\d{1,4})\s+\D|\D\s+(\d{1,4})$/.exec(f.text);
        const index = perPage[i].page.index;
        if (outer && !printed.has(index)) printed.set(index, Number(outer[1] ?? outer[2]));
      }
    }
  });
  return { removed, printed, headers };
}

/** What repeats across pages: the text without spaces, a page number at either end dropped, other digits masked. */
function furnitureKey(text: string): string {
  return text.replace(/\s+/g, '').replace(/^\d+|\d+$/g, '').replace(/\d+/g, '#');
}

/**
 * Printed numbers for every page: where a page shows none (cover, contents), the offset that
 * most numbered pages share is applied, so a body found on file page 6 printed "— 5 —" gets 5.
 */
function inferPrintedPages(indexes: number[], printed: Map<number, number>): number[] {
  const offsets = new Map<number, number>();
  for (const [index, number] of printed) offsets.set(number - index, (offsets.get(number - index) ?? 0) + 1);
  let offset = 0;
  let best = 0;
  for (const [o, n] of offsets) if (n > best) [offset, best] = [o, n];
  return indexes.map((index) => {
    const own = printed.get(index);
    return own !== undefined && own - index === offset ? own : Math.max(1, index + offset);
  });
}

/** Removes letter-spacing inside runs of Chinese ("需 求 者 可 登 录" → "需求者可登录"); other spaces stay. */
function cleanLine(text: string): string {
  return text.replace(LETTER_SPACED, (run) => run.replace(/ /g, '')).replace(/\s+/g, ' ').trim();
}

/**
 * Joins physical lines into paragraphs. A line starts a new paragraph when it is indented,
 * centred or right-aligned, when the previous line stopped short of the margin, when the font
 * size changes, or when the gap above it is wider than the usual line pitch. Lines of a larger
 * size (titles) join while they follow at the normal pitch.
 */
function joinParagraphs(lines: Line[], bodySize: number): SourceLine[] {
  const pitch = linePitches(lines);
  const out: SourceLine[] = [];
  let current: { text: string; page: number; heading: boolean } | undefined;
  let prev: Line | undefined;
  const flush = () => {
    if (!current) return;
    // In headings set larger than the body, spaces between Chinese characters are letter-spacing
    // ("关于印发…的 通 知"), except after a chapter label.
    const text = current.heading
      ? current.text.replace(SECTION_LABEL, '$1\u0000').split('\u0000').map(removeCjkSpaces).join(' ')
      : current.text;
    out.push({ text, page: current.page });
  };
  for (const line of lines) {
    const text = cleanLine(line.text);
    if (!current || !prev || startsParagraph(prev, line, bodySize, pitch)) {
      flush();
      current = { text, page: line.page, heading: line.size > bodySize + 0.5 };
    } else {
      current.text = joinText(current.text, text);
    }
    prev = line;
  }
  flush();
  return out;
}

function startsParagraph(prev: Line, line: Line, bodySize: number, pitch: Map<number, number>): boolean {
  const size = Math.round(line.size * 2) / 2;
  if (Math.abs(prev.size - line.size) > 0.5) return true;
  const sameFlow = prev.page === line.page && prev.column === line.column;
  const usual = pitch.get(size);
  if (sameFlow && usual !== undefined && prev.y - line.y > usual * 1.12) return true;
  if (!sameFlow && prev.column === -1) return true;
  if (Math.abs(line.size - bodySize) > 0.5) {
    // Headings: consecutive lines of the same size at the usual pitch are one heading.
    return !sameFlow;
  }
  if (line.x0 > line.colLeft + line.size * 0.8) return true;
  if (prev.x1 < prev.colRight - prev.size * 1.5) return true;
  return false;
}

/** Usual distance between consecutive lines of each size, in the same column (the mode). */
function linePitches(lines: Line[]): Map<number, number> {
  const counts = new Map<number, Map<number, number>>();
  for (let i = 1; i < lines.length; i++) {
    const a = lines[i - 1];
    const b = lines[i];
    if (a.page !== b.page || a.column !== b.column || Math.abs(a.size - b.size) > 0.5) continue;
    const size = Math.round(b.size * 2) / 2;
    const gap = Math.round(a.y - b.y);
    if (gap <= 0) continue;
    const bySize = counts.get(size) ?? new Map<number, number>();
    bySize.set(gap, (bySize.get(gap) ?? 0) + 1);
    counts.set(size, bySize);
  }
  const pitch = new Map<number, number>();
  for (const [size, gaps] of counts) {
    let best = 0;
    let bestCount = 0;
    for (const [gap, n] of gaps) if (n > bestCount || (n === bestCount && gap < best)) [best, bestCount] = [gap, n];
    pitch.set(size, best);
  }
  return pitch;
}

/** Chinese lines join without a space; Latin words broken across lines get one back. */
function joinText(a: string, b: string): string {
  if (/[A-Za-z]$/.test(a) && /^[A-Za-z0-9]/.test(b)) return `${a} ${b}`;
  if (/[0-9]$/.test(a) && /^[A-Za-z]/.test(b)) return `${a} ${b}`;
  return a + b;
}

/**
 * OCR reads the year brackets of a document number (六角括号 〔〕) as [ ], 【 】, 〈 〉 or ( );
 * around a four-digit year followed by a serial and 号 they can only be 〔〕.
 *
 * @example repairOcrBrackets('夏政发 [2023] 12号') // → '夏政发〔2023〕12号'
 */
export function repairOcrBrackets(text: string): string {
  return text.replace(/\s*[\[【〈<［(（〔]\s*((?:19|20)\d{2})\s*[\]】〉>］)）〕]\s*(?=\d{1,4}\s*号)/g, '〔$1〕');
}
