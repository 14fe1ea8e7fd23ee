import { describe, expect, it } from 'vitest';
import { tokenCountCache } from '../../../src/store/sqlite/token-counts';

describe('tokenCountCache', () => {
  it('counts a token once per index state and again after a change', () => {
    const asked: string[] = [];
    const count = (token: string) => {
      asked.push(token);
      return token.length;
    };
    const wrap = tokenCountCache();
    const state = {};
    expect(wrap(count, state)('"停电"')).toBe(4);
    expect(wrap(count, state)('"停电"')).toBe(4);
    expect(wrap(count, state)('"审批"')).toBe(4);
    expect(asked).toEqual(['"停电"', '"审批"']);
    wrap(count, {})('"停电"');
    expect(asked).toEqual(['"停电"', '"审批"', '"停电"']);
  });
});
