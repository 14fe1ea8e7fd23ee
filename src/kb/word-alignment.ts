/**
 * @module kb/word-alignment
 * Bigrams find a question's word anywhere, even across a word boundary of the duty's sentence
 * (上市 in 线上市场). The segmenter's words of the sentence tell the two apart: a question word
 * the sentence holds only across its own words counts less.
 */
import { segmentWords } from '../text/segment';

/**
 * True when some occurrence of `term` in the segmented text does not cut across its words: it
 * lies inside one word (征地 in 被征地农民) or starts and ends where words do (被征地农民 =
 * 被征地|农民), unlike 上市 in 线上|市场.
 */
export function holdsAsWords(words: string[], term: string): boolean {
  const joined = words.join('');
  const starts = new Set<number>();
  const ends: number[] = [];
  let at = 0;
  for (const word of words) {
    starts.add(at);
    at += word.length;
    ends.push(at);
  }
  const endSet = new Set(ends);
  for (let s = joined.indexOf(term); s >= 0; s = joined.indexOf(term, s + 1)) {
    const e = s + term.length;
    if (starts.has(s) && endSet.has(e)) return true;
    // Inside one word: the word that holds the start also holds the end.
    const wordEnd = ends.find((end) => end > s)!;
    if (e <= wordEnd) return true;
  }
  return false;
}

/**
 * A reader of how well a text holds a question's words as words: 1 when every word the text
 * contains is whole, less by `unaligned` for each one it holds only across its own words.
 * Segmentations are kept per text (a county's duties repeat the same sentences).
 *
 * @example createAlignment(0.5).factor('鼓励企业拓展线上市场', ['企业', '上市']) // → 0.75
 */
export function createAlignment(unaligned: number, segment: (text: string) => string[] = segmentWords) {
  const cache = new Map<string, string[]>();
  const wordsOf = (text: string) => {
    let words = cache.get(text);
    if (!words) {
      if (cache.size > 20_000) cache.clear();
      cache.set(text, (words = segment(text)));
    }
    return words;
  };
  return {
    factor(text: string, terms: string[]): number {
      const present = terms.filter((term) => [...term].length >= 2 && text.includes(term));
      if (present.length === 0) return 1;
      const words = wordsOf(text);
      const sum = present.reduce((acc, term) => acc + (holdsAsWords(words, term) ? 1 : unaligned), 0);
      return sum / present.length;
    },
  };
}

/**
 * The question's bigrams that cross one of its own word boundaries (业服 in 物业|服务), each with
 * the bigrams of the words on either side (物业, 服务). Such a
 * bigram says the two words stand together, so it counts only where a duty holds those words
 * too: 就业服务 shares 业服 and 服务 with 物业服务 but is no matter of 物业. A bigram that lies
 * inside a word anywhere in the question is never crossing.
 *
 * @example crossingBigrams(['小区物业服务'], (t) => ['小区', '物业', '服务']) // → Map { 区物 → [小区, 物业], 业服 → [物业, 服务] }
 */
export function crossingBigrams(fragments: string[], segment: (text: string) => string[]): Map<string, string[]> {
  const crossing = new Map<string, string[]>();
  const inside = new Set<string>();
  for (const fragment of fragments) {
    const words = segment(fragment).map((w) => [...w]);
    for (const [n, word] of words.entries()) {
      for (let i = 0; i + 1 < word.length; i++) inside.add(word[i] + word[i + 1]);
      const next = words[n + 1];
      // Between two words of two characters or more; a one-character word (小 in 小|餐饮) is
      // too often a piece the segmenter split off a longer word (小餐馆) to judge by.
      if (!next || word.length < 2 || next.length < 2) continue;
      crossing.set(word[word.length - 1] + next[0], [word.slice(-2).join(''), next.slice(0, 2).join('')]);
    }
  }
  for (const gram of inside) crossing.delete(gram);
  return crossing;
}
