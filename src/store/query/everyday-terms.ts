/**
 * @module store/query/everyday-terms
 * A word of the search box written in residents' words (养狗, 挖沙, 狗咬人) searched as the
 * gazettes write it too: the documents say 养犬, 采砂, 犬只伤人, and a search for 养狗 found
 * nothing. The table is who-handles' (data/matter-words.json), so the search box and the
 * who-handles box read the same everyday words.
 *
 * The word as typed always stays one of the alternatives: a document holding it still matches,
 * and the typed word is what the phrase bonus favours. A staff member who types the gazettes'
 * own word (大面积停电, 养犬) gets the same search as before.
 */
import { matterWords, type EverydayWord } from '../../domain/matter-words';
import { segmentWords } from '../../text/segment';
import { rewriteWords } from './parse-query';

/** One everyday word found in a typed word, and where. */
interface Found {
  at: number;
  word: EverydayWord;
}

/** How a typed word is searched when it holds everyday words. */
export interface EverydayReading {
  /** AND of OR-groups: each group's alternatives, the typed form first. */
  groups: string[][];
  /** The everyday words read, with the gazettes' words searched for them (for the notice). */
  read: Array<{ everyday: string; official: string[] }>;
}

/**
 * The everyday words the search box reads: those the gazettes never write themselves. 停电 stands
 * inside 大面积停电 and 排污 is one of its own official words, so a document holding them is found
 * as typed, and reading them as 电力供应 or 污染物排放 would only widen a staff member's search.
 */
function searchedWords(table: EverydayWord[]): EverydayWord[] {
  return table.filter((e) => !e.official.some((official) => official.includes(e.everyday)));
}

/** The segmenter's words of `word` as [start, end) places (words it could not place are left out). */
function wordPlaces(word: string): Array<[number, number]> {
  const places: Array<[number, number]> = [];
  let at = 0;
  for (const token of segmentWords(word)) {
    const place = word.indexOf(token, at);
    if (place < 0) continue;
    places.push([place, place + token.length]);
    at = place + token.length;
  }
  return places;
}

/**
 * Everyday words in `word`, left to right, the longest at each place — only where they begin and
 * end on the segmenter's word edges: 狗 in 给狗打疫苗 (给/狗/打/疫苗) and 养狗 (养/狗) are read,
 * 大事 in 大事记, 狗 in 热狗 are not.
 */
function findEveryday(word: string, table: EverydayWord[], places: Array<[number, number]>): Found[] {
  const candidates = table.filter((e) => word.includes(e.everyday));
  if (candidates.length === 0) return [];
  const edges = new Set([0, word.length, ...places.flat()]);
  const found: Found[] = [];
  for (let at = 0; at < word.length; ) {
    const entry = edges.has(at) ? candidates.find((e) => word.startsWith(e.everyday, at) && edges.has(at + e.everyday.length)) : undefined;
    if (entry) {
      found.push({ at, word: entry });
      at += entry.everyday.length;
    } else at += 1;
  }
  return found;
}

/**
 * How `word` (one word of a query, question words already dropped) is searched, or undefined
 * when it holds no everyday word.
 *
 * Each everyday word is cut out of the word and searched as itself or any of its official words
 * (养狗 → 养狗 | 养犬); what stands between them is a word of its own that must match (老人补贴 →
 * 老人 | 老年人, 补贴). One-character words right beside an everyday word are left out (狗咬人 →
 * 狗咬 | 犬只伤人; 养狗要登记 → 养狗 | 养犬, 登记).
 *
 * @example everydayReading('养狗')?.groups // [['养狗', '养犬']]
 * @example everydayReading('狗咬人')?.groups // [['狗咬', '犬只伤人']]
 */
export function everydayReading(word: string, table: EverydayWord[] = searchTable()): EverydayReading | undefined {
  if (!table.some((e) => word.includes(e.everyday))) return undefined;
  const places = wordPlaces(word);
  const found = findEveryday(word, table, places);
  if (found.length === 0) return undefined;
  // A one-character word of a resident's sentence beside an everyday word (被狗咬了, 养狗要登记,
  // 给狗) is no matter of its own: it is left out, so the words around stay words.
  const lone = new Set(places.filter(([start, end]) => end - start === 1 && !found.some((f) => f.at === start)).map(([start]) => start));
  const beside = new Set<number>();
  for (const { at, word: entry } of found) {
    for (let i = at - 1; lone.has(i); i--) beside.add(i);
    for (let i = at + entry.everyday.length; lone.has(i); i++) beside.add(i);
  }
  const groups: string[][] = [];
  let from = 0;
  const rest = (end: number) => {
    const text = [...word.slice(from, end)].filter((_, i) => !beside.has(from + i)).join('');
    if (text) groups.push([text]);
  };
  for (const { at, word: entry } of found) {
    rest(at);
    groups.push(unique([entry.everyday, ...entry.official]));
    from = at + entry.everyday.length;
  }
  rest(word.length);
  return { groups, read: found.map(({ word: e }) => ({ everyday: e.everyday, official: e.official.filter((o) => o !== e.everyday) })) };
}

/** A query with residents' words written the gazettes' way too, and what the search says about it. */
export interface RewrittenQuery {
  q: string;
  /** In Chinese: “养狗”按公文用语“养犬”一并检索。 */
  notice: string;
}

/**
 * The query again, each everyday word of a resident (养狗, 挖沙, 狗咬人) written as itself OR the
 * gazettes' words for it, in the query language: 养狗要登记吗 → `"养狗" OR "养犬" 登记`.
 * Undefined when the query holds no such word, chooses its own alternatives (OR) or is a pasted
 * passage; filters, quoted phrases and excluded words stay as typed (parse-query rewriteWords).
 *
 * The search tries it only when the query as typed matched no document with all its words
 * (store/query/fallback-search.ts): a word typed is otherwise searched exactly, as staff expect.
 */
export function everydayQuery(q: string): RewrittenQuery | undefined {
  const read: EverydayReading['read'] = [];
  const rewritten = rewriteWords(q, (word) => {
    const reading = everydayReading(word);
    if (!reading) return undefined;
    read.push(...reading.read);
    return reading.groups.map((group) => (group.length > 1 ? group.map((w) => `"${w}"`).join(' OR ') : group[0]));
  });
  const said = read.filter((r, i) => r.official.length > 0 && read.findIndex((o) => o.everyday === r.everyday) === i);
  if (!rewritten || said.length === 0) return undefined;
  return { q: rewritten, notice: `${said.map((r) => `“${r.everyday}”按公文用语“${r.official.join('”“')}”一并检索`).join('；')}。` };
}

let searchable: EverydayWord[] | undefined;

function searchTable(): EverydayWord[] {
  searchable ??= searchedWords(matterWords().matters);
  return searchable;
}

function unique(words: string[]): string[] {
  return [...new Set(words)];
}
