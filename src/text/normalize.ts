/**
 * @module text/normalize
 * Character-level normalisation shared by ingestion, extraction and queries.
 * Display text keeps its original punctuation; these helpers make keys for matching.
 */

const FULLWIDTH_OFFSET = 0xfee0;

/** Full-width digits and Latin letters to ASCII: '２０２２' → '2022'. Punctuation is kept. */
export function foldWidth(text: string): string {
  return text.replace(/[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g, (ch) =>
    String.fromCharCode(ch.charCodeAt(0) - FULLWIDTH_OFFSET),
  );
}

const CJK = '\\u3400-\\u9fff\\uf900-\\ufaff';
const CJK_PUNCT = '\\u3000-\\u303f\\uff00-\\uffef“”‘’《》「」『』';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}${CJK_PUNCT}])[ \\t\\u00a0\\u3000]+(?=[${CJK}${CJK_PUNCT}])`, 'g');

/**
 * Removes spaces that PDF conversion or OCR put between Chinese characters, keeping spaces
 * between Latin words and numbers: '的 通 知' → '的通知'; '38 条' → '38 条'.
 */
export function removeCjkSpaces(text: string): string {
  return text.replace(SPACE_BETWEEN_CJK, '');
}

/** All whitespace removed: the comparison key for titles and numbers. */
export function compact(text: string): string {
  return text.replace(/\s+/g, '');
}
