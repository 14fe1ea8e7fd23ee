import { describe, expect, it } from 'vitest';
import { lostLineBreaks } from '../../../ingest/stages/lost-line-breaks';

// A body long enough to make a line a whole page run together (300 characters and more).
const BODY = '为进一步加强秸秆禁烧工作，改善空气质量，保障人民群众身体健康，根据有关法律法规，结合我县实际，现就有关事项通告如下。'.repeat(3);
/** Clauses with no sentence end: a space after one is no line's end. */
const CLAUSES = '各乡镇要落实属地责任，加强巡查，发现焚烧行为及时制止并依法处理，'.repeat(4);
const ITEM = '各乡镇要落实属地责任，加强巡查，发现焚烧行为及时制止并依法处理，确保不发生露天焚烧秸秆现象。'.repeat(3);

describe('lostLineBreaks', () => {
  it.each([
    [
      'a notice run into one line: title, number, recipients, text, outline, 落款',
      `桂东县人民政府关于禁止露天焚烧秸秆的通告 桂政通〔2017〕6号 各乡镇人民政府，县直各单位: ${BODY} 一、禁烧范围 ${ITEM} 桂东县人民政府 2017年10月23日`,
      ['桂东县人民政府关于禁止露天焚烧秸秆的通告', '桂政通〔2017〕6号', '各乡镇人民政府，县直各单位:', BODY, `一、禁烧范围 ${ITEM}`, '桂东县人民政府', '2017年10月23日'],
    ],
    [
      "a rule's title, its decree number and its articles",
      `河北省人工影响天气管理规定 政府令〔2010〕第15号 第一章 总 则 第一条 ${ITEM} 第二条 ${ITEM}`,
      ['河北省人工影响天气管理规定', '政府令〔2010〕第15号', '第一章 总 则', `第一条 ${ITEM}`, `第二条 ${ITEM}`],
    ],
    [
      'a CMS stamp (a label keeps its value, a day its clock) and the title after it',
      `发布时间: 2018-02-12 09:30 来源: 县法制办 某县关于做好防汛工作的通知 ${BODY}${BODY}`,
      ['发布时间: 2018-02-12 09:30 来源: 县法制办', '某县关于做好防汛工作的通知', BODY + BODY],
    ],
    [
      'organs printed apart before a title that names none: they head its line',
      `发布日期: 2021-07-19 浏览次数: 济宁市人民政府 关于持续深化“市县同权”改革的实施意见 ${BODY}${BODY}`,
      ['发布日期: 2021-07-19', '浏览次数:', '济宁市人民政府 关于持续深化“市县同权”改革的实施意见', BODY + BODY],
    ],
    [
      "a title that names its organ after the site's name: the site's name stays on the line before",
      `您的位置: 首页 福建省泉州市人民政府 泉州市人民政府关于印发《某规定》的通知 ${BODY}${BODY}`,
      ['您的位置: 首页 福建省泉州市人民政府', '泉州市人民政府关于印发《某规定》的通知', BODY + BODY],
    ],
    [
      "a title over two lines after a CMS stamp, and a 令 ending without 的",
      `来源:行署办 发布时间:2019年04月10日 某盟行政公署关于表彰奖励 乌力格尔艺术突出贡献者的决定 ${BODY} 来源: 2022 某县人民政府森林防火封山令 ${BODY}`,
      ['来源:行署办 发布时间:2019年04月10日', '某盟行政公署关于表彰奖励', '乌力格尔艺术突出贡献者的决定', BODY, '来源: 2022', '某县人民政府森林防火封山令', BODY],
    ],
    [
      "a document number after a label that is no number's, and one after its own label",
      `文章来源: 政府办 视力保护色: 陇政办发〔2025〕7号 ${BODY} 发文字号: 陇政办发〔2025〕7号 ${BODY}`,
      ['文章来源: 政府办 视力保护色:', '陇政办发〔2025〕7号', BODY, '发文字号: 陇政办发〔2025〕7号', BODY],
    ],
    [
      'a mirror in traditional script, and a 主送机关 of one short organ',
      `某縣人民政府關於禁止露天焚燒秸稈的通告 縣水務局: ${BODY}${BODY}`,
      ['某縣人民政府關於禁止露天焚燒秸稈的通告', '縣水務局:', BODY + BODY],
    ],
  ])('breaks %s where its lines ended', (_, line, expected) => {
    expect(lostLineBreaks(line)).toEqual(expected);
  });

  it.each([
    ['a short line with spaces', '第一章 总 则'],
    ['a line of a spaced organ and title', '中共某市委办公室 某市人民政府办公室 关于印发某方案的通知'],
    ['a PDF transcript, characters parted by spaces', [...`某省人民政府文件 某省人民政府关于印发某办法的通知 ${BODY}`].join(' ')],
    ['a long line without spaces', BODY + ITEM],
    ["the corpus's source line: a label and its address", `# source: https://example.com/${'a%E7%BF%92'.repeat(40)}`],
    ['a long paragraph whose spaces are inside its sentences', `${CLAUSES} 某某 ${CLAUSES} 某某，${CLAUSES}`],
    ['an article number before its text', `第一条 ${CLAUSES}${CLAUSES}`],
    ['关于 inside a clause', `${CLAUSES} 关于，${CLAUSES}`],
    ['joint organs inside a title in 《》', `${CLAUSES}此前印发的《某部 某某部关于修订某资金管理办法的通知》（某农〔2022〕25号）同时废止。${CLAUSES}`],
  ])('leaves %s whole', (_, line) => {
    expect(lostLineBreaks(line)).toEqual([line]);
  });
});
