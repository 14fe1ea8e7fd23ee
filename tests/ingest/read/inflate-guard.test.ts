import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { projectRoot } from '../../../src/config';
import { inflateGuard } from '../../../ingest/read/inflate-guard';

function pdfWithStream(dict: string, data: Buffer): Buffer {
  return Buffer.concat([
    Buffer.from(`%PDF-1.4\n1 0 obj\n<< ${dict} /Length ${data.length} >>\nstream\n`, 'latin1'),
    data,
    Buffer.from('\nendstream\nendobj\n%%EOF\n', 'latin1'),
  ]);
}

const eightMbOfZeros = zlib.deflateSync(Buffer.alloc(8 * 1024 * 1024));

describe('inflateGuard', () => {
  it.each(fs.readdirSync(path.join(projectRoot, 'data', 'pdf')))('passes the sample PDF %s', (file) => {
    expect(() => inflateGuard(fs.readFileSync(path.join(projectRoot, 'data', 'pdf', file)), file)).not.toThrow();
  });

  it('refuses a Flate stream inflating past the limit, naming the file', () => {
    const bomb = pdfWithStream('/Filter /FlateDecode', eightMbOfZeros);
    expect(() => inflateGuard(bomb, 'bomb.pdf', 4 * 1024 * 1024)).toThrow(/bomb\.pdf: .*4 MB/);
  });

  it('passes the same stream under a higher limit', () => {
    expect(() => inflateGuard(pdfWithStream('/Filter /FlateDecode', eightMbOfZeros), 'ok.pdf', 16 * 1024 * 1024)).not.toThrow();
  });

  it('skips image streams, which text extraction never decodes', () => {
    const image = pdfWithStream('/Type /XObject /Subtype /Image /Filter /FlateDecode', eightMbOfZeros);
    expect(() => inflateGuard(image, 'scan.pdf', 4 * 1024 * 1024)).not.toThrow();
  });

  it('leaves streams that do not inflate (encrypted, damaged) to the PDF reader', () => {
    expect(() => inflateGuard(pdfWithStream('/Filter /FlateDecode', Buffer.from('not zlib at all')), 'x.pdf', 1024)).not.toThrow();
  });
});
