import { describe, expect, it } from 'vitest';
import { bestPassages, escapeHtml, highlightNeedles, markHtml, needleFinder, numberFinder } from '../../../src/store/query/highlight';

describe('markHtml', () => {
  it.each([
    ['县行政审批局负责', ['审批局'], '县行政<mark>审批局</mark>负责'],
    ['<script>alert(1)</script>停电', ['停电'], '&lt;script&gt;alert(1)&lt;/script&gt;<mark>停电</mark>'],
    ['<img src=x onerror=alert(1)>', ['img'], '&lt;<mark>img</mark> src=x onerror=alert(1)&gt;'],
    ['A&B "引号" \'单\'', [], 'A&amp;B &quot;引号&quot; &#39;单&#39;'],
    // Full-width digits match what the user typed in ASCII, and stay as written.
    ['２０２２年', ['2022'], '<mark>２０２２</mark>年'],
    ['应急预案和应急', ['应急预案', '应急'], '<mark>应急预案</mark>和<mark>应急</mark>'],
  ])('%s', (text, needles, html) => {
    expect(markHtml(text, needles)).toBe(html);
  });

  it('never produces a tag other than mark, whatever the text', () => {
    const text = '<b onclick="x()">停电</b><script>停电</script>';
    const html = markHtml(text, ['停电', 'script', 'b']);
    expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });
});

describe('highlightNeedles', () => {
  it('splits terms into their Chinese and Latin runs, longest first', () => {
    expect(highlightNeedles(['稷政办发〔2022〕31', '停电'])).toEqual(['稷政办发', '2022', '31', '停电']);
  });
});

describe('bestPassages', () => {
  const paragraphs = ['无关的一段。', '只提到停电。', '停电时启动应急预案。', 'x'.repeat(500) + '应急预案' + 'y'.repeat(500)];

  it('prefers the paragraph holding the most different terms', () => {
    const passages = bestPassages(paragraphs, needleFinder(['应急预案', '停电']));
    expect(passages[0]).toEqual({ paragraph: 2, html: '<mark>停电</mark>时启动<mark>应急预案</mark>。' });
  });

  it('cuts a long paragraph around its match', () => {
    const [passage] = bestPassages([paragraphs[3]], needleFinder(['应急预案']), { window: 40 });
    expect(passage.html).toMatch(/^…x+<mark>应急预案<\/mark>y+…$/);
    expect(passage.html.length).toBeLessThan(80);
  });

  it('finds Chinese and Latin needles at the same offsets in text that folds (full-width, upper case)', () => {
    const text = 'ＡＢＣ２０２２年ＰＤＦ版停电预案';
    const [passage] = bestPassages([text], needleFinder(highlightNeedles(['停电', 'pdf'])));
    expect(passage.html).toBe('ＡＢＣ２０２２年<mark>ＰＤＦ</mark>版<mark>停电</mark>预案');
    const [chinese] = bestPassages([text], needleFinder(highlightNeedles(['停电预案'])));
    expect(chinese.html).toBe('ＡＢＣ２０２２年ＰＤＦ版<mark>停电预案</mark>');
  });

  it('returns nothing when no paragraph matches', () => {
    expect(bestPassages(paragraphs, needleFinder(['煤改气']))).toEqual([]);
  });

  it('escapes the text around marks', () => {
    expect(escapeHtml('<a href="x">')).toBe('&lt;a href=&quot;x&quot;&gt;');
  });
});

describe('numberFinder', () => {
  it.each([
    ['（晋政办发〔2022〕33号）精神', [[1, 14]]],
    ['按照晋政办发(2022)33 号要求', [[2, 16]]],
    ['晋政办发〔2022〕34号', []],
  ])('finds 晋政办发〔2022〕33号 in %s however it is written', (text, ranges) => {
    expect(numberFinder('晋政办发〔2022〕33号')(text)).toEqual(ranges);
  });
});

describe('bestPassages by the words held', () => {
  const strip = (html: string) => html.replace(/<\/?mark>/g, '');
  it.each([
    // [paragraphs, needles of each query word, the first passage]
    [['依据《某省应急预案》《某市应急预案》《某区应急预案》制定。', '现将《某县应急预案》印发给你们。'], [['某县'], ['应急预案']], '现将《某县应急预案》印发给你们。'],
    // one range holding both words (创业型城市) holds two, not one string
    [['使城市充满活力，建设宜居城市，城市更新。', '创建创业型城市。'], [['创业型'], ['城市'], ['创业型城市']], '创建创业型城市。'],
    // must NOT reorder: both hold every word, the one with more matches stays first
    [['某县应急预案，某县应急预案。', '某县应急预案。'], [['某县'], ['应急预案']], '某县应急预案，某县应急预案。'],
  ])('%o leads with the paragraph holding most query words', (paragraphs, groups, first) => {
    const needles = [...new Set(groups.flat())].sort((a, b) => b.length - a.length);
    expect(strip(bestPassages(paragraphs, needleFinder(needles, groups))[0].html)).toBe(first);
  });
});
