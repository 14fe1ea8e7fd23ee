/**
 * @module ingest/stages/read-law
 * Laws, administrative regulations, local regulations and rules (法律, 行政法规, 地方性法规,
 * 规章, 司法解释): recognises such a text and reads it as one document — its title, level,
 * adoption / revision history, promulgation and effective dates, chapters and articles.
 */
import type { GazetteDocument, SourceText } from '../../src/model';

export interface LawContext {
  /** Id of the record the document belongs to. */
  gazetteId: string;
}

/**
 * The law as one document, or undefined when the text is not a law, regulation or rule.
 * (Not yet implemented: every text is answered undefined.)
 */
export function readLaw(_input: SourceText, _context: LawContext): GazetteDocument | undefined {
  return undefined;
}
