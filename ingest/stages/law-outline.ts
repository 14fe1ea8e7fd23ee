/**
 * @module ingest/stages/law-outline
 * The structure of a law as an outline: 编, 分编, 章, 节 and 条, outermost first. Levels count
 * the units the law uses (a law of 章 and 条 has 章 at 1 and 条 at 2; the 刑法, with 编, has 编 at
 * 1, 章 at 2, 条 at 3). A 目录 that lists the chapters before the text is not part of it.
 * A text with no such numbering (a 决议 in 一、二、 items) gets the outline of any document.
 */
import { isLabelList, type LawGrammar } from '../../src/domain/law-grammar';
import type { OutlineNode, Paragraph } from '../../src/model';
import { compact } from '../../src/text/normalize';
import { buildOutline } from './build-outline';

/** A heading's own words: the text before the first punctuation, at most 40 characters. */
function headingTitle(rest: string): string {
  const cut = rest.split(/[。；;，,：:]/)[0];
  return cut.length > 40 ? `${cut.slice(0, 40)}…` : cut;
}

function unitOf(text: string, g: LawGrammar): { unit: string; label: string; rest: string } | undefined {
  for (const { re, unit } of g.structure) {
    const m = text.match(re);
    if (m) return { unit, label: m[1], rest: m[2] ?? '' };
  }
  return undefined;
}

/**
 * The index after a 目录 block (目录 then chapter headings, until the first heading comes again
 * or a line that is no heading), or the index of the first line when there is none.
 */
export function contentsEnd(texts: string[], g: LawGrammar): number {
  const at = texts.findIndex((t, i) => i < 40 && g.contents.test(t));
  if (at < 0) return 0;
  const first = texts[at + 1];
  let i = at + 1;
  for (; i < texts.length; i++) {
    const t = texts[i];
    if (i > at + 1 && t === first) return i;
    const unit = unitOf(t, g);
    const heading = (unit && unit.unit !== '条') || g.preamble.test(t) || /^附\s*件/.test(t);
    if (!heading) return i;
  }
  return i;
}

/**
 * @example buildLawOutline([{ text: '第一章 总 则' }, { text: '第一条 为了保障…，制定本法。' }], g)
 *   // [{ level: 1, label: '第一章', title: '总则', paragraph: 0 }, { level: 2, label: '第一条', title: '为了保障…', paragraph: 1 }]
 */
export function buildLawOutline(paragraphs: Array<Pick<Paragraph, 'text'>>, g: LawGrammar): OutlineNode[] {
  const texts = paragraphs.map((p) => compact(p.text));
  const from = contentsEnd(texts, g);
  const found: Array<{ unit: string; label: string; title: string; paragraph: number }> = [];
  for (let i = from; i < texts.length; i++) {
    const u = unitOf(texts[i], g);
    if (u) found.push({ unit: u.unit, label: u.label, title: headingTitle(u.rest), paragraph: i });
  }
  if (found.length === 0) return buildOutline(paragraphs);
  const used = g.structure.map((s) => s.unit).filter((unit) => found.some((f) => f.unit === unit));
  return found.map((f) => ({ level: used.indexOf(f.unit) + 1, label: f.label, title: f.title, paragraph: f.paragraph }));
}

/** Where the articles begin among a law's body lines (after a 目录; a page's list of article labels is none), or -1. */
export function firstArticle(texts: string[], g: LawGrammar): number {
  const article = g.structure.find((s) => s.unit === '条')?.re;
  const from = contentsEnd(texts.map((t) => compact(t)), g);
  const limit = Math.min(texts.length, from + g.articlesWithin);
  for (let i = from; i < limit; i++) if (article?.test(compact(texts[i])) && !isLabelList(texts[i])) return i;
  return -1;
}
