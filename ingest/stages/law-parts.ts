/**
 * @module ingest/stages/law-parts
 * Where the parts of a law stand in a text: its decree (政府令 above the title), title, head
 * (history, numbers, labelled fields) and body, and the body that adopted it — or nothing, when
 * the text is not a law, regulation or rule (a 公文 carrying one, a county's 办法, a gazette).
 * What the document then says (dates, level, validity, paragraphs) is read-law's.
 */
import { numberUnderName } from '../../src/domain/doc-number';
import {
  findLawBody,
  isNotLawMakingPlace,
  knownLevel,
  lawFieldLine,
  lawTitleEnding,
  levelOfTitle,
  type LawGrammar,
} from '../../src/domain/law-grammar';
import type { DocumentFields, SourceLine } from '../../src/model';
import { compact, foldWidth } from '../../src/text/normalize';
import { firstArticle } from './law-outline';
import { handsOnText, printedAsDocument, printsDocumentHead } from './issued-rules';
import { decreeOnly, type DecreeOnly } from './decree-only';
import { decreeBlockLength, findLawNumbers, isBodyName, isHeadLine, isLabelAboveTitle, isNumberLine, readHistory, type HistoryEntry, type LawNumber } from './law-head';
import { isMetadataRow } from './read-metadata-lines';

/** A non-empty line without its Markdown marks, and where it stood in the source. */
export interface LawLine {
  text: string;
  index: number;
  /** Depth of a Markdown heading (# → 1, ## → 2), 0 for other lines. */
  heading: number;
  /** Index of the last source line, when the line continues over several (a history line broken mid-way). */
  end?: number;
}

/** Lines between the title and the body that may be history; more is a body without articles. */
const MAX_HEAD_LINES = 40;
/** Lines under the name of rules not written in articles where the 公文 issuing them would stand (its title, number, 主送, 现将…印发). */
const HANDED_ON_WITHIN = 8;

/** Markdown marks a saved law carries (headings, emphasis, quotes, comments: <!-- INFO END -->) and a portal's list bullets. */
export function plainLines(lines: SourceLine[]): LawLine[] {
  const out: LawLine[] = [];
  lines.forEach((line, index) => {
    const raw = line.text.replace(/<!--.*?-->/g, '');
    const heading = raw.match(/^\s{0,3}(#{1,6})\s/)?.[1].length ?? 0;
    const text = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s{0,3}>\s?/, '')
      // A portal's list bullet before a line (•   某市人民政府令): its item, not the text's.
      .replace(/^\s*[•·●▪◆]\s*/, '')
      .replace(/\*\*|__/g, '')
      .replace(/^\s*(?:[-*_]\s*){3,}$/, '')
      .trim();
    if (text && text !== '#') out.push({ text, index, heading });
  });
  return out;
}

/** A line that can continue a title split over lines: short, no sentence punctuation, not a head or body line. */
function continuesTitle(title: string, next: LawLine, first: LawLine, g: LawGrammar): boolean {
  const t = compact(next.text);
  if (t.length > 40 || /[，。；：,;:！？]/.test(t)) return false;
  if (first.heading !== next.heading) return false;
  // Two headings of one depth: 中华人民共和国民法典 / 总则.
  if (first.heading > 0 && g.partOfCode.test(t)) return true;
  if (isHeadLine(t, g) || isNumberLine(t, g) || g.contents.test(t) || g.preamble.test(t)) return false;
  if (g.structure.some((s) => s.re.test(t))) return false;
  if (/^[（(][^）)]*[）)]$/.test(t) || g.partOfCode.test(t)) return true;
  // Markdown says so; in plain text only a title not yet ended continues (关于…的 / 解释).
  return first.heading > 0 || lawTitleEnding(title, g) === undefined;
}

/** The most lines past its first a title is split over that titleLine looks at (readTitle joins as many). */
const TITLE_SPLIT_LINES = 2;

/**
 * Where the title stands: the first line that reads as a law's title (ends like one, short, no
 * sentence), within the first lines — a page copied from the web opens with its navigation and
 * a "作者: 时间: 来源:" line. Undefined when a masthead or 目录 comes first (a gazette) or no line
 * reads so.
 */
function titleLine(lines: LawLine[], from: number, g: LawGrammar): number | undefined {
  for (let i = from; i < Math.min(lines.length, from + g.titleWithin); i++) {
    // A database's note after the title that the text follows (…的决定 附:修正本) is no part of it.
    const t = compact(lines[i].text).replace(g.titleAppendix, '');
    if (g.notBeforeTitle.test(t) || g.recipients.test(t)) return undefined;
    if (t.length < 4 || t.length > 80 || /[，。；,;]/.test(t.replace(/《[^》]*》/g, '')) || /https?:|www\./.test(t)) continue;
    // 标题：某某管理规定 above the text is a 政府信息公开 row naming the title, not the title printed.
    if (isMetadataRow(lines[i].text)) continue;
    // 附件：1.某办法 is a 公文's list of what it carries, printed above its 落款: no title.
    if (g.attachmentListLine.test(t)) continue;
    if (lawTitleEnding(t, g) && !isHeadLine(t, g)) return i;
    // A title split over two lines (最高人民法院关于审理…案件 / 适用法律若干问题的解释) or three, as a
    // gazette sets a long one (某市人民政府关于机构改革 / 涉及市政府规章和规范性文件规定的 / 行政机关职责调整问题的决定):
    // its first line opens it, however many lines it takes to end.
    if (isHeadLine(t, g)) continue;
    // Labels above a whole title (您的当前位置: / 省人大颁布的地方法规 / 某省预算管理条例) are none of its lines.
    let joined = t;
    let previous = t;
    for (let k = 1; k <= TITLE_SPLIT_LINES; k++) {
      const next = lines[i + k] ? compact(lines[i + k].text) : '';
      if (next.length === 0 || next.length > 40 || /[，。；,;：:]/.test(next) || isHeadLine(next, g)) break;
      if (k > 1 && (/[:：]$/.test(t) || isLabelAboveTitle(previous, next, g))) break;
      joined += next;
      if (lawTitleEnding(joined, g)) {
        if (k > 1 || !isLabelAboveTitle(t, next, g)) return i;
        break;
      }
      previous = next;
    }
  }
  return undefined;
}

/** The title (first meaningful line, with its continuations) and the index of the line after it. */
function readTitle(lines: LawLine[], at: number, g: LawGrammar): { title: string; next: number } {
  const first = lines[at];
  let title = first.text.replace(g.titleAppendix, '').replace(/\s{2,}/g, ' ').trim();
  let next = at + 1;
  while (next < lines.length && next - at < 4 && continuesTitle(title, lines[next], first, g)) {
    const part = lines[next].text.trim();
    // 中华人民共和国民法典 + 人格权编: a part after a whole title keeps a space; a title split mid-way does not.
    const glue = lawTitleEnding(title, g) && !/^[（(]/.test(part) ? ' ' : '';
    title = `${title}${glue}${part}`;
    next++;
  }
  return { title: title.replace(/^《(.*)》$/, '$1').trim(), next };
}

/**
 * A head line cut short: a title bracket left open (《关于修改〈…县 / 乡…〉的决定》), a date cut
 * inside (2014年9月26 / 日山东省…批准), or a date with a few words and no verb (2017年7月28日 山东省 /
 * 第十二届…修正).
 */
function continuesOnNextLine(text: string, g: LawGrammar): boolean {
  const open = (a: string, b: string) => text.split(a).length > text.split(b).length;
  if (open('《', '》') || open('〈', '〉') || open('（', '）')) return true;
  const t = foldWidth(compact(text));
  if (/\d{4}年(\d{1,2}月(\d{1,2})?)?$/.test(t)) return true;
  const last = readHistory([t], g).at(-1);
  // (2021年2月18日): a bracketed date closed on its own line is whole — the next line is the text's.
  if (last !== undefined && /^[)）\]】]+$/.test(last.text)) return false;
  return last !== undefined && last.text.length > 0 && last.text.length < 12 && !last.verb && !last.body && !last.effectiveOnly;
}

/** A line that opens the text: 第一章, 第一条, 目录, 序言. */
export function opensBody(text: string, g: LawGrammar): boolean {
  const t = compact(text);
  return g.structure.some((s) => s.re.test(t)) || g.contents.test(t) || g.preamble.test(t);
}

/** A row of a table flattened with bars: a short first cell, then at least two more bars. */
const TABLE_ROW = /^[^|｜]{1,20}[|｜][^|｜]*[|｜]/;

/** A row of a page's 政府信息公开 table, not a labelled line of the law's own (颁布日期:…) nor an article. */
function isPageRow(text: string, g: LawGrammar): boolean {
  return !lawFieldLine(text, g) && !opensBody(text, g) && (isMetadataRow(text) || TABLE_ROW.test(compact(text)));
}

/** A field a database left empty: dashes, or 无. */
const EMPTY_VALUE = /^(?:[-—–－_\/]+|无)$/;

/** Lines of a page's buttons and notes a law database sets between a title and its labelled lines. */
const PAGE_LINES_BEFORE_LABELS = 8;

/**
 * The first labelled line (颁布部门：…) within a few short lines from `from`, the text not begun
 * before it (no 第一条, 目录, 序言, no long paragraph): else undefined.
 */
function labelledLineBelow(lines: LawLine[], from: number, g: LawGrammar): number | undefined {
  for (let k = from; k < Math.min(lines.length, from + PAGE_LINES_BEFORE_LABELS); k++) {
    if (lawFieldLine(lines[k].text, g)) return k > from ? k : undefined;
    if (opensBody(lines[k].text, g) || compact(lines[k].text).length > 40) return undefined;
  }
  return undefined;
}

/** The head: history lines, numbers and dates after the title, with their continuations joined; a bracket alone is passed over. */
function readHead(lines: LawLine[], from: number, title: string, g: LawGrammar): { head: LawLine[]; end: number } {
  const head: LawLine[] = [];
  const wholeTitle = compact(title);
  let i = from;
  for (; i < lines.length && i - from < MAX_HEAD_LINES; i++) {
    const line = lines[i];
    if (/^[（(）)\s]+$/.test(line.text)) continue;
    // The title printed again, whole or over two lines, as a page repeats it above the text.
    const t = compact(line.text);
    if (t.length >= 4 && wholeTitle.includes(t) && !isHeadLine(t, g)) continue;
    // A 政府信息公开 table printed between the title and the 题注 (索引号 | … | 是否有效 | 是 |) is the
    // page's: passed over, its dates (生成日期) no history — only when a history entry follows it; a
    // page's fields above a 公文's head (发布日期, 浏览次数, then 某市人民政府) end the head as before.
    if (isPageRow(line.text, g)) {
      let k = i;
      while (k < lines.length && (isPageRow(lines[k].text, g) || compact(lines[k].text) === wholeTitle)) k++;
      if (k < lines.length && readHistory([lines[k].text], g).some((e) => e.verb && !e.effectiveOnly)) {
        i = k - 1;
        continue;
      }
      break;
    }
    let text = line.text;
    let j = i;
    while (j + 1 < lines.length && j - i < 4 && continuesOnNextLine(text, g) && !opensBody(lines[j + 1].text, g)) text += lines[++j].text.trim();
    if (!isHeadLine(text, g)) {
      // A law database's buttons and notice between the title and its labelled lines (收藏 / 下载法规 /
      // 资料来自公开网络… / 颁布部门：…) are the page's: passed over to those lines close below.
      const labelled = labelledLineBelow(lines, i, g);
      if (labelled === undefined) break;
      i = labelled - 1;
      continue;
    }
    head.push(j > i ? { ...line, text, end: lines[j].index } : line);
    i = j;
  }
  return { head, end: i };
}

export interface LawParts {
  title: string;
  decree: LawLine[];
  head: LawLine[];
  body: LawLine[];
  history: HistoryEntry[];
  numbers: LawNumber[];
  /** What labelled lines under the title state (公布日期：…, 效力级别：…), as written. */
  stated: DocumentFields;
  /** The body that adopted it (first history entry naming one, or the title's own 最高人民法院关于…). */
  adopter?: { name: string; level: string };
  /** Joint makers a decree names side by side (中华人民共和国卫生部令 中华人民共和国交通部令). */
  issuers?: string[];
}

/** The parts of rules a text holds only the decree of: its sentence names them, the decree is their head. */
function decreeOnlyParts(lines: LawLine[], only: DecreeOnly, g: LawGrammar): LawParts {
  const [adopter] = only.makers;
  return {
    title: only.title,
    decree: lines.slice(only.start, only.end),
    head: [],
    body: lines.slice(only.end),
    history: [],
    numbers: findLawNumbers([only.numberLine], g),
    stated: {},
    ...(adopter ? { adopter } : {}),
    ...(only.makers.length > 1 ? { issuers: only.makers.map((m) => m.name) } : {}),
  };
}

/** The parts of a law, or undefined when the text is not one. */
export function lawParts(lines: LawLine[], g: LawGrammar): LawParts | undefined {
  const texts = lines.map((l) => l.text);
  const only = decreeOnly(texts, g);
  if (only) return decreeOnlyParts(lines, only, g);
  const decreeLength = decreeBlockLength(texts, g);
  const titleAt = titleLine(lines, decreeLength, g);
  if (titleAt === undefined) return undefined;
  // A decree under a page's navigation, above the title: from its first line to the title.
  const decreeAt = decreeLength > 0 ? 0 : texts.slice(0, titleAt).findIndex((_, i) => decreeBlockLength(texts.slice(i, titleAt), g) > 0);
  const decree = decreeAt >= 0 ? lines.slice(decreeAt, decreeAt + Math.max(decreeLength, decreeBlockLength(texts.slice(decreeAt, titleAt), g))) : [];
  // A 公文's head above the title (its number, 关于印发… title, 主送, 现将…印发给你们): the rules are what it carries.
  const prelude = texts.slice(0, titleAt).filter((_, i) => i < decreeAt || i >= decreeAt + decree.length);
  if (printsDocumentHead(prelude, g)) return undefined;
  const { title, next } = readTitle(lines, titleAt, g);
  const ending = lawTitleEnding(title, g);
  // 关于印发…的通知 is the 公文 that carries a text, and a county makes no law: neither is one, whatever follows.
  if (!ending || g.documentTitle.test(compact(title)) || g.replyTitle.test(compact(title)) || isNotLawMakingPlace(title, g)) return undefined;
  const { head, end: bodyStart } = readHead(lines, next, title, g);
  const body = lines.slice(bodyStart);
  // Labelled lines state fields; their dates are no history (施行日期 is not a promulgation).
  const stated: DocumentFields = {};
  for (const l of head) {
    const f = lawFieldLine(l.text, g);
    // A dash or 无 a database fills an empty field with (发文字号:——) states nothing.
    if (f && f.field !== 'other' && f.value && !EMPTY_VALUE.test(f.value.trim())) stated[f.field] ??= f.value;
  }
  const history = readHistory(head.filter((l) => !lawFieldLine(l.text, g)).map((l) => l.text), g);
  // 浙江省人民政府令 / 第388号: a decree's name and number stand on two lines.
  const decreeHead = decree.length > 1 ? [`${decree[0].text}${decree[1].text}`] : [];
  const early = [...head, ...body.slice(0, 6)].map((l) => l.text);
  // A decree printed under the title (某自治区人民政府令 / 第82号) stands on two lines as one above it does.
  const underTitle = early.flatMap((text, i) => (i + 1 < early.length && numberUnderName(text, early[i + 1]) ? [`${compact(text)}${compact(early[i + 1])}`] : []));
  const numbers = findLawNumbers([...decreeHead, ...underTitle, ...early], g);
  // A body with a verb: "2021-01-09 蚌埠市人民政府" is a page's stamp, not an adoption.
  const acting = history.filter((e) => e.body && e.verb && !e.effectiveOnly);
  // A province's or city's title is adopted by its own 人大: a national body above it is a copying slip.
  const titleLevel = levelOfTitle(title, g);
  const local = titleLevel.by === 'title' && g.localLevels.includes(titleLevel.level);
  const fromHistory = ((local && acting.find((e) => g.localLevels.includes(e.body?.level ?? ''))) || acting[0])?.body;
  // 最高人民法院关于…的解释, 国务院关于…的规定: the title names its body. 国务院关于…的通知 is a 公文 though.
  const titleBody = findLawBody(compact(title), g);
  // A government naming itself (XX市人民政府关于…的规定, XX部关于…) writes 公文 as well as rules: only the 国务院 counts, and not for a 通知.
  const namesBody =
    titleBody?.index === 0 &&
    (['司法解释', '法律', '地方性法规'].includes(titleBody.level) || (titleBody.level === '行政法规' && ending.tier !== 'lawBodyOnly'));
  const fromTitle = namesBody && !g.documentTitle.test(compact(title)) ? titleBody : undefined;
  // A body's name alone on a line of the head (河北省人民政府 above its 政府令).
  const named = head.map((l) => (isBodyName(l.text, g) ? findLawBody(compact(l.text), g) : undefined)).find(Boolean);
  // The decree's name (江苏省人民政府令, 中华人民共和国公安部令) names who made the rules it promulgates.
  const decreeBody = decree.length > 0 ? findLawBody(compact(decree[0].text), g) : undefined;
  // A 文种 only a law-making body's history makes a law (实施意见, 通知) is no law for a body's name
  // printed over it: 国务院 above 国务院关于…的实施意见 heads a 公文.
  const byName = ending.tier === 'lawBodyOnly' ? undefined : (named ?? (decreeBody?.index === 0 ? decreeBody : undefined));
  const adopter = fromHistory ?? byName ?? fromTitle;
  const parts = { title, decree, head, body, history, numbers, stated, ...(adopter ? { adopter: { name: adopter.name, level: adopter.level } } : {}) };
  // A law database's copy headed by the rules' name, the 公文 that issued them printed before the
  // first article — or, in rules not written in articles (一、统筹的范围), under the name.
  const articleAt = firstArticle(body.map((l) => l.text), g);
  const lead = articleAt >= 0 ? body.slice(0, articleAt) : body.slice(0, HANDED_ON_WITHIN);
  if (lead.length > 0 && handsOnText(lead.map((l) => l.text), g)) return undefined;
  if (adopter || numbers.length > 0 || knownLevel(stated.level, g)) return parts;
  if (ending.tier === 'lawBodyOnly') return undefined;
  const top = [...head, ...body.slice(0, 3)].map((l) => l.text);
  const beforeArticles = body.slice(0, articleAt >= 0 ? Math.min(articleAt, 6) : 6).map((l) => l.text);
  if (articleAt < 0 || printedAsDocument(top, beforeArticles, g)) return undefined;
  return parts;
}