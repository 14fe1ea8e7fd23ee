/**
 * @module web/pages/units
 * 部门: the list of offices per county, and one office with its aliases and every duty
 * across documents and gazette issues.
 */
import type { UnitProfile, UnitSummary } from '../../../src/model/store-views';
import { api, cachedStats } from '../api';
import { h, replace } from '../dom';
import { formatDate, roleLabels, setTitle } from '../format';
import { href, navigate } from '../router';
import { done, errorBox, isAbort, loading, pageHeading } from '../ui';

export async function renderUnits(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const county = params.get('county') ?? '';
  setTitle('部门');
  const select = h('select', { id: 'units-county' }, h('option', { value: '' }, '全部县'));
  if (county) select.append(h('option', { value: county, selected: true }, county));
  select.addEventListener('change', () => navigate(href('units', { county: select.value })));
  const filter = h('input', { id: 'units-filter', type: 'search', placeholder: '输入单位名称筛选，如：税务', autocomplete: 'off' });
  const list = h('div', { class: 'unit-list' });
  replace(main, pageHeading('部门'),
    h('p', { class: 'lead' }, '文件中出现的单位及其职责。点击单位查看它在各文件中的全部职责。'),
    h('div', { class: 'toolbar' }, h('label', { for: 'units-county' }, '县'), select, h('label', { for: 'units-filter' }, '筛选'), filter),
    list);
  cachedStats().then((stats) => {
    for (const { county: name } of stats.counties ?? []) if (name && name !== county) select.append(h('option', { value: name }, name));
  }).catch(() => undefined);
  loading(list);
  let units: UnitSummary[];
  try {
    units = (await api.units(county || undefined)).units;
  } catch (error) {
    if (isAbort(error)) return;
    replace(list, errorBox(error));
    done(list);
    return;
  }
  units.sort((a, b) => b.dutyCount - a.dutyCount || a.name.localeCompare(b.name, 'zh'));
  const items = units.map((unit) =>
    h('li', { 'data-names': [unit.name, ...unit.aliases].join(' ') },
      h('a', { href: href('unit', { id: unit.id }) }, unit.name),
      ' ', h('span', { class: 'count' }, `${unit.dutyCount} 项职责 · ${unit.documentCount} 件文件`),
      unit.county && !county ? h('span', { class: 'badge county' }, unit.county) : null));
  const status = h('p', { class: 'summary', 'aria-live': 'polite' }, `共 ${units.length} 个单位`);
  filter.addEventListener('input', () => {
    const needle = filter.value.trim();
    let shown = 0;
    for (const item of items) {
      const match = !needle || (item.dataset.names ?? '').includes(needle);
      item.hidden = !match;
      if (match) shown++;
    }
    status.textContent = needle ? `共 ${shown} 个单位含“${needle}”` : `共 ${units.length} 个单位`;
  });
  replace(list, status, units.length ? h('ul', { class: 'units' }, items) : h('p', {}, '还没有单位。'));
  done(list);
}

export async function renderUnit(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const id = params.get('id') ?? '';
  setTitle('部门');
  loading(main);
  let profile: UnitProfile;
  try {
    profile = await api.unit(id);
  } catch (error) {
    if (isAbort(error)) return;
    replace(main, errorBox(error));
    done(main);
    return;
  }
  const { unit, documents } = profile;
  setTitle(unit.name);
  const aliases = unit.aliases.filter((alias) => alias !== unit.name);
  const dutyCount = documents.reduce((sum, entry) => sum + entry.duties.length, 0);
  replace(
    main,
    h('nav', { class: 'breadcrumb', 'aria-label': '位置' }, h('a', { href: href('units', { county: unit.county }) }, '部门'), ' › ', h('span', { 'aria-current': 'page' }, unit.name)),
    pageHeading(unit.name),
    h('dl', { class: 'meta-card' },
      unit.county ? [h('dt', {}, '所属'), h('dd', {}, unit.county)] : null,
      h('dt', {}, '又称'), h('dd', {}, aliases.length ? aliases.join('、') : '（无）'),
      h('dt', {}, '职责'), h('dd', {}, `${dutyCount} 项，见于 ${documents.length} 件文件`)),
    h('p', {}, h('a', { href: href('search', { unit: unit.name }) }, '检索该单位负责的文件'), '　',
      h('a', { href: href('who', { q: unit.name, county: unit.county }) }, '在“谁负责”中查看')),
    h('section', { class: 'unit-duties', 'aria-labelledby': 'unit-duties-title' },
      h('h2', { id: 'unit-duties-title' }, '各文件中的职责'),
      documents.length === 0 ? h('p', {}, '没有记录的职责。') : null,
      documents.map(({ document, duties }) =>
        h('article', { class: 'card' },
          h('h3', {}, h('a', { href: href('doc', { id: document.id, hl: unit.name }) }, document.title)),
          h('p', { class: 'meta' }, [document.docNumber, document.issuingBody, formatDate(document.date)].filter(Boolean).join(' · ')),
          h('ul', { class: 'evidence' }, duties.map((duty) =>
            h('li', {}, h('span', { class: `role role-${duty.role}` }, roleLabels[duty.role] ?? duty.role), ' ',
              duty.matter,
              duty.sentence && duty.sentence !== duty.matter ? h('blockquote', {}, duty.sentence) : null,
              ' ', h('a', { href: `${href('doc', { id: document.id, hl: unit.name })}#p-${duty.paragraph}`, class: 'small' }, '原文')))))),
    ),
  );
  done(main);
}
