/**
 * @module ingest/stages/duties/assignments
 * A matter assigned to an office by a predicate that names the office last, with no role verb
 * (data: roles.assignedTo in data/units.json): "…无证经营问题，其执法职责归属城市管理综合执法部门",
 * "废品收购站点按照…规定，行业管理为县商务局", "监管职责划归县市场监管局". Role responsible; the
 * matter is the sentence up to the office. The office must be read for sure (a level, a kind, a
 * known name): "主要职责为负责…", "管理部门为有关部门" name none. The subject word opens its phrase
 * (after a mark, 其, 的, 所称): in "城市管理行政主管部门是养犬管理主管部门" it ends an office's name.
 * With the office first (data: assignedTo.competent): "水电局、采砂办是负责河道采砂管理的主要职能部门".
 */
import type { UnitTable } from '../../../src/domain/units';
import { addDuty, type DutyReader } from './duty-reader';
import { cleanMatter, splitSentences, stripNumbering } from './duty-text';
import { OFFICE_END } from './clauses';
import { allOpenClauses, parseUnitList } from './unit-lists';

const byLength = (a: string, b: string) => b.length - a.length;
const compiled = new WeakMap<UnitTable, RegExp | null>();

/** The predicate, compiled once a table: subject word, link word, the office (m[2]) up to the clause's end. */
function assignment(table: UnitTable): RegExp | null {
  if (compiled.has(table)) return compiled.get(table)!;
  const a = table.roles.assignedTo;
  const re = a?.subjects.length && a.links.length
    ? new RegExp(`(?<=^|[，,；;：:]|其|的|所称)(${[...a.subjects].sort(byLength).join('|')})(?:${[...a.links].sort(byLength).join('|')})([^，,。；;：:]{2,40}?)(?:${(a.after ?? []).join('|') || '(?!)'})?(?=[，,。；;]|$)`, 'g')
    : null;
  compiled.set(table, re);
  return re;
}

const competentCompiled = new WeakMap<UnitTable, RegExp | null>();

/** X是负责…的主要职能部门 (为…的责任单位 is the role readers'): the office (m[1]) and what it is responsible for (m[2]). */
function competentFor(table: UnitTable): RegExp | null {
  if (competentCompiled.has(table)) return competentCompiled.get(table)!;
  const nouns = table.roles.assignedTo?.competent?.nouns ?? [];
  const re = nouns.length ? new RegExp(`(?<=^|[，,；;：:])([^，,。；;：:]{2,40}?)是负责([^，,。；;：:]{2,40}?)的(?:${[...nouns].sort(byLength).join('|')})(?=[，,。；;]|$)`, 'g') : null;
  competentCompiled.set(table, re);
  return re;
}

/** Reads "X是负责…的职能部门": the office named first is responsible for what follows 负责. */
function readCompetent(reader: DutyReader, text: string, paragraph: number): void {
  const re = competentFor(reader.ctx.grammar.table);
  if (!re || !text.includes('负责')) return;
  for (const sentence of splitSentences(text)) {
    // 1、水电局、采砂办是负责…: an item's number is no part of the subject.
    for (const m of stripNumbering(sentence).matchAll(re)) {
      const list = parseUnitList(m[1], reader.ctx);
      // The form says offices stand there: a name shaped like one will do (采砂办).
      if (!list?.units.length || !(allOpenClauses(list.units, reader.county, reader.ctx) || list.units.every((u) => OFFICE_END.test(u)))) continue;
      for (const u of list.units) addDuty(reader, u, 'responsible', m[2], sentence, paragraph);
    }
  }
}

/** 本条例所称主管部门, 本办法所称监管部门: a definition of the instrument's own office. */
const DEFINED = /^本[\u4e00-\u9fff]{1,8}所称[\u4e00-\u9fff]{2,8}$/;

/** Reads the assignments of a paragraph's sentences. */
export function readAssignments(reader: DutyReader, text: string, paragraph: number): void {
  readCompetent(reader, text, paragraph);
  const table = reader.ctx.grammar.table;
  const re = assignment(table);
  // 为 and 是 stand in most paragraphs: what is assigned (职责, 主管部门 …) is asked first.
  const { subjects, links } = table.roles.assignedTo!;
  if (!re || !subjects.some((w) => text.includes(w)) || !links.some((l) => text.includes(l))) return;
  for (const sentence of splitSentences(text)) {
    for (const m of sentence.matchAll(re)) {
      const list = parseUnitList(m[2], reader.ctx);
      if (!list || !allOpenClauses(list.units, reader.county, reader.ctx)) continue;
      const said = cleanMatter(sentence.slice(0, m.index! + m[1].length));
      // 本条例所称主管部门为…: the office competent for what the whole instrument governs.
      const matter = DEFINED.test(said) ? reader.matterTitle : said;
      if (said.length < 4) continue;
      for (const u of list.units) addDuty(reader, u, 'responsible', matter, sentence, paragraph);
    }
  }
}
