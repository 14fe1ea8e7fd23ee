import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { readPdf } from '../../../ingest/read/pdf';
import type { Source, SourceText } from '../../../src/model';
import { GazetteError } from '../../../src/errors';
import { samplePdf, sampleText } from '../../samples';
import { encryptedPdf, hasGhostscript, hasPdftoppm, imageOnlyPdf, renderPageJpeg } from './make-pdf';

const pdfPath = samplePdf;
const source = (name: string): Source => ({ path: `data/pdf/${name}`, sha256: 'test', format: 'pdf' });

/** Seed text lines (non-empty), whitespace removed: the same gazettes converted by hand. */
function seedLines(name: string): string[] {
  const text = readFileSync(sampleText(name), 'utf8');
  return text.split('\n').map(key).filter((l) => l !== '');
}
const key = (line: string) => line.replace(/[\s\-]/g, '').replace(/\(/g, '（').replace(/\)/g, '）');

const gazettes = [
  { pdf: 'jishan-2022-03.pdf', seed: 'jishan-2022-03.txt', header: /稷山县人民政府公报\s*2022\s*年第\s*3\s*期/, pages: 40 },
  { pdf: 'xiaxian-2023-04.pdf', seed: 'xiaxian-2023-04.txt', header: /夏县人民政府公报\s*2023\s*年第\s*4\s*期/, pages: 61 },
];

describe.each(gazettes)('readPdf($pdf)', (gazette) => {
  let text: SourceText;
  beforeAll(async () => {
    text = await readPdf(readFileSync(pdfPath(gazette.pdf)), source(gazette.pdf));
  });

  it('leaves no running header line', () => {
    expect(text.lines.filter((l) => gazette.header.test(l.text))).toEqual([]);
  });

  it('leaves no page-number line', () => {
    expect(text.lines.filter((l) => /^[—–\-－·]\s*\d{1,3}\s*[—–\-－·]$/.test(l.text))).toEqual([]);
  });

  it('gives every line a printed page number, in order, from 1 up', () => {
    const pages = text.lines.map((l) => l.page ?? -1);
    expect(pages[0]).toBe(1);
    expect(pages.every((p, i) => p >= 1 && (i === 0 || p >= pages[i - 1]))).toBe(true);
    expect(Math.max(...pages)).toBeGreaterThanOrEqual(gazette.pages - 2);
  });

  it('produces the lines of the seed text, in the same order, for at least 98% of lines', () => {
    const seeds = seedLines(gazette.seed);
    const lines = text.lines.filter((l) => l.text !== '').map((l) => key(l.text));
    // Walk both in step: a line counts when it is found in the seed after the previous match.
    let at = 0;
    let inOrder = 0;
    for (const line of lines) {
      const found = seeds.indexOf(line, at);
      if (found >= 0) {
        inOrder++;
        at = found + 1;
      }
    }
    expect(inOrder / lines.length).toBeGreaterThan(0.98);
  });

  it('separates paragraphs with one empty line, as the seed text does', () => {
    expect(text.lines[0].text).not.toBe('');
    expect(text.lines.every((l, i) => (i % 2 === 1) === (l.text === ''))).toBe(true);
  });

  it('reports the removed running header as info', () => {
    expect(text.messages.some((m) => m.level === 'info' && m.origin === 'pdf')).toBe(true);
  });
});

describe('readPdf on two-column pages', () => {
  let lines: Array<{ text: string; page?: number }>;
  beforeAll(async () => {
    lines = (await readPdf(readFileSync(pdfPath('jishan-2022-03.pdf')), source('jishan-2022-03.pdf'))).lines;
  });

  it('joins a sentence that runs from the foot of the left column to the top of the right', () => {
    expect(lines.some((l) => l.text.includes('为标杆进行评判的方法。'))).toBe(true);
  });

  it('reads the left column before the right column', () => {
    const third = lines.findIndex((l) => l.text.startsWith('第三条 本办法所称的城市规划区'));
    const seventh = lines.findIndex((l) => l.text.startsWith('第七条 对于土地面积大于'));
    const first = lines.findIndex((l) => l.text.startsWith('第一条 为了进一步规范城市规划区内居民自建房管理'));
    expect(first).toBeGreaterThan(-1);
    expect(first).toBeLessThan(third);
    expect(third).toBeLessThan(seventh);
  });

  it('puts the number line of 稷政办发〔2022〕30号 on printed page 6', () => {
    expect(lines.find((l) => /^稷政办发〔2022〕30\s*号$/.test(l.text))?.page).toBe(6);
  });

  it('joins a large title printed over three lines into one line', () => {
    expect(lines.map((l) => l.text)).toContain('稷山县人民政府办公室关于印发《稷山县高标准农田建设全链条流程相关规定》的通知');
  });
});

describe('readPdf errors', () => {
  it('throws DAMAGED_FILE for a truncated PDF', async () => {
    const bytes = readFileSync(pdfPath('xiaxian-2023-04.pdf'));
    const error = await readPdf(bytes.subarray(0, 50_000), source('x.pdf')).catch((e: unknown) => e);
    expect((error as GazetteError).code).toBe('DAMAGED_FILE');
    expect((error as GazetteError).message).toContain('data/pdf/x.pdf: PDF 文件已损坏或不完整');
  });

  it('throws FILE_TOO_LARGE when reading takes longer than timeoutMs', async () => {
    const bytes = readFileSync(pdfPath('xiaxian-2023-04.pdf'));
    const error = await readPdf(bytes, source('x.pdf'), { timeoutMs: 1 }).catch((e: unknown) => e);
    expect((error as GazetteError).code).toBe('FILE_TOO_LARGE');
    expect((error as GazetteError).message).toContain('读取超时');
  });

  it.skipIf(!hasPdftoppm)('throws NO_TEXT_LAYER for a scanned (image-only) PDF without ocr', async () => {
    const scan = imageOnlyPdf([renderPageJpeg(pdfPath('xiaxian-2023-04.pdf'), 2, 100)]);
    const error = await readPdf(scan, source('scan.pdf')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GazetteError);
    expect((error as GazetteError).code).toBe('NO_TEXT_LAYER');
    expect((error as GazetteError).message).toBe('data/pdf/scan.pdf: 该 PDF 没有文本层（可能是扫描件），请使用 --ocr (no text layer; scanned?)');
  });

  it.skipIf(!hasGhostscript)('throws ENCRYPTED_PDF for a password-protected PDF', async () => {
    const error = await readPdf(encryptedPdf(pdfPath('jishan-2022-03.pdf')), source('locked.pdf')).catch((e: unknown) => e);
    expect((error as GazetteError).code).toBe('ENCRYPTED_PDF');
    expect((error as GazetteError).message).toContain('data/pdf/locked.pdf: PDF 已加密');
  });
});

if (!hasPdftoppm) console.warn('pdf.test: pdftoppm not installed (apt-get install -y poppler-utils); scanned-PDF test skipped');
if (!hasGhostscript) console.warn('pdf.test: gs not installed (apt-get install -y ghostscript); encrypted-PDF test skipped');
