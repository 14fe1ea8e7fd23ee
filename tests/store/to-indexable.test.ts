import { describe, expect, it } from 'vitest';
import { canonicalUnitName, toIndexable } from '../../src/store/to-indexable';
import { jishanRecord } from './records';

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

  it('keeps paragraphs, cited numbers and validity inputs', () => {
    expect(indexable.paragraphs).toEqual(['一、减税降费', '落实增值税留抵退税政策，县税务局牵头。']);
    expect(indexable.citedNumbers).toEqual(['晋政办发〔2021〕25号']);
    expect(indexable.repealedOn).toBe('2023-10-20');
  });
});
