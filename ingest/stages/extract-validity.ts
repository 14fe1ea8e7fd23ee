/**
 * @module ingest/stages/extract-validity
 * When a document takes effect and for how long: 自2022年8月16日起实施, 从2019年7月1日起执行,
 * 202271日开始执行 / 自印发之日起施行, 自即日起启用 (→ the document's date), 有效期3年
 * (→ expiry date), and a temporary measure's window (禁燃禁放时间2023年2月6日起至4月30日止: in
 * force to its last day — a 封山令 of 2022 is not a document in force today; the window's forms in measure-window.ts). An explicit date wins over 自印发之日起, since
 * the instrument's own clause is more specific than the notice's.
 */
import { addDays, addYears, chineseNumber, findDates } from '../../src/domain/dates';
import { titleTypeWord } from '../../src/domain/grammar';
import { loadDataJson } from '../../src/domain/load-data';
import type { GazetteDocument, Validity } from '../../src/model';
import { toSimplified } from '../../src/text/fold-script';
import { compact, foldWidth } from '../../src/text/normalize';
import { splitSentences } from './extract-references';
import { isInterpretationTitle } from './interpretation';
import { extendedWindow, measureWindows, REFERS_ABOVE, windowFromIssue, withYear, type Span } from './measure-window';

interface ValidityPhrases {
  verbs: string[];
  /** Words before a date that say from when (自, 从, 于). */
  openers: string[];
  issueEvents: string[];
  /** Issue events that are the page's publication (发布, 公布): their day is its 发布日期 where the page gives one. */
  publishEvents: string[];
  /** The day of issue named without an event (即日). */
  sameDay: string[];
  /** Words before an issue event and a verb that take effect on the day of issue (现予发布施行). */
  issuedNow: string[];
  validFor: string[];
  /** Words naming its own term from one day to another (执行期限自…起至…). */
  termWords?: string[];
  /** Words of a temporary measure (禁燃, 封山, 严禁 …): a span of days beside one is its window. */
  measureWords: string[];
  /** What a draft's title says it is (征求意见稿, 草案): in force on no day. */
  draftMarks: string[];
  /** What a document calls itself after 本 (本办法, 本方案): its 有效期 is the document's. */
  selfNouns: string[];
}

/**
 * @example createExtractValidity()(doc).validity // { effectiveFrom: '2022-08-16', validYears: 3, expiresOn: '2025-08-15', sentence: '…' }
 */
export function createExtractValidity(
  phrases: ValidityPhrases = loadDataJson<ValidityPhrases>('validity-phrases.json'),
): (doc: GazetteDocument) => GazetteDocument {
  const verbs = phrases.verbs.join('|');
  // What follows a date it takes effect on: 起 and/or 开始, then the verb — not one with 的 after
  // it, which names another document (2021年3月1日起施行的《条例》).
  const afterDate = new RegExp(`^(起)?(?:正式)?(开始)?(?:${verbs})(?!的)`);
  // A sentence naming no verb cannot say a date it takes effect on: its dates are not looked for.
  const anyVerb = new RegExp(`(?:${verbs})`);
  const openedBy = new RegExp(`(?:${phrases.openers.join('|')})$`);
  // …自印发之日起施行, 自即日起启用, or a 令's 现予发布施行 (issued and in force at once).
  const fromIssue = new RegExp(
    `(?:自(?:${phrases.issueEvents.join('|')})之日|(?:${phrases.openers.join('|')})(?:${phrases.sameDay.join('|')}))起(?:正式)?(?:${verbs})|(?:${phrases.issuedNow.join('|')})(?:${phrases.issueEvents.join('|')})(?:${verbs})`,
  );
  // A 有效期 of the document itself: opening its sentence (有效期5年。 二、有效期…), right after 本办法
  // (本办法有效期5年), or after its own effect clause (本办法自印发之日起施行，有效期5年) — never a
  // thing's (兽药生产许可证有效期为5年, 回乡证由持证人保存，有效期十年, 有效期3年的证件).
  const numbering = '(?:第[一二三四五六七八九十百零〇\\d]+条|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十\\d]+[）)]|\\d+[.、．])?';
  const self = `本[^，,。；;]{0,8}?(?:${phrases.selfNouns.join('|')})`;
  const own = `^${numbering}(?:(?:${self})(?:的)?|${self}[^。；;]*?(?:${verbs})[，,])?`;
  const validFor = new RegExp(`${own}(?:${phrases.validFor.join('|')})(?:为)?(\\d{1,2}|[一二三四五六七八九十两]{1,3})(?:个)?年(?!的)`);
  const validUntil = new RegExp(`${own}(?:${phrases.validFor.join('|')})(?:至|到)(.{6,20}?日)(?!的)`);
  // Its verb or 有效 carried to a last day right after its own effect clause or opening its
  // sentence (本通知自印发之日起施行，执行至2025年12月31日; 本通知有效至…) — never a measure's
  // (该项补贴执行至2025年12月31日 names no document before it).
  const runsUntil = new RegExp(`${own}(?:${verbs}|有效)(?:至|到)(\\d{4}年\\d{1,2}月\\d{1,2}日)(?:止)?(?!的)`);
  // In force a number of days after issue (自印发之日起30日后施行, 自公布之日起三十日后施行).
  const daysAfterIssue = new RegExp(
    `自(?:${phrases.issueEvents.join('|')})之日起(\\d{1,3}|[一二三四五六七八九十百]{1,4})(?:个)?(?:日|天)(?:后|以后|之后)(?:起)?(?:正式)?(?:${verbs})`,
  );
  // Its own term from one day to another: 本公告执行期限自2023年1月1日起至2027年12月31日, or the
  // verb between the two (本通知自2023年1月1日起执行至2025年12月31日).
  const day = '(\\d{4}年\\d{1,2}月\\d{1,2}日)';
  const term = new RegExp(
    `${own}(?:(?:${(phrases.termWords ?? []).join('|')})(?:为)?(?:自|从)?${day}(?:起)?|(?:自|从)${day}起(?:${verbs}))(?:至|到)((?:\\d{4}年)?\\d{1,2}月\\d{1,2}日)`,
  );

  const fromPublication = new RegExp(`自(?:${phrases.publishEvents.join('|')})之日起`);

  // 自公告之日起至10月31日18时一律不得进入, 自本通告发布之日起至2022年5月31日: a measure from the day of issue to a day (its year may be left out).
  const fromIssueUntil = new RegExp(`自(?:本[^，,。；;]{0,6}?)?(?:${phrases.issueEvents.join('|')})之日起(?:至|到)(?:(\\d{4})年)?(\\d{1,2})月(\\d{1,2})日`);

  return (doc) => {
    // An interpretation or a drafting note (关于《某决定》的解读, 起草说明) takes no effect itself:
    // the days it quotes (《决定》自发布之日起施行, 有效期5年) are those of the document it explains.
    // The explained title may follow its word instead (文字解读《某县人民政府关于…的通知》).
    if (isInterpretationTitle(doc.title)) return { ...doc, validity: {} };
    let explicit: { date: string; sentence: string } | undefined;
    let onIssue: string | undefined;
    let delay: { days: number; sentence: string } | undefined;
    let years: { n: number; sentence: string } | undefined;
    let until: { date: string; sentence: string } | undefined;
    let window: { from: string; until: string; sentence: string } | undefined;
    let heading = '';
    let pending: Span[] = [];
    // The year a window printed without one falls in: the title's (2019年禁牧休牧工作的通告), else the document's.
    const year = doc.title.match(/((?:19|20)\d{2})年/)?.[1] ?? doc.date?.slice(0, 4);
    for (const paragraph of doc.paragraphs) {
      for (const raw of splitSentences(paragraph.text)) {
        // A page in traditional script (自發布之日起施行，有效期五年) says the same: read folded to simplified.
        const s = foldWidth(compact(toSimplified(raw)));
        if (!explicit) {
          const date = anyVerb.test(s) ? effectiveDate(s, afterDate, openedBy) : undefined;
          if (date) explicit = { date, sentence: raw };
        }
        if (!onIssue && fromIssue.test(s)) onIssue = raw;
        const later = !delay && !onIssue ? s.match(daysAfterIssue) : null;
        const days = later ? chineseNumber(later[1]) : undefined;
        if (days) delay = { days, sentence: raw };
        const y = s.match(validFor);
        if (y && !years) {
          const n = chineseNumber(y[1]);
          if (n) years = { n, sentence: raw };
        }
        // The window may stand under its heading (二、禁燃禁放时间 / 2023年2月6日起至4月30日止。).
        // A sentence with no digit and no 日 or 号 names no day (most of a law's): no window to look for.
        const { windows, bare } = MAY_NAME_DAY.test(s) ? measureWindows(withYear(s, year), heading, phrases.measureWords) : NO_WINDOWS;
        const spans: Span[] = [...windows];
        // Items standing bare ((一)2月9日20时至次日凌晨1时；…) are the measure's once the next sentence names it for 上述时间.
        if (pending.length && !bare.length && REFERS_ABOVE.test(s) && phrases.measureWords.some((w) => s.includes(w))) spans.push(...pending);
        pending = bare.length ? [...pending, ...bare] : [];
        const issued = windowFromIssue(s, doc.date, fromIssueUntil, phrases.measureWords) ?? extendedWindow(s, doc.date, phrases.measureWords);
        if (!windows.length && issued) spans.push(issued);
        // Several windows (春节, 清明): in force from the first day of any to the last of all.
        for (const span of spans) {
          window = window ? { from: min(window.from, span.from), until: max(window.until, span.until), sentence: window.sentence } : { from: span.from, until: span.until, sentence: raw };
        }
        const t = !until ? s.match(term) : null;
        const termFrom = t ? findDates(t[1] ?? t[2])[0]?.iso : undefined;
        const termUntil = termFrom ? findDates(/年/.test(t![3]) ? t![3] : `${termFrom.slice(0, 4)}年${t![3]}`)[0]?.iso : undefined;
        if (termFrom && termUntil && termUntil >= termFrom) {
          until = { date: termUntil, sentence: raw };
          explicit ??= { date: termFrom, sentence: raw };
        }
        const u = s.match(validUntil) ?? s.match(runsUntil);
        if (u && !until) {
          const date = findDates(u[1])[0]?.iso;
          if (date) until = { date, sentence: raw };
        }
      }
      const text = compact(paragraph.text);
      heading = text.length <= 20 && !/[。；;，,]/.test(text) ? text : '';
    }
    // 自发布之日起执行 on a page that gives its 发布日期 apart from the 成文日期 takes effect that day.
    const issue = onIssue ?? delay?.sentence;
    const issuedOn = issue && doc.publishedOn && fromPublication.test(foldWidth(compact(issue))) ? doc.publishedOn : doc.date;
    const delayed = delay && issuedOn && /^\d{4}-\d{2}-\d{2}$/.test(issuedOn) ? addDays(issuedOn, delay.days) : undefined;
    const effectiveFrom = explicit?.date ?? (onIssue ? issuedOn : delayed) ?? window?.from;
    const validity: Validity = {};
    if (effectiveFrom) validity.effectiveFrom = effectiveFrom;
    if (years) validity.validYears = years.n;
    const start = effectiveFrom ?? doc.date;
    if (until) validity.expiresOn = until.date;
    else if (years && start) validity.expiresOn = addDays(addYears(start, years.n), -1);
    else if (window) validity.expiresOn = window.until;
    // Nothing in the text ends it: the period its name gives (某实施方案（2023—2025年）) does.
    const period = until || years || window ? undefined : titlePeriod(doc.title);
    if (period) validity.expiresOn = period.until;
    // A notice extending the term of the document its own title names (关于延长《某办法》有效期的
    // 通知) is in force for that term: the day it extends to, not the old term (有效期至2020年7月10日止)
    // of the text it may print after it.
    const extension = ownExtension(doc);
    if (extension) {
      validity.expiresOn = extension.until;
      delete validity.validYears;
    }
    const termSentence = extension?.sentence ?? years?.sentence ?? until?.sentence ?? window?.sentence ?? period?.name;
    const sentence = [explicit?.sentence ?? onIssue ?? (delayed ? delay?.sentence : undefined), termSentence].filter(Boolean);
    if (sentence.length) validity.sentence = [...new Set(sentence)].join(' ');
    // A draft (…办法（征求意见稿）) is in force on no day, whatever its text says it will do; a
    // title that only names one (关于《某条例（草案）》的说明) is none.
    const draft = draftMark(doc.title, phrases.draftMarks);
    if (draft) {
      validity.stated = '尚未生效';
      validity.sentence = draft;
    }
    return { ...doc, validity };
  };
}

/** The extension of the document a notice's own title names in 《》, with its day (references come first). */
function ownExtension(doc: GazetteDocument): { until: string; sentence: string } | undefined {
  const named = new Set([...doc.title.matchAll(/《([^》]+)》/g)].map((m) => compact(m[1])));
  const ref = doc.references.find((r) => r.relation === 'extends' && r.until && r.title && named.has(compact(r.title)));
  return ref && { until: ref.until!, sentence: ref.sentence };
}

/**
 * The draft mark a title ends with: nothing but brackets or more of the draft's name follows the
 * last one (某办法（征求意见稿）, 某条例（草案修改稿）) — not one a notice about the draft goes on
 * after, with 的 or its own 文种 (关于某办法草案征求意见稿公开征求意见的公告, 关于某条例（草案）的说明,
 * 某办法征求意见稿意见反馈函), nor one inside 《》.
 */
function draftMark(title: string, marks: string[]): string | undefined {
  const outside = compact(title).replace(/《[^》]*》/g, '');
  let last: { mark: string; end: number } | undefined;
  for (const mark of marks) {
    const at = outside.lastIndexOf(mark);
    if (at >= 0 && (!last || at + mark.length > last.end)) last = { mark, end: at + mark.length };
  }
  if (!last) return undefined;
  const tail = outside.slice(last.end);
  return tail.includes('的') || titleTypeWord(tail) ? undefined : last.mark;
}

/** A period closing a name in brackets: （2023—2025年）, (2021-2035年). */
const NAME_PERIOD = /[（(](?:19|20)\d{2}\s*[—–\-－~至到]{1,2}\s*((?:19|20)\d{2})\s*(?:年度|年)?[)）]$/;

/**
 * The period the document's own name gives: its title's, or the instrument's it issues
 * (关于印发《某实施方案（2023—2025年）》的通知) — in force to the last day of its last year, as a
 * cleanup declares such a document lapsed once 适用期已过. Never a period of a document it
 * implements or names (关于贯彻落实《某规划（2021—2025年）》的意见), nor a single year (2023年度).
 */
function titlePeriod(title: string): { until: string; name: string } | undefined {
  const t = compact(title);
  const issued = t.match(/(?:印发|颁发|发布|下发)《([^《》]+)》的?(?:通知|公告|通告)$/)?.[1];
  const name = issued ?? (t.includes('《') ? undefined : t);
  const end = name?.match(NAME_PERIOD)?.[1];
  return end ? { until: `${end}-12-31`, name } : undefined;
}

/** The first date of a sentence followed by 起/开始 and a verb, or opened by 自/从/于 and followed by one. */
function effectiveDate(sentence: string, afterDate: RegExp, openedBy: RegExp): string | undefined {
  for (const found of findDates(sentence)) {
    const after = sentence.slice(found.index + found.length).match(afterDate);
    if (!after) continue;
    if (after[1] || after[2] || openedBy.test(sentence.slice(0, found.index))) return found.iso;
  }
  return undefined;
}

/** What every day a window names holds: a digit, or 日/号 after a Chinese numeral (十月一日). */
const MAY_NAME_DAY = /[\d０-９日号]/;
const NO_WINDOWS: ReturnType<typeof measureWindows> = { windows: [], bare: [] };

const min = (a: string, b: string) => (a < b ? a : b);
const max = (a: string, b: string) => (a > b ? a : b);
