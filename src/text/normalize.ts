/**
 * @module text/normalize
 * Character-level normalisation shared by ingestion, extraction and queries.
 * Display text keeps its original punctuation; these helpers make keys for matching.
 */

const FULLWIDTH_OFFSET = 0xfee0;
const FULL_WIDTH = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/;
const FULL_WIDTH_ALL = new RegExp(FULL_WIDTH.source, 'g');

// These run on every line and paragraph of every gazette, and most have nothing to change: each
// tests first, which builds nothing and skips the replacement's own pass (and, for the spaces
// between Chinese characters, a look-behind tried at every position).

/** Full-width digits and Latin letters to ASCII: '２０２２' → '2022'. Punctuation is kept. */
export function foldWidth(text: string): string {
  if (!FULL_WIDTH.test(text)) return text;
  return text.replace(FULL_WIDTH_ALL, (ch) => String.fromCharCode(ch.charCodeAt(0) - FULLWIDTH_OFFSET));
}

/**
 * Chinese characters (all in the BMP: one UTF-16 unit each) and Chinese punctuation, as the
 * body of a character class (`[${CJK}]`); segment.ts and page-layout.ts build their expressions
 * from these.
 */
export const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
export const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef“”‘’《》「」『』';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}${CJK_PUNCT}])[ \\t\\u00a0\\u3000]+(?=[${CJK}${CJK_PUNCT}])`, 'g');
const SPACE = /[ \t\u00a0\u3000]/;

/**
 * Removes spaces that PDF conversion or OCR put between Chinese characters, keeping spaces
 * between Latin words and numbers: '的 通 知' → '的通知'; '38 条' → '38 条'.
 */
export function removeCjkSpaces(text: string): string {
  return SPACE.test(text) ? text.replace(SPACE_BETWEEN_CJK, '') : text;
}

/**
 * Whether a UTF-16 code unit is whitespace as /\s/ knows it (ASCII, NBSP, U+1680, U+2000–200A,
 * line and paragraph separators, NNBSP, U+205F, ideographic space, BOM): for the loops that count
 * a whole text's characters without building a string per test.
 */
export function isSpaceCode(code: number): boolean {
  return (
    code === 0x20 || (code >= 0x09 && code <= 0x0d) || code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) ||
    code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff
  );
}

const WHITESPACE = /\s/;
const WHITESPACE_RUNS = /\s+/g;
/**
 * The last two texts compacted and their keys. Stages ask for the same paragraph's key one
 * after the other (split-documents, the validity and duty readers, repair's previous line): at
 * 10x, 48% of the 510,000 calls repeat one of the two texts before, which a comparison answers
 * without scanning the text again.
 */
let lastText = '';
let lastKey = '';
let otherText = '';
let otherKey = '';

/** All whitespace removed: the comparison key for titles and numbers. */
export function compact(text: string): string {
  if (text === lastText) return lastKey;
  if (text === otherText) return otherKey;
  const key = WHITESPACE.test(text) ? text.replace(WHITESPACE_RUNS, '') : text;
  otherText = lastText;
  otherKey = lastKey;
  lastText = text;
  lastKey = key;
  return key;
}

/** Runs of CJK characters, Latin letters and digits: the pieces a question's words come from. */
export const CJK_RUN = new RegExp(`[${CJK}A-Za-z0-9]+`, 'g');

/**
 * Character bigrams of the CJK/alphanumeric runs of a text, widths folded: '申领发票' → 申领 领发
 * 发票. What who-handles matches questions and duties on (the FTS index adds each run's last
 * character; see segment.ts).
 */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of foldWidth(text).match(CJK_RUN) ?? []) {
    const chars = [...run];
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}
