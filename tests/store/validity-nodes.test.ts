/**
 * Validity of a reference node outside the corpus, on the real samples: 夏政办函〔2022〕27号 is
 * not in either gazette, yet the store knows it 已废止 because 夏政办函〔2023〕67号 repeals it.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openSampleStore } from '../sample-store';

let store: GazetteStore;
beforeAll(async () => {
  store = await openSampleStore();
}, 60_000);
afterAll(() => store?.close());

describe('validity of reference nodes (samples)', () => {
  it('keeps 夏政办函〔2022〕27号 as a node of its own: no document, a county level', () => {
    expect(store.getDocumentByNumber('夏政办函〔2022〕27号')).toBeUndefined();
    const graph = store.references('夏政办函〔2022〕27号', { asOf: '2024-01-01' });
    expect(graph.node.document).toBeUndefined();
    expect(graph.node.docNumber).toBe('夏政办函〔2022〕27号');
    expect(graph.node.level).toBe('county');
  });

  it('reports the node 已废止 by 夏政办函〔2023〕67号, with the sentence that repeals it', () => {
    const graph = store.references('夏政办函〔2022〕27号', { asOf: '2024-01-01' });
    expect(graph.status?.status).toBe('已废止');
    expect(graph.status?.repealedBy?.map((d) => d.docNumber)).toEqual(['夏政办函〔2023〕67号']);
    expect(graph.repealedBy.map((e) => e.from.document?.docNumber)).toEqual(['夏政办函〔2023〕67号']);
    // The gazette writes the number without 号: （夏政办函〔2022〕27）予以废止.
    expect(graph.repealedBy[0].sentence).toMatch(/夏政办函[〔(（]2022[〕)）]27/);
    expect(graph.repealedBy[0].sentence).toMatch(/废止/);
  });

  it('lists 夏政办函〔2022〕27号 among what 夏政办函〔2023〕67号 repeals', () => {
    expect(store.references('夏政办函〔2023〕67号').repeals.map((e) => e.to.docNumber)).toContain('夏政办函〔2022〕27号');
  });

  it('gives no status to a node that nothing repeals', () => {
    const graph = store.references('晋政办发〔2022〕33号', { asOf: '2024-01-01' });
    expect(graph.node.document).toBeUndefined();
    expect(graph.status?.status).not.toBe('已废止');
  });
});
