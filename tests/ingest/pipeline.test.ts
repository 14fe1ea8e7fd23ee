/**
 * The whole pipeline on the two sample gazettes (data/samples): every document found, the table
 * of contents reconciled with the bodies, duties read after repair; and, where
 * ../shared/corpus/gold is present, every document described as the hand-checked facts say,
 * with the issue metadata.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { textToSourceText } from '../../ingest/read/text';
import type { GazetteRecord } from '../../src/model';
import { sampleDocuments, sampleGazettes, sampleText } from '../samples';
import { describeShared, readGold } from '../shared-corpus';

const run = createPipeline();
const records = new Map<string, GazetteRecord>(
  sampleGazettes.map((g) => [g.file, run(textToSourceText(readFileSync(sampleText(g.file), 'utf8'), { path: g.file, sha256: g.file, format: 'text' }))]),
);
const allDocuments = () => [...records.values()].flatMap((r) => r.documents);

/** Gold is compared after removing whitespace, as the issue asks. */
const squeeze = (value: string | undefined) => value?.replace(/\s+/g, '');
const FIELDS = ['docNumber', 'issuingBody', 'title', 'date', 'publicity'] as const;

describe('createPipeline on the sample gazettes', () => {
  it('finds every document of both samples, each with its number', () => {
    expect(allDocuments().filter((d) => d.docNumber)).toHaveLength(sampleDocuments);
    for (const g of sampleGazettes) expect(records.get(g.file)!.documents.filter((d) => d.docNumber), g.file).toHaveLength(g.documents);
  });

  it.each(sampleGazettes.map((g) => [g.file] as const))('%s: every table-of-contents entry is matched to its body', (file) => {
    const record = records.get(file)!;
    expect(record.contents.length).toBeGreaterThan(0);
    const ids = new Set(record.documents.map((d) => d.id));
    const unmatched = record.contents.filter((entry) => !entry.documentId || !ids.has(entry.documentId));
    expect(unmatched).toEqual([]);
    // Matched by number where the entry has one, so a title difference cannot pair the wrong body.
    for (const entry of record.contents.filter((e) => e.docNumber)) {
      expect(record.documents.find((d) => d.id === entry.documentId)?.docNumber).toBe(entry.docNumber);
    }
  });

  it('names 县税务局 and 县行政审批局 responsible for item 八 of 稷政办发〔2022〕31号, after repair', () => {
    const doc = allDocuments().find((d) => d.docNumber === '稷政办发〔2022〕31号')!;
    const item = doc.duties.filter((d) => d.matter.startsWith('新办企业首次申领发票'));
    expect(item.map((d) => [d.unitId, d.role])).toEqual([
      ['稷山县:县税务局', 'responsible'],
      ['稷山县:县行政审批服务管理局', 'responsible'],
    ]);
  });

  it('names the lead and supporting units of item 21 (拓展服务领域) of 稷政办发〔2022〕32号, after repair', () => {
    const doc = allDocuments().find((d) => d.docNumber === '稷政办发〔2022〕32号')!;
    const item = doc.duties.filter((d) => d.matter.startsWith('拓展服务领域'));
    expect(item.filter((d) => d.role === 'lead').map((d) => d.unit)).toEqual(['县农业农村局']);
    expect(item.filter((d) => d.role === 'support').map((d) => d.unit)).toEqual(['县供销社', '县工科局', '县枣业发展服务中心']);
  });

  it('finds duties in every gazette and prints how many', () => {
    const counts = sampleGazettes.map((g) => records.get(g.file)!.documents.reduce((n, d) => n + d.duties.length, 0));
    console.log(`duties: ${counts.reduce((a, b) => a + b, 0)} (${sampleGazettes.map((g, k) => `${g.file} ${counts[k]}`).join(', ')})`);
    for (const n of counts) expect(n).toBeGreaterThan(100);
  });

  it('keeps the original lines next to the repaired paragraphs', () => {
    for (const record of records.values()) {
      for (const document of record.documents) {
        for (const paragraph of document.paragraphs) {
          expect(paragraph.raw.replace(/\s+/g, '').length).toBeGreaterThanOrEqual(paragraph.text.replace(/\s+/g, '').length * 0.9);
        }
      }
    }
  });
});

describeShared('gold', 'createPipeline on the sample gazettes against the hand-checked facts (../shared/corpus/gold)', (dir) => {
  const gold = { gazettes: readGold(dir) };

  it('finds every gold document with number, issuing body, title, date and publicity equal, and nothing else', () => {
    let found = 0;
    let equalFields = 0;
    let fields = 0;
    const wrong: string[] = [];
    for (const g of gold.gazettes) {
      const documents = records.get(g.file)!.documents;
      expect(documents.map((d) => d.docNumber).sort()).toEqual(g.documents.map((d) => d.docNumber).sort());
      for (const expected of g.documents) {
        const actual = documents.find((d) => d.docNumber === expected.docNumber);
        if (!actual) continue;
        found++;
        for (const field of FIELDS) {
          fields++;
          if (squeeze(actual[field]) === squeeze(expected[field])) equalFields++;
          else wrong.push(`${expected.docNumber} ${field}: ${actual[field]} ≠ ${expected[field]}`);
        }
      }
    }
    const total = gold.gazettes.reduce((n, g) => n + g.documents.length, 0);
    console.log(`gold: ${found}/${total} documents, ${equalFields}/${fields} fields equal`);
    expect(wrong).toEqual([]);
    expect(found).toBe(sampleDocuments);
  });

  it.each(gold.gazettes.map((g) => [g.file, g] as const))('%s: issue metadata equal to the gold', (file, g) => {
    expect(records.get(file)!.issue).toMatchObject({
      name: g.name,
      county: g.county,
      year: g.year,
      issue: g.issue,
      totalIssue: g.totalIssue,
      publishedOn: g.publishedOn,
    });
  });

  it('keeps both titles when the contents and the body differ, and reports it', () => {
    const g = gold.gazettes.flatMap((x) => x.documents.map((d) => [x.file, d] as const)).filter(([, d]) => d.titleInContents);
    expect(g.length).toBeGreaterThan(0);
    for (const [file, expected] of g) {
      const record = records.get(file)!;
      const actual = record.documents.find((d) => d.docNumber === expected.docNumber)!;
      expect(squeeze(actual.title)).toBe(squeeze(expected.title));
      expect(squeeze(actual.titleInContents)).toBe(squeeze(expected.titleInContents));
      const reported = [...record.messages, ...actual.messages].some((m) => m.message.includes(expected.docNumber) || m.message.includes('目录'));
      expect(reported).toBe(true);
    }
  });

  it('names the interpreting unit of every gold document that has one', () => {
    const wrong: string[] = [];
    let named = 0;
    for (const g of gold.gazettes) {
      for (const expected of g.documents.filter((d) => d.interpretedBy)) {
        named++;
        const actual = records.get(g.file)!.documents.find((d) => d.docNumber === expected.docNumber);
        const units = actual?.duties.filter((d) => d.role === 'interprets').map((d) => squeeze(d.unit)) ?? [];
        if (!units.includes(squeeze(expected.interpretedBy))) wrong.push(`${expected.docNumber}: ${units.join('/') || '—'} ≠ ${expected.interpretedBy}`);
      }
    }
    console.log(`interpreting units: ${named - wrong.length}/${named}`);
    expect(wrong).toEqual([]);
  });
});

describe('createPipeline on a page collecting several documents (第一篇 / 第二篇)', () => {
  const page = [
    '2015年批复汇编',
    '第一篇',
    '某县人民政府关于同意设立某镇的批复',
    '某政函〔2015〕3号',
    '某乡人民政府：',
    '你乡《关于设立某镇的请示》收悉。经研究，同意设立某镇。',
    '某县人民政府',
    '2015年3月2日',
    '第二篇',
    '某县人民政府关于同意调整某村区划的批复',
    '某政函〔2015〕9号',
    '某镇人民政府：',
    '你镇的请示收悉。经研究，同意调整。',
    '某县人民政府',
    '2015年6月1日',
  ].join('\n');

  it('gives one document per piece, the page heading none', () => {
    const record = createPipeline()(textToSourceText(page, { path: 'page.txt', sha256: 'p'.repeat(64), format: 'text' }));
    expect(record.documents.map((d) => [d.docNumber, d.date])).toEqual([
      ['某政函〔2015〕3号', '2015-03-02'],
      ['某政函〔2015〕9号', '2015-06-01'],
    ]);
    expect(record.documents.map((d) => d.ordinal)).toEqual([0, 1]);
  });

  it('reads a lone 第一篇 line as text, not as a piece', () => {
    const record = createPipeline()(textToSourceText(page.split('第二篇')[0], { path: 'one.txt', sha256: 'q'.repeat(64), format: 'text' }));
    expect(record.documents).toHaveLength(1);
  });
});

describe('createPipeline on a county page posting two notices, the second headed by its kind alone', () => {
  const page = [
    '甲县人民政府关于做好',
    '2019年禁牧休牧工作的通告',
    '各镇、各嘎查村：',
    '为加快生态环境建设，现就做好全县2019年禁牧休牧工作有关事宜通告如下：',
    '一、休牧期间一律禁止在草牧场上放牧。',
    '特此通告',
    '甲县人民政府',
    '2019年4月22日',
    '公告',
    '为了保护、建设和合理利用草原，改善生态环境，现就相关事宜公告如下：',
    '一、禁止开垦草原。',
  ].join('\n');

  it('reads two documents, each of its issuer\'s county, the second not glued into the first', () => {
    const record = createPipeline()(textToSourceText(page, { path: 'two.txt', sha256: 't'.repeat(64), format: 'text' }));
    expect(record.documents.map((d) => [d.title, d.county])).toEqual([
      ['关于做好2019年禁牧休牧工作的通告', '甲县'],
      ['公告', undefined],
    ]);
    expect(record.documents[0].text).not.toContain('开垦草原');
  });
});

describe('createPipeline on a single document a narrow column wrapped', () => {
  const wrap = (text: string) => text.match(/.{1,24}/gu)!;
  const sentence = '根据《中共中央办公厅、国务院办公厅印发〈关于全面推行河长制的意见〉的通知》（厅字〔2016〕42号）精神，结合我县实际，现就有关事项通告如下。';
  const item = '各乡镇要落实属地责任，加强巡查，发现焚烧行为及时制止并依法处理，确保不发生露天焚烧秸秆现象，违者依法追究责任。';
  const page = [
    ...wrap('前郭尔罗斯蒙古族自治县人民政府关于严禁露天焚烧农作物秸秆的通告'),
    '前政通〔2021〕3号',
    ...wrap(sentence),
    '一、禁烧范围',
    ...wrap(item),
    ...wrap(item),
    '前郭尔罗斯蒙古族自治县人民政府',
    '2021年5月13日',
  ].join('\n');

  it('reads the title and the cited number the column broke, and says it joined the lines', () => {
    const record = createPipeline()(textToSourceText(page, { path: 'page.txt', sha256: 'w'.repeat(64), format: 'text' }));
    const [doc] = record.documents;
    expect(doc).toMatchObject({ title: '前郭尔罗斯蒙古族自治县人民政府关于严禁露天焚烧农作物秸秆的通告', docNumber: '前政通〔2021〕3号', date: '2021-05-13' });
    expect(doc!.references.map((r) => r.docNumber)).toContain('厅字〔2016〕42号');
    expect(record.messages.map((m) => m.message)).toContainEqual(expect.stringContaining('已将'));
  });
});

describe('createPipeline on a decree a law database copies under its title', () => {
  // The meeting's date stands in the sentence that promulgates, in digits; the mayor signs below.
  const page = `江岭市人民政府关于废止部分政策性文件的决定
时间:2024-07-07 19:03:16 来源: 法律资料网
江岭市人民政府关于废止部分政策性文件的决定
江岭省江岭市人民政府

江岭市人民政府令
                     第48号
  《江岭市人民政府关于废止部分政策性文件的决定》已经2008年9月24日市政府第90次常务会议通过,现予公布,自公布之日起施行。

                         市长: 某 某

                         二○○八年十月十三日

               江岭市人民政府关于废止部分政策性文件的决定

  根据《某某规定》的要求,市政府对文件进行了全面清理。
  本决定自公布之日起生效。`;

  it('dates it by the signature under the sentence, not by the meeting the sentence names', () => {
    const [doc] = createPipeline()(textToSourceText(page, { path: 'decree.txt', sha256: 'd'.repeat(64), format: 'text' })).documents;
    expect(doc).toMatchObject({ title: '江岭市人民政府关于废止部分政策性文件的决定', docNumber: '江岭市人民政府令第48号', date: '2008-10-13', publishedOn: '2008-10-13' });
    expect(doc.validity.effectiveFrom).toBe('2008-10-13');
  });

  it('keeps the signature, its date and the title printed again each a paragraph of its own', () => {
    const [doc] = createPipeline()(textToSourceText(page, { path: 'decree.txt', sha256: 'd'.repeat(64), format: 'text' })).documents;
    const texts = doc.paragraphs.map((p) => p.text);
    expect(texts).toEqual(expect.arrayContaining(['市长: 某 某', '二○○八年十月十三日', '江岭市人民政府关于废止部分政策性文件的决定']));
    // Glued to the title, the 根据 clause read the title's 废止 as its relation.
    expect(doc.references).toContainEqual(expect.objectContaining({ relation: 'basedOn', title: '某某规定' }));
  });
});

describe('createPipeline files a law under its maker’s place', () => {
  const law = (place: string, organ: string) =>
    createPipeline()(textToSourceText(`${place}养犬管理条例\n（2020年6月1日${organ}第十次会议通过）\n第一条 为了规范养犬行为，制定本条例。\n第二条 本条例自2020年7月1日起施行。`, { path: 'law.txt', sha256: place.padEnd(64, 'x'), format: 'text' })).documents[0];

  // A prefecture's or county's law is that place's, as a document is its issuer's.
  it.each([
    ['阿坝藏族羌族自治州', '阿坝藏族羌族自治州人民代表大会常务委员会', '阿坝藏族羌族自治州'],
    ['济南市', '济南市人民代表大会常务委员会', '济南市'],
  ])('%s: made by %s → %s', (place, organ, county) => {
    expect(law(place, organ).county).toBe(county);
  });

  // Must not: a province's law (a 直辖市's too), nor one whose maker's place the divisions table does not know.
  it.each([
    ['山东省', '山东省人民代表大会常务委员会'],
    ['北京市', '北京市人民代表大会常务委员会'],
    ['江岭市', '江岭市人民代表大会常务委员会'],
  ])('%s: made by %s → no county', (place, organ) => {
    expect(law(place, organ).county).toBeUndefined();
  });
});
