/**
 * @module store/escape-query
 * The one way user words reach an FTS5 MATCH expression: every token is quoted as an FTS5
 * string (inner quotes doubled), so operators, column filters and stray syntax a user types
 * (NEAR, *, ^, title:, unbalanced quotes) are searched as words and can never make MATCH throw.
 */
import { queryPieces, type QueryPiece } from '../text/segment';

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
  const pieces = queryPieces(term);
  if (pieces.length === 0) return undefined;
  const parts = pieces.map(pieceExpression);
  return parts.length === 1 ? parts[0] : `(${parts.join(' AND ')})`;
}
