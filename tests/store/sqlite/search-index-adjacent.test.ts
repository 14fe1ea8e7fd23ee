/**
 * Words typed side by side that the segmenter splits (安全生产 → 安全, 生产): documents holding
 * them side by side rank before documents holding them apart, on the samples.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GazetteStore } from '../../../src/store/gazette-store';
import { openSampleStore } from '../../sample-store';

let store: GazetteStore;
beforeAll(async () => {
  store = await openSampleStore();
}, 120_000);
afterAll(() => store?.close());

const holds = (id: string, phrase: string) => {
  const doc = store.getDocument(id)!;
  return (doc.title + doc.paragraphs.map((p) => p.text).join('')).replace(/\s+/g, '').includes(phrase);
};

describe('search: adjacent occurrence first', () => {
  it.each([['安全生产'], ['高标准农田建设'], ['农村道路交通安全']])('ranks every document holding %s side by side before those holding its words apart', async (q) => {
    const result = await store.search.search({ q, limit: 100 });
    const marks = result.hits.map((hit) => holds(hit.id, q));
    const firstApart = marks.indexOf(false);
    expect(marks.filter(Boolean).length).toBeGreaterThan(0);
    if (firstApart >= 0) expect(marks.slice(firstApart).every((m) => !m)).toBe(true);
  });

  it('still finds the documents holding the words apart, after them', async () => {
    const phrase = await store.search.search({ q: '"安全生产"', limit: 100 });
    const words = await store.search.search({ q: '安全生产', limit: 100 });
    expect(words.total).toBeGreaterThan(phrase.total);
  });
});
