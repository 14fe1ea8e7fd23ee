import { describe, expect, it } from 'vitest';
import { isFurniture, isHeading, repairParagraphs } from '../../../ingest/stages/repair-paragraphs';
import type { SourceText } from '../../../src/model';

function source(lines: Array<string | { text: string; page: number }>): SourceText {
  return {
    source: { path: 'test.txt', sha256: 'test', format: 'text' },
    lines: lines.map((l) => (typeof l === 'string' ? { text: l } : l)),
    messages: [],
  };
}

const texts = (lines: string[]) => repairParagraphs(source(lines)).paragraphs.map((p) => p.text);

describe('repairParagraphs', () => {
  it.each<[string, string[], string[]]>([
    [
      'a title split into spaced characters (稷政发〔2022〕16号)',
      ['稷山县人民政府 关于印发稷山县生态环境保护“十四五”规划的 通 知', '稷政发〔2022〕16号'],
      ['稷山县人民政府关于印发稷山县生态环境保护“十四五”规划的通知', '稷政发〔2022〕16号'],
    ],
    [
      'a title whose 通知 went to the next line (夏县)',
      ['夏县人民政府', '关于印发《夏县重大行政决策程序实施办法》的 通 知', '夏政发〔2023〕12号'],
      ['夏县人民政府', '关于印发《夏县重大行政决策程序实施办法》的通知', '夏政发〔2023〕12号'],
    ],
    [
      'a sentence broken over a blank line',
      ['对小规模纳税人免征', '', '增值税；对其他纳税人减按1%征收。'],
      ['对小规模纳税人免征增值税；对其他纳税人减按1%征收。'],
    ],
    [
      'a document number broken after "（晋"',
      ['根据《山西省人民政府办公厅关于进一步加强自建房安全管理的通知》（晋', '政办发〔2021〕25号）精神，结合我县实际，制定本方案。'],
      ['根据《山西省人民政府办公厅关于进一步加强自建房安全管理的通知》（晋政办发〔2021〕25号）精神，结合我县实际，制定本方案。'],
    ],
    [
      'a document number broken after "（"',
      ['落实《公安部关于加强农村道路交通安全工作的意见》（', '公通字〔2021〕25号）要求。'],
      ['落实《公安部关于加强农村道路交通安全工作的意见》（公通字〔2021〕25号）要求。'],
    ],
    [
      'a mid-sentence break after a comma',
      ['坚持以人民为中心的发展思想，', '全面推进乡村振兴。'],
      ['坚持以人民为中心的发展思想，全面推进乡村振兴。'],
    ],
    [
      'paragraph markup a web editor left in a table cell (夏县 应急预案)',
      ['指 挥 长\t县政府分管能源工作的 副县长\t<p>县指挥部主要职责为：</p> <p>(1) 负责全县电网大面积停电事件应急处置的组织领导；</p><br/>'],
      ['指挥长县政府分管能源工作的副县长县指挥部主要职责为： (1) 负责全县电网大面积停电事件应急处置的组织领导；'],
    ],
    [
      'markup that is the text itself stays (to be shown escaped)',
      ['示例：<img src=x onerror=alert(1)> 与 <script>alert(1)</script> 均按文字显示。'],
      ['示例：<img src=x onerror=alert(1)> 与 <script>alert(1)</script> 均按文字显示。'],
    ],
    [
      'a stray "- " bullet before a contents entry',
      ['- 关于印发稷山县助企纾困 38 条的通知（稷政办发〔2022〕31号）10'],
      ['关于印发稷山县助企纾困 38 条的通知（稷政办发〔2022〕31号）10'],
    ],
    ['LaTeX \\times between numbers', ['7\\times24小时自助政务服务。'], ['7×24小时自助政务服务。']],
    [
      'recipients in the style of other counties, then the body',
      ['各乡（镇）人民政府，县直各有关单位：', '现将《万荣县农村人居环境整治实施方案》印发给你们，请认真贯彻执行。'],
      ['各乡（镇）人民政府，县直各有关单位：', '现将《万荣县农村人居环境整治实施方案》印发给你们，请认真贯彻执行。'],
    ],
    ['a signature and an Arabic date', ['夏县人民政府办公室', '2023 年 9 月 14 日'], ['夏县人民政府办公室', '2023 年 9 月 14 日']],
    ['a signature and a date in Chinese numerals', ['万荣县人民政府办公室', '二〇二三年一月五日'], ['万荣县人民政府办公室', '二〇二三年一月五日']],
    ['a publicity note after the date', ['2022年8月1日', '（此件详见县政府网站）'], ['2022年8月1日', '（此件详见县政府网站）']],
    ['a heading stays alone', ['一、总体要求', '坚持稳中求进工作总基调，', '扎实推进。'], ['一、总体要求', '坚持稳中求进工作总基调，扎实推进。']],
    ['a numbered item does not join the line before', ['（一）加强组织领导。各乡镇要', '（二）细化工作措施。'], ['（一）加强组织领导。各乡镇要', '（二）细化工作措施。']],
    ['a section heading in 〖〗 stays alone after a 目录 entry', ['某县人民政府关于某某同志职务任免的通知', '〖县政府文件〗', '某政发〔2020〕1号'], ['某县人民政府关于某某同志职务任免的通知', '〖县政府文件〗', '某政发〔2020〕1号']],
    ['a line opening with 〖 that is a sentence still joins nothing before it', ['现将有关事项通知如下：', '〖重要〗请各单位于月底前报送材料，', '逾期不再受理。'], ['现将有关事项通知如下：', '〖重要〗请各单位于月底前报送材料，逾期不再受理。']],
    [
      'attachments with a half-width colon',
      ['附件:1.评分标准', '2.评分表'],
      ['附件:1.评分标准', '2.评分表'],
    ],
    [
      'the attached document\'s title that its 印发 notice quotes stands alone',
      ['现将《白河县农村人居环境整治提升实施方案》印发给你们。', '白河县农村人居环境整治提升实施方案', '为深入贯彻落实有关部署，制定本方案。'],
      ['现将《白河县农村人居环境整治提升实施方案》印发给你们。', '白河县农村人居环境整治提升实施方案', '为深入贯彻落实有关部署，制定本方案。'],
    ],
    [
      'a line that only repeats words of a quoted title still joins',
      ['按照《农村人居环境整治提升实施方案》要求，各乡镇要做好', '农村人居环境整治工作。'],
      ['按照《农村人居环境整治提升实施方案》要求，各乡镇要做好农村人居环境整治工作。'],
    ],
    [
      'each line of a label list stands alone',
      ['组  长：李某某 区长', '副组长：王某某 副区长', '成  员：区财政局局长'],
      ['组长：李某某区长', '副组长：王某某副区长', '成员：区财政局局长'],
    ],
    [
      'a note broken over two lines still joins',
      ['注：本表数据截至', '2021年底。'],
      ['注：本表数据截至2021年底。'],
    ],
    ['第N条 opens a paragraph', ['为了规范决策行为，制定本办法', '第二条 本办法适用于县人民政府。'], ['为了规范决策行为，制定本办法', '第二条本办法适用于县人民政府。']],
  ])('repairs %s', (_name, lines, expected) => {
    expect(texts(lines)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a centred page number with long dashes', '— 12 —'],
    ['a page number with hyphens', '- 3 -'],
    ['第 N 页', '第 4 页'],
    ['第 N 页 共 M 页', '第 4 页 共 60 页'],
    ['the running header of 稷山县', '稷山县人民政府公报 2022 年第 3 期'],
    ['the running header with 总第N期', '夏县人民政府公报 2023年第4期（总第12期）'],
    ['a running header beside its folio', '白河县人民政府公报                ·3·'],
    ['a folio before the running header', '·4· 青河市人民政府公报 2023年第5期'],
    ['a dashed folio after the running header', '河川省人民政府公报 2022年第7期 — 18 —'],
    ['the running header of issues printed together', '澄川市人民政府公报                2024年第5、6期'],
    ['a running header with 合刊', '某县人民政府公报 2021年第4-6期（合刊）'],
    ['a running header of a gazette counted in 号', '中华人民共和国国务院公报 1993年第2号 (总号:720)'],
  ])('drops page furniture: %s', (_name, line) => {
    expect(isFurniture(line)).toBe(true);
    const repaired = repairParagraphs(source(['对小规模纳税人免征', line, '增值税。']));
    expect(repaired.paragraphs.map((p) => p.text)).toEqual(['对小规模纳税人免征增值税。']);
    expect(repaired.messages.some((m) => m.origin === 'repair-paragraphs')).toBe(true);
  });

  it.each<[string, string]>([
    ['a sentence that mentions a page', '详见第 4 页附件。'],
    ['a numbered item', '3. 推进标准化建设'],
    ['the gazette name alone on the cover', '稷山县人民政府公报'],
    ['a year range', '2022—2023'],
    ['a sentence naming the gazette', '刊登于县人民政府公报第3期。'],
    ['a title naming the gazette', '关于做好县人民政府公报发行工作的通知'],
    ['a sentence naming issues of the gazette', '刊登于县人民政府公报2024年第5、6期的文件继续有效。'],
  ])('keeps %s (not furniture)', (_name, line) => {
    expect(isFurniture(line)).toBe(false);
  });

  it.each<[string, boolean]>([
    ['第一章 总 则', true],
    ['一、征缴时间', true],
    ['（一）加强组织领导', true],
    ['(二) 细化工作措施', true],
    ['1. 加强巡查', true],
    ['附件：1. 评分标准', true],
    ['县直有关单位要充分认识稳投资、促发展的重要性和紧迫性。', false],
    ['2024 年度城乡居民基本医疗保险费个人缴费标准为 380 元。', false],
    ['（一）加强组织领导。继续采取“政府主导、医保牵头”的办法，各乡镇要严格落实。', false],
  ])('isHeading(%s) is %s', (text, expected) => {
    expect(isHeading(text)).toBe(expected);
  });

  it('keeps the original lines next to the repaired text', () => {
    const [paragraph] = repairParagraphs(source(['（晋', '政办发〔2021〕25号）精神。'])).paragraphs;
    expect(paragraph.raw).toBe('（晋\n政办发〔2021〕25号）精神。');
    expect([paragraph.lineStart, paragraph.lineEnd]).toEqual([0, 1]);
  });

  it('records the first and last page of a paragraph broken over a page', () => {
    const [paragraph] = repairParagraphs(source([{ text: '对小规模纳税人免征', page: 3 }, { text: '增值税。', page: 4 }])).paragraphs;
    expect([paragraph.page, paragraph.pageEnd]).toEqual([3, 4]);
  });
});
