import { describe, expect, it } from 'vitest';
import { BODY_FIELDS, BODY_TOKENS_PER_FIELD, NO_END, NO_START, bodyFields, dayNumber, toMeiliDocument } from '../../../src/store/meilisearch/meili-document';
import { contractCorpus } from '../../contracts/contract-corpus';

describe('toMeiliDocument', () => {
  it('keeps the fields and turns dates into day numbers, missing ones far away', () => {
    const doc = toMeiliDocument(contractCorpus[4]);
    expect(doc).toMatchObject({ id: 'd5', county: '稷山县', dateNumber: 20220816, effectiveFromNumber: 20220816, expiresOnNumber: 20250815, repealedOnNumber: NO_END });
    expect(toMeiliDocument(contractCorpus[2]).effectiveFromNumber).toBe(NO_START);
  });

  it('stores every value a county filter may name to select it, as SQLite reads them', () => {
    expect(toMeiliDocument(contractCorpus[4]).countyKeys).toEqual(expect.arrayContaining(['稷山县', '稷山', '稷']));
    expect(toMeiliDocument({ ...contractCorpus[4], county: '兰州市', issuingBody: '兰州新区管理委员会' }).countyKeys).toContain('兰州新区');
    expect(toMeiliDocument({ ...contractCorpus[4], county: '兰州市', issuingBody: '兰州市人民政府' }).countyKeys).not.toContain('兰州新区');
  });

  it('indexes the same bigrams as SQLite, so every substring is found', () => {
    const doc = toMeiliDocument(contractCorpus[0]);
    expect(doc.gramsBody.split(' ')).toEqual(expect.arrayContaining(['待处', '处理', '理事']));
    expect(doc.gramsNumber.split(' ')).toEqual(expect.arrayContaining(['稷政', '2022', '35']));
  });

  it('stores the type as its group, as facets show it', () => {
    expect(toMeiliDocument({ ...contractCorpus[0], type: '应急预案' }).type).toBe('预案');
  });
});

describe('dayNumber', () => {
  it.each([
    ['2022-08-16', 20220816],
    [undefined, 7],
    ['2022年8月', 7],
  ])('%s → %s', (date, n) => {
    expect(dayNumber(date, 7)).toBe(n);
  });
});

describe('issuerKeys', () => {
  it('stores the organ keys of the issuing body, which issuer filters ask for', () => {
    expect(toMeiliDocument(contractCorpus[1]).issuerKeys).toContain('|县|人民政府办公室');
  });

  it('stores the days a document is filed on, for from/to', () => {
    const undated = toMeiliDocument({ ...contractCorpus[1], date: undefined, year: undefined, publishedOn: undefined, docNumber: '甲政发〔2014〕20号' });
    expect([undated.year, undated.filedFirstNumber, undated.filedLastNumber]).toEqual([2014, 20140101, 20141231]);
  });
});

describe('bodyFields', () => {
  it('keeps a short body in one field', () => {
    const fields = bodyFields(['待处理事项']);
    expect(fields.gramsBody).toBe('待处 处理 理事 事项 项');
    expect(Object.keys(fields)).toHaveLength(BODY_FIELDS);
    expect(fields.gramsBody1).toBe('');
  });

  it('spreads a long body over several fields, cutting between paragraphs', () => {
    const paragraph = '县'.repeat(BODY_TOKENS_PER_FIELD - 10);
    const fields = bodyFields([paragraph, '待处理', paragraph]);
    expect(fields.gramsBody.split(' ')).toHaveLength(BODY_TOKENS_PER_FIELD - 10 + 3);
    expect(fields.gramsBody).toContain('待处 处理');
    expect(fields.gramsBody1.split(' ')).toHaveLength(BODY_TOKENS_PER_FIELD - 10);
  });

  it('puts what does not fit in the last field rather than dropping it', () => {
    const paragraph = '县'.repeat(BODY_TOKENS_PER_FIELD);
    const fields = bodyFields([...Array(BODY_FIELDS + 1).fill(paragraph), '待处理']);
    expect(fields[`gramsBody${BODY_FIELDS - 1}`]).toContain('待处 处理');
  });
});
