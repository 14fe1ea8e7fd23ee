import { describe, expect, it } from 'vitest';
import { decreeOnly } from '../../../ingest/stages/decree-only';
import { loadLawGrammar } from '../../../src/domain/law-grammar';

const g = loadLawGrammar();
const SENTENCE = '《甲类船舶管理规定》已于2006年6月7日经第7次部务会议通过，现予公布，自2006年8月1日起施行。';

describe('decreeOnly: a text holding only the decree that promulgates rules', () => {
  it.each([
    ['a ministry decree, signer and date on their own lines', ['中华人民共和国乙部令', '2006年第8号', SENTENCE, '部长 某某', '二〇〇六年七月五日'], { title: '甲类船舶管理规定', numberLine: '中华人民共和国乙部令2006年第8号', makers: ['乙部'] }],
    ['the signature run onto the sentence line, the attachment after it', ['中华人民共和国乙部令', '2006 年第 8 号', `${SENTENCE} 部 长 某某 二〇〇六年七月五日`, '附件：甲类船舶管理规定'], { title: '甲类船舶管理规定', numberLine: '中华人民共和国乙部令2006年第8号', makers: ['乙部'] }],
    ['the attachment between the sentence and the signer', ['中华人民共和国丙部令', '2016年 第5号', '《甲作物种子许可管理办法》已经丙部2016年第6次常务会议审议通过，现予公布，自2016年8月15日起施行。', '附件：甲作物种子许可管理办法.rar', '部长 某某', '2016年7月8日'], { title: '甲作物种子许可管理办法', numberLine: '中华人民共和国丙部令2016年第5号', makers: ['丙部'] }],
    ['two ministries decreeing together, the rules named above, signers without a date', ['甲事件交通应急规定', '中华人民共和国丁部令 中华人民共和国乙部令', '2004年第2号', '《甲事件交通应急规定》已于2003年11月25日经乙部第15次部务会议通过，现予公布，自2004年5月1日起施行。', '丁部部长 某某', '乙部部长 某某'], { title: '甲事件交通应急规定', numberLine: '中华人民共和国乙部令2004年第2号', makers: ['丁部', '乙部'] }],
    ['a city government decree on one line', ['甲乙市人民政府令第16号', '《甲乙市行政复议程序规定》已经1994年4月25日市政府常务会议讨论通过，现予发布，自1994年6月1日起施行。', '市长 某某', '1994年5月18日'], { title: '甲乙市行政复议程序规定', numberLine: '甲乙市人民政府令第16号', makers: ['甲乙市人民政府'] }],
  ])('%s', (_, lines, want) => {
    const found = decreeOnly(lines, g);
    expect(found && { title: found.title, numberLine: found.numberLine, makers: found.makers.map((m) => m.name) }).toEqual(want);
  });

  it.each([
    // read-law reads a decree above the rules' own text.
    ['the rules printed under the decree', ['中华人民共和国乙部令', '2006年第8号', SENTENCE, '部长 某某', '2006年7月5日', '甲类船舶管理规定', '第一条 为了加强管理，制定本规定。']],
    ['the articles right under the decree', ['中华人民共和国乙部令', '2006年第8号', SENTENCE, '部长 某某', '2006年7月5日', '第一章 总则', '第一条 为了加强管理，制定本规定。']],
    ['a decision whose items follow the decree', ['甲乙市人民政府令', '(第166号)', '《甲乙市人民政府关于修改〈甲乙市档案管理办法〉的决定》已经2009年4月11日市人民政府第24次常务会议讨论通过，现予发布。', '市长 某某', '2009年4月21日', '市政府决定对《甲乙市档案管理办法》做如下修改：', '一、删除第三条中的“、利用”。', '本决定自2009年7月1日起施行。']],
    // A 公文 citing a decree is a 公文.
    ['a notice citing the decree', ['甲省交通厅关于贯彻《甲类船舶管理规定》的通知', '各市交通局：', '《甲类船舶管理规定》（乙部令2006年第8号）已于2006年6月7日经第7次部务会议通过，现予公布，自2006年8月1日起施行。请认真贯彻。', '甲省交通厅', '2006年8月1日']],
    // A gazette's 目录 lists decrees among other documents.
    ['a gazette contents listing the decree', ['甲部公报', '目录', '中华人民共和国乙部令', '2006年第8号', SENTENCE, '部长 某某', '2006年7月5日', '乙部关于开展安全检查的通知', '乙部关于表彰先进集体的决定', '乙部办公厅关于印发工作要点的通知', '丙部公告', '丁部公告', '戊部公告', '己部公告', '庚部公告']],
    ['a decree that appoints, promulgating nothing', ['中华人民共和国主席令', '第5号', '根据中华人民共和国全国人民代表大会的决定，任命某某为甲部部长。', '中华人民共和国主席 某某', '2020年1月5日']],
    ['a decree promulgating what is no rule', ['甲乙市人民政府令', '第3号', '《甲乙市2020年度工作要点》已经市政府常务会议通过，现予公布。', '市长 某某', '2020年1月5日']],
    ['a decree with no signature', ['中华人民共和国乙部令', '2006年第8号', SENTENCE]],
  ])('%s is none', (_, lines) => {
    expect(decreeOnly(lines, g)).toBeUndefined();
  });
});
