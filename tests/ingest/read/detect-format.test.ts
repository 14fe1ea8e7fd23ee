import { readFileSync } from 'node:fs';
import path from 'node:path';
import { zipSync, strToU8 } from 'fflate';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../ingest/read/detect-format';
import { GazetteError } from '../../../src/errors';
import { samplePdf, sampleText } from '../../samples';

const pdf = readFileSync(samplePdf('xiaxian-2023-04.pdf'));
/** What a saved 政府信息公开 page often is: the content block alone, no <html>, <head> or <body>. */
const page = readFileSync(path.resolve(__dirname, '../../fixtures/html-xxgk-table/input.html'), 'utf8');
const html = Buffer.from(page.replace(/^[\s\S]*<body[^>]*>|<\/body>[\s\S]*$/g, ''));
const text = readFileSync(sampleText('xiaxian-2023-04.txt'));

const zip = (files: Record<string, string>) => Buffer.from(zipSync(Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strToU8(v)]))));
/** An OLE2 header followed by a directory entry name, which is all detection looks at. */
const ole = (stream: string) => Buffer.concat([Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]), Buffer.alloc(504), Buffer.from(stream, 'utf16le'), Buffer.alloc(64)]);

describe('detectFormat', () => {
  it('is given an HTML fragment that really is one (no <html>, <head> or <body>, but the page\'s table)', () => {
    expect(html.toString('utf8')).not.toMatch(/<(?:html|head|body)\b/i);
    expect(html.toString('utf8')).toMatch(/<table/i);
  });

  it.each([
    ['a PDF named .txt', pdf, 'gazette.txt', 'pdf'],
    ['a PDF named .html', pdf, 'content_5365711.htm', 'pdf'],
    ['an HTML fragment (no <html>) named .txt', html, 'page.txt', 'html'],
    ['a full HTML page named .pdf', Buffer.from('<!DOCTYPE html>\n<html><head><title>稷山县</title></head><body><p>正文</p></body></html>'), 'x.pdf', 'html'],
    ['HTML with a leading comment', Buffer.from('<!-- saved --><meta charset="utf-8"><p>夏县人民政府</p>'), 'x.dat', 'html'],
    ['a text gazette named .pdf', text, 'xiaxian.pdf', 'text'],
    ['a GB18030 text gazette named .html', iconv.encode(text.toString('utf8'), 'gb18030'), 'xiaxian.html', 'text'],
    ['a UTF-16LE page without BOM', iconv.encode('<!DOCTYPE html><html><body><p>国务院办公厅关于2019年部分节假日安排的通知</p></body></html>', 'utf-16le'), 'a.htm', 'html'],
    ['text that mentions <p> once', Buffer.from('公报正文里写着 <p> 标记一次。\n第二行。'), 'a.txt', 'text'],
    ['a DOCX named .zip', zip({ '[Content_Types].xml': '<Types/>', 'word/document.xml': '<w:document/>' }), 'a.zip', 'docx'],
    ['an OFD named .zip', zip({ 'OFD.xml': '<ofd:OFD/>', 'Doc_0/Document.xml': '<ofd:Document/>' }), 'a.zip', 'ofd'],
    ['a Word 97 file named .txt', ole('WordDocument'), 'a.txt', 'doc'],
    ['the same OLE2 Word stream named .wps', ole('WordDocument'), '通知.wps', 'wps'],
    ['a CSV export with 标题/文号 columns', Buffer.from('标题,文号,成文日期,内容\n关于印发…的通知,稷政发〔2022〕3号,2022-03-01,各乡镇'), 'list.txt', 'csv'],
    ['a tab-separated export', Buffer.from('索引号\t标题\t发文机关\n001\t关于…的通知\t稷山县人民政府'), 'list.tsv', 'csv'],
    ['a JSONL export', Buffer.from('{"标题":"关于…的通知","文号":"稷政发〔2022〕3号"}\n{"标题":"第二件"}'), 'list.json', 'jsonl'],
    // A table inside a document is some of its lines, never all: the document is text.
    ['a document with a tab-separated table in it', Buffer.from('关于某项工作的通知\n各乡镇：\n序号\t单位\t职责\n1\t县财政局\t负责资金\n现将有关事项通知如下。'), 'a.txt', 'text'],
    ['a document whose lines hold commas', Buffer.from('关于某项工作的通知\n各乡镇,县直各单位：\n为做好工作,现通知如下。\n一、加强领导,落实责任。'), 'a.txt', 'text'],
    ['text whose first line names one column', Buffer.from('标题：关于印发…的通知\n各乡镇人民政府'), 'a.txt', 'text'],
    ['JSON without known keys', Buffer.from('{"id":1,"clicks":20}'), 'a.json', 'text'],
  ])('detects %s', (_, bytes, name, format) => {
    expect(detectFormat(bytes, name).format).toBe(format);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'BAD_INPUT_FILE', '文件为空'],
    ['a file of blanks', Buffer.from('  \n\n \t'), 'BAD_INPUT_FILE', '没有文字'],
    ['a truncated zip', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'DAMAGED_FILE', '压缩文件已损坏'],
    ['an Excel .xlsx (zip without Word or OFD parts)', zip({ 'xl/workbook.xml': '<workbook/>' }), 'UNSUPPORTED_FORMAT', 'Excel'],
    ['an OLE2 file without a Word stream (.xls)', ole('Workbook'), 'UNSUPPORTED_FORMAT', 'xls'],
    ['a PNG scan', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'UNSUPPORTED_FORMAT', '--ocr'],
    ['NUL-riddled bytes', Buffer.from('abc\u0000\u0000\u0000def\u0000ghi\u0000\u0000\u0001\u0002'.repeat(20), 'latin1'), 'UNSUPPORTED_FORMAT', '二进制'],
    ['control characters in valid UTF-8', Buffer.from('\u0001\u0002\u0003\u0004稷山县\u0005\u0006'.repeat(50)), 'UNSUPPORTED_FORMAT', '二进制'],
    ['a CSV of columns nobody maps (not an export)', Buffer.from('序号,点击量\n1,20\n2,30'), 'BAD_INPUT_FILE', '序号、点击量'],
    ['a tab-separated list of sources', Buffer.from('file\taddress\twhat\np01.txt\thttps://a.gov.cn/1\t某县通知\np02.txt\thttps://b.gov.cn/2\t某市意见'), 'BAD_INPUT_FILE', '--map'],
  ])('rejects %s with a message naming the file', (_, bytes, code, words) => {
    let error: unknown;
    try {
      detectFormat(bytes, 'uploads/bad-file.bin');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(GazetteError);
    expect((error as GazetteError).code).toBe(code);
    expect((error as GazetteError).message).toMatch(/^uploads\/bad-file\.bin: /);
    expect((error as GazetteError).message).toContain(words);
  });
});
