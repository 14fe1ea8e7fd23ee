import { describe, expect, it } from 'vitest';
import { readIssue } from '../../../ingest/stages/read-issue';
import type { GazetteIssue } from '../../../src/model';

describe('readIssue', () => {
  it.each<[string, string[], GazetteIssue]>([
    [
      '稷山县: spaced year and issue, publisher and 出版 lines',
      ['稷山县人民政府公报', 'JISHANXIAN RENMIN ZHENGFU GONGBAO', '2022 年第 3 期（总第 7 期）', '稷山县人民政府办公室主管主办', '2022 年 9 月 30 日出版（季刊）'],
      { name: '稷山县人民政府公报', county: '稷山县', year: 2022, issue: 3, totalIssue: 7, publishedOn: '2022-09-30', publisher: '稷山县人民政府办公室' },
    ],
    [
      '夏县: a one-character county, half-width brackets around 总第N期',
      ['夏县人民政府公报', '2023 第 4 期', '(总第12期)', '夏县人民政府办公室主管主办', '2023年12月31日出版（季刊）'],
      { name: '夏县人民政府公报', county: '夏县', year: 2023, issue: 4, totalIssue: 12, publishedOn: '2023-12-31', publisher: '夏县人民政府办公室' },
    ],
    [
      'a date in Chinese numerals and 编印',
      ['万荣县人民政府公报', '2023年第1期（总第20期）', '万荣县人民政府办公室编印', '二〇二三年三月三十一日出版'],
      { name: '万荣县人民政府公报', county: '万荣县', year: 2023, issue: 1, totalIssue: 20, publishedOn: '2023-03-31', publisher: '万荣县人民政府办公室' },
    ],
    [
      '政府公报 without 人民, 总第N期 on its own line',
      ['平陆县政府公报', '2023年 第2期', '总第 15 期', '2023年6月30日出版'],
      { name: '平陆县政府公报', county: '平陆县', year: 2023, issue: 2, totalIssue: 15, publishedOn: '2023-06-30' },
    ],
    [
      'a district, name and issue on one line',
      ['盐湖区人民政府公报 2021年第4期'],
      { name: '盐湖区人民政府公报', county: '盐湖区', year: 2021, issue: 4 },
    ],
    [
      'a province, the year and the 期 on lines of their own',
      ['河川省人民政府公报', '2024', '第3期（总第806期）', '河川省人民政府办公厅主办'],
      { name: '河川省人民政府公报', county: '河川省', year: 2024, issue: 3, totalIssue: 806, publisher: '河川省人民政府办公厅' },
    ],
    [
      '总第N期 before the year and 期',
      ['青河市人民政府公报', '总第118期', '2023年第5期'],
      { name: '青河市人民政府公报', county: '青河市', year: 2023, issue: 5, totalIssue: 118 },
    ],
    [
      'year, 期 and 总第N期 in Chinese numerals',
      ['柳溪县人民政府公报', '二〇二二年第二期（总第二十期）'],
      { name: '柳溪县人民政府公报', county: '柳溪县', year: 2022, issue: 2, totalIssue: 20 },
    ],
    [
      'a league\'s 行政公署',
      ['兴安盟行政公署公报', '2019年第1期'],
      { name: '兴安盟行政公署公报', county: '兴安盟', year: 2019, issue: 1 },
    ],
    [
      'full-width digits',
      ['闻喜县人民政府公报', '２０２２年第２期'],
      { name: '闻喜县人民政府公报', county: '闻喜县', year: 2022, issue: 2 },
    ],
    [
      'the 期 without a year, which the cover date (in Chinese numerals) gives',
      ['江城市人民政府公报', '第3期', '（总第208期）', '二〇二三年三月三十一日'],
      { name: '江城市人民政府公报', county: '江城市', year: 2023, issue: 3, totalIssue: 208, publishedOn: '2023-03-31' },
    ],
    [
      'issues printed together (合刊), 、 between them: the first is the issue',
      ['澄川市人民政府公报', '2024年第5、6期（合刊）', '总第738期'],
      { name: '澄川市人民政府公报', county: '澄川市', year: 2024, issue: 5, lastIssue: 6, totalIssue: 738 },
    ],
    [
      'a web page\'s masthead: a range of issues without 第, glued to the name',
      ['当前位置：首页 > 政务公开 > 政府公报', '云岭盟行政公署公报2021年4-6期(总第61期)'],
      { name: '云岭盟行政公署公报', county: '云岭盟', year: 2021, issue: 4, lastIssue: 6, totalIssue: 61 },
    ],
    [
      'issues printed together in Chinese numerals',
      ['某县人民政府公报', '二〇二二年第五、六期'],
      { name: '某县人民政府公报', county: '某县', year: 2022, issue: 5, lastIssue: 6 },
    ],
    [
      'issues counted in 号 with 总第N号',
      ['河川省人民政府公报', '2023年第10号（总第1796号）'],
      { name: '河川省人民政府公报', county: '河川省', year: 2023, issue: 10, totalIssue: 1796 },
    ],
    [
      'a province\'s 政报, its place without 省',
      ['浙东政报', '2023年第5期（总第1201期）'],
      { name: '浙东政报', county: '浙东', year: 2023, issue: 5, totalIssue: 1201 },
    ],
    [
      'the State Council\'s gazette, counted in 号 with its 总号',
      ['中华人民共和国国务院公报', '3月12日 1993年第2号 (总号:720)'],
      { name: '中华人民共和国国务院公报', county: '全国', year: 1993, issue: 2, totalIssue: 720 },
    ],
    [
      'a ministry\'s gazette, its numbers in Chinese',
      ['中华人民共和国某某部公报', '二〇二一年第五号（总第三百号）'],
      { name: '中华人民共和国某某部公报', county: '全国', year: 2021, issue: 5, totalIssue: 300 },
    ],
  ])('reads %s', (_name, lines, expected) => {
    const { issue, messages } = readIssue(lines);
    expect(issue).toEqual(expected);
    expect(messages).toEqual([]);
  });

  it.each<[string, string[]]>([
    ['a page without a gazette name', ['关于印发稷山县助企纾困38条的通知', '2022年第3期']],
    ['a gazette name without year and issue', ['稷山县人民政府公报', '传达政令 宣传政策']],
    ['a 期 without a year or a cover date', ['江城市人民政府公报', '第3期']],
    ['a company report', ['某某公司年报', '2022年第3期']],
    ['a 期 without 第 and without a year (总第61期 only)', ['某县人民政府公报', '总第61期']],
    ['a month, not a 期', ['某县人民政府公报', '2021年4月6日印发']],
    ['a 通告\'s serial (号 without 总第), not an issue', ['某县人民政府公报', '关于禁止燃放烟花爆竹的通告', '2022年第3号']],
    ['a sentence naming a 政报', ['请各单位订阅浙东政报', '2023年第5期']],
    ['a statistical bulletin, no gazette', ['2022年某县国民经济和社会发展统计公报', '2023年第5期']],
    ['a meeting\'s 公报, no gazette', ['中国某某党某某委员会第五次全体会议公报', '2023年第5期']],
  ])('reads no issue from %s, and says why', (_name, lines) => {
    const { issue, messages } = readIssue(lines);
    expect(issue).toBeNull();
    expect(messages).toEqual([expect.objectContaining({ level: 'warning', origin: 'read-issue' })]);
  });

  it('says nothing of a page with no masthead at all (a page collecting documents)', () => {
    expect(readIssue(['国务院办公厅关于同意某事的函', '国办函〔2020〕3号'])).toEqual({ issue: null, messages: [] });
  });

  it('keeps no range that is none: one issue twice, or read backwards', () => {
    expect(readIssue(['某县人民政府公报', '2022年第5-5期']).issue).toMatchObject({ issue: 5 });
    expect(readIssue(['某县人民政府公报', '2022年第5-5期']).issue?.lastIssue).toBeUndefined();
    expect(readIssue(['某县人民政府公报', '2022年第6、5期']).issue?.lastIssue).toBeUndefined();
  });

  it('takes the first 总第N期, not a later mention', () => {
    expect(readIssue(['稷山县人民政府公报', '2022 年第 3 期（总第 7 期）', '本期共刊登文件14件（总第 99 期）']).issue?.totalIssue).toBe(7);
  });
});
