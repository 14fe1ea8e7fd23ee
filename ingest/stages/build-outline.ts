/**
 * @module ingest/stages/build-outline
 * The structure of a document's body as an outline: 第一章 / 第一节 / 第一条; 一、 / （一） /
 * 1. / （1） for documents without chapters; the decimal numbering of 应急预案 and standards
 * (1 总则 / 1.1 编制目的 / 5.3.1 四级响应); and 附件1 … for annexes printed with the document.
 *
 * Decimal headings are read from the raw lines when the repair stage has joined them to their
 * text ("1 总则1.1 编制目的为健全…" is three lines in the source): a line holding only a
 * number and a short title is a heading, however the paragraph was joined. Numbered lines of
 * the list after 附件： are the attachments' titles, not headings.
 */
import type { OutlineNode, Paragraph } from '../../src/model';
import { compact } from '../../src/text/normalize';

const LEVELS: Array<{ re: RegExp; level: number }> = [
  { re: /^(第[一二三四五六七八九十百零〇]+章)\s*(.*)$/, level: 1 },
  { re: /^(第[一二三四五六七八九十百零〇]+节)\s*(.*)$/, level: 2 },
  { re: /^(第[一二三四五六七八九十百零〇]+条)\s*(.*)$/, level: 3 },
  { re: /^([一二三四五六七八九十]+、)\s*(.*)$/, level: 1 },
  { re: /^([（(][一二三四五六七八九十]+[）)])\s*(.*)$/, level: 2 },
  { re: /^(\d{1,2}[.．、](?!\d))\s*(.*)$/, level: 3 },
  { re: /^([（(]\d{1,2}[）)])\s*(.*)$/, level: 4 },
];

/**
 * 1 / 1.1 / 1.1.1 and a title that reads as one: not a quantity (2.5 万元, 2024 年度), no
 * sentence punctuation, at most 20 characters.
 */
const DECIMAL_LINE = /^(\d{1,2}(?:[.．]\d{1,2}){0,3})\s*([^\d\s.．%％万亿元年月日个项条号‰～~\-、，。；：:,;（(][^。；;，,：:]{0,19})$/u;
/** The same at the start of a joined paragraph: only with a dot (1.1), the title up to punctuation. */
const DECIMAL_START = /^(\d{1,2}(?:[.．]\d{1,2}){1,3})\s+([^\d\s%％万亿元年月日个项‰～~\-、，。；：:,;][^。；;，,：:]*)/u;
/** 附件1 / 附件 2： / 附件：(the list of attachments) */
const ANNEX = /^附\s*件\s*(\d{1,2})?\s*[:：]?\s*(.{0,40})$/u;
const LIST_ITEM = /^[（(]?\d{1,2}[.．、)）]/;

/** A heading's own words: the text before the first punctuation, at most 40 characters. */
function headingTitle(rest: string): string {
  const cut = rest.split(/[。；;，,：:]/)[0];
  return cut.length > 40 ? `${cut.slice(0, 40)}…` : cut;
}

function decimalLevel(label: string): number {
  return Math.min(label.split(/[.．]/).length, 4);
}

/** Headings of decimal numbering on the paragraph's own source lines (more than one when joined). */
function decimalHeadings(paragraph: Pick<Paragraph, 'text'> & Partial<Pick<Paragraph, 'raw'>>): Array<Omit<OutlineNode, 'paragraph'>> {
  const found: Array<Omit<OutlineNode, 'paragraph'>> = [];
  const lines = (paragraph.raw ?? '').split('\n').map((line) => line.trim()).filter(Boolean);
  // DECIMAL_LINE opens with a digit: most paragraphs have no such line, and the test after it
  // compacts the whole paragraph twice.
  if (lines.some((line) => /^\d/.test(line)) && (lines.length > 1 || (paragraph.raw && compact(paragraph.raw) === compact(paragraph.text)))) {
    for (const line of lines) {
      const m = DECIMAL_LINE.exec(line.replace(/\s+/g, ' '));
      if (m) found.push({ level: decimalLevel(m[1]), label: m[1], title: compact(m[2]) });
    }
  }
  if (found.length === 0) {
    const m = DECIMAL_START.exec(paragraph.text.trim());
    if (m) found.push({ level: decimalLevel(m[1]), label: m[1], title: headingTitle(compact(m[2])) });
  }
  return found;
}

/**
 * @example buildOutline([{ text: '第一章 总则' }, { text: '第一条 为了…' }])
 *   // [{ level: 1, label: '第一章', title: '总则', paragraph: 0 }, { level: 3, label: '第一条', title: '为了…', paragraph: 1 }]
 * @example buildOutline([{ text: '1 总则1.1 编制目的为健全…', raw: '1 总则\n1.1 编制目的\n为健全…' }])
 *   // [{ level: 1, label: '1', title: '总则', paragraph: 0 }, { level: 2, label: '1.1', title: '编制目的', paragraph: 0 }]
 */
export function buildOutline(paragraphs: Array<Pick<Paragraph, 'text'> & Partial<Pick<Paragraph, 'raw'>>>): OutlineNode[] {
  const outline: OutlineNode[] = [];
  /** Inside the list after 附件：, whose numbered lines name attachments. */
  let annexList = false;
  paragraphs.forEach((p, paragraph) => {
    const text = compact(p.text);
    const annex = ANNEX.exec(text);
    // 附件中的表格… is a sentence: without a number, only 附件： alone or before its list opens the list.
    if (annex && (annex[1] || !annex[2] || LIST_ITEM.test(annex[2]))) {
      // 附件： alone (or 附件：1.…) opens the list; 附件1 with a title heads an annex printed here.
      if (annex[1] && !LIST_ITEM.test(annex[2])) outline.push({ level: 1, label: `附件${annex[1]}`, title: headingTitle(annex[2]), paragraph });
      annexList = !annex[1] || LIST_ITEM.test(annex[2]);
      return;
    }
    if (annexList && LIST_ITEM.test(text)) return;
    annexList = false;
    const decimal = decimalHeadings(p);
    if (decimal.length > 0) {
      for (const node of decimal) outline.push({ ...node, paragraph });
      return;
    }
    for (const { re, level } of LEVELS) {
      const m = text.match(re);
      if (!m) continue;
      outline.push({ level, label: m[1], title: headingTitle(m[2]), paragraph });
      break;
    }
  });
  return outline;
}
