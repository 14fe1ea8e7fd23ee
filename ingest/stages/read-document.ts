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
 *   with (某县人民政府…禁火令), then the organ the opening sentence names as its subject where the
 *   text announces itself (上海市公安局决定于…。现通告如下; lead-issuer).
 *   Joint issuers are `issuers`, in the order printed; `issuingBody` is then all of
 *   them joined with 、, so that filtering by any one finds the document;
 * - 成文日期: the 落款's date, then the date of the decree a 题注 names, then a 成文日期 field —
 *   never a publication stamp.
 * The body keeps every line but the head's (title, number, red head), a metadata block, a
 * provenance line, and what a page printed above the head that is not prose. Pure.
 */
import { findDates, parseChineseDate } from '../../src/domain/dates';
import { parseDocNumber, seriesType } from '../../src/domain/doc-number';
import { documentType as grammarDocumentType, loadDocumentGrammar, titleIssuers } from '../../src/domain/grammar';
import { countyNamedIn, levelOfOwnKind, levelOfPlace, ownPlaceOf, placeOfKindNamedIn, provinceOpening } from '../../src/domain/divisions';
import { countyOfOrgan, isTownshipOrgan, levelOfOrgan, placeOfPrefix } from '../../src/domain/organ-place';
import { governmentOfCode, localGovernmentOfCode } from '../../src/domain/code-issuer';
import { levelOfRecipients } from '../../src/domain/recipient-level';
import { documentId } from '../../src/domain/ids';
import { statedStatus } from '../../src/domain/validity';
import type { DocumentFields, GazetteDocument, Message, Paragraph, SourceText } from '../../src/model';
import { toSimplified } from '../../src/text/fold-script';
import { compact } from '../../src/text/normalize';
import { buildOutline } from './build-outline';
import { attachmentListAt, readAttachments, withLinks, withoutOrgans } from './attachments';
import { meetingDate } from './derived-title';
import { announcedKind, selfNamedKind } from './self-named-kind';
import { chooseIssuers } from './document-issuers';
import { leadIssuers } from './lead-issuer';
import { explainedTitle, interpreterNames } from './interpretation';
import { EMPTY_YEAR, readHeaderFromText, titleOfField } from './document-head';

export interface DocumentContext {
  /** Id of the record the document belongs to. */
  gazetteId: string;
  /** 0-based position in that record (a row of an export). */
  ordinal?: number;
}

/** The end of a title cut short: a word that joins what follows (和, 及, 与, 的 …). */
const UNFINISHED_TITLE = /[和及与的、或并暨]$/;
/** 对 opening a reply to a suggestion made at a 人大's or 政协's session (对某县十六届人大一次会议第3号建议的答复). */
const REPLY_OPENING = /^对(?=[^，。；]{0,14}?(?:人大|人民代表大会|政协))/;

/** A title that issues an instrument of its own (关于印发《某市…计划》的通知): the instrument's name. */
const ISSUES_INSTRUMENT = /^关于印发[《〈]([^《》〈〉]+)/;

/**
 * The place of the instrument a title issues, where nothing else names the issuer's: a government
 * issues (印发) its own place's instrument, to whom a government of that level writes — so only
 * when the 主送机关 are of that place's level (关于印发《吴忠市…行动计划》的通知 to 各县(市、区)…,
 * 市直各部门 → 吴忠市). A place forwards a superior's instrument (转发《某省…》) and cites others'
 * in its text: neither names its own place.
 */
function issuedInstrumentPlace(title: string, recipients: string | undefined): string | undefined {
  const instrument = ISSUES_INSTRUMENT.exec(compact(title))?.[1];
  const place = instrument ? countyOfOrgan(instrument) : undefined;
  const level = levelOfRecipients(recipients);
  return place && level && levelOfPlace(place) === level ? place : undefined;
}

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
  // An interpretation's organs are the office that interprets, never the organ of the document it
  // explains (国务院关于…的意见解读); an organ before 关于《 is the interpreter's (某局关于《某办法》的解读).
  const publisher = fields.publisher ?? printed.publisher;
  const explained = documentType(title) === '解读' ? (explainedTitle(title, () => true) ?? '') : undefined;
  const ownOrgans = explained === undefined || /关于[《〈“"]/.test(compact(title));
  const leads = leadIssuers(header.body.map((i) => toSimplified(lines[i])));
  const sources = explained === undefined ? { ...header, leads } : { ...header, titleIssuers: ownOrgans ? header.titleIssuers : [], titleOrgan: undefined, interpreters: interpreterNames(title, lines, publisher) };
  // A bare organ (县政府办公室) takes the place of the document an interpretation explains.
  const explainedPlace = explained ? placeOfTitle(explained) : undefined;
  // Else the place of the organ's kind the text names most (经县政府研究决定 … 延津县 → 延津县人民政府).
  const namedOfKind = (organ: string) => (loadDocumentGrammar().shortIssuerPlaces.includes(compact(organ)[0]) ? placeOfKindNamedIn(foldedText(), compact(organ)[0]) : undefined);
  const regionOf = (organ: string) => parsed?.region ?? (parsed?.prefix ? placeOfPrefix(parsed.prefix, foldedText(), organ) : undefined) ?? explainedPlace ?? namedOfKind(organ);
  const chosen = chooseIssuers(sources, fields, regionOf, lines);
  // A page that prints its own number but no issuer (a 政报 abstract, a law-database copy): the
  // State Council's or a province's 代字 names it where the page agrees (domain/code-issuer).
  const fromCode = chosen.issuers.length === 0 && parsed?.prefix ? governmentOfCode(parsed.prefix, { text: foldedText(), recipients: header.recipients, year: parsed.year }) : undefined;
  let issuers = fromCode ? [fromCode] : chosen.issuers;
  const bare = fromCode ? undefined : chosen.bare;
  if (bare) messages.push({ level: 'warning', origin: 'read-document', message: `发文机关只印出"${bare}"，缺少地名，找不到全称，留空 (issuer printed without its place; left empty)` });
  // Else the county the issuer's name opens with (高青县人民政府, 广州市天河区教育局 → 天河区): a
  // resident's filter and the office's identity (县教育局 of which county) need it.
  // Else, with no issuer read, the place a printed title opens with (义乌市山洪灾害防御工作指南): a
  // body sentence standing in for a title names no such place, nor does 关于 (关于全县…, 关于关停禁养区…).
  // A title opening with the name of the document it is about (《某县…办法》政策解读) is that one's place's.
  // A reply to a deputy's suggestion (对沙河市第九届人民代表大会…建议的答复, 对县十六届人大…) names the
  // place of the 人大 after its 对: that place, never 对沙河市 or 对县.
  const printedTitle = !header.titleIsFirstLine && !header.titleDerived && !/^关于/.test(title) ? title.replace(/^[《〈“"]/, '').replace(REPLY_OPENING, '') : undefined;
  // Else, with no place read from its head, the county the text calls its own (我县 … 和林格尔县).
  // A township's organ names its county in its text, not in its name (平阳县…办公室 in 闹村乡人民政府's).
  const township = issuers[0] && isTownshipOrgan(issuers[0]) ? () => countyNamedIn(foldedText()) : () => undefined;
  const headPlace = county ?? (issuers[0] ? countyOfOrgan(issuers[0]) : ((printedTitle ? countyOfOrgan(printedTitle) : undefined) ?? explainedPlace));
  const ownPlace = headPlace === undefined ? ownPlaceOf(foldedText()) : undefined;
  // Else the publisher's its metadata block names (发布机构：某县教育局): the page is that county's.
  // Else, with no issuer read, the place of the instrument its title issues (issuedInstrumentPlace).
  const place = headPlace ?? ownPlace ?? township() ?? (publisher ? countyOfOrgan(publisher) : undefined) ?? (issuers.length === 0 ? issuedInstrumentPlace(title, header.recipients) : undefined);
  // Else a city's or county's 代字 names the government of the page's own place when it starts with
  // its abbreviation (镇政发 on a page of 镇巴县; code-issuer localGovernmentOfCode).
  const local = issuers.length === 0 && place && parsed?.prefix ? localGovernmentOfCode(parsed.prefix, place, parsed.year) : undefined;
  if (local) issuers = [local];
  const coded = fromCode ?? local;
  if (coded) messages.push({ level: 'info', origin: 'read-document', message: `发文机关未印出，据发文字号代字"${parsed!.prefix}"推定为"${coded}" (issuer read from the number's 代字)` });
  const issuingBody = issuers.length > 0 ? issuers.join('、') : undefined;
  // The level its issuer's place has (济宁市人民政府 → city), else the one its number's 代字 gives:
  // few 代字 are known, and one character stands for many places (桂 for 广西 and for 桂东县).
  // Else, with no issuer, the level of the place the text calls its own (我旗 … 东乌珠穆沁旗): its
  // author is that place's (a 政府工作报告 delivered by the 旗长), or the place of the document a 解读
  // explains; or of the place its printed title opens with (某县…年度报告: the county's; 湖北省…规划,
  // 西藏自治区关于…: a province by its full name). Else, with no issuer, the level its 主送机关 shows
  // (省政府各部门, 各县(市、区)人民政府 → provincial, city): whom it writes to. Else the kind of place
  // it calls its own, naming none (结合我省实际 → provincial).
  const textPlace = ownPlace ?? explainedPlace;
  // A province's stem is some city's too (宁政办 is 宁夏's and 南京's, 新政发 新沂's): a province's level
  // from the 代字 yields to a 主送机关 only a city or a county writes to (各区人民政府，市府各委办局).
  // A 直辖市 writes to 市政府各委、办、局 as a city does: its own 代字 (沪府发, 津政发) stands.
  const levelOfCode = () => {
    const coded = parsed && parsed.level !== 'unknown' ? parsed.level : undefined;
    const addressed = coded === 'provincial' && !parsed?.region?.endsWith('市') ? levelOfRecipients(header.recipients) : undefined;
    return addressed === 'city' || addressed === 'county' ? addressed : coded;
  };
  const levelWithoutIssuer = () =>
    (textPlace ? levelOfPlace(textPlace) : undefined) ??
    (headPlace ? levelOfPlace(headPlace) : undefined) ??
    (!headPlace && printedTitle && provinceOpening(compact(printedTitle)) ? 'provincial' : undefined) ??
    levelOfRecipients(header.recipients) ??
    levelOfOwnKind(foldedText());
  // An issuer printed with the kind of its place and no name (县防汛抗旱指挥部办公室, as a county's own page
  // signs) places the document no better than no issuer: the text's own place or kind says it (我县 → county).
  const placeless = issuers[0] !== undefined && loadDocumentGrammar().shortIssuerPlaces.includes(compact(issuers[0])[0]) && countyOfOrgan(issuers[0]) === undefined;
  const level = (issuers[0] ? levelOfOrgan(issuers[0]) : undefined) ?? levelOfCode() ?? (issuers[0] && !placeless ? undefined : levelWithoutIssuer());
  // Minutes that print no date are dated by the meeting their opening sentence reports (derived-title meetingDate).
  const minutesDate = () => (documentType(title) === '纪要' ? meetingDate(header.body.map((i) => input.lines[i].text)) : undefined);
  const date = header.date ?? isoDate(fields.date) ?? isoDate(printed.date) ?? minutesDate();
  // A page's 发布日期 is when it was published, never the 成文日期: kept apart, for the reader.
  // …the page's CMS stamp the weakest source of it (a repost's stamp is when it was reposted).
  const published = findDates(fields.publishedOn ?? printed.publishedOn ?? fields.stampedOn ?? '')[0]?.iso;
  const publishedOn = published && published !== date ? published : undefined;

  // Blank lines (and lines a cleaning stage emptied) separate paragraphs; they are none.
  const paragraphs: Paragraph[] = header.body.filter((i) => input.lines[i].text.trim().length > 0).map((i) => {
    const line = input.lines[i];
    return { text: line.text, raw: line.text, lineStart: i, lineEnd: i, ...(line.page !== undefined ? { page: line.page, pageEnd: line.page } : {}) };
  });
  // A page that printed no title (its first line stands in) is of the kind its text calls itself (本预案…, 现予公示).
  // A stand-in title (a headline, a first line) yields to the kind the text announces itself as (现通告如下).
  const simplified = paragraphs.map((p) => toSimplified(p.text));
  const announced = untitled ? announcedKind(simplified) : undefined;
  const type = announced ?? documentType(title) ?? (header.titleIsFirstLine ? selfNamedKind(simplified) : undefined) ?? seriesType(parsed);
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
/** The county of the organ a title opens with (某市某区人民政府关于…的决定 → 某区), or that a title without 关于 opens with. */
function placeOfTitle(title: string): string | undefined {
  const organ = titleIssuers(title)[0];
  return organ ? countyOfOrgan(organ) : title.includes('关于') ? undefined : countyOfOrgan(title);
}

function documentType(title: string): string | undefined {
  const t = compact(title);
  const about = t.indexOf('关于');
  return grammarDocumentType(about > 0 && about <= 20 ? t.slice(about) : t);
}

/** Words a validity field's value holds when it states one (有效, 现行有效, 已失效, 尚未生效, 已修改, 部分失效). */
const STATUS_WORD = /有效|失效|废止|生效|作废|撤销|过期|到期|修改|修订|修正/;

/**
 * Validity as a reader's fields state it (生效时间, 废止时间 / 失效时间, 有效性). An end date keeps
 * the page's own word for it: 废止时间 states the document repealed after that day (so a
 * status:已废止 filter finds what the page calls repealed), 失效时间 states it lapsed; a 有效性
 * word (失效, 已修改 …) outranks the label's.
 */
export function fieldValidity(fields: DocumentFields): GazetteDocument['validity'] {
  const effectiveFrom = isoDate(fields.effectiveFrom);
  const repealedOn = isoDate(fields.repealedOn);
  const expiresOn = repealedOn ?? isoDate(fields.lapsedOn);
  const value = fields.validity === undefined ? undefined : toSimplified(fields.validity);
  const worded = value === undefined ? undefined : statedStatus(value);
  // A table shifted by a cell puts another field's value under 时效性 (010183242/2019-00072): no status.
  const saysStatus = value !== undefined && (worded !== undefined || STATUS_WORD.test(value));
  // 废止时间 speaks where the 有效性 field says nothing (有效 beside it: the dates decide, as a term's end).
  const stated = worded ?? (repealedOn && !saysStatus ? '已废止' : undefined);
  const sentence = saysStatus ? `有效性：${fields.validity!.trim()}` : repealedOn ? `废止时间：${repealedOn}` : undefined;
  return {
    ...(effectiveFrom ? { effectiveFrom } : {}),
    ...(expiresOn ? { expiresOn } : {}),
    ...(sentence ? { sentence } : {}),
    ...(stated ? { stated } : {}),
  };
}
