import { describe, expect, it } from 'vitest';
import { growthCell, report, type ScaleResult } from '../../bench/report';

const latency = (p95: number) => ({ p50: p95 / 2, p95, p99: p95 * 1.5, mean: p95 / 2 });

function column(scale: number, p95: number, groongaP95?: number): ScaleResult {
  const engines: ScaleResult['engines'] = [{ name: 'sqlite-fts5', startupMs: 1, heapBytes: 0, rssBytes: 1 << 20, latency: latency(p95), byKind: { word: { p50: 1, p95: p95 } } }];
  if (groongaP95 !== undefined) {
    engines.push({ name: 'groonga-bare', startupMs: 1, heapBytes: 0, rssBytes: 1 << 20, anonBytes: 1 << 19, latency: latency(groongaP95), ownLatency: latency(groongaP95 / 2), sameCountAsProject: 190, byKind: { word: { p50: 1, p95: groongaP95 } } });
  }
  return {
    label: `${scale}×`,
    scale,
    gazettes: 2 * scale,
    sourceMB: 0.28 * scale,
    documents: 26 * scale,
    queries: 200,
    ingest: { mbPerSecond: 3, segmentMbPerSecond: 6, addonSegmentMbPerSecond: 7, ratioToSegmentation: 0.5, peakRssMB: 300, seconds: scale / 10, workers: 2 },
    storeMB: scale,
    storePerSourceMB: 3.6,
    engines,
  };
}

describe('growthCell', () => {
  it.each([
    [2, 5, '×2.50'],
    [1, 1000, '×1000'],
    [undefined, 5, ''],
    [0, 5, ''],
    [5, undefined, ''],
  ])('%s → %s: %s', (a, b, expected) => {
    expect(growthCell(a, b)).toBe(expected);
  });
});

describe('report', () => {
  it('one column has no growth column', () => {
    expect(report([column(1, 2)]).split('\n')[0]).not.toContain('growth');
  });

  it('shows growth first→last and, from three columns, the one before the last→last', () => {
    const text = report([column(1, 1, 1), column(1000, 10, 5), column(5000, 15, 8)]);
    const header = text.split('\n')[0];
    expect(header).toContain('growth 1×→5000×');
    expect(header).toContain('growth 1000×→5000×');
    const row = text.split('\n').find((l) => l.startsWith('project (whole search) p50/p95/p99'))!;
    expect(row).toContain('×15');
    expect(row).toContain('×1.50');
    expect(text).toContain('190 of 200');
    expect(text.split('\n').find((l) => l.startsWith('project p95 ÷ Groonga bare'))).toContain('1.88× · —');
  });
});
