import { describe, expect, it } from 'vitest';
import { extendedTerm } from '../../src/domain/extension';
import { validityStatus } from '../../src/domain/validity';
import type { Validity } from '../../src/model';
import { statusOn } from '../../src/store/query/filter-documents';
import { canonicalUnitName, filingYear, printedLines, toIndexable } from '../../src/store/to-indexable';
import { doc, jishanRecord } from './records';

describe('canonicalUnitName', () => {
  it.each([
    [{ unit: '县人社局', unitId: '稷山县:县人力资源和社会保障局' }, '县人力资源和社会保障局'],
    [{ unit: '县税务局' }, '县税务局'],
    [{ unit: '县应急局', unitId: '县应急管理局' }, '县应急管理局'],
  ])('names %o as %s', (duty, name) => {
    expect(canonicalUnitName(duty)).toBe(name);
  });
});

describe('toIndexable', () => {
  const record = jishanRecord();
  const indexable = toIndexable(record.documents[0], { gazette: { id: record.id, ...record.issue! }, repealedOn: '2023-10-20' });

  it('takes the gazette fields from the issue', () => {
    expect(indexable).toMatchObject({ gazetteId: 'g-jishan-2022-3', gazetteName: '稷山县人民政府公报', gazetteYear: 2022, gazetteIssue: 3, county: '稷山县', year: 2022 });
  });

  it('lists canonical unit names once each', () => {
    expect(indexable.units).toEqual(['县人力资源和社会保障局', '县税务局']);
  });

  it('joins outline labels and titles into headings', () => {
    expect(indexable.headings).toEqual(['一、减税降费']);
  });

  it.each([
    ['a notice issuing a 预案 is a 通知 too', '关于印发某县防汛应急预案的通知', '预案', '通知'],
    ['a notice issuing an 办法 in 《》', '关于印发《某县补贴办法》的通知', '办法', '通知'],
    ['a notice whose kind is its own', '关于做好防汛工作的通知', '通知', undefined],
    ['an 办法 printed under its own name', '某县补贴办法', '办法', undefined],
  ])('%s', (_name, title, type, noticeType) => {
    expect(toIndexable({ ...record.documents[0], title, type }, {}).noticeType).toBe(noticeType);
  });

  it('keeps paragraphs, cited numbers and validity inputs', () => {
    expect(indexable.paragraphs).toEqual(['一、减税降费', '落实增值税留抵退税政策，县税务局牵头。']);
    expect(indexable.citedNumbers).toEqual(['晋政办发〔2021〕25号']);
    expect(indexable.repealedOn).toBe('2023-10-20');
  });
});

describe('validity inputs', () => {
  // The filters of both backends see dates only: a status the metadata states reaches them as the
  // dates it stands for, and must then give the status the document view gives.
  const validities: Validity[] = [
    {},
    { stated: '已失效' },
    { stated: '已废止' },
    { stated: '已失效', effectiveFrom: '2019-04-01' },
    { stated: '已废止', effectiveFrom: '2019-04-01' },
    { stated: '已失效', expiresOn: '2020-01-23' },
    { stated: '已废止', expiresOn: '2020-01-23' },
    { effectiveFrom: '2019-04-01', expiresOn: '2020-01-23' },
    { stated: '尚未生效', sentence: '征求意见稿' },
    { stated: '尚未生效', effectiveFrom: '2019-04-01' },
  ];
  const asOfs = ['2019-01-01', '2019-02-28', '2019-03-01', '2019-04-01', '2020-01-23', '2020-01-24', '2026-01-01'];
  const cases = validities.flatMap((validity) =>
    [undefined, '2019-03-01'].flatMap((date) => [undefined, '2021-05-01'].map((repealedOn) => ({ validity, date, repealedOn }))),
  );

  it.each(cases)('%j: the filters give the status the document view gives', ({ validity, date, repealedOn }) => {
    const document = doc('g', 0, { id: 'd', title: '某县某办法', date, validity });
    const indexable = toIndexable(document, { repealedOn });
    for (const asOf of asOfs) {
      const shown = validityStatus({ validity, date, repealedBy: repealedOn ? [{ date: repealedOn }] : [] }, asOf).status;
      expect([asOf, statusOn({ ...indexable }, asOf)]).toEqual([asOf, shown]);
    }
  });

  // A notice extending the term (有效期延长至…, or 继续有效 without a day): the filters read the day the view reads.
  const extensions = [[{ date: '2019-12-01', until: '2025-12-31' }], [{ date: '2020-06-01' }], [{ date: '2019-12-01' }]];
  it.each(validities.flatMap((validity) => extensions.map((extendedBy) => ({ validity, extendedBy }))))('%j: the filters read an extended term as the view does', ({ validity, extendedBy }) => {
    const document = doc('g', 0, { id: 'd', title: '某县某办法', date: '2019-03-01', validity });
    const term = extendedTerm(validity.expiresOn, extendedBy);
    const indexable = toIndexable(document, term.by ? { expiresOn: term.expiresOn ?? null } : {});
    for (const asOf of asOfs) {
      expect([asOf, statusOn({ ...indexable }, asOf)]).toEqual([asOf, validityStatus({ validity, date: '2019-03-01', extendedBy }, asOf).status]);
    }
  });

  it('keeps the earlier of a repeal in the corpus and a stated one', () => {
    const document = doc('g', 0, { id: 'd', title: '某县某办法', date: '2019-03-01', validity: { stated: '已废止' } });
    expect(toIndexable(document, { repealedOn: '2021-05-01' }).repealedOn).toBe('2019-03-01');
    expect(toIndexable(document, { repealedOn: '2018-05-01' }).repealedOn).toBe('2018-05-01');
  });
});

describe('printedLines', () => {
  const printed = printedLines(
    doc('g', 0, {
      id: 'd1',
      title: '关于印发稷山县生态环境保护“十四五”规划的通知',
      issuingBody: '稷山县人民政府',
      docNumberRaw: '稷政发〔2022〕16号',
      recipients: '各乡（镇）人民政府，县直各有关单位',
      signedBy: '稷山县人民政府',
      date: '2022-08-01',
      publicity: '此件公开发布',
      attachments: [{ index: 1, title: '稷山县乡镇权责清单目录' }],
    }),
  );

  it.each([
    ['issuer and title as one printed line', '稷山县人民政府关于印发稷山县生态环境保护“十四五”规划的通知'],
    ['the number as written', '稷政发〔2022〕16号'],
    ['主送机关 with its colon', '各乡（镇）人民政府，县直各有关单位：'],
    ['the date in Arabic numerals', '2022年8月1日'],
    ['the date in Chinese numerals', '二〇二二年八月一日'],
    ['the publicity note', '（此件公开发布）'],
    ['the attachment list', '附件：1.稷山县乡镇权责清单目录'],
  ])('holds %s', (_what, line) => {
    expect(printed).toContain(line);
  });

  it('holds nothing for fields a document does not have', () => {
    expect(printedLines(doc('g', 0, { id: 'd2', title: '通知' }))).toEqual([]);
  });

  it('is indexed with the document (toIndexable.printed)', () => {
    const record = jishanRecord();
    expect(toIndexable(record.documents[0]).printed).toEqual(printedLines(record.documents[0]));
  });
});

describe('filingYear', () => {
  it.each<[string, Parameters<typeof filingYear>[0], number | undefined, number | undefined]>([
    ['成文日期 first', { date: '2022-08-01', publishedOn: '2023-01-02', docNumber: '甲政发〔2021〕1号' }, 2020, 2022],
    ['the page\'s 发布日期 without one', { publishedOn: '2021-07-19', docNumber: '甲政字〔2020〕30号' }, undefined, 2021],
    ['the gazette\'s year before the number\'s', { docNumber: '甲政发〔2021〕1号' }, 2022, 2021 + 1],
    ['the number\'s year last', { docNumber: '甲政发〔2014〕20号' }, undefined, 2014],
    ['must not invent one', { docNumber: '甲政发20号' }, undefined, undefined],
  ])('%s', (_, document, gazetteYear, year) => {
    expect(filingYear(document, gazetteYear)).toBe(year);
  });

  it('files a page without 成文日期 under its 发布日期 and keeps that date for from/to', () => {
    const indexed = toIndexable({ ...doc('g1', 0, { id: 'p1', title: '关于某事的通知' }), date: undefined, publishedOn: '2019-06-17', docNumber: '甲政办〔2019〕26号' });
    expect(indexed).toMatchObject({ year: 2019, publishedOn: '2019-06-17' });
    expect(indexed.date).toBeUndefined();
  });
});
