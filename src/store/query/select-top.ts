/**
 * @module store/query/select-top
 * The best k of many, without sorting them all. A common word matches most of an archive
 * (25,000 documents at 1000× the samples) while a page shows 20: sorting every match twice
 * cost more than the rest of the ranking together.
 */

/**
 * The positions of the `k` highest of `scores[0..length)` (best first; ties by position) and
 * the other positions (in no particular order). Quickselect, linear on average, over a typed
 * array of positions: a search keeps its 25,000 matches as numbers and makes objects only of
 * the best few.
 *
 * @example topPositions(Float64Array.of(5, 1, 4, 2, 3), 5, 2) // { top: [0, 2], rest: [3, 1, 4] in some order }
 */
export function topPositions(scores: Float64Array, length: number, k: number): { top: Uint32Array; rest: Uint32Array } {
  const work = new Uint32Array(length);
  for (let i = 0; i < length; i++) work[i] = i;
  // Higher score first, then lower position: a strict order, so equal scores stay stable.
  const before = (a: number, b: number) => scores[a] > scores[b] || (scores[a] === scores[b] && a < b);
  const take = Math.max(0, Math.min(k, length));
  if (take > 0 && take < length) {
    let lo = 0;
    let hi = length - 1;
    while (lo < hi) {
      const pivot = work[(lo + hi) >>> 1];
      let i = lo;
      let j = hi;
      while (i <= j) {
        while (before(work[i], pivot)) i++;
        while (before(pivot, work[j])) j--;
        if (i <= j) {
          const t = work[i];
          work[i] = work[j];
          work[j] = t;
          i++;
          j--;
        }
      }
      if (take - 1 <= j) hi = j;
      else if (take - 1 >= i) lo = i;
      else break;
    }
  }
  const top = work.slice(0, take).sort((a, b) => (before(a, b) ? -1 : before(b, a) ? 1 : 0));
  return { top, rest: work.slice(take) };
}
