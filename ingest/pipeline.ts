/**
 * @module ingest/pipeline
 * Decides what a reader's text is and calls the stages in order, so the types check end to end.
 * Every text is cleaned first (page furniture, traditional script); then it is read as
 * - a law, regulation or rule (read-law) — one document;
 * - a document with its metadata beside it (a 政府信息公开 page) — one document;
 * - a gazette issue: masthead or several documents → repaired paragraphs → issue metadata and
 *   contents → document blocks → header fields → contents reconciled;
 * - otherwise one document (a saved 公文, a page excerpt): read-document.
 * Each document then goes through the document stages (references, validity, duties). A text
 * with any readable line yields at least one document; only a text with none yields zero, with
 * an error message saying so.
 */
import { findDocNumbers, parseDocNumber } from '../src/domain/doc-number';
import { isPartMarker } from '../src/domain/gazette-layout';
import { isContentsHeading } from '../src/domain/grammar';
import { gazetteId as makeGazetteId, sourceGazetteId } from '../src/domain/ids';
import { countyOfOrgan, levelOfOrgan } from '../src/domain/organ-place';
import { createUnitResolver, loadUnitTable, type UnitResolver } from '../src/domain/units';
import type { GazetteDocument, GazetteKind, GazetteRecord, Message, Paragraph, ReadResult, RepairedText, SourceText } from '../src/model';
import { compact, isSpaceCode } from '../src/text/normalize';
import { cleanLines } from './stages/clean-lines';
import { createExtractDuties } from './stages/extract-duties';
import { createExtractReferences } from './stages/extract-references';
import { createExtractValidity } from './stages/extract-validity';
import { isOneIssuingDocument, withIssuedRules } from './stages/issued-rules';
import { readContents } from './stages/read-contents';
import { fieldValidity, readDocument } from './stages/read-document';
import { readHeader } from './stages/read-header';
import { readIssue } from './stages/read-issue';
import { readLaw } from './stages/read-law';
import { reconcileContents } from './stages/reconcile-contents';
import { isFurniture, repairParagraphs } from './stages/repair-paragraphs';
import { splitDocuments, type DocumentBlock } from './stages/split-documents';
import { withNameDate } from './stages/name-date';
import { excerptParts } from './stages/split-excerpt';

/** A stage that enriches one document (references, validity, duties …). */
export type DocumentStage = (doc: GazetteDocument) => GazetteDocument;

export interface PipelineDeps {
  documentStages?: DocumentStage[];
}

/** Turns what a reader yields (or a reader's text alone) into the record the store keeps. */
export type Pipeline = (input: ReadResult | SourceText) => GazetteRecord;

/** Header fields a 政府信息公开 table can state; two of them make a text one document. */
const DOCUMENT_FIELDS = ['title', 'docNumber', 'issuingBody', 'date', 'indexNumber'] as const;

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
export function createPipeline(deps: PipelineDeps = {}): Pipeline {
  const stages = deps.documentStages ?? defaultDocumentStages();
  return (input) => {
    const read: ReadResult = 'kind' in input ? input : { kind: 'text', text: input };
    if (read.kind === 'rows') return readExport(read, stages);
    return readText(cleanLines(read.text), stages);
  };
}

function readText(text: SourceText, stages: DocumentStage[]): GazetteRecord {
  const id = sourceGazetteId(text.source.sha256);
  const unreadable = unreadableReason(text);
  if (unreadable) return singleRecord(id, 'document', text, [], [{ level: 'error', origin: 'pipeline', message: unreadable }]);
  const law = readLaw(text, { gazetteId: id });
  // What the law's history lines state (施行 dates) outranks what the validity stage reads from its articles.
  if (law) {
    const staged = runDocumentStages(withNameDate(law, text.source.path), stages);
    const county = lawCounty(law.issuingBody);
    return singleRecord(id, 'law', text, [{ ...staged, ...(county ? { county } : {}), validity: { ...staged.validity, ...law.validity } }]);
  }
  // A web page is a 'document-page', so that the UI can say where it came from.
  const kind: GazetteKind = text.source.format === 'html' ? 'document-page' : 'document';
  const fields = text.fields ?? {};
  if (DOCUMENT_FIELDS.filter((f) => fields[f]).length >= 2) return singleRecord(id, kind, text, [readOne(text, id, stages)]);
  // A 公文 that issues or forwards rules, with their decree or their own heads inside, is one document.
  if (isOneIssuingDocument(text.lines.map((l) => l.text))) return singleRecord(id, kind, text, [readOne(text, id, stages)]);
  const parts = splitAtPartMarkers(text);
  if (parts.length >= 2) return singleRecord(id, kind, text, parts.map((part, k) => readOne(part, id, stages, k)));
  // One repair and one cut serve both questions: a gazette issue, else a page excerpt.
  const repaired = repairParagraphs(text);
  const blocks = splitDocuments(repaired.paragraphs);
  const gazette = readGazette(text, repaired, blocks, stages);
  if (gazette) return gazette;
  const excerpt = excerptParts(text, repaired.paragraphs, blocks);
  if (excerpt.length === 2) {
    const note: Message = { level: 'warning', origin: 'pipeline', message: '页面摘录：前一篇公文只有结尾（标题、文号不在本文件中），后一篇从标题开始 (an excerpt: the end of one document, then the head of the next)' };
    return singleRecord(id, kind, text, excerpt.map((part, k) => readOne(part, id, stages, k)), [note]);
  }
  return singleRecord(id, kind, text, [readOne(text, id, stages)]);
}

/**
 * A page collecting several documents, each under a marker line (第一篇 / 第二篇): one text per
 * piece. What stands before the first marker is the page's own heading, not a document.
 */
function splitAtPartMarkers(text: SourceText): SourceText[] {
  const at = text.lines.flatMap((line, i) => (isPartMarker(line.text) ? [i] : []));
  if (at.length < 2) return [];
  return at.map((start, k) => ({ ...text, fields: undefined, lines: text.lines.slice(start + 1, at[k + 1] ?? text.lines.length), messages: [] }));
}

/** Below this share of Han characters among the visible ones, a text is no 公文 (emoji, Latin noise, mojibake). */
const MIN_HAN_SHARE = 0.1;

/**
 * Punctuation is no writing: a 目录 whose titles a PDF lost keeps rows of leader dots (. . . . , ……)
 * and rules (————) that would drown its Chinese in the share below.
 */
function isPunctuationCode(code: number): boolean {
  return (
    (code >= 0x21 && code <= 0x2f) || (code >= 0x3a && code <= 0x40) || (code >= 0x5b && code <= 0x60) || (code >= 0x7b && code <= 0x7e) ||
    code === 0xb7 || (code >= 0x2010 && code <= 0x205e) || (code >= 0x3000 && code <= 0x303f) || (code >= 0xff01 && code <= 0xff0f)
  );
}

/** Scripts China's documents are also published in, for the reason a text in one gives no document. */
const OTHER_SCRIPTS = [
  { name: '维吾尔文等阿拉伯字母文字', english: 'Arabic (Uyghur, Kazakh)', from: 0x0600, to: 0x06ff },
  { name: '藏文', english: 'Tibetan', from: 0x0f00, to: 0x0fff },
  { name: '蒙古文', english: 'Mongolian', from: 0x1800, to: 0x18af },
  { name: '朝鲜文', english: 'Korean', from: 0xac00, to: 0xd7af },
];

/** Why a text can give no document: nothing readable, or no Chinese a 公文 would be written in. */
function unreadableReason(text: SourceText): string | undefined {
  // Counted code by code: joining and matching the whole text cost 4% of a gazette's pipeline.
  let visible = 0;
  let han = 0;
  const scripts = new Map<string, number>();
  for (const { text: line } of text.lines) {
    for (let i = 0; i < line.length; i++) {
      const code = line.charCodeAt(i);
      if (isSpaceCode(code) || isPunctuationCode(code)) continue;
      visible++;
      if (code >= 0x3400 && code <= 0x9fff) han++;
      else if (code >= 0x0600) {
        const script = OTHER_SCRIPTS.find((s) => code >= s.from && code <= s.to);
        if (script) scripts.set(script.name, (scripts.get(script.name) ?? 0) + 1);
      }
    }
  }
  if (visible === 0) return '文件中没有可读的文字 (no readable text in this file)';
  if (han < 2 || han < visible * MIN_HAN_SHARE) {
    // A 蒙古文 or 藏文 version of a document is one: say so, since its Chinese version is what can be read.
    const [name] = [...scripts].sort((a, b) => b[1] - a[1]).find(([, n]) => n >= visible / 2) ?? [];
    if (name) return `文件主要是${name}，没有可读的中文文字；请导入该文件的中文版本 (the text is in ${OTHER_SCRIPTS.find((s) => s.name === name)!.english} script, not Chinese)`;
    return '文件中几乎没有中文文字，不是公文 (almost no Chinese text: not an official document)';
  }
  return undefined;
}

/**
 * The one document of a text, through the document stages. What its fields state about validity
 * — a web page's table, or a 政府信息公开 block printed in the text (生效时间, 废止时间, 有效性) —
 * outranks what the validity stage reads from its sentences, which replaces the document's.
 */
function readOne(text: SourceText, id: string, stages: DocumentStage[], ordinal = 0): GazetteDocument {
  // A 公文 that issues rules keeps them as its text, outlined under their own title.
  const read = withIssuedRules(readDocument(text, { gazetteId: id, ordinal }), text.lines.map((l) => l.text));
  const stated = { ...read.validity, ...fieldValidity(text.fields ?? {}) };
  const doc = runDocumentStages(read, stages);
  return Object.keys(stated).length > 0 ? { ...doc, validity: { ...doc.validity, ...stated } } : doc;
}

function singleRecord(id: string, kind: GazetteKind, text: SourceText, documents: GazetteDocument[], messages: Message[] = []): GazetteRecord {
  return { id, kind, source: text.source, issue: null, contents: [], documents, messages: [...text.messages, ...messages] };
}

/**
 * A gazette issue: a masthead naming a 公报 and its 期, or two documents or more. Undefined when
 * the text is neither, so that it is read as one document.
 */
function readGazette(input: SourceText, repaired: RepairedText, firstBlocks: DocumentBlock[], stages: DocumentStage[]): GazetteRecord | undefined {
  const firstLine = firstBlocks.length > 0 ? repaired.paragraphs[firstBlocks[0].start].lineStart : input.lines.length;
  // Running heads and folios between the 目录 and the first document are no part of either.
  const front = input.lines.slice(0, firstLine).map((l) => l.text).filter((l) => !isFurniture(l));
  const contentsAt = front.findIndex((l) => isContentsHeading(l));
  const cover = contentsAt >= 0 ? front.slice(0, contentsAt) : front;
  const { issue, messages: issueMessages } = readIssue(cover.length > 0 ? cover : front);
  if (!issue && distinctDocuments(repaired.paragraphs, firstBlocks) < 2) return undefined;
  if (firstBlocks.length === 0) return undefined;
  const messages: Message[] = [...repaired.messages, ...issueMessages];
  const contents = contentsAt >= 0 ? readContents(front.slice(contentsAt + 1)) : [];
  // Parts the 目录 lists that are not 公文 (政策解读, 大事记) start where their title stands.
  const blocks = contents.length > 0 ? splitDocuments(repaired.paragraphs, { contentsTitles: new Set(contents.map((e) => compact(e.title))) }) : firstBlocks;
  const id = issue ? makeGazetteId(issue) : sourceGazetteId(input.source.sha256);

  const seen = new Set<string>();
  const documents = blocks.map((block, ordinal) => {
    let doc = readHeader(repaired.paragraphs, block, { gazetteId: id, county: issue?.county, ordinal });
    if (seen.has(doc.id)) {
      // The same number twice in one gazette: keep both, but under distinct ids.
      doc = { ...doc, id: `${doc.id}-${ordinal}`, messages: [...doc.messages, { level: 'warning', origin: 'pipeline', message: `document number ${doc.docNumber} appears twice in this gazette` }] };
    }
    seen.add(doc.id);
    // A page of several documents under no masthead names no county: each is its issuer's, as a
    // document read alone is (鄂托克前旗人民政府 → 鄂托克前旗).
    const place = !issue && !doc.county && doc.issuingBody ? countyOfOrgan(doc.issuingBody) : undefined;
    if (place) doc = { ...doc, county: place };
    return runDocumentStages(withLevel(doc), stages);
  });
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
}

/**
 * How many different documents the blocks are: a page that prints one document's head twice
 * (its headline with the number, then the document) gives two blocks of one number or title.
 */
function distinctDocuments(paragraphs: Paragraph[], blocks: DocumentBlock[]): number {
  const heads = blocks.map((b) => {
    const printed = compact(paragraphs.slice(b.titleStart ?? b.start, b.titleEnd ?? b.numberAt ?? b.start + 1).map((p) => p.text).join(''));
    // A head printed again with its number glued before the title (某发〔2023〕2号某区人民政府关于…).
    const glued = findDocNumbers(printed)[0];
    const number = b.numberAt !== undefined ? parseDocNumber(compact(paragraphs[b.numberAt].text))?.canonical : glued?.index === 0 ? glued.canonical : undefined;
    // The same title with or without its 书名号 and quotes, a number glued to it or not.
    const title = (glued?.index === 0 ? printed.slice(glued.length) : printed).replace(/[《》〈〉“”"]/g, '');
    return { number, title };
  });
  const same = (a: (typeof heads)[number], b: (typeof heads)[number]) =>
    (a.number !== undefined && a.number === b.number) || (Math.min(a.title.length, b.title.length) >= 8 && (a.title.includes(b.title) || b.title.includes(a.title)));
  return heads.filter((h, i) => !heads.slice(0, i).some((earlier) => same(earlier, h))).length;
}

/**
 * The county a law files under: its maker's place when that is a prefecture or county (某自治州人大
 * 常委会 → 某自治州, 某市人民政府 → 某市), as a document is its issuer's; none for a province's
 * (北京市人大常委会 too) or the nation's. Set after the stages, which read a law's duties as the
 * laws of every place are read.
 */
function lawCounty(issuingBody: string | undefined): string | undefined {
  const level = issuingBody ? levelOfOrgan(issuingBody) : undefined;
  // A township's organ (某县某镇人民政府) files under the county its name opens with.
  return level === 'city' || level === 'county' || level === 'township' ? countyOfOrgan(issuingBody!) : undefined;
}

/** 效力级别 from the issuer, else from the document number's prefix, when the document has none yet. */
function withLevel(doc: GazetteDocument): GazetteDocument {
  if (doc.level) return doc;
  // The level its issuer's place has (济宁市人民政府 → city), else the one its number's 代字 gives:
  // few 代字 are known, and one character stands for many places (桂 for 广西 and for 桂东县).
  const byNumber = doc.docNumber ? parseDocNumber(doc.docNumber)?.level : undefined;
  const level = (doc.issuingBody ? levelOfOrgan(doc.issuers?.[0] ?? doc.issuingBody) : undefined) ?? (byNumber !== 'unknown' ? byNumber : undefined);
  return level ? { ...doc, level } : doc;
}

/** An export (CSV, JSONL): one document per row, each row's fields as its header. */
function readExport(read: Extract<ReadResult, { kind: 'rows' }>, stages: DocumentStage[]): GazetteRecord {
  const id = sourceGazetteId(read.source.sha256);
  const documents = read.rows.map((row, ordinal) => readOne(cleanLines(row), id, stages, ordinal));
  return { id, kind: 'export', source: read.source, issue: null, contents: [], documents, messages: [...read.messages] };
}
