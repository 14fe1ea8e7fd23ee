import { readFileSync } from 'node:fs';
import path from 'node:path';
import iconv from 'iconv-lite';
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../../ingest/read/detect-format';
import { GazetteError } from '../../../src/errors';

const corpus = path.resolve(__dirname, '../../../..', 'shared/corpus');
const pdf = readFileSync(path.join(corpus, 'pdf/xiaxian-2023-04.pdf'));
const html = readFileSync(path.join(corpus, 'html/062_guobanfa_2019_6_financing_guarantee_cites_guofa_2015_43.html'));
const text = readFileSync(path.join(corpus, 'seeds/xiaxian-2023-04.txt'));

describe('detectFormat', () => {
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
  ])('detects %s', (_, bytes, name, format) => {
    expect(detectFormat(bytes, name).format).toBe(format);
  });

  it.each([
    ['an empty file', Buffer.alloc(0), 'BAD_INPUT_FILE', '文件为空'],
    ['a file of blanks', Buffer.from('  \n\n \t'), 'BAD_INPUT_FILE', '没有文字'],
    ['a Word .docx (zip)', Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0, 6, 0]), 'UNSUPPORTED_FORMAT', 'Word'],
    ['a PNG scan', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0]), 'UNSUPPORTED_FORMAT', '--ocr'],
    ['NUL-riddled bytes', Buffer.from('abc\u0000\u0000\u0000def\u0000ghi\u0000\u0000\u0001\u0002'.repeat(20), 'latin1'), 'UNSUPPORTED_FORMAT', '二进制'],
    ['control characters in valid UTF-8', Buffer.from('\u0001\u0002\u0003\u0004稷山县\u0005\u0006'.repeat(50)), 'UNSUPPORTED_FORMAT', '二进制'],
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
