/**
 * @module domain/recipient-level
 * The issuer's level a 主送机关 list shows: an organ writes to its own government's departments
 * (省政府各部门, 市直各单位) and to the governments below it (各设区市, 各县(市、区), 各乡镇).
 * The words are data: data/document-grammar.json `recipientLevels`.
 */
import type { Level } from '../model';
import { compact, foldWidth } from '../text/normalize';
import { toSimplified } from '../text/fold-script';
import { loadDataJson } from './load-data';

interface RecipientLevels {
  levels: { level: Level; own: string[]; below: string[] }[];
}

let table: RecipientLevels | undefined;
const load = () => (table ??= loadDataJson<{ recipientLevels: RecipientLevels }>('document-grammar.json').recipientLevels);

/** True when the list holds the phrase at its start or right after a separator (、，；). */
function opensItem(list: string, phrase: string): boolean {
  const at = (i: number) => i === 0 || /[、,，;；]/.test(list[i - 1]);
  for (let i = list.indexOf(phrase); i >= 0; i = list.indexOf(phrase, i + 1)) if (at(i)) return true;
  return false;
}

/**
 * The issuer's level its 主送机关 shows, or undefined: own departments named for one level decide;
 * else the most senior level the governments below it are named for (the table lists the senior first).
 * A phrase counts only at an item's start, so 各设区市政府有关部门 names no city's own departments.
 *
 * @example levelOfRecipients('各县(市)、区人民政府，市政府各部门') // 'city'
 * @example levelOfRecipients('各设区市人民政府，各县(市、区)人民政府，省政府有关部门') // 'provincial'
 * @example levelOfRecipients('各乡镇人民政府，县直有关单位') // 'county'
 */
export function levelOfRecipients(recipients: string | undefined): Level | undefined {
  if (!recipients) return undefined;
  // The list whole: an item may hold a 、 of its own (各县(市)、区人民政府).
  const list = foldWidth(toSimplified(compact(recipients)));
  const opens = (phrase: string) => opensItem(list, phrase);
  const levels = load().levels;
  const own = levels.filter((l) => l.own.some(opens));
  if (own.length === 1) return own[0].level;
  if (own.length > 1) return undefined;
  return levels.find((l) => l.below.some(opens))?.level;
}
