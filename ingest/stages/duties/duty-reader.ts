/**
 * @module ingest/stages/duties/duty-reader
 * What reading one document's duties carries from paragraph to paragraph: the duties found so
 * far (each unit, role, matter and paragraph once), the body the text last introduced (领导小组,
 * 指挥部 — the matter of a members' list), the last item, and whether a leader list or a duty
 * table is open.
 */
import type { Duty, DutyRole, GazetteDocument, Message } from '../../../src/model';
import { compact } from '../../../src/text/normalize';
import type { DutyContext } from './duty-grammar';
import { isTownGovernment } from './unit-lists';

/** A table a page flattened with `|` (pipe-table.ts): its header's columns once read, the row being filled. */
export interface PipeTable {
  header: string[];
  columns?: string[];
  row: string[];
}

/** What a carry holds: the units, and the level of the numbering that ends it. */
export interface Carry {
  units: string[];
  /** The first paragraph the carry charges (the one after the sentence or heading that opened it). */
  from: number;
  /** A paragraph numbered at this level or above ends the carry. */
  endsAt: number;
  /** Where the items start (a functions list): their level, once the first is read. */
  itemLevel?: number;
}

export interface DutyReader {
  ctx: DutyContext;
  county?: string;
  /** What a duty is about when the text says no more: the instrument's title, else the document's. */
  matterTitle: string;
  /** The document's issuing office, for the 我局 a reply says it is (handed-over.ts). */
  issuer?: string;
  duties: Duty[];
  messages: Message[];
  seen: Set<string>;
  /** The body the text last named (县防汛抗旱指挥部). */
  lastBody?: string;
  /** The last paragraph that was an item, for label lines that follow it. */
  lastItem?: string;
  inMembers: boolean;
  tableGroup?: string;
  /** The column names of a duty table printed with spaces, while its rows follow. */
  spacedColumns?: string[];
  /** A row's first line (serial and task) waiting for the line with its units. */
  spacedPending?: string;
  /** A duty table flattened with `|`, while its cells follow. */
  pipeTable?: PipeTable;
  /** A duty table printed a cell a line without separators, once its header named a role column (cell-lines.ts). */
  /**
   * A cell-a-line table (cell-lines.ts): its role columns in the header's order (牵头部门 / 配合部门),
   * the header line that named the last, the row's task and which of its role cells comes next.
   */
  cellTable?: { roles: DutyRole[]; header: number; task?: string; cell: number };
  /** Under a line announcing the members' duties (各成员单位职责分工如下：), while its paragraphs follow (member-duties.ts). */
  memberDuties?: boolean;
  /** A paragraph that was only a unit's name, whose duty the next paragraph may state. */
  loneUnit?: { unit: string; paragraph: number };
  /** The paragraph of the last duty read from a unit line and the line after it. */
  lastUnitLine?: number;
  /** A unit named once whose duties follow without a subject (carried-unit.ts). */
  carry?: Carry;
  /** The unit the text introduced by a short name (简称县市场监管局). */
  introduced?: string;
  /** The sentences each unit, role and matter was read from: a duty printed twice is one. */
  sentences: Map<string, string[]>;
  /** The last line of a service guide's field value already read (guide-fields.ts). */
  guideUntil?: number;
  /** What a service guide is for: its title and scope, read once (guide-fields.ts). */
  guideMatter?: string;
  /** Divisions of an office named by a heading (最低生活保障科): units the table does not know. */
  divisions: Set<string>;
}

export function createDutyReader(doc: GazetteDocument, ctx: DutyContext): DutyReader {
  return { ctx, county: doc.county, matterTitle: doc.instrumentTitle ?? doc.title, ...(doc.issuingBody ? { issuer: doc.issuingBody } : {}), duties: [], messages: [], seen: new Set(), inMembers: false, divisions: new Set(), sentences: new Map() };
}

/**
 * Records a duty once per unit, role, matter and sentence (one sentence holding the other is the
 * same: a page that prints an item twice); a kind of office (各乡镇人民政府 →
 * 乡镇人民政府) is a unit of its own; names that are neither, placeholders included, are left out.
 */
export function addDuty(reader: DutyReader, unit: string, role: DutyRole, matter: string, sentence: string, paragraph: number): void {
  // A list's last item keeps the mark that closed its sentence (事发地乡镇人民政府。).
  const written = compact(unit).replace(/[。；;，,、：:]+$/, '');
  const resolved = reader.ctx.units.resolve(written, reader.county) ?? reader.ctx.units.resolveKind(written, reader.county) ?? divisionOf(reader, written) ?? streetOffice(reader, written);
  if (!resolved) return;
  const m = matter.trim() || reader.matterTitle;
  const key = `${resolved.id}|${role}|${m}|${paragraph}`;
  if (reader.seen.has(key)) return;
  // The same duty printed twice on a page (其中，公安机关侧重于… repeating 公安机关侧重于…) is one;
  // the same matter said in two articles (责令限期改正 for two offences) is two.
  const said = compact(sentence);
  const same = `${resolved.id}|${role}|${m}`;
  const before = reader.sentences.get(same) ?? [];
  if (before.some((s) => s.includes(said) || said.includes(s))) return;
  reader.sentences.set(same, [...before, said]);
  reader.seen.add(key);
  reader.duties.push({ unit: written, unitId: resolved.id, role, matter: m, sentence: sentence.trim(), paragraph });
}

/**
 * A named street's office a list or a role label gave for a street named bare (九里亭街道 →
 * 九里亭街道办事处, unit-lists.ts): the unit table knows no street's name, the county's id holds it.
 */
function streetOffice(reader: DutyReader, written: string): { id: string } | undefined {
  return written.endsWith('街道办事处') && isTownGovernment(written, reader.ctx.units) ? { id: reader.county ? `${reader.county}:${written}` : written } : undefined;
}

/** A division a heading named (社会救济科): a unit of its own, its id the county's and its name. */
function divisionOf(reader: DutyReader, written: string): { id: string } | undefined {
  const name = written.replace(/[（(][^（）()]*[）)]$/, '');
  return reader.divisions.has(name) ? { id: reader.county ? `${reader.county}:${name}` : name } : undefined;
}

/** The matter of a members' list: the body last named, else the document's. */
export function membersMatter(reader: DutyReader): string {
  return reader.lastBody ?? reader.matterTitle;
}

/** "2.1县指挥部" → 县指挥部; "(以下简称县指挥部)" → 县指挥部. */
export function cleanBody(body: string): string {
  return body.replace(/^(?:.*?简称|县政府成立了?|特成立|成立了?|下设)/, '').replace(/^[\d.]+/, '').replace(/^[“"「]/, '');
}

/** Remembers the body a paragraph names (领导小组, 指挥部 …), from its compacted text. */
export function noteBody(reader: DutyReader, compacted: string): void {
  const { grammar } = reader.ctx;
  if (!grammar.NAMES_BODY.test(compacted)) return;
  const bodies = [...compacted.matchAll(grammar.BODY_OF_MATTER)];
  const named = bodies.map((b) => cleanBody(b[1])).filter((b) => !grammar.table.bodiesOfMatter.includes(b));
  if (named.length) reader.lastBody = named[named.length - 1];
  else if (bodies.length && !reader.lastBody) reader.lastBody = cleanBody(bodies[bodies.length - 1][1]);
}

/** The sentence (between 。 or ；) around a position. */
export function sentenceAround(text: string, index: number): string {
  const start = Math.max(text.lastIndexOf('。', index - 1), text.lastIndexOf('；', index - 1)) + 1;
  const ends = ['。', '；'].map((c) => text.indexOf(c, index)).filter((n) => n >= 0);
  const end = ends.length ? Math.min(...ends) + 1 : text.length;
  return text.slice(start, end);
}
