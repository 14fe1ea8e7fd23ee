/**
 * @module ingest/stages/read-text-header
 * The head of one document in a text, as real documents and the pages that copy them print it:
 * the title on one to three lines ("济宁市人民政府" / "关于…的实施意见"), its number above or below
 * it (under a red-head line, in brackets, in a bullet), glued to it on one line ("梁政发【2023】7号关于…"
 * or "…禁火令 (2025年第2号)"), or only standing alone in the first lines; the issuing organ of a
 * red head or a line of its own; the 主送机关 after the head. A page often prints a headline
 * before the document's own head (a 公示 wrapping a 通知, a site's copy of the title): the title
 * is the one the document's structure anchors — a number or the recipients next to it — else a
 * formal "X关于…" title, else any line ending in a 文种. Pure.
 */
import { parseChineseDate, signOffDate } from '../../src/domain/dates';
import { findDocNumbers, numberUnderName, parseDocNumber } from '../../src/domain/doc-number';
import { isRedHead, loadGazetteLayout, sectionType } from '../../src/domain/gazette-layout';
import { isClosingFormula, issuerNames, opensTitle, organsOfTitleLine, titleAfterCaption, titleBeforeSiteName, titleTypeWord } from '../../src/domain/grammar';
import { loadDataJson } from '../../src/domain/load-data';
import { compact, removeCjkSpaces } from '../../src/text/normalize';
import { readDatedNumberNote } from './promulgation-note';

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

/** A bullet, or a Markdown heading's marks (# 某某规定: a law database's saved copy). */
const BULLET = /^\s*(?:[•·●▪◆\-*]|#{1,6}(?=\s))\s*/;
/** A site's tag before a headline (「通告」, 【通知】) and an aggregator's year glued to it (2022石柱…). */
const SITE_TAG = /^[「【[][^」】\]]{1,6}[」】\]]\s*/;
const GLUED_YEAR = /^\d{2,4}(?=[\u3400-\u9fff])(?!\d*年)/;
/** A site's publication date after a headline (…的批复(2012-8-30)): a 公文's title writes its dates with 年月日. */
const SITE_DATE = /\s*[（(]\s*\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\s*[)）]$/;
/** Sentence marks, and the separators of breadcrumbs and page titles (首页 > …, 政务服务丨…). */
const NOT_IN_TITLE = /[，。；：:！？,;!?>»＞|｜丨]/;
const SENTENCE_END = /[。；！？]/;
/** A name in ASCII angle brackets (驻京办<意见>答问): a 书名号 typed on a keyboard. */
const ANGLE_MARKS = /<[^<>\s]{1,30}>/g;
/** Chinese words parted by spaces: a row of links or buttons, not a line of a title. */
const SPACED_WORDS = /[\u3400-\u9fff]\s+[\u3400-\u9fff]/;

interface PageGrammar {
  pageInfoLines: string[];
}
let pageInfo: RegExp | undefined;

/**
 * The longest content-system line (发布时间 来源 浏览次数 字号 打印 关闭, all on one row): a longer
 * line that holds such words is a page whose line breaks were lost, its head and text inside.
 */
const PAGE_INFO_CHARS = 150;

/** A content system's line (来源：… 发布时间：… 浏览次数, a time of day): never a title, number or 落款. */
export function isPageInfo(line: string): boolean {
  if (compact(line).length > PAGE_INFO_CHARS) return false;
  pageInfo ??= new RegExp(loadDataJson<PageGrammar>('html-page.json').pageInfoLines.join('|'));
  if (pageInfo.test(line) || /\d{1,2}\s*[:：]\s*\d{2}/.test(line)) return true;
  // Two short labels with colons on one line: 日期 : 2025-02-27  文章来源 : 政府办.
  return (line.match(/(?:^|[\s|｜])[\u3400-\u9fff]{1,6}\s*[:：]/g) ?? []).length >= 2;
}

/**
 * A line that says where the text came from rather than being part of it: "# source: <URL>",
 * "来源：http://…", a URL alone.
 */
export function isProvenance(line: string): boolean {
  const t = line.trim();
  return /^#\s*source\s*[:：]/i.test(t) || /^(?:来源|source|原文链接|原文地址|网址|链接)\s*[:：]\s*https?:\/\/\S+$/i.test(t) || /^https?:\/\/\S+$/.test(t);
}

/** A title a repost prints in 书名号 (《某局关于…的通知》, after its number): the title without them. */
const IN_BOOK_MARKS = /^《([^《》]*(?:《[^《》]*》[^《》]*)*)》$/;

/** A line as a title would print it, without a site's tag, bullets and 书名号 around it all; undefined when it cannot be one. */
export function titleText(line: string, maxLength = 100): string | undefined {
  const bare = withoutCaption(line.replace(BULLET, '').trim().replace(SITE_TAG, '').replace(GLUED_YEAR, '').replace(SITE_DATE, '').trim());
  const t = IN_BOOK_MARKS.exec(bare)?.[1].trim() ?? bare;
  const c = compact(t);
  // <意见> is a 书名号 a page typed in ASCII, not a breadcrumb's >.
  if (c.length < 2 || c.length > maxLength || NOT_IN_TITLE.test(c.replace(ANGLE_MARKS, ''))) return undefined;
  if (parseDocNumber(c) || signOffDate(c) || parseChineseDate(c) || isRedHead(c) || isClosingFormula(c) || isCaption(c)) return undefined;
  return t;
}

/**
 * A portal's caption before a whole title (政策解读：…, 应急预案—…) and a site's name after it
 * (…的通知_某县人民政府) are not the title's; a title's own dash stays.
 */
function withoutCaption(text: string): string {
  const rest = titleAfterCaption(text) ?? text;
  const own = titleBeforeSiteName(rest) ?? rest;
  return own !== text && endsTitle(own) ? own : text;
}

/** The longest word of kind a line ends with: a 文种 (通知) or a kind of section (政策解读). */
function kindWord(text: string): string | undefined {
  const section = Object.keys(loadGazetteLayout().sectionTypes).filter((w) => text.endsWith(w));
  return [titleTypeWord(text), ...section].reduce<string | undefined>((best, w) => (w && (!best || w.length > best.length) ? w : best), undefined);
}

/**
 * A portal's column caption above a document: words of kind only, naming no matter — two 文种
 * (通知公告, 公示公告) or a kind of section (政策解读, 解读). A lone 文种 (公 告) may be a title.
 */
function isCaption(text: string): boolean {
  let rest = text;
  const words: string[] = [];
  for (let w = kindWord(rest); w && rest.length > 0; w = kindWord(rest)) {
    words.push(w);
    rest = rest.slice(0, -w.length);
  }
  return rest.length === 0 && (words.length >= 2 || words.some((w) => sectionType(w) !== undefined && titleTypeWord(w) !== w));
}

/** The number a line holds and nothing else (bullets and brackets allowed), without the brackets around it. */
export function numberLine(line: string): string | undefined {
  const t = line.replace(BULLET, '').trim();
  return parseDocNumber(t) ? unbracket(compact(t)) : undefined;
}

/**
 * The number row k of the head holds: a number alone, or a serial under the name of the series it
 * belongs to on the row above (某县人民政府通告 / 2022年第3号, 某市人民政府令 / （第23号）), read
 * as one number: the organ's, not a bare serial.
 */
export function numberAt(lines: string[], rows: number[], k: number): string | undefined {
  const row = rows[k];
  if (row === undefined) return undefined;
  const under = k > 0 ? numberUnderName(lines[rows[k - 1]].replace(BULLET, ''), lines[row].replace(BULLET, '')) : undefined;
  return under ? compact(under.raw) : numberLine(lines[row]);
}

/** (兴署发〔2019〕1号) → 兴署发〔2019〕1号: the brackets a page prints around a number are not part of it. */
function unbracket(number: string): string {
  const inner = /^[（(［\[](.+)[）)］\]]$/.exec(number)?.[1];
  return inner && parseDocNumber(inner) ? inner : number;
}

/** A line that ends with a 文种 word, or names a kind of section (…政策解读), once read as a title. */
function endsTitle(text: string): boolean {
  return kindWord(compact(text)) !== undefined;
}

/** 主送机关 at the start of a line: "各县（市、区）人民政府，市直各单位：" (the body may follow on the same line). */
export function recipientsOf(line: string, next?: string): string | undefined {
  const t = line.trim();
  const own = /^([^。；！？:：]{2,150}?)[:：]/.exec(t);
  // Not 附件： nor a sentence announcing what follows (现就有关事项通知如下：).
  if (own && !/^附\s*件|^注|如下$/.test(own[1])) {
    const whole = own[0].length === t.length;
    if (whole || /^各/.test(own[1]) || /(部门|单位|政府|机构|局|委|办|室)$/.test(own[1])) return own[1].trim();
  }
  // Broken over two lines: 各乡镇人民政府，…经济开发 / 区管委会：
  if (next && /^各/.test(t) && !/[:：。]/.test(t)) {
    const joined = `${t}${next.trim()}`;
    if (/[:：]$/.test(joined) && joined.length <= 150 && !SENTENCE_END.test(joined)) return joined.slice(0, -1);
  }
  return undefined;
}

/** A rule drawn with characters (------, ＿＿＿, ━━━): the red line under a head, never part of it. */
const RULE_LINE = /^[-－_＿=＝—─━~～·.。*＊]{3,}$/;

/** Rows that may hold a head: not blank, not a rule, not a provenance, metadata or content-system line. */
export function headRows(lines: string[], skip: ReadonlySet<number>, end: number): number[] {
  const rows: number[] = [];
  for (let i = 0; i < Math.min(lines.length, end); i++) {
    if (skip.has(i) || compact(lines[i]).length === 0 || RULE_LINE.test(compact(lines[i])) || isPageInfo(lines[i])) continue;
    rows.push(i);
  }
  return rows;
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

/** The rows a title ending at rows[k] spans: back over a 关于… line and an issuer line above it. */
function titleSpan(lines: string[], rows: number[], k: number): number[] {
  const span = [k];
  let text = compact(titleText(lines[rows[k]])!);
  for (let j = k - 1; j >= 0 && span.length < 3; j--) {
    const part = titleText(lines[rows[j]], 60);
    if (!part || numberAt(lines, rows, j) || endsTitle(part)) break;
    // 某市人民政府 / 关于…的通知, 某办公室 / 转发…的通知, 甲市人民政府 甲市法院印发 / 关于…的通知: the
    // organ's line is the title's — unless it stands under a copy of the same title (a law
    // database's entry: 标题 / 机关 / 标题), where it is the issuer printed apart. A headline
    // above (某县：关于…, 【某市】关于…) is no such copy.
    if (opensTitle(text)) {
      if (organsOfTitleLine(part).length > 0 && !(j > 0 && compact(lines[rows[j - 1]]) === text)) span.unshift(...jointOrganRows(lines, rows, j), j);
      break;
    }
    // 某市人民政府 / 公 告: a title that is its 文种 alone takes the organ printed above it.
    if (titleTypeWord(text) === text && issuerNames(part).length > 0) {
      span.unshift(j);
      break;
    }
    if (text.indexOf('关于') > 0) break;
    if (!compact(part).includes('关于') && issuerNames(part).length > 0) break;
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
 * next), so a site's name above the head (某区人民政府, then 某区某局 / 关于…) never joins the title.
 */
function jointOrganRows(lines: string[], rows: number[], j: number): number[] {
  const joined: number[] = [];
  let lower = compact(lines[rows[j]]);
  for (let u = j - 1; u >= 0 && joined.length < MAX_ORGAN_LINES - 1; u--) {
    const upper = compact(lines[rows[u]]);
    const part = titleText(lines[rows[u]], 60);
    if (!part || upper === lower || isRedHead(upper) || numberAt(lines, rows, u) || issuerNames(part).length === 0) break;
    if (!signedTogether(lines, rows[j] + 1, upper, lower)) break;
    joined.unshift(u);
    lower = upper;
  }
  return joined;
}

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
    const glued = gluedTitle(line);
    let choice: TitleChoice | undefined;
    if (glued) {
      const number = { raw: unbracket(compact(glued.number)), line: rows[k], glued: true };
      choice = { title: removeCjkSpaces(glued.title), spaced: glued.title, lines: [rows[k]], number, headIssuers: [], score: 2, sharesLine: glued.sharesLine };
    } else {
      const text = titleText(line);
      if (!text || !endsTitle(text)) continue;
      const span = titleSpan(lines, rows, k);
      const first = rows.indexOf(span[0]);
      const spaced = span.map((i) => titleText(lines[i], 200) ?? lines[i].trim()).join(' ');
      choice = { title: removeCjkSpaces(spaced), spaced, lines: span, headIssuers: [], score: 1 };
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
    if (compact(choice.title).includes('关于')) choice.score += 1;
    found.push(choice);
  }
  return found;
}

/** The best title: highest score, the first of equals (a page's later copies and the instrument it issues come after). */
export function chooseTitle(candidates: TitleChoice[]): TitleChoice | undefined {
  return candidates.reduce<TitleChoice | undefined>((best, c) => (!best || c.score > best.score ? c : best), undefined);
}

/** The longest first line that stands in for a title. */
const FIRST_LINE_CHARS = 60;
/** The shortest line a page wrapped at its column's width: a shorter one (一、总则) ends where it ends. */
const WRAPPED_LINE_CHARS = 16;
/** A sentence's end typed half-width (…执行. / …如下; ), not a decimal point or an outline's 1.1. */
const HALF_WIDTH_END = /(?<!\d)\.(?!\d)|[;!?](?=\s*[\u3400-\u9fff]|\s*$)/;
/** A mark inside a sentence: a line holding one is prose, not a heading or a title. */
const CLAUSE_MARK = /[，,、]/;

/**
 * The first line that reads as content, as the least title a document gets: cut at its first
 * sentence. A site's name (某县人民政府, www.….gov.cn) above the text is no content.
 */
export function firstMeaningfulLine(lines: string[], rows: number[]): string | undefined {
  const usable = rows.find((i) => {
    const t = lines[i].trim();
    if (!/[\u3400-\u9fff]/.test(t) || issuerNames(t).length > 0) return false;
    return !numberLine(t) && !signOffDate(t) && !recipientsOf(t) && !isClosingFormula(t) && !/[>»＞]/.test(t) && compact(t).length >= 4;
  });
  const start = usable ?? rows[0];
  let line = lines[start]?.trim();
  if (!line) return undefined;
  // A sentence a page wrapped (a PDF's column) goes on on the next line: full lines inside a
  // sentence (a clause mark, none ending it, no colon closing it: 现批复如下：), never a heading.
  const wrapped = (i: number) =>
    compact(line).length < FIRST_LINE_CHARS && CLAUSE_MARK.test(line) && !SENTENCE_END.test(line) && !/[:：]$/.test(line) &&
    compact(lines[i - 1]).length >= WRAPPED_LINE_CHARS && compact(lines[i]).length > 0;
  for (let i = start + 1; i < lines.length && wrapped(i); i++) line += lines[i].trim();
  const sentence = line.split(SENTENCE_END)[0].split(HALF_WIDTH_END)[0];
  return sentence.length > FIRST_LINE_CHARS ? `${sentence.slice(0, FIRST_LINE_CHARS)}…` : sentence;
}
