/**
 * whoHandles keeps each county's duties in memory between questions; a gazette stored or
 * removed afterwards (store.revision changes) must be seen by the next question.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest/ingest-files';
import { whoHandles } from '../../src/kb/who-handles';
import { openStore } from '../../src/store/open-store';
import { samplesDir } from '../sample-store';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-who-cache-'));
const store = openStore({ db: path.join(dir, 'gazette.db') });
afterAll(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

const ask = () => whoHandles(store, { q: '重大行政决策合法性审查', county: '夏县' });

describe('whoHandles after the store changes', () => {
  it('answers from a gazette stored after the first question, and forgets a removed one', async () => {
    await ingestFiles(store, [path.join(samplesDir, 'jishan-2022-03.txt')]);
    const revision = store.revision();
    expect((await ask()).answers).toEqual([]);

    const summary = await ingestFiles(store, [path.join(samplesDir, 'xiaxian-2023-04.txt')]);
    expect(store.revision()).not.toBe(revision);
    expect((await ask()).answers[0]?.unit.name).toBe('县司法局');

    expect(store.removeGazette(summary.results[0].gazetteId!)).toBe(true);
    expect((await ask()).answers).toEqual([]);
  });

  it('keeps the same revision while nothing is written', () => {
    expect(store.revision()).toBe(store.revision());
  });
});
