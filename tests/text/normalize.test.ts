import { describe, expect, it } from 'vitest';
import { bigrams, compact, foldWidth, isSpaceCode, removeCjkSpaces } from '../../src/text/normalize';

describe('foldWidth', () => {
  it.each([
    ['２０２２年', '2022年'],
    ['ＡＢｃ１', 'ABc1'],
    // must not change: punctuation and brackets stay as written (display text keeps them)
    ['稷政办发〔２０２２〕３１号', '稷政办发〔2022〕31号'],
    ['（一）：，。', '（一）：，。'],
    ['plain ascii 42', 'plain ascii 42'],
  ])('%s → %s', (input, expected) => {
    expect(foldWidth(input)).toBe(expected);
  });
});

describe('removeCjkSpaces', () => {
  it.each([
    ['的 通 知', '的通知'],
    ['关于\u3000印发', '关于印发'],
    ['县 人 民 政 府 ：', '县人民政府：'],
    // must not remove: spaces beside Latin words and numbers
    ['38 条', '38 条'],
    ['GB 50016 规范', 'GB 50016 规范'],
    ['Word 文档', 'Word 文档'],
  ])('%j → %j', (input, expected) => {
    expect(removeCjkSpaces(input)).toBe(expected);
  });
});

describe('isSpaceCode', () => {
  it('is whitespace exactly where /\\s/ is, over every UTF-16 code unit', () => {
    const differ: number[] = [];
    for (let code = 0; code <= 0xffff; code++) if (isSpaceCode(code) !== /\s/.test(String.fromCharCode(code))) differ.push(code);
    expect(differ).toEqual([]);
  });
});

describe('compact', () => {
  it.each([
    ['稷政办发 〔2022〕 31 号', '稷政办发〔2022〕31号'],
    ['关于\n印发', '关于印发'],
    ['无空白', '无空白'],
  ])('%j → %j', (input, expected) => {
    expect(compact(input)).toBe(expected);
  });
});

describe('bigrams', () => {
  it.each([
    ['申领发票，税', ['申领', '领发', '发票']],
    ['ＡＢ证', ['AB', 'B证']],
    // must not produce: single characters, or pairs across punctuation
    ['税', []],
    ['甲，乙', []],
    ['', []],
  ])('%j → %j', (input, expected) => {
    expect(bigrams(input)).toEqual(expected);
  });
});
