/**
 * @module ingest/stages/promulgation-note
 * A rule's 题注 at the head of a text that prints no law head the law reader knows: an excerpt
 * that opens with "(2002年10月14日某市人民政府令第46号公布，自2002年11月15日起施行)" or a
 * page holding only that line. The decree that promulgated the rule is the text's own number, its
 * organ the issuer and its date the document's date; an adoption or 施行 date beside it is not.
 * Pure helper of read-document.
 */
import { findDates } from '../../src/domain/dates';
import { findDocNumbers } from '../../src/domain/doc-number';
import { compact, foldWidth } from '../../src/text/normalize';

export interface PromulgationNote {
  /** 0-based index of the line. */
  line: number;
  /** The decree as printed (中华人民共和国国务院令第332号). */
  docNumberRaw: string;
  /** The organ the decree names (中华人民共和国国务院, 市人民政府), as printed. */
  issuer: string;
  /** YYYY-MM-DD: the date printed just before the decree. */
  date?: string;
}

/** Head rows looked at: a 题注 stands under the title or opens the excerpt. */
const NOTE_ROWS = 3;
/** An unbracketed 题注 is short: a longer line is a sentence. */
const NOTE_LENGTH = 80;
/** The verb right after the decree: it promulgated this text (修订 or 修改 by a later decree is history). */
const PROMULGATED = /^[，,\s]*(?:公布|发布|颁布)/;
/** A 题注 is bracketed or opens with its date. */
const OPENS_NOTE = /^[（(【[]|^\d{4}年|^[〇○零一二三四五六七八九]{4}年/;

/** The 题注 is the whole line: its bracket closes at the line's end (or a cut excerpt leaves it open), and no sentence goes on. */
function standsAlone(text: string): boolean {
  const t = text.replace(/[。.]$/, '');
  if (/^[（(【[]/.test(t)) {
    const closing = t.search(/[）)】\]]/);
    return closing === -1 || closing === t.length - 1;
  }
  return !/[。；;]/.test(t) && t.length <= NOTE_LENGTH;
}

/**
 * The promulgation a head row states, or undefined when none of the first rows is such a 题注.
 *
 * @example readPromulgationNote(['(2002年10月14日市人民政府令第46号公布,自2002年11月15日起施行)', '第一章总则'], [0, 1])
 *   // { line: 0, docNumberRaw: '市人民政府令第46号', issuer: '市人民政府', date: '2002-10-14' }
 */
export function readPromulgationNote(lines: string[], rows: number[]): PromulgationNote | undefined {
  for (const row of rows.filter((i) => compact(lines[i]).length > 0).slice(0, NOTE_ROWS)) {
    const text = foldWidth(compact(lines[row]));
    if (!OPENS_NOTE.test(text) || !standsAlone(text)) continue;
    const decree = findDocNumbers(text).find((n) => n.kind === 'decree' && /令$/.test(n.prefix) && PROMULGATED.test(text.slice(n.index + n.length)));
    if (!decree) continue;
    const issuer = decree.raw.replace(/令第.+号$/, '');
    // The date nearest before the decree is its date; an earlier one is the meeting that adopted the text.
    const date = findDates(text.slice(0, decree.index)).at(-1);
    return { line: row, docNumberRaw: decree.raw, issuer, ...(date ? { date: date.iso } : {}) };
  }
  return undefined;
}

/** A 公文's dated number, as law databases print it under the title. */
export interface DatedNumberNote {
  line: number;
  docNumberRaw: string;
  /** YYYY-MM-DD: the date the bracket opens with. */
  date: string;
}

/**
 * Head rows looked at for a dated number: a law database prints it under the document's own title,
 * which may stand below the site's navigation, its heading and a metadata block of eight rows or
 * more. The shape (a bracket opening its line that holds exactly a date and a number) is rare
 * enough that looking this far finds no other.
 */
const DATED_NOTE_ROWS = 20;
/** A bracket opening its line, short enough to hold a date and a number and nothing else. */
const OPENING_BRACKET = /^[（(]([^（()）]{8,40})[）)]/;

/** A word a law database may print after the number in such a bracket: the number names a 文件 (…第0199号文件). */
const NUMBER_TAIL = /^文件$/;

/**
 * A 公文's 题注 as law databases and 法规汇编 print it: its 成文日期 and its number in one bracket,
 * (1985年5月4日皖政〔1985〕38号), the body perhaps run on after it on its line. Only a bracket that
 * holds exactly a date and a number, in either order — some databases print the number first,
 * (冀政函〔2010〕57号 2010年4月23日) — and perhaps 文件 after the number: a bracket citing a number
 * inside a sentence holds other words.
 *
 * @example readDatedNumberNote(['某省人民政府关于某事的通知', '(1985年5月4日皖政〔1985〕38号) 根据…'], [0, 1])
 *   // { line: 1, docNumberRaw: '皖政〔1985〕38号', date: '1985-05-04' }
 */
export function readDatedNumberNote(lines: string[], rows: number[]): DatedNumberNote | undefined {
  for (const row of rows.filter((i) => compact(lines[i]).length > 0).slice(0, DATED_NOTE_ROWS)) {
    const inner = OPENING_BRACKET.exec(foldWidth(compact(lines[row])))?.[1];
    if (!inner) continue;
    const date = findDates(inner)[0];
    const number = findDocNumbers(inner)[0];
    if (!date || !number || number.kind !== 'standard') continue;
    const numberEnd = number.index + number.length;
    const tail = inner.slice(numberEnd);
    const dateFirst = date.index === 0 && number.index === date.length && (tail === '' || NUMBER_TAIL.test(tail));
    const numberFirst = number.index === 0 && date.index === numberEnd && date.index + date.length === inner.length;
    if (!dateFirst && !numberFirst) continue;
    return { line: row, docNumberRaw: number.raw, date: date.iso };
  }
  return undefined;
}


/** A meeting that adopted a text, as a 人大's resolution names it under its title. */
export interface AdoptionNote {
  line: number;
  /** The meeting as printed (某县第十五届人民代表大会第五次会议, 某县人民代表大会常务委员会第二十次会议). */
  meeting: string;
  /** YYYY-MM-DD: the date the note opens with. */
  date: string;
}

/** A standing committee's meeting: its place, 第N届, the committee, 第N次会议. */
const COMMITTEE_MEETING = /^(.{2,20}?)(?:第[一二三四五六七八九十\d]{1,4}届)?(人民代表大会常务委员会|人大常委会)(?:第[一二三四五六七八九十百\d]{1,6}次)?(?:全体)?会议$/;

/**
 * The organ a meeting's note names: a 人大常委会's meeting adopts for the committee, which
 * issues what it adopts (某市第十届人民代表大会常务委员会第一次会议 → 某市人民代表大会常务委员会);
 * a 人民代表大会's session is the issuer of its own resolution, kept as printed.
 *
 * @example organOfMeeting('乌海市第十届人民代表大会常务委员会第一次会议') // '乌海市人民代表大会常务委员会'
 * @example organOfMeeting('某县第十五届人民代表大会第五次会议') // '某县第十五届人民代表大会第五次会议'
 */
export function organOfMeeting(meeting: string): string {
  const m = COMMITTEE_MEETING.exec(compact(meeting));
  return m ? `${m[1]}人民代表大会常务委员会` : meeting;
}

/** Head rows looked at for an adoption note: it stands right under a title of up to three lines. */
const ADOPTION_ROWS = 4;
/** Date, the meeting, 通过 or 批准: the note's first clause (a later 修正 or 施行 clause may follow). */
const ADOPTED = /^[（(]?(\S{6,16}?日)(\S{4,40}?会议)(?:审议)?(?:通过|批准)(?!了)/;

/**
 * A 人大 resolution's or a 地方性法规's 题注 naming the meeting that adopted it,
 * (2015年4月10日某县第十五届人民代表大会第五次会议通过): the meeting issued the text and the
 * date is its 成文日期. Only a line that is the note alone, opening with its date: a body
 * sentence naming a meeting (经…会议审议通过，现予公布) holds more. A meeting of a government
 * (某市人民政府第46次常务会议) adopts the rules that organ then promulgates by decree: not this note.
 *
 * @example readAdoptionNote(['某县第十五届人民代表大会第五次会议关于某报告的决议', '(2015年4月10日某县第十五届人民代表大会第五次会议通过)'], [0, 1])
 *   // { line: 1, meeting: '某县第十五届人民代表大会第五次会议', date: '2015-04-10' }
 */
export function readAdoptionNote(lines: string[], rows: number[]): AdoptionNote | undefined {
  for (const row of rows.filter((i) => compact(lines[i]).length > 0).slice(0, ADOPTION_ROWS)) {
    const text = foldWidth(compact(lines[row]));
    if (!OPENS_NOTE.test(text) || !standsAlone(text)) continue;
    const m = ADOPTED.exec(text);
    const date = m ? findDates(m[1])[0] : undefined;
    if (!m || !date || date.index !== 0 || date.length !== m[1].length) continue;
    if (!/人民代表大会|人大/.test(m[2])) continue;
    return { line: row, meeting: m[2], date: date.iso };
  }
  return undefined;
}
