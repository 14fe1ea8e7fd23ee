import { describe, expect, it } from 'vitest';
import { topPositions } from '../../../src/store/query/select-top';

/** A seeded list of n scores with repeats, so ties are exercised too. */
function scores(n: number, seed: number): Float64Array {
  let state = seed;
  return Float64Array.from({ length: n }, () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state % Math.max(1, Math.floor(n / 3));
  });
}

/** Every position, best score first, ties by position: what a full sort gives. */
function fullOrder(list: Float64Array, length: number): number[] {
  return Array.from({ length }, (_, i) => i).sort((a, b) => list[b] - list[a] || a - b);
}

describe('topPositions', () => {
  it.each([
    [0, 5],
    [1, 1],
    [10, 3],
    [10, 10],
    [10, 20],
    [1000, 1],
    [1000, 200],
    [25000, 200],
  ])('of %i scores keeps the best %i in order and the rest apart, losing nothing', (n, k) => {
    const list = scores(n, n + k);
    const { top, rest } = topPositions(list, n, k);
    const order = fullOrder(list, n);
    expect([...top]).toEqual(order.slice(0, Math.min(k, n)));
    expect([...top, ...rest].sort((a, b) => a - b)).toEqual(order.sort((a, b) => a - b));
  });

  it('looks only at the first `length` scores', () => {
    const { top, rest } = topPositions(Float64Array.of(1, 9, 5, 100, 100), 3, 2);
    expect([...top]).toEqual([1, 2]);
    expect([...rest]).toEqual([0]);
  });

  it('takes nothing when k is 0', () => {
    const { top, rest } = topPositions(Float64Array.of(3, 1, 2), 3, 0);
    expect([...top]).toEqual([]);
    expect([...rest].sort()).toEqual([0, 1, 2]);
  });
});
