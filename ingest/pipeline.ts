/**
 * @module ingest/pipeline
 * Calls the stages in order, so the types check end to end:
 * SourceText → repaired paragraphs → issue metadata + contents → document blocks → header
 * fields → document stages (references, validity, duties) → contents reconciled → GazetteRecord.
 */
import { gazetteId as makeGazetteId, sourceGazetteId } from '../src/domain/ids';
import { createUnitResolver, loadUnitTable, type UnitResolver } from '../src/domain/units';
import type { GazetteDocument, GazetteRecord, Message, SourceText } from '../src/model';
import { compact } from '../src/text/normalize';
import { createExtractDuties } from './stages/extract-duties';
import { createExtractReferences } from './stages/extract-references';
import { createExtractValidity } from './stages/extract-validity';
import { readContents } from './stages/read-contents';
import { readHeader } from './stages/read-header';
import { readIssue } from './stages/read-issue';
import { reconcileContents } from './stages/reconcile-contents';
import { repairParagraphs } from './stages/repair-paragraphs';
import { splitDocuments } from './stages/split-documents';

/** A stage that enriches one document (references, validity, duties …). */
export type DocumentStage = (doc: GazetteDocument) => GazetteDocument;

export interface PipelineDeps {
  documentStages?: DocumentStage[];
}

/** The document stages every ingestion runs, sharing one unit resolver. */
export function defaultDocumentStages(units: UnitResolver = createUnitResolver(loadUnitTable())): DocumentStage[] {
  return [createExtractReferences(), createExtractValidity(), createExtractDuties({ units })];
}

/** Runs document stages in order on one document. */
export function runDocumentStages(doc: GazetteDocument, stages: DocumentStage[]): GazetteDocument {
  return stages.reduce((d, stage) => stage(d), doc);
}

/**
 * @example const run = createPipeline(); const record = run(textToSourceText(text, source));
 *   record.documents.length // 14 for the 稷山县 2022年第3期 sample
 */
export function createPipeline(deps: PipelineDeps = {}): (text: SourceText) => GazetteRecord {
  const stages = deps.documentStages ?? defaultDocumentStages();
  return (input) => {
    const repaired = repairParagraphs(input);
    const messages: Message[] = [...repaired.messages];
    const blocks = splitDocuments(repaired.paragraphs);
    const firstLine = blocks.length > 0 ? repaired.paragraphs[blocks[0].start].lineStart : input.lines.length;
    const front = input.lines.slice(0, firstLine).map((l) => l.text);
    const contentsAt = front.findIndex((l) => /^目\s*录$/.test(compact(l)) || compact(l) === '本期目录');
    const cover = contentsAt >= 0 ? front.slice(0, contentsAt) : front;
    const { issue, messages: issueMessages } = readIssue(cover.length > 0 ? cover : front);
    messages.push(...issueMessages);
    const contents = contentsAt >= 0 ? readContents(front.slice(contentsAt + 1)) : [];
    const id = issue ? makeGazetteId(issue) : sourceGazetteId(input.source.sha256);

    const seen = new Set<string>();
    const documents = blocks.map((block, ordinal) => {
      let doc = readHeader(repaired.paragraphs, block, { gazetteId: id, county: issue?.county, ordinal });
      if (seen.has(doc.id)) {
        // The same number twice in one gazette: keep both, but under distinct ids.
        doc = { ...doc, id: `${doc.id}-${ordinal}`, messages: [...doc.messages, { level: 'warning', origin: 'pipeline', message: `document number ${doc.docNumber} appears twice in this gazette` }] };
      }
      seen.add(doc.id);
      return runDocumentStages(doc, stages);
    });
    if (documents.length === 0) messages.push({ level: 'error', origin: 'split-documents', message: 'no documents found in this file (no title followed by a document number or recipients)' });
    const reconciled = reconcileContents(contents, documents);
    messages.push(...reconciled.messages);
    return {
      id,
      kind: 'gazette',
      source: input.source,
      issue,
      contents: reconciled.contents,
      documents: reconciled.documents,
      messages,
    };
  };
}
