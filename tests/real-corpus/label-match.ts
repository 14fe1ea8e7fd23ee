/**
 * @module tests/real-corpus/label-match
 * How a read document is held against the hand-checked labels of ../shared/corpus/real (the
 * real-docs test and the perturb runner judge alike).
 */
import type { GazetteDocument, GazetteRecord } from '../../src/model';

/** Spacing, width and bracket shape are not what the labels judge (the corpus writes （） as ()). */
export function norm(text: string | undefined | null): string {
  return (text ?? '').normalize('NFKC').replace(/\s+/g, '').replace(/[（]/g, '(').replace(/[）]/g, ')').replace(/^《(.*)》$/, '$1');
}

/** The labelled document of a record: the one with the labelled number, else the first. */
export function labelledDocument(record: GazetteRecord, label: { docNumber?: string | null }): GazetteDocument | undefined {
  return record.documents.find((d) => label.docNumber && norm(d.docNumber) === norm(label.docNumber)) ?? record.documents[0];
}

export function issuerOf(doc: GazetteDocument | undefined): string {
  return norm(doc?.issuers?.join('、') ?? doc?.issuingBody);
}

/**
 * The title as judged against a label. The labels give a single document's title as its head
 * prints it (兴安盟行政公署关于表彰…的决定); a gazette names its documents as its 目录 does, the
 * organ in its own field (the samples' gold: 关于印发…的通知, 稷山县人民政府). In a gazette, the
 * organ and the title together are the printed title too.
 */
export function titleAsLabelled(record: GazetteRecord, doc: GazetteDocument | undefined, label: string | null | undefined): string {
  const title = norm(doc?.title);
  if (record.kind !== 'gazette' || !label || title === norm(label) || !title.startsWith('关于')) return title;
  const printed = norm((doc?.issuers?.join('') ?? doc?.issuingBody ?? '') + title);
  return printed === norm(label) ? printed : title;
}
