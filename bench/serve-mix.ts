/**
 * @module bench/serve-mix
 * `node --import tsx bench/serve-mix.ts --db <store> [--mix <file>] [--load-seconds 10] [--connections 16]`
 *
 * The server on one store, as `npm run bench` measures it (bench/server-bench.ts): the query mix
 * of bench/search-mix.ts over HTTP, then a bounded load; prints the mix's p50 / p95, the load's
 * throughput and errors, and the server's peak RSS — for a store built once by bench/make-store.ts.
 */
import { openStore } from '../src/store/open-store';
import { argValue, defaultMixFile, mixFor } from './search-mix';
import { serverBench } from './server-bench';

const argv = process.argv.slice(2);
const db = argValue(argv, '--db');
const store = openStore({ db, readonly: true });
const mix = mixFor(store, argValue(argv, '--mix', defaultMixFile(db))).map((m) => m.request);
store.close();
const result = await serverBench(db, mix, Number(argValue(argv, '--load-seconds', '10')), Number(argValue(argv, '--connections', '16')));
const { mixLatency: l } = result;
process.stdout.write(
  `HTTP mix p50 / p95 ${l.p50.toFixed(2)} / ${l.p95.toFixed(2)} ms · ${result.requestsPerSecond.toFixed(0)} req/s under load · ` +
    `${result.errors + result.non2xx} errors of ${result.requests} · server peak RSS ${(result.peakRssBytes / 1048576).toFixed(0)} MB\n`,
);
