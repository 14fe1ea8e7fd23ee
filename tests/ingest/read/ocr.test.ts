/**
 * OCR without tesseract: word boxes to positioned text, and the error that says how to install
 * it. Recognising real scans takes tesseract seconds a page: ocr.slow.test.ts.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, symlinkSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { tsvToPage } from '../../../ingest/read/ocr';

const projectRoot = path.resolve(__dirname, '../../..');

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
