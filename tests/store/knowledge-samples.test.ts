/**
 * What the store knows about the sample gazettes' references and validity, against the gold:
 * the three repeals, the nodes outside the corpus, and the validity status as of a date.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openSampleStore } from '../sample-store';
import { describeShared, readGold } from '../shared-corpus';

let store: GazetteStore;
beforeAll(async () => {
  store = await openSampleStore();
}, 60_000);
afterAll(() => store?.close());

describeShared('gold', 'the gold repeals of the samples', (dir) => {
  const repeals = readGold(dir).flatMap((g) => g.repeals);

  it('has three repeals in the gold', () => {
    expect(repeals).toHaveLength(3);
  });

  it.each(repeals.map((r) => [r.repealed, r.by] as const))('%s is 已废止 by %s, with the sentence', (repealed, by) => {
    const graph = store.references(repealed, { asOf: '2024-06-01' });
    expect(graph.status?.status).toBe('已废止');
    expect(graph.status?.repealedBy?.map((d) => d.docNumber)).toContain(by);
    const edge = graph.repealedBy.find((e) => e.from.docNumber === by || e.from.document?.docNumber === by);
    expect(edge?.sentence).toMatch(/废止/);
  });
});

describe('references and validity on the samples', () => {
  it('reports 夏政发〔2016〕66号, which a sample repeals, 已废止 with the sentence', () => {
    const graph = store.references('夏政发〔2016〕66号', { asOf: '2024-06-01' });
    expect(graph.status?.status).toBe('已废止');
    expect(graph.repealedBy[0]?.sentence).toMatch(/同时废止/);
  });

  it('reports 稷政发〔2022〕18号 已失效 on 2026-01-01 and 现行有效 on 2024-01-01 (有效期3年 from 2022-08-16)', () => {
    expect(store.getDocumentByNumber('稷政发〔2022〕18号', { asOf: '2026-01-01' })).toMatchObject({ status: { status: '已失效' } });
    expect(store.getDocumentByNumber('稷政发〔2022〕18号', { asOf: '2024-01-01' })).toMatchObject({ status: { status: '现行有效' } });
  });

  it('links 晋政办发〔2022〕33号, outside the corpus, to the document citing it', () => {
    const graph = store.references('晋政办发〔2022〕33号');
    expect(graph.node.document).toBeUndefined();
    expect([...graph.citedBy, ...graph.implements, ...graph.basedOn].map((e) => e.from.document?.docNumber ?? e.from.docNumber)).toContain('稷政办发〔2022〕32号');
  });

  it.each(['2022-01-01', '2023-06-01', '2024-01-01', '2026-01-01'])(
    'gives the same status through documentStatus as through getDocument, for every document, on %s',
    (asOf) => {
      const ids = store.listGazettes().flatMap((g) => store.getGazette(g.id)!.documents.map((d) => d.id));
      expect(ids).toHaveLength(26);
      const statuses = ids.map((id) => [id, store.documentStatus(id, { asOf })]);
      expect(statuses).toEqual(ids.map((id) => [id, store.getDocument(id, { asOf })!.status.status]));
    },
  );
});
