/**
 * @module text/fold-script
 * Traditional script folded to simplified, for matching and search: mirror sites republish
 * county documents in traditional characters (絳政辦發〔2023〕14號), and residents sometimes type
 * a query that way (停電). The conversion is OpenCC's (opencc-js, Hong Kong and general
 * traditional → mainland simplified, phrase-aware: 乾燥 → 干燥 but 乾隆 stays), never a table of
 * our own.
 *
 * Most text is simplified already, and ingestion reads hundreds of megabytes of it: a text is
 * converted only when it holds a character that OpenCC itself changes on its own (號 and 電
 * do; 乾 and 干 do not, 乾 staying in 乾隆, so simplified text holding them is left as written),
 * one table lookup per character. That set is OpenCC's, kept in data/traditional-script.json (written by
 * `node bin/make-traditional-script.mjs` from the installed library, checked against it by
 * tests/text/fold-script.test.ts): reading it from the library's dictionaries took 45–60 ms of
 * every process and ingestion worker before its first file, a seventh of ingesting the samples.
 * The converter itself is built on the first text that needs it.
 *
 * Variant shapes OpenCC leaves (陜 for 陕, 淸, 徳: old print, Korean-standard fonts, OCR) are
 * folded too, from the same file's hand-kept "variants" (its "about" says which qualify): a
 * document number typed 陜政发〔2017〕34号 is the one a search for 陕政发〔2017〕34号 finds.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { projectRoot } from '../config';

type Convert = (text: string) => string;

/** What data/traditional-script.json holds: the characters OpenCC changes standing alone, and the variant shapes it leaves. */
export interface TraditionalScript {
  opencc: string;
  characters: string;
  /** Variant shape → standard simplified character, one BMP character each. */
  variants: Record<string, string>;
}

export const TRADITIONAL_SCRIPT_FILE = path.join(projectRoot, 'data', 'traditional-script.json');

let convert: Convert | undefined;
/** BMP code units OpenCC changes on their own: 1 = traditional. */
let traditionalUnits: Uint8Array | undefined;
/** The few such characters outside the BMP (a surrogate pair each). */
let traditionalAstral: Set<string> | undefined;
/** Variant shapes OpenCC leaves, to their standard character. */
let variantShapes: Map<string, string> | undefined;
let variantPattern: RegExp | undefined;

function loadTable(): { units: Uint8Array; astral: Set<string> } {
  if (traditionalUnits && traditionalAstral) return { units: traditionalUnits, astral: traditionalAstral };
  const { characters, variants } = JSON.parse(readFileSync(TRADITIONAL_SCRIPT_FILE, 'utf8')) as TraditionalScript;
  const units = new Uint8Array(0x10000);
  const astral = new Set<string>();
  for (const ch of characters) {
    if (ch.length === 1) units[ch.charCodeAt(0)] = 1;
    else astral.add(ch);
  }
  // A variant is a character to fold like any traditional one: texts holding it are converted.
  for (const ch of Object.keys(variants)) units[ch.charCodeAt(0)] = 1;
  variantShapes = new Map(Object.entries(variants));
  variantPattern = new RegExp(`[${Object.keys(variants).join('')}]`, 'g');
  traditionalUnits = units;
  traditionalAstral = astral;
  return { units, astral };
}

/** The variant shapes OpenCC leaves, as their standard characters (one for one: the length stays). */
function foldVariants(text: string): string {
  loadTable();
  return text.replace(variantPattern!, (ch) => variantShapes!.get(ch)!);
}

/**
 * OpenCC's converter, built once. Required (its CommonJS build) rather than imported: toSimplified
 * is synchronous, and a process that never meets traditional text never loads the library.
 */
function converter(): Convert {
  if (!convert) {
    const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as { Converter: (options: { from: string; to: string }) => Convert };
    convert = opencc.Converter({ from: 'hk', to: 'cn' });
  }
  return convert;
}

/**
 * The BMP code units that hasTraditional looks for (1 = traditional), for a caller that scans
 * its text for other characters too and would rather do it in one pass. Characters outside the
 * BMP are not in it: a text with surrogates should be asked with hasTraditional.
 */
export function traditionalCodeUnits(): Readonly<Uint8Array> {
  return loadTable().units;
}

/**
 * Whether the text holds a character that only traditional script (or a variant shape) writes.
 *
 * @example hasTraditional('稷政办发〔2022〕31號') // true
 * @example hasTraditional('停电应急预案') // false
 */
export function hasTraditional(text: string): boolean {
  const { units, astral } = loadTable();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (units[code] === 1) return true;
    if (code >= 0xd800 && code <= 0xdbff && astral.size > 0 && astral.has(text.slice(i, i + 2))) return true;
  }
  return false;
}

/**
 * The text in simplified characters, variant shapes folded first (so OpenCC's phrases see the
 * standard ones); text without a traditional character comes back as the same string, unconverted. Only characters change: the length in UTF-16 units may differ only
 * where OpenCC maps a phrase to one of another length, which its dictionaries do not do for
 * characters in the BMP.
 *
 * @example toSimplified('絳政辦發〔2023〕14號') // '绛政办发〔2023〕14号'
 * @example toSimplified('陜政发〔2017〕34号') // '陕政发〔2017〕34号'
 */
export function toSimplified(text: string): string {
  return hasTraditional(text) ? converter()(foldVariants(text)) : text;
}
