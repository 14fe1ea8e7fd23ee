/**
 * @module ingest/stages/clean-lines
 * The first stage: takes out what a saved web page or a converted file adds around a document
 * (navigation, share and print widgets, HTML left in text, spam lines, a page printed twice) and
 * folds traditional script to simplified, so every later stage reads the document as printed.
 */
import type { SourceText } from '../../src/model';

/** (Not yet implemented: the text is returned as it came.) */
export function cleanLines(input: SourceText): SourceText {
  return input;
}
