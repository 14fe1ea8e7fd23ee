/**
 * @module store/query/parse-query
 * The search box's query language, shared by every backend so they read a query the same way:
 * words (all must match), "exact phrase", -exclude, OR, field:value filters, a document number
 * anywhere in the query (query-number.ts), residents' questions (question and filler words dropped), words typed
 * side by side (found side by side first) and pasted passages (searched by their first sentence).
 *
 * Pure apart from the segmenter (nodejieba) it uses to split long unquoted words.
 */
import { loadDataJson } from '../../domain/load-data';
import type { DocNumber, SearchFilters, ValidityStatus } from '../../model';
import { toSimplified } from '../../text/fold-script';
import { foldWidth } from '../../text/normalize';
import { normalizeForIndex, segmentWords } from '../../text/segment';
import { applyFilter, refuseUnknownKey, type FilterField, type FilterSyntax } from './query-filters';
import { queryNumber, type NumberFiller } from './query-number';

const IS_CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** One thing to find: `text` as a contiguous substring (phrase) — or, unquoted, as written. */
export interface QueryTerm {
  text: string;
  /** Typed in quotes: never split. */
  phrase: boolean;
}

export interface ParsedQuery {
  /** AND of OR-groups: a document matches when every group has an alternative it contains. */
  groups: QueryTerm[][];
  exclude: QueryTerm[];
  /** Filters written in the query (county:稷山县 …); the caller merges them with its own. */
  filters: SearchFilters;
  /**
   * Canonical number when the query holds one, written any way, alone or with filler
   * (按照…文件精神) and other words: the number is searched as a number, the rest (groups) as words.
   */
  docNumber?: string;
  /** The number's 代字, year and serial, for the numbers near it when none holds it. */
  docNumberParts?: Pick<DocNumber, 'prefix' | 'year' | 'serial' | 'kind'>;
  /**
   * Each unquoted word as the user wrote it, before it was split into segmenter words: a
   * document holding it verbatim deserves a phrase bonus.
   */
  wholeTerms: string[];
  /** The terms searched, for display and highlighting. */
  terms: string[];
  /** Question and filler words removed from the query (怎么, 找谁 …). */
  dropped: string[];
  /**
   * The groups with every word the segmenter split (安全生产 → 安全, 生产) kept whole, as a
   * phrase: documents holding it so rank before those holding its pieces apart. Only when a word
   * was split and the query has no OR.
   */
  adjacent?: QueryTerm[][];
  /** When a long pasted text was cut to its first sentence: what was searched, in Chinese. */
  notice?: string;
}

interface QuerySyntax extends FilterSyntax {
  or: string[];
  status: Record<ValidityStatus, string[]>;
  maxLength: number;
  maxTerms: number;
  /** A query longer than this (a pasted passage) is searched by its first sentence. */
  longQuery: number;
  numberFiller: NumberFiller;
}

interface QuestionWords {
  phrases: string[];
  punctuation: string;
  /** Aspect particles after a question's verb (辍学了): dropped at the end of a word of 3+ characters. */
  endParticles?: string[];
}

/** A word this long or longer loses a trailing aspect particle; 为了, 除了 are words of their own. */
const MIN_WORD_WITH_PARTICLE = 3;

let tables: { syntax: QuerySyntax; fieldByName: Map<string, FilterField>; statusByName: Map<string, ValidityStatus>; questions: QuestionWords } | undefined;

function loadTables() {
  if (tables) return tables;
  const syntax = loadDataJson<QuerySyntax>('query-syntax.json');
  const questions = loadDataJson<QuestionWords>('question-words.json');
  const fieldByName = new Map<string, FilterField>();
  for (const [field, names] of Object.entries(syntax.fields)) for (const name of names) fieldByName.set(name.toLowerCase(), field as FilterField);
  const statusByName = new Map<string, ValidityStatus>();
  for (const [status, names] of Object.entries(syntax.status)) for (const name of names) statusByName.set(name.toLowerCase(), status as ValidityStatus);
  // Longest first, so 找哪个部门办理 goes before 哪个部门.
  questions.phrases = [...questions.phrases].sort((a, b) => b.length - a.length);
  tables = { syntax, fieldByName, statusByName, questions };
  return tables;
}

/**
 * A pasted passage as the user meant it: longer than `longQuery` characters, it is searched by
 * its first sentence (cut to `maxLength`), with a notice saying so. A query of any length is
 * answered this way, never refused.
 *
 * @example firstSentence('为健全大面积停电事件应对工作机制，科学有效应对大面积停电事件，……。本预案适用于……', 100, 500)
 *   // { text: '为健全大面积停电事件应对工作机制，科学有效应对大面积停电事件，……', notice: '查询较长（…字），只按第一句检索：…' }
 */
export function firstSentence(q: string, longQuery: number, maxLength: number): { text: string; notice?: string } {
  // UTF-16 length: the same as characters for Chinese text, and no array of a megabyte's characters.
  const length = q.length;
  if (length <= longQuery) return { text: q };
  // Only the start is read: a pasted page of megabytes costs no more than its first lines.
  const head = [...q.slice(0, maxLength * 4)];
  const text = head.join('').split(/[。！？!?；;\n]/).map((part) => part.trim()).find((part) => part.length > 0) ?? '';
  const cut = [...text].slice(0, maxLength).join('');
  return { text: cut, notice: `查询较长（${length} 字），只按第一句检索：“${[...cut].slice(0, 60).join('')}${[...cut].length > 60 ? '…' : ''}”。` };
}

/**
 * What a user typed, made safe to read: full-width letters and colons folded, curly and corner
 * quotes made straight, control characters and lone surrogates (which cannot be encoded) turned
 * into spaces, and the length bounded so a pasted page cannot make a query slow. Traditional
 * script is folded to simplified first, as ingestion folds the documents: a query typed that way
 * (共享平臺, 政務信息資源共享) is then split, matched and highlighted as its simplified form is.
 */
function cleanQuery(q: string, maxLength: number): string {
  return foldWidth(toSimplified(q))
    .replace(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g, ' ')
    .replace(/[\u0000-\u001f\u007f-\u009f\u200b-\u200f\u2028\u2029\ufeff]/g, ' ')
    .replace(/[“”„‟「」『』＂]/g, '"')
    .replace(/：/g, ':')
    .replace(/－/g, '-')
    .replace(/\u3000/g, ' ')
    .slice(0, maxLength);
}

/** Splits on whitespace, keeping "quoted phrases" (an unclosed quote runs to the end) whole. */
function lex(q: string): Array<{ text: string; quoted: boolean; negated: boolean }> {
  const tokens: Array<{ text: string; quoted: boolean; negated: boolean }> = [];
  const pattern = /(-?)"([^"]*)"?|(\S+)/g;
  for (const m of q.matchAll(pattern)) {
    if (m[3] !== undefined) {
      const negated = m[3].length > 1 && m[3].startsWith('-');
      tokens.push({ text: negated ? m[3].slice(1) : m[3], quoted: false, negated });
    } else if (m[2].trim()) {
      tokens.push({ text: m[2].trim(), quoted: true, negated: m[1] === '-' });
    }
  }
  return tokens;
}

/** Removes question and filler words; single characters (吗, 呢) only at the end of a word. */
function dropQuestionWords(text: string, questions: QuestionWords, dropped: string[]): string[] {
  let rest = text;
  for (const phrase of questions.phrases) {
    if (phrase.length < 2) continue;
    if (rest.includes(phrase)) {
      dropped.push(phrase);
      rest = rest.split(phrase).join(' ');
    }
  }
  const punctuation = new Set([...questions.punctuation]);
  rest = [...rest].map((ch) => (punctuation.has(ch) ? ' ' : ch)).join('');
  const singles = questions.phrases.filter((p) => p.length === 1);
  return rest
    .split(/\s+/)
    .map((word) => {
      let w = word;
      while (w.length > 1 && singles.includes(w.at(-1)!)) {
        dropped.push(w.at(-1)!);
        w = w.slice(0, -1);
      }
      if (singles.includes(w)) {
        dropped.push(w);
        return '';
      }
      const particle = questions.endParticles?.find((p) => w.length >= MIN_WORD_WITH_PARTICLE && w.endsWith(p));
      if (particle) {
        dropped.push(particle);
        w = w.slice(0, -particle.length);
      }
      return w;
    })
    .filter(Boolean);
}

/**
 * A long unquoted word as the words it is made of (服务业提质增效 → 服务业, 提质增效), so words
 * that stand apart in a document still match. Single characters never stand alone: they join
 * their neighbours (审批/局 → 审批局), so a word of two or three characters is never split and is
 * always searched exactly as typed.
 */
export function splitWord(word: string): string[] {
  // Three characters or fewer are never split (below): no need to load the segmenter for them.
  if ([...word].length <= 3) return [word];
  const pieces = segmentWords(word);
  if (pieces.length <= 1) return [word];
  const merged: string[] = [];
  let singles = '';
  for (const piece of pieces) {
    if ([...piece].length === 1 && IS_CJK.test(piece)) {
      singles += piece;
      continue;
    }
    if (singles) {
      if ([...singles].length >= 2) merged.push(singles);
      else if (merged.length > 0) merged[merged.length - 1] += singles;
      else {
        // A lone character with nothing before it joins the next word (被 + 征地 → 被征地).
        merged.push(singles + piece);
        singles = '';
        continue;
      }
      singles = '';
    }
    merged.push(piece);
  }
  if (singles) {
    if ([...singles].length >= 2 || merged.length === 0) merged.push(singles);
    else merged[merged.length - 1] += singles;
  }
  // The segmenter drops punctuation: a word holding any is searched whole, as typed.
  return merged.join('') === normalizeForIndex(word) ? merged : [word];
}

function unique(terms: QueryTerm[]): QueryTerm[] {
  const seen = new Set<string>();
  return terms.filter((t) => {
    const key = `${t.phrase ? 1 : 0}${t.text}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

/**
 * Reads a query.
 *
 * @example parseQuery('停电 应急预案 county:稷山县')
 *   // { groups: [[{ text: '停电' }], [{ text: '应急预案' }]], filters: { county: ['稷山县'] }, … }
 * @example parseQuery('稷政办发[2022]31 号').docNumber // '稷政办发〔2022〕31号'
 * @example parseQuery('自建房需要办什么手续？').groups // [[{ text: '自建房' }]]
 */
export function parseQuery(q: string): ParsedQuery {
  const parsed = readQuery(q ?? '', true);
  // A query made only of words that are fillers in questions (办理, 需要) means those words.
  return parsed.groups.length === 0 && parsed.dropped.length > 0 ? readQuery(q ?? '', false) : parsed;
}

function readQuery(q: string, dropQuestions: boolean): ParsedQuery {
  const { syntax, fieldByName, statusByName, questions } = loadTables();
  const { text: first, notice } = firstSentence(q, syntax.longQuery ?? syntax.maxLength, syntax.maxLength);
  const cleaned = cleanQuery(first, syntax.maxLength);
  const filters: SearchFilters = {};
  const groups: QueryTerm[][] = [];
  const exclude: QueryTerm[] = [];
  const dropped: string[] = [];
  const wholeTerms: string[] = [];
  const adjacent: QueryTerm[][] = [];
  let split = false;
  let usedOr = false;
  let pendingOr = false;
  const orWords = new Set(syntax.or);

  const tokens = lex(cleaned);
  // Filters and OR first: the number is looked for among the words alone.
  const kinds = tokens.map((token): 'or' | 'filter' | 'word' => {
    if (!token.quoted && !token.negated && orWords.has(token.text)) return 'or';
    if (!token.quoted) {
      const colon = token.text.indexOf(':');
      if (colon > 0) {
        const key = token.text.slice(0, colon);
        const field = fieldByName.get(key.toLowerCase());
        if (field && !token.negated && applyFilter(filters, field, token.text.slice(colon + 1), statusByName)) return 'filter';
        if (!field) refuseUnknownKey(key, token.text.slice(colon + 1), syntax);
      }
    }
    return 'word';
  });
  const number = queryNumber(
    tokens.flatMap((token, at) => (kinds[at] === 'word' && !token.negated ? [{ at, text: token.text }] : [])),
    syntax.numberFiller,
  );
  if (number) dropped.push(...number.filler);
  // Each word as typed, or what the number left of it (unquoted: the quotes held the number too).
  const read = tokens.flatMap((token, at) => {
    const rest = number?.rest.get(at);
    return rest ? rest.map((text) => ({ token: { text, quoted: false, negated: false }, kind: kinds[at] })) : [{ token, kind: kinds[at] }];
  });

  for (const { token, kind } of read) {
    if (kind === 'or') {
      pendingOr = groups.length > 0;
      usedOr = true;
      continue;
    }
    if (kind === 'filter') continue;
    let terms: QueryTerm[];
    if (token.quoted) {
      terms = [{ text: token.text, phrase: true }];
    } else {
      terms = [];
      const kept = dropQuestions ? dropQuestionWords(token.text, questions, dropped) : [token.text];
      for (const word of kept) {
        if (!token.negated) wholeTerms.push(word);
        const pieces = splitWord(word);
        for (const piece of pieces) terms.push({ text: piece, phrase: false });
        if (!token.negated) {
          // Typed side by side, the pieces are best found side by side (安全生产 before 安全…生产).
          if (pieces.length > 1) split = true;
          adjacent.push(pieces.length > 1 ? [{ text: word, phrase: true }] : [{ text: pieces[0], phrase: false }]);
        }
      }
    }
    if (token.quoted && !token.negated) adjacent.push(terms);
    if (terms.length === 0) continue;
    if (token.negated) {
      exclude.push(...terms);
      continue;
    }
    if (pendingOr && groups.length > 0) {
      // "a OR b c" reads as (a OR b) AND c; a split word joins the OR as its first piece and
      // the rest of its pieces are required as usual.
      groups[groups.length - 1].push(terms[0]);
      for (const term of terms.slice(1)) groups.push([term]);
    } else {
      for (const term of terms) groups.push([term]);
    }
    pendingOr = false;
  }

  const docNumber = number?.number.canonical;
  const bounded = groups.slice(0, syntax.maxTerms).map(unique);
  return {
    groups: bounded,
    exclude: unique(exclude).slice(0, syntax.maxTerms),
    filters,
    docNumber,
    ...(number ? { docNumberParts: { prefix: number.number.prefix, year: number.number.year, serial: number.number.serial, kind: number.number.kind } } : {}),
    wholeTerms: [...new Set(wholeTerms)],
    terms: [...new Set([...(docNumber ? [docNumber] : []), ...bounded.flat().map((t) => t.text)])],
    dropped,
    ...(split && !usedOr && adjacent.length <= syntax.maxTerms ? { adjacent: adjacent.map(unique) } : {}),
    ...(notice ? { notice } : {}),
  };
}

/**
 * The query again, each plain word (question words dropped, as a search drops them) written as
 * `rewrite` says — a list of words or OR-groups in the query language — or kept when it says
 * nothing. Filters, quoted phrases and excluded words stay as typed. Undefined when the query
 * chooses its own alternatives (OR), is a pasted passage, or `rewrite` changed no word: the
 * search's fallbacks (residents' words, words no document holds) ask a query again through it.
 *
 * @example rewriteWords('养狗要登记吗 county:甲县', (w) => (w === '养狗' ? ['"养狗" OR "养犬"'] : undefined))
 *   // '"养狗" OR "养犬" 登记 county:甲县'
 */
export function rewriteWords(q: string, rewrite: (word: string) => string[] | undefined): string | undefined {
  const { syntax, fieldByName, questions } = loadTables();
  if ((q ?? '').length > (syntax.longQuery ?? syntax.maxLength)) return undefined;
  const tokens = lex(cleanQuery(q ?? '', syntax.maxLength));
  const orWords = new Set(syntax.or);
  const out: string[] = [];
  let changed = false;
  for (const token of tokens) {
    if (!token.quoted && orWords.has(token.text)) return undefined;
    const filter = !token.quoted && token.text.indexOf(':') > 0 && fieldByName.has(token.text.slice(0, token.text.indexOf(':')).toLowerCase());
    if (token.quoted || token.negated || filter) {
      out.push(`${token.negated ? '-' : ''}${token.quoted ? `"${token.text}"` : token.text}`);
      continue;
    }
    for (const word of dropQuestionWords(token.text, questions, [])) {
      const written = rewrite(word);
      if (written) changed = true;
      out.push(...(written ?? [word]));
    }
  }
  return changed ? out.join(' ') : undefined;
}
