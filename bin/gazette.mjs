#!/usr/bin/env node
// Entry point of the `gazette` command. The sources are TypeScript run through tsx,
// so a checkout works right after `npm install` with no build step.
import v8 from 'node:v8';
import { register } from 'tsx/esm/api';

// A server (`serve`, and `start`, which ingests then serves) favours memory over speed in V8's
// collector: it keeps the fields of every document live and each search of a common word makes
// megabytes of short-lived lists. At 5000× the samples its peak under load was 549 MB with the
// default heap growth and 474 MB with this, at the same throughput (bench/server-bench.ts: 441
// and 419 requests in 10 s, within the machine's noise). Set before anything is allocated.
if (['serve', 'start'].includes(process.argv[2])) v8.setFlagsFromString('--optimize-for-size');
register();
const { main } = await import('../src/cli/main.ts');
process.exitCode = await main(process.argv);
