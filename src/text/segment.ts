/**
 * @module text/segment
 * The only tokenizer: indexing and queries both use it, so they always agree.
 *
 * Two views of Chinese text:
 * - **Character bigrams** for recall: every CJK run becomes its overlapping bigrams (and its last
 *   character alone), so any substring of two or more characters is a phrase of bigrams and is
 *   always found (处理 finds 待处理; 农业 finds 中国农业发展银行). A single character is a prefix.
 * - **Words** (jieba, search mode, with the domain dictionary in data/dictionary/) for
 *   splitting what users type (停电应急预案 → 停电, 应急, 预案) and for ranking bonuses: nodejieba's
 *   words from nodejieba's dictionaries, cut by this project's own small addon (native/segmenter.cc
 *   says why, and tests/text/native/ compares its words with nodejieba's).
 * Numbers and Latin words stay whole tokens (nodejieba alone would cut "38" into 3 and 8).
 */
import { readdirSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { toSimplified } from './fold-script';
import { jiebaModelFiles, loadSegmenterAddon, type SegmenterAddon } from './native/segmenter';
import { CJK, foldWidth } from './normalize';

// Tokens are made of CJK characters (normalize.ts); isCjkCode reads the same range by code.
const CJK_RUN = new RegExp(`[${CJK}]+|[A-Za-z0-9]+(?:[.][0-9]+)?`, 'g');
const IS_CJK = new RegExp(`^[${CJK}]`);
/** Characters a words-column term has at least (CJK characters are one UTF-16 unit here). */
const WORDS_COLUMN_MIN_CHARS = 3;
/** CJK runs long enough to hold a words-column term. */
const LONG_CJK_RUN = new RegExp(`[${CJK}]{${WORDS_COLUMN_MIN_CHARS},}`, 'g');

let segmenter: SegmenterAddon | undefined;
/** Words taught before the segmenter was loaded; loading it is slow, so it waits for a need. */
const pending = new Set<string>();
const taught = new Set<string>();

/** The files the segmenter loads, as the five paths of SegmenterAddon.load (nodejieba's order). */
export function segmenterFiles(): [dict: string, hmmModel: string, userDicts: string, idf: string, stopWords: string] {
  const dir = path.join(projectRoot, 'data', 'dictionary');
  const userDicts = readdirSync(dir).filter((f) => f.endsWith('.txt')).map((f) => path.join(dir, f));
  const { dict, hmmModel } = jiebaModelFiles();
  // The keyword extractor's tables are never used here; one-line stand-ins save the ~20 MB its
  // IDF table takes (data/segmenter/).
  const unused = path.join(projectRoot, 'data', 'segmenter');
  return [dict, hmmModel, userDicts.join('|'), path.join(unused, 'keyword-idf.utf8'), path.join(unused, 'keyword-stop-words.utf8')];
}

/**
 * Loads the segmenter once: nodejieba's dictionary and HMM model, with every dictionary in
 * data/dictionary/ as user words.
 */
export function ensureSegmenter(): SegmenterAddon {
  if (segmenter) return segmenter;
  const addon = loadSegmenterAddon();
  addon.load(...segmenterFiles());
  for (const word of pending) addon.insertWord(word);
  pending.clear();
  segmenter = addon;
  return addon;
}

/** The addon's space-joined words as a list. */
function wordList(joined: string): string[] {
  return joined === '' ? [] : joined.split(' ');
}

/**
 * Teaches the segmenter words met during ingestion (unit names such as 县行政审批服务管理局), so
 * they stay whole words in the index and in queries. Cheap to call repeatedly.
 */
export function addWords(words: Iterable<string>): void {
  for (const word of words) {
    if ([...word].length < 2 || taught.has(word)) continue;
    taught.add(word);
    if (segmenter) segmenter.insertWord(word);
    else pending.add(word);
  }
}

/** Words taught so far (addWords), for another segmenter that must split as this one does. */
export function taughtWords(): ReadonlySet<string> {
  return taught;
}

/** Lower-cased, width-folded text: the form both index and queries see. */
export function normalizeForIndex(text: string): string {
  return foldWidth(text).toLowerCase();
}

/**
 * What a query is matched as: the index's form, in simplified script. Ingestion folds
 * traditional text before it is indexed (clean-lines), so a query typed in traditional script
 * (停電) must be folded too to find it (停电); the index side is not folded again here, which
 * keeps its tokens, and its speed, as they were. Simplified queries come back unchanged.
 *
 * @example normalizeQuery('停電 應急') // '停电 应急'
 */
export function normalizeQuery(text: string): string {
  return toSimplified(normalizeForIndex(text));
}

/**
 * The token stream an FTS column stores, as the text FTS5 reads: bigrams of CJK runs (and
 * each run's last character alone), whole Latin words and numbers, one space between tokens.
 *
 * @example indexTokenText('待处理38条') // '待处 处理 理 38 条'
 */
export function indexTokenText(text: string): string {
  return joinedIndexTokens([text]);
}

/** Output of joinedIndexTokens, reused: a token is at most three code units per character read. */
const TOKEN_BUFFER_UNITS = 1 << 16;
let tokenBuffer = new Uint16Array(TOKEN_BUFFER_UNITS);
/** A buffer grown past this for one huge text is not kept for the next. */
const MAX_KEPT_TOKEN_BUFFER_UNITS = 1 << 22;

function isCjkCode(code: number): boolean {
  return (code >= 0x3400 && code <= 0x9fff) || (code >= 0xf900 && code <= 0xfaff);
}

function isAlnumCode(code: number): boolean {
  return (code >= 0x30 && code <= 0x39) || (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
}

function isDigitCode(code: number): boolean {
  return code >= 0x30 && code <= 0x39;
}

/**
 * The streams of several texts as one (a missing or empty text adds nothing).
 *
 * Tokens are CJK_RUN's matches, found and written code unit by code unit into one buffer,
 * decoded once: a document's body is ~10⁴ tokens, and building them as strings (a slice and a
 * concatenation each) was 2.4× slower.
 */
export function joinedIndexTokens(texts: Iterable<string | undefined>): string {
  let out = 0;
  for (const text of texts) {
    if (!text) continue;
    const s = normalizeForIndex(text);
    const n = s.length;
    if (tokenBuffer.length < out + 3 * n + 1) {
      const grown = new Uint16Array(Math.max(2 * tokenBuffer.length, out + 3 * n + 1));
      grown.set(tokenBuffer.subarray(0, out));
      tokenBuffer = grown;
    }
    const buf = tokenBuffer;
    let i = 0;
    while (i < n) {
      const code = s.charCodeAt(i);
      let end = i + 1;
      if (isCjkCode(code)) {
        while (end < n && isCjkCode(s.charCodeAt(end))) end++;
        if (out > 0) buf[out++] = 0x20;
        for (let k = i; k + 1 < end; k++) {
          buf[out++] = s.charCodeAt(k);
          buf[out++] = s.charCodeAt(k + 1);
          buf[out++] = 0x20;
        }
        buf[out++] = s.charCodeAt(end - 1);
      } else if (isAlnumCode(code)) {
        while (end < n && isAlnumCode(s.charCodeAt(end))) end++;
        // A decimal part belongs to the number: 1.5, not 1 and 5.
        if (end + 1 < n && s.charCodeAt(end) === 0x2e && isDigitCode(s.charCodeAt(end + 1))) {
          end += 2;
          while (end < n && isDigitCode(s.charCodeAt(end))) end++;
        }
        if (out > 0) buf[out++] = 0x20;
        for (let k = i; k < end; k++) buf[out++] = s.charCodeAt(k);
      }
      i = end;
    }
  }
  const tokens = Buffer.from(tokenBuffer.buffer, tokenBuffer.byteOffset, out * 2).toString('utf16le');
  if (tokenBuffer.length > MAX_KEPT_TOKEN_BUFFER_UNITS) tokenBuffer = new Uint16Array(TOKEN_BUFFER_UNITS);
  return tokens;
}

/**
 * The same stream as a list of tokens.
 *
 * @example indexTokens('待处理38条') // ['待处', '处理', '理', '38', '条']
 */
export function indexTokens(text: string): string[] {
  const tokens = indexTokenText(text);
  return tokens.length > 0 ? tokens.split(' ') : [];
}

/** One piece of a query term: a phrase of tokens, or a prefix (one CJK character). */
export type QueryPiece = { kind: 'phrase'; tokens: string[] } | { kind: 'prefix'; token: string };

/**
 * How a term must appear in the token stream: each CJK run as a phrase of its bigrams (one
 * character as a prefix), each Latin word or number as itself.
 *
 * @example queryPieces('审批局') // [{ kind: 'phrase', tokens: ['审批', '批局'] }]
 */
export function queryPieces(term: string): QueryPiece[] {
  const pieces: QueryPiece[] = [];
  for (const m of normalizeQuery(term).matchAll(CJK_RUN)) {
    const run = m[0];
    if (!IS_CJK.test(run)) pieces.push({ kind: 'phrase', tokens: [run] });
    else if ([...run].length === 1) pieces.push({ kind: 'prefix', token: run });
    else {
      const chars = [...run];
      const tokens: string[] = [];
      for (let i = 0; i + 1 < chars.length; i++) tokens.push(chars[i] + chars[i + 1]);
      pieces.push({ kind: 'phrase', tokens });
    }
  }
  return pieces;
}

/**
 * Words of a query or question by jieba (precise mode), in simplified script, numbers kept
 * whole, punctuation dropped.
 *
 * @example segmentWords('停电应急预案') // ['停电', '应急预案'] (with the domain dictionary)
 */
export function segmentWords(text: string): string[] {
  const jieba = ensureSegmenter();
  const words: string[] = [];
  for (const m of normalizeQuery(text).matchAll(CJK_RUN)) {
    if (!IS_CJK.test(m[0])) words.push(m[0]);
    else for (const w of wordList(jieba.cut(m[0]))) if (w.trim()) words.push(w);
  }
  return words;
}

/**
 * Whether a word is kept in, and looked up in, the index's `words` column: Chinese words of
 * three or more characters. A shorter one is already a bigram token of the other columns.
 * Indexing and queries both ask here, so they agree.
 */
export function isWordsColumnTerm(word: string): boolean {
  // Asked of every word the segmenter gives (most have one or two characters): no expression.
  if (word.length < WORDS_COLUMN_MIN_CHARS) return false;
  for (let i = 0; i < word.length; i++) if (!isCjkCode(word.charCodeAt(i))) return false;
  return true;
}

/**
 * The terms of a text the `words` column keeps: search-mode words that pass isWordsColumnTerm
 * — segmentForSearch(text).filter(isWordsColumnTerm), without asking the segmenter about runs
 * too short to hold such a word.
 */
export function wordsColumnTerms(text: string): string[] {
  const jieba = ensureSegmenter();
  // Read from the text as written: normalizeForIndex changes no CJK character and puts none
  // where there was none, so the runs are the same.
  const runs = text.match(LONG_CJK_RUN) ?? [];
  if (runs.length === 0) return [];
  // Each distinct run segmented once (5–9% of a document's run text repeats in it: unit names,
  // 县人民政府), in one call for all of them: jieba segments each line on its own and gives the
  // line break back as a word, which tells where each run's words end.
  const distinct = [...new Set(runs)];
  const termsOf = new Map<string, string[]>();
  let line = 0;
  let terms: string[] = [];
  // Shorter words are left out in the addon, before they become strings: most words are.
  for (const word of wordList(jieba.cutForSearch(distinct.join('\n'), WORDS_COLUMN_MIN_CHARS))) {
    if (word === '\n') {
      termsOf.set(distinct[line++], terms);
      terms = [];
    } else if (isWordsColumnTerm(word)) terms.push(word);
  }
  termsOf.set(distinct[line], terms);
  // Never seen; should a run ever not come back as one line, its words are read in order instead.
  if (line !== distinct.length - 1) return wordList(jieba.cutForSearch(runs.join('\n'), WORDS_COLUMN_MIN_CHARS)).filter(isWordsColumnTerm);
  const words: string[] = [];
  for (const run of runs) for (const word of termsOf.get(run)!) words.push(word);
  return words;
}

/**
 * Search-mode words (long words and their parts), for indexing word-level statistics.
 * `cutForSearch` splits one CJK run; the benchmark passes nodejieba's own to time it.
 */
export function segmentForSearch(text: string, cutForSearch?: (run: string) => string[]): string[] {
  let cut = cutForSearch;
  if (!cut) {
    const jieba = ensureSegmenter();
    cut = (run) => wordList(jieba.cutForSearch(run));
  }
  const words: string[] = [];
  for (const m of normalizeForIndex(text).matchAll(CJK_RUN)) {
    if (!IS_CJK.test(m[0])) words.push(m[0]);
    else for (const w of cut(m[0])) if (w.trim()) words.push(w);
  }
  return words;
}
