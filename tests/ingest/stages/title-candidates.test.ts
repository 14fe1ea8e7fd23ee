import { describe, expect, it } from 'vitest';
import { chooseTitle, titleCandidates } from '../../../ingest/stages/title-candidates';

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
    ['an organ line broken right after its 关于', ['某县人民政府办公室关于', '印发《关于进一步加强某工作', '的若干措施》的通知', '各乡(镇)人民政府:'], '某县人民政府办公室关于印发《关于进一步加强某工作的若干措施》的通知', undefined],
    // Must not: a page's line ending in 关于 that names no organ stays out of the title.
    ['a breadcrumb ending in 关于 above a title', ['当前位置:首页 通知公告 关于', '印发《某方案》的通知', '各乡镇人民政府:'], '印发《某方案》的通知', undefined],
    ['an organ line above a 关于 title run over three lines', ['某市人民政府办公室', '关于印发《某市贯彻落实〈关于某某', '若干政策措施〉实施', '方案》的通知', '各县市区人民政府:'], '某市人民政府办公室关于印发《某市贯彻落实〈关于某某若干政策措施〉实施方案》的通知', undefined],
    ['a repost line: the number, then the title in 书名号', ['某政办发〔2016〕26号《某市人民政府办公厅关于印发〈某要点〉的通知》', '《某市人民政府办公厅关于印发〈某要点〉的通知》', '某政办发〔2016〕26号', '各区人民政府:'], '某市人民政府办公厅关于印发〈某要点〉的通知', '某政办发〔2016〕26号'],
    ['a repost line: the number glued before the title in 书名号, the title printed under it with no number', ['某政办函〔2018〕322号《某省人民政府办公厅关于公布某名单的通知》', '某省人民政府办公厅关于公布', '某名单的通知', '各市、县人民政府:'], '某省人民政府办公厅关于公布某名单的通知', '某政办函〔2018〕322号'],
    // MUST-NOT: a number glued before another title (the one the document cites) is no number of the title chosen.
    ['a number glued before a cited title, then the document\'s own title', ['某政发〔2015〕7号《某省人民政府关于某事的意见》', '某市人民政府关于贯彻落实某事的通知', '各县（市、区）人民政府:'], '某市人民政府关于贯彻落实某事的通知', undefined],
    // 关于 inside a cited title's 书名号 does not start the title: the line above with the organ's 关于 does.
    ['an organ\'s 关于 line above a 书名号 holding another 关于', ['甲省人民政府关于实施', '《国务院关于某某改革与发展的决定》的意见', '(甲政〔2001〕85号)', '各市、县人民政府:'], '甲省人民政府关于实施《国务院关于某某改革与发展的决定》的意见', '甲政〔2001〕85号'],
    // A title opening with its county's organ is whole: short lines above it are the page's (a news site's name).
    ['a site\'s name lines above a title opening with a county organ', ['某某网', '某某报电子版', '甲县文化广电旅游局2018年政府信息公开工作年度报告', '2020-01-06 10:00:26', '一、2018年工作开展情况'], '甲县文化广电旅游局2018年政府信息公开工作年度报告', undefined],
    ['a column\'s label above a title opening with a province\'s name', ['政策知识', '', '江西省乡村振兴战略规划 (2018-2022年)', '目录'], '江西省乡村振兴战略规划 (2018-2022年)', undefined],
    // MUST keep: a 关于印发 line above a lower line opening with a county's name is the title's start.
    ['关于印发 over a line opening with a county', ['关于印发', '甲县2023年防汛工作方案的通知', '各乡镇人民政府:'], '关于印发甲县2023年防汛工作方案的通知', undefined],
    ['关于印发 over a line opening with a province', ['关于印发', '江西省2023年防汛工作方案的通知', '各设区市人民政府:'], '关于印发江西省2023年防汛工作方案的通知', undefined],
    ['an organ line over a line opening with a province', ['江西省人民政府办公厅', '江西省2023年防汛工作方案', '为做好防汛工作，制定本方案。'], '江西省2023年防汛工作方案', undefined],
    ['an organ line above a 转发 title over two lines', ['某政办〔2011〕129号', '某市人民政府办公室', '转发某市推行某某文书', '指导意见的通知', '市政府直属各单位:'], '某市人民政府办公室转发某市推行某某文书指导意见的通知', '某政办〔2011〕129号'],
    // A forwarding notice's title wrapped before the 关于 of the title it forwards.
    ['an organ line above a 转发 line above a 关于 title', ['某省人民政府办公厅', '转发省人力资源社会保障厅等部门', '关于做好某项工作的意见的通知', '某政办发〔2010〕21号', '各市人民政府:'], '某省人民政府办公厅转发省人力资源社会保障厅等部门关于做好某项工作的意见的通知', '某政办发〔2010〕21号'],
    // MUST-NOT: a sentence that forwards (a comma, a full stop) is no title's line.
    ['a forwarding sentence above a 关于 title', ['现转发给你们，请认真贯彻执行。', '关于做好某项工作的通知', '各乡镇人民政府:'], '关于做好某项工作的通知', undefined],
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
    // A template's kind field under a whole title: the number under it is the title's.
    ['a 文种 alone under a title that ends in its own', ['关于加强某省打击', '保险领域违法犯罪协调配合工作的通知', '                 批复', '某保监发[2009]33号', '各市公安局:'], '关于加强某省打击保险领域违法犯罪协调配合工作的通知', '某保监发[2009]33号'],
    ['a 文种 alone under a one-line title', ['某县人民政府关于某事的通知', '通知', '某政发〔2020〕3号', '各乡镇人民政府:'], '某县人民政府关于某事的通知', '某政发〔2020〕3号'],
    ['a serial under its title that lost its opening bracket', ['甲区人民政府森林防火禁火令', '', '2026年第1号)', '为预防森林火灾,现决定禁火。'], '甲区人民政府森林防火禁火令', '2026年第1号'],
    ['a number that lost its closing bracket', ['甲县人民政府关于某事的通知', '(甲政发〔2020〕3号', '各乡镇人民政府:'], '甲县人民政府关于某事的通知', '甲政发〔2020〕3号'],
    // An item of a list or an attachment's heading is no title of the document.
    ['a list item ending in a 文种 under the text', ['为做好认证工作，现通告如下。', '1.某某企业职工养老保险待遇资格认证操作指引', '2.某某城乡居民养老保险待遇资格认证操作指引'], undefined, undefined],
    ['an attachment\'s heading', ['某区2026年积分入学申请指引', '附件2 某区2026年公办初中积分入学招生计划'], '某区2026年积分入学申请指引', undefined],
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
