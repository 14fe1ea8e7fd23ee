/**
 * @module ingest/read/page-columns
 * The geometry of a printed page for page-layout.ts: items on one baseline, and the reading
 * order of a page's fragments — a vertical gutter found where no body line crosses, the left
 * column read before the right within bands cut by lines spanning both, and each column's
 * margins read from the whole document. Pure: positions in, ordered lines out.
 */
import { CJK, CJK_PUNCT } from '../../src/text/normalize';

/** A run of text on one baseline, with its horizontal extent. */
export interface Fragment {
  text: string;
  x0: number;
  x1: number;
  y: number;
  size: number;
}

/** A fragment placed in a column of a printed page. */
export interface Line extends Fragment {
  page: number;
  /** 0 = single column or left column, 1 = right column, -1 = spans the gutter. */
  column: number;
  colLeft: number;
  colRight: number;
}

/** One Chinese character or Chinese punctuation mark. */
export const CJK_CHAR = new RegExp(`[${CJK}${CJK_PUNCT}]`);

/**
 * Splits items into baseline bands (top to bottom), each sorted left to right. Items of one visual
 * line may sit a fraction of a point apart (mixed fonts), so a band is a tolerance, not a value.
 */
export function baselineBands<T extends { y: number; size: number }>(items: T[], x: (item: T) => number): T[][] {
  const sorted = [...items].sort((a, b) => b.y - a.y);
  const bands: T[][] = [];
  let bandY = Number.POSITIVE_INFINITY;
  for (const item of sorted) {
    if (Math.abs(bandY - item.y) > item.size * 0.4) {
      bands.push([]);
      bandY = item.y;
    }
    bands[bands.length - 1].push(item);
  }
  return bands.map((band) => band.sort((a, b) => x(a) - x(b)));
}

/**
 * Orders a page's fragments: finds a vertical gutter no body line crosses; lines left of it are
 * read before lines right of it, within bands separated by lines that span both columns.
 */
export function readingOrder(fragments: Fragment[], printed: number, bodySize: number, margins: Margins): Line[] {
  const gutter = findGutter(fragments, bodySize);
  const lines: Line[] = [];
  if (!gutter) {
    const { left, right } = columnEdges(fragments, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY, margins);
    for (const f of mergeSameBaseline(fragments)) lines.push({ ...f, page: printed, column: 0, colLeft: left, colRight: right });
    return lines;
  }
  const leftCol = fragments.filter((f) => f.x1 <= gutter.x);
  const rightCol = fragments.filter((f) => f.x0 >= gutter.x);
  const spanning = fragments.filter((f) => f.x0 < gutter.x && f.x1 > gutter.x).sort((a, b) => b.y - a.y);
  const leftEdges = columnEdges(leftCol, Number.NEGATIVE_INFINITY, gutter.x, margins);
  const rightEdges = columnEdges(rightCol, gutter.x, Number.POSITIVE_INFINITY, margins);
  const band = (f: Fragment) => spanning.filter((s) => s.y > f.y).length;
  for (let b = 0; b <= spanning.length; b++) {
    for (const f of mergeSameBaseline(leftCol.filter((x) => band(x) === b))) {
      lines.push({ ...f, page: printed, column: 0, colLeft: leftEdges.left, colRight: leftEdges.right });
    }
    for (const f of mergeSameBaseline(rightCol.filter((x) => band(x) === b))) {
      lines.push({ ...f, page: printed, column: 1, colLeft: rightEdges.left, colRight: rightEdges.right });
    }
    const s = spanning[b];
    if (s) lines.push({ ...s, page: printed, column: -1, colLeft: Math.min(leftEdges.left, s.x0), colRight: Math.max(rightEdges.right, s.x1) });
  }
  return lines;
}

/** A gutter: an x near the middle of the page that (almost) no fragment crosses, with full columns on both sides. */
function findGutter(fragments: Fragment[], bodySize: number): { x: number } | undefined {
  const body = fragments.filter((f) => Math.abs(f.size - bodySize) < 1);
  if (body.length < 8) return undefined;
  const minX = Math.min(...body.map((f) => f.x0));
  const maxX = Math.max(...body.map((f) => f.x1));
  let best: { x: number; crossing: number } | undefined;
  for (let x = minX + (maxX - minX) * 0.3; x <= minX + (maxX - minX) * 0.7; x += 1) {
    const crossing = fragments.filter((f) => f.x0 < x && f.x1 > x).length;
    const centre = Math.abs(x - (minX + maxX) / 2);
    if (!best || crossing < best.crossing || (crossing === best.crossing && centre < Math.abs(best.x - (minX + maxX) / 2))) {
      best = { x, crossing };
    }
  }
  if (!best || best.crossing > Math.max(2, fragments.length * 0.05)) return undefined;
  const left = body.filter((f) => f.x1 <= best!.x);
  const right = body.filter((f) => f.x0 >= best!.x);
  if (left.length < 3 || right.length < 3) return undefined;
  // Text columns are justified: many left lines end at the column's right edge. Table cells do not.
  const edge = Math.max(...left.map((f) => f.x1));
  const reaching = left.filter((f) => f.x1 >= edge - bodySize * 1.2).length;
  if (reaching < left.length * 0.3) return undefined;
  return { x: best.x };
}

export interface Margins {
  /** Rounded x → number of body lines starting (ending) there, over the whole document. */
  starts: Map<number, number>;
  ends: Map<number, number>;
}

/** Rounded x → how many values fall there. */
export function histogram(values: number[]): Map<number, number> {
  const counts = new Map<number, number>();
  for (const v of values) counts.set(Math.round(v), (counts.get(Math.round(v)) ?? 0) + 1);
  return counts;
}

/** Positions at least three lines of the document share, within [from, to). */
function frequent(counts: Map<number, number>, from: number, to: number): number[] {
  return [...counts].filter(([x, n]) => n >= 3 && x >= from && x < to).map(([x]) => x);
}

/**
 * A column's left margin is the smallest line start the document repeats within the column's
 * region (continuation lines start there; paragraph starts are indented from it); its right
 * margin is the largest repeated line end (justified lines reach it).
 */
function columnEdges(fragments: Fragment[], from: number, to: number, margins: Margins): { left: number; right: number } {
  if (fragments.length === 0) return { left: from, right: to };
  const minX = Math.min(...fragments.map((f) => f.x0));
  const maxX = Math.max(...fragments.map((f) => f.x1));
  const starts = frequent(margins.starts, from, to).filter((x) => x <= minX + 0.5);
  const ends = frequent(margins.ends, from, to + 1).filter((x) => x <= maxX + 0.5);
  return {
    left: starts.length > 0 ? Math.min(...starts) : minX,
    right: ends.length > 0 ? Math.max(...ends) : maxX,
  };
}

/** Fragments on one baseline within a column (a contents entry and its page number) become one line. */
function mergeSameBaseline(fragments: Fragment[]): Fragment[] {
  const out: Fragment[] = [];
  for (const band of baselineBands(fragments, (f) => f.x0)) {
    let last: Fragment | undefined;
    for (const f of band) {
      if (!last) {
        last = { ...f };
        out.push(last);
        continue;
      }
      // Wide letter-spacing (a signature "夏 县 人 民 政 府") splits a line into fragments: rejoin
      // Chinese without a space; a page number after a contents title keeps one.
      const tight = f.x0 - last.x1 < f.size * 3 && CJK_CHAR.test(last.text.at(-1) ?? '') && CJK_CHAR.test(f.text[0] ?? '');
      last.text += tight ? f.text : ` ${f.text}`;
      last.x1 = Math.max(last.x1, f.x1);
      last.size = Math.max(last.size, f.size);
    }
  }
  return out;
}
