import { describe, expect, it } from 'vitest';
import { repairParagraphs } from '../../../ingest/stages/repair-paragraphs';
import { splitDocuments, type DocumentBlock } from '../../../ingest/stages/split-documents';
import type { Paragraph } from '../../../src/model';

/** Paragraphs as the repair stage leaves them, from real gazette lines. */
function paragraphs(lines: string[]): Paragraph[] {
  return repairParagraphs({ source: { path: 't', sha256: 't', format: 'text' }, lines: lines.map((text) => ({ text })), messages: [] }).paragraphs;
}

const BODY = ['现将《实施方案》印发给你们，请认真贯彻执行。'];

describe('splitDocuments', () => {
  it.each<[string, string[], DocumentBlock[]]>([
    [
      'issuer and title on one line, then the number (稷山县)',
      ['稷山县人民政府 关于印发稷山县生态环境保护“十四五”规划的 通 知', '稷政发〔2022〕16号', '各乡（镇）人民政府，县直各有关单位，稷山经开区管委会：', ...BODY],
      [{ start: 0, numberAt: 1, end: 4 }],
    ],
    [
      'issuer on its own line above the title (夏县)',
      ['夏县人民政府', '关于印发《夏县重大行政决策程序实施办法》的 通 知', '夏政发〔2023〕12号', '各乡(镇)人民政府,县直各有关单位:', ...BODY],
      [{ start: 0, numberAt: 2, end: 5 }],
    ],
    [
      'a number written with half-width brackets',
      ['夏县人民政府办公室', '关于做好 2024 年度城乡居民基本医疗保险 征缴工作的通知', '夏政办函(2023)53号', '各乡（镇）人民政府、县直各有关单位：', ...BODY],
      [{ start: 0, numberAt: 2, end: 5 }],
    ],
    [
      'a document without a number: title, then recipients',
      ['万荣县人民政府办公室关于做好防汛工作的通知', '各乡（镇）人民政府，县直各有关单位：', ...BODY],
      [{ start: 0, titleStart: 0, titleEnd: 1, end: 3 }],
    ],
    [
      'a title without a number wrapped after 关于, then recipients',
      ['某旗人民政府关于认真做好', '2019年禁牧休牧工作的通告', '各镇、各嘎查村：', ...BODY],
      [{ start: 0, titleStart: 0, titleEnd: 2, end: 4 }],
    ],
    [
      'a second notice headed by its kind alone, right after the first one\'s 落款',
      ['某旗人民政府关于做好禁牧工作的通告', '各镇、各嘎查村：', ...BODY, '特此通告', '某旗人民政府', '2019年4月22日', '公 告', '为了保护草原，改善生态环境，现就相关事宜公告如下：', '一、禁止开垦草原。'],
      [{ start: 0, titleStart: 0, titleEnd: 1, end: 6 }, { start: 6, titleStart: 6, titleEnd: 7, end: 9 }],
    ],
    [
      'two documents: the first ends where the second title starts',
      [
        '稷山县人民政府办公室 关于印发稷山县自建房安全专项整治实施方案的通知', '稷政办发〔2022〕28号', '各乡（镇）人民政府，县直各有关单位：', ...BODY, '稷山县人民政府办公室', '2022年8月5日',
        '稷山县人民政府办公室 关于印发《稷山县高标准农田建设项目绩效考核办法（试行）》的通知', '稷政办发〔2022〕29号', '各乡（镇）人民政府：', ...BODY,
      ],
      [{ start: 0, numberAt: 1, end: 6 }, { start: 6, numberAt: 7, end: 10 }],
    ],
    [
      'an organ line above the number, the title after it',
      ['万荣县人民政府', '万府字〔2020〕5号', '万荣县人民政府关于同意设立某某社区的批复', '城关镇人民政府：', ...BODY],
      [{ start: 0, numberAt: 1, titleStart: 2, titleEnd: 3, end: 5 }],
    ],
    [
      'a red head above the number, a 目录 entry and its page above that',
      ['关于某某事项的通知……………8', '17', '江城市人民政府文件', '江政发〔2023〕4号', '江城市人民政府', '关于印发某某办法的通知', '各县（市、区）人民政府：', ...BODY],
      [{ start: 2, numberAt: 3, titleStart: 4, titleEnd: 6, end: 8 }],
    ],
    [
      'a section heading between two documents belongs to neither (【】 or bare)',
      [
        '某市人民政府关于调整储备粮规模的批复', '某政函〔2024〕20号', '市发展改革委：', ...BODY, '某市人民政府', '2024年4月20日', '【市政府办公室文件】',
        '某市人民政府办公室关于做好植树工作的通知', '某政办发〔2024〕9号', '各区人民政府：', ...BODY, '某市人民政府办公室', '2024年3月1日', '行政公署办公室文件',
        '某盟行政公署办公室关于做好汛期安全工作的通知', '某署办发〔2021〕15号', '各旗县市人民政府：', ...BODY,
      ],
      [{ start: 0, numberAt: 1, end: 6 }, { start: 7, numberAt: 8, end: 13 }, { start: 14, numberAt: 15, end: 18 }],
    ],
    [
      'a body whose last line ends with 文件 keeps it (must not be taken for a section heading)',
      [
        '某市人民政府关于调整储备粮规模的批复', '某政函〔2024〕20号', '市发展改革委：', ...BODY, '请认真学习上述文件',
        '某市人民政府办公室关于做好植树工作的通知', '某政办发〔2024〕9号', '各区人民政府：', ...BODY,
      ],
      [{ start: 0, numberAt: 1, end: 5 }, { start: 5, numberAt: 6, end: 9 }],
    ],
    [
      'a number first right after a 目录 without pages: its title is the one after it, not the entry above',
      [
        '某市人民政府办公室关于做好饮水安全工作的通知', '某政发〔2022〕14号', '某市人民政府', '关于印发某某管理办法的通知', '各县（区）人民政府：', ...BODY, '某市人民政府', '2022年4月2日',
        '某政办发〔2022〕22号', '某市人民政府办公室', '关于做好饮水安全工作的通知', '各县（区）人民政府：', ...BODY,
      ],
      [{ start: 1, numberAt: 1, titleStart: 2, titleEnd: 4, end: 8 }, { start: 8, numberAt: 8, titleStart: 9, titleEnd: 11, end: 13 }],
    ],
    [
      'one document: a kind word inside it with no 落款 above (must not start a second)',
      ['某县人民政府关于做好禁牧工作的通告', '各镇：', ...BODY, '某县人民政府', '通知', '请各镇认真落实以下工作，确保禁牧到位。'],
      [{ start: 0, titleStart: 0, titleEnd: 1, end: 6 }],
    ],
  ])('cuts %s', (_name, lines, expected) => {
    expect(splitDocuments(paragraphs(lines))).toEqual(expected);
  });

  it.each<[string, string[]]>([
    [
      'a number cited inside a sentence',
      ['根据《山西省人民政府办公厅关于进一步加强自建房安全管理的通知》（晋政办发〔2021〕25号）精神，结合我县实际，制定本方案。'],
    ],
    ['a number line after a heading, not a title', ['一、工作目标', '稷政办发〔2022〕31号']],
    ['a recipients line after a sentence, not a title', ['请各单位认真落实以下要求：', '各乡（镇）人民政府：']],
    ['a title without 关于 before recipients', ['某县禁牧工作的通告', '各镇、各嘎查村：', ...BODY]],
    ['the cover of a gazette', ['稷山县人民政府公报', '2022 年第 3 期（总第 7 期）', '稷山县人民政府办公室主管主办']],
  ])('finds no document in %s', (_name, lines) => {
    expect(splitDocuments(paragraphs(lines))).toEqual([]);
  });
});
