import { describe, expect, it } from 'vitest';
import { shownPath } from '../../src/store/shown-path';

describe('shownPath', () => {
  it.each([
    ['/srv/gazettes/2023/夏县公报.txt', '夏县公报.txt'],
    ['C:\\公报\\稷山县2022年第3期.pdf', '稷山县2022年第3期.pdf'],
    ['../archive/公报.txt', '公报.txt'],
    ['data/samples/jishan-2022-03.txt', 'data/samples/jishan-2022-03.txt'],
    ['公报.txt', '公报.txt'],
  ])('%s → %s', (stored, shown) => {
    expect(shownPath(stored)).toBe(shown);
  });
});
