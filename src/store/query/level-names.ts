/**
 * @module store/query/level-names
 * 效力级别 as a user writes it — the API's value (county) or the label a portal prints (县级) —
 * read to the value documents carry (data/query-syntax.json `levels`), for every entry point:
 * level:/级别: in the query box, --level, level= and the facet's values.
 */
import { loadDataJson } from '../../domain/load-data';

let byName: Map<string, string> | undefined;

function names(): Map<string, string> {
  if (byName) return byName;
  byName = new Map();
  const levels = loadDataJson<{ levels: Record<string, string[]> }>('query-syntax.json').levels;
  for (const [level, spellings] of Object.entries(levels)) for (const name of [level, ...spellings]) byName.set(name.toLowerCase(), level);
  return byName;
}

/**
 * The level a written one stands for; a law's kind (法律, 行政法规) and anything else as written.
 *
 * @example levelValue('县级') // 'county'
 */
export function levelValue(written: string): string {
  const value = written.trim();
  return names().get(value.toLowerCase()) ?? value;
}

/** The levels a search filters by, with the Chinese a portal prints: county (县级), … */
export function levelChoices(): Array<{ value: string; label: string }> {
  const levels = loadDataJson<{ levels: Record<string, string[]> }>('query-syntax.json').levels;
  return Object.entries(levels).map(([value, spellings]) => ({ value, label: spellings.find((s) => /[\u4e00-\u9fff]/.test(s)) ?? value }));
}
