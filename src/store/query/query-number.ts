/**
 * @module store/query/query-number
 * The document number in a query, wherever it stands: the whole query (梁政发 2023年7号), one
 * word with the filler users type around it (按照鲁政发〔2014〕20号文件精神, 甘区政办发201756号文件规定 —
 * data/query-syntax.json `numberFiller`), or inside a longer word (贯彻国发〔2014〕45号 养老). The
 * number is searched as a number (the document, the documents citing it) and what is left as
 * words, so a number's digits and 号 are never searched as words that match inside another
 * number. Numbers are read by src/domain/doc-number.ts, the parser ingestion uses.
 */
import { findDocNumbers, parseDocNumber, type ParsedDocNumber } from '../../domain/doc-number';

/** Words dropped where they touch a number (data/query-syntax.json `numberFiller`). */
export interface NumberFiller {
  before: string[];
  after: string[];
}

/** A number found in a query's words. */
export interface QueryNumber {
  number: ParsedDocNumber;
  /**
   * For each word (by position) the number took part of: what is left of it to search as words
   * (empty when the number and its filler were the whole word). Words not listed stay as typed.
   */
  rest: Map<number, string[]>;
  /** Filler dropped around the number (文件, 按照 …), for the dropped list. */
  filler: string[];
}

/** The text with filler words taken off one end, step by step: the text itself first, then less and less. */
function strippings(text: string, words: string[], end: 'start' | 'end'): Array<{ text: string; taken: string[] }> {
  const out = [{ text, taken: [] as string[] }];
  for (let current = text, taken: string[] = []; ; ) {
    const word = words.find((w) => w.length <= current.length && (end === 'start' ? current.startsWith(w) : current.endsWith(w)));
    if (!word) return out;
    current = end === 'start' ? current.slice(word.length) : current.slice(0, -word.length);
    taken = [...taken, word];
    out.push({ text: current, taken });
  }
}

/** A word that is a number once filler is taken off its ends (the least filler that does it). */
function fillerNumber(word: string, filler: NumberFiller): { number: ParsedDocNumber; taken: string[] } | undefined {
  for (const after of strippings(word, filler.after, 'end')) {
    for (const before of strippings(after.text, filler.before, 'start')) {
      const number = parseDocNumber(before.text);
      if (number) return { number, taken: [...before.taken, ...after.taken] };
    }
  }
  return undefined;
}

/** Filler words standing alone, word after word: a whole filler word beside the number (鲁政发〔2014〕20号 文件). */
function isFiller(word: string, filler: NumberFiller): boolean {
  return strippings(word, filler.after, 'end').some((s) => s.text === '' || filler.after.includes(s.text)) || filler.before.includes(word);
}

/**
 * The number among a query's words (its unquoted, not excluded words, with their positions), or
 * undefined. The first number wins; a second one in the same query stays words.
 *
 * @example queryNumber([{ at: 0, text: '按照鲁政发〔2014〕20号文件精神' }], filler)?.number.canonical // '鲁政发〔2014〕20号'
 * @example queryNumber([{ at: 0, text: '文件管理办法' }], filler) // undefined
 */
export function queryNumber(words: Array<{ at: number; text: string }>, filler: NumberFiller): QueryNumber | undefined {
  if (words.length === 0) return undefined;
  const all = (number: ParsedDocNumber, taken: string[]): QueryNumber => ({ number, rest: new Map(words.map((w) => [w.at, []])), filler: taken });
  // The whole query, as every number written with spaces is (梁政发 〔2023〕 7号, 2023 7号 梁政发).
  const joined = words.map((w) => w.text).join(' ');
  const whole = parseDocNumber(joined.replace(/\s+/g, '')) ?? parseDocNumber(joined);
  if (whole) return all(whole, []);
  // The whole query with filler around it, as one word or several (鲁政发〔2014〕20号 文件).
  const compact = fillerNumber(joined.replace(/\s+/g, ''), filler);
  if (compact) return all(compact.number, compact.taken);
  // One word a number with filler around it; filler words beside it are dropped too.
  for (const [i, word] of words.entries()) {
    const found = fillerNumber(word.text, filler);
    if (!found) continue;
    const rest = new Map<number, string[]>([[word.at, []]]);
    const taken = [...found.taken];
    for (let j = i - 1; j >= 0 && filler.before.includes(words[j].text); j--) (rest.set(words[j].at, []), taken.push(words[j].text));
    for (let j = i + 1; j < words.length && isFiller(words[j].text, filler); j++) (rest.set(words[j].at, []), taken.push(words[j].text));
    return { number: found.number, rest, filler: taken };
  }
  // A number inside a word, in running text (贯彻国发〔2014〕45号精神): what stands before and after it, less the filler touching it, stays words.
  for (const word of words) {
    const [first] = findDocNumbers(word.text);
    if (!first) continue;
    const head = strippings(word.text.slice(0, first.index), filler.before, 'end');
    const tail = strippings(word.text.slice(first.index + first.length), filler.after, 'start');
    const before = head.at(-1)!;
    const after = tail.at(-1)!;
    const { index: _index, length: _length, ...number } = first;
    return { number, rest: new Map([[word.at, [before.text, after.text].filter(Boolean)]]), filler: [...before.taken, ...after.taken] };
  }
  return undefined;
}
