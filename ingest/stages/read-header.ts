/**
 * @module ingest/stages/read-header
 * A document's header fields from its paragraphs: number, issuing body, title, recipients
 * (主送机关), signing body and date (成文日期 — which may come after the body), publicity note,
 * attachments, the attached instrument's own title, its type, outline and body.
 */
import { parseChineseDate, signOffDate } from '../../src/domain/dates';
import { numberUnderName, parseDocNumber } from '../../src/domain/doc-number';
import { documentType, isIssuerName, loadDocumentGrammar, publicityNote, type DocumentGrammar } from '../../src/domain/grammar';
import { documentId } from '../../src/domain/ids';
import type { DocNumber, GazetteDocument, Message, Paragraph } from '../../src/model';
import { compact } from '../../src/text/normalize';
import { attachmentListAt, readAttachments } from './attachments';
import { buildOutline } from './build-outline';
import { isHeading } from './repair-paragraphs';
import { recipientsOf } from './read-text-header';
import type { DocumentBlock } from './split-documents';

export interface HeaderContext {
  gazetteId: string;
  county?: string;
  ordinal: number;
}


/** Chinese titles use full-width brackets: 《…》(2022年版) → 《…》（2022年版）. */
export function fullWidthBrackets(text: string): string {
  return text.replace(/\(/g, '（').replace(/\)/g, '）');
}

/** Splits "稷山县人民政府关于印发…的通知" into issuing body and title. */
export function splitTitle(text: string): { issuingBody?: string; title: string } {
  const t = fullWidthBrackets(compact(text));
  const about = t.indexOf('关于');
  if (about > 0 && isIssuerName(t.slice(0, about))) return { issuingBody: t.slice(0, about), title: t.slice(about) };
  return { title: t };
}

/**
 * A decree's head has no title of its own: the rules it promulgates are named in its first
 * sentence (《河川省城镇燃气管理办法》已经…通过，现予公布), and it is issued by the organ of its
 * number (河川省人民政府令 → 河川省人民政府).
 */
function decreeTitle(all: Paragraph[], block: DocumentBlock, number: DocNumber | undefined): { issuingBody?: string; title: string } {
  const issuingBody = number?.kind === 'decree' ? number.prefix.replace(/令$/, '') || undefined : undefined;
  const first = block.numberAt !== undefined ? all[block.numberAt + 1]?.text : undefined;
  const named = first?.match(/《([^》]{2,60})》/)?.[1];
  const title = named ?? (number ? number.canonical : '');
  return { ...(issuingBody ? { issuingBody } : {}), title: fullWidthBrackets(compact(title)) };
}

function isTitleText(text: string): boolean {
  const t = compact(text);
  return t.length >= 4 && t.length <= 60 && !/[，。；：,;:！？]/.test(t) && !isHeading(t) && !parseChineseDate(t) && !/^[（(].*[）)]$/.test(t);
}

/**
 * Builds the document record of one block of paragraphs.
 *
 * @example readHeader(paragraphs, { start: 12, numberAt: 13, end: 20 }, { gazetteId, county: '稷山县', ordinal: 0 })
 *   // { docNumber: '稷政发〔2022〕16号', issuingBody: '稷山县人民政府', title: '关于印发…的通知', date: '2022-08-01', … }
 */
export function readHeader(all: Paragraph[], block: DocumentBlock, context: HeaderContext, grammar: DocumentGrammar = loadDocumentGrammar()): GazetteDocument {
  const messages: Message[] = [];
  const titleStart = block.titleStart ?? block.start;
  const titleEnd = block.titleEnd ?? block.numberAt ?? block.start + 1;
  // An announcement's serial under its name (某县人民政府通告 / 2022年第3号) is the organ's number.
  const under = block.numberAt !== undefined && block.numberAt > titleStart ? numberUnderName(all[block.numberAt - 1].text, all[block.numberAt].text) : undefined;
  const numberRaw = block.numberAt !== undefined ? (under ? compact(under.raw) : compact(all[block.numberAt].text)) : undefined;
  const number = under ?? (numberRaw ? parseDocNumber(numberRaw) : undefined);
  const head = titleEnd > titleStart ? splitTitle(all.slice(titleStart, titleEnd).map((p) => p.text).join('')) : decreeTitle(all, block, number);
  const { issuingBody, title } = head;
  let cursor = Math.max(titleEnd, block.numberAt !== undefined ? block.numberAt + 1 : 0);

  let recipients: string | undefined;
  const first = all[cursor] && compact(all[cursor].text);
  // A line ending in a colon is the 主送机关 unless it is a sentence announcing what follows
  // (为…，现就有关事项通告如下：), as a 通告 or 公告 opens.
  if (first && /[：:]$/.test(first) && first.length <= 150 && recipientsOf(first) !== undefined) {
    recipients = first.replace(/[：:]$/, '');
    cursor++;
  }
  const paragraphs = all.slice(cursor, block.end);

  // Signature and 成文日期: the first paragraph that is only a date, with the issuer before it —
  // also as pages misprint a 落款 (2021年3月5 without 日, 20210305 without 年月日), as in single documents.
  let date: string | undefined;
  let signedBy: string | undefined;
  let dateAt = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    const text = compact(paragraphs[i].text);
    const value = parseChineseDate(text) ?? signOffDate(text);
    if (!value) continue;
    date = value;
    dateAt = i;
    if (i > 0 && isIssuerName(paragraphs[i - 1].text)) signedBy = compact(paragraphs[i - 1].text);
    break;
  }
  if (!date && !block.section) messages.push({ level: 'warning', origin: 'read-header', message: `no 成文日期 found for ${number?.canonical ?? title}` });

  let publicity: string | undefined;
  let publicityAt = -1;
  for (let i = 0; i < paragraphs.length; i++) {
    const note = publicityNote(paragraphs[i].text, grammar);
    if (note) {
      publicity = note;
      publicityAt = i;
      break;
    }
  }

  const texts = paragraphs.map((p) => p.text);
  const attachmentAt = attachmentListAt(texts);
  const attachments = attachmentAt >= 0 ? readAttachments(texts, attachmentAt) : [];

  // The instrument's own title stands right after the signature block (date, publicity note).
  let instrumentTitle: string | undefined;
  const after = Math.max(dateAt, publicityAt);
  if (after >= 0 && paragraphs[after + 1] && isTitleText(paragraphs[after + 1].text)) instrumentTitle = fullWidthBrackets(compact(paragraphs[after + 1].text));
  // 关于印发《X办法》的通知, or without the 《》 (关于印发稷山县生态环境保护“十四五”规划的通知): X is what it issues.
  instrumentTitle ??= title.match(/《([^》]+)》/)?.[1] ?? title.match(/^关于(?:印发|转发|发布)(.{4,})的通知$/)?.[1];

  const text = paragraphs.map((p) => p.text).join('\n');
  const pageOf = all.slice(block.start, block.end).flatMap((p) => [p.page, p.pageEnd]).filter((p): p is number => p !== undefined);
  const doc: GazetteDocument = {
    id: documentId({ county: context.county, docNumber: number?.canonical, gazetteId: context.gazetteId, ordinal: context.ordinal, title }),
    gazetteId: context.gazetteId,
    ordinal: context.ordinal,
    ...(number ? { docNumber: number.canonical, docNumberRaw: numberRaw } : {}),
    ...(issuingBody ?? signedBy ? { issuingBody: issuingBody ?? signedBy } : {}),
    title,
    ...(recipients ? { recipients } : {}),
    ...(signedBy ? { signedBy } : {}),
    ...(date ? { date } : {}),
    ...(publicity ? { publicity } : {}),
    attachments,
    ...(instrumentTitle ? { instrumentTitle } : {}),
    ...(block.section ? { type: block.section } : documentType(title, instrumentTitle, grammar) ? { type: documentType(title, instrumentTitle, grammar) } : {}),
    ...(context.county ? { county: context.county } : {}),
    // The numbered list after 附件： names attachments; it is no part of the body's structure.
    outline: buildOutline(paragraphs).filter((n) => attachmentAt < 0 || n.paragraph <= attachmentAt || n.paragraph >= attachmentAt + attachments.length),
    paragraphs,
    text,
    ...(pageOf.length ? { pages: { first: Math.min(...pageOf), last: Math.max(...pageOf) } } : {}),
    references: [],
    validity: {},
    duties: [],
    messages,
  };
  return doc;
}
