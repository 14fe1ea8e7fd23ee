/**
 * @module web/main
 * Entry of the UI bundle: marks the current section in the header and renders the page the
 * query string names. Pages only talk to the server through ./api.
 */
import { abortPending } from './api';
import { renderDocument } from './pages/document';
import { renderGazette, renderGazettes } from './pages/gazettes';
import { renderOriginal } from './pages/original';
import { renderReferences } from './pages/references';
import { renderSearch } from './pages/search';
import { renderUnit, renderUnits } from './pages/units';
import { renderWhoHandles } from './pages/who-handles';
import { currentView, startRouter, type View } from './router';
import { isAbort } from './ui';

const sections: Record<View, string> = {
  search: 'search',
  doc: 'search',
  original: 'search',
  refs: 'search',
  who: 'who',
  units: 'units',
  unit: 'units',
  gazettes: 'gazettes',
  gazette: 'gazettes',
};

let first = true;

async function route(): Promise<void> {
  const main = document.getElementById('main');
  if (!main) return;
  abortPending();
  // Tests and tools wait for data-ready; it is set again when this view has rendered.
  delete document.body.dataset.ready;
  const params = new URLSearchParams(location.search);
  const view = currentView(params);
  for (const link of document.querySelectorAll<HTMLAnchorElement>('.site-nav a')) {
    if (link.dataset.section === sections[view]) link.setAttribute('aria-current', 'page');
    else link.removeAttribute('aria-current');
  }
  const wasFirst = first;
  first = false;
  try {
    switch (view) {
      case 'doc': await renderDocument(main, params); break;
      case 'original': await renderOriginal(main, params); break;
      case 'who': await renderWhoHandles(main, params); break;
      case 'unit': await renderUnit(main, params); break;
      case 'units': await renderUnits(main, params); break;
      case 'refs': await renderReferences(main, params); break;
      case 'gazettes': await renderGazettes(main); break;
      case 'gazette': await renderGazette(main, params); break;
      default: await renderSearch(main, params);
    }
  } catch (error) {
    if (!isAbort(error)) console.error(error);
  }
  // After an in-app move, tell assistive technology where we are (not on first load: the
  // search box keeps its autofocus-free, predictable start).
  if (!wasFirst && !location.hash && !document.activeElement?.closest('.facets')) {
    main.querySelector<HTMLElement>('.page-title')?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
  document.body.dataset.ready = view;
}

startRouter(() => void route());
