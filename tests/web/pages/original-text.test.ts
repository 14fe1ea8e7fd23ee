import { describe, expect, it } from 'vitest';
import { decodeSource, locateLine } from '../../../web/src/pages/original-text';

describe('decodeSource', () => {
  it.each<[string, Uint8Array]>([
    ['UTF-8', new TextEncoder().encode('稷山县人民政府公报')],
    ['UTF-16LE with its BOM', Uint8Array.from([0xff, 0xfe, ...Array.from('稷山县人民政府公报').flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])])],
    // GB18030 bytes of 稷山县人民政府公报
    ['GB18030', Uint8Array.from([0xf0, 0xa2, 0xc9, 0xbd, 0xcf, 0xd8, 0xc8, 0xcb, 0xc3, 0xf1, 0xd5, 0xfe, 0xb8, 0xae, 0xb9, 0xab, 0xb1, 0xa8])],
  ])('reads %s', (_name, bytes) => {
    expect(decodeSource(bytes.buffer as ArrayBuffer).replace(/^\uFEFF/, '')).toBe('稷山县人民政府公报');
  });
});

describe('locateLine', () => {
  const lines = ['稷山县人民政府公报', '', '1 总则', '1.1 编制目的', '为健全大面积停电事件', '应对工作机制。', '', '1.1 编制目的'];

  it('finds the paragraph\'s first line nearest to the line the reader recorded', () => {
    expect(locateLine(lines, { raw: '1.1 编制目的\n为健全大面积停电事件\n应对工作机制。', text: '1.1 编制目的为健全大面积停电事件应对工作机制。', lineStart: 2 })).toBe(3);
    expect(locateLine(lines, { raw: '1.1 编制目的', text: '1.1 编制目的', lineStart: 7 })).toBe(7);
  });

  it('falls back to the recorded line when the text is not found', () => {
    expect(locateLine(lines, { raw: '别处的文字', text: '别处的文字', lineStart: 4 })).toBe(4);
  });
});
