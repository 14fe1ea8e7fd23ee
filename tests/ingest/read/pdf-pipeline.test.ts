/**
 * The same gazettes, whatever the format: the PDFs and re-encoded text copies go through the
 * pipeline and must give the documents of the seed text files, each gold field equal.
 * Runs once the foundation pipeline (ingest/pipeline.ts, createPipeline) exists.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { readBuffer } from '../../../ingest/read/read-source';
import type { GazetteDocument, GazetteRecord, SourceText } from '../../../src/model';
import { hasTesseract, imageOnlyPdf, renderPageJpeg } from './make-pdf';

const root = path.resolve(__dirname, '../../..');
const corpus = path.resolve(root, '..', 'shared/corpus');
const pipelineFile = path.join(root, 'ingest/pipeline.ts');
const hasPipeline = existsSync(pipelineFile);
if (!hasPipeline) console.warn('pdf-pipeline.test: ingest/pipeline.ts not there yet — format-equivalence tests skipped');

interface GoldDocument {
  docNumber: string;
  issuingBody?: string;
  title?: string;
  date?: string;
  publicity?: string;
  effectiveFrom?: string;
  validYears?: number;
}
interface GoldGazette {
  file: string;
  pdf: string;
  documents: GoldDocument[];
}
const gold = JSON.parse(readFileSync(path.join(corpus, 'gold/seeds.json'), 'utf8')) as { gazettes: GoldGazette[] };

const compact = (s: string | undefined) => s?.replace(/\s+/g, '');
const goldFields = ['docNumber', 'issuingBody', 'title', 'date', 'publicity'] as const;

function field(doc: GazetteDocument, name: keyof GoldDocument): unknown {
  if (name === 'effectiveFrom') return doc.validity.effectiveFrom;
  if (name === 'validYears') return doc.validity.validYears;
  const value = doc[name as keyof GazetteDocument];
  return typeof value === 'string' ? compact(value) : value;
}

/** Gold fields a document gets right. */
function matchesGold(doc: GazetteDocument | undefined, expected: GoldDocument): boolean {
  if (!doc) return false;
  const names = [...goldFields, 'effectiveFrom', 'validYears'] as Array<keyof GoldDocument>;
  return names.every((name) => expected[name] === undefined || field(doc, name) === (typeof expected[name] === 'string' ? compact(expected[name] as string) : expected[name]));
}

async function run(bytes: Buffer, name: string): Promise<GazetteRecord> {
  const { createPipeline } = (await import(/* @vite-ignore */ pipelineFile)) as { createPipeline: () => (text: SourceText) => GazetteRecord };
  const read = await readBuffer(bytes, name);
  if (read.kind !== 'text') throw new Error('expected text');
  return createPipeline()(read.text);
}

describe.skipIf(!hasPipeline).each(gold.gazettes)('pipeline on $pdf and $file', (gazette) => {
  let fromText: GazetteRecord;
  let fromPdf: GazetteRecord;
  let fromGb18030: GazetteRecord;
  beforeAll(async () => {
    const text = readFileSync(path.join(corpus, 'seeds', gazette.file));
    fromText = await run(text, gazette.file);
    fromPdf = await run(readFileSync(path.join(corpus, 'pdf', gazette.pdf)), gazette.pdf);
    fromGb18030 = await run(iconv.encode(text.toString('utf8'), 'gb18030'), gazette.file);
  }, 120_000);

  const byNumber = (record: GazetteRecord, docNumber: string) =>
    record.documents.find((d) => compact(d.docNumber) === compact(docNumber));

  it('finds as many documents in the PDF as in the text', () => {
    expect(fromPdf.documents.map((d) => d.docNumber)).toEqual(fromText.documents.map((d) => d.docNumber));
  });

  it.each(gazette.documents.map((d) => [d.docNumber, d] as const))('%s: the PDF document has every gold field', (docNumber, expected) => {
    const doc = byNumber(fromPdf, docNumber);
    expect(doc, `${docNumber} missing from the PDF record`).toBeDefined();
    for (const name of [...goldFields, 'effectiveFrom', 'validYears'] as Array<keyof GoldDocument>) {
      if (expected[name] === undefined) continue;
      const want = typeof expected[name] === 'string' ? compact(expected[name] as string) : expected[name];
      expect(field(doc!, name), `${docNumber} ${name}`).toBe(want);
    }
  });

  it('matches gold in the PDF for every document that matches gold in the text', () => {
    const inText = gazette.documents.filter((g) => matchesGold(byNumber(fromText, g.docNumber), g)).map((g) => g.docNumber);
    const inPdf = gazette.documents.filter((g) => matchesGold(byNumber(fromPdf, g.docNumber), g)).map((g) => g.docNumber);
    console.info(`${gazette.pdf}: ${inPdf.length}/${gazette.documents.length} documents match gold (text: ${inText.length})`);
    expect(inPdf).toEqual(expect.arrayContaining(inText));
  });

  it('gives every PDF document its first and last printed page, one document after the other', () => {
    // The PDF renderings are set tighter than the printed issue, so their footers (the truth for a
    // PDF) run ahead of the contents' page numbers; the pages must still tile the gazette.
    const docs = fromPdf.documents;
    for (const doc of docs) {
      expect(doc.pages, doc.docNumber).toBeDefined();
      expect(doc.pages!.first, doc.docNumber).toBeLessThanOrEqual(doc.pages!.last);
    }
    for (let i = 1; i < docs.length; i++) {
      expect(docs[i].pages!.first - docs[i - 1].pages!.last, docs[i].docNumber).toBeGreaterThanOrEqual(0);
      expect(docs[i].pages!.first - docs[i - 1].pages!.last, docs[i].docNumber).toBeLessThanOrEqual(1);
    }
    const lastPrinted = Math.max(...fromPdf.documents.flatMap((d) => d.paragraphs.map((p) => p.pageEnd ?? p.page ?? 0)));
    expect(docs.at(-1)!.pages!.last).toBe(lastPrinted);
  });

  it('gives the GB18030 copy exactly the records of the UTF-8 text, but for the source', () => {
    const strip = (r: GazetteRecord) => ({ ...r, source: undefined, id: undefined, documents: r.documents.map((d) => ({ ...d, gazetteId: undefined })) });
    expect(strip(fromGb18030)).toEqual(strip(fromText));
    expect(fromGb18030.source.encoding).toBe('gb18030');
  });
});

describe.skipIf(!hasPipeline || !hasTesseract)('pipeline on a scanned gazette read with ocr', () => {
  it('finds 夏政发〔2023〕12号 and its title', async () => {
    const pdf = path.join(corpus, 'pdf/xiaxian-2023-04.pdf');
    const scan = imageOnlyPdf([renderPageJpeg(pdf, 2, 300), renderPageJpeg(pdf, 3, 300)]);
    const { createPipeline } = (await import(/* @vite-ignore */ pipelineFile)) as { createPipeline: () => (text: SourceText) => GazetteRecord };
    const read = await readBuffer(scan, 'scan.pdf', { ocr: true });
    if (read.kind !== 'text') throw new Error('expected text');
    const record = createPipeline()(read.text);
    const doc = record.documents.find((d) => d.docNumber === '夏政发〔2023〕12号');
    expect(doc, JSON.stringify(record.documents.map((d) => [d.docNumber, d.title]))).toBeDefined();
    expect(compact(doc!.title)).toContain('关于印发《夏县重大行政决策程序实施办法》的通知');
  }, 120_000);
});
