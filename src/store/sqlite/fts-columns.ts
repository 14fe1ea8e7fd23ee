/**
 * @module store/sqlite/fts-columns
 * What the FTS5 row of a document holds: every column as space-separated tokens (character
 * bigrams for title, number, headings and body; segmenter words of three or more characters in
 * `words`). Pure and free of the database, so ingestion can build rows on worker threads.
 */
import { addWords, joinedIndexTokens, wordsColumnTerms } from '../../text/segment';
import type { IndexableDocument } from '../search-backend';

/** title, docnum, headings, body, words — in the order of search_fts. */
export type FtsColumns = [string, string, string, string, string];

/**
 * The FTS row of a document. The units holding its duties are taught to the segmenter first,
 * so 县行政审批服务管理局 stays one word in its `words` column as in the queries that name it.
 */
export function ftsColumns(doc: IndexableDocument): FtsColumns {
  addWords(doc.units);
  // Headings are paragraphs too: segmenting them again only counted their words twice.
  const words = wordsColumnTerms([doc.title, ...doc.paragraphs].join('\n'));
  return [
    joinedIndexTokens([doc.title]),
    joinedIndexTokens([doc.docNumber, doc.docNumberRaw]),
    joinedIndexTokens(doc.headings),
    // What the header and close printed outside the body (主送机关, 落款, 附件 …) is body text too.
    joinedIndexTokens(doc.printed ? [...doc.paragraphs, ...doc.printed] : doc.paragraphs),
    words.join(' '),
  ];
}
