/**
 * @module web/pages/original-text
 * A text source at a line: the lines around the passage, numbered, the passage's lines marked,
 * more lines on request — not the whole 160 KB issue at once.
 */
import type { Paragraph } from '../../../src/model';
import { h, replace } from '../dom';

/** Lines shown before and after the passage, and added per click. */
const context = 30;

/** Bytes as text: UTF-16 by its BOM, UTF-8 when valid, else GB18030 (legacy gazette text). */
export function decodeSource(bytes: ArrayBuffer): string {
  const view = new Uint8Array(bytes);
  if (view[0] === 0xff && view[1] === 0xfe) return new TextDecoder('utf-16le').decode(view);
  if (view[0] === 0xfe && view[1] === 0xff) return new TextDecoder('utf-16be').decode(view);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(view);
  } catch {
    return new TextDecoder('gb18030').decode(view);
  }
}

const squeeze = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/**
 * The line where a paragraph's first raw line stands: the same text nearest to the line the
 * reader recorded (readers may drop blank lines, so the index alone can be off).
 */
export function locateLine(lines: string[], paragraph: Pick<Paragraph, 'raw' | 'text' | 'lineStart'>): number {
  const first = squeeze(paragraph.raw.split('\n').find((line) => squeeze(line)) ?? paragraph.text);
  if (!first) return Math.min(paragraph.lineStart, lines.length - 1);
  let best = -1;
  lines.forEach((line, index) => {
    const text = squeeze(line);
    if (text && (text === first || (first.length >= 6 && text.includes(first)))) {
      if (best < 0 || Math.abs(index - paragraph.lineStart) < Math.abs(best - paragraph.lineStart)) best = index;
    }
  });
  return best >= 0 ? best : Math.min(Math.max(0, paragraph.lineStart), lines.length - 1);
}

export async function showTextSource(viewer: HTMLElement, url: string, paragraph: Paragraph | undefined): Promise<void> {
  const response = await fetch(url);
  if (!response.ok) {
    const body = (await response.json().catch(() => ({}))) as { error?: { message?: string } };
    throw new Error(body.error?.message ?? `HTTP ${response.status}`);
  }
  const lines = decodeSource(await response.arrayBuffer()).split(/\r\n|\r|\n/);
  const at = paragraph ? locateLine(lines, paragraph) : 0;
  const span = paragraph ? Math.max(1, paragraph.raw.split('\n').length) : 1;
  let first = Math.max(0, at - context);
  let last = Math.min(lines.length, at + span + context);
  const list = h('ol', { class: 'source-lines' });
  const before = h('button', { type: 'button' }, `显示前面 ${context} 行`);
  const after = h('button', { type: 'button' }, `显示后面 ${context} 行`);
  const draw = () => {
    list.setAttribute('start', String(first + 1));
    replace(list, lines.slice(first, last).map((line, offset) => {
      const number = first + offset;
      const marked = paragraph && number >= at && number < at + span;
      return h('li', { id: `line-${number + 1}`, class: marked ? 'target' : undefined }, marked ? h('mark', {}, line || ' ') : line || ' ');
    }));
    before.hidden = first === 0;
    after.hidden = last >= lines.length;
  };
  before.addEventListener('click', () => {
    first = Math.max(0, first - context);
    draw();
  });
  after.addEventListener('click', () => {
    last = Math.min(lines.length, last + context);
    draw();
  });
  draw();
  replace(viewer,
    h('p', { class: 'pdf-status', role: 'status' }, `原始文本第 ${at + 1} 行${span > 1 ? `至第 ${at + span} 行` : ''}（共 ${lines.length} 行），所引段落已标出`),
    before, h('div', { class: 'source-text', tabindex: '0', role: 'region', 'aria-label': '原始文本' }, list), after);
  viewer.querySelector('.target')?.scrollIntoView({ block: 'center' });
}
