/**
 * `--ocr` on the office formats of ../shared/corpus/formats: the CamScanner scan PDF (its only
 * text a watermark) read as its labelled 意见, and an image-only OFD made from its first page,
 * refused by name without `--ocr`. tesseract takes about a minute on two cores, so this runs in
 * `npm run test:slow`; skipped, visibly, without ../shared or without tesseract.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { readBuffer, readSource } from '../../ingest/read/read-source';
import { imageObject, makeOfd } from '../ingest/read/make-ofd';
import { hasTesseract, renderPageJpeg } from '../ingest/read/make-pdf';
import { describeShared } from '../shared-corpus';
import { issuerOf, norm, readLabels } from './format-labels';

describeShared('formats', 'office formats by OCR (../shared/corpus/formats)', (dir) => {
  const labels = readLabels(dir);
  const pipeline = createPipeline();
  const scan = 'pdf/policyreader__关于加力推进农机购置与应用补贴“优机优补““有进有出”的意见.pdf';
  if (!hasTesseract) {
    describe('--ocr', () => {
      it.skip('tesseract with chi_sim or pdftoppm is not installed: skipped (apt-get install -y tesseract-ocr tesseract-ocr-chi-sim poppler-utils)', () => {});
    });
  }

  describe.runIf(hasTesseract)('--ocr (tesseract + chi_sim)', () => {
    it('reads the CamScanner scan PDF (its only text the watermark) as the labelled 意见', { timeout: 900_000 }, async () => {
      const label = labels.find((l) => l.file === scan)!;
      const record = pipeline(await readSource(path.join(dir, scan), { ocr: true }));
      const doc = record.documents[0];
      console.log(`scan PDF by OCR: ${doc.text.length} chars; title ${doc.title}; issuer ${issuerOf(doc)}; date ${doc.date ?? '∅'} (labelled ${label.date})`);
      expect(record.source.ocr).toBe(true);
      expect(issuerOf(doc)).toBe(norm(label.issuer as string));
      expect(norm(doc.title)).toContain('关于加力推进农机购置与应用补贴');
    });

    it('reads an image-only OFD (page 1 of the scan as Res/page.jpg) with --ocr, and refuses it by name without', { timeout: 300_000 }, async () => {
      const jpeg = renderPageJpeg(path.join(dir, scan), 1, 300);
      const ofd = makeOfd({
        pages: [imageObject(1, 50)],
        resources: '<ofd:MultiMedias><ofd:MultiMedia ID="50" Type="Image"><ofd:MediaFile>page.jpg</ofd:MediaFile></ofd:MultiMedia></ofd:MultiMedias>',
        files: { 'Doc_0/Res/page.jpg': jpeg },
      });
      const without = await readBuffer(ofd, '扫描件.ofd').catch((e: Error) => e);
      expect((without as Error).message).toMatch(/^扫描件\.ofd: .*只有图像.*--ocr/);
      const read = await readBuffer(ofd, '扫描件.ofd', { ocr: true });
      const doc = pipeline(read).documents[0];
      console.log(`image-only OFD by OCR: ${doc.text.length} chars; title ${doc.title}`);
      expect(read.kind === 'text' && read.text.source).toMatchObject({ format: 'ofd', ocr: true });
      expect(norm(doc.title)).toContain('农机购置与应用补贴');
    });
  });
});
