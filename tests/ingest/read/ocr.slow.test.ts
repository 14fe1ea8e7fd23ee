/**
 * OCR on scans made from the sample PDF (data/pdf, pages rendered at 300 dpi by pdftoppm and
 * wrapped as image-only PDFs): the reader recognises the lines of a page, and the pipeline finds
 * the document on two scanned pages. tesseract takes seconds a page, so this runs in
 * `npm run test:slow`; without tesseract + chi_sim it is skipped with a message saying so.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { createPipeline } from '../../../ingest/pipeline';
import { readBuffer } from '../../../ingest/read/read-source';
import type { SourceText } from '../../../src/model';
import { samplePdf } from '../../samples';
import { hasTesseract, imageOnlyPdf, renderPageJpeg } from './make-pdf';

const pdf = samplePdf('xiaxian-2023-04.pdf');
const missing = 'tesseract with chi_sim or pdftoppm is not installed: skipped (apt-get install -y tesseract-ocr tesseract-ocr-chi-sim poppler-utils)';
if (!hasTesseract) console.warn(`ocr.slow.test: ${missing}`);

if (!hasTesseract) {
  describe('OCR', () => {
    it.skip(missing, () => {});
  });
}

describe.runIf(hasTesseract)('readBuffer with ocr on a scanned page', () => {
  let text: SourceText;
  beforeAll(async () => {
    // Page 2 of the 夏县 gazette (the contents' end and the first document's header) as a 300 dpi scan.
    const scan = imageOnlyPdf([renderPageJpeg(pdf, 2, 300)]);
    const read = await readBuffer(scan, 'scan.pdf', { ocr: true });
    if (read.kind !== 'text') throw new Error('expected text');
    text = read.text;
  }, 120_000);

  it('marks the source as recognised by OCR', () => {
    expect(text.source).toMatchObject({ format: 'pdf', ocr: true });
  });

  it('finds the document number line', () => {
    expect(text.lines.map((l) => l.text)).toContain('夏政发〔2023〕12号');
  });

  it('finds the title, with no spaces between Chinese characters', () => {
    expect(text.lines.map((l) => l.text)).toContain('关于印发《夏县重大行政决策程序实施办法》的通知');
  });

  it('keeps the recipients and the body as separate lines', () => {
    expect(text.lines.some((l) => l.text.startsWith('各乡') && l.text.endsWith('县直各有关单位:'))).toBe(true);
  });
});

describe.runIf(hasTesseract)('pipeline on a scanned gazette read with ocr', () => {
  it('finds 夏政发〔2023〕12号 and its title', async () => {
    const scan = imageOnlyPdf([renderPageJpeg(pdf, 2, 300), renderPageJpeg(pdf, 3, 300)]);
    const read = await readBuffer(scan, 'scan.pdf', { ocr: true });
    if (read.kind !== 'text') throw new Error('expected text');
    const record = createPipeline()(read.text);
    const doc = record.documents.find((d) => d.docNumber === '夏政发〔2023〕12号');
    expect(doc, JSON.stringify(record.documents.map((d) => [d.docNumber, d.title]))).toBeDefined();
    expect(doc!.title.replace(/\s+/g, '')).toContain('关于印发《夏县重大行政决策程序实施办法》的通知');
  }, 120_000);
});
