/**
 * @module ingest/read/word-binary
 * Text of a Word 97–2003 (.doc) or Kingsoft WPS (.wps) file, with word-extractor: it reads the
 * OLE2 container, the piece table (so fast-saved files come out in order), paragraph and cell
 * marks, and drops field codes (MERGEFIELD, PAGE) while keeping their results.
 *
 * One fix is made here. word-extractor 1.0.4 (the latest release) takes any character property
 * whose low five bits are 0 for "deleted revision" (sprmCFRMarkDel); WPS writes 0x4A60 on every
 * run, so 7 of the 9 samples lost nearly all their text (1,656 characters → 112 for
 * 浙保监发[2009]33号). Upstream merged the fix (morungos/node-word-extractor#56) but has not
 * released it, so the character-property pass is replaced by one that tests the whole sprm.
 */
import { createRequire } from 'node:module';

const require = createRequire(import.meta.url);

interface Piece {
  text: string;
  startFilePos: number;
  endFilePos: number;
  bpc: number;
}

interface WordDocumentText {
  getBody(options?: { filterUnicode?: boolean }): string;
  getTextboxes(options?: { filterUnicode?: boolean; includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  getFootnotes(options?: { filterUnicode?: boolean }): string;
  getEndnotes(options?: { filterUnicode?: boolean }): string;
}

interface OleExtractor {
  _pieces: Piece[];
  extract(reader: unknown): Promise<WordDocumentText>;
}

type OleExtractorClass = new () => OleExtractor;

const WordOleExtractor = require('word-extractor/lib/word-ole-extractor.js') as OleExtractorClass;
const BufferReader = require('word-extractor/lib/buffer-reader.js') as new (buffer: Buffer) => { open(): Promise<void>; close(): Promise<void> };

/** sprmCFRMarkDel: the character run is a deleted revision (MS-DOC 2.6.1). */
const SPRM_DELETED = 0x0800;

/** word-extractor with the deleted-revision test corrected (see the module comment). */
class RevisionAwareExtractor extends (WordOleExtractor as unknown as new () => OleExtractor & Record<string, unknown>) {
  writeCharacterProperties(buffer: Buffer, tableBuffer: Buffer): void {
    const fcPlcfbteChpx = buffer.readUInt32LE(0x00fa);
    const lcbPlcfbteChpx = buffer.readUInt32LE(0x00fe);
    const count = (lcbPlcfbteChpx - 4) / 8;
    const plc = tableBuffer.subarray(fcPlcfbteChpx, fcPlcfbteChpx + lcbPlcfbteChpx);
    for (let i = 0; i < count; i++) {
      const block = plc.readUInt32LE((count + 1) * 4 + i * 4);
      const fkp = buffer.subarray(block * 512, (block + 1) * 512);
      if (fkp.length < 512) continue;
      const runs = fkp.readUInt8(511);
      for (let j = 0; j < runs; j++) {
        const rgb = fkp.readUInt8((runs + 1) * 4 + j);
        if (rgb === 0) continue;
        const cb = fkp.readUInt8(rgb * 2);
        const grpprl = fkp.subarray(rgb * 2 + 1, rgb * 2 + 1 + cb);
        if (deletedRun(grpprl)) markDeleted(this._pieces, fkp.readUInt32LE(j * 4), fkp.readUInt32LE((j + 1) * 4));
      }
    }
  }
}

/**
 * The body, text boxes, footnotes and endnotes of a .doc/.wps, in that order, as word-extractor
 * gives them: paragraphs end in '\n', table cells in '\t'. Throws what word-extractor throws.
 *
 * @example (await extractWordBinary(bytes)).split('\n')[5] // → '舟金规〔2023〕1号'
 */
export async function extractWordBinary(bytes: Buffer): Promise<string> {
  const reader = new BufferReader(bytes);
  await reader.open();
  try {
    const doc = await new RevisionAwareExtractor().extract(reader);
    const raw = { filterUnicode: false };
    const parts = [
      doc.getBody(raw),
      // Text boxes hold the 版头 or the 落款 in some templates; headers and footers only page numbers.
      doc.getTextboxes({ ...raw, includeHeadersAndFooters: false, includeBody: true }),
      doc.getFootnotes(raw),
      doc.getEndnotes(raw),
    ];
    return parts.filter((p) => p.trim() !== '').join('\n');
  } finally {
    await reader.close();
  }
}

/** Whether a run's properties (a grpprl) include sprmCFRMarkDel switched on. */
function deletedRun(grpprl: Buffer): boolean {
  let offset = 0;
  while (offset < grpprl.length - 1) {
    const sprm = grpprl.readUInt16LE(offset);
    offset += 2;
    // ToggleOperand: 1 on, 0x81 the opposite of the style (which is never "deleted").
    if (sprm === SPRM_DELETED) return grpprl[offset] === 1 || grpprl[offset] === 0x81;
    const spra = (sprm >>> 13) & 0x07;
    offset += spra === 6 ? grpprl.readUInt8(offset) + 1 : ([1, 1, 2, 4, 2, 2, 0, 3][spra] ?? 0);
  }
  return false;
}

/** Blanks the characters at file positions [start, end) in whichever pieces hold them (NULs are dropped later). */
function markDeleted(pieces: Piece[], start: number, end: number): void {
  for (const piece of pieces) {
    const from = Math.max(start, piece.startFilePos);
    const to = Math.min(end, piece.endFilePos);
    if (from >= to) continue;
    const a = (from - piece.startFilePos) / piece.bpc;
    const b = (to - piece.startFilePos) / piece.bpc;
    piece.text = piece.text.slice(0, a) + '\x00'.repeat(b - a) + piece.text.slice(b);
  }
}
