/**
 * @module kb/who-handles
 * "这件事找哪个部门?": matches a resident's question against the duties the gazettes assign
 * (their matters, sentences and document titles) and ranks the offices by the role they play,
 * how well the matter matches and how much evidence there is. A question that names an office
 * (县司法局管什么) lists that office's duties instead. Question words are data
 * (data/who-handles.json, plus the search engine's data/question-words.json when present).
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { createUnitResolver, loadUnitTable, normalizeUnitName, roleLabel, type UnitResolver } from '../domain/units';
import type { DutyRole, SearchResult, WhoHandlesAnswer, WhoHandlesEvidence, WhoHandlesResult } from '../model';
import type { DutyWithDocument, GazetteStore, UnitSummary } from '../store/gazette-store';
import { foldWidth } from '../text/normalize';
import { segmentWords } from '../text/segment';

/** The grammar of questions, as stored in data/who-handles.json. */
export interface QuestionWords {
  questionPhrases: string[];
  unitQuestionPhrases: string[];
  roleWeights: Record<DutyRole, number>;
  roleOrder: DutyRole[];
  /** [resident's word, gazettes' word]: 公司 → 企业. */
  everydayWords: [string, string][];
  /** Function characters that split a question: 的, 和 … */
  separators: string;
}

export interface WhoHandlesQuery {
  q: string;
  county?: string;
  /** YYYY-MM-DD: documents no longer in force on this day count less. */
  asOf?: string;
}

export interface WhoHandlesOptions {
  words?: QuestionWords;
  units?: UnitResolver;
  /** Splits a question fragment into words (default: the shared tokenizer, src/text/segment.ts). */
  segment?: (text: string) => string[];
  /** At most this many offices in an answer. */
  maxAnswers?: number;
}

const dataFile = path.join(projectRoot, 'data', 'who-handles.json');
const searchWordsFile = path.join(projectRoot, 'data', 'question-words.json');
let cachedWords: QuestionWords | undefined;

/** Reads data/who-handles.json once, merged with the search engine's question words when they exist. */
export function loadQuestionWords(): QuestionWords {
  if (cachedWords) return cachedWords;
  const words = JSON.parse(readFileSync(dataFile, 'utf8')) as QuestionWords;
  if (existsSync(searchWordsFile)) {
    try {
      const extra = JSON.parse(readFileSync(searchWordsFile, 'utf8')) as { phrases?: unknown };
      const list = Array.isArray(extra.phrases) ? extra.phrases : [];
      for (const word of list) if (typeof word === 'string' && word.length > 0) words.questionPhrases.push(word);
    } catch {
      // Their file is optional here; a malformed one must not take the knowledge base down.
    }
  }
  words.questionPhrases = [...new Set(words.questionPhrases)].sort((a, b) => b.length - a.length);
  words.unitQuestionPhrases = [...new Set(words.unitQuestionPhrases)].sort((a, b) => b.length - a.length);
  words.everydayWords = [...(words.everydayWords ?? [])].sort((a, b) => b[0].length - a[0].length);
  words.separators ??= '';
  cachedWords = words;
  return words;
}

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaffA-Za-z0-9]+/g;

/** Character bigrams of the CJK/alphanumeric runs of a text: '申领发票' → 申领 领发 发票. */
export function bigrams(text: string): string[] {
  const out: string[] = [];
  for (const run of foldWidth(text).match(CJK_RUN) ?? []) {
    const chars = [...run];
    if (chars.length === 1) continue;
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i] + chars[i + 1]);
  }
  return out;
}

/** Removes phrases (longest first), leaving a gap so the pieces on either side stay apart. */
function removePhrases(text: string, phrases: string[]): { rest: string; found: string[] } {
  let rest = text;
  const found: string[] = [];
  for (const phrase of phrases) {
    if (rest.includes(phrase)) {
      found.push(phrase);
      rest = rest.split(phrase).join(' ');
    }
  }
  return { rest, found };
}

/** The pieces of a question that carry its matter: '新办企业首次申领发票找哪个部门?' → ['新办企业首次申领发票']. */
export function questionFragments(question: string, words: QuestionWords): string[] {
  let text = foldWidth(question).replace(/[\s\u3000]+/g, ' ');
  text = removePhrases(text, words.questionPhrases).rest;
  text = toGazetteWords(text, words.everydayWords);
  if (words.separators) text = text.replace(new RegExp(`[${words.separators}]`, 'g'), ' ');
  return (text.match(CJK_RUN) ?? []).filter((piece) => [...piece].length >= 2);
}

/** Replaces residents' words by the gazettes' words, longest first, each place once: 第一次领发票 → 首次申领发票. */
function toGazetteWords(text: string, pairs: [string, string][]): string {
  const marks: string[] = [];
  let out = text;
  for (const [everyday, official] of pairs) {
    if (everyday === official || !out.includes(everyday)) continue;
    // Placeholders keep the gazettes' word, already written or just put in, from being rewritten
    // (领发票 inside 申领发票 stays as it is).
    const mark = `\u0000${marks.length}\u0000`;
    marks.push(official);
    out = out
      .split(official)
      .map((chunk) => chunk.split(everyday).join(mark))
      .join(mark);
  }
  return out.replace(/\u0000(\d+)\u0000/g, (_m, i: string) => marks[Number(i)]);
}

interface UnitNamed {
  unit: UnitSummary;
  /** The name as written in the question. */
  written: string;
}

/** Every written form of a unit: its name, aliases, and both with the county's name in front. */
function namesOf(unit: UnitSummary): string[] {
  const names = new Set<string>([unit.name, ...unit.aliases].map(normalizeUnitName));
  if (unit.county) {
    const short = unit.county.replace(/[县区市旗]$/, '');
    for (const name of [...names]) {
      const level = /^[县区市旗]/.exec(name)?.[0];
      if (!level) continue;
      names.add(unit.county + name.slice(1));
      if (short.length >= 2) names.add(short + name.slice(1));
    }
  }
  return [...names].filter((name) => name.length >= 2);
}

/** Offices the question names, longest written name first (县人社局 in 县人社局负责哪些事). */
function unitsNamed(question: string, units: UnitSummary[], resolver: UnitResolver, county?: string): UnitNamed[] {
  const text = normalizeUnitName(foldWidth(question));
  const found = new Map<string, UnitNamed>();
  for (const unit of units) {
    for (const name of namesOf(unit)) {
      if (name.length >= 3 && text.includes(name)) {
        const known = found.get(unit.id);
        if (!known || known.written.length < name.length) found.set(unit.id, { unit, written: name });
      }
    }
  }
  // Names the store never met in this spelling, but the unit table knows (县人力资源社会保障局).
  const byId = new Map(units.map((u) => [u.id, u]));
  const chars = [...text];
  for (const suffix of resolver.table.suffixes) {
    let at = text.indexOf(suffix);
    while (at >= 0) {
      const end = at + suffix.length;
      for (let start = 0; start < end - suffix.length; start++) {
        const written = chars.slice(start, end).join('');
        if (written.length < 3 || !resolver.isKnownName(written, county)) continue;
        const counties = county ? [county] : [...new Set(units.map((u) => u.county))];
        for (const c of counties) {
          const unit = resolver.resolve(written, c);
          const stored = unit && byId.get(unit.id);
          if (stored && !found.has(stored.id)) found.set(stored.id, { unit: stored, written });
        }
        break;
      }
      at = text.indexOf(suffix, at + 1);
    }
  }
  return [...found.values()].sort((a, b) => b.written.length - a.written.length);
}

interface ScoredDuty {
  duty: DutyWithDocument;
  score: number;
}

function documentRef(duty: DutyWithDocument): WhoHandlesEvidence['document'] {
  const d = duty.document;
  return { id: d.id, docNumber: d.docNumber, title: d.title, county: d.county, date: d.date };
}

function evidenceOf(item: ScoredDuty): WhoHandlesEvidence {
  return { sentence: item.duty.sentence, matter: item.duty.matter, role: item.duty.role, document: documentRef(item.duty) };
}

function unitKey(duty: DutyWithDocument): string {
  return duty.unitId ?? `${duty.document.county ?? ''}:${duty.unitName}`;
}

/** Bigram sets of every duty of a county and their document frequencies: built once per store state. */
interface DutyIndex {
  stamp: string;
  duties: DutyWithDocument[];
  grams: Array<{ matter: Set<string>; sentence: Set<string>; title: Set<string> }>;
  df: Map<string, number>;
  /** Bigram → the duties (indexes) whose matter, sentence or title holds it. */
  postings: Map<string, number[]>;
  /** The county's offices, and by id. */
  units: UnitSummary[];
  unitById: Map<string, UnitSummary>;
}

const dutyIndexes = new WeakMap<GazetteStore, Map<string, DutyIndex>>();

/**
 * The duties of a county with their bigrams, cached per store until the store changes (its
 * revision). An archive holds hundreds of thousands of duties: the postings let a question
 * score only the duties that share a bigram with it.
 */
function dutyIndex(store: GazetteStore, county: string | undefined): DutyIndex {
  const stamp = store.revision();
  let perCounty = dutyIndexes.get(store);
  if (!perCounty) {
    perCounty = new Map();
    dutyIndexes.set(store, perCounty);
  }
  const key = county ?? '';
  const cached = perCounty.get(key);
  if (cached && cached.stamp === stamp) return cached;
  const duties = store.listDuties(county);
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  // One sentence names several offices and one title covers many duties: each text's bigrams
  // are computed once and shared (read-only) by every duty that has it.
  const gramsOf = new Map<string, Set<string>>();
  const shared = (text: string) => {
    let set = gramsOf.get(text);
    if (!set) gramsOf.set(text, (set = new Set(bigrams(text))));
    return set;
  };
  const grams = duties.map((duty, index) => {
    const matter = shared(duty.matter);
    const sentence = shared(duty.sentence);
    const title = shared(duty.document.title);
    const add = (g: string, inText: boolean) => {
      if (inText) df.set(g, (df.get(g) ?? 0) + 1);
      const list = postings.get(g);
      if (list) list.push(index);
      else postings.set(g, [index]);
    };
    for (const g of matter) add(g, true);
    for (const g of sentence) if (!matter.has(g)) add(g, true);
    for (const g of title) if (!matter.has(g) && !sentence.has(g)) add(g, false);
    return { matter, sentence, title };
  });
  const units = store.listUnits(county);
  const built = { stamp, duties, grams, df, postings, units, unitById: new Map(units.map((u) => [u.id, u])) };
  perCounty.set(key, built);
  return built;
}

/** How much of the question's bigrams (weighted by rarity) a duty covers, per field. */
function createMatcher({ duties, grams: dutyGrams, df, postings }: DutyIndex, questionGrams: string[]) {
  const n = Math.max(1, duties.length);
  const unique = [...new Set(questionGrams)];
  const idf = new Map(unique.map((g) => [g, Math.log(1 + n / (1 + (df.get(g) ?? 0)))]));
  const total = unique.reduce((sum, g) => sum + idf.get(g)!, 0) || 1;
  return {
    /** 0–1 coverage and the number of question bigrams found anywhere. */
    score(index: number): { coverage: number; matched: number } {
      const { matter, sentence, title } = dutyGrams[index];
      let covered = 0;
      let matched = 0;
      for (const g of unique) {
        const weight = matter.has(g) ? 1 : sentence.has(g) ? 0.8 : title.has(g) ? 0.4 : 0;
        if (weight > 0) matched += 1;
        covered += weight * idf.get(g)!;
      }
      return { coverage: covered / total, matched };
    },
    /** Indexes of the duties holding at least `min` of the question's bigrams, in order. */
    candidates(min: number): number[] {
      const hits = new Map<number, number>();
      for (const g of unique) for (const i of postings.get(g) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
      return [...hits].filter(([, n]) => n >= min).map(([i]) => i).sort((a, b) => a - b);
    },
    /** Rarity-weighted bigrams a duty shares with the question (for suggestions). */
    overlap(index: number): number {
      const { matter, sentence } = dutyGrams[index];
      return unique.filter((g) => matter.has(g) || sentence.has(g)).reduce((sum, g) => sum + idf.get(g)!, 0);
    },
    unique,
  };
}

/** Documents the search engine recalls for the question: rank boost per document, and the paragraphs it marked. */
async function recall(store: GazetteStore, q: string, county: string | undefined, asOf: string | undefined) {
  const boost = new Map<string, { rank: number; paragraphs: Set<number> }>();
  let titles: string[] = [];
  if (!q.trim()) return { boost, titles };
  let result: SearchResult;
  try {
    result = await store.search.search({ q, filters: county ? { county: [county] } : {}, limit: 30, page: 1, asOf });
  } catch {
    // Without a search backend the duties alone still answer.
    return { boost, titles };
  }
  result.hits.forEach((hit, rank) => {
    boost.set(hit.id, { rank, paragraphs: new Set(hit.passages.map((p) => p.paragraph)) });
  });
  titles = result.hits.slice(0, 5).map((hit) => hit.title);
  return { boost, titles };
}

function strongestRole(roles: DutyRole[], order: DutyRole[]): DutyRole {
  return [...roles].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
}

function answerFor(
  unit: { id: string; name: string; county?: string; aliases: string[] },
  items: ScoredDuty[],
  words: QuestionWords,
  score: number,
  maxEvidence: number,
): WhoHandlesAnswer {
  const best = items[0]?.score ?? 0;
  // The role of the evidence that matches about as well as the best, not of a passing mention.
  const role = strongestRole(
    items.filter((i) => i.score >= best * 0.8).map((i) => i.duty.role),
    words.roleOrder,
  );
  return {
    unit,
    role,
    roleLabel: roleLabel(role),
    score: Math.round(score * 1000) / 1000,
    evidence: items.slice(0, maxEvidence).map(evidenceOf),
  };
}

let defaultResolver: UnitResolver | undefined;

/**
 * Answers "which office handles this?" over the store's duties.
 *
 * @example
 * await whoHandles(store, { q: '新办企业首次申领发票找哪个部门?', county: '稷山县' });
 * // → { mode: 'matter', answers: [{ unit: { name: '县税务局' }, role: 'responsible', evidence: [{ document: { docNumber: '稷政办发〔2022〕31号' } … }] }, …] }
 * await whoHandles(store, { q: '县司法局管什么', county: '夏县' }); // → { mode: 'unit', answers: [{ unit: { name: '县司法局' } … }] }
 */
export async function whoHandles(store: GazetteStore, query: WhoHandlesQuery, options: WhoHandlesOptions = {}): Promise<WhoHandlesResult> {
  const started = performance.now();
  const words = options.words ?? loadQuestionWords();
  const resolver = options.units ?? (defaultResolver ??= createUnitResolver(loadUnitTable()));
  const maxAnswers = options.maxAnswers ?? 10;
  const question = query.q.trim();
  const county = query.county?.trim() || undefined;
  const index = dutyIndex(store, county);
  const { units, unitById } = index;
  const duties = index.duties;
  const base = { question, ...(county ? { county } : {}) };
  const done = (result: Omit<WhoHandlesResult, 'tookMs' | 'question' | 'county'>): WhoHandlesResult => ({
    ...base,
    ...result,
    tookMs: Math.round(performance.now() - started),
  });

  // 1. A question about an office: list its duties.
  const named = unitsNamed(question, units, resolver, county);
  const namedIds = new Set(named.map((n) => n.unit.id));
  if (named.length > 0) {
    let rest = normalizeUnitName(foldWidth(question));
    for (const { written } of named) rest = rest.split(written).join(' ');
    const { rest: afterUnitWords, found } = removePhrases(rest, words.unitQuestionPhrases);
    const leftover = questionFragments(afterUnitWords, words);
    if (found.length > 0 || leftover.length === 0) {
      const answers = named.slice(0, maxAnswers).map(({ unit }) => {
        const own = duties
          .filter((d) => d.unitId === unit.id)
          .map((duty) => ({ duty, score: words.roleWeights[duty.role] ?? 0 }))
          .sort((a, b) => b.score - a.score || (b.duty.document.date ?? '').localeCompare(a.duty.document.date ?? ''));
        return answerFor(unit, own, words, own.length, 50);
      });
      const empty = answers.every((a) => a.evidence.length === 0);
      return done({
        mode: 'unit',
        terms: named.map((n) => n.unit.name),
        answers,
        ...(empty ? { message: `库中的公文没有给${named[0].unit.name}分派职责。` } : {}),
        suggestions: [],
      });
    }
  }

  // 2. A matter: match it against every duty, with the search engine's recall as a second opinion.
  // The office's own name is not part of the matter (县行政审批局 新办企业首次申领发票).
  const matterText = named.reduce((text, n) => text.split(n.written).join(' '), foldWidth(question));
  const fragments = questionFragments(matterText, words);
  const segment = options.segment ?? segmentWords;
  // Words for display and for the search engine's recall; single characters say too little.
  const terms = [...new Set(fragments.flatMap((f) => segment(f)).filter((t) => [...t].length >= 2 || /^[A-Za-z0-9]+$/.test(t)))];
  const grams = fragments.flatMap(bigrams);
  if (grams.length === 0) {
    return done({
      mode: 'matter',
      terms,
      answers: [],
      message: '问题里没有可查的事项，请写明要办的事，如“新办企业首次申领发票”。',
      suggestions: [],
    });
  }
  if (duties.length === 0) {
    return done({
      mode: 'matter',
      terms,
      answers: [],
      message: county ? `库中没有${county}的职责信息；请先导入该县的公报。` : '库中还没有职责信息；请先导入公报。',
      suggestions: [],
    });
  }

  const matcher = createMatcher(index, grams);
  const { boost, titles } = await recall(store, (terms.length > 0 ? terms : fragments).join(' '), county, query.asOf);
  const minMatched = Math.min(2, matcher.unique.length);
  const scored: ScoredDuty[] = [];
  for (const index of matcher.candidates(minMatched)) {
    const duty = duties[index];
    const { coverage, matched } = matcher.score(index);
    if (matched < minMatched || coverage < 0.34) continue;
    const hit = boost.get(duty.document.id);
    const recalled = hit ? 0.15 * (1 - hit.rank / 30) + (hit.paragraphs.has(duty.paragraph) ? 0.1 : 0) : 0;
    scored.push({ duty, score: coverage + recalled });
  }

  // Documents no longer in force on the day asked about count less, but still count.
  const statusOf = new Map<string, string | undefined>();
  for (const item of scored) {
    const id = item.duty.document.id;
    if (!statusOf.has(id)) statusOf.set(id, store.documentStatus(id, { asOf: query.asOf }));
    const status = statusOf.get(id);
    if (status === '已废止' || status === '已失效') item.score *= 0.7;
  }

  const byUnit = new Map<string, ScoredDuty[]>();
  for (const item of scored.sort((a, b) => b.score - a.score)) {
    const key = unitKey(item.duty);
    const list = byUnit.get(key) ?? [];
    list.push(item);
    byUnit.set(key, list);
  }
  const ranked = [...byUnit.entries()]
    .map(([key, items]) => {
      const best = items[0];
      const roleWeight = Math.max(...items.filter((i) => i.score >= best.score * 0.8).map((i) => words.roleWeights[i.duty.role] ?? 0.4));
      const evidenceBonus = 0.05 * Math.min(3, new Set(items.map((i) => i.duty.matter)).size - 1);
      // An office the question names next to its matter (县税务局 发票) is the one asked about.
      const namedBonus = namedIds.has(key) ? 0.2 : 0;
      return { key, items, score: best.score * roleWeight + evidenceBonus + namedBonus };
    })
    .sort((a, b) => b.score - a.score);
  const top = ranked[0]?.score ?? 0;
  const answers = ranked
    .filter((r) => r.score >= top * 0.35)
    .slice(0, maxAnswers)
    .map(({ key, items, score }) => {
      const stored = unitById.get(key);
      const d = items[0].duty;
      const unit = stored
        ? { id: stored.id, name: stored.name, county: stored.county, aliases: stored.aliases }
        : { id: key, name: d.unitName, county: d.document.county, aliases: d.unit !== d.unitName ? [d.unit] : [] };
      return answerFor(unit, items, words, score, 5);
    });

  if (answers.length > 0) return done({ mode: 'matter', terms, answers, suggestions: [] });

  // Nothing matched well enough: say so, and offer the matters that share the most with the question.
  const near = matcher
    .candidates(1)
    .map((index) => ({ matter: duties[index].matter, overlap: matcher.overlap(index) }))
    .filter((m) => m.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.matter.length - b.matter.length);
  // With no shared words at all, the documents of the county are the nearest thing to offer.
  const fallback = near.length === 0 && titles.length === 0 ? duties.map((d) => d.document.title) : [];
  // Documents the search engine found come first: their duties may simply not be written as duties.
  const suggestions = [...new Set([...titles.slice(0, 2), ...near.map((m) => shorten(m.matter)), ...titles.slice(2), ...fallback])].slice(0, 5);
  return done({
    mode: 'matter',
    terms,
    answers: [],
    message: `没有找到负责“${fragments.join('')}”的部门${county ? `（${county}）` : ''}。可以换个说法，或试试下面相近的事项。`,
    suggestions,
  });
}

/** A matter cut to its first clause, for a suggestion list. */
function shorten(matter: string): string {
  const first = matter.split(/[。；;，,：:]/)[0].replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*/, '');
  return first.length > 40 ? `${first.slice(0, 39)}…` : first;
}
