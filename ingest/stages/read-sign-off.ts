/**
 * @module ingest/stages/read-sign-off
 * The 落款 of one document in a text: the organs that sign (joint issuers side by side or one
 * a line), the 成文日期 under them and the publicity note (此件公开发布). Pages print it on its
 * own lines, after a note on the date's line ("(此件发至乡)    2017年6月13日"), or run the whole
 * document into one line ("… 温州市鹿城区山福镇人民政府 2020年10月22日 山福镇…"): a 落款 is
 * therefore read from the words of a line (parted by spaces), not only from whole lines. Notes in
 * brackets that are neither organ nor date ((盖章), (星期五)) are passed over; a date alone on a
 * line that continues a broken sentence (…有效期至 / 2023年3月5日) is the sentence's. A text with no
 * dated 落款 may end in its organ alone (…予以公示。 / 某县司法局). Pure.
 */
import { isYearlessDate, restoreDateUnits, signOffDate, trailingDate } from '../../src/domain/dates';
import { issuerNames, loadDocumentGrammar, publicityNote, titleTypeWord } from '../../src/domain/grammar';
import { compact } from '../../src/text/normalize';
import { isPageInfo } from './read-text-header';

export interface SignOff {
  /** The signing organs in the order printed; empty when only a date stands there. */
  signers: string[];
  /** 成文日期, YYYY-MM-DD; undefined for a date without its year (10月14日). */
  date?: string;
  publicity?: string;
  /** Line of the date. */
  line: number;
}

/** Spaces inside a date (2023 年 7 月 12 日) are closed up before a line is cut into words. */
const DATE_SPACES = /(?<=[\d〇○OＯ一二三四五六七八九十年月])\s+(?=[\d〇○OＯ一二三四五六七八九十年月日])/g;

/**
 * The words of a line: what stands between spaces, with spaces inside dates closed up (and
 * 年月日 put back where a page printed only the digits, 2018 11 6); a stray mark a page left
 * ({, *) is no word.
 */
export function wordsOf(line: string): string[] {
  return restoreDateUnits(line)
    .replace(DATE_SPACES, '')
    .replace(signOffNotes(), ' ')
    .replace(NOTE_AFTER_DATE, ' ')
    .replace(publicityBefore(), '$1 ')
    .split(/[\s|｜]+/)
    .filter((w) => /[\p{L}\p{N}]/u.test(w));
}

/** A note in brackets glued after a date (2021年3月5日（此件公开发布）) is a word of its own. */
const NOTE_AFTER_DATE = /(?<=日)(?=[（(])/g;
let notes: RegExp | undefined;
let publicity: RegExp | undefined;

/** A note that is neither organ nor date (某县人民政府（盖章）, 2021年3月5日（星期五）): it goes. */
function signOffNotes(): RegExp {
  notes ??= new RegExp(`[（(](?:${loadDocumentGrammar().signOffNotes.join('|')})[）)]`, 'g');
  return notes;
}

/** A publicity note glued before the organ ((此件公开发布)某县人民政府2021年3月5日) ends a word. */
function publicityBefore(): RegExp {
  publicity ??= new RegExp(`([（(]${loadDocumentGrammar().publicityPrefix}[^（()）]*[）)])(?=\\S)`, 'g');
  return publicity;
}

/**
 * True when line `row` ends a sentence that goes on to the next line (…有效期至): a date alone
 * on the next line is the sentence's, not a 落款.
 */
function goesOn(lines: string[], row: number): boolean {
  for (let i = row - 1; i >= 0; i--) {
    const t = lines[i].trim();
    if (t) return loadDocumentGrammar().sentenceGoesOn.includes(t.at(-1)!);
  }
  return false;
}

/** What follows the last sentence end of a word: …特此通知。某县人民政府 → 某县人民政府. */
function afterSentence(word: string): string {
  return word.split(/[。！？]/).at(-1)!;
}

/**
 * How far up a 落款 is read: a joint notice of many offices signs one or two a line, so its
 * organs may fill several lines above the date (reading stops at the first line naming none).
 */
const SIGNER_LINES = 16;
const MAX_SIGNERS = 24;

/**
 * The organs of one row of a 落款 (its cells parted by spaces): every cell an organ's name, or —
 * in a grid of joint issuers set two a line — a cell whose ending the grammar does not list
 * (某省妇女联合会 beside 某省旅游局) that opens with the same place as an organ of its row. A
 * name cut by one character where the page's line ran out (某县人民代表大会常务委员) is the organ
 * whose ending it begins. Empty when the row is no signature.
 */
export function organsOfRow(words: string[]): string[] {
  const cells = words.map(uncut);
  const names = issuerNames(cells.join(' '));
  if (names.length > 0 || cells.length < 2) return names;
  const known = cells.filter((c) => issuerNames(c).length === 1);
  if (known.length === 0) return [];
  const places = known.map(placeOf).filter((p): p is string => p !== undefined);
  return cells.every((c) => known.includes(c) || (ORGAN_CELL.test(c) && !titleTypeWord(c) && places.some((p) => c.startsWith(p) && c.length > p.length + 1))) ? cells : [];
}

/** A cell that may be an organ's name: Han characters and brackets only, short. */
const ORGAN_CELL = /^[\u4e00-\u9fff（）()]{4,25}$/;

/** The place an organ's name opens with (某省, 某市某县): up to its last place word before the organ. */
function placeOf(name: string): string | undefined {
  return /^[\u4e00-\u9fff]{1,12}?(?:自治区|自治州|自治县|省|市|州|县|区|盟|旗)/.exec(name)?.[0];
}

/** A name that lost the last character of its ending (…常务委员, …人民政): the ending put back. */
function uncut(cell: string): string {
  // Only a name that opens with its place: a line of the body may end in 研究, 办公 or 主席 too.
  if (issuerNames(cell).length > 0 || placeOf(cell) === undefined) return cell;
  const ending = loadDocumentGrammar().issuerSuffixes.find((s) => s.length >= 3 && cell.length > s.length + 2 && cell.endsWith(s.slice(0, -1)));
  return ending ? cell + ending.at(-1)! : cell;
}

/**
 * A 落款 whose organ ran over two lines (某县第十八届人民代表大会 / 第二次会议主席团): the upper line
 * names no organ of its own and the lower one opens with no place, and together they are one.
 */
function joinedOrgan(upper: string[], lower: string[] | undefined): string | undefined {
  // The upper line is the opening of a name (a place, Han characters only), not an attachment's
  // entry or a sentence (2.某县某专家组意见 / 国务院办公厅 are two things).
  if (upper.length !== 1 || lower?.length !== 1 || placeOf(lower[0]) !== undefined) return undefined;
  if (!ORGAN_CELL.test(upper[0]) || placeOf(upper[0]) === undefined || titleTypeWord(upper[0])) return undefined;
  const joined = upper[0] + lower[0];
  return issuerNames(joined).length === 1 ? joined : undefined;
}

/** The organs signing before word `at` of line `row`: on the same line, then on the lines above. */
function signersBefore(lines: string[], row: number, before: string[]): string[] {
  const found: string[][] = [];
  const take = (words: string[]): boolean => {
    const rest = words.filter((w) => publicityNote(w) === undefined);
    if (rest.length === 0) return true;
    const names = organsOfRow(rest);
    const joined = names.length === 0 ? joinedOrgan(rest, found[0]) : undefined;
    if (joined) {
      found[0] = [joined];
      return true;
    }
    if (names.length === 0) {
      // Only the last words of a longer line: … 附件:某预案 温州市鹿城区山福镇人民政府 (or …特此通知。某县人民政府)
      const last = issuerNames(afterSentence(rest.at(-1)!));
      if (last.length > 0) found.unshift(last);
      return false;
    }
    found.unshift(names);
    return true;
  };
  if (!take(before)) return found.flat();
  for (let i = row - 1, seen = 0; i >= 0 && seen < SIGNER_LINES; i--) {
    const words = wordsOf(lines[i]);
    if (words.length === 0) continue;
    seen++;
    if (!take(words)) break;
  }
  return found.flat().slice(0, MAX_SIGNERS);
}

function publicityNear(lines: string[], row: number, words: string[], at: number): string | undefined {
  const candidates = [...words.slice(at + 1, at + 2), ...words.slice(0, at), ...(lines.slice(row + 1).find((l) => l.trim()) ?? '').split(/\s+/).slice(0, 1)];
  for (const word of candidates) {
    // The note may close a word of the body (…现通知如下。（此件公开发布）).
    const note = publicityNote(word) ?? publicityNote(/[（(][^（()）]*[）)]$/.exec(word)?.[0] ?? '');
    if (note) return note;
  }
  return undefined;
}

/**
 * The first 落款 at or after line `from`: a date standing alone, or after the signing organs or
 * a note on its line. Lines in `skip` (a metadata block, a page's publication stamps) hold none.
 * Only when there is none, a date a page glued to the end of a sentence (…特此通知。2017年6月23日):
 * a body may end a sentence with a date too, and a 落款 of its own outranks that.
 *
 * @example readSignOff(['……请认真贯彻执行。', '高碑店市民政局   高碑店市财政局', '20221117'], 0)
 *   // { signers: ['高碑店市民政局', '高碑店市财政局'], date: '2022-11-17', line: 2 }
 */
export function readSignOff(lines: string[], from: number, skip: ReadonlySet<number> = new Set()): SignOff | undefined {
  let afterBody: SignOff | undefined;
  for (let row = from; row < lines.length; row++) {
    if (skip.has(row)) continue;
    const words = wordsOf(lines[row]);
    for (let at = 0; at < words.length; at++) {
      let date = signOffDate(words[at]);
      let before = words.slice(0, at);
      // An organ glued to its date (某县人民政府2021年3月5日, also after the body's last sentence) is a word of its own.
      const glued = date ? undefined : trailingDate(words[at]);
      if (glued?.lead && issuerNames(glued.lead).length > 0) {
        date = glued.iso;
        before = glued.afterSentence ? [glued.lead] : [...before, glued.lead];
      } else if (glued?.afterSentence && !glued.lead && at === words.length - 1) {
        afterBody ??= { signers: [], date: glued.iso, ...optionalPublicity(publicityNear(lines, row, words, at)), line: row };
      } else if (date && at > 0 && (at === words.length - 1 || setApart(lines[row], words[at])) && /[。！]$/.test(words[at - 1])) {
        // …作出更大贡献。 二〇〇五年二月七日: a date set apart after the body's last sentence, on its line
        // (or, on a page run into one line, with a wide gap before the attachment's text).
        afterBody ??= { signers: [], date, line: row };
      }
      if (!date && !isYearlessDate(words[at])) continue;
      const signers = signersBefore(lines, row, before);
      // Alone on its line, or followed only by its publicity note: 2021年3月5日（此件公开发布）.
      const alone = before.length === 0 && words.slice(at + 1).every((w) => publicityNote(w) !== undefined) && !(at === 0 && goesOn(lines, row));
      const afterNote = before.length > 0 && publicityNote(before.at(-1)!) !== undefined;
      const afterSigner = before.length > 0 && issuerNames(afterSentence(before.at(-1)!)).length > 0;
      if (!alone && !afterNote && !afterSigner) continue;
      // A date alone that signs for no organ and has no sentence above it (a news page's dateline
      // under its headline: 某局发布紧急通知 / 2月23日 / 关于…的通知) gives way to a 落款 below it;
      // with none below, it is the 落款 of a text the page cut (2020年12月2日 / 某办法 / 第一条…).
      if (alone && signers.length === 0 && !proseBetween(lines, from, row, skip)) {
        const below = readSignOff(lines, row + 1, skip);
        if (below) return below;
      }
      return { signers, ...(date ? { date } : {}), ...optionalPublicity(publicityNear(lines, row, words, at)), line: row };
    }
  }
  // A date glued to the end of a sentence (…特此通知。2017年6月23日) counts only when no 落款 of its own follows.
  return afterBody ?? undatedSignOff(lines, from, skip);
}

/** A mark inside or at the end of a sentence: a line holding one is prose, not a headline or a dateline. */
const PROSE_MARK = /[，。；,;]/;

/** True when a line in [from, row) that is no page's stamp holds a sentence's mark. */
function proseBetween(lines: string[], from: number, row: number, skip: ReadonlySet<number>): boolean {
  for (let i = from; i < row; i++) if (!skip.has(i) && !isPageInfo(lines[i]) && PROSE_MARK.test(lines[i])) return true;
  return false;
}

/** A line ending a sentence: 。！, or typed half-width (…予以公示. but not an outline's 1.). */
const SENTENCE_ENDS_LINE = /(?:[。！!]|(?<!\d)\.)$/;

/**
 * A 落款 printed without its date, as 政策解读 and letters often end (…予以公示。 / 某县司法局):
 * the text's last line, organs' names and nothing else, right after a sentence's end. Only where
 * no dated 落款 stands anywhere: an organ's line elsewhere is a head, a heading or a list entry.
 */
function undatedSignOff(lines: string[], from: number, skip: ReadonlySet<number>): SignOff | undefined {
  // A site's footer after the text (主办单位：… 技术支持：…) is no part of it.
  const rows = lines.map((_, i) => i).filter((i) => i >= from && !skip.has(i) && wordsOf(lines[i]).length > 0 && !isPageInfo(lines[i]));
  // Nor is the page's headline printed again under it (封路通告 … 特此通告。 / 某局 / 封路通告).
  while (rows.length > 2 && rows.slice(0, -1).some((i) => compact(lines[i]) === compact(lines[rows.at(-1)!]))) rows.pop();
  // A 落款 dated by its month alone (某指挥部 / 2017年11月: a page lost the day, a plan signs so)
  // signs as one with no date: the organs above it are read, the month gives no 成文日期.
  const monthLine = rows.length > 2 && MONTH_ONLY.test(compact(lines[rows.at(-1)!])) ? rows.pop() : undefined;
  // Joint issuers may sign one a line (某县公安局交通管理大队 / 某县住房和城乡建设局), as over a date.
  let first = rows.length - 1;
  while (first > 0 && rows.length - first < UNDATED_SIGNER_LINES && organsOfLine(lines[rows[first - 1]]).length > 0) first--;
  const above = rows[first - 1];
  if (first < 0 || above === undefined || !(SENTENCE_ENDS_LINE.test(lines[above].trim()) || closesAttachmentList(lines, rows.slice(0, first)))) return undefined;
  const signed = rows.slice(first).map((i) => organsOfLine(lines[i]));
  if (signed.some((names) => names.length === 0)) return undefined;
  return { signers: signed.flat(), line: monthLine ?? rows.at(-1)! };
}

/** A date of its year and month only, in Arabic or Chinese numerals: 2017年11月, 二〇一八年十二月. */
const MONTH_ONLY = /^(?:\d{4}|[〇○零OＯ一二三四五六七八九]{4})年(?:\d{1,2}|[一二三四五六七八九十]{1,3})月$/;

/** Lines an undated 落款 of joint issuers one a line may fill. */
const UNDATED_SIGNER_LINES = 4;

/** The organs a line names and nothing else. */
function organsOfLine(line: string): string[] {
  return issuerNames(wordsOf(line).join(' '));
}

/**
 * True when the last of `rows` ends the list of attachments (附件：某办法, or its numbered items
 * under it): the 落款 follows that list as it follows the body's last sentence.
 */
function closesAttachmentList(lines: string[], rows: number[]): boolean {
  for (let k = rows.length - 1; k >= 0 && k >= rows.length - 12; k--) {
    const t = compact(lines[rows[k]]);
    if (/^附件[：:]/.test(t)) return true;
    if (!/^(?:附件)?\d{1,2}[.．、：:\s]?/.test(t)) return false;
  }
  return false;
}

/** Spaces a run-on line keeps where the page had its line breaks: wider than any between words of a sentence. */
const LAYOUT_GAP = /^[ \t\u3000]{4,}/;

/** True when the date is printed as a word followed by a layout gap (…。 2008年5月23日      某规则 根据…). */
function setApart(line: string, date: string): boolean {
  const at = line.indexOf(date);
  return at >= 0 && LAYOUT_GAP.test(line.slice(at + date.length));
}

function optionalPublicity(publicity: string | undefined): { publicity?: string } {
  return publicity ? { publicity } : {};
}
