/**
 * @module ingest/stages/page-headline
 * A page's news headline above the document it publishes: "某某区发布城市内涝应急预案",
 * "某某县：关于…的通知", "【某某市】关于…". Such a line may end in a 文种 and so read as a
 * title, and it comes first; but when the document's own heading further down repeats its
 * substance, the heading is the title and the headline is the page's. So is a page's short
 * copy of the title (关于…的通告) above the heading that prints it with its organ (某县人民政府关于
 * …的通告). A headline no heading repeats is all the title there is and stays a candidate. Pure.
 */
import { issuerNames } from '../../src/domain/grammar';
import { headlineSubstance, titleAfterCaption } from '../../src/domain/page-title-grammar';
import { bigrams, compact } from '../../src/text/normalize';
import type { TitleChoice } from './title-candidates';

/** A site's tag in brackets before a headline: 【某某市】, [政务要闻]. */
const SITE_TAG = /^\s*[「【[［]([^」】\]］]{1,8})[」】\]］]\s*(.+)$/;
/** Share of a headline's bigrams a heading must hold to repeat its substance. */
const REPEATS = 0.6;

/**
 * What a line says after a headline's opening — a site tag, a place or caption with a colon,
 * dash or bar, a place and a headline verb — or undefined when it does not open like a headline.
 *
 * @example headlineOf('某某区发布城市内涝应急预案') // '城市内涝应急预案'
 * @example headlineOf('某某县：关于做好防汛工作的通知') // '关于做好防汛工作的通知'
 * @example headlineOf('某县人民政府关于做好防汛工作的通知') // undefined
 */
export function headlineOf(line: string): string | undefined {
  const text = line.trim();
  const tagged = SITE_TAG.exec(text)?.[2];
  const rest = tagged ?? titleAfterCaption(text) ?? text;
  return headlineSubstance(rest) ?? (rest !== text ? rest : undefined);
}

/** True when `title` holds most of `substance` (its bigrams): the heading repeats the headline. */
function repeats(title: string, substance: string): boolean {
  const own = new Set(bigrams(compact(title)));
  const grams = bigrams(compact(substance));
  return grams.length > 0 && grams.filter((g) => own.has(g)).length >= REPEATS * grams.length;
}

/**
 * The title candidates without the page's headlines: a candidate whose line opens like a
 * headline goes when a candidate printed below it repeats its substance, and any candidate goes
 * when one below is the same title with its organ before it.
 *
 * @example withoutHeadlines([{ title: '某某区发布城市内涝应急预案', lines: [0] …}, { title: '某某区城市内涝应急预案', lines: [2] …}], lines)
 *   // [{ title: '某某区城市内涝应急预案', … }]
 */
export function withoutHeadlines(candidates: TitleChoice[], lines: string[]): TitleChoice[] {
  return candidates.filter((c) => {
    const last = Math.max(...c.lines);
    const below = candidates.filter((later) => later.lines[0] > last);
    if (below.some((later) => namesOrganOf(later.title, c.title) || organsHeadingOf(later.title, c.title) || placedCopyOf(c.title, later.title) || sourcedCopyOf(c.title, later.title))) return false;
    const substance = headlineOf(lines[c.lines[0]]);
    return substance === undefined || !below.some((later) => repeats(later.title, substance));
  });
}

/** A year or number an aggregator adds after a title it copies: 关于…的通告(2020). */
const TRAILING_TAG = /[（(][\d一二三四五六七八九〇○零十]{1,6}[)）]$/;

/**
 * True when `short` opens with 关于 and names no organ while `heading` below names its organ
 * before a 关于 that says much the same (a page's shortened copy: 关于禁止焚烧秸秆的通告(2020)
 * over 某市人民政府关于禁止焚烧秸秆和某物质的通告).
 */
function organsHeadingOf(heading: string, short: string): boolean {
  const [h, s] = [compact(heading), compact(short).replace(TRAILING_TAG, '')];
  const about = h.indexOf('关于');
  if (!s.startsWith('关于') || about <= 0 || issuerNames(h.slice(0, about)).length === 0) return false;
  return h.slice(about) !== s && repeats(h.slice(about), s);
}

/** A headline's place before the heading's own organ (保定某镇人民政府关于… over 某镇人民政府关于…): at most this long. */
const MAX_PLACE = 6;

/**
 * True when `headline` is `heading` with a place before it that names no organ: a news site's
 * city before the document's own heading, which the document does not print.
 */
function placedCopyOf(headline: string, heading: string): boolean {
  const [h, t] = [compact(headline), compact(heading)];
  if (h.length <= t.length || !h.endsWith(t)) return false;
  const place = h.slice(0, -t.length);
  const about = t.indexOf('关于');
  return place.length <= MAX_PLACE && issuerNames(place).length === 0 && about > 0 && issuerNames(t.slice(0, about)).length > 0;
}

/** A source an aggregator names in brackets after a headline it copies: …的通告(长垣市交通管理局). */
const SOURCE_TAG = /[（(]([^（()）]{2,30})[)）]$/;

/**
 * True when `headline` is `heading` with the source it came from in brackets after it, and maybe
 * a place before (新乡长垣市关于实施交通管制的通告(长垣市交通管理局) over 关于实施交通管制的通告): an
 * aggregator's copy, not the document's own heading.
 */
function sourcedCopyOf(headline: string, heading: string): boolean {
  const h = compact(headline);
  const source = SOURCE_TAG.exec(h);
  if (!source || issuerNames(source[1]).length === 0) return false;
  const core = h.slice(0, source.index);
  const t = compact(heading);
  if (!core.endsWith(t)) return false;
  const place = core.slice(0, -t.length);
  return place.length <= MAX_PLACE && (place.length === 0 || issuerNames(place).length === 0);
}

/**
 * True when `heading` is `short` with its organ before it: 某县人民政府关于…的通告 over a page's
 * 关于…的通告, or over 某县关于…的通告 (the place alone where the heading names the organ).
 */
function namesOrganOf(heading: string, short: string): boolean {
  const h = compact(heading);
  const s = compact(short);
  if (h.length <= s.length) return false;
  if (h.endsWith(s)) return issuerNames(h.slice(0, -s.length)).length > 0;
  const [hAbout, sAbout] = [h.indexOf('关于'), s.indexOf('关于')];
  if (hAbout <= 0 || sAbout <= 0 || h.slice(hAbout) !== s.slice(sAbout)) return false;
  const [organ, place] = [h.slice(0, hAbout), s.slice(0, sAbout)];
  return organ.startsWith(place) && issuerNames(organ).length > 0 && issuerNames(place).length === 0;
}
