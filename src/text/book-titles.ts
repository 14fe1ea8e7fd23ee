/**
 * @module text/book-titles
 * Titles in 书名号 as pages print them: a title may hold another in the same marks
 * (《某办公室关于印发《某规划》的通知》, where print uses 〈〉 inside), so they are matched by
 * depth — the outermost is the cited document. A 《 never closed does not swallow the titles
 * after it: they are read as if it were not there.
 */

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
