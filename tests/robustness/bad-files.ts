/**
 * Builds a folder of broken and hostile files, each named for what is wrong with it, for the
 * robustness tests. Everything is generated: nothing hostile is committed to the repository.
 */
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { projectRoot } from '../../src/config';

/** A small PDF written by hand, with the objects given (offsets in the xref are computed). */
function pdf(objects: string[], trailerExtra = ''): Buffer {
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, i) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${i + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n${offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('')}`;
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R ${trailerExtra}>>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}

function streamObject(dict: string, data: Buffer): string {
  return `<< ${dict} /Length ${data.length} >>\nstream\n${data.toString('latin1')}\nendstream`;
}

/**
 * A zlib stream of `gigabytes` GB of zeros in about 1 MB: one compressed 16 MB block, repeated
 * (each piece ends on a sync flush and references nothing before it, so the pieces concatenate).
 */
function zeroBomb(gigabytes: number): Buffer {
  const block = 16 * 1024 * 1024;
  const piece = zlib.deflateRawSync(Buffer.alloc(block), { finishFlush: zlib.constants.Z_SYNC_FLUSH });
  const count = (gigabytes * 1024 * 1024 * 1024) / block;
  const total = count * block;
  // Adler-32 of n zero bytes: a stays 1, b = n mod 65521.
  const adler = Buffer.alloc(4);
  adler.writeUInt32BE((((total % 65521) << 16) | 1) >>> 0);
  const last = Buffer.from([0x03, 0x00]); // an empty final fixed-Huffman block
  return Buffer.concat([Buffer.from([0x78, 0x9c]), ...Array.from({ length: count }, () => piece), last, adler]);
}

/** Every bad file: name → contents (a function when big, so it is written in pieces). */
export function badFiles(): Array<{ name: string; write: (file: string) => void }> {
  const samplePdf = fs.readFileSync(path.join(projectRoot, 'data', 'pdf', fs.readdirSync(path.join(projectRoot, 'data', 'pdf')).sort()[0]));
  const bytes = (name: string, data: Buffer | string) => ({ name, write: (file: string) => fs.writeFileSync(file, data) });
  const bomb = zeroBomb(2);
  const kids = Array.from({ length: 200_000 }, () => '3 0 R').join(' ');
  return [
    bytes('empty.txt', ''),
    bytes('empty.pdf', ''),
    bytes('empty.html', ''),
    bytes('only-whitespace.txt', ' \n\t\n   \n'),
    bytes('random-bytes.bin', randomBytes(64 * 1024)),
    bytes('random-bytes.txt', randomBytes(64 * 1024)),
    bytes('random-bytes.pdf', randomBytes(64 * 1024)),
    bytes('truncated.pdf', samplePdf.subarray(0, Math.floor(samplePdf.length * 0.3))),
    bytes('pdf-header-only.pdf', '%PDF-1.7\n'),
    bytes('pdf-named-txt.txt', samplePdf.subarray(0, 4096)),
    bytes('encrypted.pdf', pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [] /Count 0 >>', '<< /Filter /Standard /V 2 /R 3 /Length 128 /P -44 /O (0123456789abcdef0123456789abcdef) /U (0123456789abcdef0123456789abcdef) >>'], '/Encrypt 3 0 R /ID [<00112233445566778899aabbccddeeff> <00112233445566778899aabbccddeeff>] ')),
    bytes('page-count-bomb.pdf', pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 100000000 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>'])),
    bytes('flate-bomb.pdf', pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R >>', streamObject('/Filter /FlateDecode', bomb)])),
    bytes('page-tree-bomb.pdf', pdf(['<< /Type /Catalog /Pages 2 0 R >>', `<< /Type /Pages /Kids [${kids}] /Count 200000 >>`, '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>'])),
    bytes('no-text-layer.pdf', pdf(['<< /Type /Catalog /Pages 2 0 R >>', '<< /Type /Pages /Kids [3 0 R] /Count 1 >>', '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] >>'])),
    {
      name: 'huge-100mb.txt',
      write: (file) => {
        const chunk = Buffer.from('稷山县人民政府办公室关于印发某某办法的通知。'.repeat(4000));
        const fd = fs.openSync(file, 'w');
        for (let written = 0; written < 100 * 1024 * 1024; written += chunk.length) fs.writeSync(fd, chunk);
        fs.closeSync(fd);
      },
    },
    // Readable prose or a single word is no bad file: it becomes one document (tests/ingest/pipeline-any-text).
    // A file of blanks holds no readable character at all.
    bytes('blanks-only.txt', ' \n\u3000\t\n'.repeat(200)),
    bytes('scripts-only.html', `<html><head>${'<script>alert(1)</script>'.repeat(2000)}<style>body{}</style></head><body><script>document.write(1)</script></body></html>`),
    bytes('deeply-nested.html', `<html><body>${'<div>'.repeat(100_000)}停电${'</div>'.repeat(100_000)}</body></html>`),
    bytes('html-empty-body.html', '<!doctype html><html><head><title>x</title></head><body></body></html>'),
    bytes('html-navigation-only.html', '<html><body><nav><a href="/">首页</a><a href="/x">政务公开</a></nav><footer>版权所有</footer></body></html>'),
    bytes('png-named-txt.txt', Buffer.concat([Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]), randomBytes(4096)])),
    bytes('zip-named-html.html', Buffer.concat([Buffer.from('PK\u0003\u0004', 'latin1'), randomBytes(4096)])),
    bytes('elf-binary.txt', Buffer.concat([Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]), randomBytes(8192)])),
    bytes('utf16-garbage.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), randomBytes(8191)])),
    bytes('nul-bytes.txt', Buffer.alloc(16 * 1024)),
    bytes('gbk-garbage.txt', Buffer.from(Array.from({ length: 8192 }, (_, i) => 0x81 + (i % 0x7e)))),
    bytes('json-array-of-numbers.txt', JSON.stringify([1, 2, 3, { a: [4, 5] }])),
    bytes('control-characters.txt', Array.from({ length: 4096 }, (_, i) => String.fromCharCode(i % 32)).join('')),
    bytes('one-long-line.txt', 'a'.repeat(5 * 1024 * 1024)),
    bytes('emoji-only.txt', '😀😃😄😁😆'.repeat(1000)),
    bytes('xml-named-pdf.pdf', '<?xml version="1.0"?><root><a>停电</a></root>'),
    bytes('lone-surrogates.txt', Buffer.from('\ud800\udfff'.repeat(10) + '停电', 'utf16le')),
  ];
}

/** Writes the bad files into `dir`; returns their paths. */
export function writeBadFiles(dir: string): string[] {
  fs.mkdirSync(dir, { recursive: true });
  return badFiles().map(({ name, write }) => {
    const file = path.join(dir, name);
    write(file);
    return file;
  });
}
