/**
 * @module ingest/stages/read-contents
 * The table of contents (目录): each entry's section (【县政府文件】), title, document number
 * and page. Entries span one to three lines and come in many layouts: "标题（稷政发〔2022〕16号）1",
 * a title line then "夏政办发（2023）21号.....12", or columns separated by tabs.
 */
import { findDocNumbers } from '../../src/domain/doc-number';
import { bracketedSection, isBareSectionHeading, sectionType } from '../../src/domain/gazette-layout';
import { titleTypeWord } from '../../src/domain/grammar';
import type { ContentsEntry } from '../../src/model';
import { compact, foldWidth, removeCjkSpaces } from '../../src/text/normalize';

/** Title, dot leaders (……, ....., ···) or a tab, then the page, bare or in brackets: ……12, ……（12）. */
const LEADER_PAGE = /^(.+?)(?:\s*[.…·．]{2,}\s*|\t\s*)[（(]?\s*(\d{1,4})\s*[）)]?$/;
/** A page on a line of its own, after dot leaders or not, in brackets or not: "……12", "12", "（12）". */
const PAGE_ALONE = /^[.…·．]*[（(]?(\d{1,4})[）)]?$/;

/** Title as the contents gives it, without the issuing body before 关于 and without bullets. */
function cleanTitle(text: string): string {
  const t = removeCjkSpaces(text.replace(/^\s*[-•·]\s*/, ''))
    .replace(/[（(\s]+$/, '')
    // A 通告's or 公告's own serial after its title: （2022年第3号）, （第3号）.
    .replace(/\s*[（(]\s*(?:\d{4}\s*年)?\s*第?\s*\d{1,4}\s*号\s*[）)]$/, '')
    .trim();
  const about = t.indexOf('关于');
  return compact(about > 0 && about <= 20 ? t.slice(about) : t);
}

/**
 * @example readContents(['【县政府文件】', '- 关于印发…的通知（稷政发〔2022〕16号）1'])
 *   // [{ section: '县政府文件', title: '关于印发…的通知', docNumber: '稷政发〔2022〕16号', page: 1 }]
 */
export function readContents(lines: string[]): ContentsEntry[] {
  const entries: ContentsEntry[] = [];
  let section: string | undefined;
  let pending: string[] = [];
  // A whole title without number or page (…的通知, 任免名单) is an entry unless the next line
  // carries its number or page: held here until that line is seen.
  let held: ContentsEntry | undefined;
  // An entry read from its number before its page came: the page may follow on its own line.
  let numberedWithoutPage: ContentsEntry | undefined;
  const release = () => {
    if (held) entries.push(held);
    held = undefined;
  };
  const texts = lines.map((l) => l.trim()).filter(Boolean);
  texts.forEach((line, k) => {
    const bracketed = bracketedSection(line);
    // A heading without brackets (市人民政府文件, 政策解读) has entries after it; followed by a page,
    // or last in the list, it is an entry itself.
    const next = texts[k + 1];
    const bareHeading = next !== undefined && isBareSectionHeading(line) && !PAGE_ALONE.test(foldWidth(compact(next)));
    if (bracketed || bareHeading) {
      release();
      section = bracketed ?? compact(line);
      pending = [];
      return;
    }
    // A page on a line of its own (after leaders or not) finishes the entry before it.
    const pageAlone = foldWidth(compact(line)).match(PAGE_ALONE);
    const waiting = numberedWithoutPage;
    numberedWithoutPage = undefined;
    if (pageAlone && waiting && !held && pending.length === 0) {
      waiting.page = Number(pageAlone[1]);
      return;
    }
    if (pageAlone) {
      const title = held?.title ?? (pending.length > 0 ? pending.join(' ') : undefined);
      if (held) entries.push({ ...held, page: Number(pageAlone[1]) });
      else if (title && (titleTypeWord(title) || sectionType(title))) entries.push({ ...(section ? { section } : {}), title: cleanTitle(title), page: Number(pageAlone[1]) });
      held = undefined;
      pending = [];
      return;
    }
    if (held && findDocNumbers(line).length === 0) {
      release();
      pending = [];
    }
    held = undefined;
    pending.push(line);
    const joined = pending.join(' ');
    const numbers = findDocNumbers(joined);
    if (numbers.length === 0) {
      // A document without a number, or a part that is none (政策解读, 大事记): its title, dot
      // leaders and the page ("…的通知……………3").
      const leader = foldWidth(joined).match(LEADER_PAGE);
      if (leader && (titleTypeWord(leader[1]) || sectionType(leader[1]))) {
        entries.push({ ...(section ? { section } : {}), title: cleanTitle(leader[1]), page: Number(leader[2]) });
        pending = [];
        return;
      }
      const whole = compact(joined);
      if (pending.length === 1 && ((whole.includes('关于') && titleTypeWord(whole) && !/[，。；,;：:]/.test(whole)) || sectionType(whole))) {
        held = { ...(section ? { section } : {}), title: cleanTitle(joined) };
        return;
      }
      // A title never needs more than three lines; anything longer is not an entry.
      if (pending.length > 3) pending.shift();
      return;
    }
    const number = numbers[numbers.length - 1];
    const after = foldWidth(joined.slice(number.index + number.length));
    const page = after.match(/(\d{1,4})\s*[）)]?\s*$/)?.[1];
    const entry: ContentsEntry = {
      ...(section ? { section } : {}),
      title: cleanTitle(joined.slice(0, number.index)),
      docNumber: number.canonical,
      docNumberRaw: number.raw,
      ...(page ? { page: Number(page) } : {}),
    };
    entries.push(entry);
    if (!page) numberedWithoutPage = entry;
    pending = [];
  });
  release();
  return entries.filter((e) => e.title.length > 0);
}
