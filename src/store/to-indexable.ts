/**
 * @module store/to-indexable
 * Flattens a stored document into what a search backend indexes. Pure: the store passes
 * in the gazette it appeared in and the date it was repealed (which only the store knows).
 */
import type { GazetteDocument, GazetteIssue } from '../model';
import type { IndexableDocument } from './search-backend';

export interface IndexableContext {
  /** The issue the document was published in; null for a single web page. */
  gazette?: (Partial<GazetteIssue> & { id: string }) | null;
  /** Date of the earliest document in the corpus that repeals this one. */
  repealedOn?: string;
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
  const dateYear = document.date ? Number(document.date.slice(0, 4)) : undefined;
  return {
    id: document.id,
    gazetteId: document.gazetteId,
    gazetteName: gazette?.name,
    gazetteYear: gazette?.year,
    gazetteIssue: gazette?.issue,
    county: document.county ?? gazette?.county,
    year: dateYear !== undefined && Number.isFinite(dateYear) ? dateYear : gazette?.year,
    date: document.date,
    docNumber: document.docNumber,
    docNumberRaw: document.docNumberRaw,
    title: document.title,
    issuingBody: document.issuingBody,
    type: document.type,
    page: document.page,
    units: unique(document.duties.map(canonicalUnitName)),
    headings: document.outline
      // 一、总体要求 / （一）加强领导 read as one string; 第一章 总则 keeps its space.
      .map((node) => [node.label, node.title].filter(Boolean).join(/[、）).．]$/.test(node.label) ? '' : ' ').trim())
      .filter((heading) => heading.length > 0),
    paragraphs: document.paragraphs.map((paragraph) => paragraph.text),
    citedNumbers: unique(document.references.map((reference) => reference.docNumber ?? '')),
    effectiveFrom: document.validity.effectiveFrom,
    expiresOn: document.validity.expiresOn,
    repealedOn: context.repealedOn,
    level: document.level,
  };
}
