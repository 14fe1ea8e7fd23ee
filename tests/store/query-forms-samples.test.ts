/**
 * The forms a document number and a word are typed in, on the sample gazettes: traditional
 * script (停電, 號, 辦/發), 第 before the serial, "2022年31号" without brackets. Each must find
 * what its simplified, canonical form finds — the document itself first.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GazetteStore } from '../../src/store/gazette-store';
import { queryStrings, termQuery } from '../../src/store/meilisearch/meili-query';
import { parseQuery } from '../../src/store/query/parse-query';
import type { IndexableDocument } from '../../src/store/search-backend';
import { allIds as allIdsOf, openSampleStore } from '../sample-store';

let store: GazetteStore;
let docs: IndexableDocument[];
const allIds = (q: string) => allIdsOf(store, { q });

beforeAll(async () => {
  store = await openSampleStore();
  docs = [...store.indexable()];
}, 60_000);
afterAll(() => store?.close());


describe('a query in traditional script finds the simplified text', () => {
  it.each([
    ['停電', '停电'],
    ['停電 應急預案', '停电 应急预案'],
    ['審批', '审批'],
  ])('%s finds what %s finds', async (traditional, simplified) => {
    const expected = await allIds(simplified);
    expect(expected.length).toBeGreaterThan(0);
    expect((await allIds(traditional)).sort()).toEqual(expected.sort());
  });

  it('停電 finds every document of the samples holding 停电', async () => {
    const holding = docs.filter((d) => [d.title, ...d.paragraphs].some((t) => t.includes('停电'))).map((d) => d.id);
    expect(holding.length).toBeGreaterThan(0);
    expect((await allIds('停電')).sort()).toEqual(holding.sort());
  });

  it('the Meilisearch query builder reads 停電 as 停电', () => {
    const traditional = parseQuery('停電');
    const simplified = parseQuery('停电');
    expect(traditional.groups.flat().flatMap(termQuery)).toEqual(simplified.groups.flat().flatMap(termQuery));
    expect(queryStrings(traditional.groups)).toEqual(queryStrings(simplified.groups));
  });
});

describe('a document number typed any way finds its document first', () => {
  it.each([
    '稷政办发〔2022〕31号',
    '稷政办发〔2022〕第31号',
    '稷政办发 2022年31号',
    '稷政办发2022年第31号',
    '稷政办發〔2022〕31號',
    '稷政辦發(2022)31 號',
  ])('%s → 稷政办发〔2022〕31号', async (q) => {
    expect(parseQuery(q).docNumber).toBe('稷政办发〔2022〕31号');
    const result = await store.search.search({ q, limit: 5 });
    expect(result.hits[0]?.docNumber).toBe('稷政办发〔2022〕31号');
  });
});
