/**
 * @module web/pages/document-text
 * The body of a document as it reads on paper: headings of every numbering style shown as
 * headings — also where the text arrived joined ("1 总则1.1 编制目的为健全…" becomes two headings
 * and a paragraph) — and the outline as a table of contents that folds on a phone.
 */
import type { OutlineNode } from '../../../src/model';
import type { StoredDocument } from '../../../src/model/store-views';
import { h, highlight } from '../dom';

export type Piece = { kind: 'text'; text: string } | { kind: 'heading'; text: string; node: number };

/** Labels whose headings stand apart from the text that follows them (1 / 1.1 / 附件1). */
const APART = /^(\d{1,2}(?:[.．]\d{1,2}){0,3}|附件\d{1,2})$/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * Cuts a paragraph at the headings the outline found in it, in order; a heading not found
 * verbatim leaves the text whole.
 *
 * @example splitHeadings('1 总则1.1 编制目的为健全…', [{ label: '1', title: '总则' }, { label: '1.1', title: '编制目的' }], [0, 1])
 * // [heading '1 总则', heading '1.1 编制目的', text '为健全…']
 */
export function splitHeadings(text: string, nodes: Array<Pick<OutlineNode, 'label' | 'title'>>, numbers: number[]): Piece[] {
  const pieces: Piece[] = [];
  let at = 0;
  nodes.forEach((node, index) => {
    if (!APART.test(node.label)) return;
    const title = [...node.title.replace(/…$/, '')].map(escapeRegExp).join('\\s*');
    const match = new RegExp(`${escapeRegExp(node.label)}\\s*${title}`).exec(text.slice(at));
    if (!match) return;
    const start = at + match.index;
    if (text.slice(at, start).trim()) pieces.push({ kind: 'text', text: text.slice(at, start).trim() });
    pieces.push({ kind: 'heading', text: match[0], node: numbers[index] });
    at = start + match[0].length;
  });
  if (text.slice(at).trim() || pieces.length === 0) pieces.push({ kind: 'text', text: pieces.length ? text.slice(at).trim() : text });
  return pieces;
}

/** Body paragraphs with their headings; returns the element and the anchor of each outline node. */
export function bodyText(doc: StoredDocument, terms: string[]): { element: HTMLElement; anchors: string[] } {
  const outline = doc.outline ?? [];
  const anchors = outline.map((node) => `p-${node.paragraph}`);
  const byParagraph = new Map<number, number[]>();
  outline.forEach((node, index) => byParagraph.set(node.paragraph, [...(byParagraph.get(node.paragraph) ?? []), index]));
  const paragraphs = doc.paragraphs?.length ? doc.paragraphs.map((paragraph) => paragraph.text) : (doc.text ?? '').split('\n');
  const blocks = paragraphs.map((text, index) => {
    const numbers = byParagraph.get(index) ?? [];
    const nodes = numbers.map((number) => outline[number]);
    const pieces = splitHeadings(text, nodes, numbers);
    if (pieces.some((piece) => piece.kind === 'heading')) {
      return h('div', { id: `p-${index}`, class: 'para-group' }, pieces.map((piece) => {
        if (piece.kind === 'text') return h('p', {}, highlight(piece.text, terms));
        anchors[piece.node] = `o-${piece.node}`;
        return h('h3', { id: `o-${piece.node}`, class: `heading level-${Math.min(outline[piece.node].level, 4)}` }, highlight(piece.text, terms));
      }));
    }
    const node = nodes[0];
    // Chapter-like headings (一、 / 第一章) are shown as headings; clauses stay paragraphs with an anchor.
    const isHeading = node && node.title && text.length <= node.label.length + node.title.length + 2;
    return h(isHeading ? 'h3' : 'p', { id: `p-${index}`, class: isHeading ? `heading level-${Math.min(node.level, 4)}` : undefined }, highlight(text, terms));
  });
  const element = h('section', { class: 'doc-text', 'aria-labelledby': 'text-title' }, h('h2', { id: 'text-title', class: 'visually-hidden' }, '正文'), blocks);
  return { element, anchors };
}

/**
 * The two top levels present (a 38-item plan keeps its chapters, not every (1)(2)(3)), folded
 * on a phone so the text comes first, open beside the text on a wide screen.
 */
export function outlineNav(all: OutlineNode[], anchors: string[]): HTMLElement {
  const top = Math.min(...all.map((node) => node.level));
  const shown = all.map((node, index) => ({ node, index })).filter(({ node }) => node.level <= top + 1);
  const nav = h('details', { class: 'outline' },
    h('summary', { id: 'outline-title' }, `目录（${shown.length}）`),
    h('nav', { 'aria-labelledby': 'outline-title' },
      h('ol', {}, shown.map(({ node, index }) =>
        h('li', { class: `level-${Math.min(node.level - top + 1, 4)}` }, h('a', { href: `#${anchors[index]}` }, node.label, node.title ? ` ${node.title}` : ''))))));
  if (window.matchMedia('(min-width: 60em)').matches) nav.open = true;
  return nav;
}
