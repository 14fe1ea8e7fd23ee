/**
 * @module ingest/stages/read-document
 * One document (公文) from a text that holds one: a 政府信息公开 page, a saved Word or PDF file,
 * a page excerpt from a mirror site. Its header comes from what the text prints — the head
 * (title, number, red head; read-text-header), a metadata block printed in the text
 * (read-metadata-lines), the 落款 (read-sign-off) — and from the reader's fields.
 *
 * Who decides what, when sources disagree:
 * - title and number: the reader's fields (an HTML table), then the head, then a printed block;
 * - issuing body: the 落款, then the organs the title names before 关于, then a red head or an
 *   organ's line above the title, then the decree a rule's 题注 names, then the fields (发文机关 —
 *   never a publisher field such as 发布机构), then a government a title without 关于 starts
 *   with (某县人民政府…禁火令).
 *   Joint issuers are `issuers`, in the order printed; `issuingBody` is then all of
 *   them joined with 、, so that filtering by any one finds the document;
 * - 成文日期: the 落款's date, then the date of the decree a 题注 names, then a 成文日期 field —
 *   never a publication stamp.
 * The body keeps every line but the head's (title, number, red head), a metadata block, a
 * provenance line, and what a page printed above the head that is not prose. Pure.
 */
import { findDates, parseChineseDate } from '../../src/domain/dates';
import { parseDocNumber, seriesType } from '../../src/domain/doc-number';
import { documentType as grammarDocumentType, titleIssuers, titleOrgan } from '../../src/domain/grammar';
import { gazetteName } from '../../src/domain/gazette-layout';
import { countyNamedIn, levelOfPlace, ownPlaceOf } from '../../src/domain/divisions';
import { countyOfOrgan, isTownshipOrgan, levelOfOrgan, placeOfPrefix } from '../../src/domain/organ-place';
import { documentId } from '../../src/domain/ids';
import { statedStatus } from '../../src/domain/validity';
import type { DocumentFields, GazetteDocument, Message, Paragraph, SourceText } from '../../src/model';
import { titleKey } from '../../src/text/book-titles';
import { toSimplified } from '../../src/text/fold-script';
import { compact, removeCjkSpaces } from '../../src/text/normalize';
import { withoutHeadlines } from './page-headline';
import { buildOutline } from './build-outline';
import { attachmentListAt, readAttachments, withLinks, withoutOrgans } from './attachments';
import { chooseIssuers } from './document-issuers';
import { derivedTitle } from './derived-title';
import { readMetadataLines } from './read-metadata-lines';
import { readAdoptionNote, readDatedNumberNote, readPromulgationNote } from './promulgation-note';
import { readSignOff, type SignOff } from './read-sign-off';
import { textAfterRunOnTitle, titleInRunOn } from './run-on-title';
import { firstMeaningfulLine, headRows, isProvenance, numberLine, recipientsOf, titleText } from './read-text-header';
import { standaloneNumber } from './standalone-number';
import { chooseTitle, titleCandidates, type TitleChoice } from './title-candidates';

export interface DocumentContext {
  /** Id of the record the document belongs to. */
  gazetteId: string;
  /** 0-based position in that record (a row of an export). */
  ordinal?: number;
}

export interface TextHeader {
  title?: string;
  /** True when no title was printed and the first meaningful line stands in for it. */
  titleIsFirstLine?: boolean;
  /** True when no title was printed and one is written from what the text says it is (derived-title.ts). */
  titleDerived?: boolean;
  docNumberRaw?: string;
  recipients?: string;
  /** The organs of the 落款, joined with 、 (joint issuers). */
  signedBy?: string;
  signers: string[];
  /** Organs the title names before 关于. */
  titleIssuers: string[];
  /** Organs of a red head or an organ's line above the title. */
  headIssuers: string[];
  /** The government a title without 关于 starts with (某县人民政府征收土地预公告). */
  titleOrgan?: string;
  /** The organ of the decree a 题注 says promulgated the text (某市人民政府令第46号公布). */
  decreeIssuer?: string;
  date?: string;
  publicity?: string;
  /** What the text's own metadata block states. */
  fields: DocumentFields;
  /** Indexes of the lines that stay in the body, in order. */
  body: number[];
  /** The first of them (lines.length when none). */
  bodyStart: number;
}

/** A head stands in a document's first lines: a long text without a 落款 is not searched further for one. */
const HEAD_ROWS = 80;
/** Rows from a bulletin's header line to its 主送机关: the title (up to three lines), a number, a date. */
const BULLETIN_TO_RECIPIENTS = 6;
/** Lines after the head looked at for the 主送机关. */
const RECIPIENT_ROWS = 3;
/** A field label a page prints in brackets ([ 成文日期 ] 2022-04-29, 【发文字号】某政发…), read as "label：value". */
const BRACKETED_LABEL = /(^|[\s|｜])[[【［]\s*([\u3400-\u9fff][\u3400-\u9fff \t\u3000]{0,10}[\u3400-\u9fff])\s*[\]】］]\s*/g;

/**
 * The line a metadata block would print without brackets around its labels; other brackets stay
 * (a word in brackets that is no label is left for read-metadata-lines to pass over).
 *
 * @example unbracketLabels('[ 成文日期 ] 2022-04-29 [ 发布日期 ] 2022-05-06') // '成文日期：2022-04-29 发布日期：2022-05-06'
 */
export function unbracketLabels(line: string): string {
  return line.replace(BRACKETED_LABEL, '$1$2：');
}

/** Brackets with no year between them (献防告〔〕2号): a page lost the year's digits. */
const EMPTY_YEAR = /[〔［[（(【]\s*[〕］\])）】]/;

/** A line before the head stays in the body only when it is prose: a sentence of some length. */
const PROSE = /[，。；,;].{10,}/;

/**
 * Reads the header a document prints: title and number at the top (or wherever the page put
 * them), 主送机关 after them, the 落款 and its date, a metadata block anywhere.
 *
 * @example readHeaderFromText(['济宁市人民政府', '关于持续深化“市县同权”改革的实施意见', '济政字〔2021〕30号', '各县（市、区）人民政府：'])
 *   // { title: '济宁市人民政府关于持续深化“市县同权”改革的实施意见', docNumberRaw: '济政字〔2021〕30号', titleIssuers: ['济宁市人民政府'], … }
 */
export function readHeaderFromText(input: string[], knownTitle?: string): TextHeader {
  const lines = input.map((l) => toSimplified(l));
  const meta = readMetadataLines(lines.map(unbracketLabels));
  const skip = new Set(meta.used);
  lines.forEach((l, i) => isProvenance(l) && skip.add(i));

  // The head lies before the first 落款 (or on its line, when a page ran the document into one):
  // the instrument a notice issues prints its own title after it.
  const firstSignOff = readSignOff(lines, 0, skip);
  // A bulletin's header line (某县人民政府督查室   2022年8月19) signs before any sentence, and a
  // decree (《某决定》已经…通过，现予公布 / 省长 某某 / 2016年4月15日) before the document it
  // promulgates: the head goes on past it, and it stands for the 落款 when none follows the title.
  const bulletin = firstSignOff && (isBulletinLine(lines, firstSignOff, skip) || promulgatesBelow(lines, firstSignOff, skip)) ? firstSignOff : undefined;
  const rows = headRows(lines, skip, firstSignOff && !bulletin ? firstSignOff.line + 1 : lines.length).slice(0, HEAD_ROWS);
  const read = knownTitle ? knownTitleLines(lines, rows, knownTitle) : chooseTitle(withoutHeadlines(titleCandidates(lines, rows), lines));
  const chosen = read && meta.fields.title ? withStatedFirstLine(read, titleOfField(meta.fields.title), lines, rows) : read;
  // A title sharing its line with the body (a page run into one line) leaves that line in the body.
  const headLines = new Set<number>(chosen?.sharesLine ? [] : (chosen?.lines ?? []));

  // A rule's 题注 (2002年10月14日某市人民政府令第46号公布) names its decree, organ and date when no head does.
  const note = readPromulgationNote(lines, rows);
  // A law database's (1985年5月4日皖政〔1985〕38号) under a 公文's title gives its number and 成文日期.
  const dated = note ? undefined : readDatedNumberNote(lines, rows);
  // A 人大 resolution's (2015年4月10日某县第十五届人民代表大会第五次会议通过) names the meeting that issued it and its date.
  const adopted = note ? undefined : readAdoptionNote(lines, rows);
  const noted = note ? { raw: note.docNumberRaw, line: note.line } : dated ? { raw: dated.docNumberRaw, line: dated.line } : undefined;
  const number = chosen?.number ?? standaloneNumber(lines, rows, firstSignOff?.line) ?? noted;
  // The 题注 stays in the text: it is the rule's history, and may be all a page holds; so does a line a number opens.
  const numberInText = number && ('inText' in number || number.line === note?.line || number.line === dated?.line);
  if (number && !chosen?.sharesLine && !numberInText) headLines.add(number.line);
  // A red head or an organ's line just above the title belongs to the head too.
  const above = chosen && chosen.headIssuers.length > 0 ? previousRow(rows, Math.min(...chosen.lines)) : undefined;
  if (above !== undefined) headLines.add(above);
  const headEnd = headLines.size > 0 ? Math.max(...headLines) + 1 : 0;
  const signOff = (firstSignOff && !bulletin && firstSignOff.line >= headEnd ? firstSignOff : readSignOff(lines, Math.max(headEnd, (bulletin?.line ?? -1) + 1), skip)) ?? bulletin;
  // The title printed again under the head (a page's copy of it) is the head's, not the body's.
  const titleKey = chosen ? compact(chosen.title) : undefined;
  const copied = titleKey !== undefined ? titleCopyLines(lines, headEnd, titleKey) : new Set<number>();
  const copyOfTitle = (i: number) => titleKey !== undefined && (!signOff || i < signOff.line) && (copied.has(i) || compact(titleText(lines[i], 200) ?? '') === titleKey);
  const body = lines
    .map((_, i) => i)
    .filter((i) => !skip.has(i) && !headLines.has(i) && !copyOfTitle(i) && (i >= headEnd || PROSE.test(lines[i])));
  const recipients = recipientsAfter(lines, body.filter((i) => i >= headEnd));
  // A page run into one line (a PDF's transcript) holds its formal title near that line's start.
  const runOn = chosen || meta.fields.title ? undefined : titleInRunOn(lines, rows);
  // No title printed: what the text says it is (现将《某预案》印发给你们), else its first line.
  const untitled = chosen || runOn || meta.fields.title ? undefined : headRows(lines, skip, lines.length);
  const derived = untitled ? derivedTitle(lines, untitled) : undefined;
  const fallback = untitled && !derived ? firstMeaningfulLine(lines, untitled) : undefined;
  const title = chosen?.title ?? (meta.fields.title ? compact(titleOfField(meta.fields.title)) : (runOn ?? derived ?? fallback));
  // On a page run into one line the 主送机关 follows the title on its line (…的通知各省人民政府：),
  // read only in its usual 各… form: anything else there (a number's remnant, 某政号) is no address.
  const afterTitle = !recipients && runOn ? recipientsOf(textAfterRunOnTitle(lines, rows, runOn) ?? '') : undefined;
  const runOnRecipients = afterTitle?.startsWith('各') ? afterTitle : undefined;
  const titled = chosen?.spaced ?? runOn;
  const named = titled ? titleIssuers(titled) : [];

  return {
    ...(title ? { title: titled ? issuersApart(title, titled, named) : title } : {}),
    ...(derived ? { titleDerived: true } : {}),
    ...(fallback ? { titleIsFirstLine: true } : {}),
    ...(number ? { docNumberRaw: number.raw } : {}),
    ...(recipients || runOnRecipients ? { recipients: recipients ?? runOnRecipients } : {}),
    ...(signOff && signOff.signers.length > 0 ? { signedBy: signOff.signers.join('、') } : {}),
    signers: signOff?.signers ?? [],
    titleIssuers: named,
    headIssuers: chosen?.headIssuers ?? [],
    // A gazette's name (某省人民政府公报, on a cover or a journal database's page) names no issuer.
    ...(chosen && titleOrgan(chosen.title) && !gazetteName(chosen.title) ? { titleOrgan: titleOrgan(chosen.title) } : {}),
    ...(note ? { decreeIssuer: note.issuer } : adopted ? { decreeIssuer: adopted.meeting } : {}),
    ...(signOff?.date || note?.date || dated?.date || adopted?.date ? { date: signOff?.date ?? note?.date ?? dated?.date ?? adopted?.date } : {}),
    ...(signOff?.publicity ? { publicity: signOff.publicity } : {}),
    fields: meta.fields,
    body,
    bodyStart: body.find((i) => compact(lines[i]).length > 0) ?? lines.length,
  };
}

/**
 * A title whose joint issuers the page printed apart (财政部 农业农村部关于…) keeps them apart, as
 * official titles print them: run together, two organs read as one name. Only a space printed
 * between them is kept; the title's other spaces (PDF letter-spacing) go as before.
 */
function issuersApart(title: string, spaced: string, issuers: string[]): string {
  const joined = issuers.map((n) => compact(n)).join('');
  if (issuers.length < 2 || !title.startsWith(joined)) return title;
  const spacedName = (n: string) => [...compact(n)].map((ch) => ch.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('\\s*');
  const apart = new RegExp(`^${issuers.map(spacedName).join('\\s+')}`).test(spaced.trim());
  return apart ? `${issuers.map((n) => compact(n)).join(' ')}${title.slice(joined.length)}` : title;
}

/**
 * True when a 落款 is a bulletin's header line: its organ and date on one line that is no
 * sentence, no sentence above it, and the 主送机关 a few lines below (under the title) — the
 * document's own 落款 comes after its text.
 */
function isBulletinLine(lines: string[], signOff: SignOff, skip: ReadonlySet<number>): boolean {
  const line = compact(lines[signOff.line]);
  if (PROSE.test(lines[signOff.line]) || !signOff.signers.some((s) => line.startsWith(compact(s)))) return false;
  if (lines.slice(0, signOff.line).some((l, i) => !skip.has(i) && PROSE.test(l))) return false;
  const below = headRows(lines, skip, lines.length).filter((i) => i > signOff.line).slice(0, BULLETIN_TO_RECIPIENTS);
  return below.some((i) => recipientsOf(lines[i], lines[i + 1]) !== undefined);
}

/** Lines right after the head looked at for a copy of the title printed over several lines. */
const COPY_ROWS = 8;

/**
 * The lines of a copy of the title printed over several lines right after the head (a page's
 * headline is the title; the document's own head prints it again: 某办公室 / 关于印发某 / 细则的通知).
 */
function titleCopyLines(lines: string[], from: number, titleKey: string): Set<number> {
  const rows = lines.map((_, i) => i).filter((i) => i >= from && compact(lines[i]).length > 0).slice(0, COPY_ROWS);
  for (let k = 0; k < rows.length; k++) {
    let acc = '';
    for (let j = k; j < rows.length; j++) {
      acc += compact(lines[rows[j]]);
      if (!titleKey.startsWith(acc)) break;
      if (acc === titleKey) return j > k ? new Set(rows.slice(k, j + 1)) : new Set();
    }
  }
  return new Set();
}

/** A decree's sentence: 《title》, then the meeting that adopted it and its promulgation (现予公布). */
const DECREE_SENTENCE = /^《([^》]*(?:》[^》]*)?)》(?:已经|已由|经|业经)[^。]*(?:现予|予以|现将其)(?:公布|发布|颁布)/;

/**
 * True when the text opens with a decree promulgating a document (《T》已经…通过，现予公布 / 省长
 * 某某 / date) and prints T as its own title after the decree's 落款: T's head and text follow.
 */
function promulgatesBelow(lines: string[], signOff: SignOff, skip: ReadonlySet<number>): boolean {
  const sentence = lines.slice(0, signOff.line).map((l) => DECREE_SENTENCE.exec(compact(l))).find(Boolean);
  if (!sentence) return false;
  const below = headRows(lines, skip, lines.length).filter((i) => i > signOff.line).slice(0, BULLETIN_TO_RECIPIENTS);
  return below.some((i) => titleKey(lines[i]) === titleKey(sentence[1]));
}

/**
 * A title a field states (an HTML page's 标题 or <title>, a printed 标题：…) without a portal's
 * caption, a site's tag or name around it (应急预案—某县森林火灾应急预案_某县人民政府 → 某县森林火灾
 * 应急预案); a title the head rules cannot read (one holding a colon) is kept as stated.
 */
function titleOfField(text: string): string {
  return titleText(text, 200) ?? text.trim();
}

/**
 * The title a 标题 field states, where the heading printed its first part on the row above the
 * title read (某镇人民政府 / 自然灾害救助应急预案, stated 某镇人民政府自然灾害救助应急预案): the
 * plan's name holds its organ, and that row is the title's.
 */
function withStatedFirstLine(chosen: TitleChoice, stated: string, lines: string[], rows: number[]): TitleChoice {
  const [whole, read] = [compact(stated), compact(chosen.title)];
  const above = previousRow(rows, Math.min(...chosen.lines));
  if (above === undefined || whole.length <= read.length || !whole.endsWith(read)) return chosen;
  if (compact(lines[above]) !== whole.slice(0, -read.length)) return chosen;
  const spaced = `${lines[above].trim()} ${chosen.spaced}`;
  return { ...chosen, title: removeCjkSpaces(spaced), spaced, lines: [above, ...chosen.lines], headIssuers: [] };
}

/** The rows a title the reader already knows (an HTML table's 标题) covers, from the first of them. */
/** How much of a stated title the lines must print to be its print. */
const MOST_OF_TITLE = 2 / 3;

function knownTitleLines(lines: string[], rows: number[], knownTitle: string): TitleChoice {
  const target = compact(toSimplified(knownTitle));
  const covered: number[] = [];
  let acc = '';
  for (const row of rows.slice(0, 8)) {
    const t = compact(titleText(lines[row], 200) ?? lines[row]);
    if (covered.length === 0 && !target.startsWith(t)) continue;
    if (!target.startsWith(acc + t)) break;
    acc += t;
    covered.push(row);
  }
  // Lines that print only the start of the title (the 落款's organ, 某区教育局, before its date)
  // are not its print: the text then prints no title, and its first line may be the 主送机关.
  if (acc.length < target.length * MOST_OF_TITLE) covered.length = 0;
  const after = covered.length > 0 ? rows[rows.indexOf(covered.at(-1)!) + 1] : undefined;
  const raw = after !== undefined ? numberLine(lines[after]) : undefined;
  return {
    title: knownTitle.trim().replace(/\s+/g, ' '),
    spaced: knownTitle.trim(),
    lines: covered,
    ...(raw && after !== undefined ? { number: { raw, line: after, glued: false } } : {}),
    headIssuers: [],
    score: 0,
  };
}

/**
 * 主送机关: the first line after the head, or one of the next lines when only a page's stamps
 * (2021-01-09 某市人民政府) stand between — never past a sentence of the body.
 */
function recipientsAfter(lines: string[], body: number[]): string | undefined {
  const rows = body.filter((i) => compact(lines[i]).length > 0).slice(0, RECIPIENT_ROWS);
  for (const [k, i] of rows.entries()) {
    const found = recipientsOf(lines[i], lines[i + 1]);
    if (found) return k === 0 || /[:：]\s*$/.test(lines[i]) ? found : undefined;
    if (/[，。；,;]/.test(lines[i])) return undefined;
  }
  return undefined;
}

function previousRow(rows: number[], row: number): number | undefined {
  const k = rows.indexOf(row);
  return k > 0 ? rows[k - 1] : undefined;
}

/** The end of a title cut short: a word that joins what follows (和, 及, 与, 的 …). */
const UNFINISHED_TITLE = /[和及与的、或并暨]$/;

/**
 * Reads the one document a text holds.
 *
 * @example
 * readDocument({ source, lines, messages: [], fields: { docNumber: '国办发〔2019〕6号', issuingBody: '国务院办公厅', … } }, { gazetteId })
 * // → { docNumber: '国办发〔2019〕6号', date: '2019-01-22', … }
 */
export function readDocument(input: SourceText, context: DocumentContext): GazetteDocument {
  const fields = input.fields ?? {};
  const messages: Message[] = [];
  const knownTitle = fields.title ? titleOfField(fields.title) : undefined;
  const header = readHeaderFromText(input.lines.map((l) => l.text), knownTitle);
  const printed = header.fields;

  const docNumberRaw = fields.docNumber?.trim() || header.docNumberRaw || printed.docNumber;
  const parsed = docNumberRaw ? parseDocNumber(docNumberRaw) : undefined;
  const docNumber = docNumberRaw ? (parsed?.canonical ?? compact(docNumberRaw)) : undefined;
  // A number a page damaged (丁经开202157) is kept as printed and read as restored; the record says so.
  if (parsed?.problem) messages.push({ level: 'warning', origin: 'read-document', message: parsed.problem });
  else if (docNumberRaw && !parsed && EMPTY_YEAR.test(docNumberRaw)) messages.push({ level: 'warning', origin: 'read-document', message: `发文字号"${docNumberRaw}"缺少年份，按原样保留 (number printed without its year)` });
  // A county's prefix (稷政办发) names its county, so a page gets the id its gazette copy has.
  const county = parsed?.level === 'county' ? parsed.region : undefined;
  // A text that prints no title takes the page's headline before anything written from the text.
  const untitled = !knownTitle && (!header.title || header.titleDerived || header.titleIsFirstLine);
  const headline = untitled && fields.headline ? compact(titleOfField(fields.headline)) : undefined;
  const title = (knownTitle || headline || header.title || '').replace(/\s+/g, ' ');
  if (!title) messages.push({ level: 'warning', origin: 'read-document', message: '找不到文件标题 (no title found)' });
  else if (headline) messages.push({ level: 'info', origin: 'read-document', message: `正文没有印出标题，取网页标题"${title}" (no printed title: the page's headline)` });
  else if (header.titleDerived) messages.push({ level: 'warning', origin: 'read-document', message: `文件没有印出标题，据正文拟为"${title}" (no printed title: written from the text)` });
  else if (header.titleIsFirstLine) messages.push({ level: 'warning', origin: 'read-document', message: `文件没有印出标题，以首行"${title}"代替 (no printed title: the first line stands in)` });
  // A page that cut its headline short (教育部关于表彰全国优秀教师和) leaves a title ending on a word that joins.
  if (title && !headline && !header.titleDerived && UNFINISHED_TITLE.test(compact(title))) messages.push({ level: 'warning', origin: 'read-document', message: `标题"${title}"似乎不完整 (the title seems cut short)` });
  const lines = input.lines.map((l) => l.text);
  // The region a number's 代字 stands for: the prefix table's, else the place the text names after it.
  // The text in simplified script, folded once, when a place is looked for in it.
  let folded: string | undefined;
  const foldedText = () => (folded ??= toSimplified(lines.join('\n')));
  const regionOf = (organ: string) => parsed?.region ?? (parsed?.prefix ? placeOfPrefix(parsed.prefix, foldedText(), organ) : undefined);
  const { issuers, bare } = chooseIssuers(header, fields, regionOf, lines);
  if (bare) messages.push({ level: 'warning', origin: 'read-document', message: `发文机关只印出"${bare}"，缺少地名，找不到全称，留空 (issuer printed without its place; left empty)` });
  const issuingBody = issuers.length > 0 ? issuers.join('、') : undefined;
  // Else the county the issuer's name opens with (高青县人民政府, 广州市天河区教育局 → 天河区): a
  // resident's filter and the office's identity (县教育局 of which county) need it.
  // Else, with no issuer read, the place a printed title opens with (义乌市山洪灾害防御工作指南): a
  // body sentence standing in for a title names no such place, nor does 关于 (关于全县…, 关于关停禁养区…).
  // A title opening with the name of the document it is about (《某县…办法》政策解读) is that one's place's.
  const printedTitle = !header.titleIsFirstLine && !header.titleDerived && !/^关于/.test(title) ? title.replace(/^[《〈“"]/, '') : undefined;
  // Else, with no place read from its head, the county the text calls its own (我县 … 和林格尔县).
  // A township's organ names its county in its text, not in its name (平阳县…办公室 in 闹村乡人民政府's).
  const township = issuers[0] && isTownshipOrgan(issuers[0]) ? () => countyNamedIn(foldedText()) : () => undefined;
  const headPlace = county ?? (issuers[0] ? countyOfOrgan(issuers[0]) : printedTitle ? countyOfOrgan(printedTitle) : undefined);
  const ownPlace = headPlace === undefined ? ownPlaceOf(foldedText()) : undefined;
  // Else the publisher's its metadata block names (发布机构：某县教育局): the page is that county's.
  const publisher = fields.publisher ?? printed.publisher;
  const place = headPlace ?? ownPlace ?? township() ?? (publisher ? countyOfOrgan(publisher) : undefined);
  // The level its issuer's place has (济宁市人民政府 → city), else the one its number's 代字 gives:
  // few 代字 are known, and one character stands for many places (桂 for 广西 and for 桂东县).
  // Else, with no issuer, the level of the place the text calls its own (我旗 … 东乌珠穆沁旗): its
  // author is that place's (a 政府工作报告 delivered by the 旗长).
  const level = (issuers[0] ? levelOfOrgan(issuers[0]) : undefined) ?? (parsed && parsed.level !== 'unknown' ? parsed.level : undefined) ?? (!issuers[0] && ownPlace ? levelOfPlace(ownPlace) : undefined);
  const date = header.date ?? isoDate(fields.date) ?? isoDate(printed.date);
  // A page's 发布日期 is when it was published, never the 成文日期: kept apart, for the reader.
  // …the page's CMS stamp the weakest source of it (a repost's stamp is when it was reposted).
  const published = findDates(fields.publishedOn ?? printed.publishedOn ?? fields.stampedOn ?? '')[0]?.iso;
  const publishedOn = published && published !== date ? published : undefined;

  // Blank lines (and lines a cleaning stage emptied) separate paragraphs; they are none.
  const paragraphs: Paragraph[] = header.body.filter((i) => input.lines[i].text.trim().length > 0).map((i) => {
    const line = input.lines[i];
    return { text: line.text, raw: line.text, lineStart: i, lineEnd: i, ...(line.page !== undefined ? { page: line.page, pageEnd: line.page } : {}) };
  });
  const type = documentType(title) ?? seriesType(parsed);
  // The list the text prints after its body (附件：1．某审批表 / 2．…), with the page's links to the files.
  const texts = paragraphs.map((p) => p.text);
  const listAt = attachmentListAt(texts);
  const printedList = withoutOrgans(listAt >= 0 ? readAttachments(texts, listAt) : [], [...issuers, ...header.signers]);
  const attachments = withLinks(printedList, input.attachments ?? []);
  return {
    id: documentId({ county: place, docNumber, gazetteId: context.gazetteId, ordinal: context.ordinal ?? 0, title }),
    gazetteId: context.gazetteId,
    ordinal: context.ordinal ?? 0,
    ...(docNumber ? { docNumber, docNumberRaw } : {}),
    ...(issuingBody ? { issuingBody } : {}),
    ...(issuers.length > 1 ? { issuers } : {}),
    title,
    ...(header.recipients ? { recipients: header.recipients } : {}),
    ...(header.signedBy ? { signedBy: header.signedBy } : {}),
    ...(date ? { date } : {}),
    ...(publishedOn ? { publishedOn } : {}),
    ...(header.publicity ? { publicity: header.publicity } : {}),
    attachments,
    ...(type ? { type } : {}),
    ...(place ? { county: place } : {}),
    ...(level ? { level } : {}),
    // 一、（一）1. and 第一章/第一条 as in a gazette's documents: a saved 公文 is navigated the same way.
    outline: buildOutline(paragraphs),
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n'),
    references: [],
    validity: fieldValidity({ ...printed, ...fields }),
    duties: [],
    messages,
  };
}

/** A table date (2019年01月22日, 2022-07-08) as YYYY-MM-DD; "暂无" and the like give undefined. */
function isoDate(text: string | undefined): string | undefined {
  return text ? parseChineseDate(compact(text)) : undefined;
}

/** 文种 as gazette documents get it: a page title's issuer prefix (国务院办公厅关于…) is set aside first. */
function documentType(title: string): string | undefined {
  const t = compact(title);
  const about = t.indexOf('关于');
  return grammarDocumentType(about > 0 && about <= 20 ? t.slice(about) : t);
}

/** Words a validity field's value holds when it states one (有效, 现行有效, 已失效, 尚未生效). */
const STATUS_WORD = /有效|失效|废止|生效|作废|撤销|过期|到期/;

/** Validity as a reader's fields state it (生效时间, 废止时间, 有效性). */
export function fieldValidity(fields: DocumentFields): GazetteDocument['validity'] {
  const effectiveFrom = isoDate(fields.effectiveFrom);
  const expiresOn = isoDate(fields.repealedOn);
  const stated = fields.validity ? statedStatus(toSimplified(fields.validity)) : undefined;
  // A table shifted by a cell puts another field's value under 时效性 (010183242/2019-00072): no status.
  const saysStatus = fields.validity !== undefined && (stated !== undefined || STATUS_WORD.test(toSimplified(fields.validity)));
  return {
    ...(effectiveFrom ? { effectiveFrom } : {}),
    ...(expiresOn ? { expiresOn } : {}),
    ...(saysStatus ? { sentence: `有效性：${fields.validity!.trim()}` } : {}),
    ...(stated ? { stated } : {}),
  };
}
