/**
 * @module domain/code-issuer
 * The issuer a number's 代字 names when a page prints the number but no issuer (a 政报 abstract, a
 * law-database copy, a portal page whose metadata lacks 发文机关): the State Council's and the
 * provinces' governments and general offices, a closed set (国办发, 湘政发, 粤府办, 赣府厅字), and
 * a city's or county's government only where the page's own place starts with its 代字 (镇政发 on
 * a page of 镇巴县). The stems, their ends and the organs are data (data/doc-number-prefixes.json
 * `heads` and `governmentCodes`, whose note says why each condition is there). Pure.
 */
import type { Level } from '../model';
import { levelOfPlace } from './divisions';
import { loadPrefixTable, type PrefixTable } from './doc-number-prefix';
import { placesNamedWith } from './organ-place';
import { levelOfRecipients } from './recipient-level';

/** What a page says besides its number: its text and its 主送机关. */
export interface CodeEvidence {
  text: string;
  recipients?: string;
  /** The number's year: before the organ had its name (川办字〔1961〕), the 代字 names none. */
  year?: number;
}

interface CodeGovernment {
  organ: string;
  level: Level;
  region: string;
}

/**
 * The government or office whose own stem the whole 代字 is, with one of the closed ends:
 * 湘政办函 → 湖南省人民政府办公厅, 国办发 → 国务院办公厅. Undefined for any other 代字 (湘政务发,
 * 苏府办, 湘农发).
 *
 * @example governmentStem('粤府办') // { organ: '广东省人民政府办公厅', level: 'provincial', region: '广东省' }
 */
export function governmentStem(prefix: string, table: PrefixTable = loadPrefixTable()): CodeGovernment | undefined {
  const codes = table.governmentCodes;
  for (const head of table.heads) {
    for (const kind of ['governments', 'offices'] as const) {
      const stem = head[kind]?.find((s) => prefix.startsWith(s) && codes.ends.includes(prefix.slice(s.length)));
      // A national head's region is its organ (国务院办公厅); a province's organ is its region's government or office.
      if (stem) return { organ: head.level === 'national' ? head.region : head.region + codes.organs[kind], level: head.level, region: head.region };
    }
  }
  return undefined;
}

/** A province's name as its pages write it short: 湖南省 → 湖南, 广西壮族自治区 → 广西, 北京市 → 北京. */
function shortRegion(region: string, table: PrefixTable): string {
  const ending = table.governmentCodes.regionEndings.find((e) => region.endsWith(e) && region.length - e.length >= 2);
  return ending ? region.slice(0, -ending.length) : region;
}

/**
 * The State Council's or a province's government or office a page's own 代字 names, when the page
 * agrees: a national stem always (国发, 国办函); a province's where its 主送机关 is a province's
 * (a 直辖市 writes like a city: 各区人民政府，市政府各委、办、局) or, with no list read, the page
 * names the province, and it names no city or county starting with the head's character (湘乡市
 * 人民政府 on a page numbered 湘政发). Undefined otherwise.
 *
 * @example governmentOfCode('鲁政办字', { text: '…', recipients: '各市人民政府，省政府各部门' }) // '山东省人民政府办公厅'
 * @example governmentOfCode('宁政办发', { text: '…', recipients: '各区人民政府，市府各委办局' }) // undefined (南京's too)
 */
export function governmentOfCode(prefix: string, evidence: CodeEvidence, table: PrefixTable = loadPrefixTable()): string | undefined {
  const found = governmentStem(prefix, table);
  if (!found || (evidence.year ?? Infinity) < table.governmentCodes.since[found.level === 'national' ? 'national' : 'local']) return undefined;
  if (found.level === 'national') return found.organ;
  const municipality = levelOfPlace(found.region) === 'provincial' && found.region.endsWith('市');
  const addressed = levelOfRecipients(evidence.recipients);
  if (addressed && addressed !== 'provincial' && !(municipality && addressed === 'city')) return undefined;
  // A city or county the divisions table knows (湘乡市); not a province's tail (京市 of 北京市, 苏省 of 江苏省).
  const local = [...placesNamedWith(prefix[0], evidence.text)].some((place) => ['city', 'county'].includes(levelOfPlace(place) ?? ''));
  if (local) return undefined;
  const agrees = (addressed === 'provincial' && !municipality) || evidence.text.includes(shortRegion(found.region, table));
  return agrees ? found.organ : undefined;
}

/** A city's or county's government's 代字: its place's abbreviation, 政 or 府, an office's 办, a closed end (镇政发, 海府, 梁政办发). */
const LOCAL_CODE = /^([\u4e00-\u9fff]{1,3}?)[政府](办)?([\u4e00-\u9fff]{0,3})$/;

/**
 * The government (or, for a county, the office) of the page's own place that a city's or county's
 * 代字 names: 镇政发 on a page of 镇巴县 → 镇巴县人民政府, 梁政办发 on one of 梁山县 →
 * 梁山县人民政府办公室. Undefined when the place does not start with the 代字's abbreviation, for
 * a province's stem (湘政发 is 湖南's or 湘乡's: no telling), and for a city's office (办公厅 or
 * 办公室: no telling).
 *
 * @example localGovernmentOfCode('海府', '海口市', 2011) // '海口市人民政府'
 */
export function localGovernmentOfCode(prefix: string, place: string, year?: number, table: PrefixTable = loadPrefixTable()): string | undefined {
  const m = LOCAL_CODE.exec(prefix);
  const codes = table.governmentCodes;
  if ((year ?? Infinity) < codes.since.local) return undefined;
  if (!m || !codes.ends.includes(m[3]) || !place.startsWith(m[1]) || place.length <= m[1].length) return undefined;
  if (governmentStem(prefix, table)) return undefined;
  if (!m[2]) return place + codes.organs.governments;
  return levelOfPlace(place) === 'county' || /[县旗]$/.test(place) ? place + codes.countyOffice : undefined;
}
