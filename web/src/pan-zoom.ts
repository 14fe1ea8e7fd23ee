/**
 * @module web/pan-zoom
 * Pan and zoom for an SVG drawn with a viewBox: it starts fitted to its box (the whole graph
 * on a phone), buttons zoom around the centre, a drag (mouse or finger) pans, and the arrow
 * keys and +/− do the same from the keyboard. Only the viewBox changes: attributes, no styles.
 */
import { h } from './dom';

interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

const minScale = 1;
const maxScale = 6;

/** Wraps an SVG with zoom buttons; returns the wrapper to place in the page. */
export function panZoom(element: SVGSVGElement | SVGElement, label: string): HTMLElement {
  const [x0, y0, w0, h0] = (element.getAttribute('viewBox') ?? '0 0 100 100').split(/\s+/).map(Number);
  const full: Box = { x: x0, y: y0, width: w0, height: h0 };
  let view: Box = { ...full };
  const apply = () => {
    element.setAttribute('viewBox', `${view.x} ${view.y} ${view.width} ${view.height}`);
    wrapper.dataset.scale = (full.width / view.width).toFixed(2);
  };
  const clamp = (box: Box): Box => {
    const x = Math.min(Math.max(box.x, full.x), full.x + full.width - box.width);
    const y = Math.min(Math.max(box.y, full.y), full.y + full.height - box.height);
    return { ...box, x, y };
  };
  const zoom = (factor: number, cx = view.x + view.width / 2, cy = view.y + view.height / 2) => {
    const scale = Math.min(maxScale, Math.max(minScale, (full.width / view.width) * factor));
    const width = full.width / scale;
    const height = full.height / scale;
    view = clamp({ x: cx - (cx - view.x) * (width / view.width), y: cy - (cy - view.y) * (height / view.height), width, height });
    apply();
  };
  const pan = (dx: number, dy: number) => {
    view = clamp({ ...view, x: view.x + dx, y: view.y + dy });
    apply();
  };
  const button = (text: string, name: string, action: () => void) => {
    const one = h('button', { type: 'button', 'aria-label': name, title: name }, text);
    one.addEventListener('click', action);
    return one;
  };
  const tools = h('div', { class: 'zoom-tools', role: 'group', 'aria-label': `${label}缩放` },
    button('＋', '放大', () => zoom(1.5)),
    button('－', '缩小', () => zoom(1 / 1.5)),
    button('全图', '显示全图', () => {
      view = { ...full };
      apply();
    }));
  const stage = h('div', { class: 'zoom-stage', tabindex: '0', 'aria-label': `${label}：可拖动平移，用加号、减号缩放，方向键移动` }, element);
  const wrapper = h('div', { class: 'pan-zoom' }, tools, stage);

  let drag: { id: number; x: number; y: number; moved: boolean } | undefined;
  stage.addEventListener('pointerdown', (event) => {
    if (full.width / view.width <= 1.01) return;
    drag = { id: event.pointerId, x: event.clientX, y: event.clientY, moved: false };
  });
  stage.addEventListener('pointermove', (event) => {
    if (!drag || drag.id !== event.pointerId) return;
    const rect = stage.getBoundingClientRect();
    const ratio = view.width / Math.max(1, rect.width);
    const [dx, dy] = [event.clientX - drag.x, event.clientY - drag.y];
    if (!drag.moved && Math.hypot(dx, dy) < 4) return;
    if (!drag.moved) stage.setPointerCapture(event.pointerId);
    drag.moved = true;
    pan(-dx * ratio, -dy * ratio);
    drag.x = event.clientX;
    drag.y = event.clientY;
  });
  const end = (event: PointerEvent) => {
    if (drag?.moved) {
      // A drag is not a click: the box under the pointer must not open.
      stage.addEventListener('click', (click) => click.preventDefault(), { capture: true, once: true });
    }
    if (drag?.id === event.pointerId) drag = undefined;
  };
  stage.addEventListener('pointerup', end);
  stage.addEventListener('pointercancel', end);
  stage.addEventListener('keydown', (event) => {
    if (event.target !== stage) return;
    const step = view.width / 8;
    const keys: Record<string, () => void> = {
      '+': () => zoom(1.5),
      '=': () => zoom(1.5),
      '-': () => zoom(1 / 1.5),
      ArrowLeft: () => pan(-step, 0),
      ArrowRight: () => pan(step, 0),
      ArrowUp: () => pan(0, -step),
      ArrowDown: () => pan(0, step),
    };
    const action = keys[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  });
  apply();
  return wrapper;
}
