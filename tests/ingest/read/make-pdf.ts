/**
 * Test helpers: scanned-gazette PDFs made from real pages (rendered with pdftoppm, wrapped in a
 * minimal PDF with the JPEG as its only content), and availability checks for the tools.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

function has(command: string, args: string[]): boolean {
  try {
    const out = execFileSync(command, args, { stdio: ['ignore', 'pipe', 'pipe'] }).toString();
    return command !== 'tesseract' || /\bchi_sim\b/.test(out);
  } catch (error) {
    const out = String((error as { stdout?: Buffer }).stdout ?? '') + String((error as { stderr?: Buffer }).stderr ?? '');
    return command === 'pdftoppm' && /pdftoppm version/.test(out);
  }
}

export const hasPdftoppm = has('pdftoppm', ['-v']);
export const hasTesseract = has('tesseract', ['--list-langs']) && hasPdftoppm;
export const hasGhostscript = has('gs', ['--version']);

/** Renders one page of a PDF to JPEG bytes. */
export function renderPageJpeg(pdfPath: string, page: number, dpi = 200): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'gazette-render-'));
  try {
    const prefix = path.join(dir, 'page');
    execFileSync('pdftoppm', ['-f', String(page), '-l', String(page), '-r', String(dpi), '-gray', '-jpeg', '-singlefile', pdfPath, prefix]);
    return readFileSync(`${prefix}.jpg`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Width and height from a JPEG's SOF marker. */
function jpegSize(jpeg: Buffer): { width: number; height: number; components: number } {
  let i = 2;
  while (i < jpeg.length) {
    if (jpeg[i] !== 0xff) throw new Error('not a JPEG');
    const marker = jpeg[i + 1];
    const length = jpeg.readUInt16BE(i + 2);
    if (marker >= 0xc0 && marker <= 0xcf && marker !== 0xc4 && marker !== 0xc8 && marker !== 0xcc) {
      return { height: jpeg.readUInt16BE(i + 5), width: jpeg.readUInt16BE(i + 7), components: jpeg[i + 9] };
    }
    i += 2 + length;
  }
  throw new Error('no SOF marker');
}

/** A PDF whose pages are only images (a scan): no text layer at all. Pages are A4. */
export function imageOnlyPdf(jpegs: Buffer[]): Buffer {
  const objects: Array<Buffer> = [];
  const pageIds: number[] = [];
  // 1: catalog, 2: pages; then per page: page, content, image.
  let next = 3;
  const body: Array<{ id: number; data: Buffer }> = [];
  for (const jpeg of jpegs) {
    const { width, height, components } = jpegSize(jpeg);
    const [pageId, contentId, imageId] = [next, next + 1, next + 2];
    next += 3;
    pageIds.push(pageId);
    const content = Buffer.from('q 595.28 0 0 841.89 0 0 cm /Im0 Do Q\n');
    body.push({
      id: pageId,
      data: Buffer.from(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595.28 841.89] /Resources << /XObject << /Im0 ${imageId} 0 R >> >> /Contents ${contentId} 0 R >>`),
    });
    body.push({ id: contentId, data: Buffer.concat([Buffer.from(`<< /Length ${content.length} >>\nstream\n`), content, Buffer.from('\nendstream')]) });
    body.push({
      id: imageId,
      data: Buffer.concat([
        Buffer.from(`<< /Type /XObject /Subtype /Image /Width ${width} /Height ${height} /ColorSpace /${components === 1 ? 'DeviceGray' : 'DeviceRGB'} /BitsPerComponent 8 /Filter /DCTDecode /Length ${jpeg.length} >>\nstream\n`),
        jpeg,
        Buffer.from('\nendstream'),
      ]),
    });
  }
  body.unshift(
    { id: 1, data: Buffer.from('<< /Type /Catalog /Pages 2 0 R >>') },
    { id: 2, data: Buffer.from(`<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pageIds.length} >>`) },
  );
  const header = Buffer.from('%PDF-1.4\n%\xe2\xe3\xcf\xd3\n', 'latin1');
  const offsets: number[] = [];
  let offset = header.length;
  for (const { id, data } of body) {
    const obj = Buffer.concat([Buffer.from(`${id} 0 obj\n`), data, Buffer.from('\nendobj\n')]);
    offsets[id] = offset;
    offset += obj.length;
    objects.push(obj);
  }
  const xref = [`xref\n0 ${next}\n`, '0000000000 65535 f \n', ...offsets.slice(1).map((o) => `${String(o).padStart(10, '0')} 00000 n \n`)].join('');
  const trailer = `trailer\n<< /Size ${next} /Root 1 0 R >>\nstartxref\n${offset}\n%%EOF\n`;
  return Buffer.concat([header, ...objects, Buffer.from(xref + trailer)]);
}

/** An encrypted copy of the first page of a PDF (user password required), made with Ghostscript. */
export function encryptedPdf(pdfPath: string): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'gazette-encrypt-'));
  try {
    const out = path.join(dir, 'encrypted.pdf');
    execFileSync('gs', ['-q', '-dBATCH', '-dNOPAUSE', '-sDEVICE=pdfwrite', '-dFirstPage=1', '-dLastPage=1', '-sOwnerPassword=owner', '-sUserPassword=user', '-dEncryptionR=3', '-dKeyLength=128', `-sOutputFile=${out}`, pdfPath], { stdio: 'ignore' });
    return readFileSync(out);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
