import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../../src/domain/doc-number';
import { chooseTitle, firstMeaningfulLine, isPageInfo, isProvenance, numberAt, recipientsOf, titleCandidates, titleText } from '../../../ingest/stages/read-text-header';

describe('titleText', () => {
  it.each([
    ['「通告」某县人民政府关于严禁露天焚烧农作物秸秆的通告', '某县人民政府关于严禁露天焚烧农作物秸秆的通告'],
    ['2022石柱土家族自治县人民政府森林防火封山令', '石柱土家族自治县人民政府森林防火封山令'],
    ['2022年全县农业工作要点', '2022年全县农业工作要点'],
    ['• 某市人民政府办公室关于印发《某预案》的通知', '某市人民政府办公室关于印发《某预案》的通知'],
    ['# 保护某某设施规定', '保护某某设施规定'],
    ['《某市人民政府办公厅关于印发〈某要点〉的通知》', '某市人民政府办公厅关于印发〈某要点〉的通知'],
    ['《某市人民政府关于转发《某办法》的通知》', '某市人民政府关于转发《某办法》的通知'],
    // A site's publication date after the headline is not the title's; a title's own year stays.
    ['某市政府关于同意某镇地名命名的批复(2012-8-30)', '某市政府关于同意某镇地名命名的批复'],
    ['某县防汛抗旱应急预案（2021年修订）', '某县防汛抗旱应急预案（2021年修订）'],
    // Two titles in 书名号 on one line are not one title wrapped: kept as printed.
    ['《某方案》和《某办法》', '《某方案》和《某办法》'],
  ])('%j → %j', (line, title) => {
    expect(titleText(line)).toBe(title);
  });

  it.each([
    ['a breadcrumb', '您的位置: 首页 » 法律资料网 » 法律法规'],
    ['a breadcrumb holding a title', '1500字范文 > 「通告」某县人民政府关于严禁焚烧秸秆的通告'],
    ['a page title with its channel', '政务服务丨某市人民政府关于持续深化改革的实施意见'],
    ['a date', '2017年6月13日'],
    ['a document number', '稷政办发〔2022〕31号'],
    ['a red head', '稷山县人民政府文件'],
    ['a column caption of two 文种', '通知公告'],
    ['a column caption of a kind of section', '政策解读'],
    ['a sentence', '请认真贯彻执行。'],
  ])('%s is no title', (_, line) => {
    expect(titleText(line)).toBeUndefined();
  });
});

describe('isProvenance', () => {
  it.each([
    ['# source: http://www.example.gov.cn/art/2019/8/27/a.html (pages corpus, page-start excerpt)', true],
    ['来源：http://www.example.gov.cn/a.html', true],
    ['https://example.cn/a/b.html', true],
    ['来源:县政府办公室', false],
    ['信息来源: 县民政局', false],
    ['详见http://www.example.gov.cn网站公告。', false],
  ])('%j → %s', (line, expected) => {
    expect(isProvenance(line)).toBe(expected);
  });
});

describe('isPageInfo', () => {
  it.each([
    ['发布时间:2018-09-04 00:00 来源:某县县政府', true],
    ['日期 : 2025-02-27  文章来源 : 政府办  字号 : [  ]', true],
    ['2017年10月23日 09:24来源:某县人民政府点击量:0', true],
    ['各乡镇人民政府，县直各单位：', false],
    ['某县人民政府关于禁止焚烧秸秆的通告', false],
    ['发布时间：2021-05-13 07:58:25  来源：某县人民政府办公室  浏览次数：1234  【字体：大 中 小】  【打印本页】  【关闭窗口】', true],
    // A page whose line breaks were lost: its time and source inside a whole document's text.
    [`首页 > 通告 某县人民政府关于禁止焚烧秸秆的通告 时间:2021-05-13 07:58:25 ${'为保护大气环境，现就有关事项通告如下。'.repeat(8)}`, false],
  ])('%j → %s', (line, expected) => {
    expect(isPageInfo(line)).toBe(expected);
  });
});

describe('recipientsOf', () => {
  it.each([
    ['各乡（镇）人民政府，县直各有关单位：', undefined, '各乡（镇）人民政府，县直各有关单位'],
    ['各科室,各站所,各村: 为提高处置突发公共事件的能力,制定本预案。', undefined, '各科室,各站所,各村'],
    ['某某区民政局:', undefined, '某某区民政局'],
    ['各乡镇人民政府,县直有关单位、经济开发', '区管委会:', '各乡镇人民政府,县直有关单位、经济开发区管委会'],
  ])('%j', (line, next, recipients) => {
    expect(recipientsOf(line, next)).toBe(recipients);
  });

  it.each([
    ['附件:'],
    ['为切实做好秸秆禁烧工作,现就有关事项通告如下:'],
    ['一、总体要求'],
    ['经研究,同意你局意见。请按照规定办理:'],
  ])('%j names no recipients', (line) => {
    expect(recipientsOf(line)).toBeUndefined();
  });
});

describe('titleCandidates / chooseTitle', () => {
  const choose = (lines: string[]) => chooseTitle(titleCandidates(lines, lines.map((_, i) => i).filter((i) => lines[i].trim())));

  it.each([
    ['a headline, then the document its number anchors', ['某县人民政府关于对《某方案》的公示', '为进一步加强监督,现将《某方案》进行公示,欢迎社会各界监督。', '附件:', '某县人民政府办公室', '关于印发《某方案》的通知', '某政办发〔2017〕19号', '各乡镇人民政府:'], '某县人民政府办公室关于印发《某方案》的通知', '某政办发〔2017〕19号'],
    ['a number above an issuer line and a 关于 line', ['某县关于禁止露天焚烧秸秆的通告 桂政通〔2017〕6号', '桂政通〔2017〕6号', '某县人民政府', '关于禁止露天焚烧秸秆的通告', '为切实做好秸秆禁烧工作,现通告如下:'], '某县人民政府关于禁止露天焚烧秸秆的通告', '桂政通〔2017〕6号'],
    ['a number under a red head', ['某县人民政府文件', '某政发〔2023〕9号', '某县人民政府', '关于加强秸秆禁烧工作的通知', '各乡镇人民政府：'], '某县人民政府关于加强秸秆禁烧工作的通知', '某政发〔2023〕9号'],
    ['a title over two lines, its number in brackets below', ['某盟行政公署关于表彰奖励', '某某艺术突出贡献者的决定', '(某署发〔2019〕1号)', '各旗县市人民政府:'], '某盟行政公署关于表彰奖励某某艺术突出贡献者的决定', '某署发〔2019〕1号'],
    ['a number glued before the title', ['梁政发【2023】7号关于印发某县突发事件总体应急预案的通知', '各乡镇人民政府:'], '关于印发某县突发事件总体应急预案的通知', '梁政发【2023】7号'],
    ['a serial after the title on a line that runs on', ['某区人民政府森林防火禁火令', '某区人民政府森林防火禁火令 (2025年第2号) 我区未来几天持续晴好,严禁一切野外用火。'], '某区人民政府森林防火禁火令', '2025年第2号'],
    ['a formal title after a shorter headline', ['某市某县全面禁止燃放烟花爆竹的通知', '某县人民政府关于全面禁止燃放烟花爆竹的通告', '为加强烟花爆竹安全管理,现通告如下。'], '某县人民政府关于全面禁止燃放烟花爆竹的通告', undefined],
    ['a number in brackets closing the title line', ['某市委办公室某市人民政府办公室印发《关于推进政务公开的实施意见》的通知(岳办发〔2017〕2号)', '各县市区委、人民政府:'], '某市委办公室某市人民政府办公室印发《关于推进政务公开的实施意见》的通知', '岳办发〔2017〕2号'],
    ['a number in brackets closing the title line, its year in round brackets too', ['某市委办公室某市人民政府办公室印发《关于推进政务公开的实施意见》的通知(岳办发(2017)2号)', '各县市区委、人民政府:'], '某市委办公室某市人民政府办公室印发《关于推进政务公开的实施意见》的通知', '岳办发(2017)2号'],
    ['a title with brackets of its own, then its number in round brackets', ['某县人民政府关于印发某办法(试行)的通知(某政发(2017)2号)', '各乡镇人民政府:'], '某县人民政府关于印发某办法(试行)的通知', '某政发(2017)2号'],
    ['an organ line above a 关于 title run over three lines', ['某市人民政府办公室', '关于印发《某市贯彻落实〈关于某某', '若干政策措施〉实施', '方案》的通知', '各县市区人民政府:'], '某市人民政府办公室关于印发《某市贯彻落实〈关于某某若干政策措施〉实施方案》的通知', undefined],
    ['a repost line: the number, then the title in 书名号', ['某政办发〔2016〕26号《某市人民政府办公厅关于印发〈某要点〉的通知》', '《某市人民政府办公厅关于印发〈某要点〉的通知》', '某政办发〔2016〕26号', '各区人民政府:'], '某市人民政府办公厅关于印发〈某要点〉的通知', '某政办发〔2016〕26号'],
    ['an organ line above a 转发 title over two lines', ['某政办〔2011〕129号', '某市人民政府办公室', '转发某市推行某某文书', '指导意见的通知', '市政府直属各单位:'], '某市人民政府办公室转发某市推行某某文书指导意见的通知', '某政办〔2011〕129号'],
    ['an organ line above a title that is its 文种 alone', ['某市人民政府', '公    告', '某政告〔2022〕1号', '为加强管理,现将有关事项公告如下。'], '某市人民政府公告', '某政告〔2022〕1号'],
    ['a letter-spaced organ line above a 关于 title', ['某 县 人 民 政 府', '关于加强某某工作的通知', '某政发〔2022〕3号', '各乡镇人民政府:'], '某县人民政府关于加强某某工作的通知', '某政发〔2022〕3号'],
    ['a 关于 line, not an organ, above a title ending in its 文种 alone', ['某指挥部', '关于对某山进行集中治理的', '通告', '为巩固治理成果,现通告如下:'], '某指挥部关于对某山进行集中治理的通告', undefined],
    ['spam in the organ line\'s place above a 关于 title', ['某某体育下载链接安装办公室', '关于加强地名规范管理工作的通知', '某府办〔2018〕85号', '各街道办事处:'], '关于加强地名规范管理工作的通知', '某府办〔2018〕85号'],
    ['a row of page links above a title that names no 关于', ['长者版 无障碍阅读', '某市部分乡镇乡村道路命名公示', '为加强地名管理,现予以公示。'], '某市部分乡镇乡村道路命名公示', undefined],
    // A column wrapped the title: joint organs set apart by spaces, then its opening, on the first line.
    ['joint organs set apart, a 关于 title wrapped over three lines', ['甲市民政局 甲市财政局 关于做好今年', '全市农村居民最低生活保障标准和农村特困', '人员救助供养标准提高工作的通知', '各乡镇人民政府:'], '甲市民政局甲市财政局关于做好今年全市农村居民最低生活保障标准和农村特困人员救助供养标准提高工作的通知', undefined],
    ['a row of links that holds 关于 above a title', ['首页 关于我们 联系我们', '某市部分乡镇乡村道路命名公示', '为加强地名管理,现予以公示。'], '某市部分乡镇乡村道路命名公示', undefined],
    ['a title wrapped with no 关于 in it', ['某某自治县2023年农村人居环境整治', '提升行动实施方案', '为持续改善农村人居环境,制定本方案。'], '某某自治县2023年农村人居环境整治提升行动实施方案', undefined],
    ['a column caption above a title', ['通知公告', '某县人民政府关于做好春节期间安全工作的通知', '各乡镇人民政府:'], '某县人民政府关于做好春节期间安全工作的通知', undefined],
    ['a column caption above an interpretation', ['政策解读', '《某县人民政府关于某事的决定》政策解读', '一、出台背景'], '《某县人民政府关于某事的决定》政策解读', undefined],
    ['a caption line above a 转发 title', ['政策文件', '转发某市某某意见的通知', '市政府直属各单位:'], '转发某市某某意见的通知', undefined],
    ['a caption line above a 关于 title run over three lines', ['政策文件库', '关于印发《某市贯彻落实〈关于某某', '若干政策措施〉实施', '方案》的通知', '各县市区人民政府:'], '关于印发《某市贯彻落实〈关于某某若干政策措施〉实施方案》的通知', undefined],
    // A line ending in 的 goes on: an organ's name run over lines above a title that is its 文种 alone.
    ['an organ\'s name over two lines above its 通告', ['甲县新型冠状病毒感染的', '肺炎疫情防控指挥部', '通 告', '为做好防控工作,现通告如下:'], '甲县新型冠状病毒感染的肺炎疫情防控指挥部通告', undefined],
    ['a 布告 whose organ\'s name wraps', ['甲县新型冠状病毒肺炎', '防控工作应急指挥部布告', '〔2022〕第4号', '为快速阻断疫情传播,现布告如下:'], '甲县新型冠状病毒肺炎防控工作应急指挥部布告', '〔2022〕第4号'],
    // A serial under its series' name is the organ's number, not a bare serial, nor a line of a title.
    ['an announcement\'s serial under its name', ['甲县人民政府通告', '（2022年第3号）', '为做好防汛工作,现通告如下:'], '甲县人民政府通告', '甲县人民政府通告（2022年第3号）'],
    ['a headquarters\' announcement, a blank line between', ['甲县疫情防控指挥部通告', '', '2022年第3号', '为做好防控工作,现通告如下:'], '甲县疫情防控指挥部通告', '甲县疫情防控指挥部通告2022年第3号'],
    ['a decree\'s serial with a year', ['甲市人民政府令', '〔2021〕第5号', '甲市人民政府关于修改部分规章的决定', '各区人民政府:'], '甲市人民政府关于修改部分规章的决定', '甲市人民政府令〔2021〕第5号'],
    ['a serial under a title that names no organ\'s series', ['甲区人民政府森林防火禁火令', '2025年第2号', '为预防森林火灾,现决定禁火。'], '甲区人民政府森林防火禁火令', '2025年第2号'],
    ['an announcement\'s serial in brackets on its name\'s line', ['甲县人民政府通告（2022年第3号）', '为做好防汛工作,现通告如下:'], '甲县人民政府通告', '甲县人民政府通告（2022年第3号）'],
    ['an announcement\'s serial after its name and a space, the body run on', ['甲县人民政府通告 2022年第3号 为做好防汛工作,现通告如下:一、加强值守。'], '甲县人民政府通告', '甲县人民政府通告2022年第3号'],
    ['an announcement\'s serial under its name set over two lines', ['甲县人民政府', '通  告', '2022年第3号', '为做好防汛工作,现通告如下:'], '甲县人民政府通告', '甲县人民政府通告2022年第3号'],
    ['a garbled number below the title', ['甲经开区管委会关于加强安全生产的通知', '丁经开202157', '各部门:'], '甲经开区管委会关于加强安全生产的通知', '丁经开202157'],
  ])('%s', (_, lines, title, number) => {
    const chosen = choose(lines);
    expect(chosen?.title).toBe(title);
    expect(chosen?.number?.raw).toBe(number);
  });

  it('reads a decree\'s serial in words under its name, whichever title is chosen', () => {
    expect(choose(['甲市人民政府令', '第二号', '甲市市容管理办法', '第一条 为了加强市容管理,制定本办法。'])?.number?.raw).toBe('甲市人民政府令第二号');
  });

  it.each([
    ['a channel name in a breadcrumb', ['当前位置:首页 > 政府文件 > 卢政办文', '某县人民政府办公室关于成立某领导小组的通知']],
    ['a number cited in a sentence', ['某县人民政府关于某事的通知', '根据《某办法》(某政发〔2020〕3号)规定,现通知如下:']],
    ['a bracketed number closing a sentence, not a title', ['某县人民政府关于某事的通知', '现将有关事项通知如下,请遵照执行(某政发〔2020〕3号)']],
    ['a bracketed number in round brackets closing a sentence', ['某县人民政府关于某事的通知', '现将有关事项通知如下,请遵照执行(某政发(2020)3号)']],
  ])('takes no number from %s', (_, lines) => {
    expect(choose(lines)?.number).toBeUndefined();
  });
});

describe('firstMeaningfulLine', () => {
  const first = (lines: string[]) => firstMeaningfulLine(lines, lines.map((_, i) => i));

  it.each([
    ['a site name and its address above the text', ['某县人民政府', 'www.example.gov.cn', '各乡(镇)人民政府:', '《某县某预案》已经县人民政府同意,现印发给你们。'], '《某县某预案》已经县人民政府同意,现印发给你们'],
    ['a number and recipients first', ['某政发〔2022〕1号', '各单位:', '为做好某事,现通知如下。'], '为做好某事,现通知如下'],
    ['a line of content first', ['某县某乡村振兴工作情况', '一、基本情况'], '某县某乡村振兴工作情况'],
    // A column wrapped the first sentence: it goes on over full lines, to its end or 60 characters.
    ['a sentence wrapped at a column', ['鉴于某水库灌区五条干渠淤积严重,为确保春耕生', '产农田灌溉,经县政府研究,原则同意县水务局的请示。', '特此批复。'], '鉴于某水库灌区五条干渠淤积严重,为确保春耕生产农田灌溉,经县政府研究,原则同意县水务局的请示'],
    ['a sentence ended half-width', ['为做好某项工作,现对任务进行细化分解.各单位要认真落实.'], '为做好某项工作,现对任务进行细化分解'],
    ['a decimal and an outline number, no sentence end', ['按1.5倍标准执行,详见3.2节'], '按1.5倍标准执行,详见3.2节'],
    ['a heading with no mark, then an outline item', ['某县防汛抗旱应急预案—2023年修订版本', '1 总则'], '某县防汛抗旱应急预案—2023年修订版本'],
    ['a line ending in a colon, then the first item', ['你乡呈送的《关于申请批复某乡总体规划的请示》收悉,现批复如下:', '一、同意批准实施《某乡总体规划》。'], '你乡呈送的《关于申请批复某乡总体规划的请示》收悉,现批复如下:'],
  ])('skips %s', (_, lines, expected) => {
    expect(first(lines)).toBe(expected);
  });
});

describe('numberAt', () => {
  const at = (lines: string[], k: number) => numberAt(lines, lines.map((_, i) => i), k);

  it.each([
    [['甲市人民政府令', '（第23号）'], 1, '甲市人民政府令（第23号）', '甲市人民政府令第23号'],
    [['甲县人民政府通告', '2022年第3号'], 1, '甲县人民政府通告2022年第3号', '甲县人民政府通告2022年第3号'],
    [['• 甲县人民政府公告', '• 第19号'], 1, '甲县人民政府公告第19号', '甲县人民政府第19号公告'],
    [['甲县人民政府关于某事的通知', '甲政发〔2022〕3号'], 1, '甲政发〔2022〕3号', '甲政发〔2022〕3号'],
    [['甲县人民政府关于某事的通知', '（2022年第3号）'], 1, '2022年第3号', '2022年第3号'],
    [['某某市', '甲政办发2021 12号'], 1, '甲政办发202112号', '甲政办发〔2021〕12号'],
  ])('%j row %i → %s', (lines, k, raw, canonical) => {
    expect(at(lines, k)).toBe(raw);
    expect(parseDocNumber(at(lines, k)!)?.canonical).toBe(canonical);
  });

  it.each([
    [['甲市人民政府令', '第3条 本办法自公布之日起施行。'], 1],
    [['甲县人民政府通告', '为做好防汛工作,现通告如下:'], 1],
    [['甲市人民政府令', '第23号'], 0],
    [['联系我们', '邮编200031'], 1],
    [['联系我们', '电话13912345678'], 1],
    [['甲县人民政府', '索引号11410900MB1234567X/2021-00057'], 1],
    [['甲县人民政府', '日期20210507'], 1],
    [['甲县人民政府', '金额202100元'], 1],
  ])('%j row %i holds no number', (lines, k) => {
    expect(at(lines, k)).toBeUndefined();
  });
});
