import { describe, expect, it } from 'vitest';
import { readContents } from '../../../ingest/stages/read-contents';
import type { ContentsEntry } from '../../../src/model';

describe('readContents', () => {
  it.each<[string, string[], ContentsEntry[]]>([
    [
      'a 稷山县 entry on one line, with a "- " bullet',
      ['【县政府文件】', '- 关于印发稷山县生态环境保护“十四五”规划的通知（稷政发〔2022〕16号）1'],
      [{ section: '县政府文件', title: '关于印发稷山县生态环境保护“十四五”规划的通知', docNumber: '稷政发〔2022〕16号', docNumberRaw: '稷政发〔2022〕16号', page: 1 }],
    ],
    [
      'a 稷山县 entry whose number went to the next line',
      ['【县政府文件】', '- 关于印发《县城规划区内居民自建房规划施工经营管理办法（试行）》的通知', '（稷政发〔2022〕18号）1'],
      [{ section: '县政府文件', title: '关于印发《县城规划区内居民自建房规划施工经营管理办法（试行）》的通知', docNumber: '稷政发〔2022〕18号', docNumberRaw: '稷政发〔2022〕18号', page: 1 }],
    ],
    [
      'a 夏县 entry over three lines with dot leaders and half-width section brackets',
      ['[县政府办文件]', '夏县人民政府办公室关于印发《夏县推进服务业提质增效2023年行动计划》', '的通知', '夏政办发（2023）21号.....12'],
      [{ section: '县政府办文件', title: '关于印发《夏县推进服务业提质增效2023年行动计划》的通知', docNumber: '夏政办发〔2023〕21号', docNumberRaw: '夏政办发（2023）21号', page: 12 }],
    ],
    [
      'columns separated by tabs',
      ['夏县人民政府办公室关于做好 2024 年度城乡居民基本医疗保险征缴工作的通知\t', '夏政办函(2023)53号\t41'],
      [{ title: '关于做好2024年度城乡居民基本医疗保险征缴工作的通知', docNumber: '夏政办函〔2023〕53号', docNumberRaw: '夏政办函(2023)53号', page: 41 }],
    ],
    [
      'title, number and page on one line with a tab',
      ['关于印发《稷山县大面积停电事件应急预案》的通知（稷政办发〔2022〕35号）\t27'],
      [{ title: '关于印发《稷山县大面积停电事件应急预案》的通知', docNumber: '稷政办发〔2022〕35号', docNumberRaw: '稷政办发〔2022〕35号', page: 27 }],
    ],
    [
      'another county: number line with ……… leaders',
      ['万荣县人民政府关于印发万荣县2023年重点工作任务的通知', '万政发〔2023〕1号 …………………… 1'],
      [{ title: '关于印发万荣县2023年重点工作任务的通知', docNumber: '万政发〔2023〕1号', docNumberRaw: '万政发〔2023〕1号', page: 1 }],
    ],
    [
      'a 决定 with the number in brackets before the leaders',
      ['万荣县人民政府关于表彰2022年度先进单位的决定（万政发〔2023〕3号）……………… 8'],
      [{ title: '关于表彰2022年度先进单位的决定', docNumber: '万政发〔2023〕3号', docNumberRaw: '万政发〔2023〕3号', page: 8 }],
    ],
    [
      'a document without a number: title, leaders, page',
      ['【县政府办文件】', '关于调整县人民政府领导分工的通知……………………3'],
      [{ section: '县政府办文件', title: '关于调整县人民政府领导分工的通知', page: 3 }],
    ],
    [
      'a section heading in 【】 changes the section of the entries after it',
      ['【县政府文件】', '关于A的通知（稷政发〔2022〕16号）1', '【县政府办文件】', '关于B的通知（稷政办发〔2022〕28号）4'],
      [
        { section: '县政府文件', title: '关于A的通知', docNumber: '稷政发〔2022〕16号', docNumberRaw: '稷政发〔2022〕16号', page: 1 },
        { section: '县政府办文件', title: '关于B的通知', docNumber: '稷政办发〔2022〕28号', docNumberRaw: '稷政办发〔2022〕28号', page: 4 },
      ],
    ],
    [
      'sections without brackets, each title with its page on the next line',
      ['市人民政府文件', '江城市人民政府关于印发某某办法的通知', '3', '政策解读', '《某某办法》解读', '15'],
      [
        { section: '市人民政府文件', title: '关于印发某某办法的通知', page: 3 },
        { section: '政策解读', title: '《某某办法》解读', page: 15 },
      ],
    ],
    [
      'a number line, then its page on a line of its own',
      ['部门文件', '关于做好防汛工作的通知', '（白水发〔2024〕2号）', '12'],
      [{ section: '部门文件', title: '关于做好防汛工作的通知', docNumber: '白水发〔2024〕2号', docNumberRaw: '白水发〔2024〕2号', page: 12 }],
    ],
    [
      'a 通告 with its own serial in brackets after the title',
      ['【州人民政府文件】', '黔山州人民政府关于禁止燃放烟花爆竹的通告（2022年第3号） ……… 6'],
      [{ section: '州人民政府文件', title: '关于禁止燃放烟花爆竹的通告', page: 6 }],
    ],
    [
      'a section name followed by its page is an entry, not a heading',
      ['【其他】', '大事记', '31'],
      [{ section: '其他', title: '大事记', page: 31 }],
    ],
    [
      'pages in brackets after the leaders, or on a line of their own',
      ['【市政府文件】', '某市人民政府关于印发某某管理办法的通知……………………（2）', '某市人民政府关于调整储备粮规模的批复…………(6)', '【市政府办公室文件】', '某市人民政府办公室关于做好植树工作的通知', '（8）'],
      [
        { section: '市政府文件', title: '关于印发某某管理办法的通知', page: 2 },
        { section: '市政府文件', title: '关于调整储备粮规模的批复', page: 6 },
        { section: '市政府办公室文件', title: '关于做好植树工作的通知', page: 8 },
      ],
    ],
    [
      'a number in brackets, then its page in brackets',
      ['关于做好防汛工作的通知（白水发〔2024〕2号）……（12）'],
      [{ title: '关于做好防汛工作的通知', docNumber: '白水发〔2024〕2号', docNumberRaw: '白水发〔2024〕2号', page: 12 }],
    ],
  ])('reads %s', (_name, lines, expected) => {
    expect(readContents(lines)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a section heading alone', ['【县政府文件】']],
    ['a line of the cover text', ['需求者可登录稷山县人民政府官网“政府公报”专栏，浏览或下载公报刊登的相关文件；']],
    ['a page number alone', ['12']],
    ['a bare section heading alone', ['县政府办公室文件', '部门文件']],
    ['a sentence before a page number', ['各乡镇要认真组织实施，确保取得实效。', '12']],
    ['a line with leaders that is no title', ['编辑委员会……………………2']],
    ['a bracketed page number alone', ['（12）']],
    ['a sentence before a bracketed page', ['各乡镇要认真组织实施，确保取得实效。', '(12)']],
  ])('reads no entry from %s', (_name, lines) => {
    expect(readContents(lines)).toEqual([]);
  });
});
