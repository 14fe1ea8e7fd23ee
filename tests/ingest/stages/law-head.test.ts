import { describe, expect, it } from 'vitest';
import { decreeBlockLength, findLawNumbers, isBodyName, isLabelAboveTitle, promulgationDate, readHistory } from '../../../ingest/stages/law-head';
import { loadLawGrammar } from '../../../src/domain/law-grammar';

describe('decreeBlockLength', () => {
  const g = loadLawGrammar();
  const block = (serial: string) => ['甲市人民政府令', serial, '《甲市市容管理办法》已经2021年5月1日市人民政府第3次常务会议通过，现予公布，自2021年7月1日起施行。', '市长 某某', '2021年5月10日', '甲市市容管理办法', '第一条 为了加强市容管理，制定本办法。'];

  // The serial under the decree's name, as single documents and gazettes read it.
  it.each([['第23号'], ['第 23 号'], ['（第23号）'], ['第二十三号'], ['〔2021〕第5号']])('a decree over %j takes its five lines', (serial) => {
    expect(decreeBlockLength(block(serial), g)).toBe(5);
  });

  it.each([
    ['a title over its first article', ['甲市市容管理办法', '第一条 为了加强市容管理，制定本办法。', '第二条 本办法适用于全市。']],
    ['a 令 that names no organ over a line that is no serial', ['甲区森林防火禁火令', '为预防森林火灾，区政府决定禁火。', '2025年1月8日']],
  ])('%s is no decree', (_, lines) => {
    expect(decreeBlockLength(lines, g)).toBe(0);
  });
});

describe('promulgationDate', () => {
  const g = loadLawGrammar();
  const sentence = '《甲省供电管理办法》已经2000年4月28日省人民政府第3次常务会议通过，现予发布施行。';

  // A promulgation a law database prints under the title: the signature's date, not the meeting's.
  it.each([
    ['a signer, then the date', ['甲省人民政府令〔第7号', sentence, '省长 某某', '二000年五月十九日'], '2000-05-19'],
    ['the organ of a 公告, then the date', ['甲省人民代表大会常务委员会公告(第9号)', '《甲省安全条例》已由甲省人民代表大会常务委员会第三次会议于2002年10月13日通过，现予公布。', '甲省人民代表大会常务委员会', '2002年10月13日'], '2002-10-13'],
    ['the date right under the sentence', [sentence, '2000年5月19日'], '2000-05-19'],
    ['a 公告 whose sentence opens with the meeting', ['甲市人民代表大会常务委员会公告', '第三十七号', '甲市第三届人民代表大会常务委员会第十一次会议于2001年10月17日审议通过的《甲市听证条例》业经乙省人民代表大会常务委员会于2001年12月3日批准，现予公布，自2002年1月1日起施行。', '甲市人民代表大会常务委员会', '2001年12月26日'], '2001-12-26'],
    ['a decree of the 1990s opening with 现发布', ['中华人民共和国国务院令', '第227号', '现发布《甲机构编制管理条例》，自', '发布之日起施行。', '总理 某某', '1997年8月3日'], '1997-08-03'],
    ['予以公布 with the date under the organ', ['甲县第一次会议通过的《甲县某条例》，予以公布。', '甲县人民代表大会常务委员会', '2010年3月1日'], '2010-03-01'],
  ])('%s', (_, lines, date) => {
    expect(promulgationDate(lines, g)).toBe(date);
  });

  it.each([
    ['a sentence with only its meeting date', [sentence, '第一条 为了规范供电，制定本办法。']],
    ['a date far below the sentence', [sentence, '省长 某某', '甲省供电管理办法', '第一章 总则', '2000年5月19日']],
    ['a date under a sentence that promulgates nothing', ['《甲省供电管理办法》于2000年4月28日通过。', '2000年5月19日']],
    ['a date with no sentence above it', ['甲省供电管理办法', '2000年5月19日']],
    ['现予公布 with no title cited', ['甲市某会议审议通过的名单，现予公布。', '2001年12月26日']],
  ])('%s gives none', (_, lines) => {
    expect(promulgationDate(lines, g)).toBeUndefined();
  });
});

describe('a department dated under the title', () => {
  const g = loadLawGrammar();

  it('a date and a department name is an entry naming who issued it', () => {
    const [entry] = readHistory(['1999年7月13日,国家甲局'], g);
    expect(entry).toMatchObject({ date: '1999-07-13', text: '国家甲局', body: { name: '国家甲局', level: '部门规章' } });
  });

  it('a date and a county bureau names no department', () => {
    expect(readHistory(['1999年7月13日,甲县水利局'], g)[0].body).toBeUndefined();
  });

  it.each([['水利部', true], ['国家甲局', true], ['甲县水利局', false], ['水利部关于加强管理的通知', false]])('%s alone is an organ line: %s', (line, yes) => {
    expect(isBodyName(line, g)).toBe(yes);
  });
});

describe('isLabelAboveTitle', () => {
  const g = loadLawGrammar();
  it.each([
    ['【阅读全文】', '东海省人民代表大会常务委员会关于修改部分地方性法规的决定'],
    ['省人大颁布的地方法规', '东海省预算管理条例'],
    ['自身建设', '西山藏族自治州人民代表大会常务委员会机关公文处理办法'],
    ['法规规章', '南江市城市绿化条例'],
    ['正文', '国务院关于某事的规定'],
  ])('%j above %j is a label', (line, next) => {
    expect(isLabelAboveTitle(line, next, g)).toBe(true);
  });

  it.each([
    ['中华人民共和国', '国务院组织法'],
    ['东海省人民政府关于修改《', '东海省道路运输条例》的决定'],
    ['最高人民法院关于审理某类案件', '适用法律若干问题的解释'],
    ['西山藏族自治州人民代表大会', '常务委员会机关公文处理办法'],
    ['东海省', '南江市城市绿化条例'],
    ['【阅读全文】', '(2001年1月2日东海省人民代表大会常务委员会通过)'],
  ])('%j above %j is part of the title or no label', (line, next) => {
    expect(isLabelAboveTitle(line, next, g)).toBe(false);
  });
});

describe('findLawNumbers', () => {
  const g = loadLawGrammar();
  const numbers = (line: string) => findLawNumbers([line], g).map((n) => n.number.canonical);

  it.each([
    ['a decree alone', '甲省人民政府令第141号', '甲省人民政府令第141号'],
    ['a 题注 under the title', '（2013年10月2日中华人民共和国国务院令第641号公布）', '国务院令第641号'],
    ['a judicial interpretation\'s number', '法释〔2022〕3号', '法释〔2022〕3号'],
    ['a 题注 whose decree 发布 the text', '(2002年10月14日甲市人民政府令第46号发布,自2002年11月15日起施行)', '甲市人民政府令第46号'],
    ['a 题注 that goes on to a revision', '(1998年12月4日甲省人民政府令第85号发布,2001年3月2日修正)', '甲省人民政府令第85号'],
  ])('reads the text\'s own: %s', (_, line, number) => {
    expect(numbers(line)).toEqual([number]);
  });

  // Must not: a number cited with its title names that title, an item of a list another text.
  it.each([
    ['an item of a repeal list', '二、甲省安全生产监督管理规定(省政府令第141号)。'],
    ['a numbered item', '1.甲省信访规定（省政府令第114号）；'],
    ['a title cited in a sentence', '根据《甲省行政规范性文件管理办法》(省政府令第372号)等文件要求，开展清理。'],
    ['a decree naming the rules it promulgated', '根据国务院令第225号发布的《殡葬管理条例》和甲省人民政府令第85号发布的《甲省殡葬管理办法》精神，现通知如下：'],
    ['a decree a repeal names', '2002年甲市人民政府令第46号公布的《甲市市容管理办法》同时废止。'],
    ['an interpretation being amended', '对《关于审理某类案件适用法律若干问题的解释》（法释〔2015〕11号）作如下修改：'],
  ])('takes none from %s', (_, line) => {
    expect(numbers(line)).toEqual([]);
  });
});
