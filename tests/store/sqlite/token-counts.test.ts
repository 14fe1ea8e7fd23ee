import { describe, expect, it } from 'vitest';
import { tokenListCache } from '../../../src/store/sqlite/token-counts';

describe('tokenListCache', () => {
  const reader = (asked: string[]) => (token: string) => {
    asked.push(token);
    return Uint32Array.from({ length: token.length }, (_, i) => i);
  };

  it('reads a token once per index state and again after a change', () => {
    const asked: string[] = [];
    const wrap = tokenListCache();
    const state = {};
    expect(wrap(reader(asked), state)('"停电"')).toHaveLength(4);
    expect(wrap(reader(asked), state)('"停电"')).toHaveLength(4);
    wrap(reader(asked), state)('"审批"');
    expect(asked).toEqual(['"停电"', '"审批"']);
    wrap(reader(asked), {})('"停电"');
    expect(asked).toEqual(['"停电"', '"审批"', '"停电"']);
  });

  it('keeps at most its bound of rowids, the least recently used dropped first', () => {
    const asked: string[] = [];
    const state = {};
    const lists = tokenListCache(10)(reader(asked), state);
    lists('"aa"');
    lists('"bbb"');
    lists('"aa"');
    lists('"cccc"'); // 4 + 5 + 6 rowids: "bbb" was used last before "aa", so it goes
    lists('"aa"');
    lists('"bbb"');
    expect(asked).toEqual(['"aa"', '"bbb"', '"cccc"', '"bbb"']);
    lists('"a-list-longer-than-the-bound"');
    lists('"a-list-longer-than-the-bound"');
    expect(asked.filter((t) => t.startsWith('"a-list'))).toHaveLength(2);
  });
});
