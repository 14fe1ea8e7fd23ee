/**
 * @module ingest/stages/name-date
 * The date a file's name gives its document. Law collections save each text as
 * `标题(2021-04-29).md`, portals and archives as `标题_20210429.pdf`: the date beside the title is
 * the collection's 公布 date, which a saved law often does not print (a local regulation prints
 * when its 人大 adopted and approved it, not the 公告 that published it days later).
 *
 * Only a name that is the document's own title and a date counts: a name that is anything else
 * (scan_2024-01-05.pdf, a download time, a file number) says nothing about the document.
 */
import { findDates } from '../../src/domain/dates';
import type { GazetteDocument, Message } from '../../src/model';
import { titleKey } from '../../src/text/book-titles';

/** The name's last part: a date in brackets, or after a separator; ISO, dotted, 8 digits or 年月日. */
const TRAILING_DATE = /^(.+?)[\s_\-—]*[(（【[]?\s*(\d{4}[-.年]\d{1,2}[-.月]\d{1,2}日?|\d{8})\s*[)）】\]]?$/;

/** What titles and names are compared on: a title's key (book-titles.ts), without the marks a file name drops (《》, quotes) or 中华人民共和国 (collections drop it). */
function nameKey(text: string): string {
  return titleKey(text).replace(/^中华人民共和国/, '').replace(/[《》"']/g, '');
}

function isoOf(date: string): string | undefined {
  const eight = /^(\d{4})(\d{2})(\d{2})$/.exec(date);
  return findDates(eight ? `${eight[1]}-${eight[2]}-${eight[3]}` : date)[0]?.iso;
}

/**
 * The date a source's file name states for the document titled `title`, or undefined when the
 * name is not that title with a date.
 *
 * @example nameDate('laws/上海市产品质量条例(2012-04-19).md', '上海市产品质量条例') // '2012-04-19'
 * @example nameDate('scan_2024-01-05.pdf', '某县人民政府关于…的通知') // undefined
 */
export function nameDate(path: string, title: string): string | undefined {
  const base = path.split(/[\\/]/).pop() ?? '';
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, '');
  const m = TRAILING_DATE.exec(stem.trim());
  if (!m || !title) return undefined;
  const key = nameKey(title);
  return key.length > 0 && nameKey(m[1]) === key ? isoOf(m[2]) : undefined;
}

/**
 * A law dated by its file's name where the text does not say when it was published: no date at
 * all, or only dates before the name's (adoption and approval precede the 公布 by days or weeks,
 * and a revised text may not print its last revision). A name older than the text's own dates is
 * stale and loses to the text.
 */
export function withNameDate(law: GazetteDocument, path: string): GazetteDocument {
  const date = nameDate(path, law.title);
  if (!date || (law.publishedOn && law.publishedOn >= date)) return law;
  const printed = law.publishedOn ? `正文最晚的日期是 ${law.publishedOn}` : '正文没有公布日期';
  const message: Message = { level: 'info', origin: 'name-date', message: `公布日期 ${date} 取自文件名（${printed}） (promulgation date taken from the file name)` };
  return { ...law, date, publishedOn: date, messages: [...law.messages, message] };
}
