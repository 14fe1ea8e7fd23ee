import { describe, expect, it } from 'vitest';
import { baselineBands, histogram, readingOrder, type Fragment, type Margins } from '../../../ingest/read/page-columns';

const fragment = (text: string, x0: number, x1: number, y: number, size = 10.5): Fragment => ({ text, x0, x1, y, size });
const marginsOf = (fragments: Fragment[]): Margins => ({ starts: histogram(fragments.map((f) => f.x0)), ends: histogram(fragments.map((f) => f.x1)) });

/** A two-column page: a title spanning both columns, then six justified lines in each column. */
function twoColumnPage(): Fragment[] {
  const page = [fragment('稷山县人民政府公报', 150, 450, 760, 16)];
  for (let i = 0; i < 6; i++) {
    page.push(fragment(`左栏第${i + 1}行`, i === 0 ? 84 : 63, 294, 720 - 21 * i));
    page.push(fragment(`右栏第${i + 1}行`, i === 0 ? 330 : 309, 540, 720 - 21 * i));
  }
  return page;
}

describe('readingOrder', () => {
  it('reads a spanning title, then the whole left column, then the right column', () => {
    const page = twoColumnPage();
    const lines = readingOrder(page, 5, 10.5, marginsOf(page));
    expect(lines.map((l) => l.text)).toEqual([
      '稷山县人民政府公报',
      ...Array.from({ length: 6 }, (_, i) => `左栏第${i + 1}行`),
      ...Array.from({ length: 6 }, (_, i) => `右栏第${i + 1}行`),
    ]);
    expect(lines.map((l) => l.column)).toEqual([-1, ...Array(6).fill(0), ...Array(6).fill(1)]);
    expect(lines.every((l) => l.page === 5)).toBe(true);
  });

  it('gives each column the margins its continuation lines share, not its indented first line', () => {
    const page = twoColumnPage();
    const lines = readingOrder(page, 1, 10.5, marginsOf(page));
    expect(lines.filter((l) => l.column === 0).map((l) => [l.colLeft, l.colRight])[0]).toEqual([63, 294]);
    expect(lines.filter((l) => l.column === 1).map((l) => [l.colLeft, l.colRight])[0]).toEqual([309, 540]);
  });

  it('finds no gutter on a single-column page, reading top to bottom', () => {
    const page = Array.from({ length: 10 }, (_, i) => fragment(`第${i + 1}行正文内容`, 63, 540, 720 - 21 * i));
    const lines = readingOrder(page, 1, 10.5, marginsOf(page));
    expect(lines.map((l) => l.text)).toEqual(page.map((f) => f.text));
    expect(new Set(lines.map((l) => l.column))).toEqual(new Set([0]));
  });

  it('reads a table of short cells row by row, not as two columns (cells do not reach a column edge)', () => {
    const page: Fragment[] = [];
    for (let i = 0; i < 8; i++) {
      page.push(fragment(`单位${i + 1}`, 63, 63 + 21 * (2 + (i % 3)), 720 - 21 * i));
      page.push(fragment(`职责${i + 1}`, 330, 330 + 21 * (2 + (i % 2)), 720 - 21 * i));
    }
    const lines = readingOrder(page, 1, 10.5, marginsOf(page));
    expect(lines.slice(0, 2).map((l) => l.text)).toEqual(['单位1 职责1', '单位2 职责2']);
  });

  it('joins the letter-spaced fragments of one Chinese line without spaces', () => {
    const page = [fragment('夏', 400, 410, 100), fragment('县', 430, 440, 100), fragment('人民政府', 460, 500, 100)];
    expect(readingOrder(page, 1, 10.5, marginsOf(page)).map((l) => l.text)).toEqual(['夏县人民政府']);
  });
});

describe('baselineBands', () => {
  it('puts items a fraction of a point apart on one band, left to right, bands top to bottom', () => {
    const items = [
      { x: 200, y: 700.2, size: 10 },
      { x: 100, y: 700, size: 10 },
      { x: 100, y: 680, size: 10 },
    ];
    expect(baselineBands(items, (i) => i.x).map((band) => band.map((i) => i.x))).toEqual([[100, 200], [100]]);
  });
});
