/**
 * @module ingest/stages/repair-paragraphs
 * Text converted from PDF breaks paragraphs wherever the page or column ended — even inside a
 * document number ("（晋" / "公通字〔2021〕25号") — splits titles into spaced characters
 * ("的 通 知"), and leaves page furniture behind. This stage rebuilds paragraphs: a line that
 * ends without 。；：！？ or a closing bracket usually continues on the next non-empty line,
 * unless either side is a line that stands alone (a heading, a title, a number, a date, a
 * signature, a publicity note). The original lines are kept next to the repaired text.
 */
import { parseChineseDate } from '../../src/domain/dates';
import { numberUnderName, parseDocNumber } from '../../src/domain/doc-number';
import { isRedHead, loadGazetteLayout, sectionType } from '../../src/domain/gazette-layout';
import { isContentsHeading, isIssuerName, loadDocumentGrammar, publicityNote, titleTypeWord } from '../../src/domain/grammar';
import type { Message, Paragraph, RepairedText, SourceLine, SourceText } from '../../src/model';
import { compact, removeCjkSpaces } from '../../src/text/normalize';

/**
 * A line ending with one of these closes its sentence. Its last character is looked up: an
 * expression anchored at the end alone is tried from every position of a paragraph that grows
 * with each line joined to it.
 */
const CLOSING_MARKS = new Set('。；;：:！!？?…”’」』）)】]');
const isClosed = (text: string): boolean => text.length > 0 && CLOSING_MARKS.has(text[text.length - 1]);
/** Markers that open a heading or a numbered item: 第一章, 第一条, 一、, （一）, 1. , (1), ①, 附件. */
export const STRUCTURE_MARKER =
  /^(第[一二三四五六七八九十百零〇\d]+[章节条部分]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[）)]|\d+[.．、](?!\d)|[（(]\d+[）)]|[①-⑳]|附件|附表|[【〖])/;
/** A folio: "— 12 —", "- 3 -", "·12·". */
const FOLIO = String.raw`(?:[-—–－~～]{1,2}\s*\d{1,4}\s*[-—–－~～]{1,2}|[·•・]\s*\d{1,4}\s*[·•・])`;
/** A gazette's name in a running header, with its issue or not: "X人民政府公报 2022 年第 3 期（总第12期）", "国务院公报 1993年第2号 (总号:720)". */
const HEAD_NAME = String.raw`\S{2,20}公报`;
const HEAD_ISSUE = String.raw`\s*\d{4}\s*年?\s*第\s*\d{1,3}(?:\s*[-－—–~～、,，至]\s*\d{1,3})?\s*[期号]\s*(?:[（(](?:总第\s*\d+\s*[期号]|总号\s*[:：]?\s*\d+|合刊)[）)])?`;
/**
 * Page furniture: a folio alone, "第 4 页", a running header (the gazette's name with its issue),
 * and a running header printed beside the folio ("白河县人民政府公报 ·3·", "·4· X公报 2023年第5期").
 * The name alone is not furniture: it is the cover's masthead.
 */
const FOLIO_ALONE = new RegExp(`^${FOLIO}$`);
const PAGE_OF = /^第\s*\d{1,4}\s*页(\s*共\s*\d+\s*页)?$/;
const FURNITURE = [
  FOLIO_ALONE,
  PAGE_OF,
  new RegExp(`^${HEAD_NAME}${HEAD_ISSUE}$`),
  new RegExp(String.raw`^${HEAD_NAME}(?:${HEAD_ISSUE})?\s*${FOLIO}$`),
  new RegExp(String.raw`^${FOLIO}\s*${HEAD_NAME}(?:${HEAD_ISSUE})?$`),
];

/** A page number on its own line, without marks: a 目录 entry's page, or a bare folio. */
export function isPageNumberLine(text: string): boolean {
  return /^\d{1,4}$/.test(text.trim());
}

/** A page's folio alone on its line (— 14 —, ·3·, 第 4 页 共 9 页): furniture in any text. */
export function isFolio(line: string): boolean {
  // Runs on every line of every text: most are longer than any folio and fail here.
  if (line.length > 24) return false;
  const t = line.trim();
  return t.length <= 16 && (FOLIO_ALONE.test(t) || PAGE_OF.test(t));
}

export function isFurniture(line: string): boolean {
  return FURNITURE.some((re) => re.test(line.trim()));
}

/**
 * Paragraph and line-break markup that a web editor left in a table cell (<p>…</p> <p>…</p>,
 * <br/>, &nbsp;). Only these: any other markup is the document's own text and is kept, to be
 * shown escaped.
 */
const EDITOR_MARKUP = /<\/?p(?:\s[^<>]*)?>|<br\s*\/?>|&nbsp;/gi;

/** Cleans one line: LaTeX residue, editor markup, stray list bullets, tabs. */
function cleanLine(text: string): string {
  return text
    .replace(/\\times/g, '×')
    .replace(EDITOR_MARKUP, ' ')
    .replace(/ {2,}/g, ' ')
    .replace(/\t+/g, ' ')
    .replace(/^\s*[-•·▪]\s+/, '')
    .trim();
}

/** A heading: a marker followed by a short text without sentence punctuation. */
export function isHeading(text: string): boolean {
  const t = compact(text);
  return STRUCTURE_MARKER.test(t) && t.length <= 40 && !/[，。；,;]/.test(t.replace(/^[（(][^）)]*[）)]/, ''));
}

/** A title line: 关于…的通知, or a short line ending with a 文种 word. */
function isTitleLike(text: string): boolean {
  const t = compact(text);
  if (/[，。；,;：:]/.test(t) || t.length > 80) return false;
  if (/关于/.test(t) && titleTypeWord(t) !== undefined) return true;
  return t.length <= 40 && !/^[（(]/.test(t) && loadDocumentGrammar().standaloneTitleTypes.some((w) => t.endsWith(w));
}

/** The head of a decree (河川省人民政府令), its number on the next line (第215号). */
const DECREE_HEAD = /^[^，。；,;：:\s]{2,24}令$/;
const DECREE_SERIAL = /^第\s*[\d０-９]{1,5}\s*[号號]$/;
/** Cover lines of an issue: "…主办", "…编印", "2024年2月10日出版". */
const COVER_LINE = /(主管|主办|编印|编辑出版|出版)(（[^）]*）)?$/;

function standsAlone(text: string): boolean {
  const t = compact(text);
  return (
    DECREE_HEAD.test(t) ||
    // The 版记: 抄送：… and "…办公室 2022年3月16日印发" close a document.
    (/印发$/.test(t) && t.length <= 40) ||
    loadGazetteLayout().signOffPrefixes.some((p) => t.startsWith(p)) ||
    DECREE_SERIAL.test(t) ||
    // A red head (X人民政府文件), and a page number on its own line (a 目录 entry's, or a folio).
    isRedHead(t) ||
    isPageNumberLine(t) ||
    (COVER_LINE.test(t) && t.length <= 40) ||
    parseDocNumber(t) !== undefined ||
    parseChineseDate(t) !== undefined ||
    publicityNote(t) !== undefined ||
    /^[（(]附件[^）)]*[）)]$/.test(t) ||
    // A table-of-contents entry ends with its number and page: 夏政办函(2023)53号.....41
    /[号號][）)]?[\s.…·．]*\d{1,4}$/.test(t) ||
    isTitleLike(t) ||
    sectionType(t) !== undefined ||
    isHeading(t) ||
    isContentsHeading(text)
  );
}

/** Titles a text quotes in 《》: an attached document's heading repeats the one its 印发 notice quotes. */
const QUOTED_TITLE = /《([^《》\n]{4,60})》/g;

/** A line of a list of labels and values: 组  长：李某某 区长, 成 员：…, 联系电话：… */
const LABEL_VALUE = /^[^，。；,;：:]{1,6}[：:]\s*\S/;

function shouldJoin(previous: string, next: string, following: string | undefined, quoted: ReadonlySet<string>): boolean {
  // Compacted once: the paragraph so far grows with every line joined to it.
  const flatPrevious = compact(previous);
  const flatNext = compact(next);
  // A decree's number broken after its head: 河川省人民政府令 / 第215号, / （第215号）, / 第二号,
  // / 〔2021〕第5号 (the rule single documents read it by); a 令 that names no organ's series
  // (某区森林防火禁火令 / 第2号) still joins its plain serial, as it always did.
  if (numberUnderName(previous, next)?.kind === 'decree' || (DECREE_HEAD.test(flatPrevious) && DECREE_SERIAL.test(flatNext))) return true;
  if (isClosed(previous)) return false;
  // Lines of a label list (组长： / 副组长： / 成员：) each stand alone.
  if (LABEL_VALUE.test(flatPrevious) && LABEL_VALUE.test(flatNext)) return false;
  // The attached document's own title (现将《X实施方案》印发给你们 … X实施方案 / 为深入贯彻…).
  if (quoted.has(flatPrevious)) return false;
  if (standsAlone(previous) || standsAlone(next)) return false;
  if (STRUCTURE_MARKER.test(flatNext)) return false;
  // A signature line: an issuer name followed by a date.
  if (isIssuerName(previous) || (isIssuerName(next) && following !== undefined && parseChineseDate(compact(following)))) return false;
  return true;
}

/**
 * Rebuilds paragraphs from the lines of a gazette.
 *
 * @example repairParagraphs(text).paragraphs.map(p => p.text) // ['…免征增值税；…', …] for "…免征" / "" / "增值税；…"
 */
export function repairParagraphs(input: SourceText): RepairedText {
  const messages: Message[] = [...input.messages];
  const lines: Array<{ text: string; index: number; line: SourceLine }> = [];
  let furniture = 0;
  input.lines.forEach((line, index) => {
    const text = cleanLine(line.text);
    if (!text) return;
    // Before cleaning too: "- 3 -" would lose its leading dash as a bullet and join the next line.
    if (isFurniture(line.text) || isFurniture(text)) {
      furniture++;
      return;
    }
    lines.push({ text, index, line });
  });
  if (furniture > 0) messages.push({ level: 'info', origin: 'repair-paragraphs', message: `removed ${furniture} lines of page furniture` });

  const paragraphs: Paragraph[] = [];
  // The paragraph's text so far as one string, not its lines joined again for every line read.
  // `flat` is removeCjkSpaces(text), kept as lines join: lines are trimmed and glued with a space
  // only between Latin letters or digits, so no space between Chinese characters spans two lines
  // and the paragraph's spaces need not be read again for every line.
  let current: { text: string; flat: string; raw: string[]; start: number; end: number; page?: number; pageEnd?: number } | undefined;
  const flush = () => {
    if (!current) return;
    paragraphs.push({
      text: current.flat.replace(/\s{2,}/g, ' '),
      raw: current.raw.join('\n'),
      lineStart: current.start,
      lineEnd: current.end,
      ...(current.page !== undefined ? { page: current.page, pageEnd: current.pageEnd ?? current.page } : {}),
    });
    current = undefined;
  };
  const quoted = new Set<string>();
  lines.forEach((entry, i) => {
    const previous = current?.text;
    const next = removeCjkSpaces(entry.text);
    const joins = current && previous !== undefined && shouldJoin(current.flat, next, lines[i + 1]?.text, quoted);
    for (const [, title] of entry.text.matchAll(QUOTED_TITLE)) quoted.add(compact(title));
    if (current && joins) {
      // Chinese lines join without a space; Latin words and numbers keep one.
      const glue = /[A-Za-z0-9]$/.test(previous) && /^[A-Za-z0-9]/.test(entry.text) ? ' ' : '';
      current.text += glue + entry.text;
      current.flat += glue + next;
      current.raw.push(input.lines[entry.index].text);
      current.end = entry.index;
      if (entry.line.page !== undefined) current.pageEnd = entry.line.page;
      return;
    }
    flush();
    current = { text: entry.text, flat: next, raw: [input.lines[entry.index].text], start: entry.index, end: entry.index, page: entry.line.page, pageEnd: entry.line.page };
  });
  flush();
  return { source: input.source, paragraphs, messages };
}
