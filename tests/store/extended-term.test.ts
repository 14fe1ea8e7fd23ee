/**
 * A document whose term a stored notice extends (关于延长《某办法》有效期的通知): its status, reason,
 * last day and the search filters read the later day, whichever of the two is stored first; the
 * references view lists the edge with its day. MUST NOT: a document the notice only cites.
 */
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { GazetteDocument, Reference } from '../../src/model';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openStore } from '../../src/store/open-store';
import { doc, gazette, ref } from './records';
import { useTempStore } from './temp-store';

const t = useTempStore();
const AS_OF = '2026-12-01';

/** A single page holding one document of 某县, about 工程总承包 so that one query finds them all. */
function put(store: GazetteStore, id: string, fields: Partial<GazetteDocument> & { title: string }): void {
  const text = fields.text ?? `${fields.title}，加强工程总承包管理。`;
  store.putGazette(gazette(id, null, [doc(id, 0, { id: `d-${id}`, county: '某县', ...fields, text })], { path: `${id}.html`, bytes: id }));
}

const rules = { title: '某县工程总承包管理办法', docNumber: '某住建规范〔2021〕3号', date: '2021-03-19', validity: { effectiveFrom: '2021-05-01', validYears: 5, expiresOn: '2026-04-30' } };
const extending = (sentence: string, references: Reference[]) => ({ title: '关于延长《某县工程总承包管理办法》有效期的通知', docNumber: '某建管〔2026〕84号', date: '2026-03-10', text: sentence, references });
const sentence = '经评估，《某县工程总承包管理办法》（某住建规范〔2021〕3号）需继续实施，有效期延长至2031年4月30日。';
const extendsRules = { ...ref('extends', '某住建规范〔2021〕3号', sentence, '某县工程总承包管理办法'), until: '2031-04-30' };

async function inForce(store: GazetteStore): Promise<string[]> {
  return (await store.search.search({ q: '工程总承包', asOf: AS_OF, filters: { status: ['现行有效'] } })).hits.map((h) => h.id).sort();
}

describe('the status of a document a stored notice extends', () => {
  it.each([
    ['the notice stored after the document', ['rules', 'notice'] as const],
    ['the notice stored before the document', ['notice', 'rules'] as const],
  ])('reads the later day, %s', async (_, order) => {
    const store = openStore({ db: path.join(t.dir, `${order[0]}.db`) });
    try {
      for (const which of order) which === 'rules' ? put(store, 'rules', rules) : put(store, 'notice', extending(sentence, [extendsRules]));
      const status = store.getDocument('d-rules', { asOf: AS_OF })!.status;
      expect(status).toMatchObject({ status: '现行有效', reason: '原有效期至2026-04-30，经某建管〔2026〕84号延长有效期至2031-04-30', expiresOn: '2031-04-30' });
      expect(store.documentStatus('d-rules', { asOf: '2031-05-01' })).toBe('已失效');
      expect(await inForce(store)).toEqual(['d-notice', 'd-rules']);
      const graph = store.references('某住建规范〔2021〕3号', { asOf: AS_OF });
      expect(graph.extendedBy.map((e) => [e.from.docNumber, e.until])).toEqual([['某建管〔2026〕84号', '2031-04-30']]);
      expect(store.references('某建管〔2026〕84号').extends.map((e) => [e.to.docNumber, e.until])).toEqual([['某住建规范〔2021〕3号', '2031-04-30']]);
    } finally {
      store.close();
    }
  });

  it('reads an extension naming the document by title alone', () => {
    put(t.store, 'rules', { ...rules, docNumber: undefined });
    const byTitle = '现决定延长《某县工程总承包管理办法》有效期至2031年4月30日。';
    put(t.store, 'notice', extending(byTitle, [{ ...ref('extends', undefined, byTitle, '某县工程总承包管理办法'), until: '2031-04-30' }]));
    expect(t.store.getDocument('d-rules', { asOf: AS_OF })!.status.status).toBe('现行有效');
  });

  it('MUST NOT move the term of a document the notice only cites (cites 甲 while extending 乙)', () => {
    const basis = { title: '某县规范性文件管理规定', docNumber: '某政发〔2019〕1号', date: '2019-01-01', validity: { effectiveFrom: '2019-01-01', validYears: 5, expiresOn: '2023-12-31' } };
    put(t.store, 'basis', basis);
    put(t.store, 'rules', rules);
    const both = `根据《某县规范性文件管理规定》（某政发〔2019〕1号），${sentence}`;
    put(t.store, 'notice', extending(both, [ref('basedOn', '某政发〔2019〕1号', both, '某县规范性文件管理规定'), { ...extendsRules, sentence: both }]));
    expect(t.store.getDocument('d-basis', { asOf: AS_OF })!.status).toMatchObject({ status: '已失效', reason: '有效期5年，已于2023-12-31到期' });
    expect(t.store.documentStatus('d-rules', { asOf: AS_OF })).toBe('现行有效');
  });

  it('goes back to the old term when the extending notice is removed', () => {
    put(t.store, 'rules', rules);
    put(t.store, 'notice', extending(sentence, [extendsRules]));
    expect(t.store.documentStatus('d-rules', { asOf: AS_OF })).toBe('现行有效');
    t.store.removeGazette('notice');
    expect(t.store.documentStatus('d-rules', { asOf: AS_OF })).toBe('已失效');
    expect([...t.store.indexable(['d-rules'])][0].expiresOn).toBe('2026-04-30');
  });
});
