import { describe, expect, it } from 'vitest';
import { standaloneNumber } from '../../../ingest/stages/standalone-number';

const find = (lines: string[], before?: number) => standaloneNumber(lines, lines.map((_, i) => i), before);

describe('standaloneNumber', () => {
  it.each([
    ['a number alone under a title', ['关于某事的通知', '某政发〔2020〕3号', '各乡镇人民政府:'], undefined, { raw: '某政发〔2020〕3号', line: 1 }],
    ['a number opening a run-on line, the 主送机关 after it', ['关于某事的通知', '某政办发[2008]68号 各旗、县、区人民政府,市各委、办、局: 经研究,现通知如下。'], undefined, { raw: '某政办发[2008]68号', line: 1, inText: true }],
    ['a run-on line that also holds the 落款', ['关于某事的通知', '某政办发〔2008〕68号 各乡镇: 请认真执行。 二OO八年五月二十三日'], 1, { raw: '某政办发〔2008〕68号', line: 1, inText: true }],
    // No space between the number and the 主送机关 (a journal's one-line copy of a 转发 notice).
    ['a number glued to the 主送机关 that opens the text', ['某府办[1989]88号各区,县人民政府,市府直属各单位:现将市水电局《关于某事的报告》转发给你们,请认真贯彻执行。'], undefined, { raw: '某府办[1989]88号', line: 0, inText: true }],
    // A gazette's abstract: the 成文日期 between the number and the 主送机关.
    ['a number glued to its date and the 主送机关', ['赣府厅字[2018]87号2018年9月18日各市、县(区)人民政府,省政府各部门:一年来,全省各地…'], undefined, { raw: '赣府厅字[2018]87号', line: 0, inText: true, date: '2018-09-18' }],
    // The same with the red head glued before the number (某市人民政府办公厅文件某办发…): its organs issue it.
    ['a red head glued to the number and the 主送机关', ['某市人民政府办公厅文件某办发[2012]238号各区县(自治县)人民政府,市政府有关部门:当前,全市各地持续高温。'], undefined, { raw: '某办发[2012]238号', line: 0, inText: true, headOrgans: ['某市人民政府办公厅'] }],
    ['a red head, the number and its date glued', ['某省人民政府文件某政发[2010]8号2010年3月1日各市人民政府,省政府各部门:现将…印发给你们。'], undefined, { raw: '某政发[2010]8号', line: 0, inText: true, date: '2010-03-01', headOrgans: ['某省人民政府'] }],
    // A law database's line: the number, its 成文日期 and the issuer alone, glued.
    ['a number glued to its date and its issuer', ['某市人民政府关于某事的批复', '某府[2006]108号2006年05月30日某市人民政府', '市教委:'], undefined, { raw: '某府[2006]108号', line: 1, inText: true, date: '2006-05-30' }],
    // A 公告 with no title and no 主送机关, run into one line from its number (a county's 征收土地 公告).
    ['a number opening a run-on first sentence (根据…，)', ['某府公〔2020〕5号 根据《中华人民共和国土地管理法》第四十五条有关规定,为公共利益需要,需征收某镇部分土地。'], undefined, { raw: '某府公〔2020〕5号', line: 0, inText: true }],
    ['a number opening a run-on first sentence (为…，)', ['某政发〔2021〕3号 为贯彻落实省政府有关要求,结合我县实际,现就有关事项通知如下:'], undefined, { raw: '某政发〔2021〕3号', line: 0, inText: true }],
    // A 公告 series printed over two lines above its serial.
    ['a serial under the organ and 公 告 letter-spaced', ['某县人民代表大会常务委员会', '公 告', '第一号', '《某决定》已经通过,现予公布。'], undefined, { raw: '某县人民代表大会常务委员会公告第一号', line: 2 }],
    ['a serial under the series\' name and the organ again', ['某县人民代表大会常务委员会公告', '某县人民代表大会常务委员会', '（第4号）', '《某决定》已经通过,现予公布。'], undefined, { raw: '某县人民代表大会常务委员会公告（第4号）', line: 2 }],
    ['a congress session\'s 公告', ['某县第十八届人民代表大会第二次会议', '公 告', '(第4号)'], undefined, { raw: '某县第十八届人民代表大会第二次会议公告(第4号)', line: 2 }],
  ])('%s', (_, lines, before, expected) => {
    expect(find(lines, before)).toEqual(expected);
  });

  it.each([
    ['a number opening a sentence, no 主送机关', ['关于某事的通知', '某政办发〔2008〕68号 文件同时废止。']],
    // MUST-NOT: a cited number, a date and a sentence naming an organ after it.
    ['a number, a date and a sentence after it', ['关于某事的通知', '某府[2006]108号2006年05月30日某市人民政府印发后，各地认真执行。']],
    ['a number alone on the 落款\'s line', ['关于某事的通知', '某政发〔2020〕3号']],
    ['recipients with no number before them', ['关于某事的通知', '各乡镇人民政府: 经研究,现通知如下。']],
    ['a number before an opener word that is no sentence (a title, a list entry)', ['关于某事的通知', '某政发〔2020〕3号 为民办实事项目清单']],
    ['a number before a sentence that opens with no first sentence\'s word', ['关于某事的通知', '某政发〔2020〕3号 文件精神,各地要认真落实。']],
    // MUST-NOT: a cited number glued to the sentence that goes on from it is no head's number.
    ['a number glued to a sentence going on', ['关于某事的通知', '某政发〔2020〕3号文件同时废止,各单位:请遵照执行。']],
    ['a number and a date glued to a sentence going on', ['关于某事的通知', '某政发〔2020〕3号2020年3月1日起施行,各单位:请遵照执行。']],
    // MUST-NOT: a red head and a number cited in the sentence that goes on from it.
    ['a red head and a cited number going on', ['某市人民政府办公厅文件某办发〔2012〕238号文件同时废止,各单位:请遵照执行。']],
  ])('none: %s', (_, lines) => {
    expect(find(lines, 1)).toBeUndefined();
  });

  it.each([
    ['a serial under an organ with no series word', ['某县人民政府', '某县人民政府', '第一号', '正文。']],
    ['a serial under a title that is no series', ['关于某事的', '通知', '第一号', '正文。']],
    ['a serial under a series word after a line that is no organ', ['请认真执行', '公 告', '第一号', '正文。']],
  ])('no series number: %s', (_, lines) => {
    expect(find(lines)).toBeUndefined();
  });
});
