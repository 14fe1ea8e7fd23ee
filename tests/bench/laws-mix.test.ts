import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/generate-corpus';
import { buildLawsMix, LAWS_MIX_COUNTS, type LawsMixOptions } from '../../bench/laws-mix';
import type { IndexableDocument } from '../../src/store/search-backend';

// A made-up corpus: every text shares a common sentence; each has words of its own drawn from
// a pool of characters, so some words are in one text only and others in many.
const POOL = '安全生产管理办法条例规定决定实施细则国家机关工作人员依法履行职责保护环境促进发展监督检查';
const COMMON = '国家机关工作人员应当依法履行职责保护公民法人和其他组织的合法权益县级以上人民政府应当加强对本行政区域内安全生产工作的领导建立健全协调机制及时研究解决重大问题';

function corpus(size: number): IndexableDocument[] {
  const random = createRandom(99);
  const run = (length: number) => Array.from({ length }, () => POOL[Math.floor(random() * POOL.length)]).join('');
  return Array.from({ length: size }, (_, i) => ({
    id: `law-${i}`,
    gazetteId: `law-${i}`,
    title: `${i % 3 === 0 ? '中华人民共和国' : ''}${run(4)}${i % 2 ? '条例' : '办法'}`,
    year: 2000 + (i % 20),
    level: i % 4 === 0 ? '法律' : '行政法规',
    units: [],
    headings: ['第一章 总则'],
    paragraphs: [`第一条 ${COMMON}。`, `第二条 ${run(12)}，${run(9)}。`],
    citedNumbers: [],
  }));
}

// Words of three characters cut from each run of Chinese, each followed by its first two, as a
// search-mode segmenter gives a word and its parts: a stand-in for the segmenter.
const words = (text: string) => (text.match(/[\u4e00-\u9fff]{2,3}/g) ?? []).flatMap((w) => [w, w.slice(0, 2)]);
const options: LawsMixOptions = { seed: 5, words, level: (d) => d.level };
const docs = corpus(600);
const texts = docs.map((d) => [d.title, ...d.headings, ...d.paragraphs].join('\n'));
const df = (w: string) => texts.filter((t) => t.includes(w)).length;

describe('buildLawsMix', () => {
  const mix = buildLawsMix(docs, options);
  const of = (kind: string) => mix.filter((m) => m.kind === kind);

  it('draws the same mix for the same seed and another for another seed', () => {
    expect(buildLawsMix(docs, options)).toEqual(mix);
    expect(buildLawsMix(docs, { ...options, seed: 6 })).not.toEqual(mix);
  });

  it('fills every class of a corpus large enough (200 queries), no query twice', () => {
    for (const [kind, n] of Object.entries(LAWS_MIX_COUNTS)) expect(of(kind), kind).toHaveLength(n);
    expect(mix).toHaveLength(200);
    expect(new Set(mix.map((m) => JSON.stringify(m.request))).size).toBe(200);
  });

  it('takes rare terms from few texts and common terms from a third or more', () => {
    for (const m of of('rare')) {
      expect(m.request.q.length).toBeGreaterThanOrEqual(3);
      expect(df(m.request.q)).toBeLessThanOrEqual(3);
      expect(df(m.request.q)).toBeGreaterThanOrEqual(1);
    }
    for (const m of of('common')) expect(df(m.request.q)).toBeGreaterThanOrEqual(0.3 * docs.length);
  });

  it('writes law names as titled, or without the country`s name', () => {
    const titles = new Set(docs.map((d) => d.title));
    for (const m of of('law-name')) expect(titles.has(m.request.q) || titles.has(`中华人民共和国${m.request.q}`)).toBe(true);
    expect(of('law-name').some((m) => !titles.has(m.request.q))).toBe(true);
  });

  it('quotes phrases of 4 to 6 characters found in a text; two-char words have two', () => {
    for (const m of of('phrase')) {
      const inner = /^"([\u4e00-\u9fff]{4,6})"$/.exec(m.request.q)?.[1];
      expect(inner, m.request.q).toBeDefined();
      expect(df(inner!)).toBeGreaterThan(0);
    }
    for (const m of of('two-char')) expect([...m.request.q]).toHaveLength(2);
  });

  it('filters title words by a level or a year present in the corpus, half each', () => {
    const filters = of('filter').map((m) => m.request.filters!);
    expect(filters.filter((f) => f.level).every((f) => ['法律', '行政法规'].includes(f.level![0]))).toBe(true);
    expect(filters.filter((f) => f.year).every((f) => f.year![0] >= 2000 && f.year![0] < 2020)).toBe(true);
    expect(filters.filter((f) => f.level)).toHaveLength(15);
    expect(filters.filter((f) => f.year)).toHaveLength(15);
  });

  it('leaves a class short rather than loop when the corpus has nothing for it', () => {
    const tiny = buildLawsMix(corpus(3), { ...options, rareMax: 0 });
    expect(tiny.filter((m) => m.kind === 'rare')).toHaveLength(0);
    expect(tiny.length).toBeLessThan(200);
  });

  it('fails by name on an empty corpus', () => {
    expect(() => buildLawsMix([], options)).toThrow(/法律法规库为空/);
  });
});
