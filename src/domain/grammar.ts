/**
 * @module domain/grammar
 * The document grammar table (data/document-grammar.json) and the small questions asked of it:
 * what type (文种) a title is, whether a line is an issuing body's name, which organs a title or
 * a signature names (joint issuers as a list).
 */
import { compact } from '../text/normalize';
import { loadDataJson } from './load-data';

export interface DocumentGrammar {
  docTypes: string[];
  typeGroups: Record<string, string[]>;
  issuerSuffixes: string[];
  /** Last characters of a place that a short organ name puts before 政府 (盘锦市政府). */
  shortIssuerPlaces: string;
  /** How a closing sentence begins (特此通告, 此复): it ends in a 文种 word but is no title. */
  closingFormulas: string[];
  /** Organs of the nation that name no place (国务院, 中央军委, 财政部): joint issuers written together part into them. */
  nationalOrgans: string[];
  /** Words a title's subject opens with after the organ (关于, 转发, 印发, 批转). */
  titleOpeners: string[];
  /** Verbs a title puts before a cited document's author (贯彻落实某办公厅《关于…》的通知): that author issues no part of it. */
  citingVerbs: string[];
  /** Words no organ's name holds (下载, 链接): spam put in an organ's place. */
  notInIssuerNames: string[];
  /** Endings of a government's name that a title without 关于 may start with (某县人民政府森林防火禁火令). */
  titleOrganSuffixes: string[];
  /** Last characters of the place before such an ending (县, 区, 镇 …). */
  titleOrganPlaces: string;
  /** A portal's column names printed before a title with a dash, colon or bar (政策解读：…). */
  captionWords: string[];
  /** Words of a title that reads a document in pictures (一图读懂, 图解): type 解读 where no 文种 ends it. */
  interpretationOpeners: string[];
  /** What a news headline puts after a place (某某区发布…): the page's headline, not a title. */
  headlineVerbs: string[];
  /** How a site's name ends when a page title prints it after the title (…的通知_某县门户网站). */
  siteNameEndings: string[];
  contentsHeadings: string[];
  /** 文种 words that make a short line a title on their own, though no 关于 is in it (…的通知). */
  standaloneTitleTypes: string[];
  publicityPrefix: string;
  /** Words one of which a short 主送机关 holds (各, 政府, 单位, 代表): a label with none (时限:, 主题:) is a form's field. */
  recipientWords: string[];
  /** Words of a sentence that decides or announces what follows (决定, 予以, 如下): no 主送机关 holds one. */
  announcingWords: string[];
  /** Labels an upward document prints after its number on the same line (签发人：王某某). */
  numberLineSigners: string[];
  /** Notes a 落款 prints in brackets after an organ or a date: 盖章, 星期五. */
  signOffNotes: string[];
  /** Last characters of a line whose sentence goes on to the next line (…有效期至). */
  sentenceGoesOn: string;
  /** Words a document's first sentence opens with (根据…，为…，): a number run on before one is the head's. */
  bodyOpeners: string[];
  attachmentPrefixes: string[];
  issueLabels: { published: string; publisher: string[] };
  /** Kinds of place an organ's name opens with, and names ending like one that are none (开发区). */
  countyPlaces: { kinds: string[]; notPlaces: string[]; newAreas: string[]; nationalBefore: string[]; corpsBefore: { names: string[]; numberedUnits: string[] }; genericPlaces: string[]; townEndings: string[];
    /** A township's organ (某镇人民政府): the kinds of town, the organs a town has, what a town's name never holds. */
    townships: { kinds: string[]; organs: string[]; notInName: string[] } };
}

let grammar: DocumentGrammar | undefined;

export function loadDocumentGrammar(): DocumentGrammar {
  grammar ??= loadDataJson<DocumentGrammar>('document-grammar.json');
  return grammar;
}

/** The 文种 word a title ends with (longest first): '…实施方案' → '实施方案'. */
export function titleTypeWord(title: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const t = compact(title).replace(/[（(][^（()）]*[）)]$/, '');
  let best: string | undefined;
  for (const word of g.docTypes) {
    if (t.endsWith(word) && (!best || word.length > best.length)) best = word;
  }
  return best;
}

/** A document's closing sentence (特此通告。, 此复): never its title. */
export function isClosingFormula(line: string, g: DocumentGrammar = loadDocumentGrammar()): boolean {
  const t = compact(line).replace(/[。.!！]$/, '');
  return t.length <= 8 && g.closingFormulas.some((f) => t.startsWith(f));
}

/** The type group a 文种 word belongs to: 实施方案 → 方案, 应急预案 → 预案, 通知 → 通知. */
export function typeGroup(word: string, g: DocumentGrammar = loadDocumentGrammar()): string {
  for (const [group, members] of Object.entries(g.typeGroups)) if (members.includes(word)) return group;
  return word;
}

/** A title that carries another text: [organ][关于]印发/转发/批转/发布/颁发 X 的通知, X captured. */
const ISSUING_TITLE = /^(?:[^《》]{0,40}?关于)?(?:印发|转发|批转|发布|颁发)(.+)的通知$/;

/**
 * The type a user filters by: for 关于印发《X办法》的通知 the instrument's type (办法), since the
 * notice only carries it; otherwise the title's own.
 *
 * @example documentType('关于印发《稷山县大面积停电事件应急预案》的通知') // '预案'
 */
export function documentType(title: string, instrumentTitle?: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const own = titleTypeWord(title, g);
  // With or without its organ and 关于, and with or without 《》 (某市人民政府印发某办法的通知).
  const issued = ISSUING_TITLE.exec(compact(title));
  const inner = instrumentTitle ?? compact(title).match(/《([^》]+)》/)?.[1] ?? issued?.[1];
  // An instrument whose name only holds the 《》 (印发某市贯彻落实《某措施》实施方案的通知): the 文种 after the 》 is its type.
  const after = issued && !instrumentTitle && /》/.test(issued[1]) ? issued[1].slice(issued[1].lastIndexOf('》') + 1) : '';
  const outer = after.length >= 2 ? titleTypeWord(after, g) : undefined;
  if (outer) return typeGroup(outer, g);
  if (issued && inner) {
    const word = titleTypeWord(inner, g);
    if (word) return typeGroup(word, g);
  }
  if (own) return typeGroup(own, g);
  // A picture's reading of a document (一图读懂《某报告》, 图解：某办法) ends in no 文种 of its own.
  return g.interpretationOpeners.some((w) => title.includes(w)) ? '解读' : undefined;
}

/** True when a text holds a word no organ's name holds (县政府网站, 某某下载链接办公室): it names no organ. */
export function holdsNoOrganWord(text: string, g: DocumentGrammar = loadDocumentGrammar()): boolean {
  return g.notInIssuerNames.some((w) => text.includes(w));
}

/** True for a line that is just an issuing body's name: 稷山县人民政府办公室, 县发改局. */
export function isIssuerName(line: string, g: DocumentGrammar = loadDocumentGrammar()): boolean {
  const t = compact(line);
  // A name inside 书名号 or quotes is part of a title cited, not an organ standing alone.
  // Nor is a page title's tail (…的通知_某县人民政府): underscores, bars and hyphens part a site's name from it.
  // Nor a list's item (2．某审批表某县人民政府办公室, an attachment glued to the 落款): no name holds a full stop.
  if (t.length < 2 || t.length > 40 || /[，。；：、！？,;:《》〈〉“”_＿|｜\-－．.]/.test(t)) return false;
  if (holdsNoOrganWord(t, g)) return false;
  return g.issuerSuffixes.some((s) => t.endsWith(s));
}

/** Single characters parted by spaces, this many or more, are one word set letter-spaced. */
const LETTER_SPACED = 3;

/**
 * The organs a run of names holds, in order, when every part is an issuing body's name: joint
 * issuers stand side by side, parted by spaces or 、 (中共珲春市委办公室 珲春市人民政府办公室).
 * Empty when any part is not a name — then the run is no signature.
 *
 * @example issuerNames('高碑店市民政局           高碑店市财政局') // ['高碑店市民政局', '高碑店市财政局']
 * @example issuerNames('某 县 人 民 政 府') // ['某县人民政府']
 */
export function issuerNames(text: string, g: DocumentGrammar = loadDocumentGrammar()): string[] {
  const parts = text.split(/[\s、]+/).filter(Boolean);
  // A name set letter-spaced across the page (某 县 人 民 政 府) is one name, not six.
  if (parts.length >= LETTER_SPACED && parts.every((p) => p.length === 1)) return isIssuerName(parts.join(''), g) ? [parts.join('')] : [];
  return parts.length > 0 && parts.every((p) => isIssuerName(p, g)) ? parts : [];
}

/**
 * The organs of a line printed above a title's subject: names side by side (某市人民政府 /
 * 关于…), or names with an opener other than 关于 glued to the last one (甲市人民政府 甲市中级人民法院印发 /
 * 关于…的意见的通知: the line is the title's first). Empty for any other line.
 *
 * @example organsOfTitleLine('甲市人民政府 甲市中级人民法院印发') // ['甲市人民政府', '甲市中级人民法院']
 * @example organsOfTitleLine('甲市发展和改革委员会等10部门') // ['甲市发展和改革委员会']
 */
export function organsOfTitleLine(line: string, g: DocumentGrammar = loadDocumentGrammar()): string[] {
  const names = issuerNames(line, g);
  if (names.length > 0) return names;
  const t = line.trim();
  // The lead of many joint issuers, the rest counted (甲市发展和改革委员会等10部门 / 关于…).
  const counted = COUNTED_ORGANS.exec(compact(t));
  if (counted) return issuerNames(counted[1], g);
  const opener = g.titleOpeners.find((w) => w !== '关于' && t.endsWith(w) && t.length > w.length);
  return opener ? issuerNames(t.slice(0, -opener.length), g) : [];
}

/** A lead organ and how many sign with it: 甲市发展和改革委员会等10部门, 某局等七单位. */
const COUNTED_ORGANS = /^(.{2,40}?)等[一二三四五六七八九十\d]{1,3}个?(?:部门|单位|家单位)$/;

/** Longest run of organs written together that is read apart. */
const MAX_JOINT = 4;

/**
 * Joint issuers a title writes together without 、 (国务院中央军委关于…, 财政部司法部关于…): the
 * organs, when the name parts into names that each stand alone — a national organ the grammar
 * lists, or an organ that names its place (甲市人民政府甲市中级人民法院). Else the name itself: one
 * organ's name may end in another's (某市人民政府办公室, 中央军委办公厅, 某县人民政府森林防火指挥部).
 *
 * @example jointOrgans('国务院中央军委') // ['国务院', '中央军委']
 * @example jointOrgans('某市人民政府办公室') // ['某市人民政府办公室']
 */
export function jointOrgans(name: string, g: DocumentGrammar = loadDocumentGrammar()): string[] {
  return partOrgans(compact(name), g, MAX_JOINT) ?? [name];
}

/** The organs `name` parts into (at least two), or undefined. */
function partOrgans(name: string, g: DocumentGrammar, most: number, whole = false): string[] | undefined {
  if (whole && standsAlone(name, g)) return [name];
  if (most < 2) return undefined;
  for (let at = 2; at <= name.length - 2; at++) {
    const head = name.slice(0, at);
    if (!standsAlone(head, g)) continue;
    const rest = partOrgans(name.slice(at), g, most - 1, true);
    if (rest) return [head, ...rest];
  }
  return undefined;
}

/** An organ's name that needs no other before it: a national organ, or one naming its place. */
function standsAlone(name: string, g: DocumentGrammar): boolean {
  if (g.nationalOrgans.includes(name)) return true;
  return isIssuerName(name, g) && !isBareOrgan(name, g) && namesPlace(name, g);
}

/**
 * True when a name holds a place (某县民政局, 某镇人民政府); 市场 names a market, not a city.
 *
 * @example namesPlace('民政局') // false
 */
export function namesPlace(name: string, g: DocumentGrammar = loadDocumentGrammar()): boolean {
  return [...name.replace(/市场/g, '')].some((c) => g.titleOrganPlaces.includes(c));
}

/** True when a title (or the part of it on one line) opens with a title opener: 关于…, 转发…. */
export function opensTitle(text: string, g: DocumentGrammar = loadDocumentGrammar()): boolean {
  const t = compact(text).replace(/^《/, '');
  return g.titleOpeners.some((w) => t.startsWith(w));
}

/**
 * The issuers a title names before 关于 (or before 《关于 when a page misplaced its 书名号):
 * 陇西县人民政府办公室《关于…》的通知 → [陇西县人民政府办公室]. Before another opener (转发, 印发)
 * only an organ printed apart — its own line above the title — counts, since 某办公室印发 glued
 * together may hold two organs run into one name.
 *
 * @example titleIssuers('中共珲春市委办公室 珲春市人民政府办公室 关于印发《…》的通知') // two organs
 * @example titleIssuers('某市人民政府办公室 转发某市某意见的通知') // ['某市人民政府办公室']
 */
export function titleIssuers(title: string, g: DocumentGrammar = loadDocumentGrammar()): string[] {
  const apart = new RegExp(`^(.+?)\\s+(?=《?(?:${g.titleOpeners.join('|')}))`).exec(title.trim());
  const names = apart ? organsOfTitleLine(apart[1], g) : [];
  if (names.length > 0) return names;
  const about = title.search(/《?关于/);
  // A 转发/印发/批转 before any 关于 opens the subject (某办公厅转发某办公室关于…的通知): what stands
  // before it is the issuer when it is one organ's name — two run together there are not parted.
  const opener = title.search(new RegExp(`(?:${g.titleOpeners.filter((w) => w !== '关于').join('|')})`));
  if (opener > 0 && (about < 0 || opener < about)) {
    const head = compact(title.slice(0, opener));
    const names = issuerNames(head, g);
    return names.length === 1 && names[0] === head && jointOrgans(head, g).length === 1 ? [head] : [];
  }
  const head = about > 0 ? compact(title.slice(0, about)) : '';
  if (g.citingVerbs.some((v) => head.startsWith(v))) return [];
  // 市政府贯彻国务院关于…的实施意见: an organ, a citing verb, then the organ whose 关于 text it
  // implements — the first issues; the second wrote what is cited, and the two are no one name.
  const cited = citingSplit(head, g);
  if (cited) return [cited];
  return about > 0 ? issuerNames(title.slice(0, about), g).flatMap((name) => jointOrgans(name, g)) : [];
}

/** The organ before a citing verb when an organ's name stands on each side of it (市政府贯彻国务院 → 市政府). */
function citingSplit(head: string, g: DocumentGrammar): string | undefined {
  for (const verb of [...g.citingVerbs].sort((a, b) => b.length - a.length)) {
    const at = head.indexOf(verb);
    if (at <= 0) continue;
    const before = head.slice(0, at);
    const after = head.slice(at + verb.length);
    if (isIssuerName(before, g) && issuerNames(before, g)[0] === before && issuerNames(after, g).at(-1) === after) return before;
  }
  return undefined;
}

/**
 * The government a title without 关于 starts with — organ, matter, 文种 (某县人民政府征收土地预公告)
 * — when that start is a place and one of the government endings the grammar lists; else
 * undefined. A weaker source than 关于: a decree may name its issuer this way, a page title may not.
 *
 * @example titleOrgan('延平区人民政府森林防火禁火令') // '延平区人民政府'
 * @example titleOrgan('某县疫情防控指挥部通告') // '某县疫情防控指挥部'
 * @example titleOrgan('某县文化广电旅游局2018年政府信息公开工作年度报告') // '某县文化广电旅游局'
 */
export function titleOrgan(title: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const t = compact(title);
  // An organ and its 文种 with nothing between (某县疫情防控指挥部通告, 某县人民政府公告) name the issuer whatever the organ.
  const word = titleTypeWord(t, g);
  if (word && t.length > word.length + 1 && isIssuerName(t.slice(0, -word.length), g)) return t.slice(0, -word.length);
  // An organ and the year its report or plan is of (某县文化广电旅游局2018年政府信息公开工作年度报告): its own.
  const yearOf = /^(.{3,30}?)(?=(?:19|20)\d{2}年)/.exec(t)?.[1];
  if (yearOf && isIssuerName(yearOf, g) && namesPlace(yearOf, g)) return yearOf;
  for (const suffix of g.titleOrganSuffixes) {
    const end = t.indexOf(suffix);
    if (end < 2) continue;
    const name = t.slice(0, end + suffix.length);
    // The organ is followed by the matter and a 文种, and its place ends like one (县, 市, 区 …).
    if (t.length - name.length < 2 || !g.titleOrganPlaces.includes(t[end - 1]) || !isIssuerName(name, g)) continue;
    return name;
  }
  return undefined;
}

/**
 * The full name of an organ a metadata field shortens to its place and 政府: 盘锦市政府 →
 * 盘锦市人民政府, 某县政府办公室 → 某县人民政府办公室. Other names are returned as they are.
 */
export function fullIssuerName(name: string, g: DocumentGrammar = loadDocumentGrammar()): string {
  const t = withoutProvince(compact(name), g);
  const m = /^(.+)(?<!人民)政府(办公室|办公厅)?$/.exec(t);
  return m && m[1].length >= 2 && g.shortIssuerPlaces.includes(m[1].at(-1)!) ? `${m[1]}人民政府${m[2] ?? ''}` : t;
}

/**
 * The publicity note of a line that is only one, without its brackets:
 * '（此件公开发布）' → '此件公开发布'; undefined for any other line.
 */
export function publicityNote(line: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const t = compact(line);
  const m = /^[（(](.*)[）)]$/.exec(t);
  return m && m[1].startsWith(g.publicityPrefix) && !/[（()）]/.test(m[1]) ? m[1] : undefined;
}

/** True for the heading of a table of contents: 目录, 目 录, 本期目录. */
export function isContentsHeading(line: string, g: DocumentGrammar = loadDocumentGrammar()): boolean {
  const t = compact(line);
  return g.contentsHeadings.some((h) => compact(h) === t);
}

/**
 * An organ of a city or county named with its province before it: the province goes, since the
 * city's or county's name already places it (广东省广州市人民政府 → 广州市人民政府).
 *
 * @example withoutProvince('辽宁省沈阳市人民政府') // '沈阳市人民政府'
 */
export function withoutProvince(name: string, g: DocumentGrammar = loadDocumentGrammar()): string {
  const m = /^[\u4e00-\u9fff]{2,8}?(?:省|自治区)([\u4e00-\u9fff]{2,}?[市州县区盟旗])(.+)$/.exec(name);
  return m && g.issuerSuffixes.some((s) => m[2].endsWith(s)) ? `${m[1]}${m[2]}` : name;
}

/**
 * An organ named by its kind of place alone (县人民政府, 区政府办公室), as a county's own pages
 * print it: it says not which county, so a fuller name printed elsewhere on the page replaces it.
 *
 * @example isBareOrgan('县人民政府') // true; isBareOrgan('嘉鱼县人民政府') // false
 */
export function isBareOrgan(name: string, g: DocumentGrammar = loadDocumentGrammar()): boolean {
  const t = compact(name);
  // 人民政府, 办公室: a page that cut the place off left the kind of organ alone.
  if (g.issuerSuffixes.includes(t)) return true;
  return t.length >= 2 && g.shortIssuerPlaces.includes(t[0]) && g.issuerSuffixes.includes(t.slice(1));
}
