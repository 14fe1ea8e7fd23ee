/**
 * @module bench/laws-mix
 * The query mix of the real corpus (laws and regulations), drawn from the stored documents with
 * a seed: law names as people type them, words of titles, rare terms (in a handful of texts),
 * common terms (in a third or more), two-character words, quoted phrases, and title words
 * filtered by level or year. Real text has a long tail the generated corpus lacks (its "rare"
 * terms match a thousand documents), so the rare class is checked against every document.
 *
 * Pure: the segmenter comes in as a function, so tests can pass a simple one.
 */
import type { SearchRequest } from '../src/model';
import type { IndexableDocument } from '../src/store/search-backend';
import { createRandom } from './generate-corpus';

export type LawsQueryKind = 'law-name' | 'title-word' | 'rare' | 'common' | 'two-char' | 'phrase' | 'filter';

export interface LawsMixQuery {
  kind: LawsQueryKind;
  request: SearchRequest;
}

/** How many queries of each kind (200 in all). */
export const LAWS_MIX_COUNTS: Readonly<Record<LawsQueryKind, number>> = {
  'law-name': 25,
  'title-word': 35,
  rare: 30,
  common: 20,
  'two-char': 30,
  phrase: 30,
  filter: 30,
};

export interface LawsMixOptions {
  seed: number;
  /** Words of a text, as the segmenter cuts it (segmentWords). */
  words: (text: string) => string[];
  /** Level of a document (levelOf); filters draw from the levels present. */
  level: (doc: IndexableDocument) => string | undefined;
  /** A rare term is in at most this many documents (default: 0.1% of them, at least 3). */
  rareMax?: number;
  /** A common term is in at least this share of the documents (default 0.3). */
  commonShare?: number;
}

const CJK_RUN = /[\u4e00-\u9fff]+/g;
/** Tries before a class gives up on a draw (a small corpus may have no rare word left). */
const MAX_TRIES = 400;
/** The country's name opens most national laws' titles; people often leave it out. */
const COUNTRY = '中华人民共和国';

function docText(doc: IndexableDocument): string {
  return [doc.title, ...doc.headings, ...doc.paragraphs].join('\n');
}

/**
 * @param docs every stored document of the corpus (df is counted over all of them)
 */
export function buildLawsMix(docs: IndexableDocument[], options: LawsMixOptions): LawsMixQuery[] {
  if (docs.length === 0) throw new Error('法律法规库为空：无法抽取查询');
  const random = createRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)];
  const texts = docs.map(docText);
  const df = (word: string) => texts.reduce((n, t) => n + (t.includes(word) ? 1 : 0), 0);
  const rareMax = options.rareMax ?? Math.max(3, Math.floor(docs.length / 1000));
  const commonMin = Math.ceil((options.commonShare ?? 0.3) * docs.length);
  const paragraphs = docs.flatMap((d) => d.paragraphs).filter((p) => /[\u4e00-\u9fff]{6,}/.test(p));
  const used = new Set<string>();

  /** Draws until `accept` holds for a fresh value, or gives up after MAX_TRIES. */
  const draw = (next: () => string | undefined, accept: (value: string) => boolean = () => true): string | undefined => {
    for (let i = 0; i < MAX_TRIES; i++) {
      const value = next();
      if (value && !used.has(value) && accept(value)) {
        used.add(value);
        return value;
      }
    }
    return undefined;
  };
  const cjkWords = (text: string) => options.words(text).filter((w) => /^[\u4e00-\u9fff]+$/.test(w));
  const paragraphWord = (min: number, max = Infinity) => () => {
    const words = cjkWords(pick(paragraphs)).filter((w) => w.length >= min && w.length <= max);
    return words.length > 0 ? pick(words) : undefined;
  };
  const titleWord = () => {
    const words = cjkWords(pick(docs).title).filter((w) => w.length >= 2 && !COUNTRY.includes(w));
    return words.length > 0 ? pick(words) : undefined;
  };
  const phrase = () => {
    const runs = pick(paragraphs).match(CJK_RUN)?.filter((r) => r.length >= 6) ?? [];
    if (runs.length === 0) return undefined;
    const run = pick(runs);
    const length = 4 + Math.floor(random() * 3);
    const at = Math.floor(random() * (run.length - length + 1));
    return run.slice(at, at + length);
  };
  const lawName = () => {
    const title = pick(docs).title.trim();
    // Half as written, half the way people type a national law: without the country's name.
    return random() < 0.5 && title.startsWith(COUNTRY) && title.length > COUNTRY.length + 2 ? title.slice(COUNTRY.length) : title;
  };
  const levels = [...new Set(docs.map(options.level).filter((l): l is string => !!l))].sort();
  const years = [...new Set(docs.map((d) => d.year).filter((y): y is number => !!y))].sort((a, b) => a - b);

  const mix: LawsMixQuery[] = [];
  const add = (kind: LawsQueryKind, q: string | undefined, filters?: SearchRequest['filters']) => {
    if (q) mix.push({ kind, request: filters ? { q, filters } : { q } });
  };
  const counts = LAWS_MIX_COUNTS;
  for (let i = 0; i < counts['law-name']; i++) add('law-name', draw(lawName));
  for (let i = 0; i < counts['title-word']; i++) add('title-word', draw(titleWord));
  for (let i = 0; i < counts.rare; i++) add('rare', draw(paragraphWord(3), (w) => df(w) <= rareMax));
  for (let i = 0; i < counts.common; i++) add('common', draw(paragraphWord(2), (w) => df(w) >= commonMin));
  for (let i = 0; i < counts['two-char']; i++) add('two-char', draw(paragraphWord(2, 2)));
  for (let i = 0; i < counts.phrase; i++) {
    const p = draw(phrase);
    add('phrase', p && `"${p}"`);
  }
  for (let i = 0; i < counts.filter; i++) {
    const byLevel = i % 2 === 0 && levels.length > 0;
    const filters = byLevel ? { level: [pick(levels)] } : years.length > 0 ? { year: [pick(years)] } : undefined;
    add('filter', draw(titleWord), filters);
  }
  return mix;
}
