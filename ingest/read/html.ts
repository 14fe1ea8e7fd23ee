/**
 * @module ingest/read/html
 * Reads gazette web pages with cheerio. Two kinds: a single 政府信息公开 document page
 * (metadata table such as 索引号/发文机关/成文日期/标题/发文字号, then the body) becomes one
 * ready document; a whole gazette issue published as one page becomes lines for the pipeline.
 * Navigation, scripts, styles, share and QR widgets are dropped; attachment links are kept.
 */
import * as cheerio from 'cheerio';
import type { AnyNode, Element } from 'domhandler';
import type { Attachment, DocumentFields, Message, ReadResult, Source } from '../../src/model';
import { titleTypeWord } from '../../src/domain/grammar';
import { compact, removeCjkSpaces } from '../../src/text/normalize';
import pageGrammar from '../../data/html-page.json';
import { fileError } from './file-error';
import { isDataCell, isDataTable, tableRowLines } from './html-table';
import { textToSourceText } from './text';

type Field = keyof DocumentFields;

/** Label (whitespace removed) → field, e.g. '发文字号' → 'docNumber'. */
const LABELS = new Map<string, Field>(
  Object.entries(pageGrammar.labels).flatMap(([field, labels]) => labels.map((l) => [l, field as Field] as const)),
);
const LABEL_PATTERN = new RegExp(`^(${[...LABELS.keys()].sort((a, b) => b.length - a.length).join('|')})[:：]?(.*)$`);
const ATTACHMENT_HREF = new RegExp(`\\.(${pageGrammar.attachmentExtensions.join('|')})(?:[?#].*)?$`, 'i');
const BLOCK = new Set([
  'p', 'div', 'br', 'li', 'tr', 'table', 'tbody', 'thead', 'ul', 'ol', 'dl', 'dt', 'dd', 'section', 'article',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote', 'pre', 'center', 'hr', 'form', 'main', 'aside',
]);
/** Lines of page furniture inside the article area: "来源：… 发布时间：… 浏览次数：…", font-size switches. */
const PAGE_INFO = new RegExp(pageGrammar.pageInfoLines.join('|'));

/**
 * Reads decoded HTML into the body's lines, with the page's metadata table as fields and its
 * attachment links. Whether the page is one document or a whole gazette issue is the
 * pipeline's call.
 *
 * @example
 * readHtml(html, source) // gov.cn 062 page → { kind: 'text', text: { lines: [{ text: '国务院办公厅关于…' }, …],
 * //   fields: { docNumber: '国办发〔2019〕6号', issuingBody: '国务院办公厅', date: '2019年01月22日', … } } }
 */
export function readHtml(html: string, source: Source): ReadResult {
  const $ = cheerio.load(html);
  const messages: Message[] = [];
  $('*').contents().filter((_, node) => node.type === 'comment').remove();
  for (const selector of pageGrammar.noiseSelectors) $(selector).remove();

  const { fields, containers } = readMetadata($);
  const content = findContent($, containers);
  const lines = blockLines($, content).filter((line) => !(PAGE_INFO.test(line) && line.length < 120));
  if (compact(lines.join('')).length < 10) {
    throw fileError('BAD_INPUT_FILE', source.path, '网页中没有找到正文内容', 'no document text found in the HTML page');
  }

  const pageTitle = $('title').first().text().split(/[_|－-]/)[0]?.trim();
  // A page holding one data table titled by its caption (石城县…考核细则) under a column's name (乡镇考核依据).
  const caption = tidy(content.find('table > caption').first().text());
  if (!fields.title && titleTypeWord(compact(caption)) && !titleTypeWord(compact(pageTitle ?? ''))) fields.title = caption;
  if (!fields.title && pageTitle && lines.slice(0, 4).some((l) => compact(pageTitle).startsWith(compact(l)))) fields.title = pageTitle;
  Object.assign(fields, headlineFields(tidy($('meta[name="ArticleTitle" i]').attr('content') ?? '') || pageTitle || '', fields));
  const text = textToSourceText(lines.join('\n'), source);
  const attachments = readAttachments($, content);
  return {
    kind: 'text',
    text: {
      ...text,
      messages: [...text.messages, ...messages],
      ...(Object.keys(fields).length > 0 ? { fields } : {}),
      ...(attachments.length > 0 ? { attachments } : {}),
    },
  };
}

/** A status a site marks its headline with: …的通知（已废止）. */
const STATUS_MARK = /[（(【\[]\s*(已废止|已失效|失效|废止|已修改|已修订)\s*[)）】\]]$/;

/**
 * The page's headline, and the status its site marks it with (…的通知（已废止）) as the page's
 * 有效性 where no field states one. Nothing when the headline is no document's title (a
 * column's name: 区管委会文件).
 */
function headlineFields(text: string, fields: DocumentFields): Pick<DocumentFields, 'headline' | 'validity'> {
  const mark = STATUS_MARK.exec(text);
  const headline = (mark ? text.slice(0, mark.index) : text).trim();
  if (!titleTypeWord(compact(headline))) return {};
  return { headline, ...(mark && !fields.validity ? { validity: mark[1] } : {}) };
}

/**
 * Finds label cells (发文字号：) and their values: the next cell, the rest of the same element
 * after the colon, or the next sibling of the element the label sits in.
 */
function readMetadata($: cheerio.CheerioAPI): { fields: DocumentFields; containers: Element[] } {
  const fields: DocumentFields = {};
  const containers: Element[] = [];
  // The block holding the label list: the nearest ancestor with two labels or more and little else.
  const holderOf = (node: cheerio.Cheerio<Element>) => {
    for (let up = node.parent(); up.length && up.get(0)!.type === 'tag'; up = up.parent()) {
      if (compact(up.text()).length > 800) return;
      if (countLabels($, up as cheerio.Cheerio<Element>) >= 2) {
        if (!containers.includes(up.get(0) as Element)) containers.push(up.get(0) as Element);
        return;
      }
    }
  };
  $('body *').each((_, el) => {
    const node = $(el);
    const own = compact(node.text()).replace(/\u00a0/g, '');
    if (own.length === 0 || own.length > 240) return;
    const match = LABEL_PATTERN.exec(own);
    if (!match) return;
    const field = LABELS.get(match[1])!;
    if (fields[field] !== undefined) return;
    const rest = match[2];
    // The label must be the whole element or be followed by a colon; "标题党" is not a label.
    const hasColon = /^[:：]/.test(own.slice(match[1].length));
    let value: string | undefined;
    if (rest !== '' && hasColon) {
      // "文号：稷政办发〔2022〕31号" in one element; skip wrappers that hold several labels.
      if (node.children().length > 0 && countLabels($, node) > 1) return;
      value = tidy(node.text()).replace(/^[^:：]*[:：]\s*/, '');
      holderOf(node);
    } else if (rest === '') {
      // Climb while the ancestor holds nothing but the label (<td><b>标 题：</b></td>).
      let holder = node;
      while (holder.parent().length && compact(holder.parent().text()) === compact(holder.text())) holder = holder.parent();
      value = tidy(holder.next().text());
      if (value === '' || LABEL_PATTERN.test(compact(value))) return;
      holderOf(holder);
    } else {
      return;
    }
    if (value && value.length <= 200) fields[field] = value;
  });
  return { fields, containers };
}

/** Whitespace (including &nbsp; and the ideographic space) collapsed; spaces between Chinese dropped. */
function tidy(text: string): string {
  return removeCjkSpaces(text.replace(/[\s\u00a0\u3000]+/g, ' ').trim());
}

function countLabels($: cheerio.CheerioAPI, node: cheerio.Cheerio<Element>): number {
  let n = 0;
  node.find('*').each((_, el) => {
    if (LABEL_PATTERN.test(compact($(el).text()))) n++;
  });
  return n;
}

/** The element holding the body: a known content container, else the element with the most paragraph text. */
function findContent($: cheerio.CheerioAPI, metadata: Element[]): cheerio.Cheerio<AnyNode> {
  for (const selector of pageGrammar.contentSelectors) {
    const found = $(selector).filter((_, el) => cjkLength($(el).text()) >= 20).first();
    if (found.length) {
      // A wide container (#content) may wrap the metadata table too: drop the table, keep the body.
      for (const m of metadata) if (found.find(m).length > 0 && compact($(m).text()).length < 800) $(m).remove();
      return found;
    }
  }
  let best: cheerio.Cheerio<AnyNode> | undefined;
  let bestScore = 0;
  $('body div, body td, body article, body section, body main').each((_, el) => {
    const node = $(el);
    if (metadata.some((m) => m === el || $(m).find(node).length > 0)) return;
    // A cell of a 任务分工表 may hold the most paragraphs of the page, yet it is one field of a row.
    if (isDataCell($, el as Element)) return;
    const score = node.children('p').toArray().reduce((n, p) => n + cjkLength($(p).text()), 0);
    if (score > bestScore) [best, bestScore] = [node, score];
  });
  if (best && bestScore >= 50) return best;
  // Fallback: the whole body without the metadata table.
  const body = $('body').length ? $('body') : $.root();
  for (const m of metadata) $(m).remove();
  return body;
}

function cjkLength(text: string): number {
  return text.match(/[\u3400-\u9fff]/g)?.length ?? 0;
}

/** Text of an element split at block elements and <br>, whitespace collapsed, one string per line. */
function blockLines($: cheerio.CheerioAPI, root: cheerio.Cheerio<AnyNode>): string[] {
  const lines: string[] = [];
  let buffer = '';
  const flush = () => {
    const text = buffer.replace(/[\u00a0\s]+/g, ' ').replace(/^[\s\u3000]+|[\s\u3000]+$/g, '');
    if (text) lines.push(text);
    buffer = '';
  };
  const walk = (node: AnyNode) => {
    if (node.type === 'text') {
      buffer += (node as unknown as { data: string }).data;
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const el = node as Element;
    const name = el.name?.toLowerCase();
    // A data table is read a row a line, its cells joined by " | " (html-table.ts).
    if (name === 'table' && isDataTable($, el)) {
      flush();
      lines.push(...tableRowLines($, el, (cell) => blockLines($, cell)));
      return;
    }
    const block = BLOCK.has(name);
    if (block) flush();
    if (name === 'td' || name === 'th') buffer += ' ';
    for (const child of el.children ?? []) walk(child);
    if (block) flush();
  };
  root.each((_, el) => walk(el));
  flush();
  return lines;
}

/** Links to files (附件) inside the body, numbered as printed ("附件1：…", "1. …"). */
function readAttachments($: cheerio.CheerioAPI, content: cheerio.Cheerio<AnyNode>): Attachment[] {
  const attachments: Attachment[] = [];
  const seen = new Set<string>();
  content.find('a[href]').each((_, a) => {
    const href = $(a).attr('href')!.trim();
    const text = $(a).text().replace(/\s+/g, ' ').trim();
    if (!ATTACHMENT_HREF.test(href) && !/^附件/.test(text)) return;
    if (seen.has(href)) return;
    seen.add(href);
    const numbered = /^(?:附件\s*[:：]?\s*)?(\d{1,2})?\s*[.、．:：]?\s*(.*)$/.exec(text);
    // "附件：1.<a>…</a>": the number is printed just before the link.
    const parentText = $(a).parent().text();
    const before = parentText.slice(0, Math.max(0, parentText.indexOf(text)));
    const index = numbered?.[1] ?? /(\d{1,2})\s*[.、．:：]?\s*$/.exec(before)?.[1];
    const title = (numbered?.[2] || text || safeDecode(href.split('/').pop() ?? href))
      .replace(ATTACHMENT_HREF, '')
      .trim();
    attachments.push({ ...(index ? { index: Number(index) } : {}), title, href });
  });
  return attachments;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}
