/**
 * @module domain/validity
 * Whether a document is in force on a given date: 已废止 (repealed by a later document dated on
 * or before that day, or so stated by its metadata), 尚未生效, 已失效 (its validity period has run
 * out, or so stated), or 现行有效.
 */
import type { Validity, ValidityStatus } from '../model';
import { addDays } from './dates';
import { extendedTerm, extensionName, type Extension } from './extension';
import { loadDataJson } from './load-data';

export interface ValidityInput {
  validity: Validity;
  /** The document's own date (成文日期). */
  date?: string;
  /** Documents in the corpus that repeal it. */
  repealedBy?: Array<{ date?: string; docNumber?: string; title?: string }>;
  /** Notices in the corpus that extend its term (关于延长《某办法》有效期的通知), with the day they extend it to. */
  extendedBy?: Extension[];
}

let statedWords: Map<string, NonNullable<Validity['stated']>> | undefined;

/**
 * The status a metadata field's whole value states (有效性：失效 → 已失效, 效力状态：已废止,
 * 时效性：已修改 → 已失效: an amendment replaced that text), from data/validity-phrases.json;
 * undefined for 有效, 部分失效 or a sentence.
 */
export function statedStatus(value: string): Validity['stated'] {
  statedWords ??= new Map(
    Object.entries(loadDataJson<{ stated: Record<NonNullable<Validity['stated']>, string[]> }>('validity-phrases.json').stated).flatMap(
      ([status, words]) => words.map((word) => [word, status as NonNullable<Validity['stated']>] as const),
    ),
  );
  return statedWords.get(value.replace(/[\s\p{P}]/gu, ''));
}

/** Before every date: a status stated of a document with no date holds on any day asked about. */
const EVER = '0001-01-01';
/** After every date: a draft takes effect on none. */
const NEVER = '9999-12-31';
const FULL_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The dates a status stated without its own (有效性：失效, 效力状态：已废止) stands for, so that
 * what filters on dates alone (to-indexable → both search backends) agrees with validityStatus.
 * A page states what holds when it is read, not since when: the status counts from the
 * document's start (生效时间, else its date); a stated 废止时间 (expiresOn, the last day in force)
 * dates a stated repeal to the day after, and a 失效 with a last day needs nothing more.
 *
 * @example statedDates({ stated: '已失效' }, '2019-03-01') // { expiresOn: '2019-02-28' }
 * @example statedDates({ stated: '已废止', expiresOn: '2020-01-23' }) // { repealedOn: '2020-01-24' }
 */
export function statedDates(validity: Validity, date?: string): { effectiveFrom?: string; expiresOn?: string; repealedOn?: string } {
  // A draft (征求意见稿) is in force on no day: it takes effect, if ever, as another document.
  if (validity.stated === '尚未生效') return { effectiveFrom: NEVER };
  const start = validity.effectiveFrom ?? date;
  if (validity.stated === '已废止') {
    return { repealedOn: validity.expiresOn ? addDays(validity.expiresOn, 1) : (start ?? EVER) };
  }
  if (validity.stated === '已失效' && !validity.expiresOn) {
    return { expiresOn: start && FULL_DATE.test(start) ? addDays(start, -1) : EVER };
  }
  return {};
}

/**
 * @example validityStatus({ validity: { effectiveFrom: '2022-08-16', validYears: 3, expiresOn: '2025-08-15' } }, '2026-01-01')
 *   // { status: '已失效', reason: '有效期3年，已于2025-08-15到期' }
 */
export function validityStatus(input: ValidityInput, asOf: string): { status: ValidityStatus; reason: string } {
  const stated = statedDates(input.validity, input.date);
  const repeal = (input.repealedBy ?? [])
    .filter((r) => !r.date || r.date <= asOf)
    .sort((a, b) => (a.date ?? '').localeCompare(b.date ?? ''))[0];
  if (repeal) {
    const by = repeal.docNumber ?? (repeal.title ? `《${repeal.title}》` : '后续文件');
    return { status: '已废止', reason: `已被${by}废止${repeal.date ? `（${repeal.date}）` : ''}` };
  }
  if (stated.repealedOn && stated.repealedOn <= asOf) return { status: '已废止', reason: statedReason(input.validity) };
  const { validYears } = input.validity;
  if (stated.effectiveFrom) return { status: '尚未生效', reason: statedReason(input.validity) };
  const effectiveFrom = input.validity.effectiveFrom;
  if (effectiveFrom && asOf < effectiveFrom) return { status: '尚未生效', reason: `自${effectiveFrom}起施行` };
  if (stated.expiresOn && asOf > stated.expiresOn) return { status: '已失效', reason: statedReason(input.validity) };
  // A notice extending the term (有效期延长至…) moves its last day; the reason names the notice.
  const term = extendedTerm(input.validity.expiresOn, input.extendedBy ?? []);
  const expiresOn = term.expiresOn;
  const own = validYears ? `有效期${validYears}年，` : '';
  const extended = term.by && `${input.validity.expiresOn ? `原有效期至${input.validity.expiresOn}，` : ''}经${extensionName(term.by)}`;
  if (extended && !expiresOn) return { status: '现行有效', reason: `${extended}确认继续有效` };
  if (expiresOn && asOf > expiresOn) {
    return { status: '已失效', reason: extended ? `${extended}延长至${expiresOn}，已于${expiresOn}到期` : `${own}已于${expiresOn}到期` };
  }
  if (expiresOn) return { status: '现行有效', reason: extended ? `${extended}延长有效期至${expiresOn}` : `${own}有效至${expiresOn}` };
  if (effectiveFrom) return { status: '现行有效', reason: `自${effectiveFrom}起施行，未见废止` };
  // What a page's 有效性 says without stating a status (有效, 部分失效) is the reason as it says it.
  if (!input.validity.stated && input.validity.sentence?.startsWith(FIELD_SENTENCE)) return { status: '现行有效', reason: `文件信息载明“${input.validity.sentence}”` };
  return { status: '现行有效', reason: '未见废止或失效的记载' };
}

/** How ingest/stages/read-document.ts fieldValidity quotes a page's 有效性 field. */
const FIELD_SENTENCE = '有效性：';

/** 文件信息载明“有效性：失效”，废止时间2020-01-23; 文件信息载明“废止时间：2020-01-23” */
function statedReason(validity: Validity): string {
  if (validity.stated === '尚未生效') return `${validity.sentence ?? '草案'}：草案，未生效`;
  const said = validity.sentence ? `“${validity.sentence}”` : validity.stated!;
  const dated = validity.expiresOn && !said.includes(validity.expiresOn);
  // 已修改: the text lapsed because an amendment replaced it, not the document's subject.
  const amended = validity.stated === '已失效' && /修改|修订|修正/.test(validity.sentence ?? '') ? '（该文本已被修改，以修改后的文本为准）' : '';
  return `文件信息载明${said}${amended}${dated ? `，${validity.stated === '已废止' ? '废止' : '失效'}时间${validity.expiresOn}` : ''}`;
}
