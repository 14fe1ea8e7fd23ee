import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { tsvToPage } from '../../../ingest/read/ocr';
import { readBuffer } from '../../../ingest/read/read-source';
import type { SourceText } from '../../../src/model';
import { hasTesseract, imageOnlyPdf, renderPageJpeg } from './make-pdf';

const corpus = path.resolve(__dirname, '../../../..', 'shared/corpus');
const projectRoot = path.resolve(__dirname, '../../..');

if (!hasTesseract) {
  console.warn('ocr.test: tesseract with chi_sim or pdftoppm missing — OCR tests skipped. Install: apt-get install -y tesseract-ocr tesseract-ocr-chi-sim poppler-utils');
}

describe('tsvToPage', () => {
  const tsv = [
    'level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext',
    '1\t1\t0\t0\t0\t0\t0\t0\t2480\t3508\t-1\t',
    '4\t1\t1\t1\t1\t0\t350\t1000\t600\t50\t-1\t',
    '5\t1\t1\t1\t1\t1\t350\t1002\t200\t46\t91.2\t夏政发',
    '5\t1\t1\t1\t1\t2\t560\t1000\t390\t50\t88.0\t〔2023〕12 号',
  ].join('\n');

  it('converts word boxes in pixels at 300 dpi to PDF points from the bottom-left', () => {
    const page = tsvToPage(tsv, 2);
    expect(page.index).toBe(2);
    expect(page.top).toBeCloseTo((3508 * 72) / 300, 3);
    expect(page.items.map((i) => i.str)).toEqual(['夏政发', '〔2023〕12 号']);
    expect(page.items[0].x).toBeCloseTo(84, 3);
    // Both words share the line's baseline so that layout groups them into one line.
    expect(page.items[0].y).toBeCloseTo(page.items[1].y, 6);
    expect(page.items[0].y).toBeCloseTo(((3508 - 1050) * 72) / 300, 3);
  });
});

describe.skipIf(!hasTesseract)('readBuffer with ocr on a scanned page', () => {
  let text: SourceText;
  let scan: Buffer;
  beforeAll(async () => {
    // Page 2 of the 夏县 gazette (the contents' end and the first document's header) as a 300 dpi scan.
    scan = imageOnlyPdf([renderPageJpeg(path.join(corpus, 'pdf/xiaxian-2023-04.pdf'), 2, 300)]);
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

describe('readBuffer with ocr where tesseract is not installed', () => {
  it('fails with OCR_UNAVAILABLE and the command that installs it', () => {
    // A child process whose PATH holds only node: neither tesseract nor pdftoppm can be found.
    const bin = mkdtempSync(path.join(tmpdir(), 'gazette-path-'));
    symlinkSync(process.execPath, path.join(bin, 'node'));
    const script = `
      const { readFileSync } = await import('node:fs');
      const { imageOnlyPdf } = await import('./tests/ingest/read/make-pdf.ts');
      const { readBuffer } = await import('./ingest/read/read-source.ts');
      const jpeg = readFileSync(process.argv[1]);
      try { await readBuffer(imageOnlyPdf([jpeg]), 'scan.pdf', { ocr: true }); console.log('NO ERROR'); }
      catch (e) { console.log(JSON.stringify({ code: e.code, message: e.message })); }
    `;
    // A tiny valid JPEG (1×1 grey) so that no renderer is needed to build the scan.
    const jpeg = path.join(projectRoot, 'tests/fixtures/ocr/pixel.jpg');
    const run = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script, jpeg], {
      cwd: projectRoot,
      env: { PATH: bin, HOME: process.env.HOME ?? '/tmp' },
      encoding: 'utf8',
    });
    const result = JSON.parse(run.stdout.trim().split('\n').at(-1) ?? '{}') as { code?: string; message?: string };
    expect(result.code).toBe('OCR_UNAVAILABLE');
    expect(result.message).toContain('apt-get install -y tesseract-ocr tesseract-ocr-chi-sim poppler-utils');
    expect(result.message?.startsWith('scan.pdf: ')).toBe(true);
  });
});
