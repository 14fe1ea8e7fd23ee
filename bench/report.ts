/**
 * @module bench/report
 * The benchmark's printed table: one column per scale (or the real corpus), a growth column
 * from the first to the last and, with three scales or more, from the one before the last to
 * the last (1000→5000×); then latency by kind of query per engine at the last one.
 */
import type { EngineResult, GroongaLoad } from './measure';
import type { Latency } from './engines';
import type { ServerResult } from './server-bench';

export interface ScaleResult {
  /** '1000×' or 'laws'. */
  label: string;
  scale: number;
  gazettes: number;
  sourceMB: number;
  documents: number;
  /** Queries in the mix. */
  queries: number;
  ingest: { mbPerSecond: number; segmentMbPerSecond: number; addonSegmentMbPerSecond: number; ratioToSegmentation: number; peakRssMB: number; seconds: number; workers: number };
  storeMB: number;
  storePerSourceMB: number;
  engines: EngineResult[];
  groonga?: GroongaLoad;
  likeBuildSeconds?: number;
  topIngestFunctions?: Array<{ fn: string; selfPercent: number }>;
  whoHandles?: Latency;
  references?: Latency;
  server?: ServerResult;
}

const mb = (bytes: number) => bytes / 1024 / 1024;
export const fixed = (n: number | undefined, digits = 1) => (n !== undefined && Number.isFinite(n) ? n.toFixed(digits) : '—');

const widthOf = (s: string) => [...s].reduce((w, ch) => w + (/[\u3000-\u9fff\uff00-\uffef]/.test(ch) ? 2 : 1), 0);

export function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => widthOf(r[i] ?? ''))));
  const pad = (s: string, w: number) => s + ' '.repeat(Math.max(0, w - widthOf(s)));
  return rows.map((r, i) => (i === 1 ? widths.map((w) => '-'.repeat(w)).join(' | ') + '\n' : '') + r.map((c, j) => pad(c, widths[j])).join(' | ')).join('\n');
}

/** One figure of the table: its text per scale and, for growth, the number behind it. */
interface Figure {
  name: string;
  text: (r: ScaleResult) => string;
  value?: (r: ScaleResult) => number | undefined;
}

const ENGINE_LABELS: Record<string, string> = {
  'sqlite-fts5': 'project (whole search)',
  'groonga-bare': 'Groonga bare top-20 + count',
  'groonga-facets': 'Groonga + facets, passages',
  'like-scan': 'LIKE scan',
  minisearch: 'MiniSearch',
};

const lat = (l: Latency | undefined) => (l ? `${fixed(l.p50, 2)} / ${fixed(l.p95, 2)} / ${fixed(l.p99, 2)}` : '—');
const engineOf = (r: ScaleResult, name: string) => r.engines.find((e) => e.name === name);

function engineFigures(name: string): Figure[] {
  const label = ENGINE_LABELS[name] ?? name;
  const figures: Figure[] = [{ name: `${label} p50/p95/p99 ms`, text: (r) => lat(engineOf(r, name)?.latency), value: (r) => engineOf(r, name)?.latency.p95 }];
  if (name.startsWith('groonga')) {
    figures.push({ name: `  same, Groonga's own time`, text: (r) => lat(engineOf(r, name)?.ownLatency), value: (r) => engineOf(r, name)?.ownLatency?.p95 });
    figures.push({ name: `  same count as project`, text: (r) => (engineOf(r, name) ? `${engineOf(r, name)!.sameCountAsProject} of ${r.queries}` : '—') });
  }
  if (name !== 'groonga-facets') {
    figures.push({
      name: `${label} start-up ms · ${name.startsWith('groonga') ? 'RSS (own)' : 'heap/RSS'} MB`,
      text: (r) => {
        const e = engineOf(r, name);
        if (!e) return '—';
        return name.startsWith('groonga') ? `${fixed(e.startupMs, 0)} · ${fixed(mb(e.rssBytes), 0)} (${fixed(mb(e.anonBytes ?? 0), 0)})` : `${fixed(e.startupMs, 0)} · ${fixed(mb(e.heapBytes), 1)} / ${fixed(mb(e.rssBytes), 1)}`;
      },
      value: (r) => engineOf(r, name)?.rssBytes,
    });
  }
  return figures;
}

function figures(results: ScaleResult[]): Figure[] {
  const names = [...new Set(results.flatMap((r) => r.engines.map((e) => e.name)))];
  const list: Figure[] = [
    { name: 'gazettes / documents', text: (r) => `${r.gazettes} / ${r.documents}`, value: (r) => r.documents },
    { name: 'source text MB', text: (r) => fixed(r.sourceMB, 1), value: (r) => r.sourceMB },
    { name: 'ingest MB/s (end to end)', text: (r) => fixed(r.ingest.mbPerSecond, 2), value: (r) => r.ingest.mbPerSecond },
    { name: 'nodejieba search-mode MB/s', text: (r) => fixed(r.ingest.segmentMbPerSecond, 2), value: (r) => r.ingest.segmentMbPerSecond },
    { name: 'same, project addon MB/s', text: (r) => fixed(r.ingest.addonSegmentMbPerSecond, 2), value: (r) => r.ingest.addonSegmentMbPerSecond },
    { name: 'ingest ÷ segmentation', text: (r) => `${fixed(r.ingest.ratioToSegmentation * 100, 0)}%`, value: (r) => r.ingest.ratioToSegmentation },
    { name: 'ingest seconds', text: (r) => fixed(r.ingest.seconds, 1), value: (r) => r.ingest.seconds },
    { name: 'ingest worker threads', text: (r) => String(r.ingest.workers), value: (r) => r.ingest.workers },
    { name: 'ingest peak RSS MB', text: (r) => fixed(r.ingest.peakRssMB, 0), value: (r) => r.ingest.peakRssMB },
    { name: 'store MB (× source)', text: (r) => `${fixed(r.storeMB, 1)} (${fixed(r.storePerSourceMB, 2)}×)`, value: (r) => r.storeMB },
    {
      name: 'Groonga index · db MB (× source)',
      text: (r) => (r.groonga ? `${fixed(mb(r.groonga.indexBytes), 1)} · ${fixed(mb(r.groonga.dbBytes), 1)} (${fixed(mb(r.groonga.dbBytes) / r.sourceMB, 2)}×)` : '—'),
      value: (r) => r.groonga?.dbBytes,
    },
    { name: 'Groonga load seconds', text: (r) => fixed(r.groonga && r.groonga.loadMs / 1000, 1), value: (r) => r.groonga && r.groonga.loadMs },
    ...names.flatMap(engineFigures),
  ];
  const sqlite = (r: ScaleResult) => engineOf(r, 'sqlite-fts5')!.latency;
  const ratio = (r: ScaleResult, name: string, of: 'p50' | 'p95') => {
    const e = engineOf(r, name);
    return e ? e.latency[of] / sqlite(r)[of] : undefined;
  };
  if (names.includes('groonga-bare')) {
    const times = (n: number | undefined) => (n !== undefined && Number.isFinite(1 / n) ? `${fixed(1 / n, 2)}×` : '—');
    list.push({ name: 'project p95 ÷ Groonga bare · + facets', text: (r) => `${times(ratio(r, 'groonga-bare', 'p95'))} · ${times(ratio(r, 'groonga-facets', 'p95'))}` });
  }
  if (names.includes('like-scan')) list.push({ name: 'speed-up vs LIKE p50 / p95', text: (r) => `${fixed(ratio(r, 'like-scan', 'p50'), 1)}× / ${fixed(ratio(r, 'like-scan', 'p95'), 1)}×`, value: (r) => ratio(r, 'like-scan', 'p50') });
  if (results.some((r) => r.whoHandles)) {
    list.push(
      { name: 'who-handles p50/p95 ms', text: (r) => (r.whoHandles ? `${fixed(r.whoHandles.p50, 2)} / ${fixed(r.whoHandles.p95, 2)}` : '—'), value: (r) => r.whoHandles?.p95 },
      { name: 'references p50/p95 ms', text: (r) => (r.references ? `${fixed(r.references.p50, 2)} / ${fixed(r.references.p95, 2)}` : '—'), value: (r) => r.references?.p95 },
    );
  }
  if (results.some((r) => r.server)) {
    list.push(
      { name: 'HTTP mix p50/p95 ms', text: (r) => (r.server ? `${fixed(r.server.mixLatency.p50, 2)} / ${fixed(r.server.mixLatency.p95, 2)}` : '—'), value: (r) => r.server?.mixLatency.p95 },
      { name: 'HTTP /api/search req/s', text: (r) => (r.server ? fixed(r.server.requestsPerSecond, 0) : '—'), value: (r) => r.server?.requestsPerSecond },
      { name: 'HTTP p99 ms under load', text: (r) => (r.server ? fixed(r.server.p99Ms, 0) : '—'), value: (r) => r.server?.p99Ms },
      { name: 'HTTP errors + non-2xx', text: (r) => (r.server ? `${r.server.errors + r.server.non2xx} of ${r.server.requests}` : '—') },
      { name: 'server peak RSS MB', text: (r) => (r.server ? fixed(mb(r.server.peakRssBytes), 0) : '—'), value: (r) => r.server?.peakRssBytes },
    );
  }
  return list;
}

/** b ÷ a as a growth cell ('' where either is missing). */
export function growthCell(a: number | undefined, b: number | undefined): string {
  if (a === undefined || b === undefined || !a || !Number.isFinite(b / a)) return '';
  return `×${fixed(b / a, b / a < 10 ? 2 : 0)}`;
}

export function report(results: ScaleResult[]): string {
  const first = results[0];
  const last = results.at(-1)!;
  const previous = results.length >= 3 ? results.at(-2)! : undefined;
  const header = ['figure', ...results.map((r) => r.label)];
  if (results.length > 1) header.push(`growth ${first.label}→${last.label}`);
  if (previous) header.push(`growth ${previous.label}→${last.label}`);
  const rows = figures(results).map((f) => {
    const cells = [f.name, ...results.map(f.text)];
    if (results.length > 1) cells.push(growthCell(f.value?.(first), f.value?.(last)));
    if (previous) cells.push(growthCell(f.value?.(previous), f.value?.(last)));
    return cells;
  });
  let text = table([header, ...rows]);
  // Latency by kind of query, per engine, at the last column: where each engine is slow.
  const kinds = Object.keys(last.engines[0]?.byKind ?? {});
  if (kinds.length > 0) {
    const kindRows = [
      [`p50 / p95 ms at ${last.label}`, ...kinds],
      ...last.engines.map((e) => [ENGINE_LABELS[e.name] ?? e.name, ...kinds.map((k) => `${fixed(e.byKind![k].p50, 2)} / ${fixed(e.byKind![k].p95, 2)}`)]),
    ];
    text += `\n\n${table(kindRows)}`;
  }
  return text;
}
