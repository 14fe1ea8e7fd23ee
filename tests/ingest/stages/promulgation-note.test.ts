import { describe, expect, it } from 'vitest';
import { organOfMeeting, readAdoptionNote, readDatedNumberNote, readPromulgationNote } from '../../../ingest/stages/promulgation-note';

const rowsOf = (lines: string[]) => lines.map((_, i) => i);
const read = (lines: string[]) => readPromulgationNote(lines, rowsOf(lines));

describe('readPromulgationNote', () => {
  it.each([
    ['a city decree that lost its place', ['(2002年10月14日市人民政府令第46号公布,自2002年11月15日起施行)', '第一章总则'], { line: 0, docNumberRaw: '市人民政府令第46号', issuer: '市人民政府', date: '2002-10-14' }],
    ['adoption first, the decree date is the one before the decree', ['（2001年10月31日某国务院第46次常务会议通过 2001年12月10日中华人民共和国国务院令第332号公布 自2002年1月1日起施行）'], { docNumberRaw: '中华人民共和国国务院令第332号', issuer: '中华人民共和国国务院', date: '2001-12-10' }],
    ['a serial in Chinese numerals, 发布', ['某省某办法', '(2005年3月1日某省人民政府令第四十六号发布)', '第一条 为了…'], { line: 1, docNumberRaw: '某省人民政府令第四十六号', issuer: '某省人民政府', date: '2005-03-01' }],
    ['unbracketed, opening with its date', ['2010年5月6日某市人民政府令第12号公布', '第一条 为了…'], { docNumberRaw: '某市人民政府令第12号', issuer: '某市人民政府', date: '2010-05-06' }],
    ['a 部令 with a full stop after it', ['(2015年1月2日某部令第7号公布。)'], { docNumberRaw: '某部令第7号', issuer: '某部', date: '2015-01-02' }],
  ])('%s', (_, lines, expected) => {
    expect(read(lines)).toMatchObject(expected);
  });

  it.each([
    ['a decree that revised the rule, not promulgated it', ['(根据2011年1月8日某市人民政府令第58号修订)']],
    ['a body sentence citing a decree', ['根据《某条例》(某省人民政府令第46号公布),制定本办法。']],
    ['a 公文 number in brackets', ['(某政发〔2020〕3号公布)']],
    ['a decree below the first rows', ['某县人民政府文件', '某政发〔2020〕3号', '关于某事的通知', '(2002年10月14日市人民政府令第46号公布)']],
    ['a title naming a decree', ['关于贯彻某市人民政府令第46号公布的办法的通知']],
  ])('%s: none', (_, lines) => {
    expect(read(lines)).toBeUndefined();
  });
});

describe('readDatedNumberNote', () => {
  const dated = (lines: string[]) => readDatedNumberNote(lines, rowsOf(lines));

  it.each([
    // A law database's page: the 通知 under its title, the body run on after the bracket.
    ['the body run on after it', ['某省人民政府关于某事的通知', '(1985年5月4日某政〔1985〕38号)  根据《某法》，现将有关问题通知如下：'], { line: 1, docNumberRaw: '某政〔1985〕38号', date: '1985-05-04' }],
    ['full-width brackets, a space inside, alone on its line', ['某市人民政府办公室关于某事的通知', '（2019年3月1日 某政办发〔2019〕5号）', '各县人民政府：'], { line: 1, docNumberRaw: '某政办发〔2019〕5号', date: '2019-03-01' }],
    // Law databases that print the number first, and those that add 文件 after it (traditional pages are folded before).
    ['the number before the date', ['某省人民政府关于某事的通报', '(某政函〔2010〕57号 2010年4月23日)', '各设区市人民政府:'], { line: 1, docNumberRaw: '某政函〔2010〕57号', date: '2010-04-23' }],
    ['文件 after the number', ['某省某暂行办法', '(1961年8月2日某办字〔1961〕第0199号文件)'], { line: 1, date: '1961-08-02' }],
    ['below a site heading and a metadata block', ['某站', '某省政府关于某事的通知', ...Array.from({ length: 8 }, (_, i) => `【字段${i}】值`), '某省人民政府关于某事的通知', '(1985年5月4日某政〔1985〕38号)'], { line: 11, docNumberRaw: '某政〔1985〕38号' }],
  ])('%s', (_, lines, expected) => {
    expect(dated(lines)).toMatchObject(expected);
  });

  it.each([
    ['a number cited in a sentence in brackets', ['关于某事的通知', '(根据2019年3月1日某政发〔2019〕5号文件精神)']],
    ['a number before the date with words after the date', ['关于某事的通知', '(某政发〔2019〕5号 2019年3月1日印发)']],
    ['a number before the date with words between', ['关于某事的通知', '(某政发〔2019〕5号于2019年3月1日)']],
    ['a word other than 文件 after the number', ['关于某事的通知', '(2019年3月1日某政发〔2019〕5号文件精神)']],
    ['a date and a number with words after them in the bracket', ['关于某事的通知', '(2019年3月1日某政发〔2019〕5号印发)']],
    ['a decree (read by readPromulgationNote)', ['某办法', '(2002年10月14日某市人民政府令第46号)']],
    ['a bracket that does not open its line', ['关于某事的通知', '见(2019年3月1日某政发〔2019〕5号)']],
  ])('%s: none', (_, lines) => {
    expect(dated(lines)).toBeUndefined();
  });
});


describe('readAdoptionNote', () => {
  const adopted = (lines: string[]) => readAdoptionNote(lines, rowsOf(lines));

  it.each([
    ['a congress resolution under a title of two lines', ['某县第十五届人民代表大会第五次会议关于某县人民', '代表大会常务委员会工作报告的决议', '(2015年4月10日某县第十五届人民代表大会第五次会议通过)', '某县第十五届人民代表大会第五次会议听取了…'], { line: 2, meeting: '某县第十五届人民代表大会第五次会议', date: '2015-04-10' }],
    ['a standing committee, full-width brackets, a later amendment', ['某市某条例', '（2010年1月15日某市第十三届人民代表大会常务委员会第二十次会议通过 2015年3月1日修正）'], { meeting: '某市第十三届人民代表大会常务委员会第二十次会议', date: '2010-01-15' }],
    ['a date in Chinese numerals, 批准', ['某自治县某条例', '(二〇一〇年五月六日某省第十一届人民代表大会常务委员会第十五次会议批准)'], { meeting: '某省第十一届人民代表大会常务委员会第十五次会议', date: '2010-05-06' }],
  ])('%s', (_, lines, expected) => {
    expect(adopted(lines)).toMatchObject(expected);
  });

  it.each([
    ['a body sentence naming the meeting', ['某县人民代表大会常务委员会公告', '《某决定》已经2017年4月18日某县第十七届人民代表大会常务委员会第一次会议通过,现予公布。']],
    ['a government meeting that adopted a rule', ['某市某办法', '(2002年9月1日某市人民政府第46次常务会议通过)']],
    ['a note that lost its date', ['某决定', '某县第十七届人民代表大会常务委员会', '第一次会议通过)']],
    ['a note far below the title', ['某决议', '一、', '二、', '三、', '四、', '(2015年4月10日某县第十五届人民代表大会第五次会议通过)']],
  ])('%s: none', (_, lines) => {
    expect(adopted(lines)).toBeUndefined();
  });
});

describe('organOfMeeting', () => {
  it.each([
    ['a 人大常委会 meeting, 第N届 and the meeting dropped', '乌海市第十届人民代表大会常务委员会第一次会议', '乌海市人民代表大会常务委员会'],
    ['a region\'s committee', '某自治区第十三届人民代表大会常务委员会第三十次会议', '某自治区人民代表大会常务委员会'],
    ['a short name', '某县人大常委会第二十次会议', '某县人民代表大会常务委员会'],
    // MUST-NOT: a 人民代表大会's session issues its own resolution; a government's meeting is no 人大's.
    ['a 人民代表大会 session, kept', '某县第十五届人民代表大会第五次会议', '某县第十五届人民代表大会第五次会议'],
    ['a government\'s meeting, kept', '某市人民政府第46次常务会议', '某市人民政府第46次常务会议'],
    ['a committee\'s council meeting, kept', '某市人大常委会主任会议', '某市人大常委会主任会议'],
  ])('%s', (_, meeting, organ) => {
    expect(organOfMeeting(meeting)).toBe(organ);
  });
});
