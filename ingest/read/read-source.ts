/**
 * @module ingest/read/read-source
 * The one entry point for reading a file, from disk or an upload: detects the format by
 * content, decodes text in whatever encoding it came in, and hands the bytes to the reader of
 * that format. Readers return text (lines, with what they know beside it); what the text is —
 * a gazette issue, one document, a law — is the pipeline's call. I/O and limits live here.
 */
import { createHash } from 'node:crypto';
import { closeSync, openSync, readFileSync, readSync, statSync } from 'node:fs';
import type { ReadResult, Source } from '../../src/model';
import { defaultReadLimits, type ReadLimits } from '../../src/config';
import { isGazetteError } from '../../src/errors';
import { detectFormat } from './detect-format';
import type { ColumnMap } from './export-columns';
import { readExport } from './export-rows';
import { fileError } from './file-error';
import { htmlDepth } from './html-depth';
import { inflateGuard } from './inflate-guard';
import { textQuality } from './text-quality';
import { textToSourceText } from './text';

export type { ReadLimits, ReadResult };

export interface ReadOptions {
  /** Recognise page images of PDFs and OFDs without usable text (needs tesseract + pdftoppm). */
  ocr?: boolean;
  limits?: ReadLimits;
  /** Extra column names of CSV/JSONL exports (`--map 文件名称=title`). */
  columns?: ColumnMap;
}

/**
 * Reads a gazette file from disk.
 *
 * @example
 * const read = await readSource('data/pdf/jishan-2022-03.pdf');
 * if (read.kind === 'text') read.text.lines[0].text // → '稷山县人民政府公报'
 */
export async function readSource(path: string, options: ReadOptions = {}): Promise<ReadResult> {
  return readBuffer(readFileBytes(path, options), path, options);
}

/**
 * The bytes of a gazette file, after the size checks that keep a huge file from being read
 * into memory at all. Errors name the file.
 *
 * Synchronous on purpose. A batch reads files ahead of the one being written and hands them to
 * worker threads; an asynchronous read needs several turns of the event loop, which the
 * writer's transactions hold for ~20 ms each, so at 1000× the samples the workers sat idle 22
 * of their 74 s waiting for files read but not yet handed over. A local gazette is read in
 * well under a millisecond.
 */
export function readFileBytes(path: string, options: Pick<ReadOptions, 'limits'> = {}): Buffer {
  const maxBytes = options.limits?.maxBytes ?? defaultReadLimits.maxBytes;
  try {
    const info = statSync(path);
    if (info.isDirectory()) throw fileError('BAD_INPUT_FILE', path, '这是一个文件夹，不是文件', 'is a directory');
    if (info.size > maxBytes) throw tooLarge(path, info.size, maxBytes);
    const maxTextBytes = options.limits?.maxTextBytes ?? defaultReadLimits.maxTextBytes;
    if (info.size > maxTextBytes && !startsLikeContainerFile(path)) throw tooLarge(path, info.size, maxTextBytes, '文本/网页');
    return readFileSync(path);
  } catch (cause) {
    if (isGazetteError(cause)) throw cause;
    const code = (cause as NodeJS.ErrnoException).code;
    const zh = code === 'ENOENT' ? '文件不存在' : code === 'EACCES' ? '没有读取权限' : '无法读取文件';
    throw fileError('BAD_INPUT_FILE', path, zh, `cannot read file: ${code ?? (cause as Error).message}`, cause);
  }
}

/** The identity of a source: the SHA-256 of its bytes, as the store keys sources by. */
export function sourceSha256(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * Reads an uploaded gazette from memory; `name` (the original file name) is used in messages
 * and as Source.path. The format comes from the bytes, not the name.
 *
 * @example
 * await readBuffer(req.file.buffer, req.file.originalname) // → { kind: 'text', text: { lines: [...] } }
 */
export async function readBuffer(bytes: Buffer, name: string, options: ReadOptions = {}): Promise<ReadResult> {
  const maxBytes = options.limits?.maxBytes ?? defaultReadLimits.maxBytes;
  if (bytes.length > maxBytes) throw tooLarge(name, bytes.length, maxBytes);
  const maxTextBytes = options.limits?.maxTextBytes ?? defaultReadLimits.maxTextBytes;
  // Checked before decoding: a 100 MB "text" is refused without ever becoming a string.
  if (bytes.length > maxTextBytes && !startsLikeContainer(bytes)) {
    throw tooLarge(name, bytes.length, maxTextBytes, '文本/网页');
  }
  const detected = detectFormat(bytes, name, { columns: options.columns });
  const source: Source = {
    path: name,
    sha256: sourceSha256(bytes),
    format: detected.format,
    bytes: bytes.length,
  };
  if (detected.format === 'pdf') {
    inflateGuard(bytes, name, options.limits?.maxInflatedBytes ?? defaultReadLimits.maxInflatedBytes);
    // Loaded on the first PDF: pdf.js takes a good part of a second to load, which a batch of
    // text files (and every ingestion worker) would otherwise pay for nothing.
    const { readPdf } = await import('./pdf');
    const text = await readPdf(bytes, source, {
      ocr: options.ocr,
      maxPages: options.limits?.maxPages,
      timeoutMs: options.limits?.timeoutMs,
    });
    return { kind: 'text', text };
  }
  if (!('decoded' in detected)) return { kind: 'text', text: await readContainer(bytes, source, options) };
  const withEncoding: Source = { ...source, encoding: detected.decoded.encoding };
  if (detected.format === 'html') {
    const maxDepth = options.limits?.maxHtmlDepth ?? defaultReadLimits.maxHtmlDepth;
    const depth = htmlDepth(detected.decoded.text, maxDepth);
    if (depth > maxDepth) {
      throw fileError('FILE_TOO_LARGE', name, `网页元素嵌套超过 ${maxDepth} 层，已拒绝`, `HTML nested deeper than ${maxDepth} levels`);
    }
    // Loaded on the first page, like pdf.js: cheerio takes ~0.2 s to load, which every
    // ingestion worker and every command of the CLI would otherwise pay before reading text.
    const { readHtml } = await import('./html');
    return readHtml(detected.decoded.text, withEncoding);
  }
  if (detected.format === 'csv' || detected.format === 'jsonl') {
    return readExport(detected.decoded.text, withEncoding, detected.format, options.columns);
  }
  // Bytes decoded as text that no one can read (random bytes, a wrong encoding) are refused by
  // name, as a PDF with a garbled text layer is, instead of becoming a document of noise.
  const structured = structuredData(detected.decoded.text);
  if (structured) throw fileError('UNSUPPORTED_FORMAT', name, `这是 ${structured} 数据，不是公文文本（导出文件请用 CSV 或 JSONL，每行一条）`, `${structured} data, not document text`);
  if (textQuality([detected.decoded.text], 1).verdict === 'garbled') {
    throw fileError('DAMAGED_FILE', name, '文字无法识读（乱码或编码错误）', `garbled text (${detected.decoded.encoding})`);
  }
  return { kind: 'text', text: textToSourceText(detected.decoded.text, withEncoding) };
}

/** Word and OFD files, each through its reader; loaded on first use like pdf.js. */
async function readContainer(bytes: Buffer, source: Source, options: ReadOptions) {
  const maxInflatedBytes = options.limits?.maxInflatedBytes ?? defaultReadLimits.maxInflatedBytes;
  if (source.format === 'ofd') {
    const { readOfd } = await import('./ofd');
    return readOfd(bytes, source, { ocr: options.ocr, maxInflatedBytes, maxPages: options.limits?.maxPages });
  }
  const { readDocx, readWordBinary } = await import('./word');
  return source.format === 'docx' ? readDocx(bytes, source, maxInflatedBytes) : readWordBinary(bytes, source);
}

/**
 * Whether the bytes are a PDF, a zip (DOCX, OFD) or an OLE2 file (DOC, WPS): files that may be
 * larger than the text limit, because images and fonts are inside.
 */
function startsLikeContainer(head: Uint8Array): boolean {
  const zip = head[0] === 0x50 && head[1] === 0x4b && head[2] === 0x03 && head[3] === 0x04;
  const ole = head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
  return zip || ole || Buffer.from(head.subarray(0, 1024)).includes('%PDF-');
}

/** Whether the file's first kilobyte holds a PDF, zip or OLE2 header (read without loading the file). */
function startsLikeContainerFile(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(1024);
    const bytesRead = readSync(fd, head, 0, head.length, 0);
    return startsLikeContainer(head.subarray(0, bytesRead));
  } finally {
    closeSync(fd);
  }
}

function tooLarge(path: string, size: number, maxBytes: number, kind = '') {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return fileError(
    'FILE_TOO_LARGE',
    path,
    `${kind}文件过大（${mb(size)} MB，上限 ${mb(maxBytes)} MB）`,
    `${kind ? 'text/HTML ' : ''}file too large: ${size} bytes, limit ${maxBytes}`,
  );
}

/** 'JSON' or 'XML' for a text that is data rather than a document's text; undefined otherwise. */
function structuredData(text: string): string | undefined {
  const t = text.trimStart();
  if (t.startsWith('<?xml')) return 'XML';
  if (!/^[[{]/.test(t)) return undefined;
  try {
    JSON.parse(t);
    return 'JSON';
  } catch {
    return undefined;
  }
}
