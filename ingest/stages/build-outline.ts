/**
 * @module ingest/stages/build-outline
 * The structure of a document's body as an outline: 第一章 / 第一节 / 第一条, and 一、 / （一） /
 * 1. / （1） for documents without chapters.
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

/** A heading's own words: the text before the first punctuation, at most 40 characters. */
function headingTitle(rest: string): string {
  const cut = rest.split(/[。；;，,：:]/)[0];
  return cut.length > 40 ? `${cut.slice(0, 40)}…` : cut;
}

/**
 * @example buildOutline([{ text: '第一章 总则' }, { text: '第一条 为了…' }])
 *   // [{ level: 1, label: '第一章', title: '总则', paragraph: 0 }, { level: 3, label: '第一条', title: '为了…', paragraph: 1 }]
 */
export function buildOutline(paragraphs: Array<Pick<Paragraph, 'text'>>): OutlineNode[] {
  const outline: OutlineNode[] = [];
  paragraphs.forEach((p, paragraph) => {
    const text = compact(p.text);
    for (const { re, level } of LEVELS) {
      const m = text.match(re);
      if (!m) continue;
      outline.push({ level, label: m[1], title: headingTitle(m[2]), paragraph });
      break;
    }
  });
  return outline;
}
