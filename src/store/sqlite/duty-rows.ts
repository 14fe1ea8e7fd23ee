/**
 * @module store/sqlite/duty-rows
 * A duty as its `duties` row holds it, and spelled out again (schema steps 2, 6, 7 and 11 store
 * it lean: its unit by number, its sentence as where it stands in its paragraph, its matter as
 * where it stands in its sentence, its role and document by number). Unit profiles and a
 * county's duties read rows of many documents; a document read whole reads its own (schema step
 * 12: its record keeps only how many, see document-codec.ts), checked against the checksum of
 * their values in the document's row (checksum.ts).
 */
import type { Duty } from '../../model';
import { dutiesChecksum, type DutyRowValues } from './checksum';
import type { Sql } from './sql';
import { roleOf, roleValue, textOf } from './row-values';
import { quoteIn, quotedSentence, sliceCharacters, type ParagraphTexts, type QuotedRow } from './quoted-text';

/** A duty's unit as written, from `duties t LEFT JOIN units u ON u.no = t.unit_no`: NULL in the row when it is its unit's name (schema step 6). */
export const writtenUnit = 'coalesce(t.unit, u.name)';

/** A duty's columns from `duties t LEFT JOIN units u ON u.no = t.unit_no`, its document's id as `documentId` gives it. */
function dutyColumnsWith(documentId: string): string {
  return `${documentId} AS document_id, u.id AS unit_id, ${writtenUnit} AS unit, t.role, t.paragraph, t.sentence, t.sentence_at, t.sentence_length,
  t.matter, t.matter_at, t.matter_length`;
}

/** A duty's columns, its document's id from `documents d` (schema step 11). */
export const dutyColumns = dutyColumnsWith('d.id');

export type DutyRowFields = QuotedRow & DutyRowValues;

/**
 * The values of a duty's row (texts as text: the writer stores them with textValue): its
 * sentence as where it stands in its paragraph's text when it is a piece of it (schema step 6),
 * its matter as where it stands in its sentence when it is one of it (step 2; an empty matter
 * stands at 0 of every sentence), and otherwise as text.
 */
export function dutyValues(duty: Duty, paragraphText: string | undefined): DutyRowValues & { sentence: string | null; matter: string | null } {
  const sentence = quoteIn(paragraphText, duty.sentence);
  const matter = duty.matter === '' ? { at: 0, length: 0 } : quoteIn(duty.sentence, duty.matter);
  return {
    unit_id: duty.unitId ?? null,
    unit: duty.unit,
    role: roleValue(duty.role),
    paragraph: duty.paragraph,
    sentence: sentence ? null : duty.sentence,
    sentence_at: sentence?.at ?? null,
    sentence_length: sentence?.length ?? null,
    matter: matter ? null : duty.matter,
    matter_at: matter?.at ?? null,
    matter_length: matter?.length ?? null,
  };
}

/** The duty a row holds, its sentence cut from its document's paragraph where the row says so. */
export function duty(texts: ParagraphTexts, row: DutyRowFields): Duty {
  const sentence = quotedSentence(texts, row);
  return {
    unit: row.unit,
    ...(row.unit_id ? { unitId: row.unit_id } : {}),
    role: roleOf(row.role),
    matter: textOf(row.matter) ?? sliceCharacters(sentence, row.matter_at ?? 0, row.matter_length ?? 0),
    sentence,
    paragraph: row.paragraph,
  };
}

/** The columns of a document's duty rows, its id given as the first parameter. */
const ownDutyColumns = dutyColumnsWith('?');

/**
 * The duties of one document (by its number, schema step 11) in their order, their sentences cut
 * from `paragraphs` (its paragraph texts, already read); `refuse` throws when they are not
 * `count` rows matching `checksum` (the record's count and the row's duties_checksum).
 */
export function documentDuties(
  sql: Sql,
  document: { id: string; no: number; count: number; checksum: number | null },
  paragraphs: string[],
  refuse: () => never,
): Duty[] {
  const rows = sql(`SELECT ${ownDutyColumns} FROM duties t LEFT JOIN units u ON u.no = t.unit_no WHERE t.document_no = ? ORDER BY t.ordinal`).all(
    document.id,
    document.no,
  ) as DutyRowFields[];
  if (rows.length !== document.count || dutiesChecksum(rows) !== document.checksum) refuse();
  return rows.map((row) => duty(() => paragraphs, row));
}

/**
 * Ids of the documents whose duty rows no longer match their checksum (schema step 12), for
 * `gazette check` and the health probe: what a read of the document would refuse. One pass over
 * the rows, no paragraph decoded. Records written before step 12 hold their duties themselves,
 * under the record's checksum (their duties_checksum is NULL, and so unchecked here).
 */
export function alteredDuties(sql: Sql): string[] {
  const expected = new Map<number, { id: string; checksum: number }>();
  for (const row of sql('SELECT id, no, duties_checksum FROM documents WHERE duties_checksum IS NOT NULL').all() as Array<{ id: string; no: number; duties_checksum: number }>) {
    expected.set(row.no, { id: row.id, checksum: row.duties_checksum });
  }
  const out: string[] = [];
  const seen = new Set<number>();
  let document: number | undefined;
  let rows: DutyRowFields[] = [];
  const settle = () => {
    if (document === undefined) return;
    seen.add(document);
    const want = expected.get(document);
    if (want && dutiesChecksum(rows) !== want.checksum) out.push(want.id);
  };
  const all = sql(
    `SELECT t.document_no, ${dutyColumnsWith("''")}
     FROM duties t LEFT JOIN units u ON u.no = t.unit_no ORDER BY t.document_no, t.ordinal`,
  ).iterate() as Iterable<DutyRowFields & { document_no: number }>;
  for (const row of all) {
    if (row.document_no !== document) {
      settle();
      document = row.document_no;
      rows = [];
    }
    rows.push(row);
  }
  settle();
  // A document whose rows are all gone.
  for (const [no, want] of expected) if (!seen.has(no)) out.push(want.id);
  return out;
}
