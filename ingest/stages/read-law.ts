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
import { jointOrgans, withoutProvince } from '../../src/domain/grammar';
import { documentId } from '../../src/domain/ids';
import { findDepartment, fullBodyName, findLawBody, knownLevel, lawType, levelOfTitle, loadLawGrammar, type LawGrammar } from '../../src/domain/law-grammar';
import type { DocumentFields, GazetteDocument, Message, Paragraph, SourceText, Validity } from '../../src/model';
import { compact, foldWidth } from '../../src/text/normalize';
import { buildLawOutline } from './law-outline';
import { fieldsNameDocument } from './issued-rules';
import { promulgationDate } from './law-head';
import { lawParts, opensBody, plainLines, type LawLine, type LawParts } from './law-parts';
import { STRUCTURE_MARKER } from './repair-paragraphs';
import { fieldValidity } from './read-document';

export interface LawContext {
  /** Id of the record the document belongs to. */
  gazetteId: string;
}

const ORIGIN = 'read-law';

/** A line that ends its paragraph: closing punctuation, or a heading (第一章 总则). */
const ENDS_PARAGRAPH = /[。；;：:！!？?）)」』”]$/;

/**
 * True when lines look broken mid-sentence (a text converted from PDF): more than a fifth end
 * without closing punctuation and are followed by a line that opens no article or heading.
 * A law saved line by line (Markdown, a web page) keeps its lines as its paragraphs.
 */
function looksBroken(lines: LawLine[], g: LawGrammar): boolean {
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
function bodyParagraphs(input: SourceText, lines: LawLine[], g: LawGrammar, title: string): Paragraph[] {
  if (!looksBroken(lines, g)) return lines.map((l) => lineParagraph(input, l));
  // A signature (市长：某某), its date and the title printed again over the text each end where they end.
  const whole = compact(title);
  const standsAlone = (t: string) => t === whole || SIGNER.test(t) || signOffDate(t) !== undefined;
  const joined: LawLine[] = [];
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

function lineParagraph(input: SourceText, line: LawLine): Paragraph {
  const end = line.end ?? line.index;
  const page = input.lines[line.index]?.page;
  const raw = input.lines.slice(line.index, end + 1).map((l) => l.text).filter((t) => t.trim()).join('\n');
  return { text: line.text, raw, lineStart: line.index, lineEnd: end, ...(page !== undefined ? { page, pageEnd: input.lines[end]?.page ?? page } : {}) };
}


/** The level, and a message when only the title's ending told it. */
function readLevel(law: LawParts, fields: SourceText['fields'], g: LawGrammar): { level: string; message?: string } {
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
function readPublished(law: LawParts, decreeDate: string | undefined): string | undefined {
  // A bare date under the title (1985年12月30日) is its promulgation; a body sentence's date is not in the head.
  const dated = law.history.filter((e) => !e.effectiveOnly && (e.verb || e.body || e.text === '')).map((e) => e.date);
  if (decreeDate) dated.push(decreeDate);
  return dated.sort().at(-1);
}

/** 施行 date: a history line (2009年1月1日 施行), the decree's or the last article's 自…起施行. */
function readValidity(law: LawParts, paragraphs: Paragraph[], published: string | undefined, g: LawGrammar): Validity {
  // An entry that promulgates and puts in force at once (1996年10月14日公布施行) says when the text
  // took effect — unless a later revision stands after it, which put the text read in force.
  const inForce = (e: LawParts['history'][number]) => e.verb === 'promulgated' && e.date === published && g.promulgatedInForce?.test(e.text) === true;
  const effective = law.history.filter((e) => e.effectiveOnly || inForce(e));
  const fromHistory = effective.map((e) => e.date).sort().at(-1);
  if (fromHistory) {
    // The line that says so, not the entry's few words (起施行): 《…》业经…通过，现予发布，自2007年7月15日起施行。
    const entry = effective.filter((e) => e.date === fromHistory).at(-1)?.text ?? '';
    const line = [...law.decree, ...law.head].map((l) => l.text).find((t) => t.includes(entry) && findDates(t).some((d) => d.iso === fromHistory));
    return { effectiveFrom: fromHistory, sentence: line ?? entry };
  }
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
  const law = lawParts(lines, g);
  if (!law) return undefined;
  // What the reader found beside the text outranks what labelled lines state, which outranks what is read.
  const fields: DocumentFields = { ...law.stated, ...input.fields };
  const messages: Message[] = [];

  const paragraphs = [...law.decree.map((l) => lineParagraph(input, l)), ...law.head.map((l) => lineParagraph(input, l)), ...bodyParagraphs(input, law.body, g, law.title)];
  // The decree's last line is its date, or its signer's line ending with it (部长 某某 二〇〇六年七月五日).
  const decreeDate = law.decree.length > 0 ? findDates(law.decree[law.decree.length - 1].text).at(-1)?.iso : undefined;
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
  // A status its 时效性 line states (失效, 已修改: a text an amendment replaced) outranks its own dates.
  const said = fieldValidity({ validity: fields.validity });
  const validity = { ...(fieldEffective ? { effectiveFrom: fieldEffective } : readValidity(law, paragraphs, publishedOn, g)), ...(said.stated ? { stated: said.stated, sentence: said.sentence } : {}) };
  const { level, message } = readLevel(law, fields, g);
  if (message) messages.push({ level: 'info', origin: ORIGIN, message });

  const number = law.numbers.at(-1)?.number;
  const docNumberRaw = fields.docNumber?.trim() || number?.raw;
  const docNumber = fields.docNumber?.trim() || number?.canonical;
  const issuers = law.issuers ?? titleIssuers(law.title);
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
