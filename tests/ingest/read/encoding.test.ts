import { readFileSync } from 'node:fs';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { decodeHtml, decodeText, declaredCharset, isPlausibleText } from '../../../ingest/read/encoding';
import { readBuffer } from '../../../ingest/read/read-source';
import { sampleText } from '../../samples';

const utf8Bytes = readFileSync(sampleText('jishan-2022-03.txt'));
const utf8Text = utf8Bytes.toString('utf8');

/** The same gazette as a county site might serve it. */
const copies: Array<[string, Buffer, string]> = [
  ['UTF-8', utf8Bytes, 'utf-8'],
  ['UTF-8 with BOM', Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), utf8Bytes]), 'utf-8'],
  ['GB18030', iconv.encode(utf8Text, 'gb18030'), 'gb18030'],
  ['UTF-16LE with BOM', iconv.encode(utf8Text, 'utf-16le', { addBOM: true }), 'utf-16le'],
  ['UTF-16LE without BOM', iconv.encode(utf8Text, 'utf-16le'), 'utf-16le'],
  ['UTF-16BE with BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(utf8Text, 'utf-16be')]), 'utf-16be'],
  ['UTF-16BE without BOM', iconv.encode(utf8Text, 'utf-16be'), 'utf-16be'],
];

describe('decodeText', () => {
  it.each(copies)('decodes a %s copy of jishan-2022-03.txt to exactly the UTF-8 text', (_, bytes, encoding) => {
    const decoded = decodeText(bytes);
    expect(decoded?.encoding).toBe(encoding);
    expect(decoded?.text).toBe(utf8Text);
  });

  it('decodes a short GBK notice', () => {
    const decoded = decodeText(iconv.encode('关于印发稷山县助企纾困38条的通知（稷政办发〔2022〕31号）\n', 'gbk'));
    expect(decoded).toEqual({ text: '关于印发稷山县助企纾困38条的通知（稷政办发〔2022〕31号）\n', encoding: 'gb18030', bom: false });
  });

  it('gives up on random bytes instead of returning mojibake', () => {
    let seed = 7;
    const random = Buffer.from(Array.from({ length: 4096 }, () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) & 0xff));
    expect(decodeText(random)).toBeNull();
  });
});

describe('decodeHtml', () => {
  it('honours <meta charset="gb2312"> and reads GBK characters outside GB2312', () => {
    const html = '<html><head><meta charset="gb2312"><title>t</title></head><body><p>国务院办公厅关于镕基的通知</p></body></html>';
    expect(decodeHtml(iconv.encode(html, 'gb18030'))).toEqual({ text: html, encoding: 'gb2312', bom: false });
  });

  it('honours the http-equiv Content-Type charset', () => {
    const html = '<html><head><meta http-equiv="Content-Type" content="text/html; charset=GBK"></head><body>稷山县人民政府</body></html>';
    expect(decodeHtml(iconv.encode(html, 'gbk'))?.text).toBe(html);
  });

  it('falls back to detection when a page declares utf-8 but is GBK', () => {
    const html = '<html><head><meta charset="utf-8"></head><body><p>夏县人民政府办公室关于印发夏县大面积停电事件应急预案的通知</p></body></html>';
    expect(decodeHtml(iconv.encode(html, 'gb18030'))).toEqual({ text: html, encoding: 'gb18030', bom: false });
  });
});

describe('declaredCharset', () => {
  it.each([
    ['<meta charset="utf-8">', 'utf-8'],
    ["<meta charset='GB2312' />", 'gb2312'],
    ['<meta http-equiv="Content-Type" content="text/html; charset=gbk">', 'gbk'],
    ['<meta name="description" content="公报">', undefined],
  ])('%s → %s', (head, charset) => {
    expect(declaredCharset(Buffer.from(head, 'latin1'))).toBe(charset);
  });
});

describe('isPlausibleText', () => {
  it.each([
    ['稷山县人民政府公报 2022 年第 3 期', true],
    ['7×24 小时自助政务服务', true],
    ['\u0001\u0002\u0003abc\ufffd', false],
  ])('%j → %s', (text, plausible) => {
    expect(isPlausibleText(text)).toBe(plausible);
  });
});

describe('readBuffer', () => {
  it.each(copies)('reads the %s copy into the same lines as the UTF-8 file', async (_, bytes, encoding) => {
    const reference = await readBuffer(utf8Bytes, 'jishan-2022-03.txt');
    const read = await readBuffer(bytes, 'jishan-2022-03.txt');
    if (read.kind !== 'text' || reference.kind !== 'text') throw new Error('expected text');
    expect(read.text.source.encoding).toBe(encoding);
    expect(read.text.lines).toEqual(reference.text.lines);
  });
});
