/**
 * @module bench/search-ab
 * `node --expose-gc --import tsx bench/search-ab.ts --db <store> --base <checkout> [--base-db <store>] [--mix <file>] [--rounds 5] [--out <file>]`
 *
 * Times the bench mix on one store under two versions of the search code in one process,
 * query by query, alternating which goes first: this checkout's and the one in `--base` (a
 * copy of another commit with its own `src/`, e.g. `git archive <commit> | tar -x -C <dir>`
 * and node_modules linked). On a shared, loaded machine two runs one after the other differ by
 * more than most changes of the search; interleaving each query puts the same noise on both.
 * `--base-db` gives the base version a store of its own: after a schema step, an older version
 * refuses the migrated store, so each reads a store it wrote from the same corpus.
 * Prints p50 / p95 by kind for each version from each query's fastest round, and the sum.
 */
import fs from 'node:fs';
import path from 'node:path';
import type { SearchRequest } from '../src/model';
import type { GazetteStore } from '../src/store/gazette-store';
import { openStore } from '../src/store/open-store';
import { ensureSegmenter } from '../src/text/segment';
import { percentiles } from './engines';
import { argValue, defaultMixFile, mixFor } from './search-mix';

type Open = typeof openStore;

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const db = argValue(argv, '--db');
  const base = path.resolve(argValue(argv, '--base'));
  const rounds = Number(argValue(argv, '--rounds', '5'));
  ensureSegmenter();
  const baseModule = (await import(path.join(base, 'src/store/open-store.ts'))) as { openStore: Open };
  const baseSegment = (await import(path.join(base, 'src/text/segment.ts'))) as { ensureSegmenter: () => void };
  baseSegment.ensureSegmenter();
  const stores: Array<[string, GazetteStore]> = [
    ['base', baseModule.openStore({ db: argv.includes('--base-db') ? argValue(argv, '--base-db') : db, readonly: true })],
    ['this', openStore({ db, readonly: true })],
  ];
  const mix = mixFor(stores[1][1], argValue(argv, '--mix', defaultMixFile(db)));
  const requests: SearchRequest[] = mix.map((m) => m.request);
  const times = stores.map(() => requests.map((): number[] => []));
  for (const [, store] of stores) for (const r of requests) await store.search.search(r);
  for (let round = 0; round < rounds; round++) {
    for (const [i, r] of requests.entries()) {
      for (let k = 0; k < stores.length; k++) {
        const which = (i + round + k) % stores.length;
        const t = performance.now();
        await stores[which][1].search.search(r);
        times[which][i].push(performance.now() - t);
      }
    }
  }
  const best = times.map((perQuery) => perQuery.map((ms) => Math.min(...ms)));
  const fmt = (ms: number[]) => {
    const l = percentiles(ms);
    return `${l.p50.toFixed(2).padStart(6)} / ${l.p95.toFixed(2).padStart(6)}`;
  };
  const kinds = ['all', ...new Set(mix.map((m) => m.kind))];
  process.stdout.write(`${'kind'.padEnd(11)} ${stores.map(([name]) => `${name} p50 / p95 ms`.padEnd(22)).join(' ')}\n`);
  for (const kind of kinds) {
    const pick = (ms: number[]) => ms.filter((_, i) => kind === 'all' || mix[i].kind === kind);
    process.stdout.write(`${kind.padEnd(11)} ${best.map((ms) => fmt(pick(ms)).padEnd(22)).join(' ')}\n`);
  }
  const sums = best.map((ms) => ms.reduce((s, v) => s + v, 0));
  process.stdout.write(`sum of each query's fastest round: ${sums.map((s) => s.toFixed(0)).join(' → ')} ms · RSS ${(process.memoryUsage().rss / 1048576).toFixed(0)} MB (both)\n`);
  const out = argv.includes('--out') ? argValue(argv, '--out') : undefined;
  if (out) fs.writeFileSync(out, JSON.stringify({ db, rounds, kinds: mix.map((m) => m.kind), base: best[0], this: best[1] }));
  for (const [, store] of stores) store.close();
}

if (process.argv[1]?.endsWith('search-ab.ts')) await main();
