/**
 * @module store/sqlite/row-values
 * How small values repeated in hundreds of thousands of rows are written (schema step 11): a
 * duty's role as a number, and a Chinese text as UTF-16 when that is shorter than SQLite's UTF-8
 * (two bytes a Chinese character instead of three; a text mostly of digits and Latin letters
 * stays UTF-8). Both read back as what was written: a text is a string or a UTF-16 blob, a role
 * a number or, for a role this list does not know, its name.
 */
import type { DutyRole } from '../../model';

/** A duty's role by its number in this list. Stored numbers: append, never reorder. */
const DUTY_ROLES: readonly DutyRole[] = ['responsible', 'member', 'lead', 'support', 'interprets', 'office'];

/** The role's number, or its name when the list has none for it. */
export function roleValue(role: DutyRole): number | DutyRole {
  const at = DUTY_ROLES.indexOf(role);
  return at >= 0 ? at : role;
}

/** A role as stored (a number, or a name written before step 11 or unknown to the list). */
export function roleOf(value: number | string): DutyRole {
  return typeof value === 'number' ? DUTY_ROLES[value] : (value as DutyRole);
}

/** `text` as UTF-16 (a blob) when that is shorter than UTF-8, else as it is. */
export function textValue(text: string): string | Buffer {
  return 2 * text.length < Buffer.byteLength(text) ? Buffer.from(text, 'utf16le') : text;
}

/** A text as stored by textValue (or as plain text before step 11). */
export function textOf(value: string | Buffer): string;
export function textOf(value: string | Buffer | null): string | null;
export function textOf(value: string | Buffer | null): string | null {
  return value === null || typeof value === 'string' ? value : value.toString('utf16le');
}

