/**
 * @module ingest/stages/read-document
 * One document (公文) from a text that holds one: a 政府信息公开 page, a saved Word or PDF file,
 * a page excerpt. Header fields come from the reader's metadata fields when it has them, from
 * the text otherwise (title lines, 发文字号 line, 主送机关, 落款 and date at the end). Pure.
 */
import type { DocumentFields, GazetteDocument, Paragraph, SourceText } from '../../src/model';
import { parseDocNumber } from '../../src/domain/doc-number';
import { documentType as grammarDocumentType, titleTypeWord } from '../../src/domain/grammar';
import { documentId } from '../../src/domain/ids';
import { parseChineseDate } from '../../src/domain/dates';
import { compact } from '../../src/text/normalize';

export interface DocumentContext {
  /** Id of the record the document belongs to. */
  gazetteId: string;
  /** 0-based position in that record (a row of an export). */
  ordinal?: number;
}

const PUBLICITY = /^[（(]\s*(此件[^）)]*)[）)]$/;

/**
 * Reads the one document a text holds.
 *
 * @example
 * readDocument({ source, lines, messages: [], fields: { docNumber: '国办发〔2019〕6号', issuingBody: '国务院办公厅', … } }, { gazetteId })
 * // → { docNumber: '国办发〔2019〕6号', date: '2019-01-22', … }
 */
export function readDocument(input: SourceText, context: DocumentContext): GazetteDocument {
  const fields = input.fields ?? {};
  const lines = input.lines.map((l) => l.text);
  const messages: GazetteDocument['messages'] = [];
  const header = readHeaderFromText(lines, fields.title);

  const docNumberRaw = fields.docNumber?.trim() || header.docNumberRaw;
  const parsed = docNumberRaw ? parseDocNumber(docNumberRaw) : undefined;
  const docNumber = docNumberRaw ? (parsed?.canonical ?? compact(docNumberRaw)) : undefined;
  // A county's prefix (稷政办发) names its county, so a page gets the id its gazette copy has.
  const county = parsed?.level === 'county' ? parsed.region : undefined;
  const title = (fields.title?.trim() || header.title || '').replace(/\s+/g, ' ');
  if (!title) messages.push({ level: 'warning', origin: 'read-document', message: '找不到文件标题 (no title found)' });
  const issuingBody = fields.issuingBody?.trim() || header.signedBy;
  const date = isoDate(fields.date) ?? header.date;

  const paragraphs: Paragraph[] = input.lines.slice(header.bodyStart).map((line, i) => ({
    text: line.text,
    raw: line.text,
    lineStart: header.bodyStart + i,
    lineEnd: header.bodyStart + i,
    ...(line.page !== undefined ? { page: line.page, pageEnd: line.page } : {}),
  }));
  return {
    id: documentId({ county, docNumber, gazetteId: context.gazetteId, ordinal: context.ordinal ?? 0, title }),
    gazetteId: context.gazetteId,
    ordinal: context.ordinal ?? 0,
    ...(docNumber ? { docNumber, docNumberRaw } : {}),
    ...(issuingBody ? { issuingBody } : {}),
    title,
    ...(header.recipients ? { recipients: header.recipients } : {}),
    ...(header.signedBy ? { signedBy: header.signedBy } : {}),
    ...(date ? { date } : {}),
    ...(header.publicity ? { publicity: header.publicity } : {}),
    attachments: input.attachments ?? [],
    ...(documentType(title) ? { type: documentType(title) } : {}),
    ...(county ? { county } : {}),
    ...(parsed && parsed.level !== 'unknown' ? { level: parsed.level } : {}),
    outline: [],
    paragraphs,
    text: paragraphs.map((p) => p.text).join('\n'),
    references: [],
    validity: fieldValidity(fields),
    duties: [],
    messages,
  };
}

interface TextHeader {
  title?: string;
  docNumberRaw?: string;
  recipients?: string;
  signedBy?: string;
  date?: string;
  publicity?: string;
  /** Index of the first line after the title and number lines. */
  bodyStart: number;
}

/**
 * Reads the header a document prints at its top and bottom: title lines (until the 发文字号
 * line, or the line ending in a document type), the number, 主送机关, and at the end the
 * signing body, date and publicity note.
 */
export function readHeaderFromText(lines: string[], knownTitle?: string): TextHeader {
  const header: TextHeader = { bodyStart: 0 };
  const top = lines.slice(0, 8).map((l) => compact(l));
  const numberAt = top.findIndex((l) => parseDocNumber(l) !== undefined);
  if (numberAt >= 0) header.docNumberRaw = top[numberAt];

  // Title lines: those the table's title covers, else those before the number, else up to a type word.
  let titleEnd = 0;
  if (knownTitle) {
    const target = compact(knownTitle);
    let acc = '';
    while (titleEnd < top.length && target.startsWith(acc + top[titleEnd]) && top[titleEnd] !== '') acc += top[titleEnd++];
  } else if (numberAt > 0) {
    titleEnd = numberAt;
  } else {
    const typed = top.findIndex((l, i) => i < 4 && titleTypeWord(l) !== undefined);
    titleEnd = typed >= 0 ? typed + 1 : 0;
  }
  if (titleEnd > 0) header.title = lines.slice(0, titleEnd).map((l) => l.trim()).join('');
  header.bodyStart = Math.max(titleEnd, numberAt + 1);

  const next = lines[header.bodyStart]?.trim() ?? '';
  if (/[：:]$/.test(next) && next.length <= 120) header.recipients = next.replace(/[：:]$/, '');

  // 落款: the first line after the header that is only a date, with the signing body above it and
  // the publicity note below. The first, because a notice's own date comes before the instrument it issues.
  for (let i = header.bodyStart; i < lines.length; i++) {
    const date = parseChineseDate(compact(lines[i]));
    if (!date) continue;
    header.date = date;
    const signer = compact(lines[i - 1] ?? '');
    if (i - 1 >= header.bodyStart && signer.length > 0 && signer.length <= 30 && !/[。；，;,：:）)]$/.test(signer)) {
      header.signedBy = signer;
    }
    const publicity = PUBLICITY.exec(compact(lines[i + 1] ?? ''));
    if (publicity) header.publicity = publicity[1];
    break;
  }
  return header;
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

/** Validity as a reader's fields state it (生效时间, 废止时间, 有效性). */
export function fieldValidity(fields: DocumentFields): GazetteDocument['validity'] {
  const effectiveFrom = isoDate(fields.effectiveFrom);
  const expiresOn = isoDate(fields.repealedOn);
  return {
    ...(effectiveFrom ? { effectiveFrom } : {}),
    ...(expiresOn ? { expiresOn } : {}),
    ...(fields.validity ? { sentence: `有效性：${fields.validity.trim()}` } : {}),
  };
}
