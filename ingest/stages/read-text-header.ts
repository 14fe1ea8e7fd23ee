/**
 * @module ingest/stages/read-text-header
 * The lines of one document's head, as real documents and the pages that copy them print them:
 * which can be a title and as what text, a number standing alone (in brackets, in a bullet, as a
 * serial under its series' name), the 主送机关, a page's own lines (来源, 发布时间, provenance) that
 * never are any of these, and the rows that may hold a head at all. Which lines are the title is
 * title-candidates.ts. Pure.
 */
import { parseChineseDate, signOffDate } from '../../src/domain/dates';
import { findDocNumbers, numberUnderName, parseDocNumber } from '../../src/domain/doc-number';
import { isRedHead, loadGazetteLayout, sectionType } from '../../src/domain/gazette-layout';
import { isClosingFormula, isContentsHeading, issuerNames, loadDocumentGrammar, publicityNote, titleTypeWord } from '../../src/domain/grammar';
import { titleAfterCaption, titleBeforeSiteName } from '../../src/domain/page-title-grammar';
import { loadDataJson } from '../../src/domain/load-data';
import { loadPageNoise } from '../../src/domain/page-noise';
import { compact } from '../../src/text/normalize';

/** A bullet, or a Markdown heading's marks (# 某某规定: a law database's saved copy). */
export const BULLET = /^\s*(?:[•·●▪◆\-*]|#{1,6}(?=\s))\s*/;
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
/** A slogan or campaign a title names in quotation marks keeps its own comma (关于县“聚民意，惠民生”行动…的答复函). */
const QUOTED_NAME = /“[^“”。；！？]{1,20}”/g;

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
/** The opening 书名号 of a title split over lines, on its first line (no mark after it), and the closing one on its last (no mark before it). */
const OPENS_SPLIT_BOOK_TITLE = /^《(?=[^《》]+$)/;
const CLOSES_SPLIT_BOOK_TITLE = /(?<=^[^《》]+)》$/;

/** A line as a title would print it, without a site's tag, bullets and 书名号 around it all; undefined when it cannot be one. */
/** The fewest characters of a stand-in title cut at a half-width mark (最全!…): fewer are a headline's exclamation. */
const MIN_STAND_IN = 4;
/** A date with its weekday (2024年11月23日 星期六 |): a portal's clock over the page, never what the text is. */
const PAGE_CLOCK = /^\d{4}年\d{1,2}月\d{1,2}日(?:星期[一二三四五六日天]|周[一二三四五六日])[|｜丨]?$/;
/** A table row flattened with pipes, a label then its cell: 地区: | 长沙县 |, 网址: | … | (a row's leading pipe too). */
const LABELLED_CELL = /^\s*(?:[|｜]\s*)?[^|｜:：]{1,10}[:：]\s*[|｜]/;
/** Empty cells a flattened table leaves after a title (某目录(试行) | |||||). */
const EMPTY_CELLS = /(?:\s*[|｜])+\s*$/;

/** A file's extension after a title a page prints as its attachment's name (某县自然灾害应急预案.docx). */
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|ofd|txt|xlsx?|et)$/i;

export function titleText(line: string, maxLength = 100): string | undefined {
  const bare = withoutCaption(line.replace(BULLET, '').replace(EMPTY_CELLS, '').trim().replace(FILE_EXTENSION, '').replace(SITE_TAG, '').replace(GLUED_YEAR, '').replace(SITE_DATE, '').trim());
  // A title in 书名号 split over lines (《某县人民政府关于全县 / 推进…的通告》): each line loses its half of the pair.
  const t = IN_BOOK_MARKS.exec(bare)?.[1].trim() ?? bare.replace(OPENS_SPLIT_BOOK_TITLE, '').replace(CLOSES_SPLIT_BOOK_TITLE, '');
  const c = compact(t);
  // <意见> is a 书名号 a page typed in ASCII, not a breadcrumb's >.
  if (c.length < 2 || c.length > maxLength || NOT_IN_TITLE.test(c.replace(ANGLE_MARKS, '').replace(QUOTED_NAME, ''))) return undefined;
  // A 目录 heading over a law's chapters or a 公文's attachments is no title, though 目录 is a 文种 (某某事项目录).
  if (parseDocNumber(c) || signOffDate(c) || parseChineseDate(c) || isRedHead(c) || isClosingFormula(c) || isCaption(c) || isContentsHeading(c) || loadPageNoise().labelAlone.test(c)) return undefined;
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
  const t = withoutSigners(line.replace(BULLET, '')).trim();
  return parseDocNumber(t) ? unbracket(compact(t)) : undefined;
}

let signerField: RegExp | undefined;
/** 某政报〔2023〕7号    签发人：王某某 → the number: who signed an upward document stands on its number's line. */
function withoutSigners(line: string): string {
  signerField ??= new RegExp(`\\s+(?:${loadDocumentGrammar().numberLineSigners.map((w) => [...w].join('\\s*')).join('|')})\\s*[:：].*$`);
  return line.includes('人') ? line.replace(signerField, '') : line;
}

/**
 * The number row k of the head holds: a number alone, or a serial under the name of the series it
 * belongs to on the row above (某县人民政府通告 / 2022年第3号, 某市人民政府令 / （第23号）), read
 * as one number: the organ's, not a bare serial.
 */
export function numberAt(lines: string[], rows: number[], k: number): string | undefined {
  const row = rows[k];
  if (row === undefined) return undefined;
  const line = withoutLoneBracket(lines[row].replace(BULLET, ''));
  const under = k > 0 ? numberUnderName(lines[rows[k - 1]].replace(BULLET, ''), line) : undefined;
  return under ? compact(under.raw) : numberLine(line);
}

/** A number line a page left one bracket of (2026年第1号), （某政发〔2022〕3号): the other is lost, not part of it. */
function withoutLoneBracket(line: string): string {
  const t = line.trim();
  if (/[）)]$/.test(t) && !/[（(]/.test(t)) return t.slice(0, -1);
  if (/^[（(]/.test(t) && !/[）)]/.test(t)) return t.slice(1);
  return line;
}

/** (兴署发〔2019〕1号) → 兴署发〔2019〕1号: the brackets a page prints around a number are not part of it. */
export function unbracket(number: string): string {
  const inner = /^[（(［\[](.+)[）)］\]]$/.exec(number)?.[1];
  return inner && parseDocNumber(inner) ? inner : number;
}

/** A line that ends with a 文种 word, or names a kind of section (…政策解读), once read as a title. */
export function endsTitle(text: string): boolean {
  return kindWord(compact(text)) !== undefined;
}

/** The text with each document number in it written canonically (达市府办发电[2018]57号 → 〔2018〕). */
function canonicalNumbers(text: string): string {
  let out = text;
  for (const n of findDocNumbers(text).reverse()) out = out.slice(0, n.index) + n.canonical + out.slice(n.index + n.length);
  return out;
}

/** An item's number opening a line: 14., 3、, （二）, 二、 — a list's row, not a head's line. */
const ITEM_NUMBER = /^(?:\d{1,3}[.．、](?!\d)|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、)/;

/** A date or a clock time in a line (2014-04-24, 2014年4月, 10:36, 10时36分). */
const STAMP = /\d{4}\s*[-年./]\s*\d{1,2}|\d{1,2}\s*(?:[:：]\s*\d{2}|时\s*\d{1,2}\s*分)/;

/**
 * A line that opens with a document number glued to what follows (某府办[1989]88号各区,县人民政府,…:现将…):
 * the head's own number a page ran on into the 主送机关 (standalone-number reads it); the 主送机关 is what follows.
 */
function withoutOpeningNumber(line: string): string {
  const t = withoutGluedRedHead(line);
  const n = findDocNumbers(t)[0];
  return n && n.index === 0 && n.length < t.length ? t.slice(n.length).replace(DATE_AFTER_NUMBER, '').trim() : t;
}

/**
 * A line that opens with a red head glued to the document's number (某市人民政府办公厅文件某办发[2012]238号各区县…:):
 * a gazette's abstract that lost the line breaks of the head. The line from the number on; the line itself otherwise.
 */
export function withoutGluedRedHead(line: string): string {
  const t = line.trim();
  const n = findDocNumbers(t)[0];
  return n && n.index > 0 && isRedHead(t.slice(0, n.index)) ? t.slice(n.index) : t;
}

/** The 成文日期 a gazette's abstract prints between the number and the 主送机关 (某府厅字[2018]87号2018年9月18日各市…). */
export const DATE_AFTER_NUMBER = /^\s*\d{4}年\d{1,2}月\d{1,2}日\s*/;

/** Two words of English or more standing right before Chinese text: a caption a page glued on. */
const ENGLISH_CAPTION = /^[A-Za-z]+(?:\s+[A-Za-z]+)+\s*(?=[\u3400-\u9fff])/;

/** The longest 主送机关 read before its colon. */
const RECIPIENTS_CHARS = 150;
/** A list has a mark between names at least this often (one per so many characters). */
const CHARS_PER_LIST_MARK = 20;
/** A label this short that names no addressee is a form's field (时限:, 主题:, 征集状态:). */
const LABEL_CHARS = 8;

/**
 * 主送机关 at the start of a line: "各县（市、区）人民政府，市直各单位：" (the body may follow on
 * the same line). A long list of organs parted by 、，that the colon ends (a joint notice's, 300
 * characters) is one too; a short label naming no addressee (时限:, 主题:, 征集状态:) is a form's.
 * Without a colon, a line listing organs from 各… right before the first sentence of the body
 * (各街道办事处,区级各部门,某新区管委会 / 《某细则》…现印发你们…。) is the 主送机关 a page lost the colon of.
 */
export function recipientsOf(line: string, next?: string): string | undefined {
  // A site's English caption glued before the 主送机关 (Policies and regulations各区人民政府，…：) is the
  // page's, not the addressee's: a 主送机关 never opens with words of English.
  const t = withoutOpeningNumber(line.trim().replace(ENGLISH_CAPTION, ''));
  // An item of a list (• 内容概述:, a portal's block printed as one, 14.市卫生局:负责…) is never the 主送机关.
  if (/^[•·●▪◆]/.test(t) || ITEM_NUMBER.test(t)) return undefined;
  const own = /^([^。；！？:：]{2,400}?)[:：]/.exec(t);
  // Not 附件： nor a sentence announcing what follows (现就有关事项通知如下：), nor a stamp: whom a
  // document goes to holds no date or clock time (2014-04-24 10时36分浏览次数:).
  if (own && !/^附\s*件|^注/.test(own[1]) && !announces(own[1]) && !STAMP.test(own[0]) && namesAddressee(own[1]) && (own[1].length <= RECIPIENTS_CHARS || isListOfNames(own[1]))) {
    const whole = own[0].length === t.length;
    if (whole || /^各/.test(own[1]) || /(部门|单位|政府|机构|局|委|办|室)$/.test(own[1])) return own[1].trim();
  }
  // Broken over two lines: 各乡镇人民政府，…经济开发 / 区管委会：
  if (next !== undefined && /^各/.test(t) && !/[:：。]/.test(t)) {
    const joined = `${t}${next.trim()}`;
    if (/[:：]$/.test(joined) && joined.length <= RECIPIENTS_CHARS && !SENTENCE_END.test(joined)) return joined.slice(0, -1);
    // The next line as printed may be the blank between the 主送机关 and the body.
    if (listsOrgans(t) && (SENTENCE_END.test(next) || next.trim() === '')) return t;
  }
  return undefined;
}

/** Long text before a colon counts only as a list of names: marks between them often, no sentence. */
function isListOfNames(text: string): boolean {
  return (text.match(/[、，,]/g) ?? []).length * CHARS_PER_LIST_MARK >= text.length && !/[。；！？]/.test(text);
}

/**
 * A sentence deciding or announcing what follows (市政府决定对以下2件市政府规章予以废止：, 同时满足以下
 * 条件时，…：, 现通知如下：) ends in a colon as a 主送机关 does, but names no addressee.
 */
function announces(text: string): boolean {
  return loadDocumentGrammar().announcingWords.some((w) => text.includes(w));
}

/** A label's text names whom a document goes to, or is long enough to be no form's label. */
function namesAddressee(text: string): boolean {
  return compact(text).length > LABEL_CHARS || loadDocumentGrammar().recipientWords.some((w) => text.includes(w));
}

/**
 * A line of organs without its colon (各街道办事处,区级各部门,某新区管委会): two names or more, each
 * opening with 各 or ending like an organ, no verb or sentence mark between them.
 */
function listsOrgans(text: string): boolean {
  const parts = text.split(/[、，,]/).map((p) => p.trim());
  return parts.length >= 2 && parts.every((p) => p.length >= 2 && p.length <= 30 && (/^各/.test(p) || issuerNames(p).length === 1 || /(部门|单位|机构)$/.test(p)));
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

/**
 * An outline's heading of a plan's or a rule's body alone on its line (1.1编制目的, 第一章 总 则): a body
 * that lost its head opens with one, and it says nothing of what the document is — no stand-in title.
 * A sentence opening with a decimal or a chapter (1.5倍以上的…, 第一章所列事项…) is none.
 */
const OUTLINE_HEADING = /^(?:\d{1,2}(?:[.．]\d{1,2})+|第[一二三四五六七八九十百零\d]{1,4}[章节])\s*[\u3400-\u9fff][\u3400-\u9fff、\s]{0,29}$/;
/** Rows past a list's items looked at for a line that is none. */
const ITEM_LOOK_ROWS = 5;
/** The longest first line that stands in for a title. */
const FIRST_LINE_CHARS = 60;
/** The shortest line a page wrapped at its column's width: a shorter one (一、总则) ends where it ends. */
const WRAPPED_LINE_CHARS = 16;
/** A sentence's end typed half-width (…执行. / …如下; ), not a decimal point or an outline's 1.1. */
const HALF_WIDTH_END = /(?<!\d)\.(?!\d)|[;!?](?=\s*[\u3400-\u9fff]|\s*$)/;
/** The first of a text's numbered headings after a space on a line (… 一、范围, … （一）总则). */
const HEADING_RUN_ON = /\s+(?:[一二三四五六七八九十]{1,3}、|[（(][一二三四五六七八九十]{1,3}[）)])(?=[\u3400-\u9fff])/;
/** A mark inside a sentence: a line holding one is prose, not a heading or a title. */
const CLAUSE_MARK = /[，,、]/;

/**
 * The first line that reads as content, as the least title a document gets: cut at its first
 * sentence. A site's name (某县人民政府, www.….gov.cn) above the text is no content.
 */
/**
 * A line that is one bracketed remark — a 题注 ((公法制2号 1989年10月30日), (2019年3月1日某会议通过)),
 * a draft's (征求意见稿) — says something about a document, never what it is.
 */
const BRACKETED_LINE = /^[(（][^()（）]*[)）]$/;

export function firstMeaningfulLine(lines: string[], rows: number[]): string | undefined {
  const usable = rows.find((i) => {
    const t = lines[i].trim();
    if (!/[\u3400-\u9fff]/.test(t) || issuerNames(t).length > 0) return false;
    // A publicity note ((此件公开发布)) says how the document is published, never what it is.
    return !numberLine(t) && !signOffDate(t) && !recipientsOf(t) && !isClosingFormula(t) && !publicityNote(t) && !/[>»＞]/.test(t) && !LABELLED_CELL.test(t) && !BRACKETED_LINE.test(t) && !PAGE_CLOCK.test(compact(t)) && compact(t).length >= 4;
  });
  // An excerpt opening inside a list (14.市卫生局：负责… / 15.…) stands in with a line that is no item where one is.
  // Outline headings are passed however many stand in a row (a rule's table of contents: 第一章 … 第五章).
  const from = usable ?? rows[0];
  let start = from;
  let looked = 0;
  for (const i of rows.filter((row) => row >= from)) {
    const t = lines[i].trim();
    if (OUTLINE_HEADING.test(t)) continue;
    if (!ITEM_NUMBER.test(t) && compact(t).length >= 4) {
      start = i;
      break;
    }
    if (++looked >= ITEM_LOOK_ROWS) break;
  }
  let line = lines[start]?.trim();
  if (!line) return undefined;
  // A name with the first numbered heading run on after a space (社会保障卡制作发放及管理 一、范围):
  // the name is the title; the heading's 、 is no clause mark to wrap the line on.
  const heading = HEADING_RUN_ON.exec(line);
  if (heading && compact(line.slice(0, heading.index)).length >= MIN_STAND_IN) line = line.slice(0, heading.index);
  // A sentence a page wrapped (a PDF's column) goes on on the next line: full lines inside a
  // sentence (a clause mark, none ending it, no colon closing it: 现批复如下：), never a heading.
  const wrapped = (i: number) =>
    compact(line).length < FIRST_LINE_CHARS && CLAUSE_MARK.test(line) && !SENTENCE_END.test(line) && !/[:：]$/.test(line) &&
    compact(lines[i - 1]).length >= WRAPPED_LINE_CHARS && compact(lines[i]).length > 0;
  for (let i = start + 1; i < lines.length && wrapped(i); i++) line += lines[i].trim();
  // Numbers in it written the one way (〔〕), however the page typed them: a stand-in is no print to keep.
  // A headline's exclamation after a word or two (最全!一图读懂…) ends no sentence worth a title.
  const parts = line.split(SENTENCE_END)[0].split(HALF_WIDTH_END);
  const sentence = canonicalNumbers(compact(parts[0]).length < MIN_STAND_IN && parts.length > 1 ? line.split(SENTENCE_END)[0] : parts[0]);
  return sentence.length > FIRST_LINE_CHARS ? `${sentence.slice(0, FIRST_LINE_CHARS)}…` : sentence;
}
