/**
 * @module domain/organ-place
 * An organ a page printed without its place — 人民政府, 县人民政府办公室, 民政局, as a county's own
 * site prints them — and where its full name comes from: a fuller name printed elsewhere, the
 * region a number's 代字 stands for (the prefix table's, or the place the text names that starts
 * with the 代字). The names are read through the document grammar (data/document-grammar.json).
 */
import type { Level } from '../model';
import { compact } from '../text/normalize';
import { levelOfPlace, provinceOpening } from './divisions';
import { fullIssuerName, isBareOrgan, loadDocumentGrammar, namesPlace, withoutProvince, type DocumentGrammar } from './grammar';

/** Words a name of many organs starts with (各乡镇人民政府, 有关单位): never one organ's full name. */
const MANY_ORGANS = /^(?:各|全|本|该|有关|上级|所属|相关)/;

/**
 * The full name of an organ a page printed without its place — 人民政府, 县人民政府办公室, 民政局 —
 * from the names printed elsewhere (in trust order): the first that ends with it and adds the
 * place. A name that holds a place already (某镇人民政府) is returned as it is, so is one no
 * fuller name ends with.
 *
 * @example completeOrgan('人民政府', ['某县人民政府']) // '某县人民政府'
 * @example completeOrgan('县人民政府办公室', ['各乡镇人民政府', '某县人民政府办公室']) // '某县人民政府办公室'
 * @example completeOrgan('某镇人民政府', ['某县某镇人民政府']) // '某镇人民政府'
 */
export function completeOrgan(name: string, fuller: readonly string[], g: DocumentGrammar = loadDocumentGrammar()): string {
  if (!isBareOrgan(name, g) && namesPlace(name, g)) return name;
  return fuller.find((f) => f.length > name.length && f.endsWith(name) && !MANY_ORGANS.test(f) && !isBareOrgan(f, g)) ?? name;
}

/** Whether a name holds a place is the grammar's question, asked here too by those completing organs. */
export { namesPlace };

/**
 * The organ a number's region and an organ without its place make together: 山西省 and 人民政府
 * → 山西省人民政府; 稷山县 and 县人民政府办公室 → 稷山县人民政府办公室. Undefined when the organ is
 * not a government's (办公室 alone may be a party committee's) or the region is no place.
 *
 * @example organOfRegion('稷山县', '县人民政府办公室') // '稷山县人民政府办公室'
 */
export function organOfRegion(region: string, name: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const t = compact(name);
  const kind = region.at(-1)!;
  if (!g.shortIssuerPlaces.includes(kind)) return undefined;
  const organ = t.startsWith(kind) ? t.slice(1) : t;
  return /^(?:人民)?政府/.test(organ) && g.issuerSuffixes.includes(organ) ? fullIssuerName(`${region}${organ}`, g) : undefined;
}

/** What a government's or an office's name goes on with after its place: 人民政府, 政府, 委, …局. */
const AFTER_PLACE = '(?=人民政府|政府|[县市区州旗盟]?委|[\\u4e00-\\u9fff]{1,8}?局)';

/**
 * The place a number's 代字 stands for, as the text names it: 梁政办发 in a text naming
 * 梁山县人民政府 or 梁山县应急管理局 → 梁山县. The place starts with the 代字's first character and
 * is followed by a government's or an office's name; its kind (县, 市, 区 …) is the one `organ`
 * starts with, when it starts with one (县人民政府办公室); and it is the only such place the text
 * names — two (梁山县, 梁平区) give undefined.
 *
 * @example placeOfPrefix('梁政办发', '……梁山县应急管理局负责……', '县人民政府办公室') // '梁山县'
 */
export function placeOfPrefix(prefix: string, text: string, organ = '', g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const kinds = g.shortIssuerPlaces.includes(organ[0] ?? '') ? organ[0] : g.shortIssuerPlaces;
  const found = placesNamedWith(prefix[0] ?? '', text, kinds);
  return found.size === 1 ? [...found][0] : undefined;
}

/**
 * The places a text names that start with `first` and go on with a government's or an office's
 * name (湘乡市人民政府, 梁山县应急管理局): the places whose 代字 may start with that character.
 *
 * @example placesNamedWith('湘', '……请湘乡市人民政府组织实施……') // Set {'湘乡市'}
 */
export function placesNamedWith(first: string, text: string, kinds: string = loadDocumentGrammar().shortIssuerPlaces): Set<string> {
  const found = new Set<string>();
  if (!/^[\u4e00-\u9fff]$/.test(first) || !text.includes(first)) return found;
  for (const m of text.matchAll(new RegExp(`${first}[\\u4e00-\\u9fff]{0,8}?[${kinds}]${AFTER_PLACE}`, 'g'))) found.add(m[0]);
  return found;
}

/** A place a name opens with: a name, then the kind of place (蔚县, 高青县, 天河区, 恩施土家族苗族自治州). */
let placeOpening: RegExp | undefined;
let kindChars: string | undefined;
/** A party organ's name opens with the party's before its place (中共某县委办公室). */
const PARTY = /^(?:中国共产党|中共)/;

/**
 * The county (or city) an organ belongs to, as its name opens with it — the lowest of at most
 * two places, a city then its county or district: 广州市天河区教育局 → 天河区, 唐山市人民政府 →
 * 唐山市, 中共某某县委办公室 → 某某县, 温州市鹿城区山福镇人民政府 → 鹿城区. A zone's organ is its
 * host's: the place before the zone (某县经济开发区管委会 → 某县), else the place the zone's name
 * starts with in short form (兰州新区管理委员会 → 兰州市, 宜昌高新区管委会 → 宜昌市). A name
 * ending like a zone that the divisions table holds is a place (神农架林区, 浦东新区). Undefined for
 * a province's organ or the nation's, a name that opens with no place or with a level alone
 * (县人民政府, 省市场监督管理局), many organs (各县区人民政府), a zone no known place hosts
 * (某经济开发区管委会), or a place with no organ after it. Kinds of place and the zones that end
 * like one: data/document-grammar.json (`countyPlaces`).
 *
 * @example countyOfOrgan('高青县人民政府') // '高青县'
 */
export function countyOfOrgan(name: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const kinds = g.countyPlaces.kinds;
  kindChars ??= [...new Set(kinds.join(''))].join('');
  // A place's name opens with an ideograph, never a mark (《某县…》政策解读 is no organ's name).
  placeOpening ??= new RegExp(`^(?![${kindChars}省])[\\u4e00-\\u9fff]{1,9}?(?:${kinds.join('|')})`);
  const t = compact(name);
  if (MANY_ORGANS.test(t)) return undefined;
  const national = g.countyPlaces.nationalBefore.find((o) => t.startsWith(o));
  let rest = withoutProvince(withoutCorps((national ? t.slice(national.length) : t).replace(PARTY, ''), g), g);
  let county: string | undefined;
  for (let k = 0; k < 3; k++) {
    let place = placeOpening.exec(rest)?.[0];
    // 关于 opens a title's matter after its organ or place (西藏自治区关于解除部分地区…的通告): no place holds it.
    if (!place || place.includes('关于')) break;
    // 州 ending a city's, district's or province's own name (柳州市, 通州区, 贵州省): the place
    // ends with the kind after it — a province's is none of the county's.
    if (place.endsWith('州') && rest.length > place.length && '市区县省'.includes(rest[place.length])) place += rest[place.length];
    if (place.endsWith('省')) {
      rest = rest.slice(place.length);
      continue;
    }
    if (isZone(place, g)) {
      // A zone opening the name is its host's, the place its name starts with (宜昌高新区).
      if (k === 0) county = hostOfZone(place);
      break;
    }
    // 城市管理局 after 杭州市 is a field's word; 蔡市镇 a town's name.
    if (g.countyPlaces.genericPlaces.includes(place) || g.countyPlaces.townEndings.some((w) => rest.startsWith(w, place!.length))) break;
    // A conjunction joins an organ's fields (上海市绿化和市容管理局): a place holding one is the
    // divisions table's (太和县, 和平区), never a name it does not know.
    if (/[和及与]/.test(place) && levelOfPlace(place) === undefined) break;
    rest = rest.slice(place.length);
    // An autonomous region is a province: the county is further in. A city's short name ending
    // 州 (兰州新区, 苏州工业园区) is the city the table holds with 市.
    if (!place.endsWith('自治区')) county = shortCity(place) ?? place;
    // A county holds no county nor city: what follows 区, 县 or 旗 is its organ's name, whose field
    // may hold a kind's character (松江区绿化和市容管理局: 绿化和市 is no place).
    if (/(?:区|县|旗)$/.test(county ?? '')) break;
  }
  // A place is an organ's only with the organ after it (高青县人民政府, 某某县委办公室).
  return county && rest.length >= 1 ? county : undefined;
}

let corps: RegExp | undefined;

/**
 * A name without the corps and its numbered division that open it before the city they share a
 * government with (兵团第八师石河子市人民政府 → 石河子市人民政府): the city is the place.
 *
 * @example withoutCorps('第一师阿拉尔市人民政府办公室') // '阿拉尔市人民政府办公室'
 */
export function withoutCorps(name: string, g: DocumentGrammar = loadDocumentGrammar()): string {
  const { names, numberedUnits } = g.countyPlaces.corpsBefore;
  corps ??= new RegExp(`^(?:${names.join('|')})?(?:第[一二三四五六七八九十]{1,3}(?:${numberedUnits.join('|')}))?`);
  return name.replace(corps, '');
}

let townOpening: RegExp | undefined;
/** 人民政府 between a county and the street office under it (浦东新区人民政府洋泾街道办事处). */
const UNDER_GOVERNMENT = /^人民政府(?=[\u4e00-\u9fff]{1,8}?街道办事处)/;

/**
 * The town a township's or a street's organ belongs to (某镇人民政府 → 某镇, 某县城关镇人民政府 →
 * 城关镇, 中共某街道工作委员会 → 某街道), read from the organ's name alone: after the county's
 * places (countyOfOrgan), the name opens with a town and an organ of the town's own follows.
 * Undefined for a county's organ, whatever town its name or its text holds (某县公安局城关派出所,
 * 某镇财政所), and for many towns (乡镇人民政府, 全镇). Kinds of town, their organs and what a
 * town's name never holds: document-grammar.json (`countyPlaces.townships`).
 *
 * @example townshipOf('温州市鹿城区山福镇人民政府') // '山福镇'
 */
export function townshipOf(name: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  return townAfter(name, countyOfOrgan(name, g), g);
}

/** townshipOf with the county the name opens with already read (levelOfOrgan reads it once for both). */
function townAfter(name: string, county: string | undefined, g: DocumentGrammar): string | undefined {
  const { kinds, organs, notInName } = g.countyPlaces.townships;
  townOpening ??= new RegExp(`^(?:(?!${notInName.join('|')})[\\u4e00-\\u9fff]){1,8}?(?:${kinds.join('|')})(?=${organs.join('|')})`);
  const t = compact(name).replace(PARTY, '').replace(PROVINCE_KIND, '');
  // The town comes after its county (and city) when the name gives them: 某市某县某镇人民政府.
  const at = county ? t.indexOf(county) : -1;
  // A street's office named under its district's government (某区人民政府某某街道办事处): the
  // government is the district's, the office the street's.
  const rest = (at >= 0 ? t.slice(at + county!.length) : t).replace(UNDER_GOVERNMENT, '');
  return MANY_ORGANS.test(rest) ? undefined : townOpening.exec(rest)?.[0];
}

/**
 * True for a township's organ or a street's office (某镇人民政府, 某乡政府, 某街道办事处, 中共某镇
 * 委员会): an organ under a county, which its name often leaves out (townshipOf).
 *
 * @example isTownshipOrgan('闹村乡人民政府') // true
 */
export function isTownshipOrgan(name: string, g: DocumentGrammar = loadDocumentGrammar()): boolean {
  return townshipOf(name, g) !== undefined;
}

/**
 * Whether a place read from an organ's name is a zone: it ends with a zone's word (开发区, 林区,
 * 新区) and the divisions table does not hold it — 神农架林区 and 浦东新区 are places, 兰州新区 is
 * not.
 */
function isZone(place: string, g: DocumentGrammar): boolean {
  const { notPlaces, newAreas } = g.countyPlaces;
  return [...notPlaces, ...newAreas].some((z) => place.endsWith(z)) && levelOfPlace(place) === undefined;
}

let zoneOpening: RegExp | undefined;

/** A zone's name at the start of a text: a name, then a zone's word (兰州新区, 宜昌高新区, 某县经济开发区). */
function zoneAtStart(text: string, g: DocumentGrammar): string | undefined {
  const words = [...g.countyPlaces.notPlaces, ...g.countyPlaces.newAreas].sort((a, b) => b.length - a.length);
  zoneOpening ??= new RegExp(`^[\\u4e00-\\u9fff]{1,12}?(?:${words.join('|')})`);
  return zoneOpening.exec(text)?.[0];
}

/**
 * The zone an organ's name opens with inside the county (or city) it files under (兰州新区管理委员会
 * → 兰州新区 in 兰州市, 宜昌高新区管委会 → 宜昌高新区, 某县经济开发区管委会 → 某县经济开发区): what a
 * county filter naming the zone selects among its host's documents. Undefined when the zone is
 * the county itself (浦东新区人民政府, 神农架林区), no place hosts it (某经济开发区管委会), or the
 * name opens with none.
 *
 * @example zoneOfOrgan('中共兰州新区工作委员会') // '兰州新区'
 */
export function zoneOfOrgan(name: string, g: DocumentGrammar = loadDocumentGrammar()): string | undefined {
  const t = withoutProvince(withoutCorps(compact(name).replace(PARTY, ''), g), g);
  const zone = zoneAtStart(t, g);
  const county = zone && t.length > zone.length ? countyOfOrgan(t, g) : undefined;
  return county && !zone!.endsWith(county) ? zone : undefined;
}

/**
 * Whether a name, whole, is shaped like a zone's (兰州新区, 宜昌高新区, 浦东新区 too): a filter value
 * that may name a zone inside its host.
 *
 * @example namesZone('兰州新区') // true
 */
export function namesZone(name: string, g: DocumentGrammar = loadDocumentGrammar()): boolean {
  const t = compact(name);
  return zoneAtStart(t, g) === t;
}

/** Kinds a zone's host is named without (宜昌 for 宜昌市), in the order they are tried; a district's short name (河北 of 河北区) is a province's too. */
const HOST_KINDS = ['市', '县'];

/**
 * The city or county a zone's name starts with in short form, as the table names it (宜昌高新区 →
 * 宜昌市, 库尔勒经济技术开发区 → 库尔勒市): the longest head of two or more characters the table
 * holds with a kind after it. Undefined when none (某经济开发区, 河北雄安新区) or when it is a
 * province (天津经济技术开发区: a province's zone files under no county).
 */
function hostOfZone(zone: string): string | undefined {
  for (let end = zone.length - 2; end >= 2; end--) {
    for (const kind of HOST_KINDS) {
      const level = levelOfPlace(zone.slice(0, end) + kind);
      if (level) return level === 'city' || level === 'county' ? zone.slice(0, end) + kind : undefined;
    }
  }
  return undefined;
}

/** A city's name short of its 市 (兰州, 苏州) as the table names it; undefined for any other place (恩施州, 某州). */
function shortCity(place: string): string | undefined {
  return place.endsWith('州') && levelOfPlace(place) === undefined && levelOfPlace(`${place}市`) ? `${place}市` : undefined;
}

/** A place's level by the kind its name ends with, where the kind tells (市 does not: 济宁市, 永济市). */
function levelOfKind(place: string): Level | undefined {
  if (/(?:县|旗|区)$/.test(place)) return 'county';
  if (/(?:州|盟|地区)$/.test(place)) return 'city';
  return undefined;
}

/**
 * The level of an organ (效力级别 of what it issues) by its name: the nation's (国务院, 教育部), a
 * province's (山东省人民政府, 北京市教育委员会, 中共某省委), a prefecture's (济宁市人民政府), a
 * county's (梁山县人民政府, 浦东新区人民政府, 永济市人民政府), a township's (某镇人民政府, 某县某乡人民政府,
 * 某街道办事处: townshipOf, never a town its text names). The place is the one countyOfOrgan
 * reads, its level the divisions table's (domain/divisions), else its kind's (县, 旗, 区 → county;
 * 州, 盟, 地区 → prefecture). Undefined for a name that opens with no place, or with a 市 the table
 * does not know.
 *
 * @example levelOfOrgan('济宁市人民政府') // 'city'
 */
export function levelOfOrgan(name: string, g: DocumentGrammar = loadDocumentGrammar()): Level | undefined {
  const t = compact(name);
  if (g.nationalOrgans.some((o) => t.startsWith(o))) return 'national';
  const place = countyOfOrgan(t, g);
  if (townAfter(t, place, g)) return 'township';
  if (place) return levelOfPlace(place) ?? levelOfKind(place);
  const rest = t.replace(PARTY, '');
  // 省 and 自治区 name no other level: a province the table does not hold is one too.
  return provinceOpening(rest) || PROVINCE_KIND.test(rest) ? 'provincial' : undefined;
}
const PROVINCE_KIND = /^[\u4e00-\u9fff]{1,6}?(?:省|自治区)/;
