/**
 * @module ingest/stages/law-head
 * The lines between a law's title and its first article: adoption and revision history
 * ("2009年2月28日 第十一届全国人民代表大会常务委员会第七次会议通过", several entries on one line,
 * or all of them in brackets under the title), decrees (国务院令第713号, 主席令第八十八号) and
 * numbers (法释〔2020〕17号), and a decree printed above the title as a web page copies it.
 * Pure helpers of read-law.
 */
import { chineseNumber, findDates, parseChineseDate } from '../../src/domain/dates';
import { findDocNumbers, numberUnderName, type FoundDocNumber } from '../../src/domain/doc-number';
import { findDepartment, findLawBody, lawFieldLine, lawTitleEnding, levelOfNumberPrefix, levelOfTitle, type HistoryVerb, type LawGrammar } from '../../src/domain/law-grammar';
import { compact, foldWidth } from '../../src/text/normalize';

/** One dated event of a law's history. */
export interface HistoryEntry {
  /** YYYY-MM-DD */
  date: string;
  /** What follows the date, up to the next date. */
  text: string;
  verb?: HistoryVerb;
  /** True when the entry only says when the law takes effect (2009年1月1日 施行). */
  effectiveOnly: boolean;
  body?: { name: string; level: string };
  /** 0-based index of the head line it was read from. */
  line: number;
}

/** A decree or number that states a law's level (国务院令第713号, 法释〔2020〕17号). */
export interface LawNumber {
  number: FoundDocNumber;
  level: string;
  line: number;
}

/** Text outside 《》 and 〈〉: the title of an amending decision does not say who acted. */
function outsideTitles(text: string): string {
  return text.replace(/《[^》]*》|〈[^〉]*〉|<[^>]*>/g, '');
}

function verbOf(text: string, g: LawGrammar): HistoryVerb | undefined {
  const t = outsideTitles(text);
  let best: { verb: HistoryVerb; at: number } | undefined;
  for (const { verb, word } of g.verbs) {
    const at = t.indexOf(word);
    // Longest words come first, so at the same position 修订通过 wins over 修订.
    if (at >= 0 && (!best || at < best.at)) best = { verb, at };
  }
  return best?.verb;
}

/** 第八十八号 → 第88号, so the decree reader (digits only) finds 主席令第八十八号. */
export function arabicSerials(text: string, g: LawGrammar): string {
  if (!/[令告]/.test(text)) return text;
  return text.replace(g.chineseSerial, (whole, head: string, serial: string) => {
    const n = chineseNumber(serial.replace(/千/g, ''));
    return n ? `${head}第${n}号` : whole;
  });
}

/**
 * The history entries of head lines, in order: each date opens an entry that runs to the next
 * date, so "…第一次修正根据2010年7月30日…第二次修正" is two entries.
 */
export function readHistory(lines: string[], g: LawGrammar): HistoryEntry[] {
  const entries: HistoryEntry[] = [];
  lines.forEach((raw, line) => {
    const text = foldWidth(raw);
    const dates = findDates(text);
    dates.forEach((d, i) => {
      const rest = text.slice(d.index + d.length, dates[i + 1]?.index ?? text.length).replace(/^[\s，,]+|[\s，,。;；]+$/g, '');
      const inside = outsideTitles(rest);
      const body = findLawBody(inside, g) ?? findLawBody(rest, g) ?? findDepartment(rest, g);
      entries.push({
        date: d.iso,
        text: rest,
        verb: verbOf(rest, g),
        effectiveOnly: g.effectiveOnly.test(rest) || /^[（(]?\s*起?\s*(?:施行|实施|生效)/.test(rest),
        ...(body ? { body: { name: body.name, level: body.level } } : {}),
        line,
      });
    });
  });
  return entries;
}

/** True for a head line: a history entry (date + verb or body), a bare date, or a decree / law number. */
export function isHeadLine(line: string, g: LawGrammar): boolean {
  const t = foldWidth(compact(line)).replace(/^[（(【\[]|[）)】\]]$/g, '');
  if (t.length === 0) return false;
  if (parseChineseDate(t)) return true;
  if (isNumberLine(t, g)) return true;
  // Spaces matter here: 省长 张三 is a signer, 乡镇人民代表大会主席团工作条例 is not.
  if (g.headLines.some((re) => re.test(line.trim())) || isBodyName(t, g) || lawFieldLine(line, g)) return true;
  const dates = findDates(t);
  if (dates.length === 0) return false;
  const entries = readHistory([t], g);
  // A history wholly in brackets may name the body first: （最高人民法院审判委员会第1421次会议通过 2008年4月17日…公布）.
  if (/^[（(].*[）)]$/.test(foldWidth(compact(line))) && entries.some((e) => e.verb && !e.effectiveOnly)) return true;
  // A sentence of the body mentions dates too; a history line starts with one (or 根据 + one).
  if (dates[0].index > 4 && !/^(根据|依据|经)/.test(t)) return false;
  const entry = entries[0];
  return entry !== undefined && (entry.verb !== undefined || entry.body !== undefined);
}

/** A line that is only a law-making body's name: 河北省人民政府, 最高人民法院. */
export function isBodyName(line: string, g: LawGrammar): boolean {
  const t = compact(line);
  // A department's name alone (国家海洋局) is a law database's organ line too, though it makes no law.
  const body = findLawBody(t, g) ?? findDepartment(t, g);
  return body !== undefined && body.index === 0 && body.name.length >= t.length - 1;
}

/** A line that is only a number (国务院令第713号, 法释〔2020〕17号, 劳社部发[2008]3号), perhaps with 公布. */
export function isNumberLine(line: string, g: LawGrammar): boolean {
  const t = arabicSerials(foldWidth(compact(line)), g);
  const [n] = findDocNumbers(t);
  if (!n) return /^第\d{1,5}号$/.test(t);
  const rest = t.slice(0, n.index) + t.slice(n.index + n.length);
  return rest.replace(/[（(）)【】\[\]。，,公布发布予以现]/g, '').length <= 2;
}

/**
 * Decrees and law numbers (法释…) in lines, with the level each states. A decree printed
 * 中华人民共和国国务院令第641号 keeps that as its raw form and is cited 国务院令第641号.
 */
export function findLawNumbers(lines: string[], g: LawGrammar): LawNumber[] {
  const found: LawNumber[] = [];
  lines.forEach((raw, line) => {
    // An item of a list (一、某规定(省政府令第114号)。) names another text: its number is none of this one's.
    if (LIST_ITEM.test(raw.trim())) return;
    const text = arabicSerials(foldWidth(raw), g);
    for (const number of findDocNumbers(text)) {
      // …nor is a number in brackets right after a title (《某办法》(省政府令第372号)): that title's.
      if (AFTER_TITLE.test(text.slice(0, number.index))) continue;
      // …nor is a decree that goes on to name what it promulgated (根据国务院令第225号发布的《殡葬管理条例》): a cited text's.
      if (NAMES_CITED_TEXT.test(text.slice(number.index + number.length))) continue;
      const level = levelOfNumberPrefix(number.prefix, g);
      if (level) found.push({ number, level, line });
    }
  });
  return found;
}

/** A list's item number opening a line: 一、, 1., 1、, （一）, (1). */
const LIST_ITEM = /^(?:[一二三四五六七八九十]+、|\d{1,3}[、.．](?!\d)|[（(](?:[一二三四五六七八九十]+|\d{1,3})[）)])/;
/** What follows a decree that names the text it promulgated, as a sentence cites it: 发布的《, 公布的. */
const NAMES_CITED_TEXT = /^\s*(?:公布|发布|颁布)的/;
/** What stands before a number cited with its title: 》 and an opening bracket. */
const AFTER_TITLE = /》\s*[（(〔\[【]?\s*$/;

/** The 公文 numbers (not decrees or law numbers) among lines: a text printed as a 公文 has one. */
export function documentNumbers(lines: string[], g: LawGrammar): FoundDocNumber[] {
  return lines.flatMap((raw) =>
    findDocNumbers(arabicSerials(foldWidth(raw), g)).filter((n) => n.kind === 'standard' && !levelOfNumberPrefix(n.prefix, g)),
  );
}

/**
 * A decree printed above the title (中华人民共和国主席令 / 第八十八号 / 《…》已由…通过，现予公布 /
 * 主席 习近平 / 2021年6月10日), or a 人大常委会's 公告 doing the same: the number of lines it takes, 0
 * when the text opens otherwise.
 */
export function decreeBlockLength(lines: string[], g: LawGrammar): number {
  if (lines.length < 3) return 0;
  const first = compact(lines[0]);
  const second = compact(lines[1]);
  // A 人大常委会's 公告 promulgates its regulation as a government's 令 does its rule; the serial
  // under the name is read as single documents and gazettes read it (（第23号）, 〔2021〕第5号 too).
  const opens =
    (/(令|公告)$/.test(first) && first.length <= 30 && (/^第.{1,8}号$/.test(second) || numberUnderName(lines[0], lines[1]) !== undefined)) ||
    (isNumberLine(first, g) && /令/.test(first));
  if (!opens) return 0;
  for (let i = 2; i < Math.min(lines.length, 12); i++) {
    if (parseChineseDate(compact(lines[i]))) return i + 1;
  }
  return 0;
}

/** A promulgation's words, whatever the sentence opens with; a decree of the 1990s opens with them (现发布《…》，自发布之日起施行). */
const PUBLISHED_NOW = /(?:现予|予以|现将其|^现)(?:公布|发布|颁布)/;

/**
 * The date a promulgation printed between the title and the first article was signed, as a law
 * database copies it there rather than above the title (中华人民共和国主席令(九届第37号) /
 * 《…》已由…通过，现予公布 / 中华人民共和国主席 江泽民 / 2000年10月31日): the first line that is only a
 * date within three lines after the sentence 《…》已经…通过. A date inside the sentence is the
 * meeting's, not the signature's; undefined when no such pair stands in the lines.
 */
export function promulgationDate(lines: string[], g: LawGrammar): string | undefined {
  // A 人大常委会's 公告 opens with the meeting (某市…会议于…通过的《…》业经…批准，现予公布).
  const sentence = lines.findIndex((l) => (g.headLines[0].test(compact(l)) && /公布|发布/.test(l)) || (/《[^》]+》/.test(l) && PUBLISHED_NOW.test(compact(l))));
  if (sentence < 0) return undefined;
  for (const line of lines.slice(sentence + 1, sentence + 4)) {
    const date = parseChineseDate(foldWidth(compact(line)));
    if (date) return date;
  }
  return undefined;
}

/**
 * True when a line above a whole title is a page's label, not the title's first part: the line
 * below is a title by itself that opens with a place or a body (黑龙江省预算管理条例), and the line
 * opens none and leaves nothing open (【阅读全文】, a section 省人大颁布的地方法规, a sidebar's 自身建设).
 * A title split mid-way (某省人民政府关于修改《 / 某省…办法》的决定, 中华人民共和国 / 国务院组织法) is no label.
 */
export function isLabelAboveTitle(line: string, next: string, g: LawGrammar): boolean {
  const t = compact(line);
  if (/关于|《|〈|^中华人民共和国/.test(t) || levelOfTitle(t, g).by === 'title') return false;
  return lawTitleEnding(next, g) !== undefined && levelOfTitle(next, g).by === 'title' && !isHeadLine(next, g);
}
