/**
 * Residents' own questions over the two sample gazettes (tests/fixtures/who-handles/questions.json):
 * the office a resident should contact is first for ≥ 80%, in the top 3 for ≥ 95%, and the
 * questions the documents do not answer get "not found". Prints the figures.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { projectRoot } from '../../src/config';
import { whoHandles } from '../../src/kb/who-handles';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openSampleStore } from '../sample-store';

interface Question {
  county: string;
  q: string;
  /** Unit ids, any of which is right; empty: the documents do not answer it. */
  expect: string[];
  inForce?: boolean;
}

const { questions } = JSON.parse(readFileSync(path.join(projectRoot, 'tests/fixtures/who-handles/questions.json'), 'utf8')) as { questions: Question[] };

let store: GazetteStore;
beforeAll(async () => {
  store = await openSampleStore();
}, 120_000);
afterAll(() => store?.close());

describe('whoHandles on residents\' questions', () => {
  it('has at least 30 questions, 5 of them not answered by the documents', () => {
    expect(questions.length).toBeGreaterThanOrEqual(30);
    expect(questions.filter((q) => q.expect.length === 0).length).toBeGreaterThanOrEqual(5);
  });

  it('puts the office first for ≥ 80%, in the top 3 for ≥ 95%, and says "not found" when the documents do not answer', async () => {
    let first = 0;
    let top3 = 0;
    let notFound = 0;
    const misses: string[] = [];
    const answerable = questions.filter((q) => q.expect.length > 0);
    const unanswerable = questions.filter((q) => q.expect.length === 0);
    for (const row of questions) {
      const result = await whoHandles(store, { q: row.q, county: row.county, inForce: row.inForce ?? true });
      const ids = result.answers.map((a) => a.unit.id);
      const shown = result.answers.slice(0, 3).map((a) => (a.unit.canonical ?? a.unit.name)).join('、') || '(没有找到)';
      if (row.expect.length === 0) {
        if (ids.length === 0 && result.message?.includes('没有找到')) notFound += 1;
        else misses.push(`not found expected: ${row.county} ${row.q} → ${shown}`);
        continue;
      }
      if (row.expect.includes(ids[0])) first += 1;
      else misses.push(`${row.county} ${row.q} → ${shown}; expected ${row.expect.join(' / ')}`);
      if (ids.slice(0, 3).some((id) => row.expect.includes(id))) top3 += 1;
    }
    const pct = (n: number, of: number) => `${n}/${of} = ${((100 * n) / of).toFixed(1)}%`;
    console.log(
      `who-handles residents' questions: first ${pct(first, answerable.length)}, top 3 ${pct(top3, answerable.length)}, not found ${pct(notFound, unanswerable.length)}` +
        (misses.length ? `\n  ${misses.join('\n  ')}` : ''),
    );
    expect(first / answerable.length).toBeGreaterThanOrEqual(0.8);
    expect(top3 / answerable.length).toBeGreaterThanOrEqual(0.95);
    expect(notFound).toBe(unanswerable.length);
  });
});
