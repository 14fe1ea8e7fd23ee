/**
 * @module domain/level-alternatives
 * Offices written for several levels at once, as 公文 of a city or a province write them for every
 * county: 县(市)农业农村部门, 区(市)县民政局, 旗县(市、区)农牧部门, 县(区)民政部门, 县区民政局,
 * 市/县民政局. Each names the same office at each level; the county a document belongs to means its
 * own, and that is the office its residents deal with. The resolver (units.ts) reads such a name at
 * one level where the name as written is neither an office nor a kind the table knows — so the kinds
 * the table names with their alternatives (各县（市、区）人民政府, 市、县（区）财政部门) stay as
 * they are. Vocabulary: data/units.json `levelAlternatives`. Pure given it.
 */
import { escapeRegExp } from '../text/regexp';
import { levelOfPlace } from './divisions';

export interface LevelAlternativeTable {
  levels: string[];
  separators: string[];
  /** Words of a field opening with a level character (市容, 市场): that character is no level. */
  fieldWords?: string[];
}

/** Reads a name at one level: the name with its run of levels replaced, or undefined when it opens with none. */
export type LevelReader = (name: string, county?: string) => string | undefined;


/**
 * Builds the reader over the table. A run is two or more level characters at the start of a name,
 * each after the first perhaps after a separator or inside brackets (县(市、区), 区(市)县, 县区,
 * 市/县), followed by at least two characters of the office.
 * @example
 * const atLevel = createLevelReader({ levels: ['县', '市', '区', '旗'], separators: ['、', '/'] });
 * atLevel('县(市)农业农村部门', '若羌县'); // '县农业农村部门'
 * atLevel('区(市)县民政局', '郫都区'); // '区民政局'
 * atLevel('县农业农村部门'); // undefined: one level only
 */
export function createLevelReader(table: LevelAlternativeTable): LevelReader {
  const notLevel = table.fieldWords?.length ? `(?!${table.fieldWords.map(escapeRegExp).join('|')})` : '';
  const level = `${notLevel}[${table.levels.join('')}]`;
  const sep = `(?:${table.separators.map(escapeRegExp).join('|')})`;
  const bracketed = `[(（]${level}(?:${sep}?${level})*[)）]`;
  const run = new RegExp(`^${level}(?:${bracketed}|${sep}?${level})+(?=[\\u4e00-\\u9fff]{2})`);
  return (name: string, county?: string) => {
    const found = run.exec(name)?.[0];
    if (!found) return undefined;
    const written = [...found].filter((c) => table.levels.includes(c));
    if (new Set(written).size < 2) return undefined;
    return ownLevel(written, county) + name.slice(found.length);
  };
}

/**
 * The level a county's document means: the county's own kind when written among the levels (市 only
 * for a county-level city — a prefecture's document writing 县(市) means its counties), else the first
 * level written that is not 市.
 */
function ownLevel(written: string[], county?: string): string {
  const own = county?.at(-1);
  if (own && written.includes(own) && (own !== '市' || levelOfPlace(county!) === 'county')) return own;
  return written.find((c) => c !== '市') ?? written[0];
}
