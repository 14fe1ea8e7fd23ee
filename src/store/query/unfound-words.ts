/**
 * @module store/query/unfound-words
 * A word no document holds, searched by the two-character words inside it. Residents write
 * places and manners around the gazettes' words — 河道里, 小区里, 乱采砂, 乱停车 — and the
 * segmenter keeps such a word whole, so the search looked for 河道里 and 乱采砂 as phrases and
 * found nothing, although 河道 and 采砂 stand in the documents. The index reads text by pairs of
 * characters, so a word's pairs are what it can still find: each pair any document holds is
 * searched as one alternative of the word (`"乱采" OR "采砂"`), the others left out.
 *
 * Pure: the caller (fallback-search.ts) asks the backend which words and pairs documents hold.
 */
import type { RewrittenQuery } from './everyday-terms';
import { parseQuery, rewriteWords, splitWord } from './parse-query';

const CJK_ONLY = /^[\u3400-\u9fff\uf900-\ufaff]+$/;

/**
 * The words of a query the search looks for whole, which a document may hold or not: unquoted,
 * Chinese, of two characters or more (a word of letters or digits has no pairs to fall back on).
 *
 * @example wordsToCheck('河道里乱采砂谁管') // ['河道里', '乱采砂']
 */
export function wordsToCheck(q: string): string[] {
  const parsed = parseQuery(q);
  if (parsed.docNumber) return [];
  const words = parsed.groups.filter((group) => group.length === 1 && !group[0].phrase).map((group) => group[0].text);
  return [...new Set(words.filter((word) => CJK_ONLY.test(word) && [...word].length >= 2))];
}

/**
 * The pairs of characters a word is read by (乱采砂 → 乱采, 采砂), left to right, each once.
 *
 * @example pairsOf('河道里') // ['河道', '道里']
 */
export function pairsOf(word: string): string[] {
  const chars = [...word];
  return [...new Set(chars.slice(0, -1).map((ch, i) => ch + chars[i + 1]))];
}

/** Of a query's words, at least this share of their characters is still searched, or the query is not rewritten. */
const MIN_COVERED = 0.5;

/** How many characters of `word` the held pairs cover (乱采砂 by 采砂: 2). */
function coveredBy(word: string, pairs: string[]): number {
  const chars = [...word];
  const covered = new Set<number>();
  chars.slice(0, -1).forEach((ch, i) => {
    if (pairs.includes(ch + chars[i + 1])) covered.add(i).add(i + 1);
  });
  return covered.size;
}

/**
 * The query again with each word of `unfound` written as the pairs inside it that `held` names,
 * as one OR-group (a word none of whose pairs is held is left out), and a notice saying so.
 * Undefined when no word was unfound, or when what is left covers less than half the characters
 * of the query's words: 量子计算机 by 计算 alone would answer another question.
 *
 * @example piecesQuery('河道里乱采砂谁管', new Set(['河道里', '乱采砂']), new Set(['河道', '乱采', '采砂']))
 *   // { q: '"河道" "乱采" OR "采砂"', notice: '没有文件包含“河道里”“乱采砂”，按其中的“河道”“乱采”“采砂”检索。' }
 */
export function piecesQuery(q: string, unfound: ReadonlySet<string>, held: ReadonlySet<string>): RewrittenQuery | undefined {
  if (unfound.size === 0) return undefined;
  const read: Array<{ word: string; pairs: string[] }> = [];
  let typed = 0;
  let covered = 0;
  const rewritten = rewriteWords(q, (whole) => {
    const words = splitWord(whole);
    typed += [...whole].length;
    if (!words.some((word) => unfound.has(word))) {
      covered += [...whole].length;
      return undefined;
    }
    return words.flatMap((word) => {
      if (!unfound.has(word)) {
        covered += [...word].length;
        return [word];
      }
      const pairs = pairsOf(word).filter((pair) => pair !== word && held.has(pair));
      read.push({ word, pairs });
      covered += coveredBy(word, pairs);
      return pairs.length === 0 ? [] : [pairs.map((pair) => `"${pair}"`).join(' OR ')];
    });
  });
  const searched = [...new Set(read.flatMap((r) => r.pairs))];
  if (!rewritten || searched.length === 0 || covered < typed * MIN_COVERED) return undefined;
  return { q: rewritten, notice: `没有文件包含${read.map((r) => `“${r.word}”`).join('')}，按其中的${searched.map((p) => `“${p}”`).join('')}检索。` };
}
