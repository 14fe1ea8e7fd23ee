/**
 * @module web/pages/gazettes
 * 公报: every issue, newest first, and one issue with its table of contents linked to the
 * documents it publishes.
 */
import type { GazetteDetail, GazetteSummary } from '../../../src/model/store-views';
import { api, sourceLinkText, sourceUrl } from '../api';
import { h, replace } from '../dom';
import { formatDate, gazetteTitle, kindLabels, setTitle } from '../format';
import { href } from '../router';
import { done, errorBox, isAbort, loading, pageHeading } from '../ui';

export async function renderGazettes(main: HTMLElement): Promise<void> {
  setTitle('公报');
  loading(main);
  let gazettes: GazetteSummary[];
  try {
    gazettes = (await api.gazettes()).gazettes;
  } catch (error) {
    if (isAbort(error)) return;
    replace(main, errorBox(error));
    done(main);
    return;
  }
  gazettes.sort((a, b) => (b.year ?? 0) - (a.year ?? 0) || (b.issue ?? 0) - (a.issue ?? 0) || (a.county ?? '').localeCompare(b.county ?? '', 'zh'));
  replace(
    main,
    pageHeading('公报'),
    h('p', { class: 'lead' }, `共 ${gazettes.length} 个来源（公报、网页与单独发布的文件），按期次由新到旧排列。`),
    gazettes.length === 0
      ? h('p', {}, '还没有导入公报。')
      : h('ul', { class: 'gazettes' }, gazettes.map((gazette) =>
          h('li', { class: 'card' },
            h('h2', {}, h('a', { href: href('gazette', { id: gazette.id }) }, gazetteTitle(gazette))),
            h('p', { class: 'meta' }, [
              gazette.kind === 'gazette' ? '' : kindLabels[gazette.kind],
              gazette.county,
              gazette.publishedOn ? `${formatDate(gazette.publishedOn)}出版` : '',
              gazette.publisher ? `${gazette.publisher}主管主办` : '',
              `${gazette.documentCount} 件文件`,
            ].filter(Boolean).join(' · '))))),
  );
  done(main);
}

export async function renderGazette(main: HTMLElement, params: URLSearchParams): Promise<void> {
  setTitle('公报');
  loading(main);
  let gazette: GazetteDetail;
  try {
    gazette = await api.gazette(params.get('id') ?? '');
  } catch (error) {
    if (isAbort(error)) return;
    replace(main, errorBox(error));
    done(main);
    return;
  }
  const title = gazetteTitle(gazette);
  setTitle(title);
  const contents = gazette.contents ?? [];
  const byId = new Map(gazette.documents.map((document) => [document.id, document]));
  const listed = new Set(contents.map((entry) => entry.documentId).filter(Boolean));
  // Bodies the table of contents does not list (or a web page without contents) are still shown.
  const unlisted = gazette.documents.filter((document) => !listed.has(document.id));
  let section: string | undefined;
  const rows: HTMLElement[] = [];
  for (const entry of contents) {
    if (entry.section && entry.section !== section) {
      section = entry.section;
      rows.push(h('tr', { class: 'section' }, h('th', { colspan: 3, scope: 'colgroup' }, entry.section)));
    }
    const document = entry.documentId ? byId.get(entry.documentId) : undefined;
    rows.push(h('tr', {},
      h('td', {}, entry.documentId ? h('a', { href: href('doc', { id: entry.documentId }) }, entry.title) : entry.title),
      h('td', { class: 'nowrap' }, entry.docNumber ?? document?.docNumber ?? entry.docNumberRaw ?? ''),
      h('td', { class: 'num' }, entry.page ?? '')));
  }
  replace(
    main,
    h('nav', { class: 'breadcrumb', 'aria-label': '位置' }, h('a', { href: href('gazettes') }, '公报'), ' › ', h('span', { 'aria-current': 'page' }, title)),
    pageHeading(title),
    h('dl', { class: 'meta-card' },
      gazette.county ? [h('dt', {}, '县'), h('dd', {}, gazette.county)] : null,
      gazette.publishedOn ? [h('dt', {}, '出版日期'), h('dd', {}, formatDate(gazette.publishedOn))] : null,
      gazette.publisher ? [h('dt', {}, '主管主办'), h('dd', {}, gazette.publisher)] : null,
      h('dt', {}, '文件数'), h('dd', {}, String(gazette.documentCount)),
      h('dt', {}, '原始文件'), h('dd', {}, h('code', {}, gazette.source.path.split('/').pop() ?? ''), `（${gazette.source.format}${gazette.source.ocr ? '，OCR' : ''}）`,
        '　', h('a', { href: sourceUrl(gazette.id), class: 'source-link', rel: 'nofollow' }, sourceLinkText(gazette.source.format)))),
    h('p', {}, h('a', { href: href('search', { county: gazette.county, year: gazette.year ? String(gazette.year) : undefined }) }, '检索本期所在县、年份的文件')),
    contents.length
      ? h('section', { 'aria-labelledby': 'contents-title' }, h('h2', { id: 'contents-title' }, '目录'),
          h('div', { class: 'table-wrap', tabindex: '0', role: 'region', 'aria-labelledby': 'contents-title' },
            h('table', { class: 'contents' },
              h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '标题'), h('th', { scope: 'col' }, '文号'), h('th', { scope: 'col' }, '页码'))),
              h('tbody', {}, rows))))
      : null,
    unlisted.length
      ? h('section', {}, h('h2', {}, contents.length ? '目录未列出的文件' : '文件'),
          h('ul', {}, unlisted.map((document) => h('li', {}, h('a', { href: href('doc', { id: document.id }) }, document.title), document.docNumber ? ` ${document.docNumber}` : ''))))
      : null,
  );
  done(main);
}
