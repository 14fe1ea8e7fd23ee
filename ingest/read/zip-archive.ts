/**
 * @module ingest/read/zip-archive
 * Opens the zip containers of DOCX and OFD with fflate, under the same inflate limit as PDF
 * streams: every entry's declared size is checked against the limit before anything is
 * inflated, and each entry is inflated into a buffer of exactly its declared size, so an entry
 * that lies about its size cannot grow past it. A "zip bomb" fails by name, not by memory.
 */
import { unzipSync } from 'fflate';
import { defaultReadLimits } from '../../src/config';
import { isGazetteError } from '../../src/errors';
import { fileError } from './file-error';

/** Entries of an archive by normalised path (no leading slash, forward slashes). */
export type ZipEntries = Map<string, Uint8Array>;

/**
 * Names of the entries, read from the central directory without inflating anything.
 * Undefined when the bytes are not a readable zip.
 *
 * @example zipEntryNames(docxBytes)?.includes('word/document.xml') // → true
 */
export function zipEntryNames(bytes: Uint8Array): string[] | undefined {
  const names: string[] = [];
  try {
    unzipSync(bytes, {
      filter: (file) => {
        names.push(normaliseZipPath(file.name));
        return false;
      },
    });
    return names;
  } catch {
    return undefined;
  }
}

/**
 * Inflates the entries `want` accepts. Throws FILE_TOO_LARGE when their declared sizes pass
 * `maxInflatedBytes` (one entry or all together) and DAMAGED_FILE when the archive is broken.
 *
 * @example
 * const entries = readZip(bytes, '关于….ofd', { want: (n) => n.endsWith('.xml') });
 * new TextDecoder().decode(entries.get('OFD.xml')) // → '<?xml …><ofd:OFD …>'
 */
export function readZip(
  bytes: Uint8Array,
  path: string,
  options: { want: (name: string) => boolean; maxInflatedBytes?: number },
): ZipEntries {
  const limit = options.maxInflatedBytes ?? defaultReadLimits.maxInflatedBytes;
  let total = 0;
  const mb = Math.round(limit / 1024 / 1024);
  try {
    const files = unzipSync(bytes, {
      filter: (file) => {
        if (!options.want(normaliseZipPath(file.name))) return false;
        total += file.originalSize;
        if (file.originalSize > limit || total > limit) {
          throw fileError(
            'FILE_TOO_LARGE',
            path,
            `压缩包中的文件解压后超过 ${mb} MB（疑似“压缩炸弹”），已拒绝`,
            `zip entries inflate past ${mb} MB (decompression bomb?)`,
          );
        }
        return true;
      },
    });
    const entries: ZipEntries = new Map();
    for (const [name, data] of Object.entries(files)) entries.set(normaliseZipPath(name), data);
    return entries;
  } catch (cause) {
    if (isGazetteError(cause)) throw cause;
    throw fileError('DAMAGED_FILE', path, '压缩包已损坏或不完整，无法解压', `damaged zip container: ${(cause as Error).message}`, cause);
  }
}

/** 'Doc_0\\Pages/./Page_0/Content.xml' or '/Doc_0/…' → 'Doc_0/Pages/Page_0/Content.xml'. */
export function normaliseZipPath(name: string): string {
  const parts: string[] = [];
  for (const part of name.replace(/\\/g, '/').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') parts.pop();
    else parts.push(part);
  }
  return parts.join('/');
}
