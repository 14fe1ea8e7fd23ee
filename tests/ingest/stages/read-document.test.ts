import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../../ingest/pipeline';
import { readDocument, readHeaderFromText } from '../../../ingest/stages/read-document';
import type { DocumentFields, GazetteDocument, Source, SourceText } from '../../../src/model';

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
    ['a sentence before the date is not a signer', ['请认真贯彻执行。', '2022年7月8日'], 'signedBy'],
    ['a date inside a sentence is not a 落款', ['本办法自2022年7月7日起施行。'], 'date'],
  ])('%s', (_, tail, field) => {
    const header = readHeaderFromText(['关于印发某办法的通知', '某政发〔2022〕1号', '各单位：', '正文。', ...tail]);
    expect(header).not.toHaveProperty(field);
  });
});

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

  it('takes issuer and date from the table when the text signs nothing', () => {
    const doc = readDocument(text({ issuingBody: '稷山县人民政府办公室', date: '2022年07月09日' }, lines.slice(0, 4)), { gazetteId: 'g' });
    expect(doc).toMatchObject({ issuingBody: '稷山县人民政府办公室', date: '2022-07-09' });
  });

  it('gives the county the number belongs to, and its level', () => {
    const doc = readDocument(text(), { gazetteId: 'g' });
    expect(doc).toMatchObject({ county: '稷山县', level: 'county' });
  });

  it('warns when the text has no title', () => {
    const doc = readDocument(text({}, ['为深入贯彻党中央决策部署，特制定以下措施。']), { gazetteId: 'g' });
    expect(doc.messages.map((m) => m.level)).toContain('warning');
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
