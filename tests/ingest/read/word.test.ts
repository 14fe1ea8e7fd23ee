import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { htmlToLines, readDocx, readWordBinary, textToLines } from '../../../ingest/read/word';
import { GazetteError } from '../../../src/errors';
import type { Source } from '../../../src/model';
import { describeShared } from '../../shared-corpus';
import { makeDocx, p } from './make-ofd';

const source = (format: Source['format'], file = `test.${format}`): Source => ({ path: file, sha256: 'x', format });
const docxLines = async (body: string) => (await readDocx(makeDocx(body), source('docx'))).lines.map((l) => l.text);

/** A complex field: code runs between begin and separate, result runs until end. */
const field = (code: string, result: string) =>
  `<w:p><w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> ${code} </w:instrText></w:r><w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>${result}</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r></w:p>`;

describe('readDocx', () => {
  it('gives one line per paragraph, in order, keeping the leading spaces of a right-placed date', async () => {
    expect(await docxLines(p('关于提示异地贷款业务风险的通知') + p('苏银监办〔2005〕235号') + p('                二○○五年十一月十一日'))).toEqual([
      '关于提示异地贷款业务风险的通知',
      '苏银监办〔2005〕235号',
      '                二○○五年十一月十一日',
    ]);
  });

  it('gives one line per table row, cells in order', async () => {
    const row = (...cells: string[]) => `<w:tr>${cells.map((c) => `<w:tc>${p(c)}</w:tc>`).join('')}</w:tr>`;
    const table = `<w:tbl>${row('来文文号', '府办专督〔2020〕24号')}${row('来文单位', '市人民政府办公室')}</w:tbl>`;
    expect(await docxLines(p('公文处理笺') + table + p('拟办意见'))).toEqual(['公文处理笺', '来文文号  府办专督〔2020〕24号', '来文单位  市人民政府办公室', '拟办意见']);
  });

  it.each([
    ['a MERGEFIELD whose result is the number', field('MERGEFIELD outgoingNo', '绍银监发〔2016〕69号'), '绍银监发〔2016〕69号'],
    ['a PAGE field', field('PAGE \\* MERGEFORMAT', '1'), '1'],
    ['a HYPERLINK field', field('HYPERLINK "http://www.gov.cn"', '中国政府网'), '中国政府网'],
  ])('keeps the result and drops the code of %s', async (_, body, expected) => {
    expect(await docxLines(body)).toEqual([expected]);
  });

  it('reads the text beside an image without inflating the image (a 10 MB photo under a 1 MB limit)', async () => {
    const drawing = '<w:p><w:r><w:drawing><wp:inline><wp:extent cx="100" cy="100"/><wp:docPr id="1" name="seal"/><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/picture"><pic:pic><pic:nvPicPr><pic:cNvPr id="1" name="seal.png"/><pic:cNvPicPr/></pic:nvPicPr><pic:blipFill><a:blip r:embed="rId9"/></pic:blipFill><pic:spPr/></pic:pic></a:graphicData></a:graphic></wp:inline></w:drawing></w:r></w:p>';
    const rels = '<?xml version="1.0" encoding="UTF-8"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId9" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/image" Target="media/image1.png"/></Relationships>';
    const bytes = makeDocx(p('稷山县人民政府') + drawing + p('2024年3月1日'), {
      'word/_rels/document.xml.rels': new TextEncoder().encode(rels),
      'word/media/image1.png': new Uint8Array(10 * 1024 * 1024),
    });
    const text = await readDocx(bytes, source('docx'), 1024 * 1024);
    expect(text.lines.map((l) => l.text).filter((t) => t !== '')).toEqual(['稷山县人民政府', '2024年3月1日']);
  });

  it('refuses a DOCX whose text parts inflate past the limit, naming the file', async () => {
    const error = await readDocx(makeDocx(p('正文'.repeat(5000))), source('docx', 'bomb.docx'), 1000).catch((e: unknown) => e);
    expect((error as GazetteError).code).toBe('FILE_TOO_LARGE');
    expect((error as GazetteError).message).toMatch(/^bomb\.docx: /);
  });

  it('refuses a damaged DOCX by name', async () => {
    const bytes = makeDocx(p('x'));
    const broken = Buffer.concat([bytes.subarray(0, 60), Buffer.alloc(40), bytes.subarray(100)]);
    const error = await readDocx(broken, source('docx', '来文/坏.docx')).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GazetteError);
    expect((error as GazetteError).message).toMatch(/^来文\/坏\.docx: /);
  });
});

describe('htmlToLines', () => {
  it('reads list items (auto-numbered paragraphs) and nested lists as lines', () => {
    expect(htmlToLines('<ol><li>抓顶层设计<ol><li>组织编写规划</li></ol></li><li>抓业务运行</li></ol>').map((l) => l.text)).toEqual([
      '抓顶层设计',
      '组织编写规划',
      '抓业务运行',
    ]);
  });
});

describe('textToLines (Word 97/WPS text)', () => {
  it.each([
    ['a table row ends in cell marks', '日期\t上午行程\t下午行程\t', '日期  上午行程  下午行程'],
    ['a leaked merge field before the number', 'MERGEFIELD outgoingNo 绍银监发〔2016〕69号', '绍银监发〔2016〕69号'],
    ['a leaked field with a format switch', 'MERGEFIELD $TextContent \\* FirstCap 现将《办法》印发给你们', '现将《办法》印发给你们'],
    ['a leaked PAGE code before its result', '-PAGE 2-', '-2-'],
    ['a right-placed date keeps its spaces', '           二〇〇九年十月二十一日', '           二〇〇九年十月二十一日'],
    // Rows that must not change: words that merely look like codes.
    ['an English word in a title', '关于HOMEPAGE改版的通知', '关于HOMEPAGE改版的通知'],
    ['lower-case "page"', '见第page 3', '见第page 3'],
  ])('%s', (_, text, expected) => {
    expect(textToLines(text)[0].text).toBe(expected);
  });
});

describe('readWordBinary', () => {
  it('refuses bytes that are not a Word file by name', async () => {
    const error = await readWordBinary(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0]), source('doc', '坏.doc')).catch((e: unknown) => e);
    expect((error as GazetteError).code).toBe('DAMAGED_FILE');
    expect((error as GazetteError).message).toMatch(/^坏\.doc: /);
  });
});

describeShared('formats', 'readWordBinary on a fast-saved WPS .doc (../shared/corpus/formats)', (dir) => {
  const doc = path.join(dir, 'doc/ragmemo__1.关于加强浙江省打击保险领域违法犯罪协调配合工作的通知.doc');
  it('reads the whole text, not only the runs word-extractor 1.0.4 takes for deleted revisions', async () => {
    const text = await readWordBinary(readFileSync(doc), source('doc', doc));
    const chars = text.lines.map((l) => l.text).join('').replace(/\s/g, '').length;
    console.log(`fast-saved .doc: ${chars} characters (word-extractor unfixed: 112)`);
    expect(chars).toBeGreaterThan(1500);
    expect(text.lines.some((l) => l.text.startsWith('一、建立案件线索移送制度'))).toBe(true);
  });
});
