/**
 * @module ingest/read/ofd-text
 * Positions of the text of an OFD page (GB/T 33190): each TextCode places its first character
 * at X/Y of its TextObject's box and the next ones by DeltaX/DeltaY ("g 5 4.23" = 4.23 five
 * times); a TextObject's CTM, a CompositeObject's unit, an annotation's appearance box each add a
 * transform. The result is what page-layout.ts reads for PDFs: runs of text on one baseline, in
 * PDF points measured upwards from the page bottom. Pure: the XML is already parsed.
 */
import type { PositionedText } from './page-layout';

/** An affine transform [a b c d e f]: x' = a·x + c·y + e, y' = b·x + d·y + f (OFD's CTM order). */
export type Matrix = [number, number, number, number, number, number];

export const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

/** Millimetres (OFD's unit) to points (PDF's, which page-layout's thresholds are tuned for). */
const MM_TO_PT = 72 / 25.4;

/** A parsed XML element as fast-xml-parser gives it: attributes as strings, children by tag. */
export type XmlNode = { [key: string]: unknown };

/** `b` applied after `a`. */
export function multiply(a: Matrix, b: Matrix): Matrix {
  return [
    a[0] * b[0] + a[1] * b[2],
    a[0] * b[1] + a[1] * b[3],
    a[2] * b[0] + a[3] * b[2],
    a[2] * b[1] + a[3] * b[3],
    a[4] * b[0] + a[5] * b[2] + b[4],
    a[4] * b[1] + a[5] * b[3] + b[5],
  ];
}

export function translate(x: number, y: number): Matrix {
  return [1, 0, 0, 1, x, y];
}

/** "x y w h" → numbers (0 for what is missing). */
export function box(value: unknown): [number, number, number, number] {
  const n = numbers(value);
  return [n[0] ?? 0, n[1] ?? 0, n[2] ?? 0, n[3] ?? 0];
}

/** "a b c d e f" → Matrix, identity when absent or malformed. */
export function matrix(value: unknown): Matrix {
  const n = numbers(value);
  return n.length === 6 ? (n as Matrix) : IDENTITY;
}

/**
 * DeltaX/DeltaY → one offset per gap between characters; "g N v" repeats v N times.
 *
 * @example deltas('g 3 5.6 2.8') // → [5.6, 5.6, 5.6, 2.8]
 */
export function deltas(value: unknown): number[] {
  if (typeof value !== 'string') return [];
  const tokens = value.trim().split(/\s+/);
  const out: number[] = [];
  for (let i = 0; i < tokens.length; i++) {
    if (tokens[i] === 'g') {
      const count = Number(tokens[i + 1]);
      const step = Number(tokens[i + 2]);
      if (Number.isFinite(count) && Number.isFinite(step)) for (let k = 0; k < Math.min(count, 100_000); k++) out.push(step);
      i += 2;
    } else if (tokens[i] !== '') {
      const n = Number(tokens[i]);
      if (Number.isFinite(n)) out.push(n);
    }
  }
  return out;
}

/**
 * The runs of one TextObject, under the transform of what holds it (`outer`: composite unit,
 * annotation box; identity for page content), in page millimetres measured from the top.
 * A TextCode that moves down (DeltaY) or back (negative DeltaX) starts a new run, so a form
 * field whose text wraps inside one TextCode gives one run per printed line.
 */
export function textObjectRuns(object: XmlNode, outer: Matrix): PositionedText[] {
  const [bx, by] = box(object.Boundary);
  const total = multiply(matrix(object.CTM), multiply(translate(bx, by), outer));
  const scale = Math.sqrt(Math.abs(total[0] * total[3] - total[1] * total[2])) || 1;
  const size = Number(object.Size ?? 0) || 3.5;
  const runs: PositionedText[] = [];
  let x = 0;
  let y = 0;
  for (const code of asArray(object.TextCode) as XmlNode[]) {
    const text = textOf(code);
    if (code.X !== undefined) x = Number(code.X) || 0;
    if (code.Y !== undefined) y = Number(code.Y) || 0;
    const dx = deltas(code.DeltaX);
    const dy = deltas(code.DeltaY);
    let start = { x, y };
    let chars = '';
    const flush = (endX: number) => {
      if (chars.trim() === '') return;
      const [px, py] = apply(total, start.x, start.y);
      const [ex] = apply(total, endX, start.y);
      runs.push({ str: chars, x: px, y: py, width: Math.max(0, ex - px), size: size * scale });
    };
    const characters = Array.from(text);
    characters.forEach((ch, i) => {
      chars += ch;
      if (i === characters.length - 1) return;
      const stepX = dx[i] ?? size;
      const stepY = dy[i] ?? 0;
      if (stepY !== 0 || stepX < 0 || stepX > size * 4) {
        flush(x + Math.max(0, stepX > 0 ? Math.min(stepX, size) : size));
        chars = '';
        start = { x: x + stepX, y: y + stepY };
      }
      x += stepX;
      y += stepY;
    });
    flush(x + size);
    x += size;
  }
  return runs;
}

/** Runs in page millimetres from the top → PDF points from the bottom, for a page `heightMm` high. */
export function toPdfSpace(runs: PositionedText[], heightMm: number): PositionedText[] {
  return runs.map((r) => ({ str: r.str, x: r.x * MM_TO_PT, y: (heightMm - r.y) * MM_TO_PT, width: r.width * MM_TO_PT, size: r.size * MM_TO_PT }));
}

export const mmToPt = (mm: number) => mm * MM_TO_PT;

export function asArray(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** The text of a TextCode element (fast-xml-parser puts it in '#text' when it has attributes). */
export function textOf(node: unknown): string {
  if (typeof node === 'string' || typeof node === 'number') return String(node);
  if (node && typeof node === 'object' && '#text' in node) return String((node as XmlNode)['#text']);
  return '';
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

function numbers(value: unknown): number[] {
  if (typeof value !== 'string') return [];
  return value.trim().split(/[\s,]+/).map(Number).filter((n) => Number.isFinite(n));
}
