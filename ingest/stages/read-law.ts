/**
 * @module ingest/stages/read-law
 * Laws, administrative regulations, local regulations and rules (法律, 行政法规, 地方性法规,
 * 规章, 司法解释): recognises such a text and reads it as one document — its title, level,
 * adoption / revision history, promulgation and effective dates, chapters and articles.
 *
 * A text is a law when its title ends like one (法, 条例, 办法 … in data/law-grammar.json) and
 * either a history line names a law-making body, a decree or 法释 number is printed, or the text
 * is numbered in articles (第一条 soon after the title) without being printed as a 公文 (a 公文
 * number such as 劳社部发〔2008〕3号, recipients before the first article, 关于印发…). A county's
 * 办法 is a 规范性文件 — a 公文 — since counties make no rules under the 立法法. The path is never
 * looked at: the same text saved anywhere, as Markdown, plain text or a web page, reads the same.
 */
import { findDates, signOffDate } from '../../src/domain/dates';
import { numberUnderName } from '../../src/domain/doc-number';
import { jointOrgans, withoutProvince } from '../../src/domain/grammar';
import { documentId } from '../../src/domain/ids';
import {
  findDepartment,
  fullBodyName,
  findLawBody,
  isNotLawMakingPlace,
  knownLevel,
  lawFieldLine,
  lawTitleEnding,
  lawType,
  levelOfTitle,
  loadLawGrammar,
  type LawGrammar,
} from '../../src/domain/law-grammar';
import type { DocumentFields, GazetteDocument, Message, Paragraph, SourceLine, SourceText, Validity } from '../../src/model';
import { compact, foldWidth } from '../../src/text/normalize';
import { buildLawOutline, firstArticle } from './law-outline';
import { fieldsNameDocument, handsOnText, printedAsDocument, printsDocumentHead } from './issued-rules';
import { decreeBlockLength, findLawNumbers, isBodyName, isHeadLine, isLabelAboveTitle, isNumberLine, promulgationDate, readHistory, type HistoryEntry, type LawNumber } from './law-head';
import { isMetadataRow } from './read-metadata-lines';
import { STRUCTURE_MARKER } from './repair-paragraphs';

export interface LawContext {
  /** Id of the record the document belongs to. */
  gazetteId: string;
}

/** A non-empty line without its Markdown marks, and where it stood in the source. */
interface Line {
  text: string;
  index: number;
  /** Depth of a Markdown heading (# → 1, ## → 2), 0 for other lines. */
  heading: number;
  /** Index of the last source line, when the line continues over several (a history line broken mid-way). */
  end?: number;
}

const ORIGIN = 'read-law';
/** Lines between the title and the body that may be history; more is a body without articles. */
const MAX_HEAD_LINES = 40;

/** Markdown marks a saved law carries: headings, emphasis, quotes, comments (<!-- INFO END -->). */
function plainLines(lines: SourceLine[]): Line[] {
  const out: Line[] = [];
  lines.forEach((line, index) => {
    const raw = line.text.replace(/<!--.*?-->/g, '');
    const heading = raw.match(/^\s{0,3}(#{1,6})\s/)?.[1].length ?? 0;
    const text = raw
      .replace(/^\s{0,3}#{1,6}\s+/, '')
      .replace(/^\s{0,3}>\s?/, '')
      .replace(/\*\*|__/g, '')
      .replace(/^\s*(?:[-*_]\s*){3,}$/, '')
      .trim();
    if (text && text !== '#') out.push({ text, index, heading });
  });
  return out;
}

/** A line that can continue a title split over lines: short, no sentence punctuation, not a head or body line. */
function continuesTitle(title: string, next: Line, first: Line, g: LawGrammar): boolean {
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

/**
 * Where the title stands: the first line that reads as a law's title (ends like one, short, no
 * sentence), within the first lines — a page copied from the web opens with its navigation and
 * a "作者: 时间: 来源:" line. Undefined when a masthead or 目录 comes first (a gazette) or no line
 * reads so.
 */
function titleLine(lines: Line[], from: number, g: LawGrammar): number | undefined {
  for (let i = from; i < Math.min(lines.length, from + g.titleWithin); i++) {
    const t = compact(lines[i].text);
    if (g.notBeforeTitle.test(t) || g.recipients.test(t)) return undefined;
    if (t.length < 4 || t.length > 80 || /[，。；,;]/.test(t.replace(/《[^》]*》/g, '')) || /https?:|www\./.test(t)) continue;
    // 标题：某某管理规定 above the text is a 政府信息公开 row naming the title, not the title printed.
    if (isMetadataRow(lines[i].text)) continue;
    if (lawTitleEnding(t, g) && !isHeadLine(t, g)) return i;
    // A title split over two lines: 最高人民法院关于审理…案件 / 适用法律若干问题的解释.
    const next = lines[i + 1] ? compact(lines[i + 1].text) : '';
    if (next.length <= 40 && !/[，。；,;：:]/.test(next) && lawTitleEnding(t + next, g) && !isHeadLine(next, g) && !isHeadLine(t, g) && !isLabelAboveTitle(t, next, g)) return i;
  }
  return undefined;
}

/** The title (first meaningful line, with its continuations) and the index of the line after it. */
function readTitle(lines: Line[], at: number, g: LawGrammar): { title: string; next: number } {
  const first = lines[at];
  let title = first.text.replace(/\s{2,}/g, ' ').trim();
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

/** A line that ends its paragraph: closing punctuation, or a heading (第一章 总则). */
const ENDS_PARAGRAPH = /[。；;：:！!？?）)」』”]$/;

/**
 * True when lines look broken mid-sentence (a text converted from PDF): more than a fifth end
 * without closing punctuation and are followed by a line that opens no article or heading.
 * A law saved line by line (Markdown, a web page) keeps its lines as its paragraphs.
 */
function looksBroken(lines: Line[], g: LawGrammar): boolean {
  let open = 0;
  for (let i = 0; i + 1 < lines.length; i++) {
    const t = compact(lines[i].text);
    const next = compact(lines[i + 1].text);
    // A heading (第一章 总则) ends its line; an article (第一条 …) may run on.
    if (ENDS_PARAGRAPH.test(t) || g.structure.some((s) => s.unit !== '条' && s.re.test(t))) continue;
    if (!STRUCTURE_MARKER.test(next) && !g.structure.some((s) => s.re.test(next))) open++;
  }
  return open > lines.length / 5;
}

/** A signature line: an office and a name after its colon (市长：某某, 省长: 某 某). */
const SIGNER = /^[^，。；,;：:]{1,6}[：:][\u3400-\u9fff·]{2,4}$/;

/**
 * Body paragraphs: one per line, or, when the lines look broken, a line joined to the one before
 * it unless that one closed its sentence or is a heading (第一章 总则), or this one opens an
 * article, a heading or an item (第二条, 第三章, （一）). The repair of gazettes
 * (repair-paragraphs) takes a short article line for a heading; a law's own units are surer.
 */
function bodyParagraphs(input: SourceText, lines: Line[], g: LawGrammar, title: string): Paragraph[] {
  if (!looksBroken(lines, g)) return lines.map((l) => lineParagraph(input, l));
  // A signature (市长：某某), its date and the title printed again over the text each end where they end.
  const whole = compact(title);
  const standsAlone = (t: string) => t === whole || SIGNER.test(t) || signOffDate(t) !== undefined;
  const joined: Line[] = [];
  for (const line of lines) {
    const previous = joined.at(-1);
    const t = compact(line.text);
    const opens = STRUCTURE_MARKER.test(t) || opensBody(t, g) || standsAlone(t) || (previous !== undefined && standsAlone(compact(previous.text)));
    const closed = previous && (ENDS_PARAGRAPH.test(compact(previous.text)) || g.structure.some((s) => s.unit !== '条' && s.re.test(compact(previous.text))));
    if (!previous || opens || closed) {
      joined.push(line);
      continue;
    }
    // Chinese lines join without a space; Latin words and numbers keep one.
    const glue = /[A-Za-z0-9]$/.test(previous.text) && /^[A-Za-z0-9]/.test(line.text.trim()) ? ' ' : '';
    joined[joined.length - 1] = { ...previous, text: `${previous.text}${glue}${line.text.trim()}`, end: line.end ?? line.index };
  }
  return joined.map((l) => lineParagraph(input, l));
}

function lineParagraph(input: SourceText, line: Line): Paragraph {
  const end = line.end ?? line.index;
  const page = input.lines[line.index]?.page;
  const raw = input.lines.slice(line.index, end + 1).map((l) => l.text).filter((t) => t.trim()).join('\n');
  return { text: line.text, raw, lineStart: line.index, lineEnd: end, ...(page !== undefined ? { page, pageEnd: input.lines[end]?.page ?? page } : {}) };
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
  return last !== undefined && last.text.length > 0 && last.text.length < 12 && !last.verb && !last.body && !last.effectiveOnly;
}

/** A line that opens the text: 第一章, 第一条, 目录, 序言. */
function opensBody(text: string, g: LawGrammar): boolean {
  const t = compact(text);
  return g.structure.some((s) => s.re.test(t)) || g.contents.test(t) || g.preamble.test(t);
}

/** The head: history lines, numbers and dates after the title, with their continuations joined; a bracket alone is passed over. */
function readHead(lines: Line[], from: number, title: string, g: LawGrammar): { head: Line[]; end: number } {
  const head: Line[] = [];
  const wholeTitle = compact(title);
  let i = from;
  for (; i < lines.length && i - from < MAX_HEAD_LINES; i++) {
    const line = lines[i];
    if (/^[（(）)\s]+$/.test(line.text)) continue;
    // The title printed again, whole or over two lines, as a page repeats it above the text.
    const t = compact(line.text);
    if (t.length >= 4 && wholeTitle.includes(t) && !isHeadLine(t, g)) continue;
    let text = line.text;
    let j = i;
    while (j + 1 < lines.length && j - i < 4 && continuesOnNextLine(text, g) && !opensBody(lines[j + 1].text, g)) text += lines[++j].text.trim();
    if (!isHeadLine(text, g)) break;
    head.push(j > i ? { ...line, text, end: lines[j].index } : line);
    i = j;
  }
  return { head, end: i };
}

interface Recognised {
  title: string;
  decree: Line[];
  head: Line[];
  body: Line[];
  history: HistoryEntry[];
  numbers: LawNumber[];
  /** What labelled lines under the title state (公布日期：…, 效力级别：…), as written. */
  stated: DocumentFields;
  /** The body that adopted it (first history entry naming one, or the title's own 最高人民法院关于…). */
  adopter?: { name: string; level: string };
}

/** The parts of a law, or undefined when the text is not one. */
function recognise(lines: Line[], g: LawGrammar): Recognised | undefined {
  const texts = lines.map((l) => l.text);
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
  if (!ending || g.documentTitle.test(compact(title)) || isNotLawMakingPlace(title, g)) return undefined;
  const { head, end: bodyStart } = readHead(lines, next, title, g);
  const body = lines.slice(bodyStart);
  // Labelled lines state fields; their dates are no history (施行日期 is not a promulgation).
  const stated: DocumentFields = {};
  for (const l of head) {
    const f = lawFieldLine(l.text, g);
    if (f && f.field !== 'other' && f.value) stated[f.field] ??= f.value;
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
  const adopter = fromHistory ?? named ?? (decreeBody?.index === 0 ? decreeBody : undefined) ?? fromTitle;
  const parts = { title, decree, head, body, history, numbers, stated, ...(adopter ? { adopter: { name: adopter.name, level: adopter.level } } : {}) };
  // A law database's copy headed by the rules' name, the 公文 that issued them printed before the first article.
  const articleAt = firstArticle(body.map((l) => l.text), g);
  if (articleAt > 0 && handsOnText(body.slice(0, articleAt).map((l) => l.text), g)) return undefined;
  if (adopter || numbers.length > 0 || knownLevel(stated.level, g)) return parts;
  if (ending.tier === 'lawBodyOnly') return undefined;
  const top = [...head, ...body.slice(0, 3)].map((l) => l.text);
  const beforeArticles = body.slice(0, articleAt >= 0 ? Math.min(articleAt, 6) : 6).map((l) => l.text);
  if (articleAt < 0 || printedAsDocument(top, beforeArticles, g)) return undefined;
  return parts;
}

/** The level, and a message when only the title's ending told it. */
function readLevel(law: Recognised, fields: SourceText['fields'], g: LawGrammar): { level: string; message?: string } {
  const stated = knownLevel(fields?.level, g);
  if (stated) return { level: stated };
  const byTitle = levelOfTitle(law.title, g);
  if (byTitle.by === 'title' && byTitle.level === '宪法') return { level: '宪法' };
  if (law.adopter) return { level: law.adopter.level };
  if (law.numbers.length > 0) return { level: law.numbers[law.numbers.length - 1].level };
  if (byTitle.by === 'title') return { level: byTitle.level };
  return { level: byTitle.level, message: `效力级别按标题推定为“${byTitle.level}”：正文前没有制定机关或公布令 (level guessed from the title's ending)` };
}

/** The 公布 date: the latest adoption / revision / promulgation of the history (as the law's index defines 'publish'). */
function readPublished(law: Recognised, decreeDate: string | undefined): string | undefined {
  // A bare date under the title (1985年12月30日) is its promulgation; a body sentence's date is not in the head.
  const dated = law.history.filter((e) => !e.effectiveOnly && (e.verb || e.body || e.text === '')).map((e) => e.date);
  if (decreeDate) dated.push(decreeDate);
  return dated.sort().at(-1);
}

/** 施行 date: a history line (2009年1月1日 施行), the decree's or the last article's 自…起施行. */
function readValidity(law: Recognised, paragraphs: Paragraph[], published: string | undefined, g: LawGrammar): Validity {
  const fromHistory = law.history.filter((e) => e.effectiveOnly).map((e) => e.date).sort().at(-1);
  if (fromHistory) return { effectiveFrom: fromHistory, sentence: law.history.filter((e) => e.effectiveOnly).at(-1)?.text };
  const texts = [...law.decree.map((l) => l.text), ...paragraphs.map((p) => p.text)];
  // The commencement clause stands in the last articles (附则); reading from the end finds it first.
  for (let i = texts.length - 1; i >= 0; i--) {
    const t = foldWidth(compact(texts[i]));
    const explicit = t.match(g.fromDate);
    const date = explicit ? findDates(explicit[1])[0]?.iso : undefined;
    if (date) return { effectiveFrom: date, sentence: texts[i] };
    if (g.fromPromulgation.test(t) && published) return { effectiveFrom: published, sentence: texts[i] };
  }
  return {};
}

/** Joint issuers printed before 关于 in the title: 最高人民法院、最高人民检察院关于…, or written together as the document grammar parts them (国务院中央军委关于…). */
function titleIssuers(title: string): string[] {
  const apart = (title.match(/^([^《]{4,60}?)关于/)?.[1] ?? '').split(/[、\s]+/).filter(Boolean);
  const names = apart.length === 1 ? jointOrgans(apart[0]) : apart.filter((n) => findLawBody(n)?.index === 0);
  return names.length >= Math.max(apart.length, 2) ? names : [];
}

/**
 * The law as one document, or undefined when the text is not a law, regulation or rule.
 *
 * @example
 * readLaw(textToSourceText('中华人民共和国安全生产法\n2002年6月29日 第九届全国人民代表大会常务委员会第二十八次会议通过\n第一章 总则\n第一条 为了…', source), { gazetteId })
 * // → { title: '中华人民共和国安全生产法', level: '法律', issuingBody: '全国人民代表大会常务委员会', publishedOn: '2002-06-29', … }
 */
export function readLaw(input: SourceText, context: LawContext): GazetteDocument | undefined {
  const g = loadLawGrammar();
  const lines = plainLines(input.lines);
  if (lines.length < 2) return undefined;
  // A page whose table names a 公文 (关于印发…的通知, 某政发〔2021〕3号) holds that 公文, whatever it carries.
  if (fieldsNameDocument(input.fields, g)) return undefined;
  const law = recognise(lines, g);
  if (!law) return undefined;
  // What the reader found beside the text outranks what labelled lines state, which outranks what is read.
  const fields: DocumentFields = { ...law.stated, ...input.fields };
  const messages: Message[] = [];

  const paragraphs = [...law.decree.map((l) => lineParagraph(input, l)), ...law.head.map((l) => lineParagraph(input, l)), ...bodyParagraphs(input, law.body, g, law.title)];
  const decreeDate = law.decree.length > 0 ? findDates(law.decree[law.decree.length - 1].text)[0]?.iso : undefined;
  const beforeArticles = [...law.head, ...law.body.slice(0, 12)].map((l) => l.text);
  // A date signed under the sentence that promulgates (现予公布 / 市长 某某 / 2008年10月13日) is
  // the publication: never before the meeting that sentence names (已经2008年9月24日…通过).
  const signed = promulgationDate(beforeArticles, g);
  const history = readPublished(law, decreeDate);
  // What the text prints (its history, a decree, a 题注 （2021年7月27日…令第746号公布）) outranks a
  // page's 发布日期 field, often the day the site posted it.
  const publishedOn = [history, signed].filter((d) => d !== undefined).sort().at(-1) || (fields.publishedOn && findDates(fields.publishedOn)[0]?.iso) || undefined;
  if (!publishedOn) messages.push({ level: 'warning', origin: ORIGIN, message: `“${law.title}”：找不到公布日期，正文前没有通过、修正或公布的日期 (no promulgation date in the text)` });
  const fieldEffective = fields.effectiveFrom ? findDates(fields.effectiveFrom)[0]?.iso : undefined;
  const validity = fieldEffective ? { effectiveFrom: fieldEffective } : readValidity(law, paragraphs, publishedOn, g);
  const { level, message } = readLevel(law, fields, g);
  if (message) messages.push({ level: 'info', origin: ORIGIN, message });

  const number = law.numbers.at(-1)?.number;
  const docNumberRaw = fields.docNumber?.trim() || number?.raw;
  const docNumber = fields.docNumber?.trim() || number?.canonical;
  const issuers = titleIssuers(law.title);
  // A dated name with no verb (1999年7月13日,国家海洋局) still says who issued the text when nothing else does.
  const adopted =
    law.history.find((e) => e.body && (e.verb === 'adopted' || e.verb === 'promulgated'))?.body ?? law.adopter ?? law.history.find((e) => e.body && !e.effectiveOnly)?.body ?? law.head.map((l) => findDepartment(l.text, g)).find(Boolean);
  // A city's organ named with its province (辽宁省沈阳市人民政府) is stored as the city names it.
  const stated = fields.issuingBody?.trim() || (issuers.length > 0 ? issuers.join('、') : adopted?.name);
  const issuingBody = stated ? withoutProvince(fields.issuingBody?.trim() ? stated : fullBodyName(stated, g)) : undefined;
  const outline = buildLawOutline(paragraphs, g);
  if (!outline.some((n) => n.label.endsWith('条'))) messages.push({ level: 'info', origin: ORIGIN, message: `“${law.title}”没有按条编号 (no articles found)` });
  const title = fields.title?.trim() || law.title;
  const type = lawType(title, g);
  return {
    id: documentId({ gazetteId: context.gazetteId, ordinal: 0, title }),
    gazetteId: context.gazetteId,
    ordinal: 0,
    ...(docNumber ? { docNumber, docNumberRaw } : {}),
    ...(issuingBody ? { issuingBody } : {}),
    ...(issuers.length > 1 ? { issuers } : {}),
    title,
    ...(publishedOn ? { date: publishedOn, publishedOn } : {}),
    attachments: input.attachments ?? [],
    ...(type ? { type } : {}),
    level,
    outline,
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n'),
    references: [],
    validity,
    duties: [],
    messages,
  };
}
