/**
 * @module store/to-indexable
 * Flattens a stored document into what a search backend indexes. Pure: the store passes
 * in the gazette it appeared in, the date it was repealed and the day a notice extended its
 * term to (which only the store knows).
 */
import { parseDocNumber } from '../domain/doc-number';
import { titleTypeWord, typeGroup } from '../domain/grammar';
import { statedDates } from '../domain/validity';
import type { GazetteDocument, GazetteIssue } from '../model';
import type { IndexableDocument } from './search-backend';

export interface IndexableContext {
  /** The issue the document was published in; null for a single web page. */
  gazette?: (Partial<GazetteIssue> & { id: string }) | null;
  /** Date of the earliest document in the corpus that repeals this one. */
  repealedOn?: string;
  /**
   * The last day in force once notices in the corpus extend its term (domain/extension.ts): null
   * when one kept it in force without a day; absent when none did.
   */
  expiresOn?: string | null;
}

/**
 * Canonical unit name of a duty: the part of `unitId` after the county
 * ('稷山县:县人力资源和社会保障局' → '县人力资源和社会保障局'), else the unit as written.
 */
export function canonicalUnitName(duty: { unit: string; unitId?: string }): string {
  if (duty.unitId) {
    const colon = duty.unitId.indexOf(':');
    return colon >= 0 ? duty.unitId.slice(colon + 1) : duty.unitId;
  }
  return duty.unit;
}

function unique(values: Iterable<string>): string[] {
  return [...new Set([...values].filter((value) => value.length > 0))];
}

const DIGITS = '〇一二三四五六七八九';

/** A number of a date in Chinese numerals as 成文日期 are printed: 2022 → 二〇二二, 16 → 十六, 30 → 三十. */
function chineseNumber(n: number, digitByDigit: boolean): string {
  if (digitByDigit) return [...String(n)].map((d) => DIGITS[Number(d)]).join('');
  if (n < 10) return DIGITS[n];
  const tens = Math.floor(n / 10);
  return `${tens > 1 ? DIGITS[tens] : ''}十${n % 10 ? DIGITS[n % 10] : ''}`;
}

/** 2022-08-01 as printed: 2022年8月1日 and 二〇二二年八月一日. */
function printedDates(date: string | undefined): string[] {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date ?? '');
  if (!m) return [];
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return [`${y}年${mo}月${d}日`, `${chineseNumber(y, true)}年${chineseNumber(mo, false)}月${chineseNumber(d, false)}日`];
}

/**
 * The lines printed with a document that its body paragraphs do not hold: the header read them
 * out (issuer and title on one line, the number as written, 主送机关) and the close (落款,
 * 成文日期, 此件公开发布, 附件 list). Rebuilt from the record's fields, so a substring of any of
 * them finds the document.
 *
 * @example printedLines(doc) // ['稷山县人民政府关于印发…的通知', '稷政发〔2022〕16号', '各乡（镇）人民政府，县直各有关单位，稷山经开区管委会：', '稷山县人民政府', '2022年8月1日', '二〇二二年八月一日', '（此件详见县政府网站）']
 */
export function printedLines(document: GazetteDocument): string[] {
  const lines = [
    document.issuingBody ? `${document.issuingBody}${document.title}` : '',
    document.titleInContents ?? '',
    document.docNumberRaw ?? '',
    document.recipients ? `${document.recipients}：` : '',
    document.signedBy ?? '',
    ...printedDates(document.date),
    document.publicity ? `（${document.publicity}）` : '',
    ...document.attachments.map((a, i) => `${i === 0 ? '附件：' : ''}${a.index !== undefined ? `${a.index}.` : ''}${a.title}`),
  ];
  return unique(lines);
}

function yearOf(date: string | undefined): number | undefined {
  const year = date ? Number(date.slice(0, 4)) : NaN;
  return Number.isInteger(year) && year > 0 ? year : undefined;
}

/**
 * The year a document is filed under: a repost or an excerpt often lacks its 成文日期, and then
 * the page's 发布日期, the gazette's year or the year in its own number still place it — in
 * that order, the nearest to the signing first.
 *
 * @example filingYear({ docNumber: '稷政办发〔2022〕31号' }) // 2022
 */
export function filingYear(document: Pick<GazetteDocument, 'date' | 'publishedOn' | 'docNumber'>, gazetteYear?: number): number | undefined {
  return yearOf(document.date) ?? yearOf(document.publishedOn) ?? gazetteYear ?? numberYear(document.docNumber);
}

/** The year of a document number (〔2022〕), when it has one. */
export function numberYear(docNumber: string | undefined): number | undefined {
  const year = docNumber ? parseDocNumber(docNumber)?.year : undefined;
  return typeof year === 'number' && Number.isInteger(year) && year > 0 ? year : undefined;
}

/**
 * Builds the IndexableDocument of one document.
 *
 * @example
 * toIndexable(doc, { gazette: { id: 'a1', name: '稷山县人民政府公报', year: 2022, issue: 3 } })
 * // → { id, title: '关于印发稷山县助企纾困38条的通知', docNumber: '稷政办发〔2022〕31号',
 * //     units: ['县人力资源和社会保障局', …], headings: ['一、…'], paragraphs: […], … }
 */
export function toIndexable(document: GazetteDocument, context: IndexableContext = {}): IndexableDocument {
  const gazette = context.gazette ?? undefined;
  const stated = statedDates(document.validity, document.date);
  return {
    id: document.id,
    gazetteId: document.gazetteId,
    gazetteName: gazette?.name,
    gazetteYear: gazette?.year,
    gazetteIssue: gazette?.issue,
    county: document.county ?? gazette?.county,
    year: filingYear(document, gazette?.year),
    date: document.date,
    ...(document.publishedOn ? { publishedOn: document.publishedOn } : {}),
    docNumber: document.docNumber,
    docNumberRaw: document.docNumberRaw,
    title: document.title,
    issuingBody: document.issuingBody,
    type: document.type,
    ...noticeTypeOf(document),
    page: document.page,
    units: unique(document.duties.map(canonicalUnitName)),
    headings: document.outline
      // 一、总体要求 / （一）加强领导 read as one string; 第一章 总则 keeps its space.
      .map((node) => [node.label, node.title].filter(Boolean).join(/[、）).．]$/.test(node.label) ? '' : ' ').trim())
      .filter((heading) => heading.length > 0),
    paragraphs: document.paragraphs.map((paragraph) => paragraph.text),
    printed: printedLines(document),
    citedNumbers: unique(document.references.map((reference) => reference.docNumber ?? '')),
    effectiveFrom: stated.effectiveFrom ?? document.validity.effectiveFrom,
    // A status the metadata states (有效性：失效) reaches the filters as the dates it stands for.
    expiresOn: stated.expiresOn ?? (context.expiresOn !== undefined ? (context.expiresOn ?? undefined) : document.validity.expiresOn),
    repealedOn: [context.repealedOn, stated.repealedOn].filter((d) => d !== undefined).sort()[0],
    level: document.level,
  };
}

/** The 文种 its own title ends with, where that is not the kind of text it issues (see IndexableDocument.noticeType). */
function noticeTypeOf(document: GazetteDocument): { noticeType?: string } {
  const own = titleTypeWord(document.title);
  return own && document.type && typeGroup(own) !== typeGroup(document.type) ? { noticeType: own } : {};
}
