/**
 * @module ingest/stages/duties/handed-over
 * A matter handed to an office to handle, with no role verb of its own (data: roles.handedTo in
 * data/units.json): a reply to a deputy's suggestion says 您提出的《…的建议》已交我局办理 or 交由乡人居办
 * 办理. The office is responsible for what the document is about (its title: 关于…建议的答复); 我局,
 * 我委 … is the issuing office when its name ends so. The office must be read for sure (a level, a
 * kind, a known name) or be shaped like one (乡人居办): 交由个人办理, 提交县人大审议 name none.
 */
import type { UnitTable } from '../../../src/domain/units';
import { addDuty, type DutyReader } from './duty-reader';
import { splitSentences } from './duty-text';
import { OFFICE_END } from './clauses';
import { allOpenClauses, officeOfPronoun, parseUnitList } from './unit-lists';

interface Handing {
  /** 交 opening a clause or after 已/现/并/转 (never 提交, 移交, 递交), the office, then a verb of handling. */
  re: RegExp;
  /** The same without where 交 stands: asked of a whole paragraph first, since most hand nothing over (交通 holds 交). */
  quick: RegExp;
}

const compiled = new WeakMap<UnitTable, Handing | null>();

function handing(table: UnitTable): Handing | null {
  if (compiled.has(table)) return compiled.get(table)!;
  const verbs = [...(table.roles.handedTo?.verbs ?? [])].sort((a, b) => b.length - a.length).join('|');
  const body = `交(?:由|给)?([^，,。；;《》“”]{2,30}?)(?:负责)?(?:进行)?(?:${verbs})`;
  const found = verbs ? { re: new RegExp(`(?<=^|[，,；;]|已|现|并|转)${body}`, 'g'), quick: new RegExp(body) } : null;
  compiled.set(table, found);
  return found;
}

/** Reads the matters a paragraph's sentences hand to an office. */
export function readHandedOver(reader: DutyReader, text: string, paragraph: number): void {
  const found = handing(reader.ctx.grammar.table);
  if (!found || !text.includes('交') || !found.quick.test(text)) return;
  for (const sentence of splitSentences(text)) {
    for (const m of sentence.matchAll(found.re)) {
      // 我局, 我委 …: the issuing office, when its name ends with the same word.
      if (m[1].startsWith('我')) {
        const issuer = officeOfPronoun(m[1], '我', reader.issuer?.split(/[、，,]/)[0]);
        if (issuer && !saidAlready(reader, issuer, sentence)) addDuty(reader, issuer, 'responsible', reader.matterTitle, sentence, paragraph);
        continue;
      }
      // The text says an office follows 交由 (交由乡人居办办理): a name shaped like one will do, as after 由.
      const list = parseUnitList(m[1], reader.ctx);
      if (!list || list.units.length === 0 || !(allOpenClauses(list.units, reader.county, reader.ctx) || list.units.every((u) => OFFICE_END.test(u)))) continue;
      for (const u of list.units) if (!saidAlready(reader, u, sentence)) addDuty(reader, u, 'responsible', reader.matterTitle, sentence, paragraph);
    }
  }
}

/** A duty of the office that another form read from the same sentence, with its own matter (交由某部门处理 after 对…的): that one stands. */
function saidAlready(reader: DutyReader, unit: string, sentence: string): boolean {
  return reader.duties.some((d) => d.unit === unit && (d.sentence.includes(sentence) || sentence.includes(d.sentence)));
}
