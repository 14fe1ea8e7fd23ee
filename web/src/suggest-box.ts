/**
 * @module web/suggest-box
 * Search as you type: after two characters the box offers document numbers, titles, offices
 * and matters in a listbox under it (the ARIA combobox pattern). Keyboard first: ↓/↑ move,
 * Enter opens the one chosen (or searches what is typed when none is), Escape closes.
 */
import type { Suggestion } from '../../src/model';
import { fetchSuggestions } from './api';
import { h } from './dom';
import { href, navigate } from './router';
import { announce } from './ui';

const kindLabels: Record<Suggestion['kind'], string> = { number: '文号', title: '标题', unit: '单位', matter: '事项' };
/** Pause after a keystroke before asking: typing 稷政办发2022 sends one request, not six. */
const pauseMs = 120;

function target(suggestion: Suggestion): string {
  switch (suggestion.kind) {
    case 'number':
    case 'title':
      return suggestion.id ? href('doc', { id: suggestion.id }) : href('search', { q: suggestion.text });
    case 'unit':
      return suggestion.id ? href('unit', { id: suggestion.id }) : href('search', { unit: suggestion.text });
    case 'matter':
      return href('who', { q: suggestion.text });
  }
}

/**
 * Turns a search input into a combobox with suggestions; returns the listbox to place after it.
 *
 * @example form.append(attachSuggestions(input))
 */
export function attachSuggestions(input: HTMLInputElement): HTMLElement {
  const list = h('ul', { id: `${input.id}-suggestions`, class: 'suggestions-list', role: 'listbox', 'aria-label': '输入提示', hidden: true });
  input.setAttribute('role', 'combobox');
  input.setAttribute('aria-autocomplete', 'list');
  input.setAttribute('aria-controls', list.id);
  input.setAttribute('aria-expanded', 'false');
  let items: Suggestion[] = [];
  let active = -1;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let controller: AbortController | undefined;

  const close = () => {
    list.hidden = true;
    input.setAttribute('aria-expanded', 'false');
    input.removeAttribute('aria-activedescendant');
    active = -1;
  };
  const mark = (index: number) => {
    active = index;
    list.querySelectorAll('[role="option"]').forEach((option, at) => option.setAttribute('aria-selected', String(at === index)));
    if (index >= 0) {
      input.setAttribute('aria-activedescendant', `${list.id}-${index}`);
      list.children[index]?.scrollIntoView({ block: 'nearest' });
    } else input.removeAttribute('aria-activedescendant');
  };
  const show = (found: Suggestion[]) => {
    items = found;
    list.replaceChildren(...found.map((one, index) => {
      const option = h('li', { id: `${list.id}-${index}`, role: 'option', 'aria-selected': 'false', class: `suggestion kind-${one.kind}` },
        h('span', { class: 'kind' }, kindLabels[one.kind]), h('span', { class: 'text' }, one.text), one.note ? h('span', { class: 'note' }, one.note) : null);
      // mousedown, not click: the input's blur must not close the list before the choice lands.
      option.addEventListener('mousedown', (event) => {
        event.preventDefault();
        choose(index);
      });
      return option;
    }));
    active = -1;
    const open = found.length > 0;
    list.hidden = !open;
    input.setAttribute('aria-expanded', String(open));
    if (open) announce(`有 ${found.length} 条输入提示，按下方向键选择`);
  };
  const choose = (index: number) => {
    const one = items[index];
    if (!one) return;
    close();
    navigate(target(one));
  };

  input.addEventListener('input', () => {
    clearTimeout(timer);
    controller?.abort();
    const typed = input.value.trim();
    if ([...typed].length < 2) {
      close();
      return;
    }
    timer = setTimeout(() => {
      controller = new AbortController();
      fetchSuggestions(typed, controller.signal)
        .then((found) => {
          if (input.value.trim() === typed) show(found);
        })
        .catch(() => undefined);
    }, pauseMs);
  });
  input.addEventListener('keydown', (event) => {
    if (list.hidden) {
      if (event.key === 'ArrowDown' && items.length > 0) {
        show(items);
        mark(0);
        event.preventDefault();
      }
      return;
    }
    if (event.key === 'ArrowDown') mark((active + 1) % items.length);
    else if (event.key === 'ArrowUp') mark(active <= 0 ? items.length - 1 : active - 1);
    else if (event.key === 'Escape') close();
    else if (event.key === 'Enter' && active >= 0) choose(active);
    else return;
    event.preventDefault();
  });
  input.addEventListener('blur', () => setTimeout(close, 100));
  return list;
}
