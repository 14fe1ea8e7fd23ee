/**
 * A seeded generator of hostile API requests: FTS5 operators and column syntax, unbalanced
 * quotes and brackets, SQL fragments, 10,000-character queries, control characters, emoji,
 * lone surrogates, broken %-encoding, huge page/limit, and every parameter of every read
 * route. The same seed gives the same requests, so a failure can be replayed.
 */

/** The benchmark's seeded generator: the same seed gives the same requests. */
export { createRandom as randomSource } from '../../bench/generate-corpus';

const words = ['停电', '应急预案', '自建房', '稷政办发〔2022〕31号', '夏政发(2023)12号', '县人社局', '助企纾困', '养老保险', '发票', '公报', '通知', '被征地农民', 'a', '1', '2022'];
const operators = ['NEAR', 'NEAR(', 'AND', 'OR', 'NOT', '*', '^', '"', "'", '(', ')', '[', ']', '{', '}', '-', '+', ':', 'title:', 'body:', 'doc_number:', '{title body}:', 'NEAR/3', '\\', '%', '_', ';', ',', '，', '：', '“', '”', '《', '》'];
const sql = ["' OR 1=1 --", '"; DROP TABLE documents; --', "') UNION SELECT * FROM sqlite_master --", '1; ATTACH DATABASE', '*/ /*', 'rank MATCH', 'x" OR "1"="1', 'bm25(documents)', "%' --", 'NULL', '\u0000'];
const exotic = ['😀', '👨‍👩‍👧', '\u{1F1E8}\u{1F1F3}', '\u200b', '\u202e', '\ufeff', '\ufffd', '\u0007', '\u0000', '\u001b[31m', '\r\n', '\t', '𠮷', '﷽', 'ｔｉｔｌｅ：', '<script>alert(1)</script>', '<img src=x onerror=alert(1)>', '&amp;', '../../etc/passwd'];
const loneSurrogates = ['\ud800', '\udfff', '\udc00停电', '停电\ud83d'];

export type Pick = <T>(items: readonly T[]) => T;

function pickFrom(random: () => number): Pick {
  return (items) => items[Math.floor(random() * items.length)];
}

/** One hostile query string. */
export function hostileText(random: () => number): string {
  const pick = pickFrom(random);
  const kind = Math.floor(random() * 10);
  switch (kind) {
    case 0:
      return pick(sql);
    case 1:
      return pick(words).repeat(1 + Math.floor(random() * 2500)).slice(0, 10_000); // up to 10,000 characters
    case 2:
      return Array.from({ length: 1 + Math.floor(random() * 40) }, () => String.fromCharCode(Math.floor(random() * 0x20))).join('');
    case 3:
      return pick(loneSurrogates) + pick(words);
    case 4:
      return Array.from({ length: 1 + Math.floor(random() * 12) }, () => pick(operators)).join(random() < 0.5 ? ' ' : '');
    case 5:
      return `${pick(words)} ${pick(operators)} ${pick(words)} ${pick(exotic)}`;
    case 6:
      return Array.from({ length: 1 + Math.floor(random() * 60) }, () => String.fromCodePoint(Math.floor(random() * 0x10ffff) & ~0x800)).join('');
    case 7:
      return `${pick(['title:', 'county:', 'year:', 'issuer:', 'unit:', 'type:', 'status:', 'from:', 'to:', '县:', '年份:'])}${pick([...words, ...sql, ...exotic, ''])}`;
    case 8:
      return `"${pick(words)} ${pick(words)}${random() < 0.5 ? '"' : ''} ${pick(['(', ')', '((', '))', '"', '""'])}`;
    default:
      return `${pick(words)}${pick(exotic)}${pick(operators)}${pick(words)}`;
  }
}

/**
 * Percent-encodes every UTF-16 code unit, lone surrogates included (as the WTF-8 bytes a
 * careless client sends), which encodeURIComponent refuses to do.
 */
export function rawEncode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const unit = text.charCodeAt(i);
    const isHigh = unit >= 0xd800 && unit <= 0xdbff;
    const next = text.charCodeAt(i + 1);
    if (isHigh && next >= 0xdc00 && next <= 0xdfff) {
      out += encodeURIComponent(text.slice(i, i + 2));
      i++;
    } else if (unit >= 0xd800 && unit <= 0xdfff) {
      out += `%${(0xe0 | (unit >> 12)).toString(16)}%${(0x80 | ((unit >> 6) & 0x3f)).toString(16)}%${(0x80 | (unit & 0x3f)).toString(16)}`.toUpperCase();
    } else {
      out += encodeURIComponent(text[i]);
    }
  }
  return out;
}

const hugeNumbers = ['0', '-1', '1e308', '99999999999999999999', 'NaN', 'Infinity', '1.5', '0x10', '', ' ', '2147483648', '9007199254740993', 'abc', '1;DROP'];
const dates = ['2022-02-30', '2022-13-01', '0000-00-00', '9999-12-31', '2023-08-14', 'yesterday', "2022-01-01' OR 1=1", ''];

/** A value for a parameter: usually hostile, sometimes sane. */
function value(random: () => number, sane: string[]): string {
  const pick = pickFrom(random);
  const r = random();
  if (r < 0.3) return pick(sane);
  if (r < 0.55) return pick(hugeNumbers);
  if (r < 0.7) return pick(dates);
  return hostileText(random).slice(0, random() < 0.8 ? 200 : 10_000);
}

/** Occasionally a broken %-sequence, which a real client may send. */
function brokenEscape(random: () => number): string {
  return ['%', '%E0%A4%A', '%ZZ', '%00', '%C0%AF', '%FF%FE'][Math.floor(random() * 6)];
}

/** One request path with its query string. */
export function hostileRequest(random: () => number): string {
  const pick = pickFrom(random);
  const param = (name: string, sane: string[]) => `${name}=${rawEncode(value(random, sane))}${random() < 0.03 ? brokenEscape(random) : ''}`;
  const route = random();
  if (route < 0.65) {
    const parts = [`q=${rawEncode(hostileText(random))}${random() < 0.03 ? brokenEscape(random) : ''}`];
    const optional: Array<[string, string[]]> = [
      ['county', ['稷山县', '夏县', '稷山县,夏县']],
      ['year', ['2022', '2023', '2022,2023']],
      ['issuer', ['稷山县人民政府办公室']],
      ['unit', ['县人社局']],
      ['type', ['通知', '预案']],
      ['status', ['现行有效', '已废止']],
      ['from', ['2022-01-01']],
      ['to', ['2023-12-31']],
      ['page', ['1', '2', '500', '501']],
      ['limit', ['1', '20', '100', '101']],
      ['sort', ['relevance', 'date']],
      ['explain', ['1', 'true', 'no']],
      ['asOf', ['2024-01-01']],
    ];
    for (const [name, sane] of optional) if (random() < 0.1) parts.push(param(name, sane));
    if (random() < 0.05) parts.push(`q=${rawEncode(hostileText(random))}`); // a repeated parameter
    return `/api/search?${parts.join('&')}`;
  }
  if (route < 0.85) {
    const parts = [`q=${rawEncode(hostileText(random).slice(0, random() < 0.7 ? 200 : 10_000))}`];
    if (random() < 0.4) parts.push(param('county', ['稷山县', '夏县']));
    if (random() < 0.2) parts.push(param('asOf', ['2024-01-01']));
    return `/api/who-handles?${parts.join('&')}`;
  }
  const segment = rawEncode(hostileText(random).slice(0, random() < 0.8 ? 120 : 5_000));
  return pick([
    `/api/documents/by-number/${segment}`,
    `/api/documents/${segment}`,
    `/api/references/${segment}?depth=${rawEncode(value(random, ['1', '2']))}`,
    `/api/units?county=${segment}`,
    `/api/units/${segment}`,
    `/api/gazettes/${segment}`,
  ]);
}
