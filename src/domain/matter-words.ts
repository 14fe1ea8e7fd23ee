/**
 * @module domain/matter-words
 * Residents' everyday words and what the gazettes call the same thing (养狗 → 养犬, 社保局 →
 * 人社局), as data (data/matter-words.json). Read by who-handles (kb/question-words) to read a
 * question, and by the search box (store/query/everyday-terms) to search an everyday word as
 * the gazettes write it too: one table, so both answer the same words.
 */
import { loadDataJson } from './load-data';

/** A resident's word and the gazettes' words for it, usual one first. */
export interface EverydayWord {
  everyday: string;
  official: string[];
  /** Endings of the names of offices that serve residents for this matter: 停电 → 供电公司. */
  offices?: string[];
}

interface MatterWordsFile {
  matters: EverydayWord[];
  offices: EverydayWord[];
}

let sorted: MatterWordsFile | undefined;

/** Longest everyday word first, so 狗咬 is read before 狗 and 孩子不上学 before 孩子. */
const byEveryday = (a: EverydayWord, b: EverydayWord) => b.everyday.length - a.everyday.length;

/** The table, each list longest everyday word first (copies: the cached JSON stays as read). */
export function matterWords(): MatterWordsFile {
  if (sorted) return sorted;
  const file = loadDataJson<MatterWordsFile>('matter-words.json');
  sorted = { matters: [...file.matters].sort(byEveryday), offices: [...file.offices].sort(byEveryday) };
  return sorted;
}
