import { describe, expect, it } from 'vitest';
import { layoutPages, repairOcrBrackets, type PositionedPage, type PositionedText } from '../../../ingest/read/page-layout';

/** A line of text set at 10.5 pt, one item per line (pdf.js often gives several; grouping is tested below). */
function line(str: string, x: number, y: number, size = 10.5): PositionedText {
  return { str, x, y, width: [...str].length * size, size };
}

/** An A4 page with the running header and a "— n —" footer, like the sample gazettes. */
function page(index: number, printed: number, items: PositionedText[]): PositionedPage {
  return {
    index,
    width: 595,
    bottom: 0,
    top: 842,
    items: [line('稷山县人民政府公报 2022 年第 3 期', 227, 789, 9), ...items, line(`— ${printed} —`, 284, 44, 9)],
  };
}

/** Left column x 63–294 (indent 84), right column x 309–540 (indent 330), 21 pt pitch. */
const twoColumn = (index: number, printed: number) =>
  page(index, printed, [
    line('第四条 高标准农田绩效考核标准通常包括', 84, 760),
    line('计划标准、行业标准、历史标准等，用于对', 63, 739),
    line('绩效指标完成情况进行比较。第五条还有很多', 63, 718),
    line('内容，左栏最后一行写满了整个栏宽度为标', 63, 697),
    line('以省内较高的绩效考核水平为标杆进行评', 84, 676),
    line('田建设项目中较高的绩效考核水平为标杆进行评', 63, 655),
    line('判的方法。', 309, 760),
    line('第六条 绩效考核内容主要包括：', 330, 736),
    line('（一）决策情况；', 330, 712),
    line('第七条 绩效考核结果采取评分和评级相结合', 330, 688),
    line('的方式，总分一般设置为 100 分，等级划分', 309, 667),
    line('为四档。', 309, 646),
  ]);

describe('layoutPages', () => {
  it('reads the left column before the right column', () => {
    const { lines } = layoutPages([twoColumn(5, 5), twoColumn(6, 6)]);
    const texts = lines.map((l) => l.text);
    expect(texts.findIndex((t) => t.startsWith('第四条'))).toBeLessThan(texts.findIndex((t) => t.startsWith('第六条')));
  });

  it('joins a paragraph that continues from the bottom of the left column to the top of the right', () => {
    const { lines } = layoutPages([twoColumn(5, 5), twoColumn(6, 6)]);
    expect(lines.map((l) => l.text)).toContain('以省内较高的绩效考核水平为标杆进行评田建设项目中较高的绩效考核水平为标杆进行评判的方法。');
  });

  it('joins continuation lines without a space, the way Chinese joins', () => {
    const { lines } = layoutPages([twoColumn(5, 5), twoColumn(6, 6)]);
    expect(lines.map((l) => l.text)).toContain('第七条 绩效考核结果采取评分和评级相结合的方式，总分一般设置为 100 分，等级划分为四档。');
  });

  it('starts a new paragraph at an indented line', () => {
    const { lines } = layoutPages([twoColumn(5, 5), twoColumn(6, 6)]);
    expect(lines.map((l) => l.text)).toContain('（一）决策情况；');
  });

  it('removes the running header repeated on every page', () => {
    const { lines } = layoutPages([twoColumn(5, 5), twoColumn(6, 6), twoColumn(7, 7)]);
    expect(lines.some((l) => l.text.includes('公报'))).toBe(false);
  });

  it('removes page-number footers and gives each line the printed page number', () => {
    const { lines, printedPages } = layoutPages([twoColumn(1, 11), twoColumn(2, 12)]);
    expect(lines.some((l) => /—\s*\d+\s*—/.test(l.text))).toBe(false);
    expect(printedPages).toEqual([11, 12]);
    expect(lines.find((l) => l.text.startsWith('第六条'))?.page).toBe(11);
    expect(lines.at(-1)?.page).toBe(12);
  });

  it('reads the page number a running header carries at its outer end', () => {
    const mk = (index: number, printed: number): PositionedPage => ({
      index,
      width: 595,
      bottom: 0,
      top: 842,
      items: [
        line(index % 2 ? `夏县人民政府公报 ${printed}` : `${printed} 夏县人民政府公报`, 63, 789, 9),
        line('正文第一行写满了整个栏宽度的内容，而且很长很长。', 84, 700),
      ],
    });
    const { lines, printedPages } = layoutPages([mk(3, 1), mk(4, 2), mk(5, 3)]);
    expect(printedPages).toEqual([1, 2, 3]);
    expect(lines.some((l) => l.text.includes('公报'))).toBe(false);
  });

  it('infers the printed number of a page that prints none (a cover) from its neighbours', () => {
    const cover: PositionedPage = { index: 1, width: 595, bottom: 0, top: 842, items: [line('稷山县人民政府公报', 200, 600, 22)] };
    const { printedPages } = layoutPages([cover, twoColumn(2, 2), twoColumn(3, 3)]);
    expect(printedPages).toEqual([1, 2, 3]);
  });

  it.each([
    ['— 12 —', true],
    ['- 3 -', true],
    ['·5·', true],
    ['第 3 页', true],
    ['2022 年第 3 期', false],
  ])('treats the footer %s as a page number: %s', (footer, isNumber) => {
    const mk = (i: number): PositionedPage => ({
      index: i,
      width: 595,
      bottom: 0,
      top: 842,
      items: [line('正文第一行写满了整个栏宽度的内容。', 84, 700), line(footer, 280, 44, 9)],
    });
    const { lines } = layoutPages([mk(1)]);
    expect(lines.some((l) => l.text === footer)).toBe(!isNumber);
  });

  it('keeps a single-column page in top-to-bottom order', () => {
    const single: PositionedPage = { index: 3, width: 595, bottom: 0, top: 842, items: [
      line('第一条 为进一步规范县人民政府重大行政决策行为，促进科学、民主、依法决策，提高决策质量和', 84, 737),
      line('效率，明确决策责任，结合我县实际，制定本实施办法。', 63, 715),
      line('第二条 本实施办法所称重大行政决策是指县人民政府依照法定职权作出决定的过程。', 84, 691),
    ] };
    const { lines } = layoutPages([single]);
    expect(lines.map((l) => l.text)).toEqual([
      '第一条 为进一步规范县人民政府重大行政决策行为，促进科学、民主、依法决策，提高决策质量和效率，明确决策责任，结合我县实际，制定本实施办法。',
      '',
      '第二条 本实施办法所称重大行政决策是指县人民政府依照法定职权作出决定的过程。',
    ]);
  });

  it('separates paragraphs with an empty line carrying the next paragraph\'s page', () => {
    const { lines } = layoutPages([twoColumn(5, 5), twoColumn(6, 6)]);
    const blank = lines.findIndex((l) => l.text === '');
    expect(blank).toBe(1);
    expect(lines[blank].page).toBe(lines[blank + 1].page);
  });

  it('groups the items pdf.js splits a line into, keeping spaces between numbers and words', () => {
    const items: PositionedText[] = [
      { str: '参照', x: 165, y: 503, width: 21, size: 10.5 },
      { str: ' ', x: 186, y: 503, width: 2.5, size: 10.5 },
      { str: '2011', x: 188.6, y: 503, width: 21.5, size: 10.5 },
      { str: ' ', x: 210, y: 503, width: 2.5, size: 10.5 },
      { str: '年以来', x: 212.6, y: 503, width: 31.5, size: 10.5 },
    ];
    const { lines } = layoutPages([{ index: 1, width: 595, bottom: 0, top: 842, items }]);
    expect(lines.map((l) => l.text)).toEqual(['参照 2011 年以来']);
  });

  it('keeps left-to-right order when items of one line sit a fraction of a point apart', () => {
    const items: PositionedText[] = [
      { str: '绩效考核', x: 84, y: 503.4, width: 42, size: 10.5 },
      { str: '标准通常', x: 126, y: 502.9, width: 42, size: 10.5 },
      { str: '包括计划', x: 168, y: 503.4, width: 42, size: 10.5 },
    ];
    const { lines } = layoutPages([{ index: 1, width: 595, bottom: 0, top: 842, items }]);
    expect(lines.map((l) => l.text)).toEqual(['绩效考核标准通常包括计划']);
  });

  it('removes letter-spacing inside runs of Chinese characters', () => {
    const { lines } = layoutPages([
      { index: 1, width: 595, bottom: 0, top: 842, items: [line('需 求 者 可 登 录 稷 山 县 人 民 政 府 官 网', 84, 462)] },
    ]);
    expect(lines[0].text).toBe('需求者可登录稷山县人民政府官网');
  });

  it('joins the lines of a large centred title and drops its letter-spacing', () => {
    const items = [
      line('正文第一行写满了整个栏宽度的内容，而且很长很长。', 84, 700),
      line('正文第二行写满了整个栏宽度的内容，而且很长很长。', 63, 679),
      line('正文第三行写满了整个栏宽度的内容，而且很长很长。', 63, 658),
      line('稷山县人民政府 关于印发稷山县', 68, 494, 15),
      line('生态环境保护“十四五”规划的', 70, 472, 15),
      line('通 知', 158, 450, 15),
      line('稷政发〔2022〕16 号', 122, 425, 11),
    ];
    const { lines } = layoutPages([{ index: 1, width: 595, bottom: 0, top: 842, items }]);
    expect(lines.map((l) => l.text)).toContain('稷山县人民政府关于印发稷山县生态环境保护“十四五”规划的通知');
    expect(lines.map((l) => l.text)).toContain('稷政发〔2022〕16 号');
  });

  it('keeps the space between a chapter label and its heading', () => {
    const items = [line('正文第一行写满了整个栏宽度的内容。', 84, 700), line('第一章 总 则', 265, 650, 12)];
    const { lines } = layoutPages([{ index: 1, width: 595, bottom: 0, top: 842, items }]);
    expect(lines.map((l) => l.text)).toContain('第一章 总则');
  });
});

describe('repairOcrBrackets', () => {
  it.each([
    ['夏政发 [2023] 12号', '夏政发〔2023〕12号'],
    ['移政办发【2022] 30 号', '移政办发〔2022〕30 号'],
    ['夏政办发〈2023) 26 号', '夏政办发〔2023〕26 号'],
    ['见附件[2]', '见附件[2]'],
    ['〔2022〕31号', '〔2022〕31号'],
  ])('%s → %s', (ocr, repaired) => {
    expect(repairOcrBrackets(ocr)).toBe(repaired);
  });
});
