/**
 * @module store/escape-query
 * The one way user words reach an FTS5 MATCH expression: every token is quoted as an FTS5
 * string (inner quotes doubled), so operators, column filters and stray syntax a user types
 * (NEAR, *, ^, title:, unbalanced quotes) are searched as words and can never make MATCH throw.
 */
import { indexTokens, isWordsColumnTerm, normalizeQuery, queryPieces, type QueryPiece } from '../text/segment';

/** An FTS5 string literal: "…" with inner quotes doubled. */
export function quoteFts(token: string): string {
  return `"${token.replace(/"/g, '""')}"`;
}

function pieceExpression(piece: QueryPiece): string {
  if (piece.kind === 'prefix') return `${quoteFts(piece.token)}*`;
  // A phrase of bigrams: the tokens must stand next to each other.
  return quoteFts(piece.tokens.join(' '));
}

/**
 * The FTS5 expression requiring `term` as written (every piece, in a phrase), or undefined when
 * the term has no searchable characters (only punctuation or emoji).
 *
 * @example escapeFtsTerm('审批局') // '"审批 批局"'
 * @example escapeFtsTerm('NEAR(a b)') // '"near" AND "a" AND "b"'
 */
export function escapeFtsTerm(term: string): string | undefined {
  return piecesExpression(queryPieces(term));
}

function piecesExpression(pieces: QueryPiece[]): string | undefined {
  if (pieces.length === 0) return undefined;
  const parts = pieces.map(pieceExpression);
  return parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
}

/** Columns that hold character bigrams (every substring is found there). */
const BIGRAM_COLUMNS = '{title docnum headings body}';

/**
 * A document number as one phrase of its tokens (代字 bigrams, year, serial, 号 side by side), as
 * 〔2023〕7号 or 〔2023〕第7号: a text holding the number as written, or with more 代字 before it
 * (梁政发〔2023〕7号 holds 政发〔2023〕7号). Never its digits apart: 粤府〔2023〕5号 must not match
 * 粤府办〔2023〕5号 through a 5 and a 号 elsewhere. Undefined when the number has no token.
 *
 * @example ftsNumberExpression('粤府〔2023〕5号') // '{title docnum headings body} : ("粤府 府 2023 5 号" OR "粤府 府 2023 第 5 号")'
 */
export function ftsNumberExpression(canonical: string): string | undefined {
  const tokens = indexTokens(normalizeQuery(canonical));
  if (tokens.length === 0) return undefined;
  const forms = [tokens];
  const serial = tokens.length - 2;
  if (tokens.at(-1) === '号' && /^\d+$/.test(tokens[serial] ?? '') && tokens[serial - 1] !== '第') forms.push([...tokens.slice(0, serial), '第', ...tokens.slice(serial)]);
  return `${BIGRAM_COLUMNS} : (${forms.map((form) => quoteFts(form.join(' '))).join(' OR ')})`;
}

/**
 * A term's pieces as found in the bigram columns. A bigram, a number or a Latin word never
 * stands in the `words` column (whole Chinese words of three or more characters), so its phrase
 * needs no column filter — which made FTS5 sort every position list by column: 30% of a match
 * list's time. A one-character prefix would also find words there (县 → 县政府): it keeps it.
 */
function inBigramColumns(term: string): string | undefined {
  const pieces = queryPieces(term);
  const bigrams = piecesExpression(pieces);
  if (bigrams === undefined) return undefined;
  return pieces.some((piece) => piece.kind === 'prefix') ? `(${BIGRAM_COLUMNS} : ${bigrams})` : bigrams;
}

/**
 * One query term as an FTS5 expression: the term in the bigram columns, or — when it is a word
 * of three or more characters — the same word in the `words` column too, which matches no
 * other documents (a word is a substring) but lets BM25 prefer documents where it stands as a
 * word. A two-character word is its own bigram: the second list would add a quarter to the
 * query's time and nothing to its ranking (measured on the samples' ranking table).
 */
export function ftsTermExpression(term: { text: string; phrase: boolean }): string | undefined {
  const scoped = inBigramColumns(term.text);
  if (scoped === undefined) return undefined;
  if (!hasWordsPhrase(term)) return scoped;
  return `(${scoped} OR words : ${quoteFts(term.text)})`;
}

/** Whether a term (with searchable pieces) is also looked for as a word in the `words` column: one more phrase after its pieces. */
function hasWordsPhrase(term: { text: string; phrase: boolean }): boolean {
  return !term.phrase && isWordsColumnTerm(term.text);
}

/** Alternatives of one OR-group, or undefined when none has a searchable character. */
export function ftsGroupExpression(group: Array<{ text: string; phrase: boolean }>): string | undefined {
  const parts = group.map(ftsTermExpression).filter((p): p is string => p !== undefined);
  if (parts.length === 0) return undefined;
  return parts.length === 1 ? parts[0] : `(${parts.join(' OR ')})`;
}

/**
 * The phrases of ftsMatchExpression's expression, numbered as FTS5 numbers them (in the order
 * they are written): per group (all required), per term (any one will do), the phrases the term
 * needs in the bigram columns (all of them); how many phrases come before the exclusions; and
 * each phrase as an expression of its own, in the columns it is looked for in (undefined for
 * an excluded term's: a match holds none of them). A term's `words` phrase is counted and
 * written but needs no entry in `groups`: no filter of bigram columns finds it.
 *
 * @example ftsPhrasePlan([[{ text: '应急预案', phrase: false }], [{ text: '停电', phrase: false }]]).groups // [[[0]], [[2]]]
 */
export interface PhrasePlan {
  groups: number[][][];
  phrases: number;
  texts: Array<string | undefined>;
}

export function ftsPhrasePlan(groups: Array<Array<{ text: string; phrase: boolean }>>, exclude: Array<{ text: string }> = []): PhrasePlan {
  const texts: Array<string | undefined> = [];
  const plan: number[][][] = [];
  for (const group of groups) {
    const terms: number[][] = [];
    for (const term of group) {
      const pieces = queryPieces(term.text);
      if (pieces.length === 0) continue;
      terms.push(pieces.map((_, i) => texts.length + i));
      // As inBigramColumns scopes them: a term with a prefix piece, all its pieces.
      const scope = pieces.some((piece) => piece.kind === 'prefix') ? `${BIGRAM_COLUMNS} : ` : '';
      for (const piece of pieces) texts.push(scope + pieceExpression(piece));
      if (hasWordsPhrase(term)) texts.push(`words : ${quoteFts(term.text)}`);
    }
    if (terms.length > 0) plan.push(terms);
  }
  const phrases = texts.length;
  for (const term of exclude) for (const _ of queryPieces(term.text)) texts.push(undefined);
  return { groups: plan, phrases, texts };
}

/**
 * The MATCH expression for every group (AND) without any excluded term (NOT); undefined when
 * nothing searchable is left.
 *
 * @example ftsMatchExpression([[{ text: '应急预案', phrase: false }]], [{ text: '夏县', phrase: false }])
 *   // '("应急 急预 预案" OR words : "应急预案") NOT "夏县"'
 */
export function ftsMatchExpression(
  groups: Array<Array<{ text: string; phrase: boolean }>>,
  exclude: Array<{ text: string; phrase: boolean }> = [],
): string | undefined {
  const required = groups.map(ftsGroupExpression).filter((p): p is string => p !== undefined);
  if (required.length === 0) return undefined;
  const positive = required.length === 1 ? required[0] : `(${required.join(' AND ')})`;
  const excluded = exclude.map((term) => inBigramColumns(term.text)).filter((p): p is string => p !== undefined);
  return excluded.length === 0 ? positive : `${positive} NOT (${excluded.join(' OR ')})`;
}

/**
 * Documents where the first alternative of every group stands within `distance` tokens
 * (≈ characters, since tokens are bigrams) of the others: the proximity bonus of ranking.
 * Undefined when fewer than two groups can take part.
 */
export function ftsNearExpression(groups: Array<Array<{ text: string; phrase: boolean }>>, distance: number): string | undefined {
  const phrases = groups
    .map((group) => escapeFtsTerm(group[0].text))
    // NEAR takes phrases only: a term that became several pieces (2022年) sits out.
    .filter((p): p is string => p !== undefined && !p.startsWith('('));
  if (phrases.length < 2) return undefined;
  return `${BIGRAM_COLUMNS} : NEAR(${phrases.join(' ')}, ${Math.max(0, Math.floor(distance))})`;
}

/**
 * The phrases of ftsNearExpression, each as its number in ftsMatchExpression's expression (as
 * ftsPhrasePlan numbers them) with its length in tokens: what gazette_near is asked in the
 * ranked read, so the same proximity needs no NEAR query. Undefined when ftsNearExpression is.
 */
export function ftsNearPhrases(groups: Array<Array<{ text: string; phrase: boolean }>>): Array<{ phrase: number; tokens: number }> | undefined {
  const near: Array<{ phrase: number; tokens: number }> = [];
  let next = 0;
  for (const group of groups) {
    group.forEach((term, at) => {
      const pieces = queryPieces(term.text);
      // As ftsNearExpression: the first term of each group, when it is one piece.
      if (at === 0 && pieces.length === 1) near.push({ phrase: next, tokens: pieces[0].kind === 'prefix' ? 1 : pieces[0].tokens.length });
      if (pieces.length > 0) next += pieces.length + (hasWordsPhrase(term) ? 1 : 0);
    });
  }
  return near.length < 2 ? undefined : near;
}

/**
 * Tokens every match must hold — the first and last bigram of the query's longest term — each
 * as an FTS5 expression. The fewest documents holding one of them bounds the number of matches
 * for the price of reading two tokens' lists, without matching phrases. Empty when no single
 * token is required of every match (a group of OR alternatives, or one character, a prefix).
 */
export function ftsRequiredTokens(groups: Array<Array<{ text: string; phrase: boolean }>>): string[] {
  const terms = groups.filter((group) => group.length === 1).map((group) => group[0].text);
  if (terms.length < groups.length || terms.length === 0) return [];
  const longest = terms.reduce((a, b) => ([...b].length > [...a].length ? b : a));
  const piece = queryPieces(longest)[0];
  if (piece?.kind !== 'phrase') return [];
  return [...new Set([piece.tokens[0], piece.tokens[piece.tokens.length - 1]])].map(quoteFts);
}
