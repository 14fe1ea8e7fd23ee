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
import { fileError } from './file-error';
import { readHtml } from './html';
import { htmlDepth } from './html-depth';
import { inflateGuard } from './inflate-guard';
import { textToSourceText } from './text';

export type { ReadLimits, ReadResult };

export interface ReadOptions {
  /** Recognise page images of PDFs without a text layer (needs tesseract + pdftoppm). */
  ocr?: boolean;
  limits?: ReadLimits;
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
    if (info.size > maxTextBytes && !startsLikePdf(path)) throw tooLarge(path, info.size, maxTextBytes, '文本/网页');
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
  if (bytes.length > maxTextBytes && !bytes.subarray(0, 1024).includes('%PDF-')) {
    throw tooLarge(name, bytes.length, maxTextBytes, '文本/网页');
  }
  const detected = detectFormat(bytes, name);
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
  const withEncoding: Source = { ...source, encoding: detected.decoded.encoding };
  if (detected.format === 'html') {
    const maxDepth = options.limits?.maxHtmlDepth ?? defaultReadLimits.maxHtmlDepth;
    const depth = htmlDepth(detected.decoded.text, maxDepth);
    if (depth > maxDepth) {
      throw fileError('FILE_TOO_LARGE', name, `网页元素嵌套超过 ${maxDepth} 层，已拒绝`, `HTML nested deeper than ${maxDepth} levels`);
    }
    return readHtml(detected.decoded.text, withEncoding);
  }
  return { kind: 'text', text: textToSourceText(detected.decoded.text, withEncoding) };
}

/** Whether the file's first kilobyte holds the PDF header (read without loading the file). */
function startsLikePdf(path: string): boolean {
  const fd = openSync(path, 'r');
  try {
    const head = Buffer.alloc(1024);
    const bytesRead = readSync(fd, head, 0, head.length, 0);
    return head.subarray(0, bytesRead).includes('%PDF-');
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
