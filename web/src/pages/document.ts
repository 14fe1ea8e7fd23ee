/**
 * @module web/pages/document
 * 文件: a metadata card in the manner of 政府信息公开 pages, the outline as side navigation,
 * the text with search terms highlighted (text nodes + <mark>, never HTML), duties and
 * references (repeals first).
 */
import type { ReferenceEdge, ReferenceGraph, StoredDocument } from '../../../src/model/store-views';
import { api, documentSourceUrl, sourceLinkText, type DocumentResponse } from '../api';
import { h, highlight, replace, type Child } from '../dom';
import { formatDate, levelLabel, publishedIn, queryTerms, setTitle, statusBadge } from '../format';
import { href } from '../router';
import { dutiesSection, unitLink } from './document-duties';
import { bodyText, outlineNav } from './document-text';
import { lastSearch } from './search';
import { done, errorBox, isAbort, loading, pageHeading, row } from '../ui';

export async function renderDocument(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const id = params.get('id');
  const docNumber = params.get('no');
  const terms = queryTerms(params.get('hl') ?? '');
  setTitle('文件');
  loading(main);
  let response: DocumentResponse;
  try {
    if (id) response = await api.document(id);
    else if (docNumber) response = await api.documentByNumber(docNumber);
    else throw new Error('missing id');
  } catch (error) {
    if (isAbort(error)) return;
    replace(main, errorBox(error));
    done(main);
    return;
  }
  const { document: doc, references } = response;
  setTitle(doc.title);
  const outline = doc.outline ?? [];
  const body = bodyText(doc, terms);
  replace(
    main,
    h('nav', { class: 'breadcrumb', 'aria-label': '位置' }, h('a', { href: href('search') }, '检索'), ' › ',
      lastSearch() ? [h('a', { href: lastSearch() ?? '/' }, '检索结果'), ' › '] : null,
      doc.gazette ? [h('a', { href: href('gazette', { id: doc.gazette.id }) }, publishedIn(doc.gazette)), ' › '] : null,
      h('span', { 'aria-current': 'page' }, doc.docNumber ?? '文件')),
    h(
      'article',
      { class: 'document' + (outline.length > 0 ? ' has-outline' : '') },
      h('header', { class: 'doc-header' }, pageHeading(highlight(doc.title, terms)), metadataCard(doc)),
      outline.length > 0 ? outlineNav(outline, body.anchors) : null,
      h('div', { class: 'doc-main' },
        body.element,
        attachments(doc),
        dutiesSection(doc.id, doc.duties ?? []),
        referencesSection(doc, references),
        sourceSection(doc)),
    ),
  );
  done(main);
  // A passage link (#p-12) points into the text we just built.
  if (location.hash) document.getElementById(decodeURIComponent(location.hash.slice(1)))?.scrollIntoView();
}

function metadataCard(doc: StoredDocument): HTMLElement {
  const interprets = (doc.duties ?? []).filter((duty) => duty.role === 'interprets');
  const interpreters = [...new Map(interprets.map((duty) => [duty.unitId ?? duty.unit, duty])).values()];
  const gazette = doc.gazette;
  const page = doc.page ?? doc.pages?.first;
  const status = doc.status;
  const validity = doc.validity ?? {};
  const more = h('details', { class: 'meta-more' }, h('summary', {}, '更多信息（文种、主送机关、施行日期、解读单位…）'),
    h('dl', {},
      row('文种', doc.type),
      row('效力级别', doc.level ? levelLabel(doc.level) : undefined),
      row('发布日期', doc.publishedOn && doc.publishedOn !== doc.date ? formatDate(doc.publishedOn) : undefined),
      row('所属地区', doc.county),
      row('主送机关', doc.recipients),
      row('施行日期', validity.effectiveFrom ? formatDate(validity.effectiveFrom) : undefined),
      row('有效期', validity.validYears ? `${validity.validYears}年${validity.expiresOn ? `（至${formatDate(validity.expiresOn)}）` : ''}` : undefined),
      row('解读单位', interpreters.length ? interpreters.map((duty, index) => [index > 0 ? '、' : '', unitLink(duty)]) : undefined),
      row('公开方式', doc.publicity)));
  // What identifies the document and whether it binds stays in view; the rest folds on a phone.
  if (window.matchMedia('(min-width: 48em)').matches) more.open = true;
  return h(
    'section',
    { class: 'meta-card', 'aria-label': '文件信息' },
    h(
      'dl',
      {},
      row('发文机关', doc.issuingBody),
      row('发文字号', doc.docNumber ? h('span', { class: 'docno-text' }, doc.docNumber) : undefined),
      row('成文日期', doc.date ? h('time', { datetime: doc.date }, formatDate(doc.date)) : undefined),
      row(
        '效力状态',
        status
          ? h('span', { class: 'validity' }, statusBadge(status.status), status.reason ? h('span', { class: 'reason' }, ` ${status.reason}`) : null,
            status.repealedBy?.length
              ? h('span', { class: 'repealed-by' }, '；被以下文件废止：', status.repealedBy.map((brief) => h('a', { href: href('doc', { id: brief.id }) }, brief.docNumber ?? brief.title)))
              : null)
          : undefined,
      ),
      row(
        gazette?.kind === 'gazette' ? '刊载公报' : '来源',
        gazette
          ? [h('a', { href: href('gazette', { id: gazette.id }) }, publishedIn(gazette), page ? ` 第${page}页` : ''),
            '　', h('a', { href: href('original', { id: doc.id, p: firstBodyParagraph(doc) }), class: 'original-link' }, '查看原件')]
          : undefined,
      ),
    ),
    more,
  );
}

function attachments(doc: StoredDocument): HTMLElement | null {
  if (!doc.attachments?.length) return null;
  return h('section', { class: 'attachments' }, h('h2', {}, '附件'),
    h('ol', {}, doc.attachments.map((attachment) => h('li', {}, attachment.href && /^https?:\/\//.test(attachment.href)
      ? h('a', { href: attachment.href, rel: 'noopener noreferrer external' }, attachment.title)
      : attachment.title))));
}

/** Order of the reference groups: what repeals and is repealed first — it decides validity. */
const groups: Array<[keyof ReferenceGraph, string]> = [
  ['repealedBy', '被以下文件废止'],
  ['repeals', '本文件废止'],
  ['revisedBy', '被以下文件修订'],
  ['revises', '本文件修订'],
  ['extendedBy', '以下文件延长本文件有效期'],
  ['extends', '本文件延长有效期'],
  ['basedOn', '制定依据'],
  ['implements', '贯彻落实'],
  ['interprets', '本文件解读'],
  ['interpretedBy', '解读本文件'],
  ['cites', '本文件引用'],
  ['citedBy', '被以下文件引用'],
];

/** The far end of an edge seen from the document. */
function otherEnd(edge: ReferenceEdge, incoming: boolean) {
  return incoming ? edge.from : edge.to;
}

export function nodeHref(node: ReferenceEdge['to']): string {
  if (node.document) return href('doc', { id: node.document.id });
  return href('refs', { no: node.docNumber ?? node.title });
}

export function nodeLabel(node: ReferenceEdge['to']): string {
  const title = node.document?.title ?? node.title;
  const number = node.docNumber ?? node.document?.docNumber;
  if (title && number) return `《${title}》（${number}）`;
  if (title) return `《${title}》`;
  return number ?? '（未知文件）';
}

/** Where this document makes a citation: its paragraph here and in the original file. */
function citationPlace(doc: StoredDocument, sentence: string): Child {
  const paragraph = doc.references?.find((reference) => reference.sentence === sentence)?.paragraph;
  if (paragraph === undefined || paragraph < 0) return null;
  return [' ', h('a', { href: `#p-${paragraph}`, class: 'small' }, '正文'), ' ', h('a', { href: href('original', { id: doc.id, p: paragraph }), class: 'small' }, '原件')];
}

function referencesSection(doc: StoredDocument, graph: ReferenceGraph | undefined): HTMLElement {
  const sections: HTMLElement[] = [];
  for (const [key, label] of groups) {
    const edges = (graph?.[key] as ReferenceEdge[] | undefined) ?? [];
    if (edges.length === 0) continue;
    const incoming = key === 'citedBy' || key === 'repealedBy' || key === 'revisedBy' || key === 'interpretedBy' || key === 'extendedBy';
    sections.push(
      h('div', { class: `ref-group ref-${key}` }, h('h3', {}, `${label}（${edges.length}）`),
        h('ul', {}, edges.map((edge) => {
          const node = otherEnd(edge, incoming);
          return h('li', { class: node.document ? 'in-corpus' : 'outside' },
            h('a', { href: nodeHref(node) }, nodeLabel(node)),
            node.document ? null : h('span', { class: 'outside-note' }, '（库外文件）'),
            edge.sentence ? h('details', {}, h('summary', {}, '原文'), h('blockquote', {}, edge.sentence)) : null,
            incoming ? null : citationPlace(doc, edge.sentence));
        }))),
    );
  }
  const key = doc.docNumber ?? doc.title;
  return h(
    'section',
    { class: 'references', 'aria-labelledby': 'refs-title' },
    h('h2', { id: 'refs-title' }, '关联文件'),
    sections.length ? sections : h('p', {}, '本文件未引用其他文件，也未被库中文件引用。'),
    sections.length ? h('p', {}, h('a', { href: href('refs', { no: key }) }, '查看关联关系图')) : null,
  );
}

/** The first paragraph of the body proper (after the notice's own lines), for "查看原件". */
function firstBodyParagraph(doc: StoredDocument): number {
  const first = doc.outline?.[0]?.paragraph;
  return first !== undefined && first < 8 ? first : 0;
}

function sourceSection(doc: StoredDocument): HTMLElement | null {
  const gazette = doc.gazette;
  if (!gazette) return null;
  const page = doc.page ?? doc.pages?.first;
  return h(
    'section',
    { class: 'source' },
    h('h2', {}, '来源'),
    h('p', {}, gazette.kind === 'gazette' ? '本文刊载于 ' : '本文来自 ', h('a', { href: href('gazette', { id: gazette.id }) }, publishedIn(gazette)),
      page ? `，第${page}页` : '', doc.pages && doc.pages.last !== doc.pages.first ? `至第${doc.pages.last}页` : '', '。'),
    h('p', {}, h('a', { href: href('original', { id: doc.id, p: firstBodyParagraph(doc) }), class: 'original-link' }, gazette.source.format === 'pdf' ? '在原件 PDF 中查看本文' : '在原始文本中查看本文'),
      '　', h('a', { href: documentSourceUrl(doc.id), class: 'source-link', rel: 'nofollow' }, sourceLinkText(gazette.source.format)),
      '　', h('code', {}, gazette.source.path.split(/[\\/]/).pop() ?? '')),
    h('p', { class: 'hint' }, 'SHA-256 ', h('code', { class: 'hash' }, gazette.source.sha256.slice(0, 12)), '…（与导入时一致才提供原件）'),
  );
}
