/**
 * @module ingest/read/text-quality
 * Whether a text layer (PDF or OFD) is worth reading, or is a scan to be recognised: no text,
 * or text whose fonts map glyphs to code points nobody can read — private-use and control
 * characters (no ToUnicode map), or real but wrong characters: the standards press's fonts give
 * "犌犅／犜３９６７７" for "GB/T 39677", every character a rare one. A real Chinese text draws
 * most of its characters from the 1500 commonest (data/common-hanzi.json, 99.5% of 公文);
 * such text draws almost none.
 */
import { loadDataJson } from '../../src/domain/load-data';
import { isSpaceCode } from '../../src/text/normalize';

/** Fewer non-space characters per page than this, on average, means the pages are images. */
export const MIN_CHARS_PER_PAGE = 10;
const MAX_UNREADABLE_RATIO = 0.3;
/** The Han block the common-character list is drawn from. */
const HAN_FIRST = 0x4e00;
const HAN_LAST = 0x9fff;
/** Below this many Han characters the common-character test says nothing. */
const MIN_HAN_FOR_TEST = 40;
/** Share of common characters below which the Han text is taken as wrongly mapped (real text: > 0.8). */
const MIN_COMMON_SHARE = 0.4;

export type TextVerdict = 'ok' | 'empty' | 'garbled';

export interface TextQuality {
  verdict: TextVerdict;
  /** Non-space characters. */
  chars: number;
  /** Share of private-use/control characters among them. */
  unreadableShare: number;
  /** Share of the Han characters that are among the commonest (1 when there are too few to say). */
  commonShare: number;
}

/** The commonest characters as one flag per code point of the Han block (what every character of every text is looked up in). */
let common: Uint8Array | undefined;
function commonFlags(): Uint8Array {
  if (common) return common;
  common = new Uint8Array(HAN_LAST - HAN_FIRST + 1);
  for (const c of loadDataJson<{ characters: string }>('common-hanzi.json').characters) {
    const code = c.charCodeAt(0);
    if (code >= HAN_FIRST && code <= HAN_LAST) common[code - HAN_FIRST] = 1;
  }
  return common;
}

/** Private-use, replacement and control characters: what undecodable fonts yield. */
function isUnreadable(code: number): boolean {
  return (code >= 0xe000 && code <= 0xf8ff) || code === 0xfffd || code <= 0x08 || (code >= 0x0e && code <= 0x1f);
}

/**
 * Judges the text of `pages` pages. One pass over the character codes, building nothing: every
 * plain-text file goes through it, and the regular expressions and arrays it used to build cost
 * 9% of a gazette's pipeline.
 *
 * @example textQuality(['犐犆犛３５．２４０．０１ 犌犅／犜３９６７７—２０２０ …'], 1).verdict // → 'garbled'
 * @example textQuality(['扫描全能王 创建'], 8).verdict // → 'empty'
 */
export function textQuality(texts: string[], pages: number): TextQuality {
  const flags = commonFlags();
  let chars = 0;
  let unreadable = 0;
  let han = 0;
  let commonHan = 0;
  for (const text of texts) {
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (isSpaceCode(code)) continue;
      chars++;
      if (code >= HAN_FIRST && code <= HAN_LAST) {
        han++;
        commonHan += flags[code - HAN_FIRST];
      } else if (isUnreadable(code)) unreadable++;
    }
  }
  const unreadableShare = chars === 0 ? 0 : unreadable / chars;
  const commonShare = han < MIN_HAN_FOR_TEST ? 1 : commonHan / han;
  const garbled = chars > 0 && (unreadableShare > MAX_UNREADABLE_RATIO || commonShare < MIN_COMMON_SHARE);
  const verdict: TextVerdict = garbled ? 'garbled' : chars === 0 || chars < MIN_CHARS_PER_PAGE * Math.max(1, pages) ? 'empty' : 'ok';
  return { verdict, chars, unreadableShare, commonShare };
}

/**
 * Removes what scanner apps stamp on every page ("扫描全能王 创建", "CamScanner"): text that is
 * there, but is not the document's. Listed in data/scanner-watermarks.json.
 *
 * @example withoutWatermarks('扫描全能王 创建') // → ''
 * @example withoutWatermarks('关于加力推进… 扫描全能王 创建') // → '关于加力推进…'
 */
export function withoutWatermarks(text: string): string {
  let out = text.replace(/\s+/g, '');
  for (const mark of watermarks()) out = out.split(mark).join('');
  return out;
}

let marks: string[] | undefined;
function watermarks(): string[] {
  marks ??= loadDataJson<{ watermarks: string[] }>('scanner-watermarks.json')
    .watermarks.map((m) => m.replace(/\s+/g, ''))
    .sort((a, b) => b.length - a.length);
  return marks;
}
