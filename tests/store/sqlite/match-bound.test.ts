import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { ftsMatchExpression } from '../../../src/store/escape-query';
import { parseQuery } from '../../../src/store/query/parse-query';
import type { IndexableDocument } from '../../../src/store/search-backend';
import { boundingTokens } from '../../../src/store/sqlite/match-bound';
import { intersection, packRowids } from '../../../src/store/sqlite/rowid-sets';
import { createSqliteSearchIndex } from '../../../src/store/sqlite/search-index';
import { contractCorpus } from '../../contracts/contract-corpus';

describe('boundingTokens', () => {
  it.each([
    ['one word: every bigram', '重大行政决策', ['"重大"', '"大行"', '"行政"', '"政决"', '"决策"']],
    ['every word, not only the longest', '方面 提出的 重大', ['"方面"', '"提出"', '"出的"', '"重大"']],
    ['a bigram once', '停电 停电', ['"停电"']],
    ['a number and the bigrams after it', '2013年度预算', ['"2013"', '"年度"', '"度预"', '"预算"']],
    ['a one-character word bounds nothing, the others do', '县 停电', ['"停电"']],
  ])('%s', (_, q, tokens) => {
    expect(boundingTokens(parseQuery(q).groups)).toEqual(tokens);
  });

  it.each([
    ['a choice (OR): no token is in every match', '停电 OR 供水'],
    ['one character: a prefix', '县'],
    ['no terms', ''],
  ])('must not bound: %s', (_, q) => {
    expect(boundingTokens(parseQuery(q).groups)).toEqual([]);
  });
});

/** Documents holding 方面 or 重大 often, both rarely: each word past the budget, the two together within it. */
function twoWordArchive(): IndexableDocument[] {
  const doc = (id: string, text: string, day: number): IndexableDocument => ({
    id, gazetteId: 'g', county: '夏县', year: 2020, date: `2020-01-${String(day).padStart(2, '0')}`, title: `通知${id}`, headings: [], units: [], citedNumbers: [],
    paragraphs: [text],
  });
  return [
    ...[1, 2, 3, 4, 5, 6].map((i) => doc(`a${i}`, `方面的意见${'方面'.repeat(i)}。`, i)),
    ...[1, 2, 3, 4, 5, 6].map((i) => doc(`b${i}`, `重大事项${'重大'.repeat(i)}。`, 10 + i)),
    doc('both-1', '方面提出的重大事项。', 20),
    doc('both-2', '方面方面重大重大事项，方面。', 21),
    doc('both-3', '重大方面。', 22),
  ];
}

describe('search whose words each pass the BM25 budget but together do not', () => {
  it('ranks by BM25, as when the budget holds every match', async () => {
    const tight = createSqliteSearchIndex(new Database(':memory:'), { bm25MaxMatches: 4 });
    const loose = createSqliteSearchIndex(new Database(':memory:'), { bm25MaxMatches: 1000 });
    tight.upsertSync(twoWordArchive());
    loose.upsertSync(twoWordArchive());
    const asked = { q: '方面 重大', explain: true };
    const [a, b] = [await tight.search(asked), await loose.search(asked)];
    expect(a.total).toBe(3);
    expect(a.hits.map((h) => [h.id, h.explain?.bm25])).toEqual(b.hits.map((h) => [h.id, h.explain?.bm25]));
    expect(a.hits[0].explain).toHaveProperty('bm25');
  });

  it('bounds the matches of every query from above, on the contract corpus', () => {
    const db = new Database(':memory:');
    createSqliteSearchIndex(db).upsertSync(contractCorpus);
    const ids = db.prepare<[string], number>('SELECT rowid FROM search_fts WHERE search_fts MATCH ?').pluck();
    const matches = (q: string) => ids.all(ftsMatchExpression(parseQuery(q).groups)!).length;
    for (const q of ['停电', '应急预案', '停电 应急预案', '办法 施行', '煤改电 补贴', '稷山县', '运行补贴办法', '重大行政决策']) {
      const bound = intersection(boundingTokens(parseQuery(q).groups).map((token) => packRowids(Uint32Array.from(ids.all(token)))))?.length ?? Infinity;
      expect(matches(q), q).toBeGreaterThan(0);
      expect(bound).toBeGreaterThanOrEqual(matches(q));
    }
  });
});
