/**
 * @module domain/page-title-grammar
 * Where a page's title stands among what a portal prints around it: after a column's caption
 * (政策解读：…), before the site's name (…的通知_某县人民政府), or as the substance of a news
 * headline (某某区发布…). The words are data in data/document-grammar.json (captionWords,
 * siteNameEndings, headlineVerbs, titleOrganPlaces); pure.
 */
import { compact } from '../text/normalize';
import { isIssuerName, loadDocumentGrammar, titleTypeWord, type DocumentGrammar } from './grammar';

/** A short word, a dash, colon or bar, then the rest of the line: 应急预案—…, 信息公开 ｜ …. */
const CAPTIONED = /^([\u3400-\u9fff]{1,10})\s*(?:——|--|[—–\-－:：|｜丨])\s*(\S.*)$/;
/** Shortest rest that may be a whole title after a caption. */
const MIN_TITLE_AFTER_CAPTION = 4;

/**
 * What follows a portal's caption before a title — a column name (政策解读, 信息公开, 文件), 文种
 * words alone (应急预案, 通知公告) or a place alone (某某县：) with a dash, colon or bar after it;
 * undefined when the line opens with no caption. Whether the rest is a whole title is the
 * caller's question: a title's own dash (…方案—2023年版) has no caption before it.
 *
 * @example titleAfterCaption('应急预案—某县森林火灾应急预案') // '某县森林火灾应急预案'
 * @example titleAfterCaption('某县防汛应急预案—2023年版') // undefined
 */
export function titleAfterCaption(text: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const m = CAPTIONED.exec(text.trim());
  if (!m || compact(m[2]).length < MIN_TITLE_AFTER_CAPTION) return undefined;
  return isCaptionWord(m[1], g) || isPlaceAlone(m[1], g) ? m[2].trim() : undefined;
}

/** A page title's tail: the site's name after an underscore, bar or dash (…的通知_某县人民政府). */
const SITE_SEPARATOR = /[_＿|｜丨\-－—]/;
const TRAILING_SEPARATOR = /^(.*[^\s_＿|｜丨\-－—])\s*[_＿|｜丨\-－—]+$/;
const SITE_TAIL = /^(.+?)\s*(?:[_＿|｜丨]|\s[-－—]\s|-|－)\s*([^_＿|｜丨\-－—\s]{2,30})$/;

/**
 * The title a page title holds before the site's name — an organ (某县人民政府) or a name ending
 * like a site (…门户网站, …政府网) after an underscore, bar or hyphen; undefined for any other
 * line. Whether what remains is a whole title is the caller's question.
 *
 * @example titleBeforeSiteName('关于做好防汛工作的通知_某县人民政府') // '关于做好防汛工作的通知'
 * @example titleBeforeSiteName('关于做好防汛工作的通知 |') // '关于做好防汛工作的通知' (the name cut off)
 * @example titleBeforeSiteName('某县防汛抗旱应急预案—2023年版') // undefined
 */
export function titleBeforeSiteName(text: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  // Most lines hold no separator: a scan for one is cheaper than the expression's backtracking.
  if (!SITE_SEPARATOR.test(text)) return undefined;
  // A page title whose site's name was cut off keeps the separator alone (…工作要点的通知 |).
  const cut = TRAILING_SEPARATOR.exec(text.trim());
  if (cut && compact(cut[1]).length >= MIN_TITLE_AFTER_CAPTION) return cut[1].trim();
  const m = SITE_TAIL.exec(text.trim());
  if (!m || compact(m[1]).length < MIN_TITLE_AFTER_CAPTION) return undefined;
  const site = compact(m[2]);
  return isIssuerName(site, g) || g.siteNameEndings.some((e) => site.endsWith(e)) ? m[1].trim() : undefined;
}

/** A column name, or 文种 words and nothing else (应急预案, 通知公告). */
function isCaptionWord(word: string, g: DocumentGrammar): boolean {
  if (g.captionWords.includes(word)) return true;
  let rest = word;
  for (let w = titleTypeWord(rest, g); w; w = rest ? titleTypeWord(rest, g) : undefined) rest = rest.slice(0, -w.length);
  return rest.length === 0;
}

/** A place's name alone (某某县, 某市某区): it ends like a place and is no organ's name. */
function isPlaceAlone(word: string, g: DocumentGrammar): boolean {
  return word.length >= 2 && g.titleOrganPlaces.includes(word.at(-1)!) && !isIssuerName(word, g);
}

/**
 * The substance of a news headline — what follows a place and a headline verb (某某区发布城市内涝
 * 应急预案 → 城市内涝应急预案) — or undefined when the line does not open that way. An organ
 * before the verb (某县人民政府印发…的通知) makes a title, not a headline.
 *
 * @example headlineSubstance('某某区发布城市内涝应急预案') // '城市内涝应急预案'
 * @example headlineSubstance('某县人民政府印发某办法的通知') // undefined
 */
export function headlineSubstance(text: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const t = compact(text);
  for (const verb of g.headlineVerbs) {
    const at = t.indexOf(verb);
    if (at < 2) continue;
    const place = t.slice(0, at);
    if (isPlaceAlone(place, g) && t.length - at - verb.length >= MIN_TITLE_AFTER_CAPTION) return t.slice(at + verb.length);
  }
  return undefined;
}
