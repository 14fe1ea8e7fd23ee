/**
 * @module ingest/stages/title-candidates
 * Which lines of a document's head are its title (read-text-header.ts reads what each line is).
 * A page often prints a headline before the document's own head (a 公示 wrapping a 通知, a
 * site's copy of the title): the title is the one the document's structure anchors — a number
 * or the recipients next to it — else a formal "X关于…" title, else any line ending in a 文种. A
 * title may stand on one to three lines ("济宁市人民政府" / "关于…的实施意见"), under joint issuers
 * one a line, with its number above or below it or glued to it on one line ("梁政发【2023】7号关于…"
 * or "…禁火令 (2025年第2号)"). Pure.
 */
import { findDocNumbers, numberUnderName, parseDocNumber } from '../../src/domain/doc-number';
import { isRedHead } from '../../src/domain/gazette-layout';
import { issuerNames, opensTitle, organsOfTitleLine, titleTypeWord } from '../../src/domain/grammar';
import { countyOfOrgan } from '../../src/domain/organ-place';
import { provinceOpening } from '../../src/domain/divisions';
import { compact, removeCjkSpaces } from '../../src/text/normalize';
import { readDatedNumberNote } from './promulgation-note';
import { BULLET, endsTitle, numberAt, recipientsOf, titleText, unbracket } from './read-text-header';

/** An item's number or an attachment's label opening a line. */
const LISTED = /^(?:附件\s*\d{0,2}|\d{1,2}[.．、)）]|[（(]\d{1,2}[)）]|[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[)）])/;

/** Chinese words parted by spaces: a row of links or buttons, not a line of a title. */
const SPACED_WORDS = /[\u3400-\u9fff]\s+[\u3400-\u9fff]/;

export interface TitleChoice {
  title: string;
  /** The title as printed, spaces kept: joint issuers before 关于 stand apart. */
  spaced: string;
  /** The title's line holds the body too (a page run into one line): it stays in the body. */
  sharesLine?: boolean;
  /** Lines the title stands on. */
  lines: number[];
  /** The number printed with it: glued, or on the line next to it. */
  number?: { raw: string; line: number; glued: boolean };
  /** Organs of a red head or an issuer line just above the title. */
  headIssuers: string[];
  score: number;
}

/** The number printed after a title that is a series' name alone (某县人民政府通告 (2022年第3号)): the organ's. */
function afterName(title: string, printed: string): string | undefined {
  const under = numberUnderName(title, printed);
  return under ? compact(under.raw) : undefined;
}

/** A title and a number on one line, either order, or a number glued before the title. */
function gluedTitle(line: string): { title: string; number: string; sharesLine: boolean } | undefined {
  const words = line.replace(BULLET, '').trim().split(/\s+/);
  for (let k = 0; k < words.length; k++) {
    if (!parseDocNumber(words[k])) continue;
    const before = words.slice(0, k).join(' ');
    const after = words.slice(k + 1).join(' ');
    if (k > 0 && titleText(before) && endsTitle(before)) return { title: titleText(before)!, number: afterName(before, words[k]) ?? words[k], sharesLine: after.length > 0 };
    if (k === 0 && titleText(after) && endsTitle(after)) return { title: titleText(after)!, number: words[k], sharesLine: false };
  }
  const c = compact(line.replace(BULLET, ''));
  // A number in brackets closing the title line is the document's own: …的通知(岳办发〔2017〕2号),
  // its year in round brackets too where a page typed them so (岳办发(2017)2号).
  const trailing = /^(.+?)[（(]((?:[^（()）]|[（(]\d{2,4}[）)])+)[）)]$/.exec(c);
  if (trailing && parseDocNumber(trailing[2]) && titleText(trailing[1]) && endsTitle(trailing[1])) {
    return { title: titleText(trailing[1])!, number: afterName(trailing[1], trailing[0].slice(trailing[1].length)) ?? trailing[2], sharesLine: false };
  }
  // A number whose year a page lost, glued after the title (…工作通告献防告〔〕2号): kept as printed.
  const yearLost = titleBeforeYearLost(c);
  if (yearLost) return { ...yearLost, sharesLine: false };
  const [first] = findDocNumbers(c);
  if (first && first.index === 0 && first.length < c.length) {
    const rest = c.slice(first.length);
    if (titleText(rest) && endsTitle(rest)) return { title: titleText(rest)!, number: c.slice(0, first.length), sharesLine: false };
  }
  return undefined;
}

/** A repost's label line: a number, then a title in 书名号 and nothing else (某政办函〔2018〕3号《某通知》). */
function labelledCopy(line: string): { title: string; number: string; sharesLine: false; copy: true } | undefined {
  const c = compact(line.replace(BULLET, ''));
  const [first] = findDocNumbers(c);
  const inner = first?.index === 0 ? /^《([^《》]+)》$/.exec(c.slice(first.length))?.[1] : undefined;
  return inner && titleText(inner) && endsTitle(inner) ? { title: titleText(inner)!, number: c.slice(0, first.length), sharesLine: false, copy: true } : undefined;
}

/** A 代字 whose brackets hold no year, then a serial and 号, closing a line: a page lost the year's digits. */
const YEAR_LOST = /([\u3400-\u9fff]{2,9})([〔［[（(【]\s*[〕］\])）】]\s*第?\d{1,4}\s*号)$/;

/** The title before such a number (…工作通告献防告〔〕2号): the longest that ends in a 文种, the 代字 two characters or more. */
function titleBeforeYearLost(line: string): { title: string; number: string } | undefined {
  const m = YEAR_LOST.exec(line);
  if (!m) return undefined;
  for (let cut = m[1].length - 2; cut >= 1; cut--) {
    const title = line.slice(0, m.index + cut);
    if (titleText(title) && endsTitle(title)) return { title: titleText(title)!, number: `${m[1].slice(cut)}${m[2]}` };
  }
  return undefined;
}

/** The text a title issues: 印发某办法的通知, 关于转发《某规定》的通知 → 某办法, 某规定. */
const ISSUED_TEXT = /(?:印发|转发|批转|发布|颁发)《?([^《》]+?)》?的通知$/;

/** The rows a title ending at rows[k] spans: back over a 关于… line and an issuer line above it. */
function titleSpan(lines: string[], rows: number[], k: number): number[] {
  const span = [k];
  let text = compact(titleText(lines[rows[k]])!);
  for (let j = k - 1; j >= 0 && span.length < 3; j--) {
    const part = titleText(lines[rows[j]], 60);
    if (!part || numberAt(lines, rows, j) || endsTitle(part)) break;
    // 转发省人社厅等部门 / 关于做好…的意见 / 的通知: a notice forwarding a 关于 title wraps before it.
    if (opensTitle(part) && !compact(part).startsWith('关于') && !/[，。；,;]/.test(part) && compact(text).startsWith('关于')) {
      span.unshift(j);
      text = compact(part) + text;
      continue;
    }
    // 某市人民政府 / 关于…的通知, 某办公室 / 转发…的通知, 甲市人民政府 甲市法院印发 / 关于…的通知: the
    // organ's line is the title's — unless it stands under a copy of the same title or of the
    // text the title issues (a law database's entry: 标题 / 机关 / 标题, 某办法 / 某市人民政府 /
    // 印发某办法的通知), where it is the issuer printed apart. A headline above (某县：关于…,
    // 【某市】关于…) is no such copy.
    if (opensTitle(text)) {
      const entry = j > 0 ? compact(lines[rows[j - 1]]) : '';
      const underEntry = entry === text || entry === ISSUED_TEXT.exec(text)?.[1];
      if ((organsOfTitleLine(part).length > 0 || organThenAbout(part, text)) && !underEntry) span.unshift(...jointOrganRows(lines, rows, j), j);
      break;
    }
    // 某市人民政府 / 公 告: a title that is its 文种 alone takes the organ printed above it.
    if (titleTypeWord(text) === text && issuerNames(part).length > 0) {
      span.unshift(j);
      break;
    }
    // An organ's 关于 further in (某县人民政府关于…) starts the title; one inside a cited title's 书名号
    // (安徽省人民政府关于实施 / 《国务院关于…的决定》的意见) does not.
    if (text.replace(/《[^《》]*》/g, '').indexOf('关于') > 0) break;
    if (!compact(part).includes('关于') && issuerNames(part).length > 0) break;
    // A title opening with its county's organ (某县文化广电旅游局2018年…年度报告) or a province's full
    // name (江西省乡村振兴战略规划) is whole: a line above that neither opens a title nor holds 关于 is
    // the page's (大公网, 大公报电子版, a column's 政策知识), not its start.
    if (!compact(part).includes('关于') && !opensTitle(part) && (countyOfOrgan(text) !== undefined || provinceOpening(text) !== undefined)) break;
    // A row of words set apart (长者版 无障碍阅读, 首页 政务公开) is a page's, not a title wrapped —
    // unless it is organs set apart and the title's opening (甲局 乙局 关于做好2022 / 年…的通知).
    if (SPACED_WORDS.test(part.trim()) && !isSpacedTitleStart(part)) break;
    span.unshift(j);
    text = compact(part) + text;
  }
  // A line ending in 的 never ends anything: an organ's name or a title run on from the line above
  // (某县新型冠状病毒感染的 / 肺炎疫情防控指挥部 / 通 告).
  for (let j = span[0] - 1; j >= 0 && span.length < 4; j--) {
    const part = titleText(lines[rows[j]], 60);
    if (!part || !compact(part).endsWith('的') || numberAt(lines, rows, j)) break;
    span.unshift(j);
    text = compact(part) + text;
  }
  // A 关于 title run over three lines still takes the organ line printed above it.
  const before = span[0] - 1;
  if (span.length === 3 && opensTitle(text) && before >= 0) {
    const part = titleText(lines[rows[before]], 60);
    if (part && !numberAt(lines, rows, before) && issuerNames(part).length > 0) span.unshift(before);
  }
  return span.map((i) => rows[i]);
}

/**
 * An organ's line broken right after its 关于, over the rest of the title (某县人民政府办公室关于 /
 * 印发《…》的通知): the title's start — not when the line below opens with 关于 itself.
 */
function organThenAbout(part: string, below: string): boolean {
  const t = compact(part);
  return t.endsWith('关于') && !compact(below).startsWith('关于') && issuerNames(t.slice(0, -2)).length > 0;
}

/** A Chinese character or mark at a line's edge: a title wrapped there goes on without a space. */
const CJK_EDGE = /[\u3400-\u9fff\u3000-\u303f\uff00-\uffef《》“”（）]/;

/**
 * The title its lines print, joined: a line wrapped before a year (…认真做好 / 2019年禁牧工作的通告)
 * goes on without a space; Latin words and numbers on both sides keep one.
 */
function joinedTitle(parts: string[]): string {
  const joined = parts.reduce((acc, part) => (acc && (CJK_EDGE.test(acc.at(-1)!) || CJK_EDGE.test(part[0] ?? '')) ? acc + part : acc ? `${acc} ${part}` : part), '');
  return removeCjkSpaces(joined);
}

/** Organs set apart by spaces, then the start of a title (甲市民政局 甲市财政局 关于做好…). */
function isSpacedTitleStart(line: string): boolean {
  const words = line.trim().split(/\s+/);
  return words.length >= 2 && opensTitle(words.at(-1)!) && words.slice(0, -1).every((w) => issuerNames(w).length > 0);
}

/** Joint issuers printed one a line above a title (中共某区委 / 某区人民政府 / 关于…): at most this many lines. */
const MAX_ORGAN_LINES = 3;

/**
 * The rows of joint issuers printed one a line above the organ line at rows[j], topmost first: an
 * organ line counts only when the 落款 signs it with the organ below it (on one line or on the
 * next), or it is the same place's Party committee over its government, so a site's name above
 * the head (某区人民政府, then 某区某局 / 关于…) never joins the title.
 */
function jointOrganRows(lines: string[], rows: number[], j: number): number[] {
  const joined: number[] = [];
  let lower = compact(lines[rows[j]]);
  for (let u = j - 1; u >= 0 && joined.length < MAX_ORGAN_LINES - 1; u--) {
    const upper = compact(lines[rows[u]]);
    const part = titleText(lines[rows[u]], 60);
    if (!part || upper === lower || isRedHead(upper) || numberAt(lines, rows, u) || issuerNames(part).length === 0) break;
    if (!signedTogether(lines, rows[j] + 1, upper, lower) && !partyOverGovernment(upper, lower)) break;
    joined.unshift(u);
    lower = upper;
  }
  return joined;
}

/**
 * 中共某县委 over 某县人民政府 (or their offices): the Party committee and the government of one
 * place issue together, the 两办's joint head, which needs no 落款 to tell it from a site's name
 * (a page cut before its signature prints none). Places of no county (a province's) are left to the 落款.
 */
function partyOverGovernment(upper: string, lower: string): boolean {
  if (!PARTY_ORGAN.test(upper) || PARTY_ORGAN.test(lower)) return false;
  const place = countyOfOrgan(upper);
  return place !== undefined && countyOfOrgan(lower) === place;
}
const PARTY_ORGAN = /^(?:中国共产党|中共)/;

/** True when a line from `from` on names `upper` with `lower` after it, there or on the next line that holds text. */
function signedTogether(lines: string[], from: number, upper: string, lower: string): boolean {
  for (let i = from; i < lines.length; i++) {
    const at = compact(lines[i]).indexOf(upper);
    if (at < 0) continue;
    if (compact(lines[i]).slice(at + upper.length).startsWith(lower)) return true;
    const next = lines.slice(i + 1).find((l) => compact(l).length > 0);
    if (next !== undefined && compact(next).startsWith(lower)) return true;
  }
  return false;
}

/**
 * The organs of a red head or of an issuer line on the row above `row`; a red head may stand
 * one row higher, over the number printed between it and the title (版头: 某厅文件 / 某发〔2006〕83号 / 标题).
 */
function issuersAbove(lines: string[], rows: number[], k: number): string[] {
  const above = k > 0 ? compact(lines[rows[k - 1]]) : '';
  const overNumber = k > 1 && numberAt(lines, rows, k - 1) ? compact(lines[rows[k - 2]]) : '';
  const redHead = [above, overNumber].find((l) => isRedHead(l));
  if (redHead) return issuerNames(redHead.replace(/文\s*件$/, ''));
  // 某办公室 / 某发〔2008〕63号 / 关于…: the organ's own line over the number (a law database's entry).
  if (overNumber && titleText(lines[rows[k - 2]])) return issuerNames(lines[rows[k - 2]].trim());
  return titleText(above) ? issuerNames(lines[rows[k - 1]].trim()) : [];
}

/**
 * Every title the head rows offer, scored: +2 when a number (or a law database's dated number) or
 * the recipients line stands next to it, +1 when a number is glued to it, +1 for a formal 关于 title.
 */
export function titleCandidates(lines: string[], rows: number[]): TitleChoice[] {
  const found: TitleChoice[] = [];
  for (let k = 0; k < rows.length; k++) {
    const line = lines[rows[k]];
    const glued = gluedTitle(line) ?? labelledCopy(line);
    let choice: TitleChoice | undefined;
    if (glued) {
      const number = { raw: unbracket(compact(glued.number)), line: rows[k], glued: true };
      // A repost's label (某号《某通知》) is a copy of a title, never chosen over one the page prints.
      const score = 'copy' in glued ? 0 : 2;
      choice = { title: removeCjkSpaces(glued.title), spaced: glued.title, lines: [rows[k]], number, headIssuers: [], score, sharesLine: glued.sharesLine };
    } else {
      const text = titleText(line);
      // An item of a list or an attachment's heading (1.某某操作指引, 附件2 某某招生计划) is no title of the document's.
      if (!text || !endsTitle(text) || LISTED.test(compact(line.replace(BULLET, '')))) continue;
      const span = titleSpan(lines, rows, k);
      const first = rows.indexOf(span[0]);
      const spaced = span.map((i) => titleText(lines[i], 200) ?? lines[i].trim()).join(' ');
      choice = { title: joinedTitle(span.map((i) => titleText(lines[i], 200) ?? lines[i].trim())), spaced, lines: span, headIssuers: [], score: 1 };
      // The serial under a title that is a series' name over two lines (某县人民政府 / 通 告 / 2022年第3号) is the organ's too.
      const under = rows[k + 1] !== undefined ? afterName(choice.title, lines[rows[k + 1]].replace(BULLET, '')) : undefined;
      const below = under ?? numberAt(lines, rows, k + 1);
      const aboveAt = first > 0 && isRedHead(lines[rows[first - 1]]) ? first - 2 : first - 1;
      const above = aboveAt >= 0 ? numberAt(lines, rows, aboveAt) : undefined;
      if (below) choice.number = { raw: below, line: rows[k + 1], glued: false };
      else if (above) choice.number = { raw: above, line: rows[aboveAt], glued: false };
      const next = rows[k + 1 + (below ? 1 : 0)];
      // A law database's (1985年5月4日皖政〔1985〕38号) under the document's own title stands for its number.
      const datedBelow = !below && next !== undefined && readDatedNumberNote(lines, [next]) !== undefined;
      if (choice.number || datedBelow || (next !== undefined && recipientsOf(lines[next], lines[next + 1]))) choice.score += 2;
      choice.headIssuers = issuersAbove(lines, rows, first);
    }
    // A line that is a 文种 alone right under a whole title (…工作的通知 / 批复: a template's kind
    // field) is no title: what is printed with it (the number below) is the title's above.
    const above = found.at(-1);
    const bare = compact(choice.title);
    if (!glued && choice.lines.length === 1 && titleTypeWord(bare) === bare && above && above.lines.at(-1) === rows[k - 1]) {
      if (!above.number && choice.number) above.score += 2;
      above.number ??= choice.number;
      continue;
    }
    if (compact(choice.title).includes('关于')) choice.score += 1;
    found.push(choice);
  }
  return found;
}

/**
 * The best title: highest score, the first of equals (a page's later copies and the instrument it
 * issues come after). Printed without its number, it takes the number a copy of it carries (a
 * repost's label line: 某政办函〔2018〕3号《某通知》 above the title set over two lines).
 */
export function chooseTitle(candidates: TitleChoice[]): TitleChoice | undefined {
  const best = candidates.reduce<TitleChoice | undefined>((top, c) => (!top || c.score > top.score ? c : top), undefined);
  if (!best || best.number) return best;
  const key = compact(best.title);
  const copy = candidates.find((c) => c.number && compact(c.title) === key);
  return copy ? { ...best, number: copy.number } : best;
}
