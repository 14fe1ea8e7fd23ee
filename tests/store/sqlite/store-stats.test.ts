/**
 * What a store counts: rows of each kind, gazettes and documents per county (most documents
 * first), and the bytes on disk.
 */
import { describe, expect, it } from 'vitest';
import { jishanRecord, xiaxian2023Record } from '../records';
import { useTempStore } from '../temp-store';

const t = useTempStore();

describe('stats', () => {
  it('counts gazettes, documents and counties', () => {
    t.store.putGazette(jishanRecord());
    t.store.putGazette(xiaxian2023Record());
    const stats = t.store.stats();
    expect(stats).toMatchObject({ gazettes: 2, documents: 3, references: 5, duties: 5, units: 4 });
    expect(stats.counties).toEqual([
      { county: '稷山县', gazettes: 1, documents: 2 },
      { county: '夏县', gazettes: 1, documents: 1 },
    ]);
    expect(stats.bytesOnDisk).toBeGreaterThan(0);
  });

  it('counts nothing in an empty store', () => {
    expect(t.store.stats()).toMatchObject({ gazettes: 0, documents: 0, references: 0, duties: 0, units: 0, counties: [] });
  });
});
