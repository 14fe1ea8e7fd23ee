/**
 * @module store/query/select-top
 * The best k of many, without sorting them all. A common word matches most of an archive
 * (25,000 documents at 1000× the samples) while a page shows 20: sorting every match twice
 * cost more than the rest of the ranking together.
 */

/**
 * Splits `items` into the `k` best by `compare` (sorted, best first) and the rest (in no
 * particular order). Quickselect: linear on average.
 *
 * @example selectTop([5, 1, 4, 2, 3], 2, (a, b) => b - a) // { top: [5, 4], rest: [1, 2, 3] in some order }
 */
export function selectTop<T>(items: T[], k: number, compare: (a: T, b: T) => number): { top: T[]; rest: T[] } {
  if (k <= 0) return { top: [], rest: [...items] };
  if (items.length <= k) return { top: [...items].sort(compare), rest: [] };
  const work = [...items];
  let lo = 0;
  let hi = work.length - 1;
  // Narrow [lo, hi] around position k - 1 until everything before k is no worse than everything after.
  while (lo < hi) {
    const pivot = work[(lo + hi) >>> 1];
    let i = lo;
    let j = hi;
    while (i <= j) {
      while (compare(work[i], pivot) < 0) i++;
      while (compare(work[j], pivot) > 0) j--;
      if (i <= j) {
        const t = work[i];
        work[i] = work[j];
        work[j] = t;
        i++;
        j--;
      }
    }
    if (k - 1 <= j) hi = j;
    else if (k - 1 >= i) lo = i;
    else break;
  }
  return { top: work.slice(0, k).sort(compare), rest: work.slice(k) };
}
