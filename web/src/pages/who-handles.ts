/**
 * @module web/pages/who-handles
 * 谁负责: one question, a county, and answers as cards — the office, its role, the sentence
 * that says so, the document and its validity. Only documents in force by default (a checkbox,
 * on; unticked the URL carries all=1). Built for a phone first.
 */
import type { WhoHandlesAnswer, WhoHandlesResult } from '../../../src/model';
import { api, cachedStats } from '../api';
import { h, highlight, replace } from '../dom';
import { formatDate, roleLabels, setTitle } from '../format';
import { href, navigate } from '../router';
import { announce, done, errorBox, isAbort, loading, pageHeading } from '../ui';

export async function renderWhoHandles(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const q = params.get('q') ?? '';
  const county = params.get('county') ?? '';
  const inForce = params.get('all') !== '1';
  setTitle(q ? `谁负责：${q}` : '谁负责');
  const input = h('input', {
    id: 'who-q',
    name: 'q',
    type: 'search',
    value: q,
    autocomplete: 'off',
    enterkeyhint: 'search',
    placeholder: '办理被征地农民养老保险补贴找哪个部门?',
    required: true,
  });
  const select = h('select', { id: 'who-county', name: 'county' }, h('option', { value: '' }, '全部县'));
  if (county) select.append(h('option', { value: county, selected: true }, county));
  const onlyInForce = h('input', { id: 'who-in-force', name: 'inForce', type: 'checkbox', checked: inForce });
  const answers = h('section', { class: 'answers', 'aria-labelledby': 'answers-title' });
  const form = h(
    'form',
    { class: 'who-form', action: '/', method: 'get' },
    h('label', { for: 'who-q' }, '您要办的事'),
    input,
    h('label', { for: 'who-county' }, '所在县'),
    select,
    h('label', { for: 'who-in-force', class: 'checkbox' }, onlyInForce, ' 只看现行有效的文件'),
    h('button', { type: 'submit', class: 'primary' }, '查找负责部门'),
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (!input.value.trim()) return;
    navigate(href('who', { q: input.value.trim(), county: select.value, all: onlyInForce.checked ? undefined : '1' }));
  });
  onlyInForce.addEventListener('change', () => {
    if (input.value.trim()) form.requestSubmit();
  });
  replace(
    main,
    h('div', { class: 'who' },
      pageHeading('谁负责'),
      h('p', { class: 'lead' }, '用一句话描述要办的事，查看文件规定由哪个部门负责，以及文件原文。'),
      form,
      answers),
  );
  fillCounties(select, county);
  if (!q) {
    replace(answers, h('h2', { id: 'answers-title', class: 'visually-hidden' }, '答案'), examples(county));
    return;
  }
  loading(answers, '正在查找…');
  let result: WhoHandlesResult;
  try {
    result = await api.whoHandles(q, county || undefined, inForce);
  } catch (error) {
    if (isAbort(error)) return;
    replace(answers, errorBox(error));
    done(answers);
    return;
  }
  const heading = result.answers.length
    ? `找到 ${result.answers.length} 个${result.mode === 'unit' ? '单位' : '负责部门'}`
    : '没有找到负责部门';
  announce(heading);
  replace(
    answers,
    h('h2', { id: 'answers-title' }, heading),
    result.notice ? h('p', { class: 'notice', role: 'status' }, result.notice) : null,
    // Answers from documents naming no county, for a county that gave none: said before them.
    result.countyNotice ? h('p', { class: 'notice county-notice', role: 'status' }, result.countyNotice) : null,
    // Words of place or time no document holds, let go to find an answer: said before it.
    result.contextNotice ? h('p', { class: 'notice context-notice', role: 'status' }, result.contextNotice) : null,
    result.placeNotice ? h('p', { class: 'notice place-notice', role: 'status' }, result.placeNotice) : null,
    result.terms?.length ? h('p', { class: 'terms' }, '按这些词查找：', result.terms.map((term) => h('span', { class: 'term' }, term))) : null,
    result.answers.length
      ? h('ol', { class: 'cards' }, result.answers.map((answer) => answerCard(answer, result.terms ?? [])))
      : noAnswer(result),
    result.answers.length && result.notInForce
      ? h('p', { class: 'hint' }, `另有 ${result.notInForce} 个部门只见于已失效或已废止的文件；取消勾选“只看现行有效的文件”可查看。`)
      : null,
    result.bodies?.length
      ? h('section', { class: 'bodies' },
          h('h3', {}, '相关议事协调机构'),
          h('p', { class: 'hint' }, '这些是指挥部、领导小组等机构，不是可以直接办事的部门；文件没有写明其办公室设在哪个部门。'),
          h('ul', {}, result.bodies.map((body) => h('li', {}, body.unit.name))))
      : null,
  );
  done(answers);
}

async function fillCounties(select: HTMLSelectElement, selected: string): Promise<void> {
  try {
    const stats = await cachedStats();
    for (const { county } of stats.counties ?? []) {
      if (!county || county === selected) continue;
      select.append(h('option', { value: county }, county));
    }
  } catch {
    // The picker keeps "全部县"; the question still works.
  }
}

function answerCard(answer: WhoHandlesAnswer, terms: string[]): HTMLElement {
  const aliases = answer.unit.aliases.filter((alias) => alias !== answer.unit.name);
  return h(
    'li',
    { class: 'card answer' },
    h('h3', {}, h('a', { href: href('unit', { id: answer.unit.id }) }, answer.unit.name)),
    h('p', { class: 'badges' },
      h('span', { class: `role role-${answer.role}` }, answer.roleLabel || roleLabels[answer.role]),
      answer.unit.county ? h('span', { class: 'badge county' }, answer.unit.county) : null,
      answer.status ? statusBadge(answer.status) : null),
    aliases.length ? h('p', { class: 'aliases' }, '又称：', aliases.join('、')) : null,
    h('ul', { class: 'evidence' }, answer.evidence.slice(0, 3).map((evidence) =>
      h('li', {},
        h('blockquote', {}, highlight(evidence.sentence, terms)),
        h('p', { class: 'source-doc' },
          h('span', { class: 'role-inline' }, (roleLabels[evidence.role] ?? evidence.role) + (evidence.via ? `（${evidence.via}办公室所在部门）` : '')),
          evidence.status ? ['　', statusBadge(evidence.status)] : null,
          '　出自 ',
          h('a', { href: href('doc', { id: evidence.document.id, hl: terms.join(' ') || undefined }) }, `《${evidence.document.title}》`),
          evidence.document.docNumber ? ` ${evidence.document.docNumber}` : '',
          evidence.document.date ? `，${formatDate(evidence.document.date)}` : '')))),
    answer.evidence.length > 3 ? h('p', {}, h('a', { href: href('unit', { id: answer.unit.id }) }, `另有 ${answer.evidence.length - 3} 处规定，查看该单位全部职责`)) : null,
  );
}

const statusClass: Record<string, string> = { 现行有效: 'status-valid', 尚未生效: 'status-pending', 已失效: 'status-expired', 已废止: 'status-repealed' };

/** The validity of a document, as a badge coloured like the search page's. */
function statusBadge(status: string): HTMLElement {
  return h('span', { class: `badge status ${statusClass[status] ?? ''}` }, status);
}

function noAnswer(result: WhoHandlesResult): HTMLElement {
  return h(
    'div',
    { class: 'empty' },
    h('p', {}, result.message ?? '文件中没有找到负责这件事的部门。'),
    result.suggestions?.length
      ? [h('p', {}, '相近的事项：'), h('ul', { class: 'suggestions' }, result.suggestions.map((suggestion) => h('li', {}, h('a', { href: href('who', { q: suggestion, county: result.county }) }, suggestion))))]
      : null,
    h('p', {}, '也可以 ', h('a', { href: href('search', { q: result.question }) }, `在全文中检索“${result.question}”`), '。'),
  );
}

function examples(county: string): HTMLElement {
  const questions = ['办理被征地农民养老保险补贴找哪个部门?', '新办企业首次申领发票', '大面积停电谁负责', '自建房安全整治'];
  return h('div', { class: 'examples' }, h('p', {}, '例如：'),
    h('ul', {}, questions.map((question) => h('li', {}, h('a', { href: href('who', { q: question, county: county || undefined }) }, question)))));
}
