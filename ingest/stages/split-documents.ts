/**
 * @module ingest/stages/split-documents
 * Document boundaries in a gazette issue. A document starts with its head, in any of the orders
 * gazettes print it:
 * - title block (issuing body + 关于…的通知, on one to three lines), then its number
 *   (稷政办发〔2022〕31号);
 * - its number (under a red-head line such as 青河市人民政府文件), then the title block, then the
 *   recipients line ending in ：;
 * - for documents without a number, the title block followed by the recipients line.
 * Parts of an issue that are not documents — 政策解读 articles, 大事记, 人事任免 lists — start a
 * section piece where a line names one (data/gazette-layout.json) right after a document has
 * ended. Each part ends where the next one starts.
 */
import { parseChineseDate } from '../../src/domain/dates';
import { parseDocNumber } from '../../src/domain/doc-number';
import { bracketedSection, isRedHead, isSectionHeading, loadGazetteLayout, sectionType } from '../../src/domain/gazette-layout';
import { isIssuerName, publicityNote, titleTypeWord } from '../../src/domain/grammar';
import type { Paragraph } from '../../src/model';
import { compact } from '../../src/text/normalize';
import { isHeading, isPageNumberLine } from './repair-paragraphs';
import { recipientsOf } from './read-text-header';

export interface DocumentBlock {
  /** Paragraph index of the first paragraph of the head (title, or number printed above it). */
  start: number;
  /** Paragraph index of the document number, when there is one. */
  numberAt?: number;
  /** The title's paragraphs [titleStart, titleEnd), when they are not [start, numberAt). */
  titleStart?: number;
  titleEnd?: number;
  /** For a section piece that is not a 公文 (解读, 大事记, 人事任免): its type. */
  section?: string;
  /** Paragraph index after the last paragraph. */
  end: number;
}

type Start = Omit<DocumentBlock, 'end'>;

const SENTENCE = /[，。；,;：:！？]/;
/** A recipients line (主送机关) ends with a colon and is not a sentence. */
const RECIPIENTS = /[：:]$/;

/** A 目录 entry: dot leaders, then its page (…的通知……………10). */
const CONTENTS_ENTRY = /[.…·．]{2,}\s*\d{1,4}$/;

/** A line that can be part of a title: short, no sentence, and none of the head's other lines (number, red head, page). */
function isTitlePart(text: string): boolean {
  const t = compact(text);
  return (
    t.length > 0 &&
    t.length <= 90 &&
    !SENTENCE.test(t) &&
    !isHeading(t) &&
    !publicityNote(t) &&
    parseDocNumber(t) === undefined &&
    !isRedHead(t) &&
    !isPageNumberLine(t) &&
    !CONTENTS_ENTRY.test(t)
  );
}

/** The 主送机关 line (各乡镇人民政府，县直各部门：), not a sentence announcing what follows (会议纪要如下：). */
function isRecipients(text: string | undefined): boolean {
  const t = text === undefined ? '' : compact(text);
  return t.length > 1 && t.length <= 150 && RECIPIENTS.test(t) && recipientsOf(t) !== undefined;
}

/** The paragraphs before `at` that form the title: the shortest run that holds 关于 or opens with an issuer. */
function titleBefore(paragraphs: Paragraph[], at: number, floor: number): number | undefined {
  const parts: number[] = [];
  for (let i = at - 1; i >= floor && parts.length < 3; i--) {
    if (!isTitlePart(paragraphs[i].text)) break;
    parts.unshift(i);
  }
  if (parts.length === 0) return undefined;
  for (let k = parts.length - 1; k >= 0; k--) {
    const text = compact(parts.slice(k).map((i) => paragraphs[i].text).join(''));
    // An organ's line alone above the number is a head's first line, not a title: the title
    // follows the number (某县人民政府 / 某府字〔2020〕5号 / 某县人民政府关于…的批复).
    const organOnly = !text.includes('关于') && !titleTypeWord(text);
    if (text.includes('关于') || (isIssuerName(paragraphs[parts[k]].text) && !organOnly)) {
      // Take in an issuer line standing just before a 关于… line.
      if (k > 0 && isIssuerName(paragraphs[parts[k - 1]].text) && !isIssuerName(paragraphs[parts[k]].text)) return parts[k - 1];
      return parts[k];
    }
  }
  return titleTypeWord(paragraphs[parts[parts.length - 1]].text) ? parts[parts.length - 1] : undefined;
}

function titleBeforeHoldsAbout(paragraphs: Paragraph[], at: number, floor: number): boolean {
  const start = titleBefore(paragraphs, at, floor);
  return start !== undefined && paragraphs.slice(start, at).some((p) => p.text.includes('关于'));
}

/**
 * The title printed after a number (青政发〔2023〕9号 / 青河市人民政府 / 关于…的通知 / 各县…：): one to
 * three title parts that end with a 文种 word and are followed by the recipients line or the body.
 * Returns the paragraph after the title, or undefined.
 */
function titleAfter(paragraphs: Paragraph[], at: number): number | undefined {
  let text = '';
  for (let i = at + 1; i < paragraphs.length && i <= at + 3; i++) {
    if (!isTitlePart(paragraphs[i].text)) return undefined;
    text += compact(paragraphs[i].text);
    if (titleTypeWord(text) && (text.includes('关于') || isRecipients(paragraphs[i + 1]?.text))) return i + 1;
  }
  return undefined;
}

/** A paragraph that closes a document: its date, publicity note, or a line of its 版记. */
function closesDocument(text: string | undefined): boolean {
  if (text === undefined) return true;
  const t = compact(text);
  return (
    parseChineseDate(t) !== undefined ||
    publicityNote(t) !== undefined ||
    /印发$/.test(t) ||
    loadGazetteLayout().signOffPrefixes.some((p) => t.startsWith(p))
  );
}

/**
 * A line that is a 文种 word alone (公告, 通 告), standing after a complete 落款 — issuer, then
 * date — and before a body sentence: a county's page that posts two notices one under the other
 * heads the second by its kind only. A kind word anywhere else is a heading inside a document.
 */
function isBareKindHead(paragraphs: Paragraph[], i: number): boolean {
  const t = compact(paragraphs[i].text);
  if (t.length > 4 || titleTypeWord(t) !== t || i < 2) return false;
  const body = paragraphs[i + 1] === undefined ? '' : compact(paragraphs[i + 1].text);
  return parseChineseDate(compact(paragraphs[i - 1].text)) !== undefined && isIssuerName(paragraphs[i - 2].text) && SENTENCE.test(body) && body.length >= 12;
}

export interface SplitOptions {
  /** Titles the 目录 lists (compacted): a section piece it lists starts wherever it stands. */
  contentsTitles?: ReadonlySet<string>;
}

/**
 * @example splitDocuments(paragraphs) // [{ start: 12, numberAt: 13, end: 20 }, …]
 */
export function splitDocuments(paragraphs: Paragraph[], options: SplitOptions = {}): DocumentBlock[] {
  const starts: Start[] = [];
  let floor = 0;
  for (let i = 0; i < paragraphs.length; i++) {
    const text = compact(paragraphs[i].text);
    const number = parseDocNumber(text);
    if (number) {
      // A decree (河川省人民政府令第215号) heads the rules it promulgates: its title comes after.
      if (number.kind === 'decree' && !titleBeforeHoldsAbout(paragraphs, i, floor)) {
        starts.push({ start: i, numberAt: i, titleStart: i, titleEnd: i });
        floor = i + 1;
        continue;
      }
      // A title after the number, closed by the recipients or the body, makes the number the head's
      // first line: what stands above it is the 目录's last entry or the previous document's end.
      const after = titleAfter(paragraphs, i);
      const before = after === undefined ? titleBefore(paragraphs, i, floor) : undefined;
      if (before !== undefined) {
        starts.push({ start: before, numberAt: i });
        floor = i + 1;
      } else if (after !== undefined) {
        // A red head or an organ's line above the number opens the head.
        const above = i - 1 >= floor ? paragraphs[i - 1].text : undefined;
        const redHead = above !== undefined && (isRedHead(above) || isIssuerName(above)) ? i - 1 : i;
        starts.push({ start: redHead, numberAt: i, titleStart: i + 1, titleEnd: after });
        floor = after;
        i = after - 1;
      }
      continue;
    }
    if (i < floor) continue;
    // A document without a number: 关于…的通知 followed by the recipients line.
    // The title may wrap (某县人民政府关于认真做好 / 2019年禁牧休牧工作的通告): 关于 is read in the whole block.
    const next = paragraphs[i + 1]?.text;
    if (isRecipients(next) && titleTypeWord(text) && isTitlePart(text)) {
      const start = titleBefore(paragraphs, i + 1, floor) ?? i;
      if (paragraphs.slice(start, i + 1).some((p) => p.text.includes('关于'))) {
        starts.push({ start, titleStart: start, titleEnd: i + 1 });
        floor = i + 1;
        continue;
      }
    }
    // A second notice on the page headed by its kind alone (公告), right after the first one's 落款.
    if (starts.length > 0 && isBareKindHead(paragraphs, i)) {
      starts.push({ start: i, titleStart: i, titleEnd: i + 1 });
      floor = i + 1;
      continue;
    }
    // A section piece (政策解读, 大事记 …) right after a document has closed, or listed in the 目录.
    const section = sectionType(text);
    const listed = options.contentsTitles?.has(text) ?? false;
    // Not before the first document: there the title is the 目录's own entry.
    if (section && starts.length > 0 && !isRecipients(next) && (listed || closesDocument(paragraphs[i - 1]?.text))) {
      starts.push({ start: i, titleStart: i, titleEnd: i + 1, section });
      floor = i + 1;
    }
  }
  return starts.map((s, k) => ({ ...s, end: k + 1 < starts.length ? endBeforeSectionHeadings(paragraphs, s, starts[k + 1].start) : paragraphs.length }));
}

/**
 * Where a part ends before the next one starts: the section headings printed between them
 * (【市政府办公室文件】, 行政公署办公室文件) head the next part's section, not this part's text.
 * A heading in brackets is one wherever it stands; one without brackets only after the part
 * has closed (its date, its 版记), since a body's last line may end with 文件 too.
 */
function endBeforeSectionHeadings(paragraphs: Paragraph[], part: Start, next: number): number {
  const firstOfBody = Math.max(part.start, part.numberAt ?? part.start, part.titleEnd ?? part.start) + 1;
  let end = next;
  while (end - 1 >= firstOfBody && isSectionHeading(paragraphs[end - 1].text)) end--;
  const bracketedOnly = paragraphs.slice(end, next).every((p) => bracketedSection(p.text) !== undefined);
  return end === next || bracketedOnly || closesDocument(paragraphs[end - 1]?.text) ? end : next;
}
