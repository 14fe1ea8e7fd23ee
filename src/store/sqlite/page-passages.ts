/**
 * @module store/sqlite/page-passages
 * The best passages of a page's hits, worked out on two threads where there are two.
 *
 * Each hit shows the paragraphs that best show why it matched: reading a document's texts (a row
 * of 5–70 KB, its checksum, LZ4, JSON) and finding the query's strings in every paragraph was a
 * quarter of the bench mix's time at 1000× the samples, on the thread that then counted the
 * facets (another seventh). With the reader thread of half-reads.ts running and free, the page
 * is posted to it before the facets are counted (run-search.ts): it takes hits meanwhile, then
 * both take the rest from one counter. Both run the same code on the same rows, so the passages are the same.
 */
import type { Passage } from '../../model';
import { bestPassages, type RangeFinder } from '../query/highlight';
import type { SharedPassages } from './half-reads';

/**
 * The passages of each document of the page, in its order; `shared`, when the reader took the
 * page (HalfReads.passages), is the counter both take documents from.
 */
export function pagePassages<T>(page: T[], read: (doc: T) => string[], find: RangeFinder, shared: SharedPassages | undefined): Passage[][] {
  const mine = (doc: T) => bestPassages(read(doc), find);
  if (!shared) return page.map(mine);
  const out = new Array<Passage[] | undefined>(page.length);
  for (let at = shared.next(); at >= 0; at = shared.next()) out[at] = mine(page[at]);
  const theirs = shared.done();
  // A document the reader could not read is read here, and its error, if it is the store's, thrown here.
  return page.map((doc, at) => out[at] ?? theirs.get(at) ?? mine(doc));
}
