/**
 * @module ingest/read/ocr
 * Recognises scanned gazette pages (`gazette ingest --ocr`): poppler's `pdftoppm` renders each
 * page, `tesseract` (chi_sim) recognises it, and the word boxes go through the same layout as a
 * text PDF (columns, running headers, page numbers, paragraphs). Both are Debian packages
 * called as programs, so nothing native is bundled; without them the error says what to install.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { removeCjkSpaces } from '../../src/text/normalize';
import { fileError } from './file-error';
import type { PositionedPage, PositionedText } from './page-layout';

const run = promisify(execFile);

/** Resolution pages are rendered at; 300 dpi is what tesseract is trained for. */
const DPI = 300;
const PARALLEL = Math.max(1, Math.min(4, availableParallelism()));
const INSTALL_HINT = 'apt-get install -y tesseract-ocr tesseract-ocr-chi-sim poppler-utils';

let available: Promise<boolean> | undefined;

/**
 * Whether OCR can run here: `pdftoppm` and `tesseract` with the chi_sim language are installed.
 * Checked once per process.
 */
export function ocrAvailable(): Promise<boolean> {
  available ??= (async () => {
    try {
      await run('pdftoppm', ['-v']);
      const { stdout, stderr } = await run('tesseract', ['--list-langs']);
      return /\bchi_sim\b/.test(stdout + stderr);
    } catch {
      return false;
    }
  })();
  return available;
}

/**
 * Renders and recognises the given pages (1-based) of a PDF.
 *
 * @example
 * const pages = await ocrPdfPages(bytes, 'scan.pdf', [1]);
 * layoutPages(pages).lines[0].text // → '稷山县人民政府办公室关于印发…的通知'
 */
export async function ocrPdfPages(
  bytes: Buffer,
  path: string,
  pages: number[],
  checkDeadline: () => void = () => undefined,
): Promise<PositionedPage[]> {
  if (!(await ocrAvailable())) {
    throw fileError(
      'OCR_UNAVAILABLE',
      path,
      `无法进行文字识别：未安装 tesseract（含中文语言包 chi_sim）或 pdftoppm，请运行 ${INSTALL_HINT}`,
      `OCR needs tesseract with chi_sim and pdftoppm: ${INSTALL_HINT}`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'gazette-ocr-'));
  try {
    const pdf = join(dir, 'in.pdf');
    await writeFile(pdf, bytes);
    const recognise = async (index: number): Promise<PositionedPage> => {
      checkDeadline();
      const prefix = join(dir, `p${index}`);
      try {
        await run('pdftoppm', ['-f', String(index), '-l', String(index), '-r', String(DPI), '-gray', '-png', '-singlefile', pdf, prefix]);
        const { stdout } = await run('tesseract', [`${prefix}.png`, 'stdout', '-l', 'chi_sim', '--psm', '3', 'tsv'], {
          maxBuffer: 64 * 1024 * 1024,
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        });
        return tsvToPage(stdout, index);
      } catch (cause) {
        throw fileError('DAMAGED_FILE', path, `第 ${index} 页文字识别失败`, `OCR of page ${index} failed: ${(cause as Error).message}`, cause);
      } finally {
        await rm(`${prefix}.png`, { force: true });
      }
    };
    // One single-threaded tesseract per core (up to 4): a 40-page scanned gazette is OCR's common case.
    const out: PositionedPage[] = new Array(pages.length);
    let next = 0;
    const worker = async () => {
      while (next < pages.length) {
        const i = next++;
        out[i] = await recognise(pages[i]);
      }
    };
    await Promise.all(Array.from({ length: Math.min(PARALLEL, pages.length) }, worker));
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/** A page image to recognise: the bytes of a PNG/JPEG/TIFF and the 1-based page it is. */
export interface PageImage {
  index: number;
  bytes: Uint8Array;
  /** File extension tesseract uses to tell the format: png, jpg, tif, bmp. */
  ext: string;
}

/**
 * Recognises page images that are already files (an OFD keeps its scanned pages as Res/*.png
 * or *.jpg), without rendering. Same tools and errors as ocrPdfPages.
 *
 * @example (await ocrImages([{ index: 1, bytes: png, ext: 'png' }], 'scan.ofd'))[0].items.length // → 312
 */
export async function ocrImages(images: PageImage[], path: string, checkDeadline: () => void = () => undefined): Promise<PositionedPage[]> {
  if (!(await ocrAvailable())) {
    throw fileError(
      'OCR_UNAVAILABLE',
      path,
      `无法进行文字识别：未安装 tesseract（含中文语言包 chi_sim），请运行 ${INSTALL_HINT}`,
      `OCR needs tesseract with chi_sim: ${INSTALL_HINT}`,
    );
  }
  const dir = await mkdtemp(join(tmpdir(), 'gazette-ocr-'));
  try {
    const out: PositionedPage[] = [];
    // One after another: OFD scans are a few pages, and tesseract here is single-threaded per call.
    for (const image of images) {
      checkDeadline();
      const file = join(dir, `p${image.index}.${image.ext.replace(/[^a-z]/gi, '') || 'png'}`);
      await writeFile(file, image.bytes);
      try {
        const { stdout } = await run('tesseract', [file, 'stdout', '-l', 'chi_sim', '--psm', '3', 'tsv'], {
          maxBuffer: 64 * 1024 * 1024,
          env: { ...process.env, OMP_THREAD_LIMIT: '1' },
        });
        out.push(tsvToPage(stdout, image.index));
      } catch (cause) {
        throw fileError('DAMAGED_FILE', path, `第 ${image.index} 页图像文字识别失败`, `OCR of page ${image.index} image failed: ${(cause as Error).message}`, cause);
      }
    }
    return out;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

/**
 * Converts tesseract's TSV (level 5 = word boxes in pixels from the top-left) to positioned
 * text in PDF points from the bottom-left, sized by the height of the word's line.
 */
export function tsvToPage(tsv: string, index: number): PositionedPage {
  const scale = 72 / DPI;
  let pageHeight = 0;
  let pageWidth = 0;
  const lineBoxes = new Map<string, { top: number; height: number }>();
  const words: Array<{ key: string; left: number; top: number; width: number; height: number; text: string }> = [];
  for (const row of tsv.split('\n').slice(1)) {
    const cells = row.split('\t');
    if (cells.length < 12) continue;
    const [level, , block, par, line, , left, top, width, height, conf, ...rest] = cells;
    const text = rest.join('\t');
    const key = `${block}.${par}.${line}`;
    if (level === '1') {
      pageWidth = Number(width);
      pageHeight = Number(height);
    } else if (level === '4') {
      lineBoxes.set(key, { top: Number(top), height: Number(height) });
    } else if (level === '5' && text.trim() !== '' && Number(conf) >= 0) {
      words.push({ key, left: Number(left), top: Number(top), width: Number(width), height: Number(height), text: text.trim() });
    }
  }
  // Line boxes vary with descenders and punctuation; body lines get the page's median height so the
  // layout sees one body size, and only clearly taller lines (titles) keep their own.
  const heights = [...lineBoxes.values()].map((l) => l.height).sort((a, b) => a - b);
  const median = heights[Math.floor(heights.length / 2)] ?? 1;
  const items: PositionedText[] = words.map((w) => {
    const box = lineBoxes.get(w.key) ?? { top: w.top, height: w.height };
    const line = { top: box.top, height: box.height > median * 1.3 ? box.height : median };
    return {
      str: removeCjkSpaces(w.text),
      x: w.left * scale,
      // Baseline ≈ the bottom of the line box; every word of a line shares it, so they group as one line.
      y: (pageHeight - (box.top + box.height)) * scale,
      width: w.width * scale,
      size: line.height * scale,
    };
  });
  return { index, width: pageWidth * scale, bottom: 0, top: pageHeight * scale, items };
}

/** The installation command shown when OCR is missing (also for the README). */
export const ocrInstallHint = INSTALL_HINT;
