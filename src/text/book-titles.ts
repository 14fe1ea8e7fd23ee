/**
 * @module text/book-titles
 * Titles in 书名号 as pages print them: a title may hold another in the same marks
 * (《某办公室关于印发《某规划》的通知》, where print uses 〈〉 inside), so they are matched by
 * depth — the outermost is the cited document. A 《 never closed does not swallow the titles
 * after it: they are read as if it were not there.
 */
import { compact } from './normalize';

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
 * A title as compared with another: spaces out, inner marks as outer ones. A title quoted inside
 * a sentence prints the title it names in 〈〉 (《关于废止〈某规定〉的决定》); standing alone it
 * prints them 《》.
 *
 * @example titleKey('关于废止〈某规定〉的决定') === titleKey('关于废止《某规定》 的决定') // true
 */
export function titleKey(text: string): string {
  return compact(text).replace(/[〈<]/g, '《').replace(/[〉>]/g, '》');
}
