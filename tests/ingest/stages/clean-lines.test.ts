import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { textToSourceText } from '../../../ingest/read/text';
import { cleanLines } from '../../../ingest/stages/clean-lines';
import type { SourceText } from '../../../src/model';

const source = { path: 'page.txt', sha256: '0'.repeat(64), format: 'text' as const };
const clean = (...lines: string[]): SourceText => cleanLines({ source, lines: lines.map((text) => ({ text })), messages: [] });
const textsOf = (...lines: string[]) => clean(...lines).lines.map((l) => l.text);

describe('cleanLines', () => {
  // Page furniture seen on real saved pages (../shared/corpus/real/docs): the line is emptied.
  it.each([
    ['当前位置：首页 > 政务公开 > 政策文件'],
    ['您现在的位置：首页 > 信息公开'],
    ['您所在的位置:首页->信息公开->行政决策公开->法规文件->政府文件->兴政办发'],
    ['您当前的位置是:首页> 专题报道> 河长制> 工作动态'],
    ['首页 > 政务公开 > 政策 > 行政规范性文件 > 市政府办公室行政'],
    ['> 信息公开 > 党政文件 > 政府文件 > 陇政办发 '],
    ['资讯首页 > 农业快讯'],
    // A breadcrumb whose separators were images, left as spaces: a part before the last ends in 首页.
    ['EHS中国 法规首页 太原市消防条例'],
    ['网站首页 政务公开 政策文件'],
    ['當前位置:名人名言大全網 - 端午節短信 - 信陽息縣全面禁止燃放煙花爆竹的通知'],
    ['字号：大 中 小'],
    ['【打印】【关闭】'],
    ['打印 关闭'],
    ['【字体:'],
    ['  • 打印'],
    ['分享'],
    ['分享到：'],
    ['分享至朋友圈'],
    ['扫一扫在手机上查看当前页面'],
    ['繁体  |  本网站已经支持IPV6'],
    ['• 无障碍系统'],
    ['长者版 无障碍阅读'],
    ['无障碍浏览'],
    ['微信好友 QQ好友 QQ空间 新浪微博'],
    ['扫码浏览'],
    // A site's search box, alone on its line above the title.
    ['智能检索'],
    ['站内搜索'],
    // A portal's switch to its English site, alone on its line above the title.
    ['EN'],
    ['English'],
    ['网站支持IPV6 | 关怀版 | 适老化模式'],
    ['欢迎进入某某市某某区人民政府网站!'],
    ['朗读'],
    ['文章播报'],
    ['语音播报  分享'],
    ['浏览次数:'],
    ['- 浏览次数:'],
    ['来源:珲春示范区网 2017-12-13 14:19 作者:中共珲春市委办公室、珲春市人民政府办公室 浏览次数:'],
    ['2017-08-07 来源:本站 | 阅读量:3126'],
    // The label right after a stamp's last unit.
    ['2014-04-24 10时36分浏览次数:'],
    ['2017年10月23日 09:24来源:桂东县人民政府点击量:0'],
    ['日期:2024-01-10 15:30 来源:五大连池市人民政府办公室'],
    ['发布时间:2018-09-04 00:00 来源:卢氏县县政府'],
    ['  • 发布时间: 2019-08-27 11: 04'],
    ['作者:法律资料网 时间:2024-07-06 04:34:58  浏览:8616   来源:法律资料网'],
    ['信息来源: 县民政局'],
    ['下载地址: 点击此处下载'],
    ['编辑:admini'],
    ['相关推荐'],
    ['相关推荐\u3000'],
    ['网友评论'],
    // A portal's section caption above a page of its 政府信息公开.
    ['政府信息公开'],
    ['政务公开'],
    ['本内容不代表本网观点和政治立场,如有侵犯你的权益请联系我们处理。'],
    ['网友评论仅供其表达个人看法,并不表明网站立场。'],
    ['上一篇：关于做好2023年防汛工作的通知'],
    // A portal side box's caption, alone on its line (real: between the title and the recipients).
    ['相关办事指南'],
    ['相关文件：'],
    ['相关解读'],
    ['附件下载'],
    // An e-paper's navigation between its pages.
    ['«上一版     本期共4版, 当前第4版 PDF'],
    ['本期共8版，当前第1版  下一版»'],
    ['Produced By 大汉网络 大汉版通发布系统'],
    ['社会主义核心价值观:  富强、  民主、  文明、  和谐'],
    ['| | | |'],
    ['久久精品国产精品亚洲毛片_国产丰满乱子伦无码专_亚洲国产成人片在线观看'],
    ['365bet娱乐在线'],
    ['青青久久成人免费视频,精品久久久高清在线'],
    ['本页位置: 首页新闻中心国内新闻'],
    // A forum's lines around a post, and a line of nothing but its anti-copy string.
    ['本帖最后由 某某论坛 于 2020-8-14 21:09 编辑 8 h/ [1 P5 b% n: z) O) A# i7 ?'],
    ['马上注册,结交更多好友,享用更多功能,让你轻松玩转某某网。'],
    ['您需要 登录 才可以下载或查看,没有账号?注册'],
    // A portal's date widget, its value filled by script or printed.
    ['今天是:'],
    ['今天是：2023年5月1日 星期一'],
    // A forum's user panel beside a post (Discuz: mood, sign-in days and level, post time).
    ['TA的每日心情 | 开心 2021-10-13 16:10 |'],
    ['簽到天數: 405 天 [LV.9]大名鼎鼎'],
    ['发表于 2021-10-13 16:10 | 只看该作者'],
    ['5 g$ }8 p D/ w4 q9 f: u% P9 {$ x5 ?'],
    // A document-sharing or journal site's lines around the excerpt it shows.
    ['论文部分内容阅读'],
    ['下载到本地 , 更方便阅读'],
    ['声明 : 本文档内容版权归属内容提供方 , 如果您对本文有版权争议 , 可与客服联系进行内容授权或下架'],
    ['来源 :湖南政报 | 被引量 : 0次 | 上传用户:ppcppc825406'],
    // A page's label alone on its line announcing the text below it.
    ['文章全文:'],
    ['正文：'],
    ['全文内容 :'],
  ])('%j is page furniture', (line) => {
    expect(textsOf('关于做好秸秆禁烧工作的通知', line)).toEqual(['关于做好秸秆禁烧工作的通知', '']);
  });

  // Real body sentences with the same words, and the 政府信息公开 metadata the header reads: kept.
  it.each([
    ['请各单位于5月10日前将报表打印并加盖公章后报送县财政局。'],
    ['资金来源：县级财政预算安排。'],
    ['来源于群众的意见建议要及时办理。'],
    ['鼓励分享经济、平台经济健康发展。'],
    ['分享发展成果'],
    ['开设长者版专区,方便老年人办理业务。'],
    ['欢迎进入新时代,共创美好生活,我们在行动。'],
    ['县政府网站首页开设专栏，集中公开政策文件。'],
    // Must not: spaced words with 首页 only last, or in a sentence, or two parts.
    ['关于 调整 首页'],
    ['请登录 网站首页 查询办理结果。'],
    ['网站首页 政务公开'],
    ['时间：2023年5月10日上午9时'],
    // A notice's window under 时间：, its hours joined (a CMS stamps one instant).
    ['1.时间:2025年2月12日(正月十五)18:30至活动结束。'],
    ['时间：2023年1月20日 17:00—22:30'],
    ['一、会议时间：2023年5月10日'],
    ['本期共印发4版宣传册。'],
    ['上一版本的预案同时废止。'],
    ['三、相关文件'],
    ['相关文件同时废止。'],
    ['附件下载后请按要求填写。'],
    ['相关办事指南由各部门负责编制。'],
    // MUST-NOT: the same words inside a sentence of the text.
    ['请将论文部分内容阅读后提出修改意见。'],
    ['文件可下载到本地打印,更方便阅读和保存。'],
    // MUST-NOT: the label with its value, or the word in a line of the text.
    ['正文：见附件'],
    ['全文共分五章'],
    ['正文'],
    // MUST-NOT: a line holding EN beside words of its own is text.
    ['EN 13485质量管理体系认证'],
    // MUST-NOT: a search word inside a line of the text.
    ['检索结果请于月底前报送。'],
    ['搜索引擎优化服务采购公告'],
    ['优先级：一级>二级>三级'],
    ['PM2.5>75微克/立方米时启动应急响应'],
    ['主办单位：县文化和旅游局'],
    ['大'],
    ['欢迎社会各界和广大群众进行监督。'],
    // MUST-NOT: a sentence that reports a date it was posted on, sign-in counted by a rule.
    ['今天是：全国“119”消防宣传日，各单位要开展消防演练。'],
    ['发表于2021年第3期《某县政报》。'],
    ['签到天数满20天的职工方可参加评优。'],
    ['发布日期:2018-07-09'],
    ['- 发布日期:2021-07-19'],
    ['索引号 11370832004235253L/2023-05260 成文时间 2023-03-10'],
    ['发布机构 梁山县人民政府办公室 组配分类 梁政发'],
    ['文 号 | 涟政办发〔2021〕12号 | 分 类 | 政府文件 | |'],
    ['发文机关: | 盘锦市政府 | 成文日期: | |'],
    ['- 发文字号:阿行发〔2021〕42号'],
    ['有效性 有效'],
    ['标题'],
    ['中国达川门户网站可查询区政府规范性文件发布情况。'],
    ['曲泾路'],
    ['(Qǔjīng Lù)'],
    ['1.新民路(Xin Min Lu),位于城区,南起尚德路,北至崇文路(原新民巷);'],
    // A simplified line glossing a name in lower-case pinyin keeps it.
    ['沿河路(yan)段'],
    ['文化娱乐场所应当落实消防安全责任。'],
    ['中国福利彩票发行管理中心'],
    // Short ASCII tokens that are no anti-copy string: an enumeration, a formula, codes, Latin words.
    ['选项 (1) (2) (3) (4) (5) (6) 任选其一'],
    ['分为 (a) (b) (c) (d) (e) (f) 六类'],
    ['代码 A1 B2 C3 D4 E5 F6 对应六个片区'],
    ['计算公式为 x = a + b * c / d 其中'],
    ['执行 GB/T 39677-2020 和 HJ 2.2-2018 标准'],
    ['等级分为 A B C D E F 六级'],
    ['联系电话：0359-1234567 邮编：043200'],
  ])('%j is kept as written', (line) => {
    expect(textsOf(line)).toEqual([line]);
  });

  it.each([
    // A metadata line keeps its field and loses the CMS fields after it.
    ['发布日期:2019年12月31日 10:46:11来源:阅读:字体大小:[ 大 ] [ 小 ]', '发布日期:2019年12月31日 10:46:11'],
    ['发布日期:2018-07-09     浏览次数:', '发布日期:2018-07-09'],
    // Traditional-script mirrors, with the pinyin they leave after a character.
    ['絳政辦發(fā)〔2023〕14號', '绛政办发〔2023〕14号'],
    ['各鎮(zhèn)人民政府,縣政府各有關(guān)部門:', '各镇人民政府,县政府各有关部门:'],
    ['金政辦﹝2019﹞33號', '金政办﹝2019﹞33号'],
    // The ratio sign a page typed for a colon.
    ['各省、自治区、直辖市人民政府，国务院各部委、各直属机构∶', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：'],
    // … and the toneless pinyin some leave, with the space after it.
    ['關(guan) 於(yu) 加強地名規範管理工作的通知', '关于加强地名规范管理工作的通知'],
    ['萬(wan) 州府辦〔2018〕85號', '万州府办〔2018〕85号'],
    // Letters in brackets that are no syllable stay, even on a folded line.
    ['請下載手機(app)或訪問網站(www)', '请下载手机(app)或访问网站(www)'],
    // Spam words in place of an organ's name.
    ['双政通〔2018〕2号 365bet娱乐在线关于关停禁养区内畜禽养殖场的通告', '双政通〔2018〕2号 关于关停禁养区内畜禽养殖场的通告'],
    // HTML left in the text.
    ['<p>满足下列条件之一时，启动三级响应。</p>', '满足下列条件之一时，启动三级响应。'],
    ['各乡镇人民政府&nbsp;县直各有关单位&#65306;', '各乡镇人民政府 县直各有关单位：'],
    // Every HTML entity (&yen;, &rarr;), but only with its semicolon: R&D and &copy without one are text.
    ['补助标准&yen;500元&rarr;&ensp;详见附件', '补助标准¥500元→ 详见附件'],
    ['R&D投入 &copy 本站', 'R&D投入 &copy 本站'],
    ['《关于全面推行河长制的意见<关于印发>的通知》', '《关于全面推行河长制的意见<关于印发>的通知》'],
    // A tag the line ends inside, its > lost with the next line; a comparison is no tag.
    ["各县(市、区)人民政府：<P style='LAYOUT-GRID-MODE: char; TEXT-ALIGN: center;", '各县(市、区)人民政府：'],
    ['当 a<b 且 c = 1 时', '当 a<b 且 c = 1 时'],
    // A forum's anti-copy strings glued before and after a post's Chinese text.
    ['! ]3 H$ V) F- q W# i- C某某市地名委员会关于公开征集地名命名的公告', '某某市地名委员会关于公开征集地名命名的公告'],
    ['; n. `8 t% l+ ]0 O7 h) E. r+ x为规范城镇管理,提升城区地名文化品位。', '为规范城镇管理,提升城区地名文化品位。'],
    ['现将有关事宜公告如下： # Z, t1 C" A: d2 \\5 ~- V& B) [2 i: s% @% l* D L', '现将有关事宜公告如下：'],
    // Half-width CJK punctuation forms.
    ['现将有关事项通知如下｡', '现将有关事项通知如下。'],
    // Punctuation a PDF font mapped to Yi syllables.
    ['省政府各委办厅局ꎬ现印发给你们ꎬ请认真贯彻执行ꎮ', '省政府各委办厅局，现印发给你们，请认真贯彻执行。'],
  ])('%j → %j', (line, cleaned) => {
    expect(textsOf(line)).toEqual([cleaned]);
  });

  it('drops the second copy of a page printed twice, keeping the first', () => {
    const body = ['鉴于通济桥水库灌区五条干渠淤积严重,为确保春耕生产农田灌溉,促进农业增效、农民增收,经县政府研究,原则同意县水务局《关于统一布置通济桥水库灌区干渠清淤工作的请示》意见。', '特此批复。', '二OO五年四月二十九日'];
    const result = clean('县水务局:', ...body, ...body, '信息来源:县政府办公室');
    expect(result.lines.map((l) => l.text)).toEqual(['县水务局:', ...body, '', '', '', '']);
    expect(result.messages.map((m) => m.message).join('\n')).toMatch(/第 5 行起的第二份 \(3 行\)/);
  });

  it.each([
    ['a title printed twice', ['「通告」前郭县人民政府关于严禁露天焚烧农作物秸秆的通告', '时间:2021-05-13', '「通告」前郭县人民政府关于严禁露天焚烧农作物秸秆的通告', '为切实做好农作物秸秆禁烧和综合利用工作,改善大气环境质量。']],
    ['the same short lines in two documents', ['各乡镇人民政府,县直各有关单位:', '现将《方案》印发给你们,请认真贯彻执行。', '稷山县人民政府办公室', '各乡镇人民政府,县直各有关单位:', '现将《方案》印发给你们,请认真贯彻执行。']],
    ['a heading on broadcasting, no button', ['文章播报工作', '关于做好语音播报系统建设的通知']],
  ])('keeps %s', (_, lines) => {
    expect(textsOf(...lines)).toEqual(lines);
  });

  it('records what it removed as info messages with counts', () => {
    const result = clean('当前位置：首页 > 政务公开', '【打印】【关闭】', '浏览次数:', '關于全縣禁止燃燒木柴的通知', '各鄉鎮人民政府:');
    expect(result.messages).toEqual([
      { level: 'info', origin: 'clean-lines', message: expect.stringContaining('已将 2 行繁体字转为简体') },
      { level: 'info', origin: 'clean-lines', message: expect.stringContaining('已去除 3 行网页元素：导航 1、按钮 1、来源/浏览等 1') },
    ]);
  });

  it('reads question marks a page put for its ideographic spaces as spaces, beside Chinese only', () => {
    expect(textsOf('某省人民政府????????', '2023年1月19日????', '（此件公开发布）')).toEqual(['某省人民政府\u3000\u3000\u3000\u3000\u3000\u3000\u3000\u3000', '2023年1月19日\u3000\u3000\u3000\u3000', '（此件公开发布）']);
    expect(textsOf('What?? Why??', '是否已办理??', 'a ?? b')).toEqual(['What?? Why??', '是否已办理\u3000\u3000', 'a ?? b']);
  });

  // A journal's abstract page runs the document's text on after its label (摘 要: | …): the label goes.
  const TEXT = '各区县人民政府，市政府各部门：为做好就业工作，经市政府同意，在全市开展评选。现将有关事项通知如下：';
  it.each([
    [`摘 要: | ${TEXT}`, TEXT],
    [`摘要：${TEXT}`, TEXT],
    [`【摘要】：${TEXT}`, TEXT],
    // Must not: a label not opening the line, or before a short field value, stays for the other rules.
    [`现将会议纪要摘要如下：${TEXT}`, `现将会议纪要摘要如下：${TEXT}`],
    [`${TEXT}内容摘要：见附件。`, `${TEXT}内容摘要：见附件。`],
  ])('%j', (line, kept) => {
    expect(textsOf(line)).toEqual([kept]);
  });

  it('leaves a short abstract field to the CMS rule', () => {
    expect(textsOf('摘要：某县防汛工作')[0]).not.toBe('某县防汛工作');
  });

  it('keeps line numbers and pages: a removed line is left empty', () => {
    const input: SourceText = { source, lines: [{ text: '分享到：', page: 1 }, { text: '特此通知。', page: 1 }], messages: [] };
    expect(cleanLines(input).lines).toEqual([{ text: '', page: 1 }, { text: '特此通知。', page: 1 }]);
  });

  // A page whose line breaks were lost, its breadcrumb or CMS row then the whole document on the
  // same line: the document is kept (broken again where its lines ended), the furniture dropped.
  it.each([
    [`您的位置：首页 > 政策文件 > 某县人民政府关于禁止焚烧秸秆的通告 ${'为保护大气环境，现就有关事项通告如下。'.repeat(8)}`, ['', '某县人民政府关于禁止焚烧秸秆的通告', '为保护大气环境，现就有关事项通告如下。'.repeat(8)]],
    [`2021-05-13 来源：某县人民政府 某县人民政府关于禁止焚烧秸秆的通告 ${'为保护大气环境，现就有关事项通告如下。'.repeat(8)}`, ['2021-05-13', '', '某县人民政府关于禁止焚烧秸秆的通告', '为保护大气环境，现就有关事项通告如下。'.repeat(8)]],
  ])('%j keeps its document', (line, expected) => {
    expect(textsOf(line)).toEqual(expected);
  });

  it('breaks a shorter line only when it holds nearly the whole text (a short document run together)', () => {
    const run = `某县人民政府关于禁止露天焚烧秸秆的通告 县水务局: ${'为保护大气环境，现就有关事项通告如下。'.repeat(7)}`;
    expect(textsOf(run)).toHaveLength(3);
    // The same line among a page's other lines is one of its rows.
    const others = Array.from({ length: 8 }, (_, i) => `第${i + 1}项工作由各乡镇人民政府负责组织实施，县直有关部门配合做好相关工作。`);
    expect(textsOf(run, ...others)).toEqual([run, ...others]);
  });

  it('breaks a page whose line breaks were lost where its lines ended, then cleans each line', () => {
    const body = '为进一步加强秸秆禁烧工作，改善空气质量，根据有关法律法规，现就有关事项通告如下。'.repeat(8);
    const run = `当前位置：首页 > 政务公开 > 政策文件 某县人民政府关于禁止露天焚烧秸秆的通告 某政通〔2017〕6号 ${body}`;
    const out = cleanLines({ source, lines: [{ text: run, page: 1 }], messages: [] });
    expect(out.lines.map((l) => l.text)).toEqual(['', '某县人民政府关于禁止露天焚烧秸秆的通告', '某政通〔2017〕6号', body]);
    expect(out.messages.map((m) => m.message)).toContainEqual(expect.stringContaining('已在 3 处按公文格式恢复换行'));
  });

  it('joins back the lines a narrow column wrapped, judging the column on the lines as read (a pinyin residue taken out after)', () => {
    const para = '你局《关于孟津区城区部分道路命名更名的请示》（孟民〔2024〕30号）已收悉，根据国务院《地名管理条例》和有关规定，现批复如下。';
    const items = ['一', '二', '三'].map((n) => `${n}、本次命名更名的道路，你局要会同公安、财政、住建等部门和有关镇（街道），按照各自职责组织实施。`);
    const wrapped = ['区民政局：', ...[para.replace('城区', '城(chéng)区'), ...items].flatMap((p) => p.match(/.{1,24}/gu)!)];
    const out = cleanLines({ source, lines: wrapped.map((text) => ({ text })), messages: [] });
    expect(out.lines.map((l) => l.text)).toEqual(['区民政局：', para, ...items]);
    expect(out.messages.map((m) => m.message)).toContainEqual(expect.stringContaining('处折行接回'));
  });

  it('returns a clean sample gazette as it came (稷山县 2022年第3期)', () => {
    const file = path.resolve(__dirname, '../../../data/samples/jishan-2022-03.txt');
    const input = textToSourceText(readFileSync(file, 'utf8'), source);
    expect(cleanLines(input)).toBe(input);
  });
});

describe('cleanLines: a database\'s mark before an abstract\'s text', () => {
  it.each([
    ['<正>鲁政办字〔2022〕60号各市人民政府,省政府各部门:', '鲁政办字〔2022〕60号各市人民政府,省政府各部门:'],
    ['  <正>京政发[2015]17号为有效降低机动车污染物排放,现就有关事项通告如下:', '京政发[2015]17号为有效降低机动车污染物排放,现就有关事项通告如下:'],
    ['【正】鄂政办发[2007]114号各市、州、县人民政府,省政府各部门:', '鄂政办发[2007]114号各市、州、县人民政府,省政府各部门:'],
  ])('%s opens with what follows the mark', (line, kept) => {
    expect(textsOf(line)).toEqual([kept]);
  });

  // MUST NOT: the mark inside a line, or 正 in brackets of a text's own, stays.
  it.each([['第一条<正>文如下'], ['〈正式文本〉以本件为准。'], ['正文如下：']])('%s is kept', (line) => {
    expect(textsOf(line)).toEqual([line]);
  });
});

describe('cleanLines: a journal database\'s labels and records around an abstract', () => {
  const TEXT = '各市、县(区)人民政府,省人民政府各工作部门: 防汛工作事关全局。';
  // 摘要 alone heads the abstract (its 主送机关 is the text's first line); the 出处 record goes whole.
  it.each<[string[], string[]]>([
    [['摘要', TEXT], ['', TEXT]],
    [['摘 要：', TEXT], ['', TEXT]],
    [[TEXT, '出处', '《陕西省人民政府公报》', '2000年第7期17-20,共4页'], [TEXT, '', '', '']],
    [['导语:某通知一文来源于网友上传,不代表本站观点,欢迎参考。', TEXT], ['', TEXT]],
  ])('%j', (lines, kept) => {
    expect(textsOf(...lines)).toEqual(kept);
  });

  // MUST NOT: 摘要 in a sentence or opening one, a title naming 摘要.
  it.each([['本摘要仅供参考。'], ['摘要如下：'], ['关于印发某县统计年鉴摘要的通知']])('%s is kept', (line) => {
    expect(textsOf(line)).toEqual([line]);
  });
});

describe('cleanLines on a malformed document number', () => {
  it('keeps 牟政办发〔201746 as written and warns with its line', () => {
    const result = clean('关于做好防汛工作的通知', '牟政办发〔201746', '各乡镇人民政府：');
    expect(result.lines.map((l) => l.text)).toEqual(['关于做好防汛工作的通知', '牟政办发〔201746', '各乡镇人民政府：']);
    expect(result.messages).toEqual([{ level: 'warning', origin: 'clean-lines', message: expect.stringContaining('牟政办发〔201746'), line: 2 }]);
  });

  it('says nothing of a well-formed number', () => {
    expect(clean('稷政办发〔2022〕31号').messages).toEqual([]);
  });
});

describe('cleanLines: the publication stamp of a dropped CMS line', () => {
  const stamped = (...lines: string[]) => clean(...lines).fields?.stampedOn;

  it.each([
    ['2023-03-15 09:12  来源：县医疗保障局 浏览次数：1024', '2023-03-15 09:12'],
    ['2017年10月23日 09:24来源:桂东县人民政府点击量:0', '2017年10月23日 09:24'],
    ['来源：县教育局  发布时间：2023-03-15 09:12 浏览次数：5', '2023-03-15 09:12'],
    ['来源：县教育局 发布日期：2023-03-15', '2023-03-15'],
    ['作者:法律资料网 时间:2024-07-06 04:34:58  浏览:8616   来源:法律资料网', '2024-07-06 04:34:58'],
    ['来源:珲春示范区网 2017-12-13 14:19 作者:中共珲春市委办公室 浏览次数:', '2017-12-13 14:19'],
    ['来源:    信息时间:2023-07-05     阅读次数:', '2023-07-05'],
  ])('%j is stamped %j', (line, stamp) => {
    expect(textsOf(line)).toEqual(['']);
    expect(stamped('某县人民政府关于某事的通知', line, '各乡镇人民政府：')).toBe(stamp);
  });

  it.each([
    ['an update time', '来源：本站 更新时间：2023-03-15 09:12'],
    ['时间 without its clock time (a notice may print its own 时间：)', '来源：本站 时间：2023-03-15'],
    ['a date without a time', '2017-08-07 来源:本站 | 阅读量:3126'],
  ])('%s stamps nothing', (_name, line) => {
    expect(stamped('某县人民政府关于某事的通知', line)).toBeUndefined();
  });

  it('keeps the first stamp, and a stamp the reader gave', () => {
    expect(stamped('2023-03-15 09:12 来源：甲', '2024-01-01 08:00 来源：乙')).toBe('2023-03-15 09:12');
    const given = cleanLines({ source, lines: [{ text: '2023-03-15 09:12 来源：甲' }], messages: [], fields: { stampedOn: '2020-01-01' } });
    expect(given.fields?.stampedOn).toBe('2020-01-01');
  });
});
