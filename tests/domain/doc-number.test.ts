import { describe, expect, it } from 'vitest';
import { canonicalDocNumber, findDocNumbers, findMalformedDocNumbers, numberUnderName, parseDocNumber, seriesType } from '../../src/domain/doc-number';

describe('findDocNumbers', () => {
  // One row per way the gazettes and web pages really write a number.
  it.each([
    ['稷政办发〔2022〕31号', '稷政办发〔2022〕31号', '稷政办发', 'county'],
    ['夏政发（2023）12号', '夏政发〔2023〕12号', '夏政发', 'county'],
    ['夏政办函(2023)53号', '夏政办函〔2023〕53号', '夏政办函', 'county'],
    ['稷政办发[2022]37号', '稷政办发〔2022〕37号', '稷政办发', 'county'],
    ['晋政办发【2022】33号', '晋政办发〔2022〕33号', '晋政办发', 'provincial'],
    ['晋政办发［2021］88号', '晋政办发〔2021〕88号', '晋政办发', 'provincial'],
    ['国办发﹝2019﹞3号', '国办发〔2019〕3号', '国办发', 'national'],
    ['国发„2015‟43号', '国发〔2015〕43号', '国发', 'national'],
    ['稷政办发〔2022〕33 号', '稷政办发〔2022〕33号', '稷政办发', 'county'],
    ['稷政办发〔2022〕31 號', '稷政办发〔2022〕31号', '稷政办发', 'county'],
    ['夏政办函〔2022〕27', '夏政办函〔2022〕27号', '夏政办函', 'county'],
    ['稷政办发〔２０２２〕３１号', '稷政办发〔2022〕31号', '稷政办发', 'county'],
    ['（晋\n公通字〔2021〕25号）', '晋公通字〔2021〕25号', '晋公通字', 'provincial'],
    ['根据晋农计财发〔2022〕17号', '晋农计财发〔2022〕17号', '晋农计财发', 'provincial'],
    // 按 (并按, 仍按) stands before a number as 按照 does: never the first of a place's two characters.
    ['相关规定并按京政办发[1991]14号执行', '京政办发〔1991〕14号', '京政办发', 'provincial'],
    // 以 is the preposition a number is issued under (同日以某号印发), never part of its 代字.
    ['同日以晋政发〔2023〕28号', '晋政发〔2023〕28号', '晋政发', 'provincial'],
    ['我院以法〔1998〕86号', '法〔1998〕86号', '法', 'unknown'],
    // 和 joins two things only after something: first on its line, in a bracket or after 根据
    // it is a place's first character (和顺县 和政发, 和龙市 和政办发); after text it is "and".
    ['和政发〔2019〕1号', '和政发〔2019〕1号', '和政发', 'unknown'],
    ['（和政办发〔2019〕3号）', '和政办发〔2019〕3号', '和政办发', 'unknown'],
    ['根据和政发〔2019〕1号', '和政发〔2019〕1号', '和政发', 'unknown'],
    ['《某办法》和晋政发〔2019〕1号', '晋政发〔2019〕1号', '晋政发', 'provincial'],
    ['财政局和税务局和政发〔2019〕1号', '政发〔2019〕1号', '政发', 'unknown'],
    ['月底完成晋政办发〔2019〕10号', '晋政办发〔2019〕10号', '晋政办发', 'provincial'],
    ['按照《关于…的通知》(运政发〔2020〕30号)', '运政发〔2020〕30号', '运政发', 'city'],
    ['运城市落实运政办发〔2022〕19号', '运政办发〔2022〕19号', '运政办发', 'city'],
    ['国家发展改革委（发改环资〔2021〕13号）', '发改环资〔2021〕13号', '发改环资', 'national'],
    ['中共中央（中发〔2017〕4号）', '中发〔2017〕4号', '中发', 'national'],
    ['民政部（民发〔2018〕144号）', '民发〔2018〕144号', '民发', 'national'],
    ['《重大行政决策程序暂行条例》（国务院令第713号）', '国务院令第713号', '国务院令', 'national'],
    ['《重大行政决策程序暂行条例》(国务院令 第713号)', '国务院令第713号', '国务院令', 'national'],
    ['湖北省人民政府（鄂政文〔2004〕12号）', '鄂政文〔2004〕12号', '鄂政文', 'provincial'],
    // A bracket holds the number alone: the whole run is the 代字, a head's character inside it
    // included; an organ named before a known head inside the bracket is not.
    ['按照《关于…的通知》(甲川委办发〔2021〕1号)', '甲川委办发〔2021〕1号', '甲川委办发', 'unknown'],
    ['《关于…的通知》(联防联控机制综发〔2022〕101号)', '联防联控机制综发〔2022〕101号', '联防联控机制综发', 'unknown'],
    ['（国家发展改革委发改环资〔2021〕13号）', '发改环资〔2021〕13号', '发改环资', 'national'],
    ['（根据晋政发〔2021〕3号）', '晋政发〔2021〕3号', '晋政发', 'provincial'],
    // A variant shape of the province's head (陜 for 陕: data/traditional-script.json "variants").
    ['依据《某办法》（陜政发〔2017〕34号）', '陕政发〔2017〕34号', '陕政发', 'provincial'],
    ['（甲县财政局晋财发〔2021〕3号）', '晋财发〔2021〕3号', '晋财发', 'provincial'],
    // A place's two characters starting a line or a field, the second a province's head: 来苏's, not 江苏's.
    ['发文字号：乙苏委发〔2021〕68号', '乙苏委发〔2021〕68号', '乙苏委发', 'unknown'],
    ['乙苏委发〔2021〕68号', '乙苏委发〔2021〕68号', '乙苏委发', 'unknown'],
    ['各单位：\n乙苏委发〔2021〕68号', '乙苏委发〔2021〕68号', '乙苏委发', 'unknown'],
    ['，按鲁政发〔2021〕3号', '鲁政发〔2021〕3号', '鲁政发', 'provincial'],
    ['有效性 有效\n湘政发〔2021〕3号', '湘政发〔2021〕3号', '湘政发', 'provincial'],
    // Shapes seen on real pages and mirrors (../shared/corpus/real/docs).
    ['稷政办发〔2022〕第31号', '稷政办发〔2022〕31号', '稷政办发', 'county'],
    ['〔2019〕第4号按照稷政办发〔2019〕第4号', '稷政办发〔2019〕4号', '稷政办发', 'county'],
    ['金政辦﹝2019﹞33號', '金政办〔2019〕33号', '金政办', 'unknown'],
    ['絳政辦發〔2023〕14號', '绛政办发〔2023〕14号', '绛政办发', 'unknown'],
    ['（吉办发[2017]16号）', '吉办发〔2017〕16号', '吉办发', 'provincial'],
    ['河北省人工影响天气管理规定\n\n政府令〔2010〕第15号', '政府令〔2010〕第15号', '政府令', 'unknown'],
    ['有效性 有效\n梁政发【2023】7号关于印发', '梁政发〔2023〕7号', '梁政发', 'unknown'],
    ['的报告\n\n海发改办〔2020〕1085号', '海发改办〔2020〕1085号', '海发改办', 'unknown'],
    ['《陕西省行政规范性文件制定和监督管理办法》(陕西省人民政府令第216号)', '陕西省人民政府令第216号', '陕西省人民政府令', 'provincial'],
    ['《危险化学品安全管理条例》(国务院第591号令)', '国务院令第591号', '国务院令', 'national'],
    // A decree cited without 第 (real 解读 pages: 《湖南省规范性文件管理办法》(省政府令242号)).
    ['《某省规范性文件管理办法》(省政府令242号)', '省政府令第242号', '省政府令', 'unknown'],
    ['《中华人民共和国政府信息公开条例》(国务院令711号)', '国务院令第711号', '国务院令', 'national'],
    ['依据甲市人民政府令 15 号', '甲市人民政府令第15号', '甲市人民政府令', 'unknown'],
    // …or after a province's own 代字 (a closed set): the same number as 沪府令第16号.
    ['《上海市某管理办法》(沪府令16号)', '沪府令第16号', '沪府令', 'provincial'],
    ['《安宁市征地拆迁补偿安置办法(试行)》(安宁市人民政府第19号公告)', '安宁市人民政府第19号公告', '安宁市人民政府公告', 'unknown'],
    // A decree's 第 as printed; an organ never starts inside the date before it.
    ['沈阳市人民政府令（沈政令[1997]29号）', '沈政令〔1997〕29号', '沈政令', 'unknown'],
    ['根据2019年9月19日市政府令第1号公布', '市政府令第1号', '市政府令', 'unknown'],
    ['2022年3月1日晋政发〔2022〕1号', '晋政发〔2022〕1号', '晋政发', 'provincial'],
    // …nor inside one written in Chinese numerals, its year cut off by the look-back or not.
    ['现决定废止《某办法》（二〇〇九年四月二十一日某市人民政府令第166号公布）', '某市人民政府令第166号', '某市人民政府令', 'unknown'],
    ['根据二○一九年九月十九日市政府令第1号公布', '市政府令第1号', '市政府令', 'unknown'],
    ['一九九七年十二月三十日省人民政府令第八十八号', '省人民政府令第88号', '省人民政府令', 'unknown'],
    ['二〇二二年三月一日晋政发〔2022〕1号', '晋政发〔2022〕1号', '晋政发', 'provincial'],
    // Must not: numerals in an organ's name that make no day (五一, 十月 without 日) stay.
    ['八一农垦大学发〔2020〕3号', '八一农垦大学发〔2020〕3号', '八一农垦大学发', 'unknown'],
    // The country's name is printed with a decree and cited without it; its 和 is no "and".
    ['2013年10月2日中华人民共和国国务院令第641号公布', '国务院令第641号', '国务院令', 'national'],
    ['（中华人民共和国主席令第八十八号）', '主席令第88号', '主席令', 'unknown'],
    ['财政部和中华人民共和国海关总署令第1号', '海关总署令第1号', '海关总署令', 'unknown'],
    // An organ's field named with 和 is one name: its 和 joins nothing (the whole organ numbers the series).
    ['住房和城乡建设部令第47号', '住房和城乡建设部令第47号', '住房和城乡建设部令', 'unknown'],
    ['根据国家粮食和物资储备局公告2021年第5号', '国家粮食和物资储备局公告2021年第5号', '国家粮食和物资储备局公告', 'unknown'],
    ['《某办法》(人力资源和社会保障部令第12号)', '人力资源和社会保障部令第12号', '人力资源和社会保障部令', 'unknown'],
    ['依据国家林业和草原局令第5号', '国家林业和草原局令第5号', '国家林业和草原局令', 'unknown'],
    ['甲县人力资源和社会保障局通告〔2020〕第1号', '甲县人力资源和社会保障局通告2020年第1号', '甲县人力资源和社会保障局通告', 'unknown'],
    // …while a 和 between two things still cuts: the second's number is its own.
    ['《甲办法》和乙政发〔2020〕1号', '乙政发〔2020〕1号', '乙政发', 'unknown'],
    ['发展规划和丙政办发〔2021〕3号', '丙政办发〔2021〕3号', '丙政办发', 'unknown'],
    // Serials in Chinese numerals, 字 for 号, a two-digit year, a 明传电报's 电.
    ['省人民政府令第二十三号', '省人民政府令第23号', '省人民政府令', 'unknown'],
    ['根据国务院令第七百一十三号', '国务院令第713号', '国务院令', 'national'],
    ['按照甲政办〔2019〕第十二号文件', '甲政办〔2019〕12号', '甲政办', 'unknown'],
    ['乙县府字〔2020〕5字', '乙县府字〔2020〕5号', '乙县府字', 'unknown'],
    ['丙政发(97)12号', '丙政发〔1997〕12号', '丙政发', 'unknown'],
    ['丁政发〔17〕3号', '丁政发〔2017〕3号', '丁政发', 'unknown'],
    ['明传电报\n戊府办电〔2021〕3号', '戊府办电〔2021〕3号', '戊府办电', 'unknown'],
    // A bracket lost: the year is four digits, the serial follows.
    ['根据牟政办发〔201746号文件', '牟政办发〔2017〕46号', '牟政办发', 'unknown'],
    ['广安区府办发〔202026', '广安区府办发〔2020〕26号', '广安区府办发', 'unknown'],
    ['己政办发〔2018 7号', '己政办发〔2018〕7号', '己政办发', 'unknown'],
    ['庚政发2019〕第8号', '庚政发〔2019〕8号', '庚政发', 'unknown'],
    // An organ's own series — decrees, 通告, 公告 — keeps the organ's whole name, with or without a year.
    ['依据甲市人民政府令〔2021〕第5号', '甲市人民政府令〔2021〕第5号', '甲市人民政府令', 'unknown'],
    ['乙自治州人民政府令（第23号）公布', '乙自治州人民政府令第23号', '乙自治州人民政府令', 'unknown'],
    ['根据甲县人民政府通告2022年第3号', '甲县人民政府通告2022年第3号', '甲县人民政府通告', 'unknown'],
    ['（甲县防汛抗旱指挥部通告〔2022〕第3号）', '甲县防汛抗旱指挥部通告2022年第3号', '甲县防汛抗旱指挥部通告', 'unknown'],
    ['甲县人民政府公告（2021年第7号）', '甲县人民政府公告2021年第7号', '甲县人民政府公告', 'unknown'],
    ['依据甲县人民政府第4号通告执行', '甲县人民政府第4号通告', '甲县人民政府通告', 'unknown'],
  ])('%j → %s', (text, canonical, prefix, level) => {
    const [found] = findDocNumbers(text);
    expect(found?.canonical).toBe(canonical);
    expect(found?.prefix).toBe(prefix);
    expect(found?.level).toBe(level);
  });

  it.each([
    ['2022年第3期（总第7期）'],
    ['第三条 本办法自2022年7月7日起施行'],
    ['《稷山县乡镇权责清单目录》（2022年版）'],
    ['联系电话：0359-5522123'],
    ['〔2022〕31号'],
    // An ordinal with no 令 or 公告 is not a number; a date and a house number are not either.
    ['县十八届人大一次会议第71号代表建议'],
    ['2023年第5号台风'],
    ['稷山县2022年31号楼'],
    ['索引号 11370832004235253L/2023-05260'],
    ['《人文地理实体地名通名使用规范》DB35/T 1644—2017'],
    // A serial in words or a short year without 号; a lost bracket after no 代字.
    ['县人民政府令第二十三'],
    ['甲政办〔2019〕第十二条'],
    ['第(17)条'],
    ['附件(2)1号楼'],
    ['（2017）12号'],
    ['2022年(12)3号'],
    ['房间（201746号'],
    ['截至2017）46号'],
    ['牟政办发〔201746户'],
    ['第十二号'],
    // 通告/公告 and a year make a number only after an organ's name; a bracketed serial too.
    ['本通告自2022年3月1日起施行'],
    ['现将2022年第3号台风防御工作通告如下'],
    ['本公告2022年第3号'],
    ['某区森林防火禁火令（第2号）'],
    // Without 第, 令 and digits need an organ's name before them.
    ['某区森林防火禁火令2号'],
    ['接到指令3号楼'],
    ['执行命令12号'],
    // 苏府 is 苏州's 代字, not 江苏's (苏政): no province's own stem.
    ['依据苏府令12号'],
  ])('finds no number in %j', (text) => {
    expect(findDocNumbers(text)).toEqual([]);
  });

  it('reports where each number stands in the text', () => {
    const text = '根据晋政办发〔2022〕33号和运政办发〔2022〕19号文件';
    const found = findDocNumbers(text);
    expect(found.map((f) => text.slice(f.index, f.index + f.length))).toEqual(['晋政办发〔2022〕33号', '运政办发〔2022〕19号']);
  });

  // After a whole number's 号, 和/与/及 joins the next number: never the first character of its 代字.
  it.each([
    ['甲发〔2017〕8号和甲办文〔2017〕94号文件', ['甲发〔2017〕8号', '甲办文〔2017〕94号']],
    ['甲政发〔2017〕8号与乙政办〔2017〕9号', ['甲政发〔2017〕8号', '乙政办〔2017〕9号']],
    ['甲政发〔2017〕8号及乙政办〔2017〕9号', ['甲政发〔2017〕8号', '乙政办〔2017〕9号']],
    // A place's first character where no number ends before it.
    ['根据和政发〔2019〕1号和甲政办〔2019〕2号', ['和政发〔2019〕1号', '甲政办〔2019〕2号']],
  ])('reads the numbers a conjunction joins in %j', (text, canonicals) => {
    expect(findDocNumbers(text).map((n) => n.canonical)).toEqual(canonicals);
  });

  // 第N号令 after an organ's name and a year is the organ's decree 令第N号.
  it.each([
    ['（某部〔2007〕第162号令）', '某部令第162号', '某部〔2007〕第162号令'],
    ['根据甲市人民政府〔2010〕第15号令', '甲市人民政府令第15号', '甲市人民政府〔2010〕第15号令'],
  ])('reads %j as a decree', (text, canonical, raw) => {
    expect(findDocNumbers(text)[0]).toMatchObject({ canonical, raw, kind: 'decree' });
  });

  it.each([
    // A 代字's number with 令 after it (号令 as a word) stays the 代字's.
    ['甲政发〔2017〕第3号令各单位执行', '甲政发〔2017〕3号'],
    ['某部〔2007〕162号令', '某部〔2007〕162号'],
  ])('keeps %j a standard number', (text, canonical) => {
    expect(findDocNumbers(text)[0]).toMatchObject({ canonical, kind: 'standard' });
  });

  it('calls an organ\'s decree with a year a decree, and its announcement not', () => {
    expect(findDocNumbers('甲市人民政府令〔2021〕第5号')[0]).toMatchObject({ kind: 'decree', prefix: '甲市人民政府令', year: 2021, serial: 5 });
    expect(findDocNumbers('甲县人民政府通告2022年第3号')[0]).toMatchObject({ kind: 'standard', prefix: '甲县人民政府通告', year: 2022, serial: 3 });
    expect(findDocNumbers('沈政令〔1997〕29号')[0]).toMatchObject({ kind: 'standard', prefix: '沈政令' });
  });

  // A government's 代字 on a province's head that is not the province's stem is a city's: no level, no region.
  it.each([
    ['苏政办发〔2017〕138号', 'provincial'],
    ['苏政务办发〔2019〕73号', 'provincial'],
    ['赣府厅字〔2018〕87号', 'provincial'],
    ['苏府办〔2017〕13号', 'unknown'],
    ['赣市府发〔2020〕3号', 'unknown'],
    ['吉市政发〔2020〕3号', 'unknown'],
  ])('%s is %s', (text, level) => {
    expect(findDocNumbers(text)[0]?.level).toBe(level);
  });

  it('keeps the parts of a number', () => {
    const [found] = findDocNumbers('稷政办发〔2022〕31号');
    expect(found).toMatchObject({ prefix: '稷政办发', year: 2022, serial: 31, kind: 'standard', region: '稷山县' });
  });
});

describe('parseDocNumber', () => {
  it.each([
    ['夏政发(2023)12号', '夏政发〔2023〕12号'],
    ['稷政办发[2022]37号', '稷政办发〔2022〕37号'],
    ['稷政办发〔2022〕31 号', '稷政办发〔2022〕31号'],
    [' 稷政办发 〔2022〕 31号 ', '稷政办发〔2022〕31号'],
    ['（稷政办发〔2022〕31号）', '稷政办发〔2022〕31号'],
    ['稷政办发〔2022〕第31号', '稷政办发〔2022〕31号'],
    ['稷政办发 2022年31号', '稷政办发〔2022〕31号'],
    ['稷政办发2022年第31号', '稷政办发〔2022〕31号'],
    ['稷政办發〔2022〕31號', '稷政办发〔2022〕31号'],
    ['陜政發〔2017〕34號', '陕政发〔2017〕34号'],
    ['(兴署发〔2019〕1号)', '兴署发〔2019〕1号'],
    ['盤政發〔2005〕30號', '盘政发〔2005〕30号'],
    ['政府令〔2010〕第15号', '政府令〔2010〕第15号'],
    ['〔2019〕第4号', '〔2019〕第4号'],
    ['(2025年第2號)', '2025年第2号'],
    ['国务院令 第713号', '国务院令第713号'],
    ['中华人民共和国国务院令第641号', '国务院令第641号'],
    ['（省人民政府令第二十三号）', '省人民政府令第23号'],
    ['乙县府字〔2020〕5字', '乙县府字〔2020〕5号'],
    ['丙政发(97)12號', '丙政发〔1997〕12号'],
    ['牟政办发〔201746', '牟政办发〔2017〕46号'],
    ['牟政办发201746号', '牟政办发〔2017〕46号'],
    ['牟政办发 201746', '牟政办发〔2017〕46号'],
    // An announcement typed any way the organ prints it is one number (search finds it by each).
    ['甲县人民政府通告2022年第3号', '甲县人民政府通告2022年第3号'],
    ['甲县人民政府通告〔2022〕第3号', '甲县人民政府通告2022年第3号'],
    ['甲县人民政府通告（2022年第3号）', '甲县人民政府通告2022年第3号'],
    ['甲县人民政府通告 2022年 第3号', '甲县人民政府通告2022年第3号'],
    ['甲县人民政府通告〔2022〕3号', '甲县人民政府通告2022年第3号'],
    ['甲市人民政府令第二号', '甲市人民政府令第2号'],
    // Brackets and 号 lost after a 代字 (经开: 经济开发区), a space left between year and serial.
    ['丁经开202157', '丁经开〔2021〕57号'],
    ['丁经开202157号', '丁经开〔2021〕57号'],
    ['甲政办发2021 12号', '甲政办发〔2021〕12号'],
    // A long 代字 of an organ the prefix table does not know, on a line of its own.
    ['穗天科工信规字〔2023〕1号', '穗天科工信规字〔2023〕1号'],
    ['甲乙丙丁戊己庚辛发〔2023〕1号', '甲乙丙丁戊己庚辛发〔2023〕1号'],
  ])('%j → %s', (text, canonical) => {
    expect(parseDocNumber(text)?.canonical).toBe(canonical);
    expect(canonicalDocNumber(text)).toBe(canonical);
  });

  it.each([
    ['停电 应急预案'],
    ['稷政办发〔2022〕31号 的通知'],
    [''],
    ['〔2022〕31号'],
    ['〔2019〕'],
    ['2022年31号'],
    ['停电2022年31号'],
    ['停电201746号'],
    ['印发 20210301'],
    ['转发2022年31号'],
    ['0359-5522123'],
    ['13912345678'],
    ['第12条'],
    ['— 12 —'],
    // Digits after words that are no 代字: a postcode, a phone, a date, money, an 索引号; a serial never starts with 0.
    ['邮编200031'],
    ['电话13912345678'],
    ['日期20210507'],
    ['金额202100元'],
    ['人民币2021万元'],
    ['索引号11410900MB1234567X/2021-00057'],
    ['11410900MB1234567X/2021-00057'],
    ['甲政办发2021012'],
    ['第一中学202112'],
  ])('%j is not a number', (text) => {
    expect(parseDocNumber(text)).toBeUndefined();
  });

  it.each([['牟政办发〔201746'], ['牟政办发201746号'], ['（广安区府办发〔202026号）'], ['丁经开202157'], ['甲政办发2021 12号']])('%j is read and says a bracket was lost', (text) => {
    expect(parseDocNumber(text)?.problem).toContain('缺少括号');
  });

  it.each([['稷政办发〔2022〕31号'], ['中华人民共和国国务院令第641号'], ['丙政发(97)12号']])('%j has no problem', (text) => {
    expect(parseDocNumber(text)?.problem).toBeUndefined();
  });

  it('says when 号 was lost too', () => {
    expect(parseDocNumber('丁经开202157')?.problem).toBe('发文字号"丁经开202157"缺少括号和"号"，按丁经开〔2021〕57号读取');
    expect(parseDocNumber('丁经开202157号')?.problem).toBe('发文字号"丁经开202157号"缺少括号，按丁经开〔2021〕57号读取');
  });

  it('keeps the printed form as raw', () => {
    expect(parseDocNumber('中华人民共和国国务院令第641号')?.raw).toBe('中华人民共和国国务院令第641号');
    expect(parseDocNumber('牟政办发〔201746')?.raw).toBe('牟政办发〔201746');
  });
});

describe('findMalformedDocNumbers', () => {
  it.each([
    ['牟政办发〔201746', '牟政办发〔201746', '牟政办发〔2017〕46号'],
    ['根据牟政办发〔201746号文件', '牟政办发〔201746号', '牟政办发〔2017〕46号'],
    ['庚政发2019〕8号', '庚政发2019〕8号', '庚政发〔2019〕8号'],
  ])('%j is kept as written (%s) and read as %s', (text, raw, canonical) => {
    const [found] = findMalformedDocNumbers(text);
    expect(found?.raw).toBe(raw);
    expect(found?.canonical).toBe(canonical);
    expect(found?.problem).toContain('缺少括号');
  });

  it.each([['稷政办发〔2022〕31号'], ['电话（0359）5522123'], ['面积（12345平方米）'], ['牟政办发〔201746户']])('%j is not a malformed number', (text) => {
    expect(findMalformedDocNumbers(text)).toEqual([]);
  });
});

describe('numberUnderName', () => {
  it.each([
    ['甲市人民政府令', '（第23号）', '甲市人民政府令第23号'],
    ['甲市人民政府令', '第 23 号', '甲市人民政府令第23号'],
    ['甲市人民政府令', '第二号', '甲市人民政府令第2号'],
    ['甲市人民政府令', '〔2021〕第5号', '甲市人民政府令〔2021〕第5号'],
    ['甲市人民政府令', '（2021年第5号）', '甲市人民政府令〔2021〕第5号'],
    ['甲 县 人 民 政 府 通 告', '2022年第3号', '甲县人民政府通告2022年第3号'],
    ['甲县人民政府通告', '（2022年第3号）', '甲县人民政府通告2022年第3号'],
    ['甲县新冠肺炎疫情防控指挥部通告', '〔2022〕第3号', '甲县新冠肺炎疫情防控指挥部通告2022年第3号'],
    ['甲县人民政府公告', '第19号', '甲县人民政府第19号公告'],
    ['甲县新冠肺炎疫情防控工作领导小组通告', '（第1号）', '甲县新冠肺炎疫情防控工作领导小组第1号通告'],
    ['中华人民共和国国务院令', '第 641 号', '国务院令第641号'],
    // A congress, its standing committee and a session of it number their own 公告.
    ['甲县第十八届人民代表大会第二次会议公告', '(第4号)', '甲县第十八届人民代表大会第二次会议第4号公告'],
    ['甲县人民代表大会常务委员会公告', '第一号', '甲县人民代表大会常务委员会第1号公告'],
  ])('%j over %j → %s', (name, line, canonical) => {
    expect(numberUnderName(name, line)?.canonical).toBe(canonical);
  });

  it.each([
    // A title that names no organ's series alone: the number below stays as printed.
    ['甲区人民政府森林防火禁火令', '2025年第2号'],
    ['甲县人民政府关于禁止燃放烟花爆竹的通告', '2022年第3号'],
    ['甲县人民政府', '2022年第3号'],
    ['甲县人民政府关于召开某会议的公告', '第1号'],
    // A line below that is no serial alone.
    ['甲市人民政府令', '第3条'],
    ['甲市人民政府令', '甲政发〔2021〕3号'],
    ['甲县人民政府通告', '为做好2022年第3号台风防御工作，现通告如下：'],
    ['甲县人民政府通告', '2022年3月1日'],
  ])('%j over %j is no number', (name, line) => {
    expect(numberUnderName(name, line)).toBeUndefined();
  });
});

describe('seriesType', () => {
  it.each([
    ['苍教办函〔2011〕26号', '函'],
    ['陕自然资矿保函〔2025〕644号', '函'],
    ['国办函〔2020〕1号', '函'],
    ['湘政发〔2020〕1号', undefined],
    ['函发〔2020〕1号', undefined],
    ['灌行审复〔2019〕4号', undefined],
  ])('%s → %s', (raw, type) => {
    expect(seriesType(parseDocNumber(raw))).toBe(type);
  });

  it('tells nothing without a number', () => {
    expect(seriesType(undefined)).toBeUndefined();
  });
});
