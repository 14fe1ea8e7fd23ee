import { describe, expect, it } from 'vitest';
import { parseDocNumber } from '../../../src/domain/doc-number';
import { firstMeaningfulLine, isPageInfo, isProvenance, numberAt, recipientsOf, titleText } from '../../../ingest/stages/read-text-header';

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
    // The name of the file a page attaches: its title without the extension.
    ['某县自然灾害应急预案(2023版).docx', '某县自然灾害应急预案(2023版)'],
    ['关于印发某县防汛预案的通知.pdf', '关于印发某县防汛预案的通知'],
    // Two titles in 书名号 on one line are not one title wrapped: kept as printed.
    ['《某方案》和《某办法》', '《某方案》和《某办法》'],
    // A title in 书名号 split over lines: its first line loses the opening mark, its last the closing one.
    ['《某县人民政府关于全县', '某县人民政府关于全县'],
    ['推进殡葬领域综合改革的通告》', '推进殡葬领域综合改革的通告'],
    // MUST NOT: a 书名号 pair split inside a title's line (关于印发《某市 / …计划》的通知) stays.
    ['关于印发《某市全域旅游', '关于印发《某市全域旅游'],
    ['三年行动计划》的通知', '三年行动计划》的通知'],
    // The empty cells a table flattened with pipes leaves after a title.
    ['某领域基层政务公开标准目录(试行) | ||||||||||||||', '某领域基层政务公开标准目录(试行)'],
    // Must not: a list titled 目录 (…事项目录) stays a title.
    ['某县行政许可事项目录', '某县行政许可事项目录'],
    // A campaign a title names in quotation marks keeps its own comma.
    ['关于县“聚民意，惠民生”行动第10109号人大代表建议办理情况的答复函', '关于县“聚民意，惠民生”行动第10109号人大代表建议办理情况的答复函'],
    ['关于县“聚民意,惠民生”行动第1号建议的答复函', '关于县“聚民意,惠民生”行动第1号建议的答复函'],
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
    ['a field\'s label alone', '出处'],
    ['a field\'s label alone, with its colon', '公开日：'],
    ['a metadata label alone', '发文字号'],
    // 目录 is a 文种 (某某事项目录), but alone it heads a law's chapters or a 公文's attachments.
    ['a 目录 heading', '目 录'],
    ['a 目录 heading without spaces', '目录'],
    // MUST-NOT: a comma outside the quotation marks is the sentence's.
    ['a sentence quoting a slogan', '开展“聚民意，惠民生”行动，收集建议120条'],
    ['a quotation holding a full stop', '关于“某事。另一事”的通知'],
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
    // A joint notice's long list of organs, the colon ending it.
    [`甲市、乙地区、各自治州${'卫生局、教育局、公安局、民政局、财政局、'.repeat(8)}甲省科技厅、某铁路公司:`, undefined, `甲市、乙地区、各自治州${'卫生局、教育局、公安局、民政局、财政局、'.repeat(8)}甲省科技厅、某铁路公司`],
    // A list of organs that lost its colon, right before the body's first sentence (or the blank before it).
    ['各街道办事处,区级各部门,某新区管委会', '《某细则》已经区政府常务会审议通过,现印发你们,请认真遵照执行。', '各街道办事处,区级各部门,某新区管委会'],
    ['各乡镇人民政府、县直各单位', '', '各乡镇人民政府、县直各单位'],
    ['县人民代表:', undefined, '县人民代表'],
    // A site's English caption glued before the 主送机关 is not part of it.
    ['Policies and regulations各区人民政府,市政府各委、办、局:', undefined, '各区人民政府,市政府各委、办、局'],
    // One Latin word is a name's part (a placeholder XX县), kept.
    ['XX县人民政府办公室:', undefined, 'XX县人民政府办公室'],
    // A gazette's abstract: the red head and the number glued before the 主送机关 are the head's, not the addressee's.
    ['某市人民政府办公厅文件某办发[2012]238号各区县(自治县)人民政府,市政府有关部门,有关单位:当前,全市各地持续高温。', undefined, '各区县(自治县)人民政府,市政府有关部门,有关单位'],
    // A red head and the number glued before the list, as an abstract page prints them, are the page's head.
    ['某省人民政府文件某政发[2021]19号各市人民政府,省政府各厅委、各直属机构:根据有关要求,现通知如下。', undefined, '各市人民政府,省政府各厅委、各直属机构'],
  ])('%j', (line, next, recipients) => {
    expect(recipientsOf(line, next)).toBe(recipients);
  });

  it.each([
    ['附件:'],
    ['为切实做好秸秆禁烧工作,现就有关事项通告如下:'],
    ['一、总体要求'],
    ['经研究,同意你局意见。请按照规定办理:'],
    // A portal's metadata printed as a list: a label, not the 主送机关.
    ['  • 相关单位:'],
    ['● 各乡镇人民政府:'],
    // A page's stamp whose labels the cleaning did not know.
    ['2014-04-24 10时36分浏览人次:'],
    ['发布于 2021年3月5日 09:30 阅览单位:'],
    // A consultation form's labels: they name no addressee.
    ['时限:'],
    ['主题:'],
    ['征集状态:'],
    ['结果反馈日期:'],
    // An item of a list of duties that an excerpt opens with.
    ['14.市卫生局:负责医院周边环境秩序综合整治的协调工作;'],
    ['（三）县水利局：负责水利工程的安全度汛。'],
    // A long text before a colon that is a sentence, not a list.
    [`为做好某项工作${'，切实加强组织领导和统筹协调'.repeat(12)}，现将有关事项通知如下：`],
    // A decision announcing the list it repeals, and a condition before its consequence: sentences.
    ['为维护法治统一,市政府决定对以下2件市政府规章予以废止:'],
    ['市政府决定对以下2件市政府规章予以废止：'],
    ['决定废止下列规章：'],
    ['同时满足以下条件时，由启动响应的组织和单位终止应急响应：'],
    // An English caption does not make the sentence after it a 主送机关.
    ['Policies and regulations为做好防汛工作,现将有关事项通知如下:'],
    // MUST NOT: a red head before a sentence is no list's.
    ['某省人民政府文件某政发[2021]19号为做好防汛工作,现将有关事项通知如下:'],
  ])('%j names no recipients', (line) => {
    expect(recipientsOf(line)).toBeUndefined();
  });

  it.each([
    ['organs without a colon, then no sentence', '各乡镇人民政府,县直各单位', '一、总体要求'],
    ['a line opening with 各 that is a sentence\'s start', '各单位要高度重视,认真组织', '确保取得实效。'],
    ['a title line before the body', '各乡镇防汛工作的通知', '为做好防汛工作,现通知如下。'],
    ['a list whose part is no organ', '各乡镇人民政府,认真落实', '请认真执行。'],
  ])('no colon, no recipients: %s', (_, line, next) => {
    expect(recipientsOf(line, next)).toBeUndefined();
  });
});

describe('firstMeaningfulLine', () => {
  const first = (lines: string[]) => firstMeaningfulLine(lines, lines.map((_, i) => i));

  it.each([
    ['a site name and its address above the text', ['某县人民政府', 'www.example.gov.cn', '各乡(镇)人民政府:', '《某县某预案》已经县人民政府同意,现印发给你们。'], '《某县某预案》已经县人民政府同意,现印发给你们'],
    ['a number and recipients first', ['某政发〔2022〕1号', '各单位:', '为做好某事,现通知如下。'], '为做好某事,现通知如下'],
    ['a table of a page\'s fields flattened with pipes first', ['地区: | 某县 |', '网址: | 进入网上办事大厅 |', '第一条 某县某局是县政府工作部门。'], '第一条 某县某局是县政府工作部门'],
    ['a line of content first', ['某县某乡村振兴工作情况', '一、基本情况'], '某县某乡村振兴工作情况'],
    // A column wrapped the first sentence: it goes on over full lines, to its end or 60 characters.
    ['a sentence wrapped at a column', ['鉴于某水库灌区五条干渠淤积严重,为确保春耕生', '产农田灌溉,经县政府研究,原则同意县水务局的请示。', '特此批复。'], '鉴于某水库灌区五条干渠淤积严重,为确保春耕生产农田灌溉,经县政府研究,原则同意县水务局的请示'],
    ['a sentence ended half-width', ['为做好某项工作,现对任务进行细化分解.各单位要认真落实.'], '为做好某项工作,现对任务进行细化分解'],
    ['a decimal and an outline number, no sentence end', ['按1.5倍标准执行,详见3.2节'], '按1.5倍标准执行,详见3.2节'],
    ['a heading with no mark, then an outline item', ['某县防汛抗旱应急预案—2023年修订版本', '1 总则'], '某县防汛抗旱应急预案—2023年修订版本'],
    ['a line ending in a colon, then the first item', ['你乡呈送的《关于申请批复某乡总体规划的请示》收悉,现批复如下:', '一、同意批准实施《某乡总体规划》。'], '你乡呈送的《关于申请批复某乡总体规划的请示》收悉,现批复如下:'],
    ['an excerpt opening inside a list, a sentence after it', ['3.某某局:负责某项工作。', '4.某某局:负责另一项工作。', '为做好某项整治工作,现提出如下分工。'], '为做好某项整治工作,现提出如下分工'],
    ['an excerpt of items only', ['3.某某局:负责某项工作。', '4.某某局:负责另一项工作。'], '3.某某局:负责某项工作'],
    // A table row that opens with its pipe (| 标题: | … |) is a field, never a title.
    ['a flattened table whose rows open with a pipe', ['| 标题: | 《政府工作报告》有关说明 | ||', '| 索引号: | 1137/2019-1613108 |', '《政府工作报告》有关说明'], '《政府工作报告》有关说明'],
    // A line that is one bracketed remark (a 题注, a draft's mark) says something about the document.
    ['a 题注 of number and date above the articles', ['(公法制2号 1989年10月30日)', '第一条 为加强某项管理,制定本规定。'], '第一条 为加强某项管理,制定本规定'],
    ['a draft\'s mark above the name', ['（征求意见稿）', '某县农村集体资产管理办法', '第一条 为规范管理,制定本办法。'], '某县农村集体资产管理办法'],
    // A portal's clock (a date with its weekday) over a news page is no stand-in for its headline.
    ['a portal\'s date of today above a headline', ['2024年11月23日 星期六 |', '我县召开人大代表建议意见和政协委员提案交办会', '3月24日，我县召开交办会。'], '我县召开人大代表建议意见和政协委员提案交办会'],
    ['a publicity note above the heading', ['2020年9月10日', '(此件公开发布)', '市政府重大政策文件解读制度', '第一条 为提升解读质量，制定本制度。'], '市政府重大政策文件解读制度'],
    ['a headline\'s exclamation after a word or two', ['最全!一图读懂2023年《政府工作报告》', '3月5日上午9时,会议开幕。'], '最全!一图读懂2023年《政府工作报告》'],
    // A service standard's name with its first heading run on after a space (a forum's repost).
    ['a name with its first numbered heading run on', ['社会保障卡制作发放及管理 一、范围', '本标准规定了社会保障卡制作发放及管理的实施机关、承办机构、实施依据。'], '社会保障卡制作发放及管理'],
    ['a name with a bracketed heading run on', ['某县养犬管理办法 （一）总则', '第一条 为规范养犬行为，制定本办法。'], '某县养犬管理办法'],
    // A plan's or a rule's body that lost its head opens with its outline's headings: none stands in.
    ['a plan body opening at 1.1', ['1.总则', '1.1编制目的', '健全重污染天气应急响应机制,保障公众健康。', '1.2编制依据'], '健全重污染天气应急响应机制,保障公众健康'],
    ['a rule\'s table of contents above its articles', ['目 录', '第一章 总 则', '第二章 自治机关、人民法院和人民检察院', '第三章 经费', '第四章 监督', '第五章 附 则', '第一章 总 则', '第一条 为规范某项工作,制定本条例。'], '第一条 为规范某项工作,制定本条例'],
    ['a rule body opening at its chapter', ['第一章 总 则', '第一条 为规范某项工作,制定本办法。'], '第一条 为规范某项工作,制定本办法'],
    // MUST-NOT: a sentence whose 、 lists things, and a heading number inside words (no space before it).
    ['a heading number inside a name', ['某县一、二季度工作要点', '一、总体要求'], '某县一、二季度工作要点'],
    ['a sentence opening with a decimal', ['1.5倍以上的超标排放,由县生态环境局依法查处。', '各乡镇要加强巡查。'], '1.5倍以上的超标排放,由县生态环境局依法查处'],
    ['a sentence opening with a chapter', ['第一章所列事项由县政府负责解释。', '各乡镇要加强巡查。'], '第一章所列事项由县政府负责解释'],
    // MUST-NOT: a date without its weekday opening a sentence stays.
    ['a sentence opening with a date', ['2024年11月23日，县政府召开常务会议。'], '2024年11月23日，县政府召开常务会议'],
  ])('skips %s', (_, lines, expected) => {
    expect(first(lines)).toBe(expected);
  });

  // MUST-NOT: a sentence that goes on after a half-width mark past a few words is cut there.
  it('cuts a sentence at its half-width end when what comes before is a sentence', () => {
    expect(first(['各单位要认真落实!请于月底前报送。'])).toBe('各单位要认真落实');
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
    // An upward document (请示, 报告) prints who signed it after its number.
    [['甲县人民政府文件', '甲政报〔2023〕7号                签发人：王某某'], 1, '甲政报〔2023〕7号', '甲政报〔2023〕7号'],
    [['甲县人民政府文件', '甲政报〔2023〕8号   签 发 人：王某某  李某'], 1, '甲政报〔2023〕8号', '甲政报〔2023〕8号'],
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
    [['甲县人民政府', '签发人：王某某'], 1],
    [['甲县人民政府', '依据甲政发〔2022〕3号 签发人：王某某'], 1],
  ])('%j row %i holds no number', (lines, k) => {
    expect(at(lines, k)).toBeUndefined();
  });
});
