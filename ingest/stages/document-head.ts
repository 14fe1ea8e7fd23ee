/**
 * @module ingest/stages/document-head
 * The head of the one document a text holds, read from what the text prints (read-document.ts
 * decides between these sources and the reader's fields): its title (printed, run on, stated in a
 * metadata block, derived from the text), number, 主送机关, the 落款's organs and date, a red head's
 * and the title's issuers, a decree's 题注, and which lines stay in the body. Pure.
 */
import { organsOfTitleLine, titleIssuers, titleOrgan } from '../../src/domain/grammar';
import { signOffDate } from '../../src/domain/dates';
import { gazetteName } from '../../src/domain/gazette-layout';
import type { DocumentFields } from '../../src/model';
import { titleKey } from '../../src/text/book-titles';
import { toSimplified } from '../../src/text/fold-script';
import { compact, removeCjkSpaces } from '../../src/text/normalize';
import { escapeRegExp } from '../../src/text/regexp';
import { withoutHeadlines } from './page-headline';
import { derivedTitle } from './derived-title';
import { readMetadataLines } from './read-metadata-lines';
import { organOfMeeting, readAdoptionNote, readDatedNumberNote, readPromulgationNote } from './promulgation-note';
import { readSignOff, type SignOff } from './read-sign-off';
import { textAfterRunOnTitle, titleInRunOn } from './run-on-title';
import { salutationOf, withoutCourtesy } from './salutation';
import { firstMeaningfulLine, headRows, isProvenance, numberLine, recipientsOf, titleText } from './read-text-header';
import { standaloneNumber, type StandaloneNumber } from './standalone-number';
import { chooseTitle, titleCandidates, type TitleChoice } from './title-candidates';

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
/** How far below the head a reply's greeting may stand (under a portal's form of the suggestion). */
const SALUTATION_ROWS = 8;
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
export const EMPTY_YEAR = /[〔［[（(【]\s*[〕］\])）】]/;

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
  // So does a 题注's date under the title with the number below it ((2023年3月18日) / 琼发〔2023〕1号:
  // a committee's and government's joint document as gazettes and newspapers print it).
  const noteDate = firstSignOff !== undefined && dateAboveNumber(lines, firstSignOff, skip);
  const bulletin = firstSignOff && (isBulletinLine(lines, firstSignOff, skip) || promulgatesBelow(lines, firstSignOff, skip) || noteDate) ? firstSignOff : undefined;
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
  const number = chosen?.number ?? standaloneNumber(lines, rows, noteDate ? undefined : firstSignOff?.line) ?? noted;
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
  // A title written from the text names its issuer as a printed one does (某县人社局关于…的公告).
  // So does a title only a 标题 field states (某办公厅关于印发…的通知).
  const named = titled ? titleIssuers(titled) : derived ? titleIssuers(derived) : meta.fields.title && title ? titleIssuers(title) : [];

  // What an abstract glued around the head's number on its line: the red head's organs, the 成文日期.
  const glued: Partial<StandaloneNumber> = number ?? {};
  const gluedDate = glued.date;
  return {
    ...(title ? { title: titled ? issuersApart(title, titled, named) : title } : {}),
    ...(derived ? { titleDerived: true } : {}),
    ...(fallback ? { titleIsFirstLine: true } : {}),
    ...(number ? { docNumberRaw: number.raw } : {}),
    ...(recipients || runOnRecipients ? { recipients: recipients ?? runOnRecipients } : {}),
    ...(signOff && signOff.signers.length > 0 ? { signedBy: signOff.signers.join('、') } : {}),
    signers: signOff?.signers ?? [],
    titleIssuers: named,
    headIssuers: chosen && chosen.headIssuers.length > 0 ? chosen.headIssuers : chosen ? issuersUnderTitle(lines, rows, chosen.lines, compact(chosen.title)) : (glued.headOrgans ?? []),
    // A gazette's name (某省人民政府公报, on a cover or a journal database's page) names no issuer.
    ...(chosen && titleOrgan(chosen.title) && !gazetteName(chosen.title) ? { titleOrgan: titleOrgan(chosen.title) } : {}),
    ...(note ? { decreeIssuer: note.issuer } : adopted ? { decreeIssuer: organOfMeeting(adopted.meeting) } : {}),
    // Else the 成文日期 an abstract glued after the head's number (某府厅发[2010]80号2010年12月1日各市…:).
    ...(signOff?.date || note?.date || dated?.date || adopted?.date || gluedDate ? { date: signOff?.date ?? note?.date ?? dated?.date ?? adopted?.date ?? gluedDate } : {}),
    ...(signOff?.publicity ? { publicity: signOff.publicity } : {}),
    fields: meta.fields,
    body,
    bodyStart: body.find((i) => compact(lines[i]).length > 0) ?? lines.length,
  };
}

/**
 * The organs a law database prints on their own line under a title and over a copy of it (关于某事的
 * 通知 / 财政部、司法部 / 关于某事的通知): the document's issuers, printed apart. Copies of the title
 * right under it are passed over; a line of organs with anything else below it (a date: a 落款) is not this.
 */
function issuersUnderTitle(lines: string[], rows: number[], titleLines: number[], titleKey: string): string[] {
  const after = rows.filter((i) => i > Math.max(...titleLines) && compact(lines[i]).length > 0);
  const isCopy = (i: number | undefined) => i !== undefined && compact(titleText(lines[i], 200) ?? lines[i]) === titleKey;
  let k = 0;
  while (k < after.length && isCopy(after[k])) k++;
  if (k >= after.length || !isCopy(after[k + 1])) return [];
  const line = compact(lines[after[k]]);
  const organs = organsOfTitleLine(lines[after[k]]);
  return organs.length > 0 && organs.join('').length === line.replace(/[、，,\s]/g, '').length ? organs : [];
}

/**
 * A title whose joint issuers the page printed apart (财政部 农业农村部关于…) keeps them apart, as
 * official titles print them: run together, two organs read as one name. Only a space printed
 * between them is kept; the title's other spaces (PDF letter-spacing) go as before.
 */
function issuersApart(title: string, spaced: string, issuers: string[]): string {
  const joined = issuers.map((n) => compact(n)).join('');
  if (issuers.length < 2 || !title.startsWith(joined)) return title;
  const spacedName = (n: string) => [...compact(n)].map((ch) => escapeRegExp(ch)).join('\\s*');
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

/** A date alone in brackets, read as a 落款's date is: (2023年3月18日), （二〇二三年三月十八日）. */
function isBracketedDate(line: string): boolean {
  const inner = /^[(（](.+)[)）]$/.exec(compact(line))?.[1];
  return inner !== undefined && signOffDate(inner) !== undefined;
}

/** Whether the first 落款 is a bracketed date with nothing but the head above it (no sentence, no 主送机关) and the document's number on the next row. */
function dateAboveNumber(lines: string[], signOff: SignOff, skip: ReadonlySet<number>): boolean {
  if (!isBracketedDate(lines[signOff.line])) return false;
  if (lines.slice(0, signOff.line).some((l, i) => !skip.has(i) && (PROSE.test(l) || recipientsOf(l) !== undefined))) return false;
  const next = headRows(lines, skip, lines.length).find((i) => i > signOff.line);
  return next !== undefined && numberLine(lines[next]) !== undefined;
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
export function titleOfField(text: string): string {
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
 * (2021-01-09 某市人民政府) stand between — never past a sentence of the body. A reply's greeting
 * (某某代表：, 尊敬的某某委员 without its colon right above the reply) is one too, a few rows further
 * down under a portal's form (建议人: …, 答复时间: …); its courtesy (尊敬的) is no part of it.
 */
function recipientsAfter(lines: string[], body: number[]): string | undefined {
  const rows = body.filter((i) => compact(lines[i]).length > 0).slice(0, SALUTATION_ROWS);
  for (const [k, i] of rows.entries()) {
    const found = k < RECIPIENT_ROWS ? (recipientsOf(lines[i], lines[i + 1]) ?? recipientsOverBlank(lines, i, rows[k + 1])) : undefined;
    if (found) return k === 0 || /[:：]\s*$/.test(lines[i]) ? withoutCourtesy(found) : undefined;
    const greeted = salutationOf(lines[i], k + 1 < rows.length ? lines[rows[k + 1]] : undefined);
    if (greeted) return greeted;
    if (/[，。；,;]/.test(lines[i])) return undefined;
  }
  return undefined;
}

/**
 * A 主送机关 a converted PDF broke over a blank line (伊犁哈萨克自治州，各州、市、县(市)人民政府，…自治 /
 * (blank) / 区人民政府各部门、各直属机构：): a list without its colon and the next line with text, ending in
 * one, read as one line.
 */
function recipientsOverBlank(lines: string[], i: number, next: number | undefined): string | undefined {
  // The line is a list broken off (marks between its names), no sentence, no title, no page's button.
  if (next === undefined || next === i + 1 || !/[，,、]/.test(lines[i]) || /[:：。；！？!?]/.test(lines[i]) || !/^[^。；！？:：]+[:：]\s*$/.test(lines[next])) return undefined;
  return recipientsOf(`${lines[i].trim()}${lines[next].trim()}`);
}

function previousRow(rows: number[], row: number): number | undefined {
  const k = rows.indexOf(row);
  return k > 0 ? rows[k - 1] : undefined;
}
