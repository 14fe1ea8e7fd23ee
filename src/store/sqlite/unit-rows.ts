/**
 * @module store/sqlite/unit-rows
 * Units and their duties as the store reads them back: the list of units with their counts, one
 * unit's profile (its duties grouped by document, newest first), and every duty of a county.
 */
import type { Duty, DutyRole, Unit } from '../../model';
import type { DocumentBrief, DutyWithDocument, UnitProfile, UnitSummary } from '../gazette-store';
import { brief, briefColumns, undef, type DocumentRow } from './document-rows';
import type { Sql } from './sql';
import type { ParagraphTexts } from './quoted-text';
import { duty, dutyColumns, type DutyRowFields } from './duty-rows';
import { parseStored } from './store-faults';

/** Every unit (of a county, of no county when null, or all), with how many duties and documents name it. */
export function listUnits(sql: Sql, county?: string | null): UnitSummary[] {
  const rows = sql(
    `SELECT u.id, u.county, u.name,
       (SELECT count(*) FROM duties t WHERE t.unit_no = u.no) AS duty_count,
       (SELECT count(DISTINCT t.document_no) FROM duties t WHERE t.unit_no = u.no) AS document_count,
       (SELECT json_group_array(a.alias) FROM unit_aliases a WHERE a.unit_id = u.id) AS aliases
     FROM units u WHERE ${county === null ? 'u.county IS NULL' : '(? IS NULL OR u.county = ?)'}
     ORDER BY u.county, duty_count DESC, u.name`,
  ).all(...(county === null ? [] : [county ?? null, county ?? null])) as Array<{
    id: string;
    county: string | null;
    name: string;
    duty_count: number;
    document_count: number;
    aliases: string;
  }>;
  return rows.map((row) => ({
    id: row.id,
    county: undef(row.county),
    name: row.name,
    aliases: parseStored<string[]>(row.aliases, '单位别名'),
    dutyCount: row.duty_count,
    documentCount: row.document_count,
  }));
}

function unitOf(sql: Sql, id: string): Unit | undefined {
  const row = sql('SELECT id, county, name FROM units WHERE id = ?').get(id) as { id: string; county: string | null; name: string } | undefined;
  if (!row) return undefined;
  const aliases = sql('SELECT alias FROM unit_aliases WHERE unit_id = ? ORDER BY alias').all(id) as Array<{ alias: string }>;
  return { id: row.id, county: undef(row.county), name: row.name, aliases: aliases.map((a) => a.alias) };
}

/** One unit with its duties grouped by document, newest document first. */
export function getUnit(sql: Sql, texts: ParagraphTexts, id: string): UnitProfile | undefined {
  const unit = unitOf(sql, id);
  if (!unit) return undefined;
  const rows = sql(
    `SELECT ${dutyColumns}, ${briefColumns} , t.ordinal AS duty_ordinal FROM units u JOIN duties t ON t.unit_no = u.no JOIN documents d ON d.no = t.document_no
     WHERE u.id = ? ORDER BY d.date DESC, d.id, t.ordinal`,
  ).all(id) as Array<DocumentRow & DutyRowFields>;
  const groups = new Map<string, { document: DocumentBrief; duties: Array<Duty & { role: DutyRole }> }>();
  for (const row of rows) {
    let group = groups.get(row.document_id);
    if (!group) {
      group = { document: brief({ ...row, id: row.document_id }), duties: [] };
      groups.set(row.document_id, group);
    }
    group.duties.push(duty(texts, row));
  }
  return { unit, documents: [...groups.values()] };
}

/** Every duty (of a county, or all) with its unit's name and its document, newest first. */
export function listDuties(sql: Sql, texts: ParagraphTexts, county?: string | null): DutyWithDocument[] {
  // Two statements, not "? IS NULL OR county = ?": that form cannot use the county index.
  // A duty's county is its document's (schema step 6).
  const select = `SELECT ${dutyColumns}, ${briefColumns}, u.name AS unit_name FROM duties t JOIN documents d ON d.no = t.document_no
     LEFT JOIN units u ON u.no = t.unit_no`;
  const order = 'ORDER BY d.date DESC, d.id, t.ordinal';
  const rows = (
    county === undefined
      ? sql(`${select} ${order}`).all()
      : county === null
        ? sql(`${select} WHERE d.county IS NULL ${order}`).all()
        : sql(`${select} WHERE d.county = ? ${order}`).all(county)
  ) as Array<
    DocumentRow & DutyRowFields & { unit_name: string | null }
  >;
  return rows.map((row) => ({
    ...duty(texts, row),
    unitName: row.unit_name ?? row.unit,
    document: brief({ ...row, id: row.document_id }),
  }));
}
