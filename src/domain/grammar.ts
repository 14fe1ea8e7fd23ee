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
  /** Words a title's subject opens with after the organ (关于, 转发, 印发, 批转). */
  titleOpeners: string[];
  /** Words no organ's name holds (下载, 链接): spam put in an organ's place. */
  notInIssuerNames: string[];
  /** Endings of a government's name that a title without 关于 may start with (某县人民政府森林防火禁火令). */
  titleOrganSuffixes: string[];
  /** Last characters of the place before such an ending (县, 区, 镇 …). */
  titleOrganPlaces: string;
  contentsHeadings: string[];
  /** 文种 words that make a short line a title on their own, though no 关于 is in it (…的通知). */
  standaloneTitleTypes: string[];
  publicityPrefix: string;
  attachmentPrefixes: string[];
  issueLabels: { published: string; publisher: string[] };
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

/**
 * The type a user filters by: for 关于印发《X办法》的通知 the instrument's type (办法), since the
 * notice only carries it; otherwise the title's own.
 *
 * @example documentType('关于印发《稷山县大面积停电事件应急预案》的通知') // '预案'
 */
export function documentType(title: string, instrumentTitle?: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const own = titleTypeWord(title, g);
  const issued = /^关于(印发|转发|发布)/.test(compact(title));
  const inner = instrumentTitle ?? compact(title).match(/《([^》]+)》/)?.[1];
  if (issued && inner) {
    const word = titleTypeWord(inner, g);
    if (word) return typeGroup(word, g);
  }
  return own ? typeGroup(own, g) : undefined;
}

/** True for a line that is just an issuing body's name: 稷山县人民政府办公室, 县发改局. */
export function isIssuerName(line: string, g: DocumentGrammar = loadDocumentGrammar()): boolean {
  const t = compact(line);
  // A name inside 书名号 or quotes is part of a title cited, not an organ standing alone.
  if (t.length < 2 || t.length > 40 || /[，。；：、！？,;:《》〈〉“”]/.test(t)) return false;
  if (g.notInIssuerNames.some((w) => t.includes(w))) return false;
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
  const names = apart ? issuerNames(apart[1], g) : [];
  if (names.length > 0) return names;
  const about = title.search(/《?关于/);
  return about > 0 ? issuerNames(title.slice(0, about), g) : [];
}

/**
 * The government a title without 关于 starts with — organ, matter, 文种 (某县人民政府征收土地预公告)
 * — when that start is a place and one of the government endings the grammar lists; else
 * undefined. A weaker source than 关于: a decree may name its issuer this way, a page title may not.
 *
 * @example titleOrgan('延平区人民政府森林防火禁火令') // '延平区人民政府'
 */
export function titleOrgan(title: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const t = compact(title);
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
  return t.length >= 2 && g.shortIssuerPlaces.includes(t[0]) && g.issuerSuffixes.includes(t.slice(1));
}
