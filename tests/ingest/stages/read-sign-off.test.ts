import { describe, expect, it } from 'vitest';
import { readSignOff, wordsOf } from '../../../ingest/stages/read-sign-off';

describe('readSignOff', () => {
  it.each([
    ['one organ, a date, a publicity note', ['请认真贯彻执行。', '稷山县人民政府办公室', '2022年7月8日', '（此件公开发布）'], { signers: ['稷山县人民政府办公室'], date: '2022-07-08', publicity: '此件公开发布', line: 2 }],
    ['joint issuers side by side, a date that lost 年月日', ['请抓紧落实。', '高碑店市民政局           高碑店市财政局', '                          20221117'], { signers: ['高碑店市民政局', '高碑店市财政局'], date: '2022-11-17' }],
    ['joint issuers one a line, a note before the date', ['现印发给你们。', '中共某市委办公室', '某市人民政府办公室', ' ', '(此件发至乡)                  2017年6月13日'], { signers: ['中共某市委办公室', '某市人民政府办公室'], date: '2017-06-13', publicity: '此件发至乡' }],
    ['a document run into one line', ['各科室,各站所,各村: 现印发给你们。 附件:某镇突发公共事件总体应急预案(修订) 温州市鹿城区某镇人民政府 2020年10月22日 某镇突发公共事件总体应急预案(修订) 1.总则'], { signers: ['温州市鹿城区某镇人民政府'], date: '2020-10-22', line: 0 }],
    ['a decree signed by an office holder, ○ for 〇', ['现予公布。', '省长', '二○一○年十二月二十五日'], { signers: [], date: '2010-12-25' }],
    ['a Latin O for 〇, no organ', ['特此批复。', '二OO五年四月二十九日'], { signers: [], date: '2005-04-29' }],
    ['a spaced date', ['某县人民政府', '2023 年 7 月 12 日'], { signers: ['某县人民政府'], date: '2023-07-12' }],
    ['joint issuers one a line between blank lines, a date whose year digits were lost', ['本通告自发布之日起执行。', '', '  某县环保局', '', '  某县农委', '', '  年九月二日'], { signers: ['某县环保局', '某县农委'] }],
    ['five joint issuers over four lines', ['请认真执行。', '某县农业农村局', '某县财政局', '某县自然资源局        某县生态环境局', '某县水利局', '2022年3月1日'], { signers: ['某县农业农村局', '某县财政局', '某县自然资源局', '某县生态环境局', '某县水利局'], date: '2022-03-01' }],
    ['twelve joint issuers set two a line in columns', ['现印发给你们。', '甲省卫生厅                        甲省发展和改革委员会', '甲省人力资源和社会保障厅       甲省交通厅', '甲省妇女联合会                      甲省旅游局', '                                    二○○九年五月一日'], { signers: ['甲省卫生厅', '甲省发展和改革委员会', '甲省人力资源和社会保障厅', '甲省交通厅', '甲省妇女联合会', '甲省旅游局'], date: '2009-05-01' }],
    ['a cell whose ending no list holds, beside an organ of the same place', ['现印发给你们。', '甲省供销合作社        甲省旅游局', '2009年5月1日'], { signers: ['甲省供销合作社', '甲省旅游局'] }],
    ['ten joint issuers one a line, the lead first', ['现将清单印发给你们。', '甲市发展和改革委员会', '甲市自然资源局', '甲市生态环境局', '甲市科技局', '甲市工业和信息化局', '甲市商务局', '甲市文化和旅游局', '甲市农业农村局', '甲市体育局', '甲市市场监督管理局', '2023年12月31日'], { signers: ['甲市发展和改革委员会', '甲市自然资源局', '甲市生态环境局', '甲市科技局', '甲市工业和信息化局', '甲市商务局', '甲市文化和旅游局', '甲市农业农村局', '甲市体育局', '甲市市场监督管理局'], date: '2023-12-31' }],
    ['a congress presidium over two lines', ['表决通过了某规则。', '某县第十八届人民代表大会', '第二次会议主席团', '2022年2月25日'], { signers: ['某县第十八届人民代表大会第二次会议主席团'], date: '2022-02-25' }],
    ['an organ cut by one character, a date that lost its 日', ['现予公布。', '                 某县人民代表大会常务委员', '                                  2017年4月18'], { signers: ['某县人民代表大会常务委员会'], date: '2017-04-18' }],
    ['an organ set letter-spaced', ['请认真执行。', '某 县 人 民 政 府', '2022年3月1日'], { signers: ['某县人民政府'], date: '2022-03-01' }],
    ['organs under a sentence: the sentence stops the reading', ['经研究,同意某县财政局', '某县教育局', '某县人民政府', '2022年3月1日'], { signers: ['某县教育局', '某县人民政府'], date: '2022-03-01' }],
    ['a date glued to the last sentence', ['各单位要落实责任。', '二、加强督查。特此通知。2017年6月23日'], { signers: [], date: '2017-06-23', line: 1 }],
    ['a date set apart after the last sentence on its line', ['各单位要落实责任。', '为生态省建设作出更大贡献。 二○○五年二月七日'], { signers: [], date: '2005-02-07', line: 1 }],
    ['a 落款 of its own outranks a date set apart after a sentence', ['第一阶段于6月底前完成。 2019年6月30日', '请认真执行。', '某县人民政府', '2019年7月2日'], { signers: ['某县人民政府'], date: '2019-07-02', line: 3 }],
    ['a date whose 年月日 were lost, after a stray mark', ['请认真执行。', '某县人民政府', '{ 2018 11 6'], { signers: ['某县人民政府'], date: '2018-11-06', line: 2 }],
    ['a 落款 of its own outranks a date ending a sentence', ['第一阶段工作。2019年6月30日', '请认真执行。', '某县人民政府', '2019年7月2日'], { signers: ['某县人民政府'], date: '2019-07-02', line: 3 }],
    ['an organ glued to the last sentence, its date apart', ['二、落实责任。特此通知。某县人民政府 2021年3月5日'], { signers: ['某县人民政府'], date: '2021-03-05', line: 0 }],
    ['an organ glued to its date after the last sentence', ['二、落实责任。特此通知。某县人民政府2021年3月5日'], { signers: ['某县人民政府'], date: '2021-03-05', line: 0 }],
    ['an organ glued to its date on a line of its own', ['请认真执行。', '某县人民政府2021年3月5日'], { signers: ['某县人民政府'], date: '2021-03-05', line: 1 }],
    ['a date that lost its 日', ['请认真执行。', '某县人民政府', '2021年3月5'], { signers: ['某县人民政府'], date: '2021-03-05' }],
    ['a publicity note glued after the date', ['请认真执行。', '某县人民政府', '2021年3月5日（此件公开发布）'], { signers: ['某县人民政府'], date: '2021-03-05', publicity: '此件公开发布' }],
    ['a stamp note after the organ', ['请认真执行。', '某县人民政府（盖章）', '2021年3月5日'], { signers: ['某县人民政府'], date: '2021-03-05' }],
    ['a weekday after the date', ['请认真执行。', '某县人民政府', '2021年3月5日（星期五）'], { signers: ['某县人民政府'], date: '2021-03-05' }],
    ['a publicity note glued before the organ and its date', ['现通知如下。（此件公开发布）某县人民政府2021年3月5日'], { signers: ['某县人民政府'], date: '2021-03-05', publicity: '此件公开发布' }],
    ['a date in Chinese numerals at the end of the body\'s paragraph', ['现通知如下。特此通知。 某县人民政府 二〇二一年三月五日'], { signers: ['某县人民政府'], date: '2021-03-05', line: 0 }],
    ['a 落款 after a sentence the page broke at a date', ['本通知有效期至', '2023年3月5日', '某县人民政府', '2021年3月5日'], { signers: ['某县人民政府'], date: '2021-03-05', line: 3 }],
    ['a 落款 after a deadline broken after its colon', ['报送时间：', '2021年3月20日', '某县人民政府', '2021年3月5日'], { signers: ['某县人民政府'], date: '2021-03-05', line: 3 }],
    ['a 落款 followed by 抄送 and a 版记', ['请认真执行。', '某县人民政府', '二〇二一年三月五日', '（此件公开发布）', '抄送：县委办公室。', '某县人民政府办公室 2021年3月6日印发'], { signers: ['某县人民政府'], date: '2021-03-05', publicity: '此件公开发布' }],
    // No date anywhere: the organ alone on the text's last line, after its last sentence (a 政策解读).
    ['an undated 落款 ending a 解读', ['四、主要内容', '决定对2件规范性文件予以宣布废止，并将废止目录予以公示。', '', '某县司法局'], { signers: ['某县司法局'], line: 3 }],
    ['an undated joint 落款 on one line', ['请认真执行。', '某县财政局  某县农业农村局'], { signers: ['某县财政局', '某县农业农村局'], line: 1 }],
    ['an undated 落款 after a sentence ended half-width', ['并将废止目录予以公示.', '某县司法局'], { signers: ['某县司法局'], line: 1 }],
    ['an undated joint 落款 after the list of attachments', ['现予印发，请遵照执行。', '附件：1.某某资金管理办法', '2.某某资金分配测算方法', '某部 某某部'], { signers: ['某部', '某某部'], line: 3 }],
    ['an undated joint 落款 one a line', ['不便之处敬请谅解！', '特此通告。', '某县公安局交通管理大队', '', '某县住房和城乡建设局'], { signers: ['某县公安局交通管理大队', '某县住房和城乡建设局'], line: 4 }],
    ['an undated 落款 above the page\'s headline printed again', ['封路通告', '关于某路实施交通封闭的通告', '特此通告。', '某县公安局交通管理大队', '某县住房和城乡建设局', '封路通告'], { signers: ['某县公安局交通管理大队', '某县住房和城乡建设局'], line: 4 }],
    ['an undated 落款 before a site\'s footer', ['并将废止目录予以公示。', '某县司法局', '', '主办单位：某县人民政府办公室  技术支持：某网络公司'], { signers: ['某县司法局'], line: 1 }],
    ['a 落款 dated by its month alone (the day lost)', ['依法追究刑事责任。', '                某县森林草原防火指挥部', '                  2017年11月'], { signers: ['某县森林草原防火指挥部'], line: 2 }],
    ['a plan\'s 落款 dated by its month in Chinese numerals', ['认真组织实施。', '某市人民政府', '二〇一八年十二月'], { signers: ['某市人民政府'], line: 2 }],
  ])('%s', (_, lines, expected) => {
    expect(readSignOff(lines, 0)).toMatchObject(expected);
  });

  it.each([
    ['a dateline under a news page\'s headline', ['某县教育局发布紧急通知', '2月23日', '关于调整开学时间的通知', '各学校：', '决定将开学时间调整至2月27日。', '某县教育局', '2024年2月23日'], { signers: ['某县教育局'], date: '2024-02-23', line: 6 }],
    ['a full dateline under a headline', ['事关开学时间!某局发布通知', '2024年2月23日', '关于调整开学时间的通知', '各学校：', '现通知如下。', '某县教育局', '2024年2月23日'], { date: '2024-02-23', line: 6 }],
  ])('passes over a date alone with no sentence above it: %s', (_, lines, expected) => {
    expect(readSignOff(lines, 0)).toMatchObject(expected);
  });

  it.each([
    ['a date alone after the last sentence', ['关于调整开学时间的通知', '现通知如下。', '2024年2月23日'], 2],
    ['a date alone after a sentence with a comma only', ['各学校要加强领导，确保师生安全', '2024年2月23日'], 1],
    ['an organ and its date with no sentence above', ['某县人民政府', '2024年2月23日'], 1],
    ['a date alone opening an excerpt with no 落款 below it', ['2020年12月2日', '某县宅基地管理暂行办法', '第一章 总则', '第一条 为加强管理，制定本办法。'], 0],
  ])('still reads a 落款: %s', (_, lines, line) => {
    expect(readSignOff(lines, 0)?.line).toBe(line);
  });

  it('reads no undated 落款 after a numbered item of the body', () => {
    expect(readSignOff(['二、工作要求', '1.各单位要加强领导', '2.某县财政局'], 0)).toBeUndefined();
  });

  it.each([
    ['organs one a line under a heading, not a sentence', ['二、责任单位', '某县财政局', '某县教育局']],
    ['an organ line, then a line of the body', ['特此通告。', '某县财政局', '请各单位配合']],
    ['a line printed twice that is no organ', ['特此通告。', '封路通告', '封路通告']],
    ['a month under an organ, not after a sentence (a heading, a list)', ['二、工作安排', '某县人民政府', '2017年11月']],
    ['a month under a line that is no organ', ['请认真执行。', '第一阶段', '2017年11月']],
    ['a month alone after a sentence', ['请认真执行。', '2017年11月']],
  ])('reads no undated 落款: %s', (_, lines) => {
    expect(readSignOff(lines, 0)).toBeUndefined();
  });

  it.each([
    ['a cell of another place beside an organ', ['现印发给你们。', '乙市供销合作社        甲省旅游局', '2009年5月1日'], ['甲省旅游局']],
    ['a cell ending in a 文种 word beside an organ', ['现印发给你们。', '甲省工作要点        甲省旅游局', '2009年5月1日'], ['甲省旅游局']],
    ['a sentence above an organ with no place', ['请认真执行。', '主席团', '2022年2月25日'], ['主席团']],
    ['a line of the body ending like a cut name', ['请认真执行。', '组织开展课题研究', '某县人民政府', '2022年2月25日'], ['某县人民政府']],
    ['an attachment entry above an organ is not joined to it', ['附件：1.某县某村调查情况', '2.某省某县某村地质险情调查专家组意见', '国务院办公厅', '2004年5月1日'], ['国务院办公厅']],
    ['two organs one a line are not joined', ['请认真执行。', '某县财政局', '某县教育局', '2022年2月25日'], ['某县财政局', '某县教育局']],
  ])('reads no more organs than a 落款 holds: %s', (_, lines, signers) => {
    expect(readSignOff(lines, 0)?.signers).toEqual(signers);
  });

  it('anchors the organs of a 落款 whose date has no year, and gives no date', () => {
    const signOff = readSignOff(['特此通告。', '某某蒙古族自治县人民政府', '10月14日'], 0);
    expect(signOff?.signers).toEqual(['某某蒙古族自治县人民政府']);
    expect(signOff).not.toHaveProperty('date');
  });

  it.each([
    ['a date inside a sentence', ['本办法自2022年7月7日起施行。']],
    ['a content system stamp with a time', ['2017年10月23日 09:24来源:某县人民政府点击量:0']],
    ['a dashed publication date beside a republisher', ['2021-01-09 某市人民政府']],
    ['a 版记 print line', ['某县人民政府办公室2017年5月27日印发']],
    ['a meeting date', ['经2019年1月18日区政府第52次常务会议审议通过,现予公布。']],
    ['a metadata pair', ['发文日期: 2020年08月10日']],
    ['a deadline after a sentence', ['一、摸底排查。2019年6月30日前完成']],
    ['a publication time with a view count', ['发布时间：2021年05月13日 浏览次数：126']],
    ['a table row of digits', ['合计 2018 11 6 25']],
    ['a word glued to a date that names no organ', ['截止时间2021年3月5日']],
    ['a 版记 print line glued to the last sentence', ['特此通知。某县人民政府办公室2017年5月27日印发']],
    ['a date followed by words that are no note', ['2021年3月5日（星期五）上午召开']],
    ['a deadline in a sentence of the body', ['请各乡镇于2021年3月20日前报送工作进展。']],
    ['a date alone after a line whose sentence goes on', ['本通知有效期至', '2023年3月5日']],
    ['a date alone after a comma', ['会议定于', '2021年3月20日']],
    ['a date set apart after a sentence, words after it', ['作出更大贡献。 2005年2月7日 上午召开']],
    ['a date set apart after a comma', ['会议定于下周召开， 2021年3月20日']],
    ['a date after a sentence with one space before the next words', ['作出更大贡献。 2005年2月7日 全县召开表彰大会。']],
    // An organ's line that is not the text's last after a sentence: a heading, a head, a list entry.
    ['an organ line with text after it', ['请认真执行。', '某县司法局', '一、工作目标']],
    ['an organ line after no sentence end', ['联系单位：', '某县司法局']],
    ['an organ line after an outline number', ['附件1.', '某县司法局']],
    ['a last line that names an organ among other words', ['请认真执行。', '主办：某县人民政府办公室']],
    ['a last line with a site\'s words after the organ', ['请认真执行。', '某县人民政府 版权所有']],
  ])('finds no 落款 in %s', (_, lines) => {
    expect(readSignOff(lines, 0)).toBeUndefined();
  });

  // A page run into one line keeps wide gaps where its line breaks were: the date after the last
  // sentence, then the attached text after a gap, is the 落款's.
  it.each([
    ['Chinese numerals, an attachment after the gap', ['各旗县人民政府: 现将某规则印发给你们,请认真执行。 二OO八年五月二十三日                      某市某规则 根据某条例,制定本规则。'], '2008-05-23'],
    ['Arabic digits, full-width spaces', ['请认真贯彻执行。 2019年3月4日\u3000\u3000\u3000\u3000附件 某办法'], '2019-03-04'],
  ])('reads the date of a run-on 落款: %s', (_, lines, date) => {
    expect(readSignOff(lines, 0)).toMatchObject({ date });
  });

  it('skips the lines it is told to (a metadata block)', () => {
    expect(readSignOff(['某县人民政府', '2023年3月9日'], 0, new Set([1]))).toBeUndefined();
  });
});

describe('wordsOf', () => {
  it('closes up the spaces inside a date before cutting a line into words', () => {
    expect(wordsOf('某县人民政府  2018 年 12 月 31 日')).toEqual(['某县人民政府', '2018年12月31日']);
  });

  it('puts back the 年月日 a page lost, and drops a stray mark', () => {
    expect(wordsOf('{ 2017 6 23')).toEqual(['2017年6月23日']);
  });
});
