/**
 * @module text/fold-script
 * Traditional script folded to simplified, for matching and search: mirror sites republish
 * county documents in traditional characters (絳政辦發〔2023〕14號), and residents sometimes type
 * a query that way (停電). The conversion is OpenCC's (opencc-js, Hong Kong and general
 * traditional → mainland simplified, phrase-aware: 乾燥 → 干燥 but 乾隆 stays), never a table of
 * our own.
 *
 * Most text is simplified already, and ingestion reads hundreds of megabytes of it: a text is
 * converted only when it holds a character that OpenCC itself changes on its own. That set is
 * read once from the library's dictionaries, and the check is one table lookup per character.
 */
import { Converter } from 'opencc-js/t2cn';
import { from, to } from 'opencc-js/preset/t2cn';

type Convert = (text: string) => string;

let convert: Convert | undefined;
/** BMP code units OpenCC changes on their own: 1 = traditional. */
let traditionalUnits: Uint8Array | undefined;
/** The few such characters outside the BMP (a surrogate pair each). */
let traditionalAstral: Set<string> | undefined;

/** The source sides of the dictionaries the converter uses ("src dst|src dst…" or pairs). */
function dictionarySources(): Set<string> {
  const chars = new Set<string>();
  for (const group of [...from.hk, ...to.cn]) {
    for (const dict of group) {
      const entries = typeof dict === 'string' ? dict.split('|').map((e) => e.split(' ')[0]) : dict.map(([source]) => source);
      for (const source of entries) for (const ch of source) chars.add(ch);
    }
  }
  return chars;
}

function load(): { convert: Convert; units: Uint8Array; astral: Set<string> } {
  if (convert && traditionalUnits && traditionalAstral) return { convert, units: traditionalUnits, astral: traditionalAstral };
  const converter = Converter({ from: 'hk', to: 'cn' });
  const units = new Uint8Array(0x10000);
  const astral = new Set<string>();
  // A character counts when the library changes it standing alone: 號 and 電 do; 乾 and 干 do
  // not (乾 stays in 乾隆), so simplified text holding them is left as written.
  for (const ch of dictionarySources()) {
    if (converter(ch) === ch) continue;
    if (ch.length === 1) units[ch.charCodeAt(0)] = 1;
    else astral.add(ch);
  }
  convert = converter;
  traditionalUnits = units;
  traditionalAstral = astral;
  return { convert, units, astral };
}

/**
 * The BMP code units that hasTraditional looks for (1 = traditional), for a caller that scans
 * its text for other characters too and would rather do it in one pass. Characters outside the
 * BMP are not in it: a text with surrogates should be asked with hasTraditional.
 */
export function traditionalCodeUnits(): Readonly<Uint8Array> {
  return load().units;
}

/**
 * Whether the text holds a character that only traditional script writes.
 *
 * @example hasTraditional('稷政办发〔2022〕31號') // true
 * @example hasTraditional('停电应急预案') // false
 */
export function hasTraditional(text: string): boolean {
  const { units, astral } = load();
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (units[code] === 1) return true;
    if (code >= 0xd800 && code <= 0xdbff && astral.size > 0 && astral.has(text.slice(i, i + 2))) return true;
  }
  return false;
}

/**
 * The text in simplified characters; text without a traditional character comes back as the
 * same string, unconverted. Only characters change: the length in UTF-16 units may differ only
 * where OpenCC maps a phrase to one of another length, which its dictionaries do not do for
 * characters in the BMP.
 *
 * @example toSimplified('絳政辦發〔2023〕14號') // '绛政办发〔2023〕14号'
 */
export function toSimplified(text: string): string {
  return hasTraditional(text) ? load().convert(text) : text;
}
