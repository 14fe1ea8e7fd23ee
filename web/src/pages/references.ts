/**
 * @module web/pages/references
 * 关联: the neighbourhood of a document as an SVG graph — documents citing or repealing it on
 * the left, what it cites, repeals or rests on to the right; documents outside the corpus are
 * dashed. The same edges follow as a list, which is what screen readers use.
 */
import type { ReferenceEdge, ReferenceGraph, ReferenceNode } from '../../../src/model/store-views';
import { api } from '../api';
import { h, replace, svg } from '../dom';
import { relationLabels, setTitle, statusBadge } from '../format';
import { panZoom } from '../pan-zoom';
import { href } from '../router';
import { done, errorBox, isAbort, loading, pageHeading } from '../ui';
import { nodeHref, nodeLabel } from './document';

type Key = Exclude<keyof ReferenceGraph, 'node' | 'status' | 'neighbours'>;

const incomingKeys: Array<[Key, string]> = [
  ['repealedBy', '废止了本文件'],
  ['revisedBy', '修订了本文件'],
  ['extendedBy', '延长了本文件有效期'],
  ['interpretedBy', '解读了本文件'],
  ['citedBy', '引用了本文件'],
];
const outgoingKeys: Array<[Key, string]> = [
  ['repeals', '被本文件废止'],
  ['revises', '被本文件修订'],
  ['extends', '有效期被本文件延长'],
  ['basedOn', '本文件的依据'],
  ['implements', '本文件贯彻落实'],
  ['interprets', '被本文件解读'],
  ['cites', '被本文件引用'],
];

interface Placed {
  node: ReferenceNode;
  relations: string[];
  relationKeys: string[];
}

function nodeKey(node: ReferenceNode): string {
  return node.document?.id ?? node.docNumber ?? node.title ?? '?';
}

/** One entry per neighbour; a document both cited and relied on is drawn once with both labels. */
function collect(graph: ReferenceGraph, keys: Array<[Key, string]>, incoming: boolean): Placed[] {
  const placed = new Map<string, Placed>();
  for (const [key] of keys) {
    for (const edge of graph[key] ?? []) {
      const node = incoming ? edge.from : edge.to;
      const id = nodeKey(node);
      const entry = placed.get(id) ?? { node, relations: [], relationKeys: [] };
      const label = incoming && key !== 'citedBy' ? `${relationLabels[edge.relation]}本文` : relationLabels[edge.relation];
      if (!entry.relations.includes(label)) entry.relations.push(label);
      if (!entry.relationKeys.includes(key)) entry.relationKeys.push(key);
      placed.set(id, entry);
    }
  }
  return [...placed.values()];
}

export async function renderReferences(main: HTMLElement, params: URLSearchParams): Promise<void> {
  const key = params.get('no') ?? '';
  setTitle(`关联：${key}`);
  loading(main);
  let graph: ReferenceGraph;
  try {
    graph = await api.references(key, 1);
  } catch (error) {
    if (isAbort(error)) return;
    replace(main, errorBox(error));
    done(main);
    return;
  }
  const left = collect(graph, incomingKeys, true);
  const right = collect(graph, outgoingKeys, false);
  const center = graph.node;
  replace(
    main,
    pageHeading(['关联关系：', nodeLabel(center)]),
    h('p', { class: 'badges' },
      center.document
        ? h('a', { href: href('doc', { id: center.document.id }) }, '打开本文件')
        : h('span', { class: 'badge outside' }, '库外文件（库中只有引用它的文件）'),
      ' ', statusBadge(graph.status?.status), graph.status?.reason ? h('span', { class: 'reason' }, ` ${graph.status.reason}`) : null),
    left.length + right.length === 0
      ? h('p', { class: 'notice' }, '没有找到与它相关的文件。')
      : h('figure', { class: 'graph' },
          panZoom(drawGraph(center, left, right), '关联关系图'),
          h('figcaption', {}, '左：引用或废止本文件的文件；右：本文件引用、废止或依据的文件。实线框为库中文件，虚线框为库外文件。点击方框打开；用 ＋／－ 放大缩小，放大后可拖动。')),
    edgeList(graph),
  );
  done(main);
}

const width = 880;
const boxWidth = 250;
const boxHeight = 52;
const gap = 16;

function drawGraph(center: ReferenceNode, left: Placed[], right: Placed[]): SVGElement {
  const rows = Math.max(left.length, right.length, 1);
  const height = rows * (boxHeight + gap) + gap;
  const centerX = (width - boxWidth) / 2;
  const centerY = (height - boxHeight) / 2;
  const column = (items: Placed[], x: number, incoming: boolean): SVGElement[] => {
    const top = (height - items.length * (boxHeight + gap) + gap) / 2;
    return items.map((item, index) => {
      const y = top + index * (boxHeight + gap);
      const fromX = incoming ? x + boxWidth : centerX + boxWidth;
      const toX = incoming ? centerX : x;
      const fromY = incoming ? y + boxHeight / 2 : centerY + boxHeight / 2;
      const toY = incoming ? centerY + boxHeight / 2 : y + boxHeight / 2;
      const repeal = item.relationKeys.some((key) => key === 'repeals' || key === 'repealedBy');
      return svg('g', { class: 'edge-group' },
        svg('line', { x1: fromX, y1: fromY, x2: toX, y2: toY, class: `edge${repeal ? ' repeal' : ''}`, 'marker-end': 'url(#arrow)' }),
        box(item.node, x, y, false, item.relations.join('、')));
    });
  };
  return svg(
    'svg',
    { viewBox: `0 0 ${width} ${height}`, class: 'graph-svg', role: 'group', 'aria-label': '关联关系图（下方有同样内容的列表）' },
    svg('defs', {}, svg('marker', { id: 'arrow', viewBox: '0 0 10 10', refX: '10', refY: '5', markerWidth: '7', markerHeight: '7', orient: 'auto-start-reverse' },
      svg('path', { d: 'M 0 0 L 10 5 L 0 10 z', class: 'arrow' }))),
    column(left, gap, true),
    column(right, width - boxWidth - gap, false),
    box(center, centerX, centerY, true),
  );
}

function truncate(text: string, max: number): string {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}

function box(node: ReferenceNode, x: number, y: number, isCenter: boolean, relation = ''): SVGElement {
  const inCorpus = Boolean(node.document);
  const number = node.docNumber ?? node.document?.docNumber ?? (inCorpus ? '' : '库外文件');
  const title = node.document?.title ?? node.title ?? '';
  const shape = svg('g', { class: `node${inCorpus ? ' in-corpus' : ' outside'}${isCenter ? ' center' : ''}` },
    svg('title', {}, nodeLabel(node) + (inCorpus ? '' : '（库外文件）')),
    svg('rect', { x, y, width: boxWidth, height: boxHeight, rx: 6 }),
    svg('text', { x: x + 10, y: y + 20, class: 'node-number' }, truncate(number || title, relation ? 14 : 20)),
    // The relation sits inside the box: labels on converging lines would overlap.
    relation ? svg('text', { x: x + boxWidth - 8, y: y + 20, class: `edge-label${/废止/.test(relation) ? ' repeal' : ''}`, 'text-anchor': 'end' }, relation) : null,
    svg('text', { x: x + 10, y: y + 40, class: 'node-title' }, number ? truncate(title, 17) : ''));
  if (isCenter && !node.document) return shape;
  return svg('a', { href: nodeHref(node), class: 'node-link' }, shape);
}

function edgeList(graph: ReferenceGraph): HTMLElement {
  const groups: Array<[Key, string, boolean]> = [
    ...incomingKeys.map(([key, label]) => [key, label, true] as [Key, string, boolean]),
    ...outgoingKeys.map(([key, label]) => [key, label, false] as [Key, string, boolean]),
  ];
  const repealFirst = groups.sort((a, b) => Number(b[0].startsWith('repeal')) - Number(a[0].startsWith('repeal')));
  return h(
    'section',
    { class: 'references', 'aria-labelledby': 'edge-list-title' },
    h('h2', { id: 'edge-list-title' }, '关联文件列表'),
    repealFirst.map(([key, label, incoming]) => {
      const edges: ReferenceEdge[] = graph[key] ?? [];
      if (edges.length === 0) return null;
      return h('div', { class: `ref-group ref-${key}` }, h('h3', {}, `${label}（${edges.length}）`),
        h('ul', {}, edges.map((edge) => {
          const node = incoming ? edge.from : edge.to;
          return h('li', { class: node.document ? 'in-corpus' : 'outside' },
            h('a', { href: nodeHref(node) }, nodeLabel(node)),
            node.document ? null : h('span', { class: 'outside-note' }, '（库外文件）'),
            edge.sentence ? h('details', {}, h('summary', {}, '原文'), h('blockquote', {}, edge.sentence)) : null);
        })));
    }),
  );
}
