import { describe, expect, it } from 'vitest';
import { readHeaderFromText, unbracketLabels } from '../../../ingest/stages/document-head';

// readDocument's head (read-document.ts: readHeaderFromText, unbracketLabels): title, number,
// recipients and where the body starts, as documents and the pages that copy them print them.
// The document as a whole (issuers, pipeline runs) is read-document.test.ts.

describe('readHeaderFromText', () => {
  it.each([
    [
      'title over two lines, number, recipients',
      ['国务院办公厅关于开展', '城镇小区配套幼儿园治理工作的通知', '国办发〔2019〕3号', '各省、自治区、直辖市人民政府，国务院各部委、各直属机构：', '正文。'],
      { title: '国务院办公厅关于开展城镇小区配套幼儿园治理工作的通知', docNumberRaw: '国办发〔2019〕3号', recipients: '各省、自治区、直辖市人民政府，国务院各部委、各直属机构', bodyStart: 3 },
    ],
    [
      'number in round brackets with spaces',
      ['夏县人民政府办公室关于做好2024年度城乡居民基本医疗保险征缴工作的通知', '夏政办函 (2023) 53 号', '各乡（镇）人民政府、县直各有关单位：'],
      { title: '夏县人民政府办公室关于做好2024年度城乡居民基本医疗保险征缴工作的通知', docNumberRaw: '夏政办函(2023)53号', bodyStart: 2 },
    ],
    [
      'no number: the title ends with a document type',
      ['关于2019年部分节假日安排的通知', '各省、自治区、直辖市人民政府：', '经国务院批准，现将安排通知如下。'],
      { title: '关于2019年部分节假日安排的通知', bodyStart: 1 },
    ],
    [
      'no title, no number: the body starts at once',
      ['为深入贯彻党中央、国务院决策部署，特制定以下措施。', '一、保障交通运输畅通。'],
      { bodyStart: 0 },
    ],
  ])('%s', (_, lines, expected) => {
    expect(readHeaderFromText(lines)).toMatchObject(expected);
  });

  it.each([
    ['a date in Arabic numerals', ['稷山县人民政府办公室', '2022年7月8日', '（此件公开发布）'], { signedBy: '稷山县人民政府办公室', date: '2022-07-08', publicity: '此件公开发布' }],
    ['a date in Chinese numerals', ['国家地震局', '一九九七年一月二十日'], { signedBy: '国家地震局', date: '1997-01-20' }],
    ['a spaced date', ['夏县人民政府', '2023 年 7 月 12 日'], { signedBy: '夏县人民政府', date: '2023-07-12' }],
  ])('reads the 落款 with %s', (_, tail, expected) => {
    const header = readHeaderFromText(['关于印发某办法的通知', '某政发〔2022〕1号', '各单位：', '正文。', ...tail]);
    expect(header).toMatchObject(expected);
  });

  it.each([
    ['a red head over the number, a rule under it', ['某省某厅文件', '某发[2006]83号', '------------------', '关于推进某某登记有关问题的通知', '为认真贯彻落实有关文件精神,现就有关问题通知如下。'], ['某省某厅']],
    ['a red head right above the title', ['某县人民政府文件', '关于加强某某工作的通知', '各乡镇人民政府:'], ['某县人民政府']],
    ['an organ\'s line over the number (a law database\'s entry)', ['关于印发某办法的通知', '某地区行政公署办公室', '某署办发[2008]63号', '关于印发某办法的通知', '各县人民政府:', '现印发你们。'], ['某地区行政公署办公室']],
    ['a site\'s line over the number that names no organ', ['某某法律资料网 首页', '某署办发[2008]63号', '关于印发某办法的通知', '各县人民政府:'], []],
    ['no red head: a page title over the number', ['某省关于推进某某登记有关问题的通知公告', '某发[2006]83号', '关于推进某某登记有关问题的通知', '各单位:'], []],
  ])('takes the organ of %s', (_, lines, headIssuers) => {
    expect(readHeaderFromText(lines).headIssuers).toEqual(headIssuers);
  });

  it.each([
    ['a sentence before the date is not a signer', ['请认真贯彻执行。', '2022年7月8日'], 'signedBy'],
    ['a date inside a sentence is not a 落款', ['本办法自2022年7月7日起施行。'], 'date'],
  ])('%s', (_, tail, field) => {
    const header = readHeaderFromText(['关于印发某办法的通知', '某政发〔2022〕1号', '各单位：', '正文。', ...tail]);
    expect(header).not.toHaveProperty(field);
  });
});

describe('unbracketLabels', () => {
  it.each([
    ['[ 成文日期 ] 2022-04-29', '成文日期：2022-04-29'],
    ['[ 索引号 ] 11530000/2022-00123 [ 发布日期 ] 2022-05-06', '索引号：11530000/2022-00123 发布日期：2022-05-06'],
    ['【发文字号】某政发〔2022〕1号', '发文字号：某政发〔2022〕1号'],
    ['［发 文 机 关］某县人民政府办公室', '发 文 机 关：某县人民政府办公室'],
  ])('%j → %j', (line, expected) => {
    expect(unbracketLabels(line)).toBe(expected);
  });

  it.each([['(一)总体要求'], ['某政发〔2022〕1号'], ['根据《某办法》[2019]规定执行'], ['[1]某某']])('%j keeps its brackets', (line) => {
    expect(unbracketLabels(line)).toBe(line);
  });

  it.each([
    ['发文单位', '发文单位:某县应急管理局', '某县应急管理局'],
    ['编制单位', '编制单位:某县应急管理局', '某县应急管理局'],
    ['a bracketed 发文单位', '[ 发文单位 ] 某县应急管理局', '某县应急管理局'],
    ['发布机构, a publisher', '发布机构:某县人民政府办公室', undefined],
  ])('takes the issuing body from %s', (_, line, issuer) => {
    const header = readHeaderFromText(['索引号:123/2022-01', line, '关于做好某某工作的通知', '各乡镇:', '为做好某某工作,现通知如下。']);
    expect(header.fields.issuingBody).toBe(issuer);
  });

  it('reads a block of bracketed labels as the document\'s fields', () => {
    const header = readHeaderFromText(['[ 发文机关 ] 某县人民政府办公室', '[ 成文日期 ] 2022-04-29', '[ 发文字号 ] 某政办发〔2022〕12号', '某县人民政府办公室关于印发某某方案的通知', '各乡镇人民政府:', '现将方案印发给你们。']);
    expect(header.fields).toMatchObject({ date: '2022-04-29', docNumber: '某政办发〔2022〕12号' });
    expect(header.title).toBe('某县人民政府办公室关于印发某某方案的通知');
  });
});

describe('readHeaderFromText on pages as mirror sites and portals print them', () => {
  it.each([
    [
      'a 公示 wrapping the 通知 it publishes: the 通知 is the document, the 公示 text stays in the body',
      ['# source: http://www.example.gov.cn/archives/1/ (pages corpus, page-start excerpt)', '某县人民政府关于对《某方案》的公示', '来源:某县网 2017-12-13 14:19 浏览次数:', '为进一步加强监督,现将《某方案》进行公示,欢迎社会各界监督。', '附件:', '某县委办公室 某县人民政府办公室', '关于印发《某方案》的通知', '某办发〔2017〕19号', '各乡镇人民政府:', '现印发给你们。', '某县委办公室', '某县人民政府办公室', '(此件发至乡)   2017年6月13日'],
      { title: '某县委办公室 某县人民政府办公室关于印发《某方案》的通知', docNumberRaw: '某办发〔2017〕19号', titleIssuers: ['某县委办公室', '某县人民政府办公室'], signers: ['某县委办公室', '某县人民政府办公室'], date: '2017-06-13', recipients: '各乡镇人民政府' },
      ['为进一步加强监督,现将《某方案》进行公示,欢迎社会各界监督。', '各乡镇人民政府:'],
    ],
    [
      'a metadata block before the head, a 落款 against its fields',
      ['索引号 11370832004235253L/2023-05260 成文时间 2023-03-10', '发布机构 某县人民政府办公室 组配分类 某政发', '某政发【2023】7号关于印发某县突发事件总体应急预案的通知', '发布日期: 2023-03-10 00:00', '各乡镇人民政府:', '现印发给你们。', '某县人民政府', '2023年3月9日', '(此件公开发布)'],
      { title: '关于印发某县突发事件总体应急预案的通知', docNumberRaw: '某政发【2023】7号', signers: ['某县人民政府'], date: '2023-03-09', publicity: '此件公开发布', fields: { date: '2023-03-10' } },
      ['各乡镇人民政府:'],
    ],
    [
      'a number only in a table after the body; a date in Chinese numerals with ○',
      ['关于对2010年度某竞赛活动进行表彰的决定', '经综合检查评定,市政府决定对先进单位进行表彰。', '二○一一年二月二十三日', '索  引  号 文       号 发布机构 发布日期', 'N001-2011-000627 宛政〔2011〕7号', '某市人民政府办公室 2011-03-04'],
      { title: '关于对2010年度某竞赛活动进行表彰的决定', date: '2011-02-23', fields: { docNumber: '宛政〔2011〕7号' } },
      ['经综合检查评定,市政府决定对先进单位进行表彰。'],
    ],
    [
      'traditional script: folded before it is read',
      ['關于調整城鄉最低生活保障標準的通知', '金政辦﹝2019﹞33號', '各鎮人民政府、街道辦事處:', '現將有關事項通知如下。', '金湖縣人民政府辦公室', '2019年3月27日'],
      { title: '关于调整城乡最低生活保障标准的通知', signers: ['金湖县人民政府办公室'], date: '2019-03-27', recipients: '各镇人民政府、街道办事处' },
      ['各鎮人民政府、街道辦事處:'],
    ],
  ])('%s', (_, lines, expected, bodyStartsWith) => {
    const header = readHeaderFromText(lines);
    expect(header).toMatchObject(expected);
    expect(header.body.slice(0, bodyStartsWith.length).map((i) => lines[i])).toEqual(bodyStartsWith);
  });

  it.each([
    ['a number cited in the first sentence is not the own number', ['某市人民政府审议批准了新增道路名称,批准文号:丹政函〔2023〕67号。', '特此公告', '某市民政局', '2023年12月18日'], 'docNumberRaw'],
    ['a CMS time is not 成文日期, nor a 版记 print line', ['某县人民政府关于禁止焚烧秸秆的通告', '2017年10月23日 09:24来源:某县人民政府点击量:0', '为切实做好秸秆禁烧工作,现通告如下:', '一、禁止焚烧。', '某县人民政府办公室2017年5月27日印发'], 'date'],
    ['a date without its year is no date', ['特此通告。', '某县人民政府', '10月14日'], 'date'],
    ['a publisher field is no issuer', ['发布机构: 某县人民政府办公室', '正文。'], 'signedBy'],
  ])('%s', (_, lines, field) => {
    expect(readHeaderFromText(lines)).not.toHaveProperty(field);
  });

  it.each([
    ['应急预案—', ['应急预案—某县森林火灾应急预案', '1 总则', '为有效预防和处置森林火灾，制定本预案。'], '某县森林火灾应急预案'],
    ['政策解读：', ['政策解读：关于《某县宅基地管理办法》的政策解读', '一、起草背景', '为规范宅基地管理，制定本办法。'], '关于《某县宅基地管理办法》的政策解读'],
    ['信息公开｜', ['信息公开｜某县人民政府关于公布清理结果的决定', '某政发〔2021〕3号', '各乡镇人民政府：', '经清理，现将结果公布如下。'], '某县人民政府关于公布清理结果的决定'],
    ['文件 | ', ['文件 | 关于做好冬季供暖工作的通知', '某政办发〔2020〕30号', '各区人民政府：', '现通知如下。'], '关于做好冬季供暖工作的通知'],
    ['通知公告：', ['通知公告：某县人民政府办公室关于印发某预案的通知', '各乡镇人民政府：', '现印发给你们。'], '某县人民政府办公室关于印发某预案的通知'],
  ])('drops a caption %j before a whole title', (_, lines, title) => {
    expect(readHeaderFromText(lines).title).toBe(title);
  });

  it.each([
    ['a page title whose site name was cut off, its bar left', ['某市卫生计生委关于印发某工作要点的通知 |', '各区、县(市)卫生计生局:', '现予以下发。', '某市卫生计生委', '2017年2月22日'], '某市卫生计生委关于印发某工作要点的通知'],
    ['joint organs with 印发 glued to the last, over the 关于 line', ['甲政发〔2025〕4号', '甲市人民政府 甲市中级人民法院印发', '关于完善某机制的意见的通知', '各县(区)人民政府、法院:', '现印发给你们。'], '甲市人民政府 甲市中级人民法院印发关于完善某机制的意见的通知'],
    ['a plan whose stated 标题 holds the organ printed on the row above its name', ['标题：甲镇人民政府自然灾害救助应急预案', '成文日期：2024-03-05', '甲镇人民政府', '自然灾害救助应急预案', '一、总则', '为健全救助体系，制定本预案。'], '甲镇人民政府自然灾害救助应急预案'],
    ['a plan whose stated 标题 names another organ than the row above', ['标题：乙县人民政府自然灾害救助应急预案', '成文日期：2024-03-05', '甲镇人民政府', '自然灾害救助应急预案', '一、总则', '为健全救助体系，制定本预案。'], '自然灾害救助应急预案'],
    ['a title glued to a number whose year the page lost', ['某县某领导小组最新通告', '某县某领导小组办公室关于做好节日期间防控工作通告某防告〔〕2号', '当前，疫情防控形势严峻复杂，现通告如下。'], '某县某领导小组办公室关于做好节日期间防控工作通告'],
    ['joint organs one a line above the 关于 line, signed together on one line', ['中共甲区委', '甲区人民政府', '关于印发某行动方案的通知', '各镇党委、街道党工委:', '现予以印发。', '中共甲区委 甲区人民政府', '2024年4月8日'], '中共甲区委 甲区人民政府关于印发某行动方案的通知'],
    ['joint organs one a line under the number, signed together on two lines', ['乙委发〔2021〕68号', '中共甲镇委员会', '甲镇人民政府', '关于印发某工作方案的通知', '各村党总支、村委会:', '现印发给你们。', '中共甲镇委员会', '甲镇人民政府', '2021年3月11日'], '中共甲镇委员会 甲镇人民政府关于印发某工作方案的通知'],
    ['the same county\'s Party committee over its government, on a page cut before the 落款', ['乙文〔2018〕6号', '中共甲县委', '甲县人民政府', '关于表彰2017年度文明单位的通报', '（2018年2月26日）', '全县各级各部门认真开展文明创建活动。'], '中共甲县委 甲县人民政府关于表彰2017年度文明单位的通报'],
    ['a Party committee over another place\'s government is no joint head', ['中共甲县委', '乙县人民政府', '关于表彰2017年度文明单位的通报', '（2018年2月26日）', '全县各级各部门认真开展文明创建活动。'], '乙县人民政府关于表彰2017年度文明单位的通报'],
    ['a site\'s name above an organ line, not signed with it, is no joint issuer', ['甲区人民政府', '甲区农业农村局', '关于印发某行动方案的通知', '各镇农业站:', '现予以印发。', '甲区农业农村局', '2024年4月8日'], '甲区农业农村局关于印发某行动方案的通知'],
    ['the same organ as a site\'s name above its own title line', ['甲区人民政府', '甲区人民政府', '关于某事的通知', '各镇人民政府:', '现予以通知。', '甲区人民政府', '2024年4月8日'], '甲区人民政府关于某事的通知'],
    ['a law database\'s entry: the organ printed apart under a copy of the title', ['关于印发某活动工作方案的通知', '某部办公厅', '关于印发某活动工作方案的通知', '(某厅函[2007]120号)', '各省劳动保障厅:', '现印发给你们。'], '关于印发某活动工作方案的通知'],
    ['a title wrapped before a year', ['某旗人民政府关于认真做好', '2019年禁牧休牧工作的通告', '各苏木镇人民政府:', '现将有关事项通告如下。'], '某旗人民政府关于认真做好2019年禁牧休牧工作的通告'],
    ['a title wrapped between Latin words', ['某县人民政府关于推进 5G', 'network 建设的通知', '各乡镇人民政府:', '现通知如下。'], '某县人民政府关于推进 5G network 建设的通知'],
    ['a law database\'s entry named after the text the notice issues, the organ printed apart', ['甲市社会养老保险统筹实施办法', '乙省甲市人民政府', '印发甲市社会养老保险统筹实施办法的通知', '甲市府〔2004〕18号', '各县(市、区)人民政府:', '现将《甲市社会养老保险统筹实施办法》印发给你们。'], '印发甲市社会养老保险统筹实施办法的通知'],
  ])('reads the title of %s', (_, lines, title) => {
    expect(readHeaderFromText(lines).title).toBe(title);
  });

  it('reads an interview\'s title that names a document in ASCII angle brackets (…就<意见>答问)', () => {
    const lines = ['本页位置: 首页新闻中心', '某局负责人就某办<意见>答问', '', '2010年1月19日,某办公厅印发了《关于某事的意见》,社会各界高度关注。'];
    expect(readHeaderFromText(lines).title).toBe('某局负责人就某办<意见>答问');
  });

  it('reads organ and 成文日期 from a bulletin\'s header line above the title, when no 落款 follows', () => {
    const lines = ['某县政务督查', '第20期', '某县人民政府督查室           2022年8月19', '关于某项任务落实情况的通报', '各乡镇人民政府,县政府各部门:', '根据县政府工作安排,县政府督查室对落实情况进行了专项督查。'];
    expect(readHeaderFromText(lines)).toMatchObject({ title: '关于某项任务落实情况的通报', signers: ['某县人民政府督查室'], date: '2022-08-19' });
  });

  it.each([
    ['中共某省委 某省人民政府', '关于做好某项重点工作的实施意见', '(2023年3月18日)', '某发〔2023〕1号', '2023年是关键之年，做好今年工作，要坚持稳中求进。'],
    ['中共某省委 某省人民政府', '关于做好某项重点工作的实施意见', '（二〇二三年三月十八日）', '某发〔2023〕1号', '2023年是关键之年，做好今年工作，要坚持稳中求进。'],
  ])('reads the number under a 题注\'s date under the title (%s)', (...lines) => {
    expect(readHeaderFromText(lines)).toMatchObject({ title: '中共某省委 某省人民政府关于做好某项重点工作的实施意见', docNumberRaw: '某发〔2023〕1号', date: '2023-03-18' });
  });

  it.each([
    // MUST-NOT: a number cited in the first sentence; a 落款's date after the text, the number below it.
    [['关于做好某项重点工作的实施意见', '(2023年3月18日)', '根据某政发〔2022〕3号文件精神，现提出如下意见。']],
    [['关于做好某项重点工作的实施意见', '各乡镇人民政府：', '现提出如下意见，请认真贯彻执行。', '(2023年3月18日)', '某政发〔2022〕3号']],
  ])('reads no number from %j', (lines) => {
    expect(readHeaderFromText(lines).docNumberRaw).toBeUndefined();
  });

  it('finds the formal title near the start of a page run into one spaced line, and its organ', () => {
    const run = [...'省政府文件某省人民政府关于印发某省推动金融改革若干政策措施的通知某政号各市人民政府：'].join(' ') + ' 为 深 入 贯 彻 落 实 有 关 部 署 ， 提 出 如 下 措 施 。'.repeat(20);
    expect(readHeaderFromText(['标题', '', '', '- 某某', 'Transcription', `1 ${run}`])).toMatchObject({ title: '某省人民政府关于印发某省推动金融改革若干政策措施的通知', titleIssuers: ['某省人民政府'] });
    // What stands between the title and the 主送机关 (a number's remnant, 某政号) makes it no address.
    expect(readHeaderFromText(['标题', '', '', '- 某某', 'Transcription', `1 ${run}`]).recipients).toBeUndefined();
  });

  it('reads number and 成文日期 from a law database\'s (date number) under the title, and keeps the body run on after it', () => {
    const lines = ['某省地方法规', '某省政府关于某事的通知', '【发布日期】1985-05-04', '某省人民政府关于某事的通知', '(1985年5月4日某政〔1985〕38号)  根据《某法》和有关规定，现将有关问题通知如下：', '一、任免权限'];
    const header = readHeaderFromText(lines);
    // The document's own title (full organ name) over the note, not the site's heading above it.
    expect(header).toMatchObject({ title: '某省人民政府关于某事的通知', docNumberRaw: '某政〔1985〕38号', date: '1985-05-04' });
    expect(header.body).toContain(4);
  });

  it('names the issuer a 标题 field\'s title opens with, when the text prints the title nowhere else', () => {
    const lines = ['某某政府信息公开网 政府信息公开', '    标题:甲自治区人民政府办公厅关于印发《甲自治区某某管理办法》的通知', '    索引号:null/2023-00015 发文字号:', '    发文机构:行署办公室', '各盟行政公署、市人民政府：', '经自治区人民政府同意，现将《甲自治区某某管理办法》印发给你们，请认真贯彻执行。'];
    expect(readHeaderFromText(lines)).toMatchObject({ title: '甲自治区人民政府办公厅关于印发《甲自治区某某管理办法》的通知', titleIssuers: ['甲自治区人民政府办公厅'] });
    // MUST NOT: a field's title without an organ before 关于 names none.
    expect(readHeaderFromText(['标题:关于某事的通知', '索引号:123456/2023-00015', '各乡镇人民政府：', '现将有关事项通知如下。']).titleIssuers).toEqual([]);
  });

  it('reads the organs a law database prints apart under the title, over a copy of it', () => {
    const lines = ['关于返还某基金问题的通知', '关于返还某基金问题的通知', '甲部、乙部', '关于返还某基金问题的通知', '甲部、乙部', '为了更好地贯彻国务院的这项规定，现将有关问题通知如下：'];
    expect(readHeaderFromText(lines).headIssuers).toEqual(['甲部', '乙部']);
    // MUST NOT: organs under the title with the body below them (no copy of the title): a 主送 or a 落款's, not read here.
    expect(readHeaderFromText(['关于某事的批复', '甲县人民政府', '你县《关于某事的请示》收悉。现批复如下：']).headIssuers).toEqual([]);
    // MUST NOT: a line holding more than organs.
    expect(readHeaderFromText(['关于某事的通知', '甲部等10部门', '关于某事的通知', '现将有关问题通知如下：']).headIssuers).toEqual([]);
  });

  it('keeps the first of two titles when the bracket under the second holds more than a date and a number', () => {
    const lines = ['某省政府关于某事的通知', '【发布日期】1985-05-04', '某省人民政府关于某事的通知', '(根据1985年5月4日某政〔1985〕38号文件精神)', '一、任免权限'];
    expect(readHeaderFromText(lines)).toMatchObject({ title: '某省政府关于某事的通知' });
    expect(readHeaderFromText(lines).docNumberRaw).toBeUndefined();
  });

  it('reads the 主送机关 right after the title of a page run into one line', () => {
    const run = `原标题:某部成立某领导小组。全文如下:国务院办公厅关于成立某领导小组的通知各省、自治区、直辖市人民政府,国务院各部委、各直属机构:为加强对普查的领导,现将有关事项通知如下:${'一、主要职责负责普查的组织和领导,协调解决普查中的重大问题。'.repeat(10)}`;
    expect(readHeaderFromText(['某部成立某领导小组', run])).toMatchObject({ title: '国务院办公厅关于成立某领导小组的通知', recipients: '各省、自治区、直辖市人民政府,国务院各部委、各直属机构' });
  });

  it('lets a 落款 after the text win over a bulletin\'s header line', () => {
    const lines = ['某县人民政府督查室   2022年8月19日', '关于某项任务落实情况的通报', '各乡镇人民政府:', '根据县政府工作安排,县政府督查室进行了专项督查。', '某县人民政府', '2022年8月25日'];
    expect(readHeaderFromText(lines)).toMatchObject({ title: '关于某项任务落实情况的通报', signers: ['某县人民政府'], date: '2022-08-25' });
  });

  it('reads past a decree to the title of the document it promulgates, dated by the decree', () => {
    const lines = ['《某省人民政府关于废止〈某省信访规定〉等3件规章的决定》已经2016年2月26日省政府第73次常务会议通过,现予公布,自公布之日起施行。', '省长 某某某', '2016年4月15日', '某省人民政府关于废止《某省信访规定》等3件规章的决定', '省政府决定废止以下规章:', '一、某省信访规定(省政府令第114号)。'];
    expect(readHeaderFromText(lines)).toMatchObject({ title: '某省人民政府关于废止《某省信访规定》等3件规章的决定', date: '2016-04-15' });
    // A sentence promulgating another text than the title below is no decree of this document.
    const other = ['《某省某条例》已经省人大常委会通过,现予公布。', '某省人民政府', '2016年4月15日', '关于学习宣传某条例的通知'];
    expect(readHeaderFromText(other).title).not.toBe('关于学习宣传某条例的通知');
  });

  it('passes over the title printed again over several lines to the 主送机关 under it, colon or not', () => {
    const lines = ['某市某区人民政府办公室关于印发某区城市管理实施细则的通知', '某区府办发〔2020〕26号', '某市某区人民政府办公室', '关于印发某区城市管理', '实施细则的通知', '各街道办事处,区级各部门,某新区管委会', '《某区城市管理实施细则》已经区政府常务会审议通过,现印发你们,请认真贯彻执行。'];
    const header = readHeaderFromText(lines);
    expect(header).toMatchObject({ title: '某市某区人民政府办公室关于印发某区城市管理实施细则的通知', recipients: '各街道办事处,区级各部门,某新区管委会' });
    expect(header.body).not.toContain(3);
  });

  it('reads a congress resolution\'s meeting and date from the note under its title', () => {
    const lines = ['某县第十五届人民代表大会第五次会议关于某县人民', '代表大会常务委员会工作报告的决议', '(2015年4月10日某县第十五届人民代表大会第五次会议通过)', '某县第十五届人民代表大会第五次会议听取和审议了工作报告。'];
    expect(readHeaderFromText(lines)).toMatchObject({ title: '某县第十五届人民代表大会第五次会议关于某县人民代表大会常务委员会工作报告的决议', decreeIssuer: '某县第十五届人民代表大会第五次会议', date: '2015-04-10' });
  });

  it('still joins an organ line above a 关于 line no copy of the title stands over', () => {
    expect(readHeaderFromText(['某部办公厅', '关于印发某活动工作方案的通知', '(某厅函[2007]120号)', '各省劳动保障厅:', '现印发给你们。']).title).toBe('某部办公厅关于印发某活动工作方案的通知');
  });

  it('takes a page title\'s site name after the underscore for no part of the title', () => {
    expect(readHeaderFromText(['关于做好防汛工作的通知_某县人民政府', '关于做好防汛工作的通知', '各乡镇人民政府：', '现通知如下。']).title).toBe('关于做好防汛工作的通知');
  });

  it.each([
    ['a year\'s edition', ['某县防汛抗旱应急预案—2023年版', '1 总则', '为做好防汛抗旱工作，制定本预案。'], '某县防汛抗旱应急预案—2023年版'],
    ['a subtitle', ['关于农村集体经济发展的调研报告—以某县为例', '一、基本情况', '某县共有行政村120个。'], '关于农村集体经济发展的调研报告—以某县为例'],
  ])('keeps a title\'s own dash: %s', (_, lines, title) => {
    expect(readHeaderFromText(lines).title).toBe(title);
  });

  it('gives a document without a printed title the notice its text says it is, not the instrument it issues', () => {
    const header = readHeaderFromText(['各县市人民政府:', '《某州人民政府工作规则》已经审议通过,现予印发。', '2024年10月22日', '(此件公开发布)', '某州人民政府工作规则', '第一章 总则']);
    expect(header).toMatchObject({ title: '关于印发《某州人民政府工作规则》的通知', titleDerived: true, date: '2024-10-22' });
    expect(header.titleIsFirstLine).toBeUndefined();
  });

  it('never takes a provenance line for the title or the body', () => {
    const lines = ['# source: http://www.example.cn/a.html (pages corpus)', '为保护大气环境,现就禁止露天焚烧秸秆有关事项通告如下:', '特此通告', '2018年6月6日'];
    const header = readHeaderFromText(lines);
    expect(header.title).toBe('关于禁止露天焚烧秸秆的通告');
    expect(header.body).not.toContain(0);
  });

  // A reply to a deputy's suggestion greets whom it answers: that is its 主送机关.
  it.each<[string, string[], string]>([
    ['a courtesy before the deputy', ['关于市十七届人大三次会议第182号代表建议的答复函', '尊敬的朱某代表:', '您在市十七届人大三次会议期间提出的建议收悉,现答复如下:'], '朱某代表'],
    ['members greeted without a colon', ['某县教育体育局关于对政协某县第十届委员会五次会议49号提案的答复函', '贺某某、佟某某委员', '《关于更新补充农村中小学适用图书的建议》收悉现就提案办理有关情况答复如下:'], '贺某某、佟某某委员'],
    ['deputies greeted under a portal\'s form of the suggestion', ['关于某建议的答复', '某区第十九届人民代表大会第二次会议', '24', '建议人: 陈某、马某某', '主办单位: 某区自然资源局', '答复时间: 2023-06-12', '陈某、马某某代表:', '“关于某事”的建议收悉,现答复如下:'], '陈某、马某某代表'],
    ['a deputy under a title holding a quoted comma', ['关于县“聚民意,惠民生”行动第10109号人大代表建议办理情况的答复函', '奚某某代表:', '您在“聚民意,惠民生”行动提出的关于某事的建议收悉,经研究办理,现答复如下:'], '奚某某代表'],
  ])('reads a reply\'s greeting: %s', (_, lines, recipients) => {
    expect(readHeaderFromText(lines).recipients).toBe(recipients);
  });

  it.each<[string, string[]]>([
    // MUST-NOT: a greeting below the body's first sentence, or a deputy named in a news sentence.
    ['a greeting after a sentence of the body', ['关于某事的答复', '现将有关情况说明如下,请知悉。', '张某代表:', '您提出的建议收悉。']],
    ['a line naming a deputy above a news sentence', ['我县召开代表建议交办会', '张某代表', '3月24日,县人大召开交办会,将建议交县政府办理。']],
  ])('reads no greeting for %s', (_, lines) => {
    expect(readHeaderFromText(lines).recipients).toBeUndefined();
  });
});

describe('readHeaderFromText: a 主送机关 a converted PDF broke over a blank line', () => {
  it('reads the two parts as one', () => {
    const lines = ['关于印发《某实施意见》的通知', '', '伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署,自治', '', '区人民政府各部门、各直属机构:', '', '《某实施意见》已经自治区人民政府常务会议审议通过,现印发你们。'];
    expect(readHeaderFromText(lines).recipients).toBe('伊犁哈萨克自治州,各州、市、县(市)人民政府,各行政公署,自治区人民政府各部门、各直属机构');
  });

  // MUST NOT: a sentence of the body over a blank line, or a line already ending the list, joins nothing.
  it.each<[string, string[], string | undefined]>([
    ['a body sentence above a line ending in a colon', ['关于某事的通知', '', '为做好防汛工作,经研究', '', '现就有关事项通知如下:', '', '一、加强领导。'], undefined],
    ['a list with its colon, the text after a blank line', ['关于某事的通知', '', '各乡镇人民政府,县直各单位:', '', '现就有关事项通知如下:'], '各乡镇人民政府,县直各单位'],
    ['a page\'s message above the list', ['关于某事的通知', '', '取消收藏成功!', '', '各盟行政公署、市人民政府,自治区各委、办、厅、局:', '', '现将有关事项通知如下。'], '各盟行政公署、市人民政府,自治区各委、办、厅、局'],
    ['a title above the list', ['某区人民政府关于印发某方案的通知', '', '某经济开发区,各街道办事处,各区直部门:', '', '现将方案印发给你们。'], '某经济开发区,各街道办事处,各区直部门'],
  ])('%s', (_, lines, recipients) => {
    expect(readHeaderFromText(lines).recipients).toBe(recipients);
  });
});
