/**
 * @module ingest/read/detect-format
 * Decides how to read a file from its bytes, not its name: county sites serve PDFs named
 * .html, HTML saved as .txt, and GBK text with any extension. Zips are told apart by what they
 * hold (OFD.xml → OFD, word/document.xml → DOCX), OLE2 files by their WordDocument stream
 * (DOC; WPS when so named — Kingsoft saves the same structure), text exports by their first
 * line (a CSV header naming 标题/文号 …, or JSON objects). Binary files that are not documents
 * (spreadsheets, images, archives, random bytes) are rejected with a message naming them, and
 * so is a text table whose columns name no document field (a list of sources, a click count).
 */
import type { SourceFormat } from '../../src/model';
import { decodeHtml, decodeText, type DecodedText } from './encoding';
import { looksLikeExport, type ColumnMap } from './export-columns';
import { fileError } from './file-error';
import { zipEntryNames } from './zip-archive';

/** Formats read from the bytes as they are (containers and PDF); the rest are decoded text. */
export type BinaryFormat = 'pdf' | 'docx' | 'doc' | 'wps' | 'ofd';

export type DetectedFormat =
  | { format: BinaryFormat }
  | { format: Exclude<SourceFormat, BinaryFormat>; decoded: DecodedText };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** The name of the main stream of a Word 97–2003 (and WPS) file, as OLE2 directories store it. */
const WORD_STREAM = Buffer.from('WordDocument', 'utf16le');

/** Share of control characters above which decoded "text" is treated as binary. */
const MAX_CONTROL_RATIO = 0.01;

/** Known binary formats a user may upload by mistake, with what to say about them. */
const MAGIC: Array<{ bytes: number[]; zh: string; en: string }> = [
  { bytes: ZIP, zh: 'ZIP 压缩包（不是 Word .docx 或 OFD），如是 Excel 请另存为 CSV，压缩包请先解压', en: 'zip that is neither DOCX nor OFD (xlsx? archive?)' },
  { bytes: [0xd0, 0xcf, 0x11, 0xe0], zh: '旧版 Excel/PowerPoint（.xls/.ppt）文件，请另存为 CSV、PDF 或文本', en: 'OLE2 file without a Word stream (xls/ppt)' },
  { bytes: [0x89, 0x50, 0x4e, 0x47], zh: 'PNG 图片，请合成为 PDF 后使用 --ocr', en: 'PNG image; wrap it in a PDF and use --ocr' },
  { bytes: [0xff, 0xd8, 0xff], zh: 'JPEG 图片，请合成为 PDF 后使用 --ocr', en: 'JPEG image; wrap it in a PDF and use --ocr' },
  { bytes: [0x47, 0x49, 0x46, 0x38], zh: 'GIF 图片', en: 'GIF image' },
  { bytes: [0x49, 0x49, 0x2a, 0x00], zh: 'TIFF 图片，请合成为 PDF 后使用 --ocr', en: 'TIFF image; wrap it in a PDF and use --ocr' },
  { bytes: [0x1f, 0x8b], zh: 'gzip 压缩文件，请先解压', en: 'gzip archive; decompress it first' },
  { bytes: [0x52, 0x61, 0x72, 0x21], zh: 'RAR 压缩包，请先解压', en: 'RAR archive; extract it first' },
  { bytes: [0x37, 0x7a, 0xbc, 0xaf], zh: '7z 压缩包，请先解压', en: '7z archive; extract it first' },
  { bytes: [0x7b, 0x5c, 0x72, 0x74, 0x66], zh: 'RTF 文档，请另存为 PDF 或文本', en: 'RTF document; save as PDF or text' },
];

/**
 * Detects the format of a file by its content and, for text and HTML, decodes it.
 * Throws BAD_INPUT_FILE for empty files and UNSUPPORTED_FORMAT for binary ones.
 *
 * @example
 * detectFormat(Buffer.from('%PDF-1.7\n…'), 'jishan-2022-03.txt') // → { format: 'pdf' }
 * detectFormat(Buffer.from('<!DOCTYPE html><html>…'), 'x.txt').format // → 'html'
 */
export function detectFormat(bytes: Buffer, name: string, options: { columns?: ColumnMap } = {}): DetectedFormat {
  if (bytes.length === 0) throw fileError('BAD_INPUT_FILE', name, '文件为空', 'empty file');
  // The PDF header may follow a little junk (some servers prepend bytes); the spec allows 1 KB.
  if (bytes.subarray(0, 1024).includes('%PDF-')) return { format: 'pdf' };
  const container = containerFormat(bytes, name);
  if (container) return { format: container };
  for (const magic of MAGIC) {
    if (magic.bytes.every((b, i) => bytes[i] === b)) {
      throw fileError('UNSUPPORTED_FORMAT', name, `不支持的文件格式：${magic.zh}`, `unsupported format: ${magic.en}`);
    }
  }
  const html = looksLikeHtml(bytes);
  const decoded = html ? decodeHtml(bytes) : decodeText(bytes);
  if (!decoded || controlRatio(decoded.text) > MAX_CONTROL_RATIO) {
    throw fileError(
      'UNSUPPORTED_FORMAT',
      name,
      '无法识别的二进制文件：不是 PDF、HTML，也不是 UTF-8/UTF-16/GB18030 文本',
      'binary content: not PDF, HTML, or UTF-8/UTF-16/GB18030 text',
    );
  }
  if (decoded.text.trim() === '') throw fileError('BAD_INPUT_FILE', name, '文件没有文字内容', 'file holds only whitespace');
  if (html || looksLikeHtmlText(decoded.text)) return { format: 'html', decoded };
  const exported = looksLikeExport(decoded.text, options.columns);
  if (exported) return { format: exported, decoded };
  const headers = tableHeaders(decoded.text);
  if (headers) {
    throw fileError(
      'BAD_INPUT_FILE',
      name,
      `这是一个表格（列：${headers.join('、')}），没有可识别的公文字段列（如 标题、文号、正文）；如是公文导出，请用 --map 指明，如 --map 文件名称=title,正文=content`,
      `a table whose columns name no document field; map them with --map`,
    );
  }
  return { format: 'text', decoded };
}

/** Lines a table's shape is judged on, and the fewest that make one. */
const TABLE_LINES = 20;
const MIN_TABLE_LINES = 3;

/**
 * The header of a text that is a table — every one of its first lines cut by the same number of
 * tabs (or of commas) into short cells, the first line's cells no sentences — else undefined. A
 * document's text never is one: its lines differ and hold sentences, and a table inside it is
 * only some of its lines.
 */
function tableHeaders(text: string): string[] | undefined {
  const lines = text.replace(/^\ufeff/, '').split(/\r?\n/).filter((l) => l.trim() !== '').slice(0, TABLE_LINES);
  if (lines.length < MIN_TABLE_LINES) return undefined;
  for (const delimiter of ['\t', ',']) {
    const counts = new Set(lines.map((l) => l.split(delimiter).length));
    const [cells] = counts;
    if (counts.size !== 1 || cells < 2) continue;
    const header = lines[0].split(delimiter).map((c) => c.trim().replace(/^"|"$/g, ''));
    if (header.every((c) => c.length > 0 && c.length <= 20 && !/[。；！？，]/.test(c))) return header;
  }
  return undefined;
}

/** DOCX or OFD by the entries of a zip; DOC or WPS by the Word stream of an OLE2 file. */
function containerFormat(bytes: Buffer, name: string): BinaryFormat | undefined {
  if (ZIP.every((b, i) => bytes[i] === b)) {
    const names = zipEntryNames(bytes);
    if (!names) throw fileError('DAMAGED_FILE', name, '压缩文件已损坏或不完整（可能下载未完成）', 'damaged or truncated zip container');
    if (names.some((n) => n.toLowerCase() === 'ofd.xml')) return 'ofd';
    if (names.includes('word/document.xml')) return 'docx';
    return undefined;
  }
  if (OLE.every((b, i) => bytes[i] === b) && bytes.includes(WORD_STREAM)) {
    return /\.wps$/i.test(name) ? 'wps' : 'doc';
  }
  return undefined;
}

/** HTML by its opening markup, read as Latin-1 so that any ASCII-compatible encoding works. */
function looksLikeHtml(bytes: Buffer): boolean {
  const head = bytes.subarray(0, 2048).toString('latin1').replace(/^\xef\xbb\xbf/, '');
  return looksLikeHtmlText(head);
}

function looksLikeHtmlText(text: string): boolean {
  const head = text.slice(0, 4096).replace(/^\ufeff/, '').trimStart();
  if (/^<!doctype\s+html/i.test(head) || /^<html[\s>]/i.test(head)) return true;
  if (/^<\?xml[^>]*>\s*(<!doctype\s+html|<html[\s>])/i.test(head)) return true;
  if (/^(<!--[\s\S]*?-->\s*)*<(head|meta|title|body)[\s>]/i.test(head)) return true;
  // A fragment saved without <html>: many tags and a document-level element.
  const tags = head.match(/<\/?(div|p|span|table|tr|td|a|br|meta|script|style|body|head|li|ul|h[1-6])[\s>/]/gi);
  return (tags?.length ?? 0) >= 10 && /<(body|div|table|p)[\s>]/i.test(head);
}

/** Share of C0/C1 control characters (other than tab, line feed, carriage return, form feed). */
function controlRatio(text: string): number {
  if (text.length === 0) return 0;
  const sample = text.slice(0, 65536);
  const controls = sample.match(/[\x00-\x08\x0b\x0e-\x1f\x7f-\x9f]/g)?.length ?? 0;
  return controls / sample.length;
}
