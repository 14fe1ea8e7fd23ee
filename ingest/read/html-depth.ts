/**
 * @module ingest/read/html-depth
 * Measures how deeply a page nests its elements, without parsing it. The HTML parser's cost
 * grows with the square of the nesting depth (100,000 nested <div>s take minutes), and
 * walking the tree recurses, so a page nested past a limit is refused before it is parsed.
 * Real government pages nest a few dozen levels.
 */

/** Elements that never take a closing tag, or whose closing tag browsers supply when omitted. */
const NOT_NESTING = new Set([
  'area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'source', 'track', 'wbr', 'param',
  'p', 'li', 'dt', 'dd', 'tr', 'td', 'th', 'option', 'optgroup', 'thead', 'tbody', 'tfoot', 'colgroup', 'rt', 'rp',
]);
/** Elements whose content is text, not markup: their tags are skipped to the closing one. */
const RAW_TEXT = new Set(['script', 'style', 'textarea', 'title', 'xmp', 'noscript']);

const TAG = /<(\/?)([a-z][a-z0-9-]*)[^>]*?(\/?)>|<!--[\s\S]*?-->/g;

/**
 * Deepest element nesting of the page, counting up to `stopAt` (then stops scanning).
 * Unclosed elements count as still open, so the answer is an upper bound.
 *
 * @example
 * htmlDepth('<html><body><div><p>稷政办发〔2022〕31号</div></body></html>') // → 3
 * htmlDepth('<div>'.repeat(100_000), 1000) // → 1001
 */
export function htmlDepth(html: string, stopAt = Infinity): number {
  const lower = html.toLowerCase();
  let depth = 0;
  let deepest = 0;
  TAG.lastIndex = 0;
  for (let match = TAG.exec(lower); match; match = TAG.exec(lower)) {
    const [, closing, rawName, selfClosing] = match;
    if (rawName === undefined) continue; // a comment
    const name = rawName;
    if (NOT_NESTING.has(name) || selfClosing) continue;
    if (closing) {
      depth = Math.max(0, depth - 1);
      continue;
    }
    if (RAW_TEXT.has(name)) {
      const end = lower.indexOf(`</${name}`, TAG.lastIndex);
      TAG.lastIndex = end < 0 ? lower.length : end;
      depth += 1; // its closing tag comes next and takes it off again
      continue;
    }
    depth += 1;
    if (depth > deepest) {
      deepest = depth;
      if (deepest > stopAt) break;
    }
  }
  return deepest;
}
