/**
 * @module ingest/stages/duties/designated
 * An office named to a role by a noun of subjects rather than a verb (data: roles.designated):
 * 各村为减量化工作的责任主体; 区级林业部门作为管护事项收回工作的统筹主体，要…; 区文化局作为全区
 * 文物主管部门履行文物保护主体责任. The noun closes its clause or a verb of `then` follows it, so
 * 落实市场主体责任 (a subject's responsibility) and 以普惠性资源为主体 (the main part) name nobody.
 */
import type { UnitTable } from '../../../src/domain/unit-table';
import { addDuty, type DutyReader } from './duty-reader';
import { cleanMatter, splitSentences, stripNumbering } from './duty-text';
import { allOpenClauses, parseUnitList } from './unit-lists';

const byLength = (a: string, b: string) => b.length - a.length;
const compiled = new WeakMap<UnitTable, RegExp | null>();

/** m[1] the office, m[2] the link, m[3] what of (…工作的), m[4] the noun. */
function designationFor(table: UnitTable): RegExp | null {
  if (compiled.has(table)) return compiled.get(table)!;
  const d = table.roles.designated;
  const nouns = d ? [...d.nouns, ...(d.asNouns ?? [])].sort(byLength) : [];
  const then = d?.then?.length ? `|${d.then.join('|')}` : '';
  const re = d && nouns.length
    ? new RegExp(`(?<=^|[，,。；;：:])([^，,。；;：:]{2,30}?)(${[...d.links].sort(byLength).join('|')})([^，,。；;：:]{0,30}?)(${nouns.join('|')})(?=[，,。；;]|$${then})`, 'g')
    : null;
  compiled.set(table, re);
  return re;
}

/** Reads the designations of a paragraph's sentences: the office is responsible (or leads) for what the words before the noun say. */
export function readDesignated(reader: DutyReader, text: string, paragraph: number): void {
  const d = reader.ctx.grammar.table.roles.designated;
  const re = designationFor(reader.ctx.grammar.table);
  if (!d || !re || !d.links.some((l) => text.includes(l))) return;
  for (const sentence of splitSentences(text)) {
    const plain = stripNumbering(sentence);
    for (const m of plain.matchAll(re)) {
      // 主管部门 names a role only after 作为 (X作为全区文物主管部门履行…); X是…主管部门 is the competence readers'.
      if (!d.nouns.includes(m[4]) && m[2] !== '作为') continue;
      // 以普惠性资源为主体: 以 opens no office.
      if (m[1].startsWith('以')) continue;
      const list = parseUnitList(m[1], reader.ctx);
      if (!list?.units.length || !allOpenClauses(list.units, reader.county, reader.ctx)) continue;
      const role = d.leadNouns?.includes(m[4]) ? 'lead' : 'responsible';
      // X作为…主管部门履行…: what it does follows the noun.
      const of = d.nouns.includes(m[4]) ? cleanMatter(m[3].replace(/的$/, '')) : '';
      const after = cleanMatter(plain.slice(m.index! + m[0].length));
      const matter = of.length >= 2 ? of : after.length >= 4 ? after : reader.matterTitle;
      for (const u of list.units) addDuty(reader, u, role, matter, sentence, paragraph);
    }
  }
}
