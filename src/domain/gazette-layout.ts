/**
 * @module domain/gazette-layout
 * How gazette issues lay out what is not a numbered 公文 (data/gazette-layout.json): section
 * pieces such as 大事记, 人事任免 and 政策解读, and the red-head line above a document number.
 */
import { compact } from '../text/normalize';
import { isIssuerName } from './grammar';
import { loadDataJson } from './load-data';

export interface GazetteLayout {
  /** Word a section piece's title ends with → the type it is kept as (政策解读 → 解读). */
  sectionTypes: Record<string, string>;
  /** A red-head line is an organ's name followed by one of these (稷山县人民政府文件). */
  redHeadSuffixes: string[];
  /** Lines of the 版记 that close a document (抄送：…, …印发). */
  signOffPrefixes: string[];
  /** Expression for a line that starts the next piece of a page collecting documents (第二篇). */
  partMarker: string;
  /** How a gazette's name reads (see the data's about). */
  gazetteNames: { regional: string; national: string; nationalPlace: string };
}

let layout: GazetteLayout | undefined;
let names: { regional: RegExp; national: RegExp } | undefined;

export function loadGazetteLayout(): GazetteLayout {
  layout ??= loadDataJson<GazetteLayout>('gazette-layout.json');
  return layout;
}

/**
 * The gazette a line names at its start, with the place it serves (a national gazette's is the
 * data's nationalPlace), or undefined.
 *
 * @example gazetteName('稷山县人民政府公报') // { name: '稷山县人民政府公报', place: '稷山县' }
 * @example gazetteName('中华人民共和国国务院公报') // { name: '中华人民共和国国务院公报', place: '全国' }
 */
export function gazetteName(line: string, g: GazetteLayout = loadGazetteLayout()): { name: string; place: string } | undefined {
  names ??= { regional: new RegExp(g.gazetteNames.regional), national: new RegExp(g.gazetteNames.national) };
  const t = compact(line);
  const regional = names.regional.exec(t);
  if (regional) return { name: regional[0], place: regional[1] };
  const national = names.national.exec(t);
  return national ? { name: national[0], place: g.gazetteNames.nationalPlace } : undefined;
}

/**
 * The type of a section piece from its title, or undefined when the line is no such title.
 *
 * @example sectionType('《青河市城市供水管理办法》政策解读') // '解读'
 * @example sectionType('2023年5月青河市政府大事记') // '大事记'
 */
export function sectionType(line: string, g: GazetteLayout = loadGazetteLayout()): string | undefined {
  const t = compact(line);
  if (t.length < 2 || t.length > 60 || /[，。；：,;:！？]/.test(t)) return undefined;
  let best: string | undefined;
  for (const word of Object.keys(g.sectionTypes)) if (t.endsWith(word) && (!best || word.length > best.length)) best = word;
  return best ? g.sectionTypes[best] : undefined;
}

/**
 * True for a red-head line: an organ's name (or joint organs') followed by 文件 —
 * 稷山县人民政府文件, 中共稷山县委办公室 稷山县人民政府办公室文件; not 请认真学习上述文件.
 */
export function isRedHead(line: string, g: GazetteLayout = loadGazetteLayout()): boolean {
  const t = compact(line);
  if (t.length < 4 || t.length > 60 || /[，。；：,;:]/.test(t)) return false;
  const suffix = g.redHeadSuffixes.map(compact).find((s) => t.endsWith(s));
  if (suffix === undefined) return false;
  const parts = line.trim().replace(/\s*文\s*件$/, '').split(/\s+/);
  // Set letter-spaced (稷 山 县 人 民 政 府 文 件), the parts are its characters.
  const organs = parts.every((p) => [...p].length === 1) ? [parts.join('')] : parts;
  return organs.every((organ) => isIssuerName(organ));
}

/** Longest 目录 section heading printed without brackets (县政府办公室文件 is 8). */
const MAX_BARE_SECTION = 12;

/**
 * A 目录 section heading printed without brackets: a short line naming a kind of section
 * (政策解读, 人事任免) or a group of documents (市人民政府文件, 部门文件).
 *
 * @example isBareSectionHeading('市人民政府办公室文件') // true
 * @example isBareSectionHeading('《青河市城市供水管理办法》政策解读') // false: an entry
 */
export function isBareSectionHeading(line: string, g: GazetteLayout = loadGazetteLayout()): boolean {
  const t = compact(line);
  if (t.length < 2 || t.length > MAX_BARE_SECTION || t.includes('关于') || /[，。；：,;:！？《》]/.test(t)) return false;
  return t in g.sectionTypes || g.redHeadSuffixes.some((s) => t.endsWith(compact(s)));
}

/** A section heading in brackets: 【市政府文件】, 〖政府令〗, [部门文件]. */
const BRACKETED_SECTION = /^[【\[［〔〖]\s*([^】\]］〕〗]{2,20})\s*[】\]］〕〗]$/;

/**
 * The name of a section heading in brackets (【市政府文件】 → 市政府文件), or undefined.
 *
 * @example bracketedSection('〖政府令〗') // '政府令'
 * @example bracketedSection('【案例】某某镇的做法') // undefined: text after the brackets
 */
export function bracketedSection(line: string): string | undefined {
  return compact(line).match(BRACKETED_SECTION)?.[1];
}

/**
 * A line that heads a section of an issue, in brackets or not (【市政府文件】, 行政公署办公室文件,
 * 政策解读): it belongs to no document, neither the one before it nor the one after.
 */
export function isSectionHeading(line: string, g: GazetteLayout = loadGazetteLayout()): boolean {
  return bracketedSection(line) !== undefined || isBareSectionHeading(line, g);
}

let partMarker: RegExp | undefined;

/** True for a line that starts a piece of a page collecting several documents: 第一篇, 第二篇. */
export function isPartMarker(line: string, g: GazetteLayout = loadGazetteLayout()): boolean {
  partMarker ??= new RegExp(g.partMarker);
  return partMarker.test(compact(line));
}
