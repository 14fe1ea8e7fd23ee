/**
 * @module bench/server-bench
 * The server as users meet it: `gazette serve` in its own process over the benchmark store,
 * the query mix over HTTP, then autocannon on loopback for a bounded time; its peak memory is
 * read from /proc (VmHWM).
 */
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import path from 'node:path';
import autocannon from 'autocannon';
import { projectRoot } from '../src/config';
import type { SearchRequest } from '../src/model';
import { percentiles, type Latency } from './engines';

export interface ServerResult {
  mixLatency: Latency;
  requestsPerSecond: number;
  /** Requests autocannon completed. */
  requests: number;
  p99Ms: number;
  errors: number;
  non2xx: number;
  peakRssBytes: number;
  seconds: number;
  connections: number;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
    server.on('error', reject);
  });
}

export function searchPath(request: SearchRequest): string {
  const params = new URLSearchParams({ q: request.q, limit: '20' });
  for (const [key, values] of Object.entries(request.filters ?? {})) {
    for (const value of Array.isArray(values) ? values : [values]) params.append(key, String(value));
  }
  return `/api/search?${params}`;
}

function peakRss(pid: number): number {
  const status = fs.readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = Number(/VmHWM:\s+(\d+)/.exec(status)?.[1] ?? 0);
  return kb * 1024;
}

export async function serverBench(db: string, mix: SearchRequest[], seconds: number, connections = 16): Promise<ServerResult> {
  const port = await freePort();
  const child = spawn(process.execPath, [path.join(projectRoot, 'bin', 'gazette.mjs'), 'serve', '--db', db, '--port', String(port)], {
    env: { ...process.env, GAZETTE_LOG: 'silent', MEILI_HOST: '' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const base = `http://127.0.0.1:${port}`;
  try {
    for (let i = 0; ; i++) {
      if (child.exitCode !== null) throw new Error(`gazette serve exited with ${child.exitCode}`);
      const ok = await fetch(`${base}/api/health`).then((r) => r.ok, () => false);
      if (ok) break;
      if (i > 600) throw new Error('gazette serve did not start within 60 s');
      await new Promise((r) => setTimeout(r, 100));
    }
    const paths = mix.map(searchPath);
    for (const p of paths) await (await fetch(base + p)).arrayBuffer();
    const samples: number[] = [];
    for (const p of paths) {
      const t = performance.now();
      await (await fetch(base + p)).arrayBuffer();
      samples.push(performance.now() - t);
    }
    const result = await autocannon({
      url: base,
      connections,
      duration: seconds,
      requests: paths.map((p) => ({ method: 'GET' as const, path: p })),
    });
    return {
      mixLatency: percentiles(samples),
      requestsPerSecond: result.requests.average,
      requests: result.requests.total,
      p99Ms: result.latency.p99,
      errors: result.errors + result.timeouts,
      non2xx: result.non2xx,
      peakRssBytes: peakRss(child.pid!),
      seconds,
      connections,
    };
  } finally {
    child.kill('SIGTERM');
  }
}
