/**
 * The same gazettes, whatever the format: the sample PDFs (data/pdf) and re-encoded copies of
 * the sample texts (data/samples) go through the pipeline and must give the documents of the
 * text files. Where ../shared/corpus/gold is present, every gold field of the PDF records is
 * checked too. The OCR path on a scan is in ocr.slow.test.ts.
 */
import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../../ingest/pipeline';
import { readBuffer } from '../../../ingest/read/read-source';
import type { GazetteDocument, GazetteRecord } from '../../../src/model';
import { samplePdf, sampleGazettes, sampleText } from '../../samples';
import { describeShared, readGold, type GoldDocument } from '../../shared-corpus';

const compact = (s: string | undefined) => s?.replace(/\s+/g, '');
const goldFields = ['docNumber', 'issuingBody', 'title', 'date', 'publicity', 'effectiveFrom', 'validYears'] as const;

function field(doc: GazetteDocument, name: (typeof goldFields)[number]): unknown {
  if (name === 'effectiveFrom') return doc.validity.effectiveFrom;
  if (name === 'validYears') return doc.validity.validYears;
  return compact(doc[name]);
}

const want = (expected: GoldDocument, name: (typeof goldFields)[number]) =>
  typeof expected[name] === 'string' ? compact(expected[name] as string) : expected[name];

/** Gold fields a document gets right. */
function matchesGold(doc: GazetteDocument | undefined, expected: GoldDocument): boolean {
  return !!doc && goldFields.every((name) => expected[name] === undefined || field(doc, name) === want(expected, name));
}

const pipeline = createPipeline();

async function run(bytes: Buffer, name: string): Promise<GazetteRecord> {
  const read = await readBuffer(bytes, name);
  if (read.kind !== 'text') throw new Error('expected text');
  return pipeline(read.text);
}

interface Records {
  fromText: GazetteRecord;
  fromPdf: GazetteRecord;
  fromGb18030: GazetteRecord;
}

/** Each sample read three ways, once for the whole file (the gold checks reuse them). */
const cache = new Map<string, Promise<Records>>();
function recordsOf(file: string, pdf: string): Promise<Records> {
  if (!cache.has(file)) {
    cache.set(file, (async () => {
      const text = readFileSync(sampleText(file));
      return {
        fromText: await run(text, file),
        fromPdf: await run(readFileSync(samplePdf(pdf)), pdf),
        fromGb18030: await run(iconv.encode(text.toString('utf8'), 'gb18030'), file),
      };
    })());
  }
  return cache.get(file)!;
}

const byNumber = (record: GazetteRecord, docNumber: string) => record.documents.find((d) => compact(d.docNumber) === compact(docNumber));

describe.each(sampleGazettes)('pipeline on $pdf and $file', (gazette) => {
  let r: Records;
  beforeAll(async () => {
    r = await recordsOf(gazette.file, gazette.pdf);
  }, 120_000);

  it('finds every printed document in the text', () => {
    expect(r.fromText.documents.filter((d) => d.docNumber)).toHaveLength(gazette.documents);
  });

  it('finds as many documents in the PDF as in the text', () => {
    expect(r.fromPdf.documents.map((d) => d.docNumber)).toEqual(r.fromText.documents.map((d) => d.docNumber));
  });

  it('gives each PDF document the number, title, issuing body and date of the text', () => {
    const fields = (d: GazetteDocument | undefined) => d && { title: compact(d.title), issuingBody: compact(d.issuingBody), date: d.date };
    for (const doc of r.fromText.documents) {
      expect(fields(byNumber(r.fromPdf, doc.docNumber ?? '')), doc.docNumber).toEqual(fields(doc));
    }
  });

  it('gives every PDF document its first and last printed page, one document after the other', () => {
    // The PDF renderings are set tighter than the printed issue, so their footers (the truth for a
    // PDF) run ahead of the contents' page numbers; the pages must still tile the gazette.
    const docs = r.fromPdf.documents;
    for (const doc of docs) {
      expect(doc.pages, doc.docNumber).toBeDefined();
      expect(doc.pages!.first, doc.docNumber).toBeLessThanOrEqual(doc.pages!.last);
    }
    for (let i = 1; i < docs.length; i++) {
      expect(docs[i].pages!.first - docs[i - 1].pages!.last, docs[i].docNumber).toBeGreaterThanOrEqual(0);
      expect(docs[i].pages!.first - docs[i - 1].pages!.last, docs[i].docNumber).toBeLessThanOrEqual(1);
    }
    const lastPrinted = Math.max(...docs.flatMap((d) => d.paragraphs.map((p) => p.pageEnd ?? p.page ?? 0)));
    expect(docs.at(-1)!.pages!.last).toBe(lastPrinted);
  });

  it('gives the GB18030 copy exactly the records of the UTF-8 text, but for the source', () => {
    const strip = (x: GazetteRecord) => ({ ...x, source: undefined, id: undefined, documents: x.documents.map((d) => ({ ...d, gazetteId: undefined })) });
    expect(strip(r.fromGb18030)).toEqual(strip(r.fromText));
    expect(r.fromGb18030.source.encoding).toBe('gb18030');
  });
});

describeShared('gold', 'the sample PDFs against the hand-checked facts (../shared/corpus/gold)', (dir) => {
  describe.each(readGold(dir))('$pdf', (gazette) => {
    let r: Records;
    beforeAll(async () => {
      r = await recordsOf(gazette.file, gazette.pdf);
    }, 120_000);

    it.each(gazette.documents.map((d) => [d.docNumber, d] as const))('%s: the PDF document has every gold field', (docNumber, expected) => {
      const doc = byNumber(r.fromPdf, docNumber);
      expect(doc, `${docNumber} missing from the PDF record`).toBeDefined();
      for (const name of goldFields) {
        if (expected[name] !== undefined) expect(field(doc!, name), `${docNumber} ${name}`).toBe(want(expected, name));
      }
    });

    it('matches gold in the PDF for every document that matches gold in the text', () => {
      const inText = gazette.documents.filter((g) => matchesGold(byNumber(r.fromText, g.docNumber), g)).map((g) => g.docNumber);
      const inPdf = gazette.documents.filter((g) => matchesGold(byNumber(r.fromPdf, g.docNumber), g)).map((g) => g.docNumber);
      console.info(`${gazette.pdf}: ${inPdf.length}/${gazette.documents.length} documents match gold (text: ${inText.length})`);
      expect(inPdf).toEqual(expect.arrayContaining(inText));
    });
  });
});
