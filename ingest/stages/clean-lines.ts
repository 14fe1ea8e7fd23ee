/**
 * @module ingest/stages/clean-lines
 * The first stage: takes out what a saved web page or a mirror site adds around a document —
 * breadcrumbs, print/close/font-size/share widgets, CMS fields (来源, 浏览次数, 发布时间), HTML
 * left in the text, spam lines and spam words put in place of an organ's name, a page printed
 * twice — and folds traditional script to simplified (removing the pinyin such mirrors leave
 * after a character: 絳政辦發(fā) → 绛政办发), so every later stage reads the document as printed.
 *
 * The 政府信息公开 metadata lines (索引号, 发文机关, 文号, 成文日期, 发布日期, 有效性 …) are kept:
 * the header stage reads them. A removed line is left empty rather than taken out, so line
 * numbers and pages still point into the file as read; only a page whose line breaks were lost
 * (lost-line-breaks) gives more lines than it had, each on its line's page. What was removed is counted in
 * messages, one per kind. The word lists are data (data/page-noise.json).
 */
import { decodeHTMLStrict } from 'entities';
import { findMalformedDocNumbers } from '../../src/domain/doc-number';
import { loadPageNoise, type PageNoise } from '../../src/domain/page-noise';
import type { Message, SourceLine, SourceText } from '../../src/model';
import { toSimplified, traditionalCodeUnits } from '../../src/text/fold-script';
import { compact, isSpaceCode } from '../../src/text/normalize';
import { colonBlockLabels, gluedFields } from './glued-labels';
import { lostLineBreaks, WHOLE_TEXT_RUN_ON_CHARS } from './lost-line-breaks';
import { isByline, publicationStamp, stampsInstant, trackSource, type SourceTrack } from './page-stamp';
import { withoutJammer } from './page-jammer';
import { unwrapColumn } from './unwrap-column';
import { isFolio } from './repair-paragraphs';
import { withoutSourceCitation } from './source-citation';

/** What was done to a text, counted for the messages. */
interface Counts {
  html: number;
  folded: number;
  pinyin: number;
  spamWords: number;
  spamLines: number;
  jammer: number;
  navigation: number;
  widgets: number;
  cmsFields: number;
  furniture: number;
  duplicate: number;
  duplicateFrom: number;
  rebroken: number;
  unwrapped: number;
  /** The first publication stamp a dropped CMS line held. */
  stamp?: string;
  source: SourceTrack; // the source a CMS line named, whose byline below is dropped
}

// A tag the line ends inside (<P style='LAYOUT-GRID-MODE: char; …, its > on a line the page lost) goes too.
const HTML_TAG = /<!--[\s\S]*?-->|<\/?[a-zA-Z][\w:-]*(?:\s[^<>]*)?\/?>|<[a-zA-Z][\w:-]*\s+[\w:-]+\s*=[^<>]*$/g;
const BULLET = /^[\s•·\-*●◆■▪►]+/;
/** What may stand before a CMS field besides other fields: a date, a time, punctuation. */
const DATE_OR_PUNCT = /^[\s\d\-:：/.年月日时分秒|｜·•?？【】[\]（）()]*$/;
const WIDGET_SPLIT = /[\s|｜【】[\]（）()：:、,，/]+/;
const FIRST_WIDGET_TOKEN = /^[\s|｜【】[\]（）()：:、,，/]*([^\s|｜【】[\]（）()：:、,，/]+)/;
/** Lines longer than this are never a row of buttons, and a furniture word inside them is text. */
const MAX_WIDGET_CHARS = 60;
const MAX_FURNITURE_CHARS = 80;
/** The longest line furnitureLines' patterns describe (版权所有：… with its 60 characters). */
const MAX_FURNITURE_LINE_CHARS = 120;

/** The share of a text's characters one line holds when the text is that line run together. */
const WHOLE_TEXT_SHARE = 0.6;

/** Characters that make a check worth running on a line; most lines hold none of them. */
const MARKUP = 1;
const TONE = 2;
const HALF_WIDTH = 4;
const SEPARATOR = 8;
const COLON = 16;
const OPEN_BRACKET = 32;
/** A traditional character, or a surrogate (the few traditional characters beyond the BMP). */
const MAYBE_TRADITIONAL = 64;
/** An ASCII symbol that text rarely holds and a forum's anti-copy string always does. */
const JAMMER_SYMBOL = 128;

let flagTable: { rules: PageNoise; table: Uint8Array } | undefined;

/** Flags by UTF-16 code unit, built once from the rules' own characters. */
function flagsTable(rules: PageNoise): Uint8Array {
  if (flagTable?.rules === rules) return flagTable.table;
  const table = new Uint8Array(0x10000);
  const traditional = traditionalCodeUnits();
  for (let code = 0; code < 0x10000; code++) if (traditional[code] === 1 || (code >= 0xd800 && code <= 0xdbff)) table[code] |= MAYBE_TRADITIONAL;
  const mark = (chars: Iterable<string>, flag: number) => {
    for (const ch of chars) table[ch.charCodeAt(0)] |= flag;
  };
  mark('<&', MARKUP);
  mark(rules.toneMarks, TONE);
  mark(rules.halfWidthPunctuation.keys(), HALF_WIDTH);
  mark(rules.breadcrumbSeparatorChars, SEPARATOR);
  mark(':：', COLON);
  // Where a document number may stand (its year follows an opening bracket).
  mark('〔（([【［﹝„〖', OPEN_BRACKET);
  mark('#$%^&*+=@~`\\|{}[]', JAMMER_SYMBOL);
  flagTable = { rules, table };
  return table;
}

/** The flags of every character of a line, in one pass. */
function flagsOf(text: string, table: Uint8Array): number {
  let flags = 0;
  for (let i = 0; i < text.length; i++) flags |= table[text.charCodeAt(i)];
  return flags;
}

/** The line without surrounding spaces and leading bullets; most lines are returned as they are. */
function withoutBullet(text: string): string {
  // A line starting with a Chinese character (most do) has no bullet; a space at its end is rare.
  const code = text.charCodeAt(0);
  if (code >= 0x3400 && code <= 0x9fff && !isSpaceCode(text.charCodeAt(text.length - 1))) return text;
  return text.trim().replace(BULLET, '');
}

/**
 * HTML tags and entities a converter left in the text: <p>, &nbsp;, &#8220;. Entities only with
 * their semicolon (the `entities` package's strict decoder): R&D and &copy without one stay text.
 */
function stripHtml(text: string): string {
  const bare = text.replace(HTML_TAG, '');
  // A page's spacing entities are the spaces it meant, as the text's other spaces are (not U+00A0).
  return bare.includes('&') ? decodeHTMLStrict(bare.replace(/&(?:nbsp|ensp|emsp);/gi, ' ')) : bare;
}

/**
 * The longest breadcrumb or CMS-field line: a longer line that starts like one (您的位置：首页 » …,
 * 发布日期：… 来源：…) is a page whose line breaks were lost, the whole document after — text to keep.
 */
const MAX_NAVIGATION_CHARS = 150;

/** A breadcrumb: 当前位置：首页 > …, or short parts joined by > » › naming the home page. */
function isNavigation(text: string, rules: PageNoise, flags: number): boolean {
  if (text.length > MAX_NAVIGATION_CHARS) return false;
  if (rules.navigation.test(text)) return true;
  if ((flags & SEPARATOR) === 0) return false;
  const separators = text.match(rules.breadcrumbSeparator);
  if (!separators) return false;
  const parts = text.split(rules.breadcrumbSeparator).map((p) => compact(p)).filter(Boolean);
  if (parts.length < 2 || parts.some((p) => p.length > 20)) return false;
  if (parts.some((p) => rules.homeWords.some((w) => p.includes(w)))) return true;
  // Without a home page, only spaced separators make a path (一级>二级>三级 is a ranking).
  return parts.length >= 3 && separators.every((s) => s !== s.trim());
}

/** A breadcrumb whose separators the page drew as images, left as spaces (EHS中国 法规首页 太原市消防条例): short parts, no sentence, one before the last ending in a home word. */
function isSpacedBreadcrumb(text: string, rules: PageNoise): boolean {
  if (text.length > MAX_NAVIGATION_CHARS || /[，。；,;:：!！?？]/.test(text)) return false;
  const parts = text.trim().split(/\s+/);
  return parts.length >= 3 && parts.every((p) => p.length <= 20) && parts.slice(0, -1).some((p) => rules.homeWords.some((w) => p.endsWith(w)));
}

/** An aggregator's or portal's line: 相关推荐, 上一篇：…, 版权所有：…, 本网站已经支持IPV6 … */
function isFurnitureLine(text: string, rules: PageNoise): boolean {
  if (text.length > MAX_FURNITURE_LINE_CHARS) return false;
  return rules.furnitureLine.test(text) || (text.length <= MAX_FURNITURE_CHARS && rules.furnitureContains.some((w) => text.includes(w)));
}

/** A row of buttons: 字号：大 中 小, 【打印】【关闭】, 繁体 | 本网站已经支持IPV6. */
function isWidgetLine(text: string, rules: PageNoise): boolean {
  // Most lines fail on their first word, before the line is split.
  if (text.length > MAX_WIDGET_CHARS) return false;
  const first = FIRST_WIDGET_TOKEN.exec(text)?.[1];
  if (first === undefined || (!rules.widgetWords.has(first) && !isFurnitureLine(first, rules))) return false;
  const tokens = text.split(WIDGET_SPLIT).filter(Boolean);
  if (tokens.length === 0) return false;
  let strong = false;
  for (const token of tokens) {
    if (rules.strongWidgetWords.has(token)) strong = true;
    else if (!rules.widgetWords.has(token) && !isFurnitureLine(token, rules)) return false;
  }
  return strong;
}

/**
 * A line of CMS fields (来源:… 作者:… 浏览次数:), possibly after a date: undefined when the whole
 * line goes; the part before the first field when that part is a metadata field of its own
 * (发布日期:2019年12月31日 10:46:11来源:阅读:字体大小:[大][小] keeps 发布日期…); else the line.
 */
function withoutCmsFields(text: string, rules: PageNoise, flags: number): string | undefined {
  // Every field has its colon; most lines have none.
  if ((flags & COLON) === 0) return text;
  let first = -1;
  const matches = [...text.matchAll(rules.cmsLabel)];
  for (let k = 0; k < matches.length; k++) {
    const m = matches[k];
    const value = text.slice(m.index + m[0].length, matches[k + 1]?.index ?? text.length);
    // 时间：2023年5月10日 or a span (时间：2025年2月12日18:30至活动结束) may be a notice's own content.
    if (rules.clockLabels.has(m[1]) && !stampsInstant(value)) continue;
    first = m.index;
    break;
  }
  // CMS fields fill the rest of a short line; a long rest is a whole page run into this line.
  if (first < 0 || text.length - first > MAX_NAVIGATION_CHARS) return text;
  const before = text.slice(0, first).replace(BULLET, '');
  if (DATE_OR_PUNCT.test(before)) return undefined;
  return rules.metadataLabel.test(compact(before)) ? text.slice(0, first).trimEnd() : text;
}

function isSpamLine(text: string, rules: PageNoise): boolean {
  if (!rules.anySpamLineWord.test(text)) return false;
  let hits = 0;
  for (const word of rules.spamLineWords) if (text.includes(word) && ++hits >= 2) return true;
  return false;
}

/**
 * Ideographic spaces a page saved in one encoding and read in another turned into question marks
 * (甘肃省人民政府???????? / 2023年1月19日????????): a run of them beside Chinese is the spacing
 * that set the 落款 apart, not text — left in, they glue the 落款 to the lines around it.
 */
const LOST_SPACES = /(?<=[\u3400-\u9fff\u3000-\u303f\uff08\uff09])\?{2,}|\?{2,}(?=[\u3400-\u9fff])/g;

/** One line folded and cleaned; undefined when the whole line is page furniture or spam. */
function cleanLine(raw: string, rules: PageNoise, counts: Counts): string | undefined {
  const table = flagsTable(rules);
  let flags = flagsOf(raw, table);
  let text = raw;
  if (flags & MARKUP) {
    text = stripHtml(raw);
    if (text !== raw) {
      counts.html++;
      flags = flagsOf(text, table);
    }
  }
  if (flags & MAYBE_TRADITIONAL) {
    const simplified = toSimplified(text);
    if (simplified !== text) {
      counts.folded++;
      // A mirror that converted the script may leave toneless pinyin too (關(guan) 於(yu));
      // only such lines lose it, since a simplified line may gloss a name in pinyin on purpose.
      text = simplified.replace(rules.plainPinyinResidue, () => {
        counts.pinyin++;
        return '';
      });
    }
  }
  // Each replacement is tried only where its characters occur: most lines have none of them.
  if (flags & TONE) {
    text = text.replace(rules.pinyinResidue, () => {
      counts.pinyin++;
      return '';
    });
  }
  if (flags & HALF_WIDTH) text = text.replace(rules.halfWidth, (ch) => rules.halfWidthPunctuation.get(ch) ?? ch);
  if (text.includes('??')) text = text.replace(LOST_SPACES, (run) => '\u3000'.repeat(run.length));
  // A database's mark before an abstract's text (<正>鲁政办字〔2022〕60号…): the line opens after it.
  const opening = rules.openingMarks.find((m) => text.trimStart().startsWith(m));
  if (opening) text = text.trimStart().slice(opening.length);
  // A folio (— 14 —, ·3·, 第 4 页) is furniture in a single document as in a gazette; tested
  // before the bullet goes, since "- 3 -" would lose its first dash as one.
  if (isFolio(text)) {
    counts.furniture++;
    return undefined;
  }
  if (flags & JAMMER_SYMBOL && text.includes(' ')) {
    const jammed = withoutJammer(text);
    counts.jammer += jammed.runs;
    text = jammed.text;
    if (compact(text).length === 0) return undefined;
  }
  if (flags & COLON) text = text.replace(rules.leadingLabel, ''); // a journal's 摘 要: | before the text run on
  let kept = withoutBullet(text);
  if (kept.length === 0) return text;
  if (isSpamLine(kept, rules)) {
    counts.spamLines++;
    return undefined;
  }
  if (rules.anySpamMarker.test(text)) {
    text = text.replace(rules.spamWords, () => {
      counts.spamWords++;
      return '';
    });
    kept = withoutBullet(text);
  }
  if (isNavigation(kept, rules, flags) || isSpacedBreadcrumb(kept, rules)) counts.navigation++;
  else if (isWidgetLine(kept, rules)) counts.widgets++;
  else if (isFurnitureLine(kept, rules)) counts.furniture++;
  else if (isByline(kept, counts.source)) counts.cmsFields++;
  else {
    const fields = trackSource(counts.source, text, withoutCmsFields(text, rules, flags), rules);
    if (fields !== undefined) return fields;
    counts.cmsFields++;
    counts.stamp ??= publicationStamp(text, rules);
  }
  return undefined;
}

/**
 * Where the page's text was printed a second time: the last lines repeat, line for line, a run
 * that stands earlier, and the run is long enough not to be a repeated title. Returns the
 * indexes (into `lines`) of the second copy.
 */
function secondCopy(lines: string[], rules: PageNoise): number[] {
  const positions: number[] = [];
  const keys: string[] = [];
  lines.forEach((line, i) => {
    const key = compact(line);
    if (key.length > 0) {
      positions.push(i);
      keys.push(key);
    }
  });
  const firstAt = new Map<string, number>();
  keys.forEach((key, k) => {
    if (!firstAt.has(key)) firstAt.set(key, k);
  });
  const { minLines, minChars, minCharsOneLine } = rules.duplicate;
  // The copy ends the page: try each line whose text stood earlier as the copy's start.
  for (let j = 1; j < keys.length; j++) {
    const i = firstAt.get(keys[j])!;
    if (i >= j) continue;
    const length = keys.length - j;
    if (i + length > j) continue;
    let chars = 0;
    let same = true;
    for (let k = 0; k < length && same; k++) {
      same = keys[i + k] === keys[j + k];
      chars += keys[j + k].length;
    }
    if (same && ((length >= minLines && chars >= minChars) || chars >= minCharsOneLine)) return positions.slice(j);
  }
  return [];
}

/**
 * Numbers that lost their closing bracket (牟政办发〔201746): the text keeps them as written, and
 * a warning says so, since no stage can give them a canonical form.
 */
function malformedNumbers(texts: string[], rules: PageNoise): Message[] {
  const table = flagsTable(rules);
  const out: Message[] = [];
  texts.forEach((text, i) => {
    if ((flagsOf(text, table) & OPEN_BRACKET) === 0) return;
    for (const m of findMalformedDocNumbers(text)) out.push({ level: 'warning', origin: 'clean-lines', message: m.problem, line: i + 1 });
  });
  return out;
}

function messagesOf(counts: Counts): Message[] {
  const info = (message: string): Message => ({ level: 'info', origin: 'clean-lines', message });
  const out: Message[] = [];
  if (counts.unwrapped > 0) out.push(info(`文字按固定宽度折行，已将 ${counts.unwrapped} 处折行接回 (a column wrapped the lines; joined ${counts.unwrapped} back)`));
  if (counts.rebroken > 0) out.push(info(`整页文字连成一行，已在 ${counts.rebroken} 处按公文格式恢复换行 (a page's line breaks were lost; broke it again where its lines ended, ${counts.rebroken} breaks)`));
  if (counts.folded > 0) out.push(info(`已将 ${counts.folded} 行繁体字转为简体 (folded ${counts.folded} lines from traditional script)`));
  if (counts.pinyin > 0) out.push(info(`已去除 ${counts.pinyin} 处汉字后的拼音 (removed ${counts.pinyin} pinyin residues)`));
  if (counts.html > 0) out.push(info(`已去除 ${counts.html} 行中的 HTML 标记 (removed HTML tags or entities from ${counts.html} lines)`));
  const furniture = counts.navigation + counts.widgets + counts.cmsFields + counts.furniture;
  if (furniture > 0) {
    out.push(info(`已去除 ${furniture} 行网页元素：导航 ${counts.navigation}、按钮 ${counts.widgets}、来源/浏览等 ${counts.cmsFields}、其他 ${counts.furniture} (removed ${furniture} lines of page furniture)`));
  }
  if (counts.spamLines + counts.spamWords > 0) {
    out.push(info(`已去除垃圾信息：${counts.spamLines} 行、${counts.spamWords} 处词语 (removed ${counts.spamLines} spam lines and ${counts.spamWords} spam words)`));
  }
  if (counts.jammer > 0) out.push(info(`已去除 ${counts.jammer} 处论坛防复制乱码 (removed ${counts.jammer} forum anti-copy strings)`));
  if (counts.duplicate > 0) {
    out.push(info(`正文重复出现，已去除第 ${counts.duplicateFrom} 行起的第二份 (${counts.duplicate} 行) (the page was printed twice; dropped the second copy)`));
  }
  return out;
}

/**
 * @example cleanLines(text).lines.map((l) => l.text)
 *   // ['当前位置：首页 > 政务公开', '絳政辦發(fā)〔2023〕14號'] → ['', '绛政办发〔2023〕14号']
 */
export function cleanLines(input: SourceText): SourceText {
  const rules = loadPageNoise();
  const counts: Counts = { html: 0, folded: 0, pinyin: 0, spamWords: 0, spamLines: 0, jammer: 0, navigation: 0, widgets: 0, cmsFields: 0, source: { since: 0 }, furniture: 0, duplicate: 0, duplicateFrom: 0, rebroken: 0, unwrapped: 0 };
  // A page whose line breaks were lost is broken again where its lines ended, so that furniture,
  // head and body are told apart line by line as on any page.
  // So is a text a narrow column wrapped, its wrapped lines joined back (judged on the lines as
  // read: a mirror's pinyin, taken out below, leaves a full line shorter than the column).
  const unwrapped = unwrapColumn(input.lines);
  counts.unwrapped = input.lines.length - unwrapped.length;
  // A short document run together is a shorter line that holds nearly the whole text.
  const total = unwrapped.reduce((n, line) => n + line.text.length, 0);
  // So is a run of labelled fields glued to each other, before it (its last value may run on into the text).
  const source = unwrapped.flatMap((line) => {
    const parts = gluedFields(line.text).flatMap((piece) => lostLineBreaks(piece, line.text.length >= total * WHOLE_TEXT_SHARE ? WHOLE_TEXT_RUN_ON_CHARS : undefined));
    return parts.length === 1 ? [line] : parts.map((text) => ({ ...line, text }));
  });
  counts.rebroken = source.length - unwrapped.length;
  // A journal database's 出处 record (《某省人民政府公报》 / 2009年第13期…) is where the text was printed, not the text.
  const texts = withoutSourceCitation(colonBlockLabels(source.map((line) => cleanLine(line.text, rules, counts) ?? '')), rules.citationLabel);
  const copy = secondCopy(texts, rules);
  for (const i of copy) texts[i] = '';
  const malformed = malformedNumbers(texts, rules);
  counts.duplicate = copy.length;
  counts.duplicateFrom = copy.length > 0 ? copy[0] + 1 : 0;
  let changed = source.length !== input.lines.length;
  const lines: SourceLine[] = source.map((line, i) => {
    if (texts[i] === line.text) return line;
    changed = true;
    return { ...line, text: texts[i] };
  });
  if (!changed && malformed.length === 0) return input;
  const stamped = counts.stamp && !input.fields?.stampedOn ? { fields: { ...input.fields, stampedOn: counts.stamp } } : {};
  return { ...input, ...stamped, lines, messages: [...input.messages, ...messagesOf(counts), ...malformed] };
}
