/**
 * @module bench/top20-diff
 * Whether a change of the search kept its answers: the top 20 of every query of the bench mix.
 *
 *   node --import tsx bench/top20-diff.ts dump --db <store> --out <answers.json> [--mix <file>]
 *   node --import tsx bench/top20-diff.ts compare <before.json> <after.json>
 *
 * `dump` writes, per query, the total, the mode, the ids of the first 20 hits (by relevance,
 * as the mix asks) and their passages. `compare` counts the queries whose top 20 changed — as a set, and in order —
 * or whose total changed, and lists them with what entered and what left.
 */
import fs from 'node:fs';
import { ensureSegmenter } from '../src/text/segment';
import { openStore } from '../src/store/open-store';
import { argValue, defaultMixFile, mixFor } from './search-mix';

interface Answer {
  q: string;
  kind: string;
  total: number;
  mode: string;
  ids: string[];
  /** The hits' passages, joined: what the page shows of each. */
  passages: string;
}

async function dump(argv: string[]): Promise<void> {
  const db = argValue(argv, '--db');
  ensureSegmenter();
  const store = openStore({ db, readonly: true });
  const mix = mixFor(store, argValue(argv, '--mix', defaultMixFile(db)));
  const answers: Answer[] = [];
  for (const { kind, request } of mix) {
    const result = await store.search.search({ ...request, limit: 20 });
    answers.push({ q: JSON.stringify(request), kind, total: result.total, mode: result.mode, ids: result.hits.map((h) => h.id), passages: result.hits.map((h) => h.passages.map((p) => p.html).join('|')).join('\n') });
  }
  store.close();
  fs.writeFileSync(argValue(argv, '--out'), JSON.stringify(answers));
  process.stdout.write(`${answers.length} queries written\n`);
}

function compare(before: Answer[], after: Answer[]): void {
  let reordered = 0;
  let changed = 0;
  let totals = 0;
  let passages = 0;
  const lines: string[] = [];
  before.forEach((a, i) => {
    const b = after[i];
    if (!b || a.q !== b.q) throw new Error(`query ${i} differs between the files: not the same mix`);
    const entered = b.ids.filter((id) => !a.ids.includes(id));
    const left = a.ids.filter((id) => !b.ids.includes(id));
    const sameOrder = a.ids.join() === b.ids.join();
    if (a.total !== b.total) totals++;
    if (sameOrder && a.passages !== b.passages) passages++;
    if (entered.length > 0 || left.length > 0) changed++;
    else if (!sameOrder) reordered++;
    if (!sameOrder || a.total !== b.total) {
      lines.push(`${a.kind.padEnd(10)} ${a.q}  total ${a.total}→${b.total}  mode ${a.mode}→${b.mode}  ${entered.length || left.length ? `+${entered.join(',')} -${left.join(',')}` : 'reordered'}`);
    }
  });
  process.stdout.write(`${before.length} queries: top 20 changed as a set in ${changed}, reordered only in ${reordered}, total changed in ${totals}, same hits with other passages in ${passages}\n`);
  for (const line of lines) process.stdout.write(`  ${line}\n`);
}

const [command, ...rest] = process.argv.slice(2);
if (command === 'dump') await dump(rest);
else if (command === 'compare') {
  const read = (file: string) => JSON.parse(fs.readFileSync(file, 'utf8')) as Answer[];
  compare(read(rest[0]), read(rest[1]));
} else throw new Error('usage: top20-diff.ts dump --db <store> --out <file> | compare <before.json> <after.json>');
