import type { FilterFields } from '../../../src/store/query/filter-documents';

/** Fields as a backend keeps them, the rest left out. */
export function doc(fields: Partial<FilterFields>): FilterFields {
  return { units: [], ...fields } as FilterFields;
}

export const plan = doc({ county: '稷山县', year: 2022, date: '2022-07-14', issuingBody: '稷山县人民政府办公室', type: '计划', units: ['县人社局', '县财政局', '县人社局'] });
export const rules = doc({ county: '夏县', year: 2023, date: '2023-06-01', issuingBody: '夏县人民政府', type: '办法', effectiveFrom: '2023-07-01', expiresOn: '2025-06-30', units: ['县司法局'] });
export const repealed = doc({ county: '夏县', year: 2016, date: '2016-05-01', issuingBody: '夏县人民政府', type: '办法', repealedOn: '2023-06-01', units: [] });
