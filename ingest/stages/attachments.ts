/**
 * @module ingest/stages/attachments
 * The attachments a document prints after its body (附件：1．某审批表 / 2．某通知书), read from its
 * paragraphs, whether they come from a gazette's block or a single page; and how a page's links to
 * attachment files join them.
 */
import type { Attachment } from '../../src/model';
import { compact } from '../../src/text/normalize';

const ATTACHMENT_HEAD = /^附\s*件\s*[：:]?\s*(.*)$/;
/** The list's head: 附件 and a colon (附件 alone heads an attachment's own text, not the list). */
const LIST_HEAD = /^附\s*件\s*[：:]/;
const NUMBERED = /^(\d{1,2})\s*[.．、]\s*(.+)$/;

/** Where the list of attachments starts among the texts: the first 附件： paragraph, or -1. */
export function attachmentListAt(texts: readonly string[]): number {
  return texts.findIndex((t) => LIST_HEAD.test(compact(t)));
}

/** An item labelled by its own 附件 and number (附件2 2026年某计划.xls): read before the spaces go. */
const LABELLED = /^附\s*件\s*(\d{1,2})\s*[：:．.、]?\s*(.+)$/;
/** A file's extension a page prints with the name it links (某计划表.xls). */
const FILE_EXTENSION = /\.(?:docx?|wps|pdf|xlsx?|et|ofd|zip|rar)$/i;

/** One item: its number, if printed, and its title without what the list or the page put around it (；, 《》, .xls, (点击下载)). */
function itemOf(text: string): Attachment | undefined {
  const t = text.trim();
  const m = t.match(LABELLED) ?? compact(t).match(NUMBERED);
  const title = compact(m ? m[2] : t)
    .replace(/[；;。，,]+$/, '')
    .replace(/[（(]点击(?:下载|查看)[）)]$/, '')
    .replace(FILE_EXTENSION, '')
    .replace(/^《([^《》]+)》$/, '$1');
  if (!title) return undefined;
  return m ? { index: Number(m[1]), title } : { title };
}

/** 附件：1. 评分标准 / 2. 评分表 (or 附件：附件1 评分标准 / 附件2 评分表) → attachments, reading on while items are numbered. */
export function readAttachments(texts: readonly string[], from: number): Attachment[] {
  const head = (texts[from] ?? '').trim().match(ATTACHMENT_HEAD);
  if (!head) return [];
  const list: Attachment[] = [];
  const first = itemOf(head[1]);
  if (first) list.push(first);
  for (let i = from + 1; i < texts.length && list[0]?.index !== undefined; i++) {
    const item = texts[i].trim().match(LABELLED) || NUMBERED.test(compact(texts[i])) ? itemOf(texts[i]) : undefined;
    if (item) {
      list.push(item);
      continue;
    }
    // A long title the page wrapped (1.某区工作联席会 / 议成员单位工作任务清单 / 2.…): the line
    // between two numbered items is the end of the first, not the list's end.
    const last = list[list.length - 1];
    const next = itemOf(texts[i + 1] ?? '');
    if (!isWrappedEnd(texts[i]) || !last.index || next?.index !== last.index + 1) break;
    last.title += compact(texts[i]).replace(/[；;。，,]+$/, '');
  }
  return list;
}

/** A title's wrapped end: short, no sentence in it, no organ's name (某局 signing under the list). */
function isWrappedEnd(text: string): boolean {
  const t = compact(text);
  return t.length >= 2 && t.length <= 30 && !/[，,。：:！？]/.test(t.slice(0, -1)) && !ORGAN_END.test(t);
}
const ORGAN_END = /(?:局|委|办|厅|部|署|院|政府|办公室|办事处|委员会|中心)$/;

/**
 * The list without the 落款 a page run into one line glued to its last item (某预案温州市某镇人民政府,
 * 名单.docx教育部): an organ that signs the document is none of an attachment's title.
 */
export function withoutOrgans(list: Attachment[], organs: readonly string[]): Attachment[] {
  const names = organs.map((o) => compact(o)).filter(Boolean);
  return list.map((a) => {
    const organ = names.find((o) => a.title.length > o.length + 2 && a.title.endsWith(o));
    return organ ? { ...a, title: a.title.slice(0, -organ.length).replace(FILE_EXTENSION, '') } : a;
  });
}

/** A link's words as an item's title (附件1 某审批表.docx → 某审批表). */
function linkKey(title: string): string {
  return itemOf(title)?.title ?? '';
}

/**
 * The printed list with the page's links: a printed attachment takes the link that names it, and a
 * link naming none of them is listed after them (a page that links its forms and prints no list).
 */
export function withLinks(printed: Attachment[], links: readonly Attachment[]): Attachment[] {
  if (links.length === 0) return printed;
  const out = printed.map((a) => ({ ...a }));
  const rest: Attachment[] = [];
  for (const link of links) {
    const key = linkKey(link.title);
    const match = key.length >= 2 ? out.find((a) => !a.href && (compact(a.title) === key || compact(a.title).includes(key) || key.includes(compact(a.title)))) : undefined;
    if (match && link.href) match.href = link.href;
    else if (!match) rest.push(link);
  }
  return [...out, ...rest];
}
