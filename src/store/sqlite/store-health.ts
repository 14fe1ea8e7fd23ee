/**
 * @module store/sqlite/store-health
 * The store's answer to `GET /api/health`: cheap enough to ask every few seconds, and honest —
 * a server whose file was deleted, replaced or damaged says so instead of "ok".
 *
 * Each call checks that the file is still the one opened (same device and inode) and reports the
 * damage reads have met (a document whose checksum failed, SQLite's SQLITE_CORRUPT). The deeper
 * probe — SQLite's `quick_check` over every page, and the checksums of every document — reads
 * the whole file (1.5 s for 56 MB on a busy 2-core machine), so it runs on its own thread and
 * connection (probe-worker.ts), at most once per `probeEveryMs`; its result is kept between runs.
 */
import fs from 'node:fs';
import path from 'node:path';
import { Worker } from 'node:worker_threads';
import type Database from 'better-sqlite3';
import type { StoreHealth } from '../gazette-store';
import { deepProbe } from './deep-probe';

/** A deep probe at most this often (a monitor polling every 5 s does not read the file each time). */
const DEFAULT_PROBE_EVERY_MS = 60_000;

export interface HealthOptions {
  probeEveryMs?: number;
  now?: () => number;
}

export interface StoreHealthMonitor {
  health(): Promise<StoreHealth>;
  /** Records damage a read met (a document id, or a message). */
  noteDamage(what: string): void;
  /** Damage known now (reads, the last probe), without probing: what the server refuses to answer from. */
  faults(): string[];
}

function fileIdentity(file: string): { dev: number; ino: number } | undefined {
  try {
    const stat = fs.statSync(file);
    return { dev: stat.dev, ino: stat.ino };
  } catch {
    return undefined;
  }
}

const probeEntry = new URL('./probe-worker.mjs', import.meta.url);

/** Runs the deep probe on its own thread and connection. */
function probeInWorker(file: string): Promise<string[]> {
  return new Promise((resolve) => {
    // execArgv: [] — the entry registers tsx itself.
    const worker = new Worker(probeEntry, { workerData: { file }, execArgv: [] });
    worker.unref();
    let answered = false;
    worker.once('message', (problems: string[]) => {
      answered = true;
      resolve(problems);
    });
    worker.once('error', (error) => {
      answered = true;
      resolve([`健康检查线程失败：${error.message}`]);
    });
    worker.once('exit', () => {
      if (!answered) resolve(['健康检查线程意外退出']);
    });
  });
}

/**
 * Watches one open store.
 *
 * @example const monitor = createHealthMonitor(db, 'var/gazette.db'); await monitor.health() // → { ok: true, problems: [] }
 */
export function createHealthMonitor(db: Database.Database, file: string, options: HealthOptions = {}): StoreHealthMonitor {
  const now = options.now ?? Date.now;
  const every = options.probeEveryMs ?? DEFAULT_PROBE_EVERY_MS;
  // A store in memory (or a read-only archive copied there, open-store.ts) is probed here; its
  // copy cannot change, so once is enough.
  const memory = db.memory;
  const opened = file === ':memory:' || file === '' ? undefined : fileIdentity(file);
  const name = path.basename(file);
  const damage = new Set<string>();
  let probed: { at: number; problems: string[] } | undefined;
  let running: Promise<string[]> | undefined;

  function probe(): Promise<string[]> {
    running ??= (memory ? Promise.resolve(deepProbe(db)) : probeInWorker(file)).then((problems) => {
      probed = { at: now(), problems };
      running = undefined;
      return problems;
    });
    return running;
  }

  return {
    noteDamage(what) {
      damage.add(what);
    },
    faults() {
      const known = [...(probed?.problems ?? [])];
      if (damage.size > 0) known.push(`读取时发现 ${damage.size} 处损坏`);
      return known;
    },
    async health() {
      const problems: string[] = [];
      if (opened) {
        const current = fileIdentity(file);
        if (!current) problems.push(`数据库文件 ${name} 已被删除或移走，服务仍在用打开时的内容作答`);
        else if (current.dev !== opened.dev || current.ino !== opened.ino) problems.push(`数据库文件 ${name} 已被另一个文件替换`);
      }
      // The first answer waits for a probe; later ones use the last and start the next when it is stale.
      if (!probed) await probe();
      else if (!memory && now() - probed.at >= every) void probe();
      problems.push(...probed!.problems.map((p) => `${name}: ${p}`));
      if (damage.size > 0) problems.push(`${name}: 读取时发现 ${damage.size} 处损坏（${[...damage].slice(0, 3).join('、')}）`);
      return { ok: problems.length === 0, problems };
    },
  };
}
