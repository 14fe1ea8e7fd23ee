/**
 * @module text/book-titles
 * Titles in 书名号 as pages print them: a title may hold another in the same marks
 * (《某办公室关于印发《某规划》的通知》, where print uses 〈〉 inside), so they are matched by
 * depth — the outermost is the cited document. A 《 never closed does not swallow the titles
 * after it: they are read as if it were not there.
 */
import { toSimplified } from './fold-script';
import { compact, foldWidth } from './normalize';

export interface BookTitle {
  /** The text between the outer marks; inner 《》 written 〈〉, as a citation prints them. */
  title: string;
  /** Index of the opening 《 and one past the closing 》. */
  start: number;
  end: number;
}

/**
 * @example outerTitles('根据《甲关于印发《乙》的通知》和《丙》').map((t) => t.title) // ['甲关于印发〈乙〉的通知', '丙']
 */
export function outerTitles(text: string, from = 0): BookTitle[] {
  const found: BookTitle[] = [];
  let depth = 0;
  let start = -1;
  for (let i = from; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a) {
      if (depth === 0) start = i;
      depth++;
    } else if (c === 0x300b && depth > 0 && --depth === 0) {
      found.push({ title: text.slice(start + 1, i).replace(/《/g, '〈').replace(/》/g, '〉'), start, end: i + 1 });
    }
  }
  // An opening mark never closed: what follows it is read again without it.
  if (depth > 0) found.push(...outerTitles(text, start + 1));
  return found;
}

/** An item's number a title whose 《 was lost stands after (2. 2、 （二）). */
/** A mark no title holds (、 it may: 关于做好甲、乙工作的通知). */
const CLAUSE_MARK = /[，,。；;：:！？]/;
const OPENING = /^(?:\s*(?:\d{1,3}|[一二三四五六七八九十]{1,3})[.、．)）]\s*|\s*[（(](?:\d{1,3}|[一二三四五六七八九十]{1,3})[)）]\s*)/;

/**
 * A title whose opening 《 a page lost (2.某办公室关于加强某工作的通知》(某发〔2018〕10号)): a
 * closing mark with none open before it, the title read back to the item's number or the text's
 * start. Undefined when every closing mark has its opening, or the text before it is a clause.
 *
 * @example unopenedTitle('2.某办公室关于加强某工作的通知》(某发〔2018〕10号)') // { title: '某办公室关于加强某工作的通知', start: 2, end: 17 }
 */
export function unopenedTitle(text: string): BookTitle | undefined {
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x300a) depth++;
    else if (c === 0x300b) {
      if (depth > 0) {
        depth--;
        continue;
      }
      // Only an item's own title, standing from its number (or the line's start) to the mark: in a
      // sentence, where it started is anyone's guess (依据某省…的通知》 would take 依据 in).
      const start = OPENING.exec(text)?.[0].length ?? 0;
      const title = text.slice(start, i).trim();
      return title.length > 0 && !CLAUSE_MARK.test(title) ? { title, start, end: i + 1 } : undefined;
    }
  }
  return undefined;
}

/**
 * Marks pages print either way inside a title, each to the one the key keeps: half- and
 * full-width brackets （）() ［］[], inner and outer title marks 〈〉<>＜＞《》 (a title quoted in a
 * sentence prints the title it names in 〈〉: 《关于废止〈某规定〉的决定》; standing alone, in
 * 《》), quotes “”"＂「」 and ‘’'＇『』, colons ：:, and the marks between listed items 、，,
 * (关于做好甲、乙工作的通知 is printed 甲，乙 too).
 */
const SAME_MARK: Record<string, string> = {
  '（': '(', '）': ')', '［': '[', '］': ']',
  '〈': '《', '<': '《', '＜': '《', '〉': '》', '>': '》', '＞': '》',
  '“': '"', '”': '"', '＂': '"', '「': '"', '」': '"',
  '‘': "'", '’': "'", '＇': "'", '『': "'", '』': "'",
  '：': ':', '，': '、', ',': '、',
};
const SAME_MARKS = new RegExp(`[${Object.keys(SAME_MARK).join('').replace(/[[\]]/g, '\\$&')}]`, 'g');
/** A span of years or dates, however its dash is printed (2021—2025年, 2021-2025年, 2021～2025年, 2021年至2025年). */
const SPAN_DASH = /(?<=\d)年?(?:[-‐‑–—―－~～〜]+|至)(?=\d)|[-‐‑–—―－~～〜]+/g;

/**
 * A title as compared with another: the key that links a reference to the document it names and
 * that every lookup by title (CLI, API, web) goes through, so that the same title printed two
 * ways is one document. Whitespace (full-width too) out; full-width digits and Latin folded;
 * traditional script and variant shapes folded (fold-script.ts); the marks of SAME_MARK one way;
 * a span's dash one way. Words are never touched: 办法（试行） and 办法 stay two titles. A key is
 * its own key (keying twice changes nothing), which the store's stored keys rely on.
 *
 * @example titleKey('关于废止〈某规定〉的决定') === titleKey('关于废止《某规定》 的决定') // true
 * @example titleKey('某县实施细则（试行）') === titleKey('某县实施细则(试行)') // true
 */
export function titleKey(text: string): string {
  return toSimplified(foldWidth(compact(text))).replace(SAME_MARKS, (ch) => SAME_MARK[ch]).replace(SPAN_DASH, '-');
}

/**
 * A title as a user types it to look a document up, without the marks around the whole
 * (《某办法》, 〈某办法〉 and 某办法 are the same question) and the spaces around it; marks of
 * inner titles stay (《某规划》解读 keeps its own). What a lookup shows the title as, and keys.
 *
 * @example typedTitle(' 《某县实施细则（试行）》') // '某县实施细则（试行）'
 * @example typedTitle('《某规划》解读') // '《某规划》解读'
 */
export function typedTitle(text: string): string {
  const trimmed = text.trim();
  const marks = trimmed.replace(/[〈<＜]/g, '《').replace(/[〉>＞]/g, '》');
  const whole = outerTitles(marks);
  return whole.length === 1 && whole[0].start === 0 && whole[0].end === marks.length ? trimmed.slice(1, -1).trim() : trimmed;
}

/**
 * The key of a title a user typed: titleKey of typedTitle.
 *
 * @example typedTitleKey('《某县实施细则（试行）》') === titleKey('某县实施细则(试行)') // true
 */
export function typedTitleKey(text: string): string {
  return titleKey(typedTitle(text));
}
