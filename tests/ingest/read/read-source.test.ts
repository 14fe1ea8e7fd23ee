import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { readBuffer, readSource } from '../../../ingest/read/read-source';
import { GazetteError, type ErrorCode } from '../../../src/errors';
import { samplePdf, sampleText } from '../../samples';

const dir = mkdtempSync(path.join(tmpdir(), 'gazette-read-'));
const pdfBytes = readFileSync(samplePdf('jishan-2022-03.pdf'));

function file(name: string, bytes: Buffer | string): string {
  const full = path.join(dir, name);
  writeFileSync(full, bytes);
  return full;
}

let seed = 42;
const randomBytes = Buffer.from(Array.from({ length: 8192 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff));

/** A batch of bad inputs, as a user might drop into a folder: each one fails alone, with its name. */
const badInputs: Array<[string, string, Buffer | string, ErrorCode]> = [
  ['an empty file', 'empty.txt', '', 'BAD_INPUT_FILE'],
  ['random bytes', 'random.bin', randomBytes, 'UNSUPPORTED_FORMAT'],
  ['a PDF truncated to a third', 'truncated.pdf', pdfBytes.subarray(0, Math.floor(pdfBytes.length / 3)), 'DAMAGED_FILE'],
  ['a PDF header and nothing else', 'header-only.pdf', '%PDF-1.7\n1 0 obj\n<<', 'DAMAGED_FILE'],
  ['an HTML page without content', 'empty-page.html', '<!DOCTYPE html><html><head><title>稷山县人民政府</title><script>var a=1;</script></head><body><nav>首页 | 政务公开</nav><footer>版权所有</footer></body></html>', 'BAD_INPUT_FILE'],
];

describe('readSource', () => {
  it.each(badInputs)('fails on %s with a GazetteError naming the file', async (_, name, bytes, code) => {
    const full = file(name, bytes);
    const error = await readSource(full).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GazetteError);
    expect((error as GazetteError).code).toBe(code);
    expect((error as GazetteError).message.startsWith(`${full}: `)).toBe(true);
    // Chinese for the reader, English in brackets for logs.
    expect((error as GazetteError).message).toMatch(/[\u4e00-\u9fff].*\(.+\)$/);
  });

  it('fails on a missing file with BAD_INPUT_FILE', async () => {
    const error = await readSource(path.join(dir, 'missing.pdf')).catch((e: unknown) => e);
    expect((error as GazetteError).code).toBe('BAD_INPUT_FILE');
    expect((error as GazetteError).message).toContain('文件不存在');
  });

  it('fails on a folder with BAD_INPUT_FILE', async () => {
    const error = await readSource(dir).catch((e: unknown) => e);
    expect((error as GazetteError).code).toBe('BAD_INPUT_FILE');
    expect((error as GazetteError).message).toContain('文件夹');
  });

  it('refuses a file larger than limits.maxBytes before reading it', async () => {
    const full = file('big.txt', '稷山县人民政府公报\n'.repeat(1000));
    const error = await readSource(full, { limits: { maxBytes: 1000 } }).catch((e: unknown) => e);
    expect((error as GazetteError).code).toBe('FILE_TOO_LARGE');
  });

  it('refuses a PDF with more pages than limits.maxPages', async () => {
    const error = await readSource(samplePdf('jishan-2022-03.pdf'), { limits: { maxPages: 10 } }).catch((e: unknown) => e);
    expect((error as GazetteError).code).toBe('FILE_TOO_LARGE');
    expect((error as GazetteError).message).toContain('超过上限 10 页');
  });

  it('describes the source: sha256 of the raw bytes, format, encoding and size', async () => {
    const bytes = readFileSync(sampleText('xiaxian-2023-04.txt'));
    const read = await readSource(sampleText('xiaxian-2023-04.txt'));
    if (read.kind !== 'text') throw new Error('expected text');
    const { createHash } = await import('node:crypto');
    expect(read.text.source).toMatchObject({
      sha256: createHash('sha256').update(bytes).digest('hex'),
      format: 'text',
      encoding: 'utf-8',
      bytes: bytes.length,
    });
  });
});

describe('readBuffer', () => {
  it('reads an upload by content whatever its name says', async () => {
    const read = await readBuffer(pdfBytes, 'upload.txt');
    expect(read.kind === 'text' && read.text.source.format).toBe('pdf');
  });

  it('uses the upload name in errors', async () => {
    const error = await readBuffer(Buffer.alloc(0), '公报.pdf').catch((e: unknown) => e);
    expect((error as GazetteError).message.startsWith('公报.pdf: ')).toBe(true);
  });
});
