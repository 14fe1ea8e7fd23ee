/**
 * @module bench/query-mix
 * The fixed mix of 200 queries every engine answers: single words, two-character words,
 * phrases, filtered queries, document numbers written several ways, rare and very common
 * terms. Sampled deterministically (seeded) from the store, so every engine gets the same mix
 * and a rerun gets the same mix.
 */
import type { SearchRequest } from '../src/model';
import type { IndexableDocument } from '../src/store/search-backend';
import { createRandom } from './generate-corpus';

export interface MixQuery {
  kind: 'word' | 'two-char' | 'phrase' | 'filter' | 'doc-number' | 'rare' | 'common';
  request: SearchRequest;
}

const WORDS = ['停电', '应急预案', '养老保险', '自建房', '高标准农田', '补贴', '营业执照', '安全生产', '乡村振兴', '招商引资', '医疗保险', '防汛', '耕地', '农村道路', '节水', '煤改气', '控辍保学', '消费券', '税务', '审批', '地下水', '清洁取暖', '权责清单', '重大行政决策', '土地整治', '服务业', '助企纾困', '生态环境', '征缴', '交通安全'];
const COMMON = ['工作', '县', '通知', '实施', '有关', '单位', '加强', '负责', '建设', '管理', '推进', '发展', '政府', '部门', '开展'];

const NUMBER_FORMS: Array<(n: string) => string> = [
  (n) => n,
  (n) => n.replace('〔', '(').replace('〕', ')'),
  (n) => n.replace('〔', '[').replace('〕', ']'),
  (n) => n.replace('号', ' 号'),
  (n) => n.replace(/号$/, ''),
];

/**
 * @param docs a sample of the stored documents (the first few hundred are plenty)
 */
export function buildQueryMix(docs: IndexableDocument[], seed = 7): MixQuery[] {
  const random = createRandom(seed);
  const pick = <T>(list: T[]) => list[Math.floor(random() * list.length)];
  const texts = docs.flatMap((d) => d.paragraphs).filter((p) => /[\u4e00-\u9fff]{6,}/.test(p));
  const runOf = (min: number) => {
    for (;;) {
      const runs = [...pick(texts).matchAll(/[\u4e00-\u9fff]{6,}/g)].map((m) => m[0]);
      const run = pick(runs);
      if (run && run.length >= min) return run;
    }
  };
  const substring = (length: number) => {
    const run = runOf(length);
    const at = Math.floor(random() * (run.length - length + 1));
    return run.slice(at, at + length);
  };
  const counties = [...new Set(docs.map((d) => d.county).filter((c): c is string => !!c))];
  const years = [...new Set(docs.map((d) => d.year).filter((y): y is number => !!y))];
  const numbers = docs.map((d) => d.docNumber).filter((n): n is string => !!n);
  const mix: MixQuery[] = [];
  for (let i = 0; i < 40; i++) mix.push({ kind: 'word', request: { q: WORDS[i % WORDS.length] + (i >= WORDS.length ? ` ${pick(WORDS)}` : '') } });
  for (let i = 0; i < 40; i++) mix.push({ kind: 'two-char', request: { q: substring(2) } });
  for (let i = 0; i < 30; i++) mix.push({ kind: 'phrase', request: { q: `"${substring(4 + (i % 3))}"` } });
  for (let i = 0; i < 30; i++) {
    const filters = [{ county: [pick(counties)] }, { year: [pick(years)] }, { status: ['现行有效' as const] }, { type: ['方案'] }][i % 4];
    mix.push({ kind: 'filter', request: { q: pick(WORDS), filters } });
  }
  for (let i = 0; i < 30; i++) mix.push({ kind: 'doc-number', request: { q: NUMBER_FORMS[i % NUMBER_FORMS.length](pick(numbers)) } });
  for (let i = 0; i < 15; i++) mix.push({ kind: 'rare', request: { q: substring(7) } });
  for (let i = 0; i < 15; i++) mix.push({ kind: 'common', request: { q: COMMON[i % COMMON.length] } });
  return mix;
}
