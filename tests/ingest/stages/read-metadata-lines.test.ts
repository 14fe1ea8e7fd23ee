import { describe, expect, it } from 'vitest';
import { isMetadataRow, readMetadataLines, splitGluedNumber } from '../../../ingest/stages/read-metadata-lines';

describe('readMetadataLines', () => {
  it.each([
    ['one pair a line, in a bullet', ['- 索引号:dqxs/2021-00016', '- 发文字号:阿行发〔2021〕42号', '- 公文种类 :其他'], { indexNumber: 'dqxs/2021-00016', docNumber: '阿行发〔2021〕42号' }, [0, 1, 2]],
    [
      'pairs parted by spaces, a publisher that is no issuer (kept as the publisher)',
      ['索引号 11370832004235253L/2023-05260 成文时间 2023-03-10', '发布机构 梁山县人民政府办公室 组配分类 梁政发', '成文日期 2023-03-10 废止日期', '有效性 有效'],
      { indexNumber: '11370832004235253L/2023-05260', date: '2023-03-10', topic: '梁政发', validity: '有效', publisher: '梁山县人民政府办公室' },
      [0, 1, 2, 3],
    ],
    ['a table flattened with "|", labels with spaces inside', ['索 引 号 | 327549014/2021-00125 | 发布机构 | 县政府办公室 | 公开日期 | 2021-08-01 |', '文 号 | 涟政办发〔2021〕12号 | 分 类 | 政府文件 | ||'], { indexNumber: '327549014/2021-00125', docNumber: '涟政办发〔2021〕12号', publishedOn: '2021-08-01', publisher: '县政府办公室' }, [0, 1]],
    [
      'a label alone with its value below, the next label glued to a value',
      ['标题', '某县人民政府关于印发某县行政规范性文件管理办法的通知发文机关', '某县人民政府办公室', '发文字号', '某政发〔2021〕1号', '各镇人民政府：'],
      { title: '某县人民政府关于印发某县行政规范性文件管理办法的通知', issuingBody: '某县人民政府办公室', docNumber: '某政发〔2021〕1号' },
      [0, 1, 2, 3, 4],
    ],
    // 签发日期 is a label (its row is read: 实施日期 gives effectiveFrom) but never the 成文日期 (must not fill date).
    ['a 签发日期 beside an 实施日期 on one row', ['文 号 | 深鹏管规〔2019〕6号 | 发布机关 | 某新区管理委员会 |', '签发日期 | 2019-12-17 | 实施日期 | 2019-12-30 |'], { docNumber: '深鹏管规〔2019〕6号', publisher: '某新区管理委员会', effectiveFrom: '2019-12-30' }, [0, 1]],
    // A page copied with its layout indents its block: an indented row is a row, one label a line too.
    ['rows indented by spaces, one label on the first', ['        标题:某自治区人民政府办公厅关于印发《某办法》的通知', '        索引号:null/2023-00015 发文字号:', '        成文日期:2023-01-19'], { title: '某自治区人民政府办公厅关于印发《某办法》的通知', indexNumber: 'null/2023-00015', date: '2023-01-19' }, [0, 1, 2]],
    ['a number glued to the title field', ['标 题: | 盘政发〔2005〕30号 关于表彰竞赛优胜单位的决定 | ||', '发文字号: | 发布日期: | 2008-09-12 | |'], { title: '关于表彰竞赛优胜单位的决定', docNumber: '盘政发〔2005〕30号', publishedOn: '2008-09-12' }, [0, 1]],
    [
      'a row of labels above its values, after the body: the values line up with the labels, in order',
      ['希望受表彰的单位再接再厉。', '二○一一年二月二十三日', '索  引  号 文       号 发布机构 发布日期 公开范围 公开方式', 'N001-2011-000627 某政〔2011〕7号', '某市人民政府办公室 2011-03-04', '面向社会 主动公开'],
      { indexNumber: 'N001-2011-000627', docNumber: '某政〔2011〕7号', publishedOn: '2011-03-04', publisher: '某市人民政府办公室' },
      [2, 3, 4, 5],
    ],
    [
      'a row of labels whose values do not line up: only the 文号',
      ['索  引  号 文       号 发布机构 发布日期 公开范围 公开方式', '某政〔2011〕7号 N001-2011-000627', '某市人民政府办公室 2011-03-04', '面向社会 主动公开'],
      { docNumber: '某政〔2011〕7号' },
      [0, 1, 2, 3],
    ],
    [
      'a row of labels over fewer values: only the 文号',
      ['索引号 文号 成文日期 发文机关', 'N001-2011-000627 某政〔2011〕7号 2011-02-23'],
      { docNumber: '某政〔2011〕7号' },
      [0, 1],
    ],
    ['a label joined to another by a slash', ['- 备注/文号:某政办〔2018〕21号', '- 文号/备注:某政办〔2018〕22号'], { docNumber: '某政办〔2018〕21号' }, [0, 1]],
    ['发文日期 where no 成文日期 is printed', ['发文机关: 某区某镇 发文日期: 2020-05-27'], { issuingBody: '某区某镇', date: '2020-05-27' }, [0]],
    ['发文日期 yields to a 成文日期', ['发文日期: 2020-05-29', '成文日期: 2020-05-27'], { date: '2020-05-27' }, [0, 1]],
    [
      'the whole block on one line; 发文日期, a date alone and no 成文日期 printed, is the 成文日期',
      ['更新日期:2011-10-27 10:24:05 索 引 号:530181-008974 发布机构:某市人民政府办公室 发文日期:2011-09-27 名 称:某市人民政府关于严格执行土地报批流程的通知 文 号:安政发〔2011〕25号'],
      { indexNumber: '530181-008974', publisher: '某市人民政府办公室', title: '某市人民政府关于严格执行土地报批流程的通知', docNumber: '安政发〔2011〕25号', date: '2011-09-27' },
      [0],
    ],
    ['发布文号 with a stray mark after the number', ['发布文号: 琼府[2005]9号?'], { docNumber: '琼府[2005]9号' }, [0]],
    [
      'rows numbered as a list, labels in brackets or not',
      ['  1. [索引号]11X000/QT-2019-000012', '  2. 发文机关：某县某镇人民政府', '  3. [成文日期] 2019-05-06', '  12、【标题】某镇防汛应急预案'],
      { indexNumber: '11X000/QT-2019-000012', issuingBody: '某县某镇人民政府', date: '2019-05-06', title: '某镇防汛应急预案' },
      [0, 1, 2, 3],
    ],
    ['a label alone in a cell, its value the next cell', ['名 称 |', '某县某某管理办法 |', '第一条 为了…'], { title: '某县某某管理办法' }, [0, 1]],
    // Must not: the 主送机关 under an empty last cell is the text's first line, not the cell's value.
    ['an empty last cell above the 主送机关', ['成文日期: | 2019-12-24 | 文号: | |', '有效性: |', '各市文化和旅游局:', '为贯彻落实…'], { date: '2019-12-24' }, [0, 1]],
    ['a label alone above a value ending in no colon', ['有效性:', '有效', '各市文化和旅游局:'], { validity: '有效' }, [0, 1]],
    ['a label alone in a cell above a duty table’s column name: the table’s header, no field', ['名 称 |', '责任单位 |', '工作任务与目标 |', '门前清扫 |'], {}, []],
    // The catalogue a page is filed under (公开目录) is a field of the block, never the title.
    ['pairs flattened with pipes, the catalogue a field', ['索引号 | 15262660-/2021-0702001 | 发布机构 | 某县文化和旅游局 |', '公开目录 | 人大建议办理结果 | 发布日期 | 2021-07-02 |', '杨某代表:'], { indexNumber: '15262660-/2021-0702001', publisher: '某县文化和旅游局', publishedOn: '2021-07-02' }, [0, 1]],
    ['a label spaced from its colon', ['文号 :晋政发〔2018〕13号'], { docNumber: '晋政发〔2018〕13号' }, [0]],
    // A law database's list (- 【文件来源】, - 【所属类别】地方法规): rows of the block, never a title or the text.
    ['a law database\'s bracketed list, a label with no value', ['- 【发布日期】1997-07-31', '- 【文件来源】', '- 【所属类别】地方法规', '某省某某条例'], { publishedOn: '1997-07-31' }, [0, 1, 2]],
    ['labels in brackets, a publication date apart', ['[ 成文日期 ] 2022-04-29', '【发布日期】2022-05-06', '【 文号 】某政发〔2022〕3号'], { date: '2022-04-29', publishedOn: '2022-05-06', docNumber: '某政发〔2022〕3号' }, [0, 1, 2]],
    [
      'a block run into the end of another line, which stays in the body',
      ['某市政府网 首页 发文机关:某省人民政府 发布日期:2018年03月27 文号 :某政发〔2018〕13号', '各市、县人民政府:'],
      { issuingBody: '某省人民政府', publishedOn: '2018年03月27', docNumber: '某政发〔2018〕13号' },
      [],
    ],
    [
      'a page whose line breaks were lost: the short values of its block, the line kept for the head and body',
      [`索引号 000000/2023-00001 成文日期 2023-03-10 有效性 有效 某政发〔2023〕7号关于印发某县应急预案的通知 各乡镇人民政府：${'现将预案印发给你们，请认真贯彻执行。'.repeat(20)}`],
      { indexNumber: '000000/2023-00001', date: '2023-03-10' },
      [],
    ],
    [
      'such a page with a 文号 row: the number at the start of its value',
      [`索引号 000000/2020-00001 文号 某山政〔2020〕72号 某镇人民政府关于印发某预案的通知 各村：${'现将预案印发给你们，请认真贯彻执行。'.repeat(20)}`],
      { indexNumber: '000000/2020-00001', docNumber: '某山政〔2020〕72号' },
      [],
    ],
    [
      'a list with each value below its label after a blank line; an issuer and a summary never taken from further down; 发文日期 with a time of day is a stamp',
      ['  • 索引号:', '', '    6107280000/2024-001005', '  • 发文机构:', '', '    县政府网站', '  • 发文字号:', '', '    某政发〔2024〕7号', '  • 发文日期:', '', '    2024年04月06日 16:40', '  • 有效性:', '', '  • 内容概述:', '', '某县人民政府工作规则'],
      { indexNumber: '6107280000/2024-001005', docNumber: '某政发〔2024〕7号' },
      [0, 2, 3, 6, 8, 9, 11, 12, 14],
    ],
    [
      'a value after a blank line that has not the shape of its label',
      ['发文字号:', '', '第一章 总则', '成文日期:', '', '某县人民政府'],
      {},
      [0, 3],
    ],
  ])('%s', (_, lines, fields, used) => {
    const read = readMetadataLines(lines);
    expect(read.fields).toEqual(fields);
    expect([...read.used].sort((a, b) => a - b)).toEqual(used);
  });

  it.each([
    ['a number cited after a label inside a sentence', '某市人民政府审议批准了新增道路名称,批准文号:丹政函〔2023〕67号。'],
    ['a word that starts like a label', '名称来历'],
    ['recipients', '各乡镇人民政府:'],
    ['a body sentence', '有效期届满前6个月,需修订的规范性文件应按程序完成修订。'],
    ['a 文号 label inside a sentence', '请在报送时注明发布文号 琼府[2005]9号?'],
    ['one label with a colon inside a sentence', '经研究 文号:某政发〔2018〕13号 的规定继续执行。'],
    ['a bracketed word that is no label', '【政策解读】关于某事项的通知'],
    ['an outline item, numbered like a row', '1.标题应当简明准确，文号应当完整。'],
    ['a word and a slash before a label', '请填单位/文号:后报送。'],
    ['an indented body sentence naming a label after its start', '    经研究 文号:某政发〔2018〕13号 的规定继续执行。'],
  ])('reads nothing from %s', (_, line) => {
    expect(readMetadataLines([line])).toEqual({ fields: {}, used: new Set() });
  });

  // A law database's record: its 发布单位 is the organ that issued the law, its 发布日期 the law's date.
  it.each([
    [
      'a 人大常委会 beside 发布日期 and 生效日期 (written out in full)',
      ['发布单位:西藏自治区人大常委会', '文号:', '发布日期:1997年11月12日', '生效日期:1997年11月12日'],
      { issuingBody: '西藏自治区人民代表大会常务委员会', date: '1997年11月12日' },
    ],
    ['a government beside 时效性', ['【发布单位】某省人民政府', '【发布日期】2010-12-25', '【时效性】现行有效'], { issuingBody: '某省人民政府', date: '2010-12-25' }],
  ])('reads a law database record: %s', (_, lines, fields) => {
    expect(readMetadataLines(lines).fields).toMatchObject(fields);
  });

  it.each([
    // MUST-NOT: a portal's news page (发布单位 with 发布日期 only), a database's code for the organ, a 发布机构 (a portal's label).
    ['a portal news page', ['发布单位：某县人民政府办公室', '发布日期：2020-01-02', '浏览次数：3']],
    ['a code in the 发布单位 field', ['【发布单位】81201', '【发布日期】1996-12-31', '【生效日期】1997-03-01']],
    ['a 发布机构 beside 生效日期', ['发布机构：某县人民政府办公室', '发布日期：2020-01-02', '生效日期：2020-02-01']],
    ['a 政府信息公开 row of 发布机关 beside 实施日期', ['发布机关：某新区管理委员会', '发布日期：2019-12-17', '实施日期：2019-12-30']],
  ])('keeps the publisher no issuer on %s', (_, lines) => {
    const fields = readMetadataLines(lines).fields;
    expect(fields.issuingBody).toBeUndefined();
    expect(fields.date).toBeUndefined();
    expect(fields.publisher).toBeDefined();
  });

  it('takes a font-size switch for no document number', () => {
    expect(readMetadataLines(['字号：大 中 小']).fields).toEqual({});
  });
});

describe('isMetadataRow', () => {
  it.each([
    // 内容概况 (a portal's summary row, often the title again) is a label: its row leaves the body.
    ['内容概况 市政府关于授予某某等同志见义勇为称号的决定', true],
    ['内容概况：关于做好防汛工作的通知', true],
    ['会议听取了内容概况的汇报', false],
    ['标题：河北省人工影响天气管理规定', true],
    ['5. 标题：河北省人工影响天气管理规定', true],
    ['索引号：000000000/2024-00123 | 标题：柘城县禁止燃放烟花爆竹补充规定 | 有效性：有效', true],
    ['【标题】河北省人工影响天气管理规定', true],
    ['河北省人工影响天气管理规定', false],
    ['名称来历', false],
    ['1.标题应当简明准确，文号应当完整。', false],
    ['经研究 文号:某政发〔2018〕13号 的规定继续执行。', false],
  ])('%s → %s', (line, expected) => {
    expect(isMetadataRow(line)).toBe(expected);
  });
});

describe('splitGluedNumber', () => {
  it.each([
    ['盘政发〔2005〕30号 关于表彰的决定', { number: '盘政发〔2005〕30号', rest: '关于表彰的决定' }],
    ['某县关于禁止露天焚烧秸秆的通告 桂政通〔2017〕6号', { number: '桂政通〔2017〕6号', rest: '某县关于禁止露天焚烧秸秆的通告' }],
    ['关于表彰的决定', { rest: '关于表彰的决定' }],
  ])('%j', (text, expected) => {
    expect(splitGluedNumber(text)).toEqual(expected);
  });
});
