/**
 * Hostile queries: 10,000 generated requests (./hostile-queries.ts, seeded) against the real
 * app over a store holding the two sample gazettes, on a loopback server in this process.
 * Never a 5xx, never a stack trace or SQL error text in an answer, every answer JSON (except
 * Node's own 431 for a request line over 16 KB), and every answer within one second. Requests go one at a time, so each latency is the server's own.
 */
import type { AddressInfo } from 'node:net';
import type { Server } from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../src/api/create-app';
import { loadConfig } from '../../src/config';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openSampleStore } from '../sample-store';
import { hostileRequest, randomSource } from './hostile-queries';

const count = Number(process.env.FUZZ_REQUESTS ?? 10_000);
const seed = Number(process.env.FUZZ_SEED ?? 20240917);

let store: GazetteStore;
let server: Server;
let base: string;
const logged: string[] = [];

beforeAll(async () => {
  store = await openSampleStore();
  const config = loadConfig({}, { db: store.path, logLevel: 'silent' });
  const logger = { info: () => {}, error: (message: string) => logged.push(message) };
  const app = createApp({ store, config, logger });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}, 120_000);

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  store?.close();
});

describe('the API under hostile queries', () => {
  it(`answers ${count} generated requests without a 5xx, a leak, or a response slower than 1 s`, async () => {
    const random = randomSource(seed);
    const failures: string[] = [];
    const statuses = new Map<number, number>();
    let slowest = { ms: 0, path: '' };
    const latencies: number[] = [];
    for (let i = 0; i < count; i++) {
      const path = hostileRequest(random);
      const started = performance.now();
      const response = await fetch(base + path);
      const body = await response.text();
      const ms = performance.now() - started;
      latencies.push(ms);
      statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
      if (ms > slowest.ms) slowest = { ms, path };
      if (response.status >= 500) failures.push(`${response.status} ${path.slice(0, 200)} → ${body.slice(0, 200)}`);
      else if (ms >= 1000) failures.push(`${Math.round(ms)} ms ${path.slice(0, 200)}`);
      else if (/\bat \S+ \(\S+:\d+:\d+\)|SqliteError|\bSQLITE_[A-Z]+\b|fts5: syntax error|no such column|unterminated string/.test(body)) {
        failures.push(`leak ${path.slice(0, 200)} → ${body.slice(0, 200)}`);
      } else if (response.status !== 431 && !(response.headers.get('content-type') ?? '').includes('application/json')) {
        // 431: Node's HTTP parser refuses a request line over 16 KB before the app sees it.
        failures.push(`not JSON (${response.headers.get('content-type')}) ${path.slice(0, 200)}`);
      }
    }
    latencies.sort((a, b) => a - b);
    const p = (q: number) => latencies[Math.min(latencies.length - 1, Math.floor(q * latencies.length))].toFixed(1);
    console.log(
      `${count} requests (seed ${seed}): statuses ${JSON.stringify(Object.fromEntries(statuses))}; ` +
        `p50 ${p(0.5)} ms, p99 ${p(0.99)} ms, max ${slowest.ms.toFixed(1)} ms (${slowest.path.slice(0, 120)})`,
    );
    expect(failures.slice(0, 20)).toEqual([]);
    expect(logged.slice(0, 5)).toEqual([]);
    // Sanity: the generator reached the search engine, not only the validators.
    expect(statuses.get(200) ?? 0).toBeGreaterThan(count / 4);
  }, 600_000);

  it.each(['停电 NEAR 预案', 'NEAR(停电 预案)', '"title:停电"', '"停电', '停电*', '^停电', '停电) OR (1=1', "停电' OR 1=1 --", '{title body}:停电', '"body:停电" AND'])(
    'answers %j with search results, not an error',
    async (q) => {
    const response = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(200);
    const body = (await response.json()) as { total: number; hits: unknown[] };
    expect(Array.isArray(body.hits)).toBe(true);
    expect(body.total).toBeGreaterThanOrEqual(0);
    },
  );

  it.each(['title:停电', 'body:停电 AND'])('refuses %j, an unknown filter key, with a 400 naming it', async (q) => {
    const response = await fetch(`${base}/api/search?q=${encodeURIComponent(q)}`);
    expect(response.status).toBe(400);
    expect(((await response.json()) as { error: { message: string } }).error.message).toContain('不是可用的筛选条件');
  });
});
