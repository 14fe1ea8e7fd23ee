/**
 * @module web/dom
 * The only way the UI builds DOM: elements from tag + attributes + children, text always through
 * text nodes. The one door for server HTML is `markedHtml`, which keeps text and <mark> only.
 */

export type Child = Node | string | number | null | undefined | false | Child[];

export type Attrs = Record<string, string | number | boolean | null | undefined | EventListener>;

/**
 * Builds an element. Strings become text nodes (never parsed as HTML); `on*` attributes
 * with a function become listeners; `false`/`null` attributes are left out.
 *
 * @example
 * h('a', { href: '?view=doc&id=1', class: 'title' }, '关于印发《稷山县大面积停电事件应急预案》的通知')
 */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  setAttrs(element, attrs);
  append(element, children);
  return element;
}

const svgNs = 'http://www.w3.org/2000/svg';

/** Builds an SVG element (attributes only; positions are attributes, not styles, so CSP allows them). */
export function svg(tag: string, attrs: Attrs = {}, ...children: Child[]): SVGElement {
  const element = document.createElementNS(svgNs, tag) as SVGElement;
  setAttrs(element, attrs);
  append(element, children);
  return element;
}

function setAttrs(element: Element, attrs: Attrs): void {
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === null || value === false) continue;
    if (typeof value === 'function') {
      element.addEventListener(name.replace(/^on/, ''), value);
    } else {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
}

/** Appends children; strings and numbers as text nodes. */
export function append(parent: Node, children: Child[]): void {
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    if (Array.isArray(child)) append(parent, child);
    else if (child instanceof Node) parent.appendChild(child);
    else parent.appendChild(document.createTextNode(String(child)));
  }
}

/** Replaces the children of an element. */
export function replace(parent: Element, ...children: Child[]): void {
  parent.replaceChildren();
  append(parent, children);
}

/**
 * Turns the server's highlighted HTML (escaped text with <mark>…</mark>) into nodes, keeping
 * only text and <mark>. The string is parsed in an inert document (no scripts run, no images
 * load), so even a server bug cannot inject markup.
 *
 * @example
 * markedHtml('稷山县大面积<mark>停电</mark>事件应急预案')
 */
export function markedHtml(html: string): DocumentFragment {
  const parsed = new DOMParser().parseFromString(`<body>${html}</body>`, 'text/html');
  const out = document.createDocumentFragment();
  const copy = (from: Node, to: Node): void => {
    for (const node of Array.from(from.childNodes)) {
      if (node.nodeType === Node.TEXT_NODE) {
        to.appendChild(document.createTextNode(node.textContent ?? ''));
      } else if (node.nodeType === Node.ELEMENT_NODE) {
        if ((node as Element).tagName === 'MARK') {
          const mark = document.createElement('mark');
          copy(node, mark);
          to.appendChild(mark);
        } else {
          // Unknown markup: keep its text, drop the element.
          copy(node, to);
        }
      }
    }
  };
  copy(parsed.body, out);
  return out;
}

/**
 * Highlights terms in plain text: text nodes and <mark> elements, longest term first,
 * never HTML parsing — document text may contain anything, including `<script>`.
 *
 * @example
 * highlight('大面积停电事件发生后，县指挥部…', ['停电'])
 */
export function highlight(text: string, terms: string[]): DocumentFragment {
  const out = document.createDocumentFragment();
  const wanted = [...new Set(terms.map((term) => term.trim()).filter((term) => term.length > 0))].sort((a, b) => b.length - a.length);
  if (wanted.length === 0) {
    out.appendChild(document.createTextNode(text));
    return out;
  }
  const pattern = new RegExp(wanted.map(escapeRegExp).join('|'), 'gi');
  let last = 0;
  for (const match of text.matchAll(pattern)) {
    const start = match.index ?? 0;
    if (start > last) out.appendChild(document.createTextNode(text.slice(last, start)));
    const mark = document.createElement('mark');
    mark.textContent = match[0];
    out.appendChild(mark);
    last = start + match[0].length;
  }
  if (last < text.length) out.appendChild(document.createTextNode(text.slice(last)));
  return out;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
