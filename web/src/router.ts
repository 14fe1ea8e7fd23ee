/**
 * @module web/router
 * Every page is a query string: `?view=doc&id=…&hl=停电`. Links are real hrefs (open in a new
 * tab, copy, share); clicks on same-origin links are handled with pushState, back/forward with
 * popstate, so reload and history always restore the same view.
 */

export type View = 'search' | 'doc' | 'original' | 'who' | 'unit' | 'units' | 'refs' | 'gazettes' | 'gazette';

/** Builds an in-app href; empty values and empty lists are left out so URLs stay short. */
export function href(view: View, params: Record<string, string | number | string[] | undefined> = {}): string {
  const search = new URLSearchParams();
  if (view !== 'search') search.set('view', view);
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '') continue;
    for (const one of Array.isArray(value) ? value : [value]) search.append(key, String(one));
  }
  const text = search.toString();
  return text ? `/?${text}` : '/';
}

export function currentView(params: URLSearchParams): View {
  const view = params.get('view');
  const known: View[] = ['search', 'doc', 'original', 'who', 'unit', 'units', 'refs', 'gazettes', 'gazette'];
  return known.includes(view as View) ? (view as View) : 'search';
}

let onRoute: (() => void) | undefined;
let rendered = '';

/** Goes to an in-app URL (pushState) and renders it. */
export function navigate(url: string, options: { replace?: boolean } = {}): void {
  if (options.replace) history.replaceState(null, '', url);
  else history.pushState(null, '', url);
  render();
}

function render(): void {
  rendered = location.pathname + location.search;
  onRoute?.();
}

/** Starts the router: renders now, then on link clicks and history moves. */
export function startRouter(route: () => void): void {
  onRoute = route;
  document.addEventListener('click', (event) => {
    if (event.defaultPrevented || event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    const anchor = (event.target as Element | null)?.closest?.('a');
    // getAttribute, not .href/.target: SVG links (the reference graph) have animated values there.
    const target = anchor?.getAttribute('href');
    if (!anchor || target === null || target === undefined || anchor.getAttribute('target') || anchor.hasAttribute('download')) return;
    const url = new URL(target, location.href);
    if (url.origin !== location.origin || url.pathname !== '/') return;
    // A jump to an anchor on this page (outline) is the browser's job.
    if (url.search === location.search && url.hash) return;
    event.preventDefault();
    navigate(url.pathname + url.search + url.hash);
  });
  window.addEventListener('popstate', () => {
    // Only the hash changed (outline anchors): nothing to re-render.
    if (location.pathname + location.search === rendered) return;
    render();
  });
  render();
}
