import { describe, expect, it } from 'vitest';
import { NO_END, NO_START, dayNumber, toMeiliDocument } from '../../../src/store/meilisearch/meili-document';
import { contractCorpus } from '../../contracts/search-backend.contract';

describe('toMeiliDocument', () => {
  it('keeps the fields and turns dates into day numbers, missing ones far away', () => {
    const doc = toMeiliDocument(contractCorpus[4]);
    expect(doc).toMatchObject({ id: 'd5', county: '稷山县', dateNumber: 20220816, effectiveFromNumber: 20220816, expiresOnNumber: 20250815, repealedOnNumber: NO_END });
    expect(toMeiliDocument(contractCorpus[2]).effectiveFromNumber).toBe(NO_START);
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
