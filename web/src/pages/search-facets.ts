/**
 * @module web/pages/search-facets
 * The facets of the search page: checkboxes that combine (OR within a facet, AND across), with
 * counts that stay visible once a value is ticked (the server counts a ticked facet without its
 * own filter), 效力级别 and 效力状态 with all four states, and a 成文日期 range. On a phone the
 * panel is a drawer opened from the results bar, so results come first.
 */
import { VALIDITY_STATUSES, type FacetCount, type FacetName, type SearchResult } from '../../../src/model';
import { h, replace, type Child } from '../dom';
import { facetLabels, levelLabel } from '../format';
import { navigate } from '../router';
import { change, facetOrder, filterCount, isDate, stateHref, toggled, withoutFilters, type SearchState } from './search-state';

/** Facet values shown before "更多". */
const facetShown = 8;

/** How a facet value is read out: levels in Chinese, everything else as stored. */
export function facetValueLabel(name: FacetName, value: string): string {
  return name === 'level' ? levelLabel(value) : value;
}

/** Keeps keyboard focus on the facet that was just toggled, and the drawer open, across the re-render. */
let rememberFocus: { name: FacetName; value: string } | undefined;
let drawerOpen = false;

function counts(name: FacetName, state: SearchState, result: SearchResult): FacetCount[] {
  const list: FacetCount[] = [...(result.facets?.[name] ?? [])];
  // Every state of validity is listed, so 已废止 and 已失效 can be looked for even at zero.
  if (name === 'status') for (const status of VALIDITY_STATUSES) if (!list.some((one) => one.value === status)) list.push({ value: status, count: 0 });
  // A ticked value stays visible even when the server returns no count for it.
  for (const value of state.filters[name]) if (!list.some((one) => one.value === value)) list.unshift({ value, count: 0 });
  return list;
}

function facetItem(state: SearchState, name: FacetName, count: FacetCount, index: number): HTMLElement {
  const id = `f-${name}-${index}`;
  const checked = state.filters[name].includes(count.value);
  const label = facetValueLabel(name, count.value);
  const box = h('input', { type: 'checkbox', id, checked, disabled: count.count === 0 && !checked, 'data-value': count.value });
  box.addEventListener('change', () => {
    rememberFocus = { name, value: count.value };
    navigate(stateHref(toggled(state, name, count.value)));
  });
  if (rememberFocus && rememberFocus.name === name && rememberFocus.value === count.value) {
    rememberFocus = undefined;
    queueMicrotask(() => box.focus());
  }
  return h('li', { class: count.count === 0 && !checked ? 'zero' : undefined },
    box, h('label', { for: id }, h('span', { class: 'facet-value' }, label), ' ', h('span', { class: 'count' }, count.count)));
}

function dateRange(state: SearchState): HTMLElement {
  const from = h('input', { type: 'date', id: 'from', name: 'from', value: isDate(state.from) ? state.from : '' });
  const to = h('input', { type: 'date', id: 'to', name: 'to', value: isDate(state.to) ? state.to : '' });
  const problem = h('p', { class: 'field-error', id: 'date-error', role: 'alert' });
  const form = h(
    'form',
    { class: 'facet date-range', novalidate: true },
    h('fieldset', {}, h('legend', {}, '成文日期'),
      h('label', { for: 'from' }, '从'), from,
      h('label', { for: 'to' }, '至'), to,
      problem,
      h('button', { type: 'submit' }, '应用日期')),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const [first, last] = [from.value, to.value];
    const bad = [first, last].find((value) => value && !isDate(value));
    if (bad) {
      problem.textContent = `日期“${bad}”无法识别：请按 年-月-日 填写，例如 2022-07-01。`;
      return;
    }
    if (first && last && first > last) {
      problem.textContent = '起始日期晚于截止日期：请把较早的日期填在“从”里。';
      from.setAttribute('aria-describedby', 'date-error');
      from.focus();
      return;
    }
    navigate(stateHref(change(state, { from: first, to: last })));
  });
  return form;
}

/**
 * The facet panel: a side column on wide screens, a drawer on a phone (opened by the button
 * `facetToggle` returns, closed by 完成 or Escape).
 */
export function renderFacets(container: HTMLElement, state: SearchState, result: SearchResult): void {
  const groups: HTMLElement[] = [];
  for (const name of facetOrder) {
    const list = counts(name, state, result);
    if (list.length === 0) continue;
    const items = list.map((count, index) => facetItem(state, name, count, index));
    const more = items.slice(facetShown);
    const ticked = state.filters[name].length;
    groups.push(
      h('fieldset', { class: 'facet', 'data-facet': name },
        h('legend', {}, facetLabels[name], ticked ? h('span', { class: 'ticked' }, `（已选 ${ticked}）`) : null),
        h('ul', {}, items.slice(0, facetShown)),
        more.length > 0 ? h('details', { class: 'more', open: more.some((item) => item.querySelector('input:checked')) }, h('summary', {}, `更多（${more.length}）`), h('ul', {}, more)) : null),
    );
  }
  groups.push(dateRange(state));
  const close = h('button', { type: 'button', class: 'drawer-close' }, `完成，查看 ${result.total} 件结果`);
  close.addEventListener('click', () => closeDrawer(container));
  replace(
    container,
    h('div', { class: 'drawer-head' }, h('h2', { id: 'facets-title' }, '筛选'), filterCount(state) ? h('a', { href: stateHref(withoutFilters(state)), class: 'clear' }, '清除全部') : null),
    h('p', { class: 'hint facet-hint' }, '同一项内可多选（任一即可），不同项之间须同时满足。'),
    groups,
    close,
  );
  container.setAttribute('aria-labelledby', 'facets-title');
  container.classList.toggle('open', drawerOpen);
  container.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && container.classList.contains('open')) closeDrawer(container);
  });
}

function closeDrawer(container: HTMLElement): void {
  drawerOpen = false;
  container.classList.remove('open');
  const toggle = document.querySelector<HTMLButtonElement>('.facet-toggle');
  toggle?.setAttribute('aria-expanded', 'false');
  toggle?.focus();
}

/** The phone's button that opens the facet drawer, showing how many filters are on. */
export function facetToggle(state: SearchState, container: HTMLElement): HTMLElement {
  const count = filterCount(state);
  const button = h('button', { type: 'button', class: 'facet-toggle', 'aria-controls': 'facets', 'aria-expanded': String(drawerOpen) }, count ? `筛选（${count}）` : '筛选');
  button.addEventListener('click', () => {
    drawerOpen = !container.classList.contains('open');
    container.classList.toggle('open', drawerOpen);
    button.setAttribute('aria-expanded', String(drawerOpen));
    if (drawerOpen) container.querySelector<HTMLElement>('input:not([disabled]), button')?.focus();
  });
  return button;
}

/** The ticked filters as removable chips above the results. */
export function activeFilters(state: SearchState): HTMLElement | null {
  const chips: Child[] = [];
  for (const name of facetOrder) {
    for (const value of state.filters[name]) {
      const label = `${facetLabels[name]}：${facetValueLabel(name, value)}`;
      chips.push(h('li', {}, h('a', { class: 'chip', href: stateHref(toggled(state, name, value)), 'aria-label': `取消筛选 ${label}` }, label, h('span', { 'aria-hidden': 'true' }, ' ×'))));
    }
  }
  if (state.from || state.to) {
    chips.push(h('li', {}, h('a', { class: 'chip', href: stateHref(change(state, { from: '', to: '' })), 'aria-label': '取消日期范围' }, `成文日期：${state.from || '不限'} 至 ${state.to || '不限'}`, h('span', { 'aria-hidden': 'true' }, ' ×'))));
  }
  if (chips.length === 0) return null;
  return h('div', { class: 'chips' }, h('span', { class: 'visually-hidden' }, '当前筛选：'), h('ul', {}, chips), h('a', { href: stateHref(withoutFilters(state)), class: 'clear' }, '清除全部筛选'));
}
