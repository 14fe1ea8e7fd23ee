/**
 * @module store/query/county-filter
 * How a county filter value (county:稷山, 县:, --county, county=) meets a document: the value is
 * the county's full name, its head (稷山 for 稷山县), its short form (阿坝州 for 阿坝藏族羌族自治州,
 * data/query-syntax.json `countyShortForms`), or a zone inside it that the document's issuer
 * opens with (兰州新区 for 兰州新区管委会's documents, filed under 兰州市). Both backends select
 * through here: SQLite tests the value (countyPasses), Meilisearch stores every value a document
 * answers (countyKeys) and matches them exactly.
 */
import { loadDataJson } from '../../domain/load-data';
import { countyOfOrgan, zoneOfOrgan } from '../../domain/organ-place';

let shortForms: { kinds: string[]; minHead: number } | undefined;

function loadShortForms() {
  shortForms ??= loadDataJson<{ countyShortForms: { kinds: string[]; minHead: number } }>('query-syntax.json').countyShortForms;
  return shortForms;
}

/** How joint issuers are listed in one field: the first organ is the one the county comes from. */
const JOINT = /[、,，;；\s]+/;

/** Zones read per issuing body (an archive repeats a few thousand). */
const zones = new Map<string, string | undefined>();
const MAX_KEPT = 20_000;

/**
 * The zone the document's issuer opens with, inside the county the document files under
 * (domain/organ-place zoneOfOrgan); undefined for any other issuer.
 */
export function zoneOfDocument(county: string | undefined, issuingBody: string | undefined): string | undefined {
  if (!county || !issuingBody) return undefined;
  const key = `${county}\u0000${issuingBody}`;
  if (zones.has(key)) return zones.get(key);
  const organ = issuingBody.split(JOINT).find(Boolean) ?? '';
  // The zone is the document's only when the issuer's place is the document's county.
  const zone = zoneOfOrgan(organ);
  const found = zone && countyOfOrgan(organ) === county ? zone : undefined;
  if (zones.size >= MAX_KEPT) zones.clear();
  zones.set(key, found);
  return found;
}

/**
 * Whether a document's county is the one a filter value names: the same, its head (稷山 for
 * 稷山县), or its short form, the head of its name and its kind (阿坝州 for 阿坝藏族羌族自治州,
 * 东乌旗 for 东乌珠穆沁旗).
 *
 * @example countyPasses('阿坝州', '阿坝藏族羌族自治州') // true
 */
export function countyPasses(value: string, county: string): boolean {
  if (county === value || county.startsWith(value)) return true;
  const { kinds, minHead } = loadShortForms();
  const head = value.slice(0, -1);
  return kinds.includes(value.slice(-1)) && head.length >= minHead && county.length > value.length && county.startsWith(head) && county.endsWith(value.slice(-1));
}

/**
 * Whether a document passes a county filter value: by its county (countyPasses), or by the
 * zone inside it its issuer opens with (county:兰州新区 selects 兰州新区管委会's documents).
 */
export function documentInCounty(value: string, county: string | undefined, issuingBody: string | undefined): boolean {
  if (county === undefined) return false;
  return countyPasses(value, county) || zoneOfDocument(county, issuingBody) === value;
}

/**
 * Every value a county filter may name to select the document — its county's heads, short
 * forms and the zone its issuer opens with — for a backend that matches values exactly.
 *
 * @example countyKeys('东乌珠穆沁旗') // ['东', '东乌', …, '东乌珠穆沁旗', '东乌旗', '东乌珠旗', '东乌珠穆旗']
 */
export function countyKeys(county: string | undefined, issuingBody?: string): string[] {
  if (!county) return [];
  const keys = new Set<string>();
  for (let end = 1; end <= county.length; end++) keys.add(county.slice(0, end));
  const { kinds, minHead } = loadShortForms();
  const kind = county.slice(-1);
  if (kinds.includes(kind)) for (let head = minHead; head + 1 < county.length; head++) keys.add(county.slice(0, head) + kind);
  const zone = zoneOfDocument(county, issuingBody);
  if (zone) keys.add(zone);
  return [...keys];
}
