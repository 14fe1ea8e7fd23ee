/**
 * @module store/sqlite/fts-columns
 * What the FTS5 row of a document holds: every column as space-separated tokens (character
 * bigrams for title, number, headings and body; segmenter words of three or more characters in
 * `words`). Pure and free of the database, so ingestion can build rows on worker threads.
 */
import { addWords, indexTokenText, wordsColumnTerms } from '../../text/segment';
import type { IndexableDocument } from '../search-backend';

/** title, docnum, headings, body, words — in the order of search_fts. */
export type FtsColumns = [string, string, string, string, string];

function joinTokens(texts: Array<string | undefined>): string {
  let out = '';
  for (const text of texts) {
    const tokens = text ? indexTokenText(text) : '';
    if (tokens.length > 0) out = out.length > 0 ? `${out} ${tokens}` : tokens;
  }
  return out;
}

/**
 * The FTS row of a document. The units holding its duties are taught to the segmenter first,
 * so 县行政审批服务管理局 stays one word in its `words` column as in the queries that name it.
 */
export function ftsColumns(doc: IndexableDocument): FtsColumns {
  addWords(doc.units);
  const words = wordsColumnTerms([doc.title, ...doc.headings, ...doc.paragraphs].join('\n'));
  return [
    joinTokens([doc.title]),
    joinTokens([doc.docNumber, doc.docNumberRaw]),
    joinTokens(doc.headings),
    joinTokens(doc.paragraphs),
    words.join(' '),
  ];
}
