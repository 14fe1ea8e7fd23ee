/**
 * @module ingest/read/pdf
 * Reads a gazette PDF into lines in reading order with their printed page numbers.
 * Text comes from pdf.js (the engine pdf-parse 2 wraps) with positions, because pdf-parse's
 * `getText()` returns items in content-stream order, which mixes the columns of two-column
 * pages; `page-layout.ts` orders them. Scanned PDFs go to OCR when asked for.
 */
// Before pdf.js: it keeps the built-ins pdf.js replaces (see the module).
import { restoreNativeBuiltins } from './native-builtins';
import * as pdfjs from 'pdfjs-dist/legacy/build/pdf.mjs';
import { defaultReadLimits } from '../../src/config';
import type { Message, Source, SourceText } from '../../src/model';
import { isGazetteError } from '../../src/errors';
import { fileError } from './file-error';
import { layoutPages, type PositionedPage } from './page-layout';
import { ocrPdfPages } from './ocr';
import { textQuality, withoutWatermarks } from './text-quality';

restoreNativeBuiltins();

export interface PdfReadOptions {
  ocr?: boolean;
  /** More pages than this → FILE_TOO_LARGE (default: config's defaultReadLimits). */
  maxPages?: number;
  /** Reading (including OCR) that takes longer → FILE_TOO_LARGE (OCR is slow; default: defaultReadLimits). */
  timeoutMs?: number;
}

type PdfDocument = Awaited<ReturnType<typeof pdfjs.getDocument>['promise']>;

/**
 * Reads a PDF's text layer (or, with `ocr`, recognises its page images).
 * Throws ENCRYPTED_PDF, DAMAGED_FILE, NO_TEXT_LAYER, FILE_TOO_LARGE or OCR_UNAVAILABLE.
 *
 * @example
 * const text = await readPdf(bytes, source);
 * text.lines.find((l) => l.text.startsWith('稷政办发〔2022〕30'))?.page // → 6 (printed "— 6 —")
 */
export async function readPdf(bytes: Buffer, source: Source, options: PdfReadOptions = {}): Promise<SourceText> {
  const timeoutMs = options.timeoutMs ?? defaultReadLimits.timeoutMs;
  let timer: NodeJS.Timeout | undefined;
  let doc: PdfDocument | undefined;
  const timedOut = () =>
    fileError('FILE_TOO_LARGE', source.path, `读取超时（超过 ${timeoutMs} 毫秒），文件过大或过于复杂`, `timed out after ${timeoutMs} ms`);
  // pdf.js in Node works mostly in microtasks, so a timer alone may never get to fire: pages also check a deadline.
  const deadline = Date.now() + timeoutMs;
  const checkDeadline = () => {
    if (Date.now() > deadline) throw timedOut();
  };
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut()), timeoutMs);
  });
  try {
    return await Promise.race([timeout, read()]);
  } finally {
    clearTimeout(timer);
    await doc?.destroy().catch(() => undefined);
  }

  async function read(): Promise<SourceText> {
    doc = await openPdf(bytes, source.path);
    const maxPages = options.maxPages ?? defaultReadLimits.maxPages;
    if (doc.numPages > maxPages) {
      throw fileError('FILE_TOO_LARGE', source.path, `PDF 共 ${doc.numPages} 页，超过上限 ${maxPages} 页`, `${doc.numPages} pages, limit ${maxPages}`);
    }
    const pages = await extractPages(doc, source.path, checkDeadline);
    const messages: Message[] = [];
    if (!bytes.subarray(-1024).includes('%%EOF')) {
      messages.push({ level: 'warning', origin: 'pdf', message: 'PDF 文件末尾缺少 %%EOF，可能不完整 (no %%EOF marker; file may be truncated)' });
    }
    // A scanner app's stamp ("扫描全能王 创建") is not the document's text: a page with only that is a scan.
    const pageTexts = pages.map((p) => withoutWatermarks(p.items.map((it) => it.str).join('')));
    const chars = pageTexts.map((t) => t.length);
    const quality = textQuality(pageTexts, pages.length);
    if (quality.verdict !== 'ok') {
      if (!options.ocr) {
        throw quality.verdict === 'garbled'
          ? fileError('NO_TEXT_LAYER', source.path, 'PDF 的文本层无法解码（字体映射到错误的字符），请使用 --ocr', 'text layer is garbled (fonts map to wrong code points); use --ocr')
          : fileError('NO_TEXT_LAYER', source.path, '该 PDF 没有文本层（可能是扫描件），请使用 --ocr', 'no text layer; scanned?');
      }
      const recognised = await ocrPdfPages(bytes, source.path, pages.map((p) => p.index), checkDeadline);
      const layout = layoutPages(recognised, { ocr: true });
      if (layout.lines.length === 0) {
        throw fileError('NO_TEXT_LAYER', source.path, '该 PDF 没有文本层，文字识别（OCR）也没有识别出文字', 'no text layer, and OCR found no text');
      }
      return { source: { ...source, format: 'pdf', ocr: true }, lines: layout.lines, messages: [...messages, ...layout.messages] };
    }
    const empty = pages.filter((_, i) => chars[i] === 0).map((p) => p.index);
    if (empty.length > 0) {
      messages.push({
        level: 'warning',
        origin: 'pdf',
        message: `第 ${empty.join('、')} 页没有文字（可能是图片页${options.ocr ? '' : '，可用 --ocr 识别'}） (pages without text: ${empty.join(', ')})`,
      });
    }
    let ocrUsed = false;
    if (options.ocr && empty.length > 0) {
      // A text PDF with some scanned pages (a signed attachment, a stamped notice): recognise just those.
      const recognised = await ocrPdfPages(bytes, source.path, empty, checkDeadline);
      for (const page of recognised) pages[pages.findIndex((p) => p.index === page.index)] = page;
      ocrUsed = true;
    }
    const layout = layoutPages(pages);
    return {
      source: { ...source, format: 'pdf', ...(ocrUsed ? { ocr: true } : {}) },
      lines: layout.lines,
      messages: [...messages, ...layout.messages],
    };
  }
}

/** Opens the document, wrapping pdf.js errors once into the reader's codes. */
async function openPdf(bytes: Buffer, path: string): Promise<PdfDocument> {
  try {
    const task = pdfjs.getDocument({
      data: new Uint8Array(bytes),
      verbosity: pdfjs.VerbosityLevel.ERRORS,
      isEvalSupported: false,
      stopAtErrors: false,
      disableFontFace: true,
    });
    return await task.promise;
  } catch (cause) {
    const name = (cause as { name?: string }).name ?? '';
    if (name === 'PasswordException') {
      throw fileError('ENCRYPTED_PDF', path, 'PDF 已加密，需要密码才能打开，请提供未加密的文件', 'encrypted PDF; provide an unencrypted copy', cause);
    }
    throw fileError('DAMAGED_FILE', path, 'PDF 文件已损坏或不完整（可能下载未完成）', `damaged or truncated PDF: ${(cause as Error).message}`, cause);
  }
}

async function extractPages(doc: PdfDocument, path: string, checkDeadline: () => void): Promise<PositionedPage[]> {
  const pages: PositionedPage[] = [];
  for (let index = 1; index <= doc.numPages; index++) {
    checkDeadline();
    try {
      const page = await doc.getPage(index);
      const [x0, y0, x1, y1] = page.view;
      const content = await page.getTextContent();
      const items = [];
      for (const item of content.items) {
        if (!('str' in item)) continue;
        const [a, b, , , e, f] = item.transform as number[];
        items.push({ str: item.str, x: e, y: f, width: item.width, size: Math.hypot(a, b) || item.height });
      }
      pages.push({ index, width: x1 - x0, bottom: y0, top: y1, items });
      page.cleanup();
    } catch (cause) {
      if (isGazetteError(cause)) throw cause;
      throw fileError('DAMAGED_FILE', path, `PDF 第 ${index} 页已损坏，无法读取`, `page ${index} is damaged: ${(cause as Error).message}`, cause);
    }
  }
  return pages;
}
