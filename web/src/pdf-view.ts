/**
 * @module web/pdf-view
 * Shows one page of a PDF with a passage marked, with pdf.js. pdf.js (about 1.5 MB with its
 * worker) is not in the bundle: build-web copies it to /pdfjs-<version>/ and this module loads
 * it only when a PDF page is opened, so the search page's first load stays small.
 *
 * The page a document stands on is known as printed ("— 6 —"); the PDF's own page index can
 * differ (covers, contents). So the page shown is the one whose text holds the passage, looked
 * for from the printed page outwards; the passage's text runs are then marked on an SVG layer
 * over the canvas (attributes only, as the content security policy wants).
 */
import type * as PdfJs from 'pdfjs-dist';
import { h, svg } from './dom';

/** Set by bin/build-web.mjs (esbuild `define`): where the copied pdf.js lives. */
declare const PDFJS_BASE: string;

type PdfDocument = Awaited<ReturnType<typeof PdfJs.getDocument>['promise']>;
interface TextRun {
  str: string;
  transform: number[];
  width: number;
  height: number;
}

let library: Promise<typeof PdfJs> | undefined;

function loadPdfJs(): Promise<typeof PdfJs> {
  // A computed URL: esbuild leaves the import to the browser instead of bundling pdf.js.
  const url = `${PDFJS_BASE}/pdf.min.mjs`;
  library ??= (import(/* @vite-ignore */ url) as Promise<typeof PdfJs>).then((pdfjs) => {
    pdfjs.GlobalWorkerOptions.workerSrc = `${PDFJS_BASE}/pdf.worker.min.mjs`;
    return pdfjs;
  });
  library.catch(() => {
    library = undefined;
  });
  return library;
}

/** Text compared without spaces and with full-width forms folded, as extraction varies in both. */
export function comparable(text: string): string {
  return text.normalize('NFKC').replace(/\s+/g, '');
}

/** Page numbers from `near` outwards: 6, 7, 5, 8, 4 … within 1..count. */
export function pagesOutward(near: number, count: number): number[] {
  const start = Math.min(Math.max(1, near), count);
  const order = [start];
  for (let step = 1; order.length < count; step++) {
    if (start + step <= count) order.push(start + step);
    if (start - step >= 1) order.push(start - step);
  }
  return order;
}

/**
 * Where a passage starts in a page's text and how far it runs on that page (a paragraph may
 * continue on the next page): its first characters must be there, then as many as agree.
 */
export function passageSpan(pageText: string, passage: string): { start: number; end: number } | undefined {
  for (const length of [16, 8]) {
    const needle = passage.slice(0, length);
    if (needle.length < Math.min(length, passage.length) || needle.length < 2) continue;
    const start = pageText.indexOf(needle);
    if (start < 0) continue;
    let end = start + needle.length;
    while (end < pageText.length && end - start < passage.length && pageText[end] === passage[end - start]) end++;
    return { start, end };
  }
  return undefined;
}

export interface PdfPageView {
  /** The element to place in the page. */
  element: HTMLElement;
  /** 1-based PDF page shown, and how many there are. */
  page: number;
  pages: number;
  /** How many text runs were marked. */
  marked: number;
  show(page: number): Promise<void>;
}

async function pageRuns(pdf: PdfDocument, page: number): Promise<{ runs: TextRun[]; text: string; starts: number[] }> {
  const content = await (await pdf.getPage(page)).getTextContent();
  const runs = (content.items as Array<TextRun | object>).filter((item): item is TextRun => 'str' in item);
  const starts: number[] = [];
  let text = '';
  for (const run of runs) {
    starts.push(text.length);
    text += comparable(run.str);
  }
  return { runs, text, starts };
}

/**
 * Opens a PDF at the page holding `passage` (searched from `printedPage` outwards) and marks it.
 *
 * @example await openPdfPage('/api/documents/3f2a…/source', { passage: '为健全县大面积停电事件应对工作机制', printedPage: 12, width: 800 })
 */
export async function openPdfPage(url: string, options: { passage: string; printedPage?: number; width: number }): Promise<PdfPageView> {
  const pdfjs = await loadPdfJs();
  const pdf = await pdfjs.getDocument({
    url,
    cMapUrl: `${PDFJS_BASE}/cmaps/`,
    cMapPacked: true,
    standardFontDataUrl: `${PDFJS_BASE}/standard_fonts/`,
    // No eval and no WebAssembly: the page's content security policy allows neither.
    isEvalSupported: false,
    useWasm: false,
    enableXfa: false,
  }).promise;
  const passage = comparable(options.passage);
  let found = 0;
  for (const page of pagesOutward(options.printedPage ?? 1, pdf.numPages)) {
    if (passageSpan((await pageRuns(pdf, page)).text, passage)) {
      found = page;
      break;
    }
  }
  const canvas = h('canvas', { class: 'pdf-canvas', 'aria-hidden': 'true' });
  const overlay = svg('svg', { class: 'pdf-marks', 'aria-hidden': 'true' });
  const text = h('div', { class: 'visually-hidden pdf-page-text' });
  const frame = h('div', { class: 'pdf-frame' }, canvas, overlay);
  const element = h('div', { class: 'pdf-view' }, frame, text);
  const view: PdfPageView = {
    element,
    page: found || Math.min(Math.max(1, options.printedPage ?? 1), pdf.numPages),
    pages: pdf.numPages,
    marked: 0,
    async show(page) {
      view.page = page;
      const pdfPage = await pdf.getPage(page);
      const base = pdfPage.getViewport({ scale: 1 });
      const scale = Math.min(2, options.width / base.width);
      const viewport = pdfPage.getViewport({ scale });
      const ratio = window.devicePixelRatio || 1;
      canvas.width = Math.floor(viewport.width * ratio);
      canvas.height = Math.floor(viewport.height * ratio);
      // Sizes through CSSOM (allowed by the policy, unlike style attributes).
      canvas.style.width = `${Math.floor(viewport.width)}px`;
      frame.style.width = `${Math.floor(viewport.width)}px`;
      overlay.setAttribute('viewBox', `0 0 ${viewport.width} ${viewport.height}`);
      await pdfPage.render({ canvas, canvasContext: canvas.getContext('2d')!, viewport, transform: ratio === 1 ? undefined : [ratio, 0, 0, ratio, 0, 0] }).promise;
      const { runs, text: pageText, starts } = await pageRuns(pdf, page);
      text.textContent = runs.map((run) => run.str).join('');
      element.dataset.page = String(page);
      const span = passageSpan(pageText, passage);
      const marks: SVGElement[] = [];
      runs.forEach((run, index) => {
        const from = starts[index];
        const to = from + comparable(run.str).length;
        if (!span || to <= span.start || from >= span.end || to === from) return;
        const [x, y] = [run.transform[4], run.transform[5]];
        const height = run.height || Math.hypot(run.transform[2], run.transform[3]);
        const [x1, y1, x2, y2] = viewport.convertToViewportRectangle([x, y - height * 0.2, x + run.width, y + height]);
        marks.push(svg('rect', { class: 'pdf-mark', x: Math.min(x1, x2), y: Math.min(y1, y2), width: Math.abs(x2 - x1), height: Math.abs(y2 - y1), rx: 2 }));
      });
      overlay.replaceChildren(...marks);
      view.marked = marks.length;
      element.dataset.marked = String(marks.length);
      marks[0]?.scrollIntoView?.({ block: 'center' });
    },
  };
  await view.show(view.page);
  return view;
}
