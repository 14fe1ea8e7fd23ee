import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WORKER_NICENESS } from '../../../ingest/workers/thread-priority';
import { createPreparePool, type PreparePool } from '../../../ingest/workers/worker-pool';
import { projectRoot } from '../../../src/config';

const sample = path.join(projectRoot, 'data', 'samples', 'xiaxian-2023-04.txt');
let pool: PreparePool | undefined;

afterEach(async () => {
  await pool?.close();
  pool = undefined;
});

/** The niceness of every thread of this process (Linux: field 19 of /proc/self/task/<tid>/stat). */
function threadNiceness(): Map<number, number> {
  const niceness = new Map<number, number>();
  for (const tid of fs.readdirSync('/proc/self/task')) {
    try {
      // The command name (field 2) is in parentheses and may hold spaces: count from after it.
      const fields = fs.readFileSync(`/proc/self/task/${tid}/stat`, 'utf8').split(') ')[1].split(' ');
      niceness.set(Number(tid), Number(fields[16]));
    } catch {
      // The thread ended while being listed.
    }
  }
  return niceness;
}

const linux = process.platform === 'linux';
if (!linux) console.warn('thread-priority: skipped, a niceness per thread is Linux only');

describe.skipIf(!linux)('ingestion workers on Linux', () => {
  it('run at a lower priority than the thread that writes, which keeps its own', async () => {
    const mine = os.getPriority();
    const before = threadNiceness();
    pool = createPreparePool(2);
    const bytes = fs.readFileSync(sample);
    await Promise.all([pool.prepare(bytes, 'a.txt'), pool.prepare(bytes, 'b.txt')]);
    const lowered = [...threadNiceness()].filter(([tid, nice]) => !before.has(tid) && nice === Math.max(mine, WORKER_NICENESS));
    expect(lowered.length).toBeGreaterThanOrEqual(2);
    expect(os.getPriority()).toBe(mine);
    expect(threadNiceness().get(process.pid)).toBe(mine);
  });
});
