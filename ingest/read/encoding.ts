/**
 * @module ingest/read/encoding
 * Decodes the bytes of a text or HTML gazette whatever encoding the county site used:
 * UTF-8 with or without BOM, UTF-16 LE/BE (BOM or the NUL pattern of mostly-ASCII text),
 * and GB18030 (a superset of GBK and GB2312, what most Chinese government sites still serve).
 */
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  /** Name as Source.encoding reports it: utf-8, utf-16le, utf-16be, gb18030, or a declared HTML charset. */
  encoding: string;
  /** True when the bytes began with a byte-order mark (it is not part of `text`). */
  bom: boolean;
}

/** Share of characters that must be Chinese, ASCII, or punctuation for a GB18030 decode to count. */
const PLAUSIBLE_RATIO = 0.95;

/**
 * Decodes a text file, or returns null when no supported encoding gives plausible text
 * (the caller treats the file as binary).
 *
 * @example
 * decodeText(iconv.encode('稷山县人民政府公报', 'gb18030'))
 * // → { text: '稷山县人民政府公报', encoding: 'gb18030', bom: false }
 */
export function decodeText(bytes: Buffer): DecodedText | null {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  const utf16 = guessUtf16(bytes);
  if (utf16) {
    const text = iconv.decode(bytes, utf16);
    if (isPlausibleText(text)) return { text, encoding: utf16, bom: false };
  }
  const utf8 = decodeUtf8Strict(bytes);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false };
  // Not UTF-8: GB18030 decodes almost any byte sequence, so its result must look like Chinese text.
  const gb = iconv.decode(bytes, 'gb18030');
  if (isPlausibleText(gb)) return { text: gb, encoding: 'gb18030', bom: false };
  return null;
}

/**
 * Decodes an HTML page: a byte-order mark wins, then the charset the page declares in
 * `<meta charset>` or `<meta http-equiv="Content-Type" content="…; charset=…">`, then detection.
 * A declared charset that does not fit the bytes (sites that say utf-8 but serve GBK) is
 * overridden by detection.
 *
 * @example
 * decodeHtml(iconv.encode('<meta charset="gb2312"><title>国务院办公厅关于…</title>', 'gb18030'))
 * // → { text: '<meta charset="gb2312"><title>国务院办公厅关于…</title>', encoding: 'gb2312', bom: false }
 */
export function decodeHtml(bytes: Buffer): DecodedText | null {
  const bom = decodeWithBom(bytes);
  if (bom) return bom;
  const declared = declaredCharset(bytes);
  if (declared && iconv.encodingExists(declared)) {
    // GB2312 and GBK pages routinely contain characters outside their declared set; GB18030 reads them all.
    const decoder = /^(gb2312|gbk|gb_2312.*|x-gbk|cp936|gb18030)$/i.test(declared) ? 'gb18030' : declared;
    if (/^utf-?8$/i.test(declared)) {
      const utf8 = decodeUtf8Strict(bytes);
      if (utf8 !== null) return { text: utf8, encoding: 'utf-8', bom: false };
    } else {
      const text = iconv.decode(bytes, decoder);
      if (isPlausibleText(text)) return { text, encoding: declared.toLowerCase(), bom: false };
    }
  }
  return decodeText(bytes);
}

/** The charset an HTML page declares in its first 4 KB, lower-cased, or undefined. */
export function declaredCharset(bytes: Buffer): string | undefined {
  // Latin-1 keeps every byte as one char, so the ASCII markup can be read before the encoding is known.
  const head = bytes.subarray(0, 4096).toString('latin1');
  const direct = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head);
  return direct ? direct[1].toLowerCase() : undefined;
}

function decodeWithBom(bytes: Buffer): DecodedText | null {
  if (bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    const text = decodeUtf8Strict(bytes.subarray(3));
    return text === null ? null : { text, encoding: 'utf-8', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16le'), encoding: 'utf-16le', bom: true };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: iconv.decode(bytes.subarray(2), 'utf-16be'), encoding: 'utf-16be', bom: true };
  }
  return null;
}

function decodeUtf8Strict(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * UTF-16 without a BOM: text with line breaks, digits and punctuation has a NUL in the high
 * byte of those ASCII characters, so NULs cluster on odd offsets (LE) or even offsets (BE).
 * Chinese characters have no NUL byte, so the test only asks for a clear majority on one side.
 */
function guessUtf16(bytes: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192) & ~1);
  if (sample.length < 4) return undefined;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < sample.length; i++) {
    if (sample[i] !== 0) continue;
    if (i % 2 === 0) even++;
    else odd++;
  }
  const pairs = sample.length / 2;
  if (odd > pairs * 0.02 && even < odd / 10) return 'utf-16le';
  if (even > pairs * 0.02 && odd < even / 10) return 'utf-16be';
  return undefined;
}

/**
 * Whether decoded text looks like a gazette: almost every character is CJK, ASCII,
 * whitespace, or common punctuation, and there are no replacement characters.
 */
export function isPlausibleText(text: string): boolean {
  if (text.length === 0) return true;
  let good = 0;
  let total = 0;
  for (const ch of text) {
    total++;
    const code = ch.codePointAt(0)!;
    if (code === 0xfffd) return false;
    if (
      (code >= 0x20 && code < 0x7f) ||
      code === 0x09 || code === 0x0a || code === 0x0d ||
      (code >= 0x3000 && code <= 0x303f) || // CJK punctuation 、。〔〕
      (code >= 0x3400 && code <= 0x9fff) || // CJK ideographs
      (code >= 0xff00 && code <= 0xffef) || // full-width forms （），：
      (code >= 0x2000 && code <= 0x206f) || // general punctuation “” — …
      (code >= 0xa0 && code <= 0xff) ||
      (code >= 0x2100 && code <= 0x27bf) || // symbols, arrows, ①②, ×
      (code >= 0xf900 && code <= 0xfaff) ||
      (code >= 0x20000 && code <= 0x2ffff) // CJK extension planes (GB18030 four-byte)
    ) {
      good++;
    }
  }
  return good / total >= PLAUSIBLE_RATIO;
}
