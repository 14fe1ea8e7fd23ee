import { describe, expect, it } from 'vitest';
import { fullWidthBrackets, readHeader, splitTitle } from '../../../ingest/stages/read-header';
import { repairParagraphs } from '../../../ingest/stages/repair-paragraphs';
import { splitDocuments } from '../../../ingest/stages/split-documents';
import type { GazetteDocument } from '../../../src/model';

/** The first document of real gazette lines, through repair, split and header. */
function header(lines: string[], county = '稷山县'): GazetteDocument {
  const { paragraphs } = repairParagraphs({ source: { path: 't', sha256: 't', format: 'text' }, lines: lines.map((text) => ({ text })), messages: [] });
  const [block] = splitDocuments(paragraphs);
  return readHeader(paragraphs, block, { gazetteId: 'g', county, ordinal: 0 });
}

const JISHAN_16 = [
  '稷山县人民政府 关于印发稷山县生态环境保护“十四五”规划的 通 知',
  '稷政发〔2022〕16号',
  '各乡（镇）人民政府，县直各有关单位，稷山经开区管委会：',
  '现将《稷山县生态环境保护“十四五”规划》印发你们，请认真组织实施。',
  '稷山县人民政府',
  '2022年8月1日',
  '（此件详见县政府网站）',
];

/** 夏政办函〔2023〕53号: no publicity note, the 成文日期 after a long body with headings and a table. */
const XIAXIAN_53 = [
  '夏县人民政府办公室',
  '关于做好 2024 年度城乡居民基本医疗保险 征缴工作的通知',
  '夏政办函〔2023〕53号',
  '各乡（镇）人民政府、县直各有关单位：',
  '根据《运城市人民政府办公室关于做好 2024 年度城乡居民基本医疗保险征缴工作的通知》（运政办发〔2023〕19 号）文件要求，结合我县实际，现就做好征缴工作通知如下。',
  '一、征缴时间',
  '2024 年度城乡居民基本医疗保险费缴费期限为 2023 年 9 月 1 日至 12 月 25 日。',
  '序号\t乡镇\t应参保人数\t备注',
  '1\t社区\t14302\t',
  '五、工作要求',
  '(一) 加强组织领导。各乡镇要严格落实参保缴费的主体责任。',
  '夏县人民政府办公室',
  '2023 年 9 月 14 日',
];

describe('readHeader', () => {
  it.each<[string, string[], string, Partial<GazetteDocument>]>([
    [
      '稷政发〔2022〕16号: number, issuer, title, recipients, signature, date, publicity',
      JISHAN_16,
      '稷山县',
      {
        docNumber: '稷政发〔2022〕16号',
        docNumberRaw: '稷政发〔2022〕16号',
        issuingBody: '稷山县人民政府',
        title: '关于印发稷山县生态环境保护“十四五”规划的通知',
        recipients: '各乡（镇）人民政府，县直各有关单位，稷山经开区管委会',
        signedBy: '稷山县人民政府',
        date: '2022-08-01',
        publicity: '此件详见县政府网站',
        type: '规划',
      },
    ],
    [
      '夏政办函〔2023〕53号: the 成文日期 after the body',
      XIAXIAN_53,
      '夏县',
      {
        docNumber: '夏政办函〔2023〕53号',
        issuingBody: '夏县人民政府办公室',
        title: '关于做好2024年度城乡居民基本医疗保险征缴工作的通知',
        recipients: '各乡（镇）人民政府、县直各有关单位',
        signedBy: '夏县人民政府办公室',
        date: '2023-09-14',
        type: '通知',
      },
    ],
    [
      'a date in Chinese numerals, 此件公开发布 with half-width brackets',
      ['万荣县人民政府办公室关于做好防汛工作的通知', '万政办发〔2023〕5号', '各乡（镇）人民政府，县直各有关单位：', '请认真做好防汛工作。', '万荣县人民政府办公室', '二〇二三年一月五日', '(此件公开发布)'],
      '万荣县',
      { docNumber: '万政办发〔2023〕5号', issuingBody: '万荣县人民政府办公室', date: '2023-01-05', publicity: '此件公开发布', signedBy: '万荣县人民政府办公室' },
    ],
    [
      'a number in square brackets, a 决定',
      ['万荣县人民政府关于表彰2022年度先进单位的决定', '万政发[2023]3号', '各乡（镇）人民政府，县直各有关单位：', '经研究，决定对以下单位予以表彰。', '万荣县人民政府', '2023年1月5日'],
      '万荣县',
      { docNumber: '万政发〔2023〕3号', docNumberRaw: '万政发[2023]3号', issuingBody: '万荣县人民政府', title: '关于表彰2022年度先进单位的决定', type: '决定', date: '2023-01-05' },
    ],
    [
      'no number: the issuer from the title, recipients with 县直各有关单位',
      ['万荣县人民政府办公室关于做好防汛工作的通知', '各乡（镇）人民政府，县直各有关单位：', '请认真做好防汛工作。', '万荣县人民政府办公室', '2023年1月5日'],
      '万荣县',
      { issuingBody: '万荣县人民政府办公室', title: '关于做好防汛工作的通知', recipients: '各乡（镇）人民政府，县直各有关单位', date: '2023-01-05' },
    ],
  ])('reads %s', (_name, lines, county, expected) => {
    const doc = header(lines, county);
    expect(doc).toMatchObject(expected);
    if (!expected.docNumber) expect(doc.docNumber).toBeUndefined();
  });

  it.each([
    ['2023年1月5', '2023-01-05'],
    ['20230105', '2023-01-05'],
  ])('reads a 落款 date misprinted as %s', (printed, iso) => {
    const doc = header(['万荣县人民政府关于做好防汛工作的通知', '万政发〔2023〕3号', '各乡（镇）人民政府：', '请认真做好防汛工作。', '万荣县人民政府', printed], '万荣县');
    expect(doc.date).toBe(iso);
  });

  it('takes no recipients from a 通告 whose body opens with a sentence announcing what follows', () => {
    const doc = header([
      '万荣县人民政府关于禁止在城区燃放烟花爆竹的通告',
      '万政通〔2023〕3号',
      '为预防火灾事故，根据《烟花爆竹安全管理条例》等规定，现就有关事项通告如下：',
      '一、禁止燃放区域为县城城区。',
      '万荣县人民政府',
      '2023年1月5日',
    ], '万荣县');
    expect(doc.recipients).toBeUndefined();
    expect(doc.paragraphs[0].text).toMatch(/^为预防火灾事故/);
  });

  it.each<[string, string[], GazetteDocument['attachments']]>([
    ['附件： with numbered items over two paragraphs', ['附件：1. 稷山县高标准农田建设项目绩效考核评分标准', '2. 稷山县高标准农田建设项目绩效考核评分表'], [
      { index: 1, title: '稷山县高标准农田建设项目绩效考核评分标准' },
      { index: 2, title: '稷山县高标准农田建设项目绩效考核评分表' },
    ]],
    ['附件: with a half-width colon and no spaces', ['附件:1.防汛责任人名单', '2.物资清单'], [{ index: 1, title: '防汛责任人名单' }, { index: 2, title: '物资清单' }]],
    ['附件：1、 with a 顿号', ['附件：1、防汛责任人名单', '2、物资清单'], [{ index: 1, title: '防汛责任人名单' }, { index: 2, title: '物资清单' }]],
    ['one attachment without a number', ['附件：稷山县乡镇权责清单目录'], [{ title: '稷山县乡镇权责清单目录' }]],
    ['a 附件 heading without a colon is no list', ['附件', '稷山县乡镇权责清单目录'], []],
    ['a sentence about an attachment is no list', ['具体任务详见附件。'], []],
  ])('reads attachments: %s', (_name, body, expected) => {
    const doc = header(['稷山县人民政府办公室关于印发有关方案的通知', '稷政办发〔2022〕29号', '各乡（镇）人民政府：', '现印发给你们，请认真贯彻执行。', ...body, '稷山县人民政府办公室', '2022年8月5日']);
    expect(doc.attachments).toEqual(expected);
  });

  it('does not take the attachment list into the outline', () => {
    const doc = header(['稷山县人民政府办公室关于做好防汛工作的通知', '稷政办发〔2022〕29号', '各乡（镇）人民政府：', '一、提高认识', '1. 加强巡查。', '附件：1. 防汛责任人名单', '2. 物资清单', '稷山县人民政府办公室', '2022年8月5日']);
    expect(doc.outline.map((n) => n.label)).toEqual(['一、', '1.']);
  });

  it.each<[string, string, string]>([
    ['the title in 《》 with （试行）', '《县城规划区内居民自建房规划施工经营管理办法（试行）》', '县城规划区内居民自建房规划施工经营管理办法（试行）'],
    ['half-width (试行) in the title', '《稷山县高标准农田建设项目绩效考核办法(试行)》', '稷山县高标准农田建设项目绩效考核办法（试行）'],
  ])('reads the instrument title from %s', (_name, quoted, expected) => {
    const doc = header([`稷山县人民政府 关于印发${quoted}的通知`, '稷政发〔2022〕18号', '各乡（镇）人民政府：', '现印发给你们，请认真贯彻执行。', '稷山县人民政府', '2022年8月1日']);
    expect(doc.instrumentTitle).toBe(expected);
    expect(doc.type).toBe('办法');
  });

  it('reads the instrument title that stands after the signature, as printed before the 办法', () => {
    const doc = header([
      '夏县人民政府', '关于印发《夏县重大行政决策程序实施办法》的 通 知', '夏政发〔2023〕12号', '各乡(镇)人民政府,县直各有关单位:',
      '《夏县重大行政决策程序实施办法》已经县人民政府第8次常务会议研究同意,现印发给你们,请认真贯彻执行', '夏县人民政府', '2023年7月12日',
      '夏县重大行政决策程序实施办法', '第一章 总 则', '第一条 为了规范重大行政决策程序，制定本办法。',
    ], '夏县');
    expect(doc.instrumentTitle).toBe('夏县重大行政决策程序实施办法');
    expect(doc.outline.map((n) => n.label)).toEqual(['第一章', '第一条']);
  });

  it('warns when no 成文日期 is found', () => {
    const doc = header(['稷山县人民政府办公室关于做好防汛工作的通知', '稷政办发〔2022〕29号', '各乡（镇）人民政府：', '请认真做好防汛工作。']);
    expect(doc.date).toBeUndefined();
    expect(doc.messages).toEqual([expect.objectContaining({ level: 'warning', origin: 'read-header' })]);
  });
});

describe('splitTitle', () => {
  it.each<[string, { issuingBody?: string; title: string }]>([
    ['稷山县人民政府关于印发稷山县助企纾困38条的通知', { issuingBody: '稷山县人民政府', title: '关于印发稷山县助企纾困38条的通知' }],
    ['夏县人民政府办公室关于进一步规范各类土地整治项目的通知', { issuingBody: '夏县人民政府办公室', title: '关于进一步规范各类土地整治项目的通知' }],
    ['关于做好2023年度城乡居民基本医疗保险征缴工作的通知', { title: '关于做好2023年度城乡居民基本医疗保险征缴工作的通知' }],
    // Not an issuer before 关于: the whole is the title.
    ['请各单位关于做好防汛工作的通知', { title: '请各单位关于做好防汛工作的通知' }],
  ])('splits %s', (text, expected) => {
    expect(splitTitle(text)).toEqual(expected);
  });
});

describe('fullWidthBrackets', () => {
  it('writes Chinese brackets', () => {
    expect(fullWidthBrackets('《稷山县乡镇权责清单目录》(2022年版)')).toBe('《稷山县乡镇权责清单目录》（2022年版）');
  });
});

describe('readHeader on numbers printed under their series\' name (the rule single documents use)', () => {
  const decree = (serial: string) => ['甲市人民政府令', serial, '《甲市市容管理办法》已经2021年5月1日市人民政府第3次常务会议通过，现予公布，自2021年7月1日起施行。', '市长 某某', '2021年5月10日'];
  const notice = (serial: string) => ['甲县人民政府通告', serial, '为做好防汛工作，现将有关事项通告如下：', '一、加强值守。', '甲县人民政府', '2022年6月1日'];

  it.each<[string, string[], Partial<GazetteDocument>]>([
    ['a decree\'s serial in brackets', decree('（第23号）'), { docNumber: '甲市人民政府令第23号', title: '甲市市容管理办法', issuingBody: '甲市人民政府' }],
    ['a decree\'s serial in words', decree('第二十三号'), { docNumber: '甲市人民政府令第23号', title: '甲市市容管理办法' }],
    ['a decree\'s serial with a year', decree('〔2021〕第5号'), { docNumber: '甲市人民政府令〔2021〕第5号', title: '甲市市容管理办法', issuingBody: '甲市人民政府' }],
    ['an announcement\'s serial by year', notice('2022年第3号'), { docNumber: '甲县人民政府通告2022年第3号', docNumberRaw: '甲县人民政府通告2022年第3号', title: '甲县人民政府通告' }],
    ['an announcement\'s serial in brackets', notice('（2022年第3号）'), { docNumber: '甲县人民政府通告2022年第3号', title: '甲县人民政府通告' }],
  ])('%s', (_, lines, expected) => {
    expect(header(lines, '甲县')).toMatchObject(expected);
  });

  it('keeps a serial under a title that names no organ\'s series as printed', () => {
    const lines = ['甲县人民政府关于禁止燃放烟花爆竹的通告', '2022年第3号', '为预防火灾，现将有关事项通告如下：', '一、全县禁放。', '甲县人民政府', '2022年6月8日'];
    expect(header(lines, '甲县')).toMatchObject({ docNumber: '2022年第3号' });
  });
});
