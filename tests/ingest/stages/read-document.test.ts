import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../ingest/pipeline';
import { readDocument } from '../../../ingest/stages/read-document';
import type { DocumentFields, GazetteDocument, Source, SourceText } from '../../../src/model';

/** A plain text's lines read as one document. */
const textSource: Source = { path: 'doc.txt', sha256: 'abc', format: 'text', encoding: 'utf-8' };
const read = (lines: string[], fields: DocumentFields = {}) => readDocument({ source: textSource, lines: lines.map((text) => ({ text })), messages: [], fields }, { gazetteId: 'g' });

describe('readDocument', () => {
  const source: Source = { path: 'page.html', sha256: 'abc', format: 'html', encoding: 'utf-8' };
  const lines = ['关于印发稷山县助企纾困38条的通知', '稷政办发〔2022〕31号', '各乡（镇）人民政府：', '现印发给你们。', '稷山县人民政府办公室', '2022年7月8日'];
  const text = (fields: DocumentFields = {}, body = lines): SourceText => ({ source, lines: body.map((t) => ({ text: t })), messages: [], fields });

  it('takes number and title from the table', () => {
    const doc = readDocument(text({ docNumber: '稷政办发[2022]31号', title: '关于印发稷山县助企纾困38条的通知' }), { gazetteId: 'g' });
    expect(doc).toMatchObject({ docNumber: '稷政办发〔2022〕31号', title: '关于印发稷山县助企纾困38条的通知' });
  });

  it('lets the 落款 win over a table that contradicts it (issuer and 成文日期)', () => {
    const doc = readDocument(text({ issuingBody: '稷山县人民政府', date: '2022-07-09' }), { gazetteId: 'g' });
    expect(doc).toMatchObject({ issuingBody: '稷山县人民政府办公室', date: '2022-07-08' });
  });

  it('keeps a page\'s 发布日期 apart from the 成文日期, only where they differ', () => {
    expect(readDocument(text({ publishedOn: '2022-07-12 10:46:11' }), { gazetteId: 'g' })).toMatchObject({ date: '2022-07-08', publishedOn: '2022-07-12' });
    expect(readDocument(text({ publishedOn: '2022年7月8日' }), { gazetteId: 'g' }).publishedOn).toBeUndefined();
    // A 发布日期 never stands in for a 成文日期 the text does not print.
    const unsigned = readDocument(text({ publishedOn: '2022-07-12' }, lines.slice(0, 4)), { gazetteId: 'g' });
    expect(unsigned.date).toBeUndefined();
    expect(unsigned.publishedOn).toBe('2022-07-12');
  });

  it('takes a CMS stamp as the 发布日期 only where nothing else states one (a repost is stamped when reposted)', () => {
    const unsigned = readDocument(text({ stampedOn: '2022-07-13 09:12' }, lines.slice(0, 4)), { gazetteId: 'g' });
    expect(unsigned).toMatchObject({ publishedOn: '2022-07-13' });
    expect(unsigned.date).toBeUndefined();
    expect(readDocument(text({ stampedOn: '2022-07-13 09:12', publishedOn: '2022-07-12' }), { gazetteId: 'g' }).publishedOn).toBe('2022-07-12');
  });

  it('reads the attachments a page prints after the body, the 落款 glued to the last not part of it', () => {
    const doc = read(['某县人民政府办公室关于印发某某办法的通知', '各乡镇人民政府：', '现将《某某办法》印发给你们，请遵照执行。', '附件：1．某某申请表', '2．某某审批表某县人民政府办公室', '2023年5月4日']);
    expect(doc.attachments).toEqual([{ index: 1, title: '某某申请表' }, { index: 2, title: '某某审批表' }]);
  });

  it('takes issuer and date from the table when the text signs nothing', () => {
    const doc = readDocument(text({ issuingBody: '稷山县人民政府办公室', date: '2022年07月09日' }, lines.slice(0, 4)), { gazetteId: 'g' });
    expect(doc).toMatchObject({ issuingBody: '稷山县人民政府办公室', date: '2022-07-09' });
  });

  it.each([
    ['a portal\'s caption and a site\'s name', '应急预案—某县森林火灾应急预案_某县人民政府', ['应急预案—某县森林火灾应急预案', '1 总则', '为有效预防森林火灾，制定本预案。'], '某县森林火灾应急预案'],
    ['a caption with a colon', '政策解读：关于《某县宅基地管理办法》的政策解读', ['政策解读：关于《某县宅基地管理办法》的政策解读', '一、起草背景'], '关于《某县宅基地管理办法》的政策解读'],
    ['a title holding a colon of its own, kept as stated', '关于某县2023年度考核结果的通报：优秀等次名单', ['正文。'], '关于某县2023年度考核结果的通报：优秀等次名单'],
  ])('takes a page\'s stated title without %s', (_, stated, body, title) => {
    const doc = readDocument(text({ title: stated }, body), { gazetteId: 'g' });
    expect(doc.title).toBe(title);
    // The page's heading that printed it is the head's, not a paragraph.
    expect(doc.paragraphs.map((p) => p.text)).not.toContain(stated.split('_')[0]);
  });

  it('gives the county the number belongs to, and its level', () => {
    const doc = readDocument(text(), { gazetteId: 'g' });
    expect(doc).toMatchObject({ county: '稷山县', level: 'county' });
  });

  it.each([
    ['joint issuers printed apart stay apart', '甲省财政厅 甲省农业农村厅关于做好补贴工作的通知', '甲省财政厅 甲省农业农村厅关于做好补贴工作的通知'],
    ['one issuer, letter-spaced', '甲 省 财 政 厅 关 于 做 好 补 贴 工 作 的 通 知', '甲省财政厅关于做好补贴工作的通知'],
    ['joint issuers printed together stay together', '甲省财政厅甲省农业农村厅关于做好补贴工作的通知', '甲省财政厅甲省农业农村厅关于做好补贴工作的通知'],
  ])('titles: %s', (_, line, title) => {
    expect(read([line, '各市财政局、农业农村局：', '现就补贴工作通知如下。']).title).toBe(title);
  });

  it('warns when the text has no title', () => {
    const doc = readDocument(text({}, ['为深入贯彻党中央决策部署，特制定以下措施。']), { gazetteId: 'g' });
    expect(doc.messages.map((m) => m.level)).toContain('warning');
  });

  it('outlines its body as a gazette document is outlined (一、（一）)', () => {
    const body = ['某县人民政府关于做好防汛工作的通知', '各乡镇人民政府：', '一、提高认识', '（一）压实责任。各乡镇要落实防汛责任。', '二、加强值守', '某县人民政府', '2023年5月10日'];
    const doc = readDocument(text({}, body), { gazetteId: 'g' });
    expect(doc.outline.map((n) => [n.label, n.title])).toEqual([
      ['一、', '提高认识'],
      ['（一）', '压实责任'],
      ['二、', '加强值守'],
    ]);
  });
});

describe('readDocument on a page that prints no title', () => {
  const source: Source = { path: 'excerpt.txt', sha256: 'abf', format: 'text', encoding: 'utf-8' };
  const read = (lines: string[]) => readDocument({ source, lines: lines.map((text) => ({ text })), messages: [] }, { gazetteId: 'g' });

  it('writes the title from what the text says it is, and says so', () => {
    const doc = read(['某府〔2017〕46号', '各县、区人民政府，市政府各部门：', '《某市规范性文件制定程序规定》业经市政府常务会议通过，现印发给你们，请遵照执行。', '某市人民政府', '2017年4月5日']);
    expect(doc).toMatchObject({ title: '关于印发《某市规范性文件制定程序规定》的通知', docNumber: '某府〔2017〕46号', date: '2017-04-05' });
    expect(doc.messages.map((m) => m.message)).toContain('文件没有印出标题，据正文拟为"关于印发《某市规范性文件制定程序规定》的通知" (no printed title: written from the text)');
  });

  it('says so when the printed title seems cut short', () => {
    const cut = read(['某部关于表彰全国优秀教师和', '某人〔2014〕3号', '各省教育厅：', '为表彰先进，现决定如下。']);
    expect(cut.title).toBe('某部关于表彰全国优秀教师和');
    expect(cut.messages.map((m) => m.message)).toContain('标题"某部关于表彰全国优秀教师和"似乎不完整 (the title seems cut short)');
    const whole = read(['某部关于表彰全国优秀教师和优秀教育工作者的决定', '某人〔2014〕3号', '各省教育厅：', '为表彰先进，现决定如下。']);
    expect(whole.messages.some((m) => m.message.includes('不完整'))).toBe(false);
  });

  it('takes the page\'s headline when the text prints no title, and only then', () => {
    const body = ['各幼儿园：', '现将有关事项通知如下。', '某区教育局', '2026年4月20日'];
    const headed = readDocument({ source, lines: body.map((text) => ({ text })), messages: [], fields: { headline: '某区教育局关于做好幼儿园招生工作的通知' } }, { gazetteId: 'g' });
    expect(headed).toMatchObject({ title: '某区教育局关于做好幼儿园招生工作的通知', recipients: '各幼儿园', date: '2026-04-20' });
    expect(headed.messages.map((m) => m.message)).toContain('正文没有印出标题，取网页标题"某区教育局关于做好幼儿园招生工作的通知" (no printed title: the page\'s headline)');
    const printed = readDocument({ source, lines: ['某区教育局关于做好幼儿园招生工作的通知', ...body].map((text) => ({ text })), messages: [], fields: { headline: '关于做好招生工作的通知' } }, { gazetteId: 'g' });
    expect(printed.title).toBe('某区教育局关于做好幼儿园招生工作的通知');
  });

  it('reads the 主送机关 when a stated title is not printed, though its 落款 prints the title\'s organ', () => {
    const doc = readDocument({ source, lines: ['各幼儿园：', '现将有关事项通知如下。', '某区教育局', '2026年4月20日'].map((text) => ({ text })), messages: [], fields: { title: '某区教育局关于做好幼儿园招生工作的通知' } }, { gazetteId: 'g' });
    expect(doc).toMatchObject({ recipients: '各幼儿园', issuingBody: '某区教育局' });
    expect(doc.paragraphs[0].text).toBe('各幼儿园：');
  });

  it('stands its first line in when the text does not say, and says so', () => {
    const doc = read(['各镇人民政府：', '为贯彻落实有关要求，县政府办开展了检查，现将检查情况通报如下：', '一、检查情况']);
    expect(doc.title).toBe('为贯彻落实有关要求，县政府办开展了检查，现将检查情况通报如下：');
    expect(doc.messages.some((m) => m.message.includes('以首行'))).toBe(true);
  });
});

describe('createPipeline on a page with a metadata table', () => {
  const source: Source = { path: 'page.html', sha256: 'abc', format: 'html', encoding: 'utf-8' };
  const lines = ['关于印发稷山县助企纾困38条的通知', '稷政办发〔2022〕31号', '各乡（镇）人民政府：', '现印发给你们。', '稷山县人民政府办公室', '2022年7月8日'];

  it('makes a document-page record with no issue', () => {
    const record = createPipeline()({ source, lines: lines.map((t) => ({ text: t })), messages: [], fields: { title: lines[0], docNumber: lines[1] } });
    expect(record).toMatchObject({ kind: 'document-page', issue: null, contents: [] });
    expect(record.documents).toHaveLength(1);
  });

  it('keeps validity the table states when the stages read another from the text', () => {
    const stage = (doc: GazetteDocument) => ({ ...doc, validity: { effectiveFrom: '2022-07-01', validYears: 2 } });
    const record = createPipeline({ documentStages: [stage] })({
      source,
      lines: lines.map((t) => ({ text: t })),
      messages: [],
      fields: { title: lines[0], docNumber: lines[1], effectiveFrom: '2022年07月08日', repealedOn: '暂无' },
    });
    expect(record.documents[0].validity).toEqual({ effectiveFrom: '2022-07-08', validYears: 2 });
  });
});

describe('createPipeline on a text that prints a 政府信息公开 block', () => {
  // A county portal's page saved as text: its block states when the document took effect and
  // when it was repealed, which the text's sentences do not say.
  const source: Source = { path: 'page.txt', sha256: 'abe', format: 'text', encoding: 'utf-8' };
  const lines = [
    '索引号: 003129766/201901-00336 组配分类: 规范性文件发布',
    '信息分类: 通知   发布机构: 某县人民政府办公室',
    '发文日期: 2019-01-23 生效时间: 2019-01-23',
    '废止时间: 2020-01-23 名称: 某县人民政府关于印发《某县人民政府工作规则》的通知',
    '某县人民政府关于印发《某县人民政府工作规则》的通知',
    '各乡、镇人民政府，县政府各部门：',
    '《某县人民政府工作规则》已经县政府全体会议通过，现予印发，请遵照执行。',
    '某县人民政府',
    '2019年1月17日',
  ];

  it('keeps what the block states about validity through the validity stage', () => {
    const record = createPipeline()({ source, lines: lines.map((text) => ({ text })), messages: [] });
    expect(record.documents).toHaveLength(1);
    expect(record.documents[0].validity).toMatchObject({ effectiveFrom: '2019-01-23', expiresOn: '2020-01-23' });
  });

  it('keeps a status the block states without a date (有效性：失效), and its words', () => {
    const stated = [...lines.slice(0, 3), '有效性: 失效 名称: 某县人民政府关于印发《某县人民政府工作规则》的通知', ...lines.slice(4)];
    const record = createPipeline()({ source, lines: stated.map((text) => ({ text })), messages: [] });
    expect(record.documents[0].validity).toMatchObject({ effectiveFrom: '2019-01-23', stated: '已失效', sentence: '有效性：失效' });
    const inForce = [...lines.slice(0, 3), '有效性: 有效 名称: 某县人民政府关于印发《某县人民政府工作规则》的通知', ...lines.slice(4)];
    expect(createPipeline()({ source, lines: inForce.map((text) => ({ text })), messages: [] }).documents[0].validity.stated).toBeUndefined();
  });

  it('keeps no validity words from a field whose value is another field\'s (a table shifted by a cell)', () => {
    const shifted = [...lines.slice(0, 3), '时效性: 010183242/2019-00072 名称: 某县人民政府关于印发《某县人民政府工作规则》的通知', ...lines.slice(4)];
    const validity = createPipeline()({ source, lines: shifted.map((text) => ({ text })), messages: [] }).documents[0].validity;
    expect(validity.sentence ?? '').not.toContain('010183242');
    expect(validity.stated).toBeUndefined();
  });

  it('lets the sentences of the text stand where the block states nothing', () => {
    const plain = [...lines.slice(4, 7), '本规则自2019年2月1日起施行。', ...lines.slice(7)];
    const record = createPipeline()({ source, lines: plain.map((text) => ({ text })), messages: [] });
    expect(record.documents[0].validity).toMatchObject({ effectiveFrom: '2019-02-01' });
    expect(record.documents[0].validity.expiresOn).toBeUndefined();
  });

  it('takes no label of a bulleted block for the recipients (• 内容概述:)', () => {
    const bulleted = ['某县人民政府工作规则', '  • 索引号:', '', '    6107280000/2024-001005', '  • 发文字号:', '', '    某政发〔2024〕7号', '  • 内容概述:', '', '某县人民政府工作规则', '第一章 总则', '一、根据有关规定，结合本县实际，制定本规则。'];
    const record = createPipeline()({ source, lines: bulleted.map((text) => ({ text })), messages: [] });
    expect(record.documents[0].recipients).toBeUndefined();
  });
});

describe('createPipeline on a text that prints the head of one document twice', () => {
  const source: Source = { path: 'page.txt', sha256: 'abd', format: 'text', encoding: 'utf-8' };
  const run = (lines: string[]) => createPipeline({ documentStages: [] })({ source, lines: lines.map((text) => ({ text })), messages: [] });
  const body = ['经市政府同意，现将《某市突发水污染事件应急预案》印发给你们，请认真遵照执行。', '某市人民政府办公室', '2017年11月16日'];

  it.each([
    ['the headline with its number, then the document', ['某市人民政府办公室关于印发某市突发水污染事件应急预案的通知', '某政办发〔2017〕58号', '某市人民政府办公室关于印发某市突发水污染事件应急预案的通知', '各乡、镇人民政府，市政府有关部门：', ...body]],
    ['the number glued to a headline, then the head', ['某政通〔2018〕2号 某县人民政府关于关停禁养区内畜禽养殖场的通告', '某县人民政府', '关于关停禁养区内畜禽养殖场的通告', '（某政通〔2018〕2号）', ...body]],
    ['the head, then a copy with the number glued before it and no 书名号', ['某市某区人民政府文件', '某区政发〔2023〕2号', '某区人民政府关于印发 《某区2023年重点工作任务分工方案》的通知', '', '某区政发〔2023〕2号某区人民政府关于印发某区2023年重点工作任务分工方案的通知', '各街道办事处,各区直部门:', ...body]],
  ])('reads %s as one document', (_, lines) => {
    const record = run(lines);
    expect(record.kind).toBe('document');
    expect(record.documents).toHaveLength(1);
  });

  it('still reads two different documents as a gazette', () => {
    const record = run([
      '某市人民政府办公室关于印发某市突发水污染事件应急预案的通知', '某政办发〔2017〕58号', '各乡、镇人民政府：', ...body,
      '某市人民政府办公室关于做好2018年防汛工作的通知', '某政办发〔2018〕3号', '各乡、镇人民政府：', ...body,
    ]);
    expect(record.kind).toBe('gazette');
    expect(record.documents).toHaveLength(2);
  });
});

describe('readDocument numbers a head prints over two lines or damaged', () => {

  it.each([
    ['an announcement under its name', ['甲县人民政府通告', '（2022年第3号）', '为做好防汛工作,现通告如下:', '甲县人民政府', '2022年6月1日'], '甲县人民政府通告2022年第3号'],
    ['a decree under its name, a blank line between', ['甲市人民政府令', '', '第23号', '《甲市市容管理办法》已经市政府常务会议通过,现予公布。', '市长 某某', '2021年5月1日'], '甲市人民政府令第23号'],
  ])('%s', (_, lines, docNumber) => {
    expect(read(lines)).toMatchObject({ docNumber });
  });

  it('keeps a number that lost its brackets and 号 as printed, reads it restored, and says so', () => {
    const doc = read(['甲经开区管委会关于加强安全生产的通知', '丁经开202157', '各部门:', '正文。']);
    expect(doc).toMatchObject({ docNumber: '丁经开〔2021〕57号', docNumberRaw: '丁经开202157' });
    expect(doc.messages).toContainEqual({ level: 'warning', origin: 'read-document', message: '发文字号"丁经开202157"缺少括号和"号"，按丁经开〔2021〕57号读取' });
  });
});

describe('readDocument: a number whose year a page lost', () => {
  it('keeps it as printed, with a warning', () => {
    const doc = read(['某县某领导小组办公室关于做好节日期间防控工作通告某防告〔〕2号', '当前，疫情防控形势严峻复杂，现通告如下。']);
    expect(doc.docNumber).toBe('某防告〔〕2号');
    expect(doc.messages.map((m) => m.message).join()).toContain('缺少年份');
  });

  it.each([['某县人民政府关于某事的通告 第2号'], ['关于某事的通告〔2021〕2号之外的说明']])('reads no year-lost number in %j', (line) => {
    const doc = read([line, '现通告如下。']);
    expect(doc.messages.map((m) => m.message).join()).not.toContain('缺少年份');
  });
});

describe('readDocument: a rule excerpt that opens with its 题注', () => {
  it.each([
    ['the decree names number, organ and date; the 施行 date is not the date', ['(2003年5月6日某市人民政府令第46号公布,自2003年7月1日起施行)', '第一章 总则', '第一条 为了规范某事,制定本规定。'], { docNumber: '某市人民政府令第46号', issuingBody: '某市人民政府', date: '2003-05-06' }],
    ['a page holding only the 题注 keeps it as its text', ['(2001年1月2日某国务院第4次常务会议通过 2001年2月3日中华人民共和国国务院令第99号公布 自2001年5月1日起施行)'], { docNumber: '国务院令第99号', issuingBody: '中华人民共和国国务院', date: '2001-02-03' }],
  ])('%s', (_, lines, expected) => {
    const doc = read(lines);
    expect(doc).toMatchObject(expected);
    expect(doc.text).toContain('公布');
  });

  it('a 落款 outranks the 题注 for organ and date', () => {
    expect(read(['(2003年5月6日某市人民政府令第46号公布)', '第一条 为了规范某事,制定本规定。', '某市人民政府办公室', '2003年6月1日'])).toMatchObject({ issuingBody: '某市人民政府办公室', date: '2003-06-01' });
  });

  it('a 公文 citing a decree in its body takes no number from it', () => {
    const doc = read(['关于贯彻某办法的通知', '各乡镇人民政府:', '(2003年5月6日某市人民政府令第46号公布)的办法,请遵照执行。', '2003年6月1日']);
    expect(doc.docNumber).toBeUndefined();
  });
});

describe('readDocument: a leading group (领导小组) issues as an organ does', () => {
  it.each([
    ['its name on the line above 关于…的公告', ['某县推进殡葬改革领导小组', '关于在全县推行火化的公告', '为推进殡葬改革,特公告如下:', '一、自某日起实行火化。', '二〇二〇年九月二十九日'], { title: '某县推进殡葬改革领导小组关于在全县推行火化的公告', issuingBody: '某县推进殡葬改革领导小组', date: '2020-09-29' }],
    ['its name in the 落款', ['为深化殡葬改革,现通告如下:', '一、实行火化。', '特此通告!', '某县殡葬改革工作领导小组', '2020年7月1日'], { issuingBody: '某县殡葬改革工作领导小组', date: '2020-07-01' }],
  ])('%s', (_, lines, expected) => {
    expect(read(lines)).toMatchObject(expected);
  });
});

describe('readDocument: a page run into one line after its title', () => {
  it.each([
    ['the number opening the line, the 主送机关 after it, the date before the attachment', ['关于印发某市某规则的通知', '某政办发[2008]68号 各旗、县、区人民政府,市各委、办、局: 经市人民政府同意,现将《某规则》印发给你们,请认真执行。 二OO八年五月二十三日                      某市某规则 根据某条例,制定本规则。'], { docNumber: '某政办发〔2008〕68号', date: '2008-05-23' }],
  ])('%s', (_, lines, expected) => {
    const doc = read(lines);
    expect(doc).toMatchObject(expected);
    expect(doc.text).toContain('经市人民政府同意');
  });

  it.each([
    ['a number opening a sentence of the body', ['关于某事的通知', '各乡镇人民政府:', '某政办发〔2008〕68号 文件规定的事项继续有效,请遵照执行。']],
    ['a number followed by words that are no 主送机关', ['关于某事的通知', '某政办发〔2008〕68号 同时废止。']],
  ])('no own number from %s', (_, lines) => {
    expect(read(lines).docNumber).toBeUndefined();
  });
});

describe('readDocument type', () => {
  it.each([
    ['a 告知书 named in its title', ['某镇关于暂时关停农村大集的告知书', '尊敬的商户及各位群众：', '自即日起暂时关停农村大集。', '某镇人民政府', '2022年4月4日'], '告知书'],
    ['no title printed, a letters\' series number', ['某教办函〔2011〕26号', '各学区，县直属各学校：', '一、各学校要高度重视创建宣传工作。', '二、做好迎检准备。'], '函'],
  ])('%s', (_, lines, type) => {
    expect(read(lines).type).toBe(type);
  });

  it.each([
    ['a letters\' series number under a title naming its 文种', ['关于做好迎检准备的通知', '某教办函〔2011〕26号', '各学校：', '请做好迎检准备。', '某县教育局', '2011年5月20日'], '通知'],
    ['no title, a number of another series', ['某教发〔2011〕26号', '各学区，县直属各学校：', '一、各学校要高度重视创建宣传工作。'], undefined],
  ])('keeps the title\'s or none: %s', (_, lines, type) => {
    expect(read(lines).type).toBe(type);
  });
});

describe('readDocument minutes dated by their meeting', () => {
  it.each<[string, string[], string | undefined]>([
    ['untitled minutes: the meeting date', ['2017年1月10日上午，区长某某主持召开区政府2017年度第1次常务会议，现纪要如下：', '一、会议讨论了领导分工。'], '2017-01-10'],
    ['a printed date below wins', ['某区政府第5次常务会议纪要', '2019年3月1日，区长主持召开区政府第5次常务会议，现纪要如下：', '一、会议讨论了预算。', '2019年3月4日'], '2019-03-04'],
    // Must not: a notice reporting a meeting is no minutes; its date stays unread.
    ['a news item on a meeting', ['区政府召开第66次常务会议', '2020年9月29日，区政府第66次常务会议召开，区长主持会议并讲话。'], undefined],
  ])('%s', (_, lines, date) => {
    expect(read(lines).date).toBe(date);
  });
});
