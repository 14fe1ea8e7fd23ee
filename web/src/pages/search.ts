/**
 * @module web/pages/search
 * 检索: one box with the query syntax in a help popover, facets that narrow as they are
 * clicked, highlighted hits, sort and pagination. All state lives in the query string.
 */
import type { SearchHit, SearchResult } from '../../../src/model';
import { api, ApiError, cachedStats, type Query } from '../api';
import { h, markedHtml, replace, type Child } from '../dom';
import { docNumberBadge, formatDate, gazetteLabel, setTitle, statusBadge } from '../format';
import { href, navigate } from '../router';
import { attachSuggestions } from '../suggest-box';
import { announce, done, errorBox, isAbort, loading } from '../ui';
import { activeFilters, facetToggle, renderFacets } from './search-facets';
import { change, hasFilters, isDate, maxPage, readState, stateHref, toggled, withoutFilters, type SearchState } from './search-state';

const limit = 10;

export async function renderSearch(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const state = readState(params);
  setTitle(state.q ? `检索：${state.q}` : '');
  const results = h('section', { class: 'results', id: 'results', 'aria-labelledby': 'results-title', tabindex: '-1' });
  const facets = h('aside', { class: 'facets', id: 'facets', 'aria-label': '筛选条件' });
  // Results before facets in the document: on a phone they come first, and Tab reaches them first.
  replace(
    main,
    h('h1', { class: 'visually-hidden page-title', tabindex: '-1' }, '检索政府公报文件'),
    searchForm(state),
    h('div', { class: 'search-layout' }, results, facets),
  );

  const browsing = !state.q.trim() && !hasFilters(state);
  if (!browsing) rememberSearch(location.pathname + location.search);
  const fixed = fixedState(state);
  if (fixed) {
    replace(results, fixed);
    return;
  }
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
    replace(results, browsing ? welcome() : badRequest(state, error) ?? errorBox(error));
    done(results);
    return;
  }
  renderFacets(facets, state, result);
  renderResults(results, state, result, browsing, facets);
  done(results);
  if (result.mode === 'citedNumber') void citedStatus(results, state.q.trim());
}

/**
 * A URL the API would refuse (typed or pasted by hand): said in plain words, with the link
 * that fixes it, instead of sending it and showing a parameter error.
 */
function fixedState(state: SearchState): HTMLElement | null {
  const problems: Child[] = [];
  let fixed = state;
  if (state.page > maxPage) {
    problems.push(h('li', {}, `页码 ${state.page} 超出范围：最多显示到第 ${maxPage} 页。请缩小检索范围，或回到第 1 页。`));
    fixed = { ...fixed, page: 1 };
  }
  for (const key of ['from', 'to'] as const) {
    if (state[key] && !isDate(state[key])) {
      problems.push(h('li', {}, `${key === 'from' ? '起始' : '截止'}日期“${state[key]}”无法识别：请按 年-月-日 填写，例如 2022-07-01。`));
      fixed = { ...fixed, [key]: '' };
    }
  }
  if (problems.length === 0) return null;
  return h('div', { class: 'notice error', role: 'alert' }, h('p', {}, '这个检索地址有误：'), h('ul', {}, problems),
    h('p', {}, h('a', { href: stateHref(fixed) }, '改正后重新检索')));
}

/** A 400 from the server, said in the words of the page (which box to fix), or null. */
function badRequest(state: SearchState, error: unknown): HTMLElement | null {
  if (!(error instanceof ApiError) || error.code !== 'BAD_PARAMETER') return null;
  const what: Record<string, string> = {
    q: '检索词太长：请精简到 500 字以内。',
    page: `页码超出范围：请回到第 1 页。`,
    year: '年份应为四位数字，例如 2022。',
    status: '效力状态只能是 现行有效、尚未生效、已失效、已废止。',
    from: '起始日期请按 年-月-日 填写，例如 2022-07-01。',
    to: '截止日期请按 年-月-日 填写，例如 2022-12-31。',
  };
  const message = (error.parameter && what[error.parameter]) ?? '检索条件中有无法识别的内容，请清除筛选条件后重试。';
  return h('div', { class: 'notice error', role: 'alert' }, h('p', {}, message),
    h('p', {}, h('a', { href: stateHref(withoutFilters(change(state, { q: state.q.slice(0, 500) }))) }, '清除筛选条件重新检索')));
}

/** For a number only cited in the archive: what is known of it (repealed?) and its references. */
async function citedStatus(results: HTMLElement, number: string): Promise<void> {
  const note = results.querySelector('.notice.cited');
  if (!note) return;
  try {
    const graph = await api.references(number, 1);
    const status = graph.status;
    replace(
      note,
      h('strong', {}, graph.node.docNumber ?? number), ' 不在库中',
      status ? ['，', statusBadge(status.status), status.reason ? h('span', { class: 'reason' }, ` ${status.reason}`) : null] : null,
      '。以下文件引用了它。 ',
      h('a', { href: href('refs', { no: graph.node.docNumber ?? number }) }, '查看它的关联关系（谁引用、谁废止）'));
  } catch {
    // The plain note stays; the references page can still be reached from each hit.
  }
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
    h('div', { class: 'search-row' }, h('div', { class: 'combo' }, input, attachSuggestions(input)), h('button', { type: 'submit', class: 'primary' }, '检索')),
    // The next Tab after the box lands here: one key to the first result instead of the help and every facet.
    state.q || hasFilters(state) ? h('a', { href: '#results', class: 'skip-results' }, '跳到检索结果') : null,
    h('p', { id: 'q-hint', class: 'hint' }, '输入关键词、文号或标题；多个词用空格分开，文件须全部包含。输入两个字起有提示，用 ↓ 选择。'),
    syntaxHelp(),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    navigate(stateHref(change(state, { q: input.value.trim() })));
  });
  form.querySelector('.skip-results')?.addEventListener('click', (event) => {
    event.preventDefault();
    const first = document.querySelector<HTMLElement>('.hit-title a') ?? document.getElementById('results');
    first?.focus();
    first?.scrollIntoView({ block: 'start' });
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
    ['issuer:县政府办', '限定发文机关：简称也可（县政府办、市政府、省政府办公厅），指整个机关，县政府不含县政府办'],
    ['unit:县税务局', '限定责任单位'],
    ['type:通知', '限定文种（通知、办法、方案、预案…）'],
    ['status:现行有效', '限定效力状态（现行有效、尚未生效、已失效、已废止）'],
    ['level:县级', '限定效力级别（乡镇级、县级、市级、省级、国家级）'],
    ['from:2022-07-01 to:2022-12-31', '日期范围：按成文日期，没有时按发布日期或文号年份'],
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

function modeNote(result: SearchResult): HTMLElement | null {
  // A complete number nobody has or cites: said so; near numbers are only suggestions.
  if (result.missingNumber) {
    const near = result.missingNumber.near;
    return h('div', { class: 'notice', role: 'status' }, h('p', {}, result.missingNumber.message),
      near.length > 0
        ? h('p', {}, '相近的文号（仅供参考）：', near.map((n) => [h('a', { href: n.id ? href('doc', { id: n.id }) : href('search', { q: n.text }) }, n.text), n.note ? `（${n.note}）` : '', ' ']))
        : null);
  }
  switch (result.mode) {
    case 'partial':
      return h('p', { class: 'notice' }, '没有文件同时包含全部词语，以下文件包含其中一部分。可以减少词语，或换个说法。');
    case 'docNumber':
      return h('p', { class: 'notice' }, '按文号查到的文件：');
    case 'citedNumber':
      return h('p', { class: 'notice cited' }, '该文号的文件不在库中；以下文件引用了它。');
    default:
      return null;
  }
}

function renderResults(container: HTMLElement, state: SearchState, result: SearchResult, browsing: boolean, facets: HTMLElement): void {
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
  announce(summary);
  const beyond = result.hits.length === 0 && result.total > 0;
  replace(
    container,
    browsing ? welcome() : null,
    h(
      'div',
      { class: 'result-bar' },
      h('h2', { id: 'results-title', class: 'summary' }, summary),
      h('div', { class: 'result-tools' }, facetToggle(state, facets), browsing ? null : h('div', { class: 'sort' }, h('label', { for: 'sort' }, '排序'), sort)),
    ),
    activeFilters(state),
    result.terms?.length && !browsing ? h('p', { class: 'terms' }, '检索词：', result.terms.map((term) => h('span', { class: 'term' }, term))) : null,
    // What the search did that was not typed: a long paste cut to its first sentence, residents' words read as the gazettes' (养狗 → 养犬).
    result.notice && !browsing ? h('p', { class: 'notice search-notice', role: 'status' }, result.notice) : null,
    modeNote(result),
    inForceOnly(state, result),
    beyond
      ? h('div', { class: 'notice', role: 'status' }, h('p', {}, `第 ${result.page} 页没有结果：共 ${Math.ceil(result.total / result.limit)} 页。`), h('p', {}, h('a', { href: stateHref({ ...state, page: 1 }) }, '回到第 1 页')))
      : result.hits.length === 0 ? emptyResult(state, result) : h('ol', { class: 'hits', start: (result.page - 1) * result.limit + 1 }, result.hits.map((hit) => hitItem(hit, result.terms ?? []))),
    pager(state, result),
  );
}

/**
 * When documents no longer in force are among the results, one click keeps only those in force:
 * an expired plan ranked above the current one is then not mistaken for it.
 */
function inForceOnly(state: SearchState, result: SearchResult): HTMLElement | null {
  if (state.filters.status.length > 0) return null;
  const statuses = result.facets?.status ?? [];
  const inForce = statuses.find((one) => one.value === '现行有效')?.count ?? 0;
  const other = statuses.filter((one) => one.value !== '现行有效').reduce((sum, one) => sum + one.count, 0);
  if (other === 0 || inForce === 0) return null;
  return h('p', { class: 'in-force-only' }, `结果中有 ${other} 件已失效、已废止或尚未生效的文件。`,
    h('a', { href: stateHref(toggled(state, 'status', '现行有效')) }, `只看现行有效的 ${inForce} 件`));
}

function hitItem(hit: SearchHit, terms: string[]): HTMLElement {
  const link = href('doc', { id: hit.id, hl: terms.join(' ') || undefined });
  const firstPassage = hit.passages.find((passage) => passage.paragraph >= 0);
  const original = href('original', { id: hit.id, p: firstPassage?.paragraph, hl: terms.join(' ') || undefined });
  const gazette = hit.gazette
    ? h('a', { href: href('gazette', { id: hit.gazette.id }) }, gazetteLabel(hit.gazette))
    : null;
  const meta: Child[] = [
    hit.issuingBody ? h('span', { class: 'issuer' }, hit.issuingBody) : null,
    hit.date ? h('time', { datetime: hit.date }, formatDate(hit.date)) : null,
    hit.type ? h('span', {}, hit.type) : null,
    gazette ? h('span', {}, '刊载：', gazette) : null,
    h('a', { href: original, class: 'original-link' }, hit.gazette?.page ? `原件第${hit.gazette.page}页` : '查看原件'),
  ];
  const inactive = hit.status && hit.status !== '现行有效';
  return h(
    'li',
    { class: `hit${inactive ? ' inactive' : ''}` },
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
    tips.push(h('li', {}, '去掉筛选条件：', h('a', { href: stateHref(withoutFilters(state)) }, state.q ? `在全部文件中检索“${state.q}”` : '清除全部筛选条件')));
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
  return h('div', { class: 'empty' }, h('p', {}, state.q ? `没有找到与“${state.q}”相符的文件。` : '没有符合这些筛选条件的文件。'), h('p', {}, '可以试试：'), h('ul', {}, tips));
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
