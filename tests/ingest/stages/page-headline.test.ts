import { describe, expect, it } from 'vitest';
import { headlineOf } from '../../../ingest/stages/page-headline';
import { readHeaderFromText } from '../../../ingest/stages/document-head';

describe('headlineOf', () => {
  it.each([
    ['某某区发布城市内涝应急预案', '城市内涝应急预案'],
    ['某某县：关于做好防汛工作的通知', '关于做好防汛工作的通知'],
    ['【某某市】关于加强自建房安全管理的通知', '关于加强自建房安全管理的通知'],
    ['应急预案—某县森林火灾应急预案', '某县森林火灾应急预案'],
  ])('%j → %j', (line, substance) => {
    expect(headlineOf(line)).toBe(substance);
  });

  it.each([['某县人民政府关于做好防汛工作的通知'], ['关于印发某县防汛应急预案的通知'], ['某县防汛抗旱应急预案—2023年版'], ['某某县2021年秋冬季大气污染防治攻坚行动方案']])('%j opens like no headline', (line) => {
    expect(headlineOf(line)).toBeUndefined();
  });
});

describe('withoutHeadlines (through readHeaderFromText)', () => {
  it.each([
    ['a place and a headline verb', ['某某区发布城市内涝应急预案', '2022-05-12 10:30:01', '某某区城市内涝应急预案', '1 总则', '为有效应对城市内涝，制定本预案。'], '某某区城市内涝应急预案'],
    ['a place and a colon, the heading under an organ line', ['某某县：关于做好防汛工作的通知', '某某县人民政府办公室', '关于做好防汛工作的通知', '各乡镇人民政府：', '现就有关事项通知如下。'], '某某县人民政府办公室关于做好防汛工作的通知'],
    ['a site tag', ['【某某市】关于加强自建房安全管理的通知', '某某市住房和城乡建设局', '关于加强自建房安全管理的通知', '各县（区）住建局：', '现通知如下。'], '某某市住房和城乡建设局关于加强自建房安全管理的通知'],
    ['a headline over the notice that issues it', ['某某县出台防汛应急预案', '关于印发某某县防汛应急预案的通知', '各乡镇人民政府：', '现印发给你们。'], '关于印发某某县防汛应急预案的通知'],
    ['a page\'s short copy of the title', ['关于调整城区限行措施的通告', '某某县人民政府关于调整城区限行措施的通告', '为缓解交通拥堵，现通告如下。'], '某某县人民政府关于调整城区限行措施的通告'],
    ['a page\'s copy naming the place, not the organ', ['某某县关于调整城区限行措施的通告', '某某县人民政府关于调整城区限行措施的通告', '为缓解交通拥堵，现通告如下。'], '某某县人民政府关于调整城区限行措施的通告'],
    ['a page\'s shortened copy with an aggregator\'s year', ['关于禁止露天焚烧秸秆的通告(2020)', '某某市人民政府关于禁止露天焚烧秸秆和有毒烟尘物质的通告', '为推进生态文明建设，现通告如下。'], '某某市人民政府关于禁止露天焚烧秸秆和有毒烟尘物质的通告'],
    ['a news site\'s city before the heading\'s organ', ['甲城某镇人民政府关于取消某村庙会的通告', '导语 为做好疫情防控，现取消庙会。', '某镇人民政府关于取消某村庙会的通告', '为做好疫情防控，现通告如下。'], '某镇人民政府关于取消某村庙会的通告'],
    ['an aggregator\'s copy naming its source in brackets', ['甲市乙县关于实施交通管制的通告(乙县交通管理局)', '社会热点2022-10-12', '关于实施交通管制的通告', '为保证防汛车辆安全通行，现通告如下。'], '关于实施交通管制的通告'],
  ])('a heading repeating %s wins', (_, lines, title) => {
    expect(readHeaderFromText(lines).title).toBe(title);
  });

  it.each([
    ['no heading repeats it', ['某某县召开安全生产工作会议的通知', '各乡镇：', '定于下周召开会议。'], '某某县召开安全生产工作会议的通知'],
    ['the title below is about something else', ['某某县发布森林防火工作方案', '某某县秸秆禁烧工作方案', '一、总体要求'], '某某县发布森林防火工作方案'],
    ['the title below is another organ\'s', ['某某县关于调整城区限行措施的通告', '某某市人民政府关于调整城区限行措施的通告', '正文。'], '某某县关于调整城区限行措施的通告'],
    ['the title below adds words that are no organ', ['关于调整城区限行措施的通告', '进一步关于调整城区限行措施的通告', '正文。'], '关于调整城区限行措施的通告'],
    ['a title without a headline opening stays first of equals', ['某县人民政府关于做好防汛工作的通知', '关于做好防汛工作的通知', '正文。'], '某县人民政府关于做好防汛工作的通知'],
    ['the organ\'s heading below says something else after 关于', ['关于禁止露天焚烧秸秆的通告', '某某市人民政府关于调整城区限行措施的通告', '正文。'], '关于禁止露天焚烧秸秆的通告'],
    ['the words before a heading that repeats it name an organ', ['某县人民政府某镇人民政府关于取消某村庙会的通告', '某镇人民政府关于取消某村庙会的通告', '正文。'], '某县人民政府某镇人民政府关于取消某村庙会的通告'],
    ['the words in brackets name no organ', ['关于实施交通管制的通告(2021年修订)', '关于实施交通管制的通告', '正文。'], '关于实施交通管制的通告(2021年修订)'],
  ])('keeps the first title when %s', (_, lines, title) => {
    expect(readHeaderFromText(lines).title).toBe(title);
  });
});
