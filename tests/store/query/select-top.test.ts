import { describe, expect, it } from 'vitest';
import { selectTop } from '../../../src/store/query/select-top';

/** A seeded shuffle of 0..n-1 with repeats, so ties are exercised too. */
function numbers(n: number, seed: number): number[] {
  let state = seed;
  return Array.from({ length: n }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % Math.max(1, Math.floor(n / 3));
  });
}

describe('selectTop', () => {
  it.each([
    [0, 5],
    [1, 1],
    [10, 3],
    [10, 10],
    [10, 20],
    [1000, 1],
    [1000, 200],
    [25000, 200],
  ])('of %i items keeps the best %i sorted and the rest apart, losing nothing', (n, k) => {
    const items = numbers(n, n + k);
    const { top, rest } = selectTop(items, k, (a, b) => b - a);
    const sorted = [...items].sort((a, b) => b - a);
    expect(top).toEqual(sorted.slice(0, Math.min(k, n)));
    expect([...top, ...rest].sort((a, b) => b - a)).toEqual(sorted);
  });

  it('takes nothing when k is 0', () => {
    expect(selectTop([3, 1, 2], 0, (a, b) => b - a)).toEqual({ top: [], rest: [3, 1, 2] });
  });
});
