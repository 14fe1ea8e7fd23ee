/**
 * @module web/pages/search
 * 检索: one box with the query syntax in a help popover, facets that narrow as they are
 * clicked, highlighted hits, sort and pagination. All state lives in the query string.
 */
import type { FacetCount, FacetName, SearchHit, SearchResult } from '../../../src/model';
import { api, cachedStats, type Query } from '../api';
import { h, markedHtml, replace, type Child } from '../dom';
import { docNumberBadge, facetLabels, formatDate, gazetteLabel, setTitle, statusBadge } from '../format';
import { href, navigate } from '../router';
import { announce, done, errorBox, isAbort, loading } from '../ui';

const facetOrder: FacetName[] = ['county', 'year', 'issuer', 'type', 'unit', 'status'];
const limit = 10;
/** Facet values shown before "更多". */
const facetShown = 8;

interface SearchState {
  q: string;
  filters: Record<FacetName, string[]>;
  from: string;
  to: string;
  sort: 'relevance' | 'date';
  page: number;
}

function readState(params: URLSearchParams): SearchState {
  const filters = {} as Record<FacetName, string[]>;
  for (const name of facetOrder) filters[name] = params.getAll(name).filter(Boolean);
  const page = Number(params.get('page'));
  return {
    q: params.get('q') ?? '',
    filters,
    from: params.get('from') ?? '',
    to: params.get('to') ?? '',
    sort: params.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page > 1 ? page : 1,
  };
}

function stateHref(state: SearchState): string {
  return href('search', {
    q: state.q,
    ...state.filters,
    from: state.from,
    to: state.to,
    sort: state.sort === 'date' ? 'date' : undefined,
    page: state.page > 1 ? state.page : undefined,
  });
}

/** A new state: any change of query or filters goes back to page 1. */
function change(state: SearchState, patch: Partial<SearchState>): SearchState {
  return { ...state, page: 1, ...patch, filters: { ...state.filters, ...(patch.filters ?? {}) } };
}

function toggled(state: SearchState, facet: FacetName, value: string): SearchState {
  const current = state.filters[facet];
  const next = current.includes(value) ? current.filter((one) => one !== value) : [...current, value];
  return change(state, { filters: { ...state.filters, [facet]: next } });
}

function hasFilters(state: SearchState): boolean {
  return facetOrder.some((name) => state.filters[name].length > 0) || Boolean(state.from || state.to);
}

export async function renderSearch(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const state = readState(params);
  setTitle(state.q ? `检索：${state.q}` : '');
  const results = h('section', { class: 'results', 'aria-labelledby': 'results-title' });
  const facets = h('aside', { class: 'facets', 'aria-label': '筛选条件' });
  replace(
    main,
    h('h1', { class: 'visually-hidden page-title', tabindex: '-1' }, '检索政府公报文件'),
    searchForm(state),
    h('div', { class: 'search-layout' }, facets, results),
  );

  const browsing = !state.q.trim() && !hasFilters(state);
  if (!browsing) rememberSearch(location.pathname + location.search);
  loading(results, browsing ? '正在加载最新文件…' : '正在检索…');
  const query: Query = {
    q: state.q,
    ...state.filters,
    from: state.from,
    to: state.to,
    sort: browsing ? 'date' : state.sort,
    page: state.page,
    limit,
  };
  let result: SearchResult;
  try {
    result = await api.search(query);
  } catch (error) {
    if (isAbort(error)) return;
    // The start page still helps when listing the latest documents is not possible.
    replace(results, browsing ? welcome() : errorBox(error));
    done(results);
    return;
  }
  renderFacets(facets, state, result);
  renderResults(results, state, result, browsing);
  done(results);
}

/** The last results page, for the "back to results" link of a document. */
function rememberSearch(url: string): void {
  try {
    sessionStorage.setItem('gazette:lastSearch', url);
  } catch {
    // Storage may be disabled; the link then goes to the search start page.
  }
}

export function lastSearch(): string | null {
  try {
    return sessionStorage.getItem('gazette:lastSearch');
  } catch {
    return null;
  }
}

/** Start page: what can be asked, with examples that are links. */
function welcome(): HTMLElement {
  const examples: Array<[string, string]> = [
    ['停电 应急预案', '关键词，须全部包含'],
    ['"被征地农民" 养老保险', '精确短语加关键词'],
    ['发票 county:稷山县', '限定县'],
    ['稷政办发〔2022〕35号', '按文号查找'],
    ['预案 status:现行有效', '只看现行有效的文件'],
  ];
  const stats = h('p', { class: 'hint' });
  cachedStats().then((value) => {
    stats.textContent = `库中共有 ${value.gazettes} 期公报、${value.documents} 件文件，涉及 ${value.units} 个单位。`;
  }).catch(() => undefined);
  return h('section', { class: 'welcome', 'aria-labelledby': 'welcome-title' },
    h('h2', { id: 'welcome-title' }, '可以这样检索'),
    h('ul', {}, examples.map(([q, note]) => h('li', {}, h('a', { href: href('search', { q }) }, q), h('span', { class: 'hint' }, `　${note}`)))),
    h('p', {}, '想知道一件事由哪个部门负责？请用 ', h('a', { href: href('who') }, '谁负责'), '。'),
    stats);
}

function searchForm(state: SearchState): HTMLElement {
  const input = h('input', {
    id: 'q',
    name: 'q',
    type: 'search',
    value: state.q,
    autocomplete: 'off',
    enterkeyhint: 'search',
    placeholder: '例如：停电 应急预案　或　稷政办发〔2022〕35号',
    'aria-describedby': 'q-hint',
  });
  const form = h(
    'form',
    { class: 'search-form', role: 'search', action: '/', method: 'get' },
    h('label', { for: 'q', class: 'search-label' }, '检索公报文件'),
    h('div', { class: 'search-row' }, input, h('button', { type: 'submit', class: 'primary' }, '检索')),
    h('p', { id: 'q-hint', class: 'hint' }, '输入关键词、文号或标题；多个词用空格分开，文件须全部包含。'),
    syntaxHelp(),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(stateHref(change(state, { q: input.value.trim() })));
  });
  return form;
}

function syntaxHelp(): HTMLElement {
  const rows: Array<[string, string]> = [
    ['停电 应急', '多个词用空格分开：文件须同时包含所有词'],
    ['"大面积停电"', '英文双引号：精确短语'],
    ['预案 -演练', '减号：排除含该词的文件'],
    ['停电 OR 断电', 'OR（大写）：任一词即可'],
    ['county:稷山县', '限定县'],
    ['year:2022', '限定年份'],
    ['issuer:县人民政府办公室', '限定发文机关'],
    ['unit:县税务局', '限定责任单位'],
    ['type:通知', '限定文种（通知、办法、方案、预案…）'],
    ['status:现行有效', '限定效力状态（现行有效、尚未生效、已失效、已废止）'],
    ['from:2022-07-01 to:2022-12-31', '成文日期范围'],
    ['稷政办发〔2022〕35号', '直接输入文号，括号写法不限'],
  ];
  return h(
    'details',
    { class: 'help' },
    h('summary', {}, '检索语法说明'),
    h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, '检索语法'),
      h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, '写法'), h('th', { scope: 'col' }, '含义'))),
      h('tbody', {}, rows.map(([example, meaning]) => h('tr', {}, h('td', {}, h('code', {}, example)), h('td', {}, meaning)))),
    ),
  );
}

function renderFacets(container: HTMLElement, state: SearchState, result: SearchResult): void {
  const groups: HTMLElement[] = [];
  for (const name of facetOrder) {
    const counts: FacetCount[] = [...(result.facets?.[name] ?? [])];
    // A selected value stays visible (and un-selectable) even when the server returns no count for it.
    for (const value of state.filters[name]) {
      if (!counts.some((count) => count.value === value)) counts.unshift({ value, count: 0 });
    }
    if (counts.length === 0) continue;
    const items = counts.map((count, index) => facetItem(state, name, count, index));
    const shown = items.slice(0, facetShown);
    const more = items.slice(facetShown);
    groups.push(
      h(
        'fieldset',
        { class: 'facet', 'data-facet': name },
        h('legend', {}, facetLabels[name]),
        h('ul', {}, shown),
        more.length > 0 ? h('details', { class: 'more' }, h('summary', {}, `更多（${more.length}）`), h('ul', {}, more)) : null,
      ),
    );
  }
  groups.push(dateRange(state));
  const wrapper = h('details', { class: 'facet-panel' }, h('summary', {}, '筛选'), groups);
  // Open on wide screens; on a phone the panel starts folded above the results.
  if (window.matchMedia('(min-width: 48em)').matches || hasFilters(state)) wrapper.open = true;
  replace(container, wrapper);
}

function facetItem(state: SearchState, name: FacetName, count: FacetCount, index: number): HTMLElement {
  const id = `f-${name}-${index}`;
  const checked = state.filters[name].includes(count.value);
  const box = h('input', { type: 'checkbox', id, checked, 'data-value': count.value });
  box.addEventListener('change', () => {
    rememberFocus = { name, value: count.value };
    navigate(stateHref(toggled(state, name, count.value)));
  });
  if (rememberFocus && rememberFocus.name === name && rememberFocus.value === count.value) {
    rememberFocus = undefined;
    queueMicrotask(() => box.focus());
  }
  return h('li', {}, box, h('label', { for: id }, h('span', { class: 'facet-value' }, count.value), ' ', h('span', { class: 'count' }, count.count)));
}

/** Keeps keyboard focus on the facet that was just toggled, across the re-render. */
let rememberFocus: { name: FacetName; value: string } | undefined;

function dateRange(state: SearchState): HTMLElement {
  const from = h('input', { type: 'date', id: 'from', name: 'from', value: state.from });
  const to = h('input', { type: 'date', id: 'to', name: 'to', value: state.to });
  const form = h(
    'form',
    { class: 'facet date-range' },
    h('fieldset', {}, h('legend', {}, '成文日期'),
      h('label', { for: 'from' }, '从'), from,
      h('label', { for: 'to' }, '至'), to,
      h('button', { type: 'submit' }, '应用')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(stateHref(change(state, { from: from.value, to: to.value })));
  });
  return form;
}

function activeFilters(state: SearchState): HTMLElement | null {
  const chips: HTMLElement[] = [];
  for (const name of facetOrder) {
    for (const value of state.filters[name]) {
      chips.push(h('li', {}, h('a', { class: 'chip', href: stateHref(toggled(state, name, value)), 'aria-label': `取消筛选 ${facetLabels[name]}：${value}` }, `${facetLabels[name]}：${value}`, h('span', { 'aria-hidden': 'true' }, ' ×'))));
    }
  }
  if (state.from || state.to) {
    chips.push(h('li', {}, h('a', { class: 'chip', href: stateHref(change(state, { from: '', to: '' })), 'aria-label': '取消日期范围' }, `成文日期：${state.from || '…'} 至 ${state.to || '…'}`, h('span', { 'aria-hidden': 'true' }, ' ×'))));
  }
  if (chips.length === 0) return null;
  const clear = { ...state, page: 1, from: '', to: '', filters: Object.fromEntries(facetOrder.map((name) => [name, []])) as unknown as SearchState['filters'] };
  return h('div', { class: 'chips' }, h('span', { class: 'visually-hidden' }, '当前筛选：'), h('ul', {}, chips), h('a', { href: stateHref(clear), class: 'clear' }, '清除全部筛选'));
}

function modeNote(result: SearchResult): string | null {
  switch (result.mode) {
    case 'partial':
      return '没有文件同时包含全部词语，以下文件包含其中一部分。';
    case 'docNumber':
      return '按文号查到的文件：';
    case 'citedNumber':
      return '该文号的文件不在库中；以下文件引用了它。';
    default:
      return null;
  }
}

function renderResults(container: HTMLElement, state: SearchState, result: SearchResult, browsing: boolean): void {
  const sort = h(
    'select',
    { id: 'sort', name: 'sort' },
    h('option', { value: 'relevance', selected: state.sort === 'relevance' }, '按相关度'),
    h('option', { value: 'date', selected: state.sort === 'date' }, '按日期（新→旧）'),
  );
  sort.addEventListener('change', () => navigate(stateHref({ ...state, page: 1, sort: sort.value === 'date' ? 'date' : 'relevance' })));
  const summary = browsing
    ? `最新文件（库中共 ${result.total} 件）`
    : `找到 ${result.total} 件文件，用时 ${Math.round(result.tookMs)} 毫秒`;
  const note = modeNote(result);
  announce(summary);
  replace(
    container,
    browsing ? welcome() : null,
    h(
      'div',
      { class: 'result-bar' },
      h('h2', { id: 'results-title', class: 'summary' }, summary),
      browsing ? null : h('div', { class: 'sort' }, h('label', { for: 'sort' }, '排序'), sort),
    ),
    activeFilters(state),
    result.terms?.length && !browsing ? h('p', { class: 'terms' }, '检索词：', result.terms.map((term) => h('span', { class: 'term' }, term))) : null,
    note ? h('p', { class: 'notice' }, note) : null,
    result.hits.length === 0 ? emptyResult(state, result) : h('ol', { class: 'hits', start: (result.page - 1) * result.limit + 1 }, result.hits.map((hit) => hitItem(hit, result.terms ?? []))),
    pager(state, result),
  );
}

function hitItem(hit: SearchHit, terms: string[]): HTMLElement {
  const link = href('doc', { id: hit.id, hl: terms.join(' ') || undefined });
  const gazette = hit.gazette
    ? h('a', { href: href('gazette', { id: hit.gazette.id }) }, `${gazetteLabel(hit.gazette)}${hit.gazette.page ? ` 第${hit.gazette.page}页` : ''}`)
    : null;
  const meta: Child[] = [
    hit.issuingBody ? h('span', { class: 'issuer' }, hit.issuingBody) : null,
    hit.date ? h('time', { datetime: hit.date }, formatDate(hit.date)) : null,
    hit.type ? h('span', {}, hit.type) : null,
    gazette ? h('span', {}, '刊载：', gazette) : null,
  ];
  return h(
    'li',
    { class: 'hit' },
    h('h3', { class: 'hit-title' }, h('a', { href: link }, markedHtml(hit.titleHtml || hit.title))),
    h('p', { class: 'badges' }, docNumberBadge(hit.docNumber), statusBadge(hit.status), hit.county ? h('span', { class: 'badge county' }, hit.county) : null),
    h('p', { class: 'meta' }, meta.filter(Boolean).map((one, index) => (index === 0 ? one : [h('span', { class: 'sep', 'aria-hidden': 'true' }, ' · '), one]))),
    hit.passages.length > 0
      ? h('ul', { class: 'passages' }, hit.passages.map((passage) => h('li', {}, h('a', { href: passage.paragraph >= 0 ? `${link}#p-${passage.paragraph}` : link, class: 'passage' }, markedHtml(passage.html)))))
      : null,
  );
}

function emptyResult(state: SearchState, result: SearchResult): HTMLElement {
  const tips: Child[] = [];
  if (hasFilters(state)) {
    const unfiltered = { ...state, page: 1, from: '', to: '', filters: Object.fromEntries(facetOrder.map((name) => [name, []])) as unknown as SearchState['filters'] };
    tips.push(h('li', {}, '去掉筛选条件：', h('a', { href: stateHref(unfiltered) }, `在全部文件中检索“${state.q}”`)));
  }
  const terms = result.terms?.length ? result.terms : state.q.split(/\s+/).filter(Boolean);
  if (terms.length > 1) {
    tips.push(h('li', {}, '减少词语，只用其中一个：', terms.map((term) => [h('a', { href: stateHref(change(state, { q: term })) }, term), ' '])));
  }
  if (state.q) {
    tips.push(h('li', {}, '想知道某件事找哪个部门？试试 ', h('a', { href: href('who', { q: state.q }) }, `谁负责：“${state.q}”`)));
  }
  tips.push(h('li', {}, '换用更常见的说法或更短的词，例如“停电”“养老保险”“发票”。'));
  tips.push(h('li', {}, '查文号时可只输入文号本身，例如 ', h('code', {}, '稷政办发〔2022〕35号'), '，括号写法不限。'));
  return h('div', { class: 'empty' }, h('p', {}, state.q ? `没有找到与“${state.q}”相符的文件。` : '没有符合条件的文件。'), h('p', {}, '可以试试：'), h('ul', {}, tips));
}

function pager(state: SearchState, result: SearchResult): HTMLElement | null {
  const pages = Math.ceil(result.total / Math.max(1, result.limit));
  if (pages <= 1) return null;
  const current = result.page;
  const numbers = new Set<number>([1, pages]);
  for (let page = current - 2; page <= current + 2; page++) if (page >= 1 && page <= pages) numbers.add(page);
  const sorted = [...numbers].sort((a, b) => a - b);
  const items: HTMLElement[] = [];
  const pageHref = (page: number): string => stateHref({ ...state, page });
  if (current > 1) items.push(h('li', {}, h('a', { href: pageHref(current - 1), rel: 'prev' }, '上一页')));
  let previous = 0;
  for (const page of sorted) {
    if (page - previous > 1) items.push(h('li', { class: 'gap', 'aria-hidden': 'true' }, '…'));
    items.push(
      h('li', {}, page === current
        ? h('span', { 'aria-current': 'page', class: 'current' }, page)
        : h('a', { href: pageHref(page), 'aria-label': `第${page}页` }, page)),
    );
    previous = page;
  }
  if (current < pages) items.push(h('li', {}, h('a', { href: pageHref(current + 1), rel: 'next' }, '下一页')));
  return h('nav', { class: 'pager', 'aria-label': '分页' }, h('ul', {}, items), h('p', { class: 'page-info' }, `第 ${current} / ${pages} 页`));
}
