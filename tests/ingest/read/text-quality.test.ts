import { describe, expect, it } from 'vitest';
import { textQuality, withoutWatermarks } from '../../../ingest/read/text-quality';

const BODY = '各乡镇人民政府，县政府各部门：现将《稷山县农村人居环境整治实施方案》印发给你们，请结合实际认真贯彻执行。';

describe('textQuality', () => {
  it.each([
    ['a real 公文 body', [BODY], 1, 'ok'],
    ['a news page full of names', ['市委书记陈吉宁昨天上午调研我市相关宗教场所，与宗教界代表人士举行座谈。陈吉宁指出，要深入学习贯彻习近平总书记关于宗教工作的重要论述。'], 1, 'ok'],
    ['a page number only', ['— 3 —'], 1, 'empty'],
    ['nothing on 8 pages', ['', '', '', '', '', '', '', ''], 8, 'empty'],
    ['private-use glyph codes', ['\ue001\ue002\ue003\ue004\ue005\ue006\ue007\ue008\ue009\ue00a\ue00b\ue00c'], 1, 'garbled'],
    ['wrongly mapped CID fonts (GB/T 39677 cover)', ['犐犆犛３５．２４０．０１ 犆犆犛犔７０ 犌犅／犜３９６７７—２０２０ 犌狌犻犱犲犾犻狀犲犳狅狉犗犉犇犪狆狆犾犻犮犪狋犻狅狀狋狅犵狅狏犲狉狀犿犲狀狋'], 1, 'garbled'],
    // Must not be called garbled: too few Han characters to judge, or a rare-word list among common text.
    ['a short title of rare characters', ['龘靐齉'.repeat(4)], 1, 'ok'],
    ['English text', ['Guideline for OFD application to government website webpage archiving'], 1, 'ok'],
  ])('%s → %s', (_, texts, pages, verdict) => {
    expect(textQuality(texts, pages).verdict).toBe(verdict);
  });
});

describe('withoutWatermarks', () => {
  it.each([
    ['扫描全能王 创建', ''],
    ['扫描全能王创建', ''],
    ['Scanned with CamScanner', ''],
    ['农业农村部办公厅 扫描全能王 创建', '农业农村部办公厅'],
    // Must stay: words that only share a part with a watermark.
    ['关于创建文明城市的通知', '关于创建文明城市的通知'],
    ['扫描仪采购公告', '扫描仪采购公告'],
  ])('%s → %s', (text, expected) => {
    expect(withoutWatermarks(text)).toBe(expected);
  });

  it('makes a scan whose only text is the CamScanner stamp "empty"', () => {
    const pages = Array.from({ length: 8 }, () => withoutWatermarks('扫描全能王 创建'));
    expect(textQuality(pages, 8).verdict).toBe('empty');
  });
});
