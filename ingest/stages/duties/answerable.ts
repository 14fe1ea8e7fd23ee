/**
 * @module ingest/stages/duties/answerable
 * An office answerable for a matter written between 对 and the verb (data: roles.answerable):
 * 各县市人民政府对本行政区域内火灾突发事件的应对工作负责; 区城管执法局依法对违反规定的行为实施
 * 行政处罚. Tried on a clause no role verb opened. An object that is an organ or a people
 * (对本级人民代表大会负责, 对上一级人民政府负责) says to whom the office answers: no duty.
 */
import type { UnitTable } from '../../../src/domain/unit-table';
import type { DutyReader } from './duty-reader';
import { allOpenClauses, parseUnitList } from './unit-lists';

const byLength = (a: string, b: string) => b.length - a.length;
const compiled = new WeakMap<UnitTable, RegExp | null>();

/** m[1] the office, m[2] the object, m[3] the verb. */
function answerableFor(table: UnitTable): RegExp | null {
  if (compiled.has(table)) return compiled.get(table)!;
  const a = table.roles.answerable;
  const adverbs = a?.adverbs?.length ? `(?:${[...a.adverbs].sort(byLength).join('|')})*` : '';
  // 负责 closes the clause (…负责，并…; …负责并报告工作): 对辖区内医疗机构负责监督 is no answering for it.
  const answering = a?.verbs.length ? `(?:${[...a.verbs].sort(byLength).join('|')})(?=[，,。；;]|$|并)` : '(?!)';
  const nouns = a?.nounsAfterActs?.length ? `(?!${a.nounsAfterActs.join('|')})` : '';
  const acts = a?.actVerbs?.length ? `|(?:${[...a.actVerbs].sort(byLength).join('|')})${nouns}` : '';
  const re = a ? new RegExp(`^([^，,。；;：:对]{2,40}?)${adverbs}对([^，,。；;：:]{2,60}?)(${answering}${acts})`) : null;
  compiled.set(table, re);
  return re;
}

export interface Answerable {
  units: string[];
  /** What the office answers for: the object (负责), or 对 + object + act verb (对…实施 + the act after it). */
  head: string;
  /** Whether the clause ends with the answering verb (负责): the words after it go on with the object, not the act. */
  answers: boolean;
  /** The clause's length up to the verb's end. */
  length: number;
}

/**
 * The office a clause makes answerable, and for what. A clause with no subject of its own
 * (…会同有关部门，对…实施惩罚性电价) goes on with the clause before it: it is that clause's matter.
 */
export function answerableOpening(clause: string, reader: DutyReader): Answerable | undefined {
  const a = reader.ctx.grammar.table.roles.answerable;
  const m = a ? answerableFor(reader.ctx.grammar.table)?.exec(clause) : null;
  // 协助地质矿产主管部门对…进行监督管理: a clause opened by a role verb is the clause readers', its subject carried.
  if (!a || !m || reader.ctx.grammar.VERB_FIRST.test(clause)) return undefined;
  // The subject first: most clauses with 对 open with no office, and that settles them.
  const list = parseUnitList(m[1].replace(/^(?:并|再|均|统一)?由/, ''), reader.ctx);
  if (!list?.units.length || !allOpenClauses(list.units, reader.county, reader.ctx)) return undefined;
  const object = m[2];
  // 对本级人民代表大会负责, 对上一级人民政府负责, 对人民负责: to whom, not for what.
  if (a.accountableTo.some((w) => object.endsWith(w)) || parseUnitList(object, reader.ctx)?.units.length) return undefined;
  const units = list.units;
  const answers = a.verbs.includes(m[3]);
  return { units, head: answers ? object : `对${object}${m[3]}`, answers, length: m[0].length };
}
