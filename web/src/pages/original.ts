/**
 * @module web/pages/original
 * 原件: a document in the file it was read from, at the place a passage stands — a PDF at the
 * page with the passage marked, a text file at the line. Reached from every hit, duty and
 * citation (`?view=original&id=…&p=<paragraph>`), so what the index says can be checked
 * against what was printed.
 */
import type { Paragraph } from '../../../src/model';
import type { StoredDocument } from '../../../src/model/store-views';
import { api, documentSourceUrl, sourceLinkText, type DocumentResponse } from '../api';
import { h, replace } from '../dom';
import { publishedIn, setTitle } from '../format';
import { href } from '../router';
import { done, errorBox, isAbort, loading, pageHeading } from '../ui';
import { showTextSource } from './original-text';

export async function renderOriginal(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const id = params.get('id') ?? '';
  setTitle('原件');
  loading(main, '正在打开原件…');
  let response: DocumentResponse;
  try {
    response = await api.document(id);
  } catch (error) {
    if (isAbort(error)) return;
    replace(main, errorBox(error));
    done(main);
    return;
  }
  const doc = response.document;
  const paragraphs = doc.paragraphs ?? [];
  const asked = Number(params.get('p'));
  const index = Number.isInteger(asked) && asked >= 0 && asked < paragraphs.length ? asked : 0;
  const paragraph = paragraphs[index];
  setTitle(`原件：${doc.title}`);
  const viewer = h('div', { class: 'original-viewer' });
  const format = doc.gazette?.source.format;
  replace(
    main,
    h('nav', { class: 'breadcrumb', 'aria-label': '位置' }, h('a', { href: href('search') }, '检索'), ' › ',
      h('a', { href: `${href('doc', { id: doc.id })}#p-${index}` }, doc.docNumber ?? doc.title), ' › ', h('span', { 'aria-current': 'page' }, '原件')),
    pageHeading(`原件：${doc.title}`),
    h('p', { class: 'lead' }, where(doc, paragraph),
      ' ', h('a', { href: `${href('doc', { id: doc.id })}#p-${index}` }, '回到文件正文'),
      doc.gazette ? ['　', h('a', { href: documentSourceUrl(doc.id), class: 'source-link', rel: 'nofollow' }, sourceLinkText(format ?? 'text'))] : null),
    paragraph ? h('blockquote', { class: 'original-passage' }, h('span', { class: 'visually-hidden' }, '所引段落：'), paragraph.text) : null,
    viewer,
  );
  if (!doc.gazette) {
    replace(viewer, h('p', { class: 'notice' }, '这份文件没有记录原始文件，只能查看整理后的正文。'));
    done(main);
    return;
  }
  loading(viewer, format === 'pdf' ? '正在载入 PDF…' : '正在载入原始文本…');
  try {
    if (format === 'pdf') await showPdf(viewer, doc, paragraph);
    else await showTextSource(viewer, documentSourceUrl(doc.id), paragraph);
  } catch (error) {
    if (isAbort(error)) return;
    replace(viewer, h('div', { class: 'notice error', role: 'alert' },
      h('p', {}, '原件无法显示：', (error as Error).message || '文件读取失败'),
      h('p', {}, '可以 ', h('a', { href: documentSourceUrl(doc.id) }, '直接下载原始文件'), '，或 ', h('a', { href: href('doc', { id: doc.id }) }, '查看整理后的正文'), '。')));
  }
  done(viewer);
  done(main);
}

function where(doc: StoredDocument, paragraph: Paragraph | undefined): string {
  const page = paragraph?.page ?? doc.pages?.first ?? doc.page;
  const source = doc.gazette ? publishedIn(doc.gazette) : '';
  return `${source}${page ? ` 第${page}页` : ''}。`;
}

async function showPdf(viewer: HTMLElement, doc: StoredDocument, paragraph: Paragraph | undefined): Promise<void> {
  const { openPdfPage } = await import('../pdf-view');
  const width = Math.min(viewer.clientWidth || document.documentElement.clientWidth, 900);
  const printed = paragraph?.page ?? doc.pages?.first ?? doc.page;
  const view = await openPdfPage(documentSourceUrl(doc.id), { passage: paragraph?.text ?? doc.title, printedPage: printed, width });
  const status = h('p', { class: 'pdf-status', role: 'status' });
  const previous = h('button', { type: 'button' }, '上一页');
  const next = h('button', { type: 'button' }, '下一页');
  const update = () => {
    status.textContent = `PDF 第 ${view.page} / ${view.pages} 页${view.marked ? '，所引段落已用黄色标出' : ''}`;
    previous.disabled = view.page <= 1;
    next.disabled = view.page >= view.pages;
  };
  previous.addEventListener('click', () => void view.show(view.page - 1).then(update));
  next.addEventListener('click', () => void view.show(view.page + 1).then(update));
  update();
  replace(viewer, h('div', { class: 'pdf-tools' }, previous, status, next), view.element);
}
