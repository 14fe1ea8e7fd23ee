/**
 * @module ingest/stages/duty-text
 * The text work of duty extraction that needs no unit table: bracket groups (tolerant of mixed
 * full/half-width brackets and of a group broken over paragraphs), sentences and clauses, item
 * numbering and the matter an item states. Pure functions of a string.
 */
export const CLOSE = '）)';
// Brackets as char codes: the walks below read every character of every paragraph.
const OPEN_FULL = 0xff08;
const OPEN_HALF = 0x28;
const CLOSE_FULL = 0xff09;
const CLOSE_HALF = 0x29;
const NUMBERING =
  /^\s*(?:[（(][一二三四五六七八九十百\d]+[）)]|[一二三四五六七八九十百]+[、.．]|\d+(?:\.\d+)*[.、．](?!\d)|\d+\s+(?=[\u4e00-\u9fff])|第[一二三四五六七八九十百零\d]+[条章节])\s*/;
const TRAILING_PUNCT = /[\s，,、：:；;。]+$/;
export const LEADING_PUNCT = /^[\s，,、：:；;。]+/;
export const LIST_TAIL = /等(?:有关|相关)?(?:行业)?(?:主管)?(?:部门|单位)?(?:组成)?$|组成$/;

export interface Group {
  start: number;
  end: number;
  content: string;
}

/** Top-level bracket groups of a paragraph, tolerant of mixed full/half-width brackets. */
export function findGroups(text: string): Group[] {
  const groups: Group[] = [];
  if (!hasOpen(text)) return groups;
  let depth = 0;
  let start = -1;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === OPEN_FULL || ch === OPEN_HALF) {
      if (depth === 0) start = i;
      depth++;
    } else if ((ch === CLOSE_FULL || ch === CLOSE_HALF) && depth > 0) {
      depth--;
      if (depth === 0) groups.push({ start, end: i + 1, content: text.slice(start + 1, i) });
    }
  }
  return groups;
}

/** Most paragraphs have no bracket at all: a search for one is far cheaper than a walk. */
function hasOpen(text: string): boolean {
  return text.includes('（') || text.includes('(');
}

export function unbalancedOpen(text: string): boolean {
  if (!hasOpen(text)) return false;
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i);
    if (ch === OPEN_FULL || ch === OPEN_HALF) depth++;
    else if ((ch === CLOSE_FULL || ch === CLOSE_HALF) && depth > 0) depth--;
  }
  return depth > 0;
}

export const SENTENCE_END = /[。；;！!？?]/g;
export const CLAUSE_END = /[，,：:]/g;

/**
 * The text cut after every mark, marks kept: text.split(/(?<=[。；])/) without the look-behind,
 * which V8 tried at every position (a tenth of the stage).
 *
 * @example splitAfter('甲。乙；丙', SENTENCE_END) // ['甲。', '乙；', '丙']
 */
export function splitAfter(text: string, marks: RegExp): string[] {
  const pieces: string[] = [];
  let start = 0;
  marks.lastIndex = 0;
  for (let mark = marks.exec(text); mark; mark = marks.exec(text)) {
    pieces.push(text.slice(start, mark.index + 1));
    start = mark.index + 1;
  }
  if (start < text.length || pieces.length === 0) pieces.push(text.slice(start));
  return pieces;
}

/** A numbered item or article run on after a comma (…工作，（六）教育局负责… / …，第二十条…). */
const INLINE_ITEM = /[，,：:](?=第[一二三四五六七八九十百零\d]+条|[（(][一二三四五六七八九十\d]{1,3}[）)])/g;

/**
 * Sentences, and a sentence cut where an item or article runs on after a comma: what follows
 * the marker is another item, no part of the matter before it.
 * @example splitSentences('甲负责乙，第二条丙。') // ['甲负责乙，', '第二条丙。']
 */
export function splitSentences(text: string): string[] {
  const sentences = splitAfter(text, SENTENCE_END);
  if (!text.includes('条') && !text.includes('（') && !text.includes('(')) return sentences;
  return sentences.flatMap((s) => splitAfter(s, INLINE_ITEM));
}

/** The matches of a global expression, read only where its hint is found. */
export function matchesOf(text: string, hint: RegExp, form: RegExp): Iterable<RegExpMatchArray> {
  return hint.test(text) ? text.matchAll(form) : [];
}

export function stripNumbering(text: string): string {
  // Tested first: most clauses are not numbered, and a test builds no new string.
  return NUMBERING.test(text) ? text.replace(NUMBERING, '') : text;
}

export function cleanMatter(text: string): string {
  return stripNumbering(text.trim()).replace(LEADING_PUNCT, '').replace(TRAILING_PUNCT, '').trim();
}
