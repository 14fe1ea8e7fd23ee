import { describe, expect, it } from 'vitest';
import { ftsMatchExpression } from '../../../src/store/escape-query';
import { parseQuery } from '../../../src/store/query/parse-query';
import type { Fields } from '../../../src/store/sqlite/field-cache';
import { partialRanking, type MatchLists } from '../../../src/store/sqlite/rank-candidates';

/**
 * A partial ranking picks the page's candidates instead of sorting them all: its first `depth`
 * must be those of the whole sort (asked with a depth past which it sorts everything), ties of
 * count, score and date included. 600 documents hold one word or the other — never both, as in
 * a partial ranking — with BM25s and dates drawn from few values, so most of them tie.
 */
describe('partialRanking', () => {
  const parsed = parseQuery('停电 预案');
  const [first, second] = parsed.groups.map((group) => ftsMatchExpression([group], parsed.exclude)!);
  const byRowid: Array<Fields | undefined> = [undefined];
  const lists: Record<string, { rowids: number[]; ranks: number[] }> = { [first]: { rowids: [], ranks: [] }, [second]: { rowids: [], ranks: [] } };
  for (let rowid = 1; rowid <= 600; rowid++) {
    const date = `2020-0${1 + (rowid % 3)}-01`;
    byRowid.push({ rowid, id: `d${rowid}`, title: rowid % 50 === 0 ? '停电通知' : '通知', date, county: rowid % 2 ? '夏县' : '稷山县', units: [] } as unknown as Fields);
    const list = rowid % 4 === 0 ? lists[second] : lists[first];
    list.rowids.push(rowid);
    list.ranks.push(-[1.5, 2, 2.5, 3][rowid % 7 % 4]);
  }
  const matchLists: MatchLists = {
    ids: () => new Uint32Array(0),
    ranked: (expression) => ({ rowids: Uint32Array.from(lists[expression].rowids), ranks: Float64Array.from(lists[expression].ranks) }),
    located: () => ({ rowids: new Uint32Array(0), masks: new Float64Array(0) }),
  };
  const ask = (depth: number, keep: (f: Fields) => boolean = () => true) =>
    partialRanking(parsed, matchLists, { keep, byRowid, explain: false, depth, byDate: false });
  const ids = (depth: number, keep?: (f: Fields) => boolean) => ask(depth, keep).ranked.slice(0, depth).map((c) => [c.fields.id, c.matched, c.score]);

  it.each([1, 20, 60, 200, 260, 599])('gives the first %i as the whole sort does', (depth) => {
    expect(ids(depth)).toEqual(ids(5000).slice(0, depth));
  });

  it('gives the same first 40 under a filter, and every candidate for the total', () => {
    const keep = (f: Fields) => f.county === '夏县';
    expect(ids(40, keep)).toEqual(ids(5000, keep).slice(0, 40));
    expect(ask(40, keep).matched).toHaveLength(300);
    expect(ask(40).matched).toHaveLength(600);
  });
});
