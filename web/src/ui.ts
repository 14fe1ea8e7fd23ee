/**
 * @module web/ui
 * Shared pieces of every page: loading and error states, headings, definition lists.
 */
import { ApiError } from './api';
import { h, replace, type Child } from './dom';
import { href } from './router';

export function loading(container: Element, text = '正在加载…'): void {
  container.setAttribute('aria-busy', 'true');
  replace(container, h('p', { class: 'loading', role: 'status' }, text));
}

export function done(container: Element): void {
  container.removeAttribute('aria-busy');
}

/** An error box in plain Chinese; 404s suggest going back to search. */
export function errorBox(error: unknown): HTMLElement {
  const api = error instanceof ApiError ? error : undefined;
  const message = api?.message ?? '页面出现错误，请稍后重试。';
  return h(
    'div',
    { class: 'notice error', role: 'alert' },
    h('p', {}, api?.status === 404 ? '没有找到：' : '出错了：', message),
    h('p', {}, h('a', { href: href('search') }, '返回检索首页')),
  );
}

/** A definition list row, skipped when the value is empty. */
export function row(label: string, ...value: Child[]): HTMLElement[] {
  const present = value.filter((one) => one !== undefined && one !== null && one !== '' && one !== false);
  if (present.length === 0) return [];
  return [h('dt', {}, label), h('dd', {}, ...present)];
}

/** Page heading that receives focus after in-app navigation (screen readers announce the page). */
export function pageHeading(text: Child, level: 'h1' | 'h2' = 'h1'): HTMLElement {
  return h(level, { class: 'page-title', tabindex: '-1' }, text);
}

export function isAbort(error: unknown): boolean {
  return (error as Error)?.name === 'AbortError';
}

/**
 * Says a result aloud to screen readers through the one live region of the page (a region
 * created together with its content is often not announced).
 */
export function announce(text: string): void {
  const region = document.getElementById('announcer');
  if (!region) return;
  region.textContent = '';
  // A separate task, so the same text twice is still announced.
  setTimeout(() => {
    region.textContent = text;
  }, 50);
}
