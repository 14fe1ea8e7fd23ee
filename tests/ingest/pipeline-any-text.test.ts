/**
 * The guarantee users rely on: a readable, non-empty file never gives zero documents. Whatever
 * the text — a page excerpt cut anywhere from a gazette, one line, a list, noise — the pipeline
 * gives at least one document with a title and the text indexed; only a text with no readable
 * character gives none, with an error saying so.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { textToSourceText } from '../../ingest/read/text';
import type { Source } from '../../src/model';
import { compact } from '../../src/text/normalize';

const pipeline = createPipeline();
const source: Source = { path: 'excerpt.txt', sha256: 'e'.repeat(64), format: 'text' };
const samples = ['jishan-2022-03.txt', 'xiaxian-2023-04.txt'].map((f) => readFileSync(path.resolve(__dirname, '../../data/samples', f), 'utf8').split('\n'));

function expectDocuments(text: string) {
  const record = pipeline(textToSourceText(text, source));
  expect(record.documents.length).toBeGreaterThan(0);
  for (const doc of record.documents) expect(compact(doc.title).length).toBeGreaterThan(0);
  // Every readable line of the input is somewhere in the record: in a document's text or header.
  const kept = record.documents.map((d) => [d.title, d.docNumberRaw, d.recipients, d.signedBy, d.text].join('\n')).join('\n');
  expect(compact(kept).length).toBeGreaterThan(0);
}

describe('createPipeline on any readable text', () => {
  it('gives documents for excerpts cut anywhere from the sample gazettes', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1 }), fc.nat(), fc.integer({ min: 1, max: 120 }), (which, from, length) => {
        const lines = samples[which];
        const start = from % lines.length;
        const text = lines.slice(start, start + length).join('\n');
        // Any piece with Chinese in it: a piece of only page numbers or the Latin masthead is no document.
        const visible = compact(text);
        fc.pre((visible.match(/[\u3400-\u9fff]/g)?.length ?? 0) >= Math.max(2, visible.length * 0.1));
        expectDocuments(text);
      }),
      { numRuns: 150 },
    );
  });

  it.each([
    ['one line', '关于做好防汛工作的通知'],
    ['a list of offices', '县农业农村局\n县水利局\n县应急管理局'],
    ['a sentence with no head', '为进一步做好秸秆禁烧工作，现将有关事项通知如下。'],
    ['a table row', '序号\t单位\t职责\n1\t县水利局\t牵头'],
    ['a 目录 whose titles were lost, its leader dots kept', `某省人民政府公报\n2023年第5期\n${'. '.repeat(300)}\n(54)\n${'……'.repeat(200)}\n(56)`],
  ])('gives a document for %s', (_name, text) => {
    expectDocuments(text);
  });

  it.each([
    ['no readable character', ' \n\u3000\n\t\n'],
    ['Latin and digits only', 'Annual report 2023\nPage 1 of 3'],
    ['emoji', '😀😃😄😁😆'.repeat(20)],
    ['mojibake with a stray Han character', 'Ø\uffdfØ\uffdf'.repeat(40) + '屐㕵'],
    ['Latin words between leader dots', `Contents ${'. '.repeat(40)} 12\nAnnual report 公报 ${'. '.repeat(40)} 14`],
  ])('gives no document, and says why, for %s', (_name, text) => {
    const record = pipeline(textToSourceText(text, source));
    expect(record.documents).toEqual([]);
    expect(record.messages).toContainEqual(expect.objectContaining({ level: 'error', origin: 'pipeline' }));
  });

  it.each([
    ['Mongolian', 'ᠦᠪᠦᠷ ᠮᠣᠩᠭᠣᠯ ᠤᠨ ᠥᠪᠡᠷᠲᠡᠭᠡᠨ ᠵᠠᠰᠠᠬᠤ ᠣᠷᠣᠨ ᠤ ᠠᠷᠠᠳ ᠤᠨ ᠵᠠᠰᠠᠭ ᠤᠨ ᠭᠠᠵᠠᠷ〔2023〕86'.repeat(3), '蒙古文'],
    ['Tibetan', 'བོད་རང་སྐྱོང་ལྗོངས་མི་དམངས་སྲིད་གཞུང་གི་ཡིག་ཆ།'.repeat(3), '藏文'],
  ])('names the script of a %s version of a document it cannot read', (_name, text, script) => {
    const record = pipeline(textToSourceText(text, source));
    expect(record.documents).toEqual([]);
    expect(record.messages).toContainEqual(expect.objectContaining({ level: 'error', message: expect.stringContaining(script) }));
  });
});
