/**
 * @module ingest/read/inflate-guard
 * Refuses a "PDF bomb" before pdf.js sees it: a Flate stream that inflates to more than the
 * limit (a few kilobytes that become gigabytes). pdf.js inflates each content, font and object
 * stream whole, in memory, with no bound of its own; checking here keeps a hostile file from
 * taking the process's memory. Image streams are skipped: text extraction never decodes them,
 * and a scanned page may legitimately inflate to tens of megabytes.
 */
import zlib from 'node:zlib';
import { defaultReadLimits } from '../../src/config';
import { fileError } from './file-error';

const STREAM = /stream\r?\n/g;

/**
 * Throws FILE_TOO_LARGE when a Flate-encoded, non-image stream of the PDF inflates past
 * `maxInflatedBytes`. Streams that do not inflate at all (encrypted, damaged) are left to pdf.js.
 *
 * @example
 * inflateGuard(fs.readFileSync('data/pdf/xiaxian-2023-04.pdf'), 'xiaxian-2023-04.pdf') // → passes (no stream near 64 MB)
 * inflateGuard(bomb, 'flate-bomb.pdf') // throws "flate-bomb.pdf: PDF 中的压缩数据流解压后超过 64 MB …"
 */
export function inflateGuard(bytes: Buffer, path: string, maxInflatedBytes = defaultReadLimits.maxInflatedBytes): void {
  // Latin-1 keeps one character per byte, so string offsets are byte offsets.
  const text = bytes.toString('latin1');
  STREAM.lastIndex = 0;
  for (let match = STREAM.exec(text); match; match = STREAM.exec(text)) {
    const start = match.index + match[0].length;
    // The stream's dictionary is what precedes the keyword, back to its "obj".
    const dictStart = text.lastIndexOf('obj', match.index);
    const dict = text.slice(Math.max(dictStart, match.index - 4096), match.index);
    const end = text.indexOf('endstream', start);
    if (end < 0) break;
    STREAM.lastIndex = end;
    if (!/\/FlateDecode|\/Fl\b/.test(dict) || /\/Subtype\s*\/Image/.test(dict)) continue;
    try {
      zlib.inflateSync(bytes.subarray(start, end), {
        maxOutputLength: maxInflatedBytes,
        finishFlush: zlib.constants.Z_SYNC_FLUSH,
      });
    } catch (error) {
      if ((error as { code?: string }).code !== 'ERR_BUFFER_TOO_LARGE') continue;
      const mb = Math.round(maxInflatedBytes / 1024 / 1024);
      throw fileError(
        'FILE_TOO_LARGE',
        path,
        `PDF 中的压缩数据流解压后超过 ${mb} MB（疑似“压缩炸弹”），已拒绝`,
        `a compressed stream inflates past ${mb} MB (decompression bomb?)`,
      );
    }
  }
}
