import { describe, expect, it } from 'vitest';
import { htmlDepth } from '../../../ingest/read/html-depth';

describe('htmlDepth', () => {
  it.each([
    ['<html><body><div><p>稷政办发〔2022〕31号</div></body></html>', 3],
    ['<div><div><div>停电</div></div></div>', 3],
    // elements browsers close by themselves, and void elements, do not nest
    ['<table><tr><td>发文字号<td>夏政发〔2023〕12号<tr><td>x</table>', 1],
    ['<p>一<p>二<p>三<br><img src=x><hr>', 0],
    ['<div><br/><span/></div>', 1],
    // markup inside scripts, styles and comments is text
    ['<script>var s = "<div><div><div>";</script><div>x</div>', 1],
    ['<!-- <div><div><div> --><div>x</div>', 1],
    ['<DIV><Div><div>x</div></DIV></div>', 3],
  ])('measures %j as %i', (html, depth) => {
    expect(htmlDepth(html)).toBe(depth);
  });

  it('stops counting past the limit', () => {
    expect(htmlDepth('<div>'.repeat(100_000), 1000)).toBe(1001);
  });
});
