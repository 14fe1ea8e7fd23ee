/**
 * @module ingest/stages/reconcile-contents
 * Matches every table-of-contents entry with a document body (by number, else by title) and
 * reports differences instead of hiding them: a title that differs is kept as both.
 */
import type { ContentsEntry, GazetteDocument, Message } from '../../src/model';
// Titles compare by their key: without whitespace, with either kind of bracket, quote or dash (2022-2023 = 2022—2023).
import { titleKey } from '../../src/text/book-titles';

export interface Reconciled {
  contents: ContentsEntry[];
  documents: GazetteDocument[];
  messages: Message[];
}


export function reconcileContents(contents: ContentsEntry[], documents: GazetteDocument[]): Reconciled {
  const messages: Message[] = [];
  const byNumber = new Map(documents.filter((d) => d.docNumber).map((d) => [d.docNumber!, d]));
  const byTitle = new Map(documents.map((d) => [titleKey(d.title), d]));
  const matched = new Set<string>();
  const docs = new Map(documents.map((d) => [d.id, d]));
  const entries = contents.map((entry) => {
    const doc = (entry.docNumber && byNumber.get(entry.docNumber)) || byTitle.get(titleKey(entry.title));
    if (!doc) {
      messages.push({ level: 'warning', origin: 'reconcile-contents', message: `contents entry has no body: ${entry.docNumber ?? ''} ${entry.title}` });
      return entry;
    }
    matched.add(doc.id);
    const updated: GazetteDocument = { ...docs.get(doc.id)!, ...(entry.page !== undefined ? { page: entry.page } : {}) };
    if (titleKey(entry.title) !== titleKey(doc.title)) {
      updated.titleInContents = entry.title;
      const message = `title differs between contents and body: 目录「${entry.title}」 正文「${doc.title}」`;
      updated.messages = [...updated.messages, { level: 'warning', origin: 'reconcile-contents', message }];
      messages.push({ level: 'warning', origin: 'reconcile-contents', message: `${doc.docNumber ?? ''} ${message}` });
    }
    docs.set(doc.id, updated);
    return { ...entry, documentId: doc.id };
  });
  if (contents.length > 0) {
    for (const doc of documents) {
      if (!matched.has(doc.id)) messages.push({ level: 'info', origin: 'reconcile-contents', message: `document not listed in the contents: ${doc.docNumber ?? ''} ${doc.title}` });
    }
  }
  return { contents: entries, documents: documents.map((d) => docs.get(d.id)!), messages };
}
