/**
 * @module ingest/stages/glued-labels
 * Labelled fields a page printed with nothing between a value and the next label — a law
 * database's head run into one line (某自治条例(2006年修正本)制定机关: 某州人大常委会效力级别: 地方性法规时效性: 已修改),
 * or a block of rows whose label has no colon (发文机关公安部 / 发文字号公法制2号 / 效力级别部门规章) —
 * parted again into "label: value" rows, the shape the metadata and law readers read. Labels are
 * data: those of a 政府信息公开 block (data/html-page.json) and a law's field lines
 * (data/law-grammar.json history.fieldLines). One label-like word is no block (根据规定：…, 名称变更为…):
 * a line is parted only when it holds several labels with colons, one of them glued to the value
 * before it, and a colon is added only in a run of lines that each open with a label. Pure.
 */
import { loadLawGrammar } from '../../src/domain/law-grammar';
import { toSimplified } from '../../src/text/fold-script';
import { compact } from '../../src/text/normalize';
import { pageLabels } from './read-metadata-lines';

/** Labels with colons a line must hold to be a run of fields (two may be a sentence's: 原因：… 措施：…). */
export const MIN_LABELS_IN_LINE = 3;
/** Lines in a row, each opening with a label, that make a block whose colons may be missing. */
export const MIN_BLOCK_LINES = 3;
/** The longest row of such a block, without spaces: a longer line is a sentence that opens with a label-like word. */
const MAX_ROW_CHARS = 60;
const SENTENCE = /[。；！？，,]/;

interface Patterns {
  /** A label (spaces allowed between its characters) and its colon, anywhere in a line. */
  coloned: RegExp;
  /** A line opening with a label: group 1 the label, group 2 what follows it. */
  opening: RegExp;
}

let patterns: Patterns | undefined;

function labelPatterns(): Patterns {
  if (patterns) return patterns;
  const labels = new Set([...pageLabels(), ...loadLawGrammar().fieldOf.keys()]);
  const any = [...labels].sort((a, b) => b.length - a.length).map((l) => [...l].join('[ \\t\\u3000]*')).join('|');
  patterns = {
    coloned: new RegExp(`(${any})[ \\t\\u3000]*[:：]`, 'g'),
    opening: new RegExp(`^[ \\t\\u3000]*(${any})(.*)$`),
  };
  return patterns;
}

/**
 * A line of labelled fields run together, parted before each label: the words before the first
 * label (the title a law database prints first) on a line of their own, each label compacted
 * (题 注 : → 题注:). Any other line comes back alone.
 *
 * @example splitGluedLabels('某州自治条例制定机关: 某州人大常委会效力级别: 地方性法规公布日期: 2006.08.18')
 *   // ['某州自治条例', '制定机关: 某州人大常委会', '效力级别: 地方性法规', '公布日期: 2006.08.18']
 */
export function splitGluedLabels(line: string): string[] {
  if (!/[:：]/.test(line)) return [line];
  const hits = [...line.matchAll(labelPatterns().coloned)];
  if (hits.length < MIN_LABELS_IN_LINE) return [line];
  // Glued: the label stands right after a value's last character, not after a space or a cell mark.
  const glued = hits.some((hit) => hit.index > 0 && !/[\s|｜]/.test(line[hit.index - 1]));
  if (!glued) return [line];
  const out: string[] = [];
  const before = line.slice(0, hits[0].index).trim();
  if (before) out.push(before);
  hits.forEach((hit, k) => {
    const end = k + 1 < hits.length ? hits[k + 1].index : line.length;
    out.push(`${compact(hit[0])}${line.slice(hit.index + hit[0].length, end)}`.trim());
  });
  return out;
}

/**
 * A line of a page as read, parted as splitGluedLabels parts it, the labels read in simplified
 * script (製定機關 is 制定机关). A parted line is given in its simplified reading, which
 * clean-lines gives anyway; an unparted one as printed.
 */
export function gluedFields(text: string): string[] {
  if (!/[:：]/.test(text)) return [text];
  const parts = splitGluedLabels(toSimplified(text));
  return parts.length === 1 ? [text] : parts;
}

/**
 * The lines with a colon put after each label that has none, where at least MIN_BLOCK_LINES
 * lines in a row open with a label and are short rows (发文机关公安部 → 发文机关：公安部); a
 * label already followed by a colon or a space is left as printed. Other lines come back as they were.
 *
 * @example colonBlockLabels(['发文机关公安部', '发文字号公法制2号', '效力级别部门规章', '第一条 …'])
 *   // ['发文机关：公安部', '发文字号：公法制2号', '效力级别：部门规章', '第一条 …']
 */
export function colonBlockLabels(lines: string[]): string[] {
  const { opening } = labelPatterns();
  const rows = lines.map((line) => {
    const m = compact(line).length <= MAX_ROW_CHARS && !SENTENCE.test(line) ? opening.exec(line) : null;
    return m && m[2].trim() ? m : null;
  });
  const out = [...lines];
  for (let i = 0; i < lines.length; ) {
    let end = i;
    while (end < lines.length && rows[end]) end++;
    if (end - i >= MIN_BLOCK_LINES) {
      for (let k = i; k < end; k++) {
        const [, label, rest] = rows[k]!;
        if (!/^[\s:：|｜]/.test(rest)) out[k] = `${compact(label)}：${rest}`;
      }
    }
    i = Math.max(end, i + 1);
  }
  return out;
}
