/**
 * @module domain/validity
 * Whether a document is in force on a given date: 已废止 (repealed by a later document dated on
 * or before that day), 尚未生效, 已失效 (its validity period has run out), or 现行有效.
 */
import type { Validity, ValidityStatus } from '../model';

export interface ValidityInput {
  validity: Validity;
  /** The document's own date (成文日期). */
  date?: string;
  /** Documents in the corpus that repeal it. */
  repealedBy?: Array<{ date?: string; docNumber?: string; title?: string }>;
}

/**
 * @example validityStatus({ validity: { effectiveFrom: '2022-08-16', validYears: 3, expiresOn: '2025-08-15' } }, '2026-01-01')
 *   // { status: '已失效', reason: '有效期3年，已于2025-08-15到期' }
 */
export function validityStatus(input: ValidityInput, asOf: string): { status: ValidityStatus; reason: string } {
  const repeal = (input.repealedBy ?? [])
    .filter((r) => !r.date || r.date <= asOf)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))[0];
  if (repeal) {
    const by = repeal.docNumber ?? (repeal.title ? `《${repeal.title}》` : '后续文件');
    return { status: '已废止', reason: `已被${by}废止${repeal.date ? `（${repeal.date}）` : ''}` };
  }
  const { effectiveFrom, expiresOn, validYears } = input.validity;
  if (effectiveFrom && asOf < effectiveFrom) return { status: '尚未生效', reason: `自${effectiveFrom}起施行` };
  if (expiresOn && asOf > expiresOn) {
    return { status: '已失效', reason: `${validYears ? `有效期${validYears}年，` : ''}已于${expiresOn}到期` };
  }
  if (expiresOn) return { status: '现行有效', reason: `${validYears ? `有效期${validYears}年，` : ''}有效至${expiresOn}` };
  if (effectiveFrom) return { status: '现行有效', reason: `自${effectiveFrom}起施行，未见废止` };
  return { status: '现行有效', reason: '未见废止或失效的记载' };
}
