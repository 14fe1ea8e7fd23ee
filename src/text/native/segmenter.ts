/**
 * @module text/native/segmenter
 * The segmenter addon (segmenter.cc, built by `npm install`), typed. Words come back joined by
 * single spaces; a space in the text is not returned as a word. With `minChars`, search mode
 * leaves out words of fewer characters, line breaks excepted.
 */
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../../config';

export interface SegmenterAddon {
  /** Dictionary, HMM model, user dictionaries ('|'-separated), IDF table, stop words. */
  load(dict: string, hmmModel: string, userDicts: string, idf: string, stopWords: string): void;
  insertWord(word: string): boolean;
  /** Precise mode, HMM off. */
  cut(text: string): string;
  /** Search mode (precise words, long ones preceded by their dictionary 2- and 3-grams), HMM off. */
  cutForSearch(text: string, minChars?: number): string;
}

/** nodejieba's dictionary and HMM model, as its package ships them. */
export function jiebaModelFiles(): { dict: string; hmmModel: string } {
  const dir = path.join(path.dirname(createRequire(import.meta.url).resolve('nodejieba/package.json')), 'submodules', 'cppjieba', 'dict');
  return { dict: path.join(dir, 'jieba.dict.utf8'), hmmModel: path.join(dir, 'hmm_model.utf8') };
}

export const ADDON_PATH = path.join(projectRoot, 'src', 'text', 'native', 'build', 'Release', 'segmenter.node');

/** Loads the compiled addon; a missing build is named with the command that makes it. */
export function loadSegmenterAddon(file = ADDON_PATH): SegmenterAddon {
  try {
    return createRequire(import.meta.url)(file) as SegmenterAddon;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'MODULE_NOT_FOUND' && code !== 'ERR_DLOPEN_FAILED') throw error;
    throw new Error(`The segmenter addon is not built (${file}): run \`npm run build:native\` (or \`npm install\`).`, { cause: error });
  }
}
