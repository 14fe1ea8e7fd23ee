/**
 * @module kb/who-handles
 * "这件事找哪个部门?": matches a resident's question against the duties the gazettes assign
 * (their matters, sentences and document titles) and ranks the offices a resident can contact:
 * one card per office, the most specific evidence first (a duty sentence before a members' list,
 * an interpretation note or a publicity role), command posts answered by their host office, and
 * documents no longer in force left out (or, on request, marked and ranked last). A question
 * that names an office (县司法局管什么) lists that office's duties instead. Words and weights
 * are data (data/who-handles.json, data/matter-words.json, data/question-words.json).
 */
import { createUnitResolver, loadUnitTable, normalizeUnitName, roleLabel, type UnitResolver } from '../domain/units';
import { NOT_IN_FORCE_STATUSES, type DutyRole, type SearchResult, type ValidityStatus, type WhoHandlesAnswer, type WhoHandlesEvidence, type WhoHandlesResult } from '../model';
import type { DutyWithDocument, GazetteStore } from '../store/gazette-store';
import { foldWidth } from '../text/normalize';
import { segmentWords } from '../text/segment';
import { bodyHosts, hostOf, isBody } from './bodies';
import { createMatcher, dutyIndex, specificity, unitKey, type DutyIndex } from './duty-index';
import { bigrams, loadQuestionWords, questionReadings, removePhrases, servingOffices, shortQuestion, toGazetteWords, type QuestionWords } from './question-words';
import { displayName, unitsNamed } from './units-named';
import { createAlignment } from './word-alignment';

export { bigrams, loadQuestionWords, questionFragments, questionReadings, toGazetteWords, type QuestionWords } from './question-words';

export interface WhoHandlesQuery {
  q: string;
  county?: string;
  /** YYYY-MM-DD: the day validity is judged for (default today). */
  asOf?: string;
  /** Only documents in force on that day (default true); false also answers from expired ones, ranked last. */
  inForce?: boolean;
}

export interface WhoHandlesOptions {
  words?: QuestionWords;
  units?: UnitResolver;
  /** Splits a question fragment into words (default: the shared tokenizer, src/text/segment.ts). */
  segment?: (text: string) => string[];
  /** At most this many offices in an answer. */
  maxAnswers?: number;
}

/** A duty that matched, with everything its answer needs. */
interface Scored {
  duty: DutyWithDocument;
  score: number;
  kind: WhoHandlesEvidence['kind'];
  status?: ValidityStatus;
  /** The office the evidence is given to: the duty's own, or the host of the body it names. */
  key: string;
  via?: string;
}

const NOT_IN_FORCE = new Set<ValidityStatus>(NOT_IN_FORCE_STATUSES);
const inForceStatus = (status: ValidityStatus | undefined) => !status || !NOT_IN_FORCE.has(status);

function evidenceOf(item: Scored): WhoHandlesEvidence {
  const d = item.duty.document;
  return {
    sentence: item.duty.sentence,
    matter: item.duty.matter,
    role: item.duty.role,
    kind: item.kind,
    ...(item.status ? { status: item.status } : {}),
    ...(item.via ? { via: item.via } : {}),
    document: { id: d.id, docNumber: d.docNumber, title: d.title, county: d.county, date: d.date },
  };
}

function strongestRole(roles: DutyRole[], order: DutyRole[]): DutyRole {
  return [...roles].sort((a, b) => order.indexOf(a) - order.indexOf(b))[0];
}

function answerFor(unit: WhoHandlesAnswer['unit'], items: Scored[], words: QuestionWords, score: number, maxEvidence: number): WhoHandlesAnswer {
  const best = items[0]?.score ?? 0;
  // The role of the evidence that matches about as well as the best, not of a passing mention.
  const role = strongestRole(
    items.filter((i) => i.score >= best * words.ranking.bestRoleWithin).map((i) => i.duty.role),
    words.roleOrder,
  );
  return {
    unit: { ...unit, name: displayName(unit) },
    role,
    roleLabel: roleLabel(role),
    score: Math.round(score * 1000) / 1000,
    ...(items[0]?.status ? { status: items[0].status } : {}),
    evidence: items.slice(0, maxEvidence).map(evidenceOf),
  };
}

/** Documents the search engine recalls for the question: rank per document, and the paragraphs it marked. */
async function recall(store: GazetteStore, q: string, county: string | undefined, asOf: string | undefined, depth: number) {
  const boost = new Map<string, { rank: number; paragraphs: Set<number> }>();
  let titles: string[] = [];
  if (!q.trim()) return { boost, titles };
  let result: SearchResult;
  try {
    result = await store.search.search({ q, filters: county ? { county: [county] } : {}, limit: depth, page: 1, asOf });
  } catch {
    // Without a search backend the duties alone still answer.
    return { boost, titles };
  }
  result.hits.forEach((hit, rank) => boost.set(hit.id, { rank, paragraphs: new Set(hit.passages.map((p) => p.paragraph)) }));
  titles = result.hits.slice(0, 5).map((hit) => hit.title);
  return { boost, titles };
}

const alignments = new WeakMap<DutyIndex, ReturnType<typeof createAlignment>>();
const hostCache = new WeakMap<DutyIndex, ReturnType<typeof bodyHosts>>();

/** Validity of each document, asked once per question. */
function statusReader(store: GazetteStore, asOf: string | undefined) {
  const statusOf = new Map<string, ValidityStatus | undefined>();
  return (id: string) => {
    if (!statusOf.has(id)) statusOf.set(id, store.documentStatus(id, { asOf }));
    return statusOf.get(id);
  };
}

let defaultResolver: UnitResolver | undefined;

/**
 * Answers "which office handles this?" over the store's duties.
 *
 * @example
 * await whoHandles(store, { q: '新办企业首次申领发票找哪个部门?', county: '稷山县' });
 * // → { mode: 'matter', answers: [{ unit: { name: '县税务局' }, role: 'responsible', evidence: [{ status: '现行有效', document: { docNumber: '稷政办发〔2022〕31号' } … }] }, …] }
 * await whoHandles(store, { q: '停电了找谁', county: '夏县' }); // → answers[0].unit.name === '国网夏县供电公司'
 * await whoHandles(store, { q: '县司法局管什么', county: '夏县' }); // → { mode: 'unit', answers: [{ unit: { name: '县司法局' } … }] }
 */
export async function whoHandles(store: GazetteStore, query: WhoHandlesQuery, options: WhoHandlesOptions = {}): Promise<WhoHandlesResult> {
  const started = performance.now();
  const words = options.words ?? loadQuestionWords();
  const resolver = options.units ?? (defaultResolver ??= createUnitResolver(loadUnitTable()));
  const maxAnswers = options.maxAnswers ?? 10;
  const inForce = query.inForce ?? true;
  const { question, notice } = shortQuestion(query.q.trim(), words);
  const county = query.county?.trim() || undefined;
  const index = dutyIndex(store, county, words);
  const status = statusReader(store, query.asOf);
  const base = { question, ...(county ? { county } : {}), inForce, ...(notice ? { notice } : {}) };
  const done = (result: Omit<WhoHandlesResult, 'tookMs' | 'question' | 'county' | 'inForce' | 'notice'>): WhoHandlesResult => ({
    ...base,
    ...result,
    tookMs: Math.round(performance.now() - started),
  });

  // Residents' names of offices first (社保局 → 人社局), so the unit resolver can read them.
  const asked = toGazetteWords(foldWidth(question), words.officeWords);
  const named = unitsNamed(asked, index.units, resolver, county);
  const unitAnswer = answerUnitQuestion(asked, named, index, words, { inForce, status, maxAnswers });
  if (unitAnswer) return done(unitAnswer);

  // A matter: match it against every duty, with the search engine's recall as a second opinion.
  // The office's own name is not part of the matter (县行政审批局 新办企业首次申领发票).
  const matterText = named.reduce((text, n) => text.split(n.written).join(' '), asked);
  const readings = questionReadings(matterText, words);
  const fragments = readings[0] ?? [];
  const segment = options.segment ?? segmentWords;
  // Words for display and for the search engine's recall; single characters say too little.
  const terms = [...new Set(fragments.flatMap((f) => segment(f)).filter((t) => [...t].length >= 2 || /^[A-Za-z0-9]+$/.test(t)))];
  if (fragments.length === 0) {
    return done({ mode: 'matter', terms, answers: [], message: '问题里没有可查的事项，请写明要办的事，如“新办企业首次申领发票”。', suggestions: [] });
  }
  if (index.duties.length === 0) {
    const message = county ? `库中没有${county}的职责信息；请先导入该县的公报。` : '库中还没有职责信息；请先导入公报。';
    return done({ mode: 'matter', terms, answers: [], message, suggestions: [] });
  }

  const { boost, titles } = await recall(store, (terms.length > 0 ? terms : fragments).join(' '), county, query.asOf, words.ranking.recallDepth);
  const matched = scoreDuties(index, readings, words, boost, segment);
  const namedIds = new Set(named.map((n) => n.unit.id));
  const serving = servingOffices(matterText, words);
  const ranked = rankOffices(index, matched, words, { status, inForce, namedIds, serving, isKind: (name) => resolver.kindOf(name) !== undefined });
  const answers = ranked.offices.slice(0, maxAnswers).map((r) => answerFor(r.unit, r.items, words, r.score, words.ranking.maxEvidence));
  const bodies = ranked.bodies.slice(0, maxAnswers).map((r) => answerFor(r.unit, r.items, words, r.score, words.ranking.maxEvidence));
  const extra = { ...(bodies.length > 0 ? { bodies } : {}), ...(ranked.notInForce > 0 ? { notInForce: ranked.notInForce } : {}) };
  if (answers.length > 0) return done({ mode: 'matter', terms, answers, suggestions: [], ...extra });

  const matter = fragments.join('');
  const expiredNote = ranked.notInForce > 0 ? `只在已失效或已废止的文件中找到${ranked.notInForce}个相关部门；要查看，请勾选“含已失效文件”（命令行 --all，接口 inForce=false）。` : '';
  return done({
    mode: 'matter',
    terms,
    answers: [],
    message: `没有找到负责“${matter}”的部门${county ? `（${county}）` : ''}。${expiredNote}可以换个说法，或试试下面相近的事项。`,
    suggestions: suggest(index, readings, words, titles),
    ...extra,
  });
}

/** A question about what a named office does (县人社局管什么): that office's duties, duty sentences first. */
function answerUnitQuestion(
  asked: string,
  named: ReturnType<typeof unitsNamed>,
  index: DutyIndex,
  words: QuestionWords,
  { inForce, status, maxAnswers }: { inForce: boolean; status: (id: string) => ValidityStatus | undefined; maxAnswers: number },
): Omit<WhoHandlesResult, 'tookMs' | 'question' | 'county' | 'inForce'> | undefined {
  if (named.length === 0) return undefined;
  let rest = normalizeUnitName(asked);
  for (const { written } of named) rest = rest.split(written).join(' ');
  const { rest: afterUnitWords, found } = removePhrases(rest, words.unitQuestionPhrases);
  const leftover = questionReadings(afterUnitWords, words)[0] ?? [];
  if (found.length === 0 && leftover.length > 0) return undefined;
  const answers = named.slice(0, maxAnswers).map(({ unit }) => {
    const own: Scored[] = index.duties
      .map((duty, i) => ({ duty, i }))
      .filter(({ duty }) => duty.unitId === unit.id)
      .map(({ duty, i }) => {
        const kind = index.kinds[i];
        const s = status(duty.document.id);
        const weight = (words.roleWeights[duty.role] ?? 0) * words.evidence.weights[kind] * (inForceStatus(s) ? 1 : words.ranking.notInForceFactor);
        return { duty, score: weight, kind, status: s, key: unit.id };
      })
      .filter((item) => !inForce || inForceStatus(item.status))
      .sort((a, b) => b.score - a.score || (b.duty.document.date ?? '').localeCompare(a.duty.document.date ?? ''));
    return answerFor(unit, own, words, own.length, 50);
  });
  const empty = answers.every((a) => a.evidence.length === 0);
  return {
    mode: 'unit',
    terms: named.map((n) => n.unit.name),
    answers,
    ...(empty ? { message: `库中${inForce ? '现行有效' : ''}的公文没有给${answers[0].unit.name}分派职责。` } : {}),
    suggestions: [],
  };
}

/** Every duty that matches some reading of the question, with its best coverage and the search engine's boost. */
function scoreDuties(
  index: DutyIndex,
  readings: string[][],
  words: QuestionWords,
  boost: Map<string, { rank: number; paragraphs: Set<number> }>,
  segment: (text: string) => string[],
) {
  const r = words.ranking;
  const best = new Map<number, number>();
  const alignment = alignments.get(index) ?? createAlignment(r.unalignedTermWeight);
  alignments.set(index, alignment);
  for (const [n, reading] of readings.entries()) {
    // The usual official word first; the others only when they match much better.
    const readingWeight = n === 0 ? 1 : r.otherReadingWeight;
    const grams = reading.flatMap(bigrams);
    if (grams.length === 0) continue;
    const matcher = createMatcher(index, grams, words);
    const minMatched = Math.min(r.minMatchedBigrams, matcher.unique.length);
    const terms = [...new Set(reading.flatMap((f) => segment(f)))];
    for (const i of matcher.candidates(minMatched)) {
      const { coverage, matched } = matcher.score(i);
      if (matched < minMatched || coverage < r.minCoverage) continue;
      const duty = index.duties[i];
      const aligned = alignment.factor(duty.sentence.includes(duty.matter) ? duty.sentence : `${duty.matter}\n${duty.sentence}`, terms);
      best.set(i, Math.max(best.get(i) ?? 0, coverage * aligned * readingWeight));
    }
  }
  return [...best].map(([i, coverage]) => {
    const duty = index.duties[i];
    const hit = boost.get(duty.document.id);
    const recalled = hit ? r.recallRankBoost * (1 - hit.rank / r.recallDepth) + (hit.paragraphs.has(duty.paragraph) ? r.recallParagraphBoost : 0) : 0;
    return { i, score: coverage + recalled };
  });
}

interface RankedOffice {
  unit: WhoHandlesAnswer['unit'];
  items: Scored[];
  score: number;
}

/**
 * Offices by what the evidence says about them. Each duty's score is weighed by its kind
 * (a members' list says less than a duty), by how many offices its sentence names, by whether
 * the office is a government as a whole or a kind of office, and by validity. Offices with a real duty come before
 * those whose only evidence is a list, note or publicity role; offices in force before others.
 */
function rankOffices(
  index: DutyIndex,
  matched: Array<{ i: number; score: number }>,
  words: QuestionWords,
  {
    status,
    inForce,
    namedIds,
    serving,
    isKind,
  }: { status: (id: string) => ValidityStatus | undefined; inForce: boolean; namedIds: Set<string>; serving: string[]; isKind: (name: string) => boolean },
): { offices: RankedOffice[]; bodies: RankedOffice[]; notInForce: number } {
  const r = words.ranking;
  let hosts = hostCache.get(index);
  if (!hosts) hostCache.set(index, (hosts = bodyHosts(index.duties, words)));
  const general = new Set(words.generalOffices.names.map((n) => `县${n}`));
  const groups = new Map<string, Scored[]>();
  const bodyKeys = new Set<string>();
  // Evidence from lapsed documents, when only documents in force are asked about: scored the same,
  // so the offices it would add (said in the answer's note) are the ones --all shows.
  const lapsed = new Map<string, Scored[]>();
  // An office's answer rests on its best evidence: the long tail of weak matches (tens of
  // thousands across an archive) is not weighed, nor its documents' validity read.
  const best = matched.length > r.maxScoredDuties ? [...matched].sort((a, b) => b.score - a.score).slice(0, r.maxScoredDuties) : matched;
  for (const { i, score } of best) {
    const duty = index.duties[i];
    const kind = index.kinds[i];
    const s = status(duty.document.id);
    let key = unitKey(duty);
    let via: string | undefined;
    if (isBody(duty.unitName, words)) {
      const host = hostOf(duty, hosts, words);
      if (host) [key, via] = [host.hostKey, duty.unitName];
      else bodyKeys.add(key);
    }
    const weight =
      words.evidence.weights[kind] * specificity(index.offices[i], index.order[i], words) * (inForceStatus(s) ? 1 : r.notInForceFactor) * (via ? r.hostedWeight : 1);
    const into = inForce && !inForceStatus(s) ? lapsed : groups;
    const list = into.get(key) ?? [];
    list.push({ duty, score: score * weight, kind, status: s, key, via });
    into.set(key, list);
  }
  const scoreGroups = (entries: Array<[string, Scored[]]>) => entries.map(([key, items]) => {
    items.sort((a, b) => b.score - a.score);
    const best = items[0];
    const roleWeight = Math.max(...items.filter((i) => i.score >= best.score * r.bestRoleWithin).map((i) => words.roleWeights[i.duty.role] ?? 0.4));
    // More evidence counts only where it matches about as well as the best: an office named in
    // every item of a long list (县财政局 pays for most of them) is not thereby the one asked about.
    const close = items.filter((i) => i.kind === 'duty' && i.score >= best.score * r.bestRoleWithin);
    const extraMatters = Math.min(r.maxExtraMatters, new Set(close.map((i) => i.duty.matter)).size - 1);
    const unit = unitOf(index, key, best.duty);
    // A kind of office (乡镇人民政府, 公安机关) is as broad as a government as a whole: right, but
    // a named office with the same matter is the nearer answer.
    const generalWeight = general.has(normalizeUnitName(unit.name)) || isKind(unit.name) ? words.generalOffices.weight : 1;
    // An office the question names next to its matter (县税务局 发票) is the one asked about.
    const namedBonus = namedIds.has(key) ? r.namedOfficeBonus : 0;
    // The kind of office that serves residents for an everyday matter (停电 → 供电公司), when the documents give it the matter.
    const servesBonus = close.length > 0 && serving.some((ending) => unit.name.endsWith(ending) || unit.aliases.some((a) => a.endsWith(ending))) ? r.servesBonus : 0;
    // The office that interprets a policy and has a duty in it drafted it and acts on it.
    const dutyDocs = new Set(items.filter((i) => i.kind === 'duty').map((i) => i.duty.document.id));
    const owner = items.find((i) => i.duty.role === 'interprets' && dutyDocs.has(i.duty.document.id));
    const ownerBonus = owner ? r.ownerBonus * owner.score : 0;
    const score =
      best.score * roleWeight * generalWeight + r.extraMatterBonus * Math.max(0, extraMatters) + namedBonus + ownerBonus + servesBonus;
    const tier = (items.some((i) => inForceStatus(i.status)) ? 0 : 2) + (items.some((i) => i.kind === 'duty') ? 0 : 1);
    return { key, unit, items, score, tier };
  });
  const scored = scoreGroups([...groups.entries()]);
  const top = Math.max(0, ...scored.map((s) => s.score));
  const kept = scored.filter((s) => s.score >= top * r.keepAboveTopShare).sort((a, b) => a.tier - b.tier || b.score - a.score);
  const lapsedOnly = scoreGroups([...lapsed.entries()].filter(([key]) => !groups.has(key) && !bodyKeys.has(key)));
  const topAll = Math.max(top, ...lapsedOnly.map((s) => s.score));
  const notInForce = lapsedOnly.filter((s) => s.score >= topAll * r.keepAboveTopShare).length;
  return { offices: kept.filter((s) => !bodyKeys.has(s.key)), bodies: kept.filter((s) => bodyKeys.has(s.key)), notInForce };
}

function unitOf(index: DutyIndex, key: string, duty: DutyWithDocument): WhoHandlesAnswer['unit'] {
  const stored = index.unitById.get(key);
  if (stored) return { id: stored.id, name: stored.name, county: stored.county, aliases: stored.aliases };
  return { id: key, name: duty.unitName, county: duty.document.county, aliases: duty.unit !== duty.unitName ? [duty.unit] : [] };
}

/** Nothing matched well enough: the matters that share the most with the question, and the documents the search found. */
function suggest(index: DutyIndex, readings: string[][], words: QuestionWords, titles: string[]): string[] {
  const matcher = createMatcher(index, (readings[0] ?? []).flatMap(bigrams), words);
  const near = matcher
    .candidates(1)
    .map((i) => ({ matter: index.duties[i].matter, overlap: matcher.overlap(i) }))
    .filter((m) => m.overlap > 0)
    .sort((a, b) => b.overlap - a.overlap || a.matter.length - b.matter.length);
  // With no shared words at all, the documents of the county are the nearest thing to offer.
  const fallback = near.length === 0 && titles.length === 0 ? index.duties.map((d) => d.document.title) : [];
  // Documents the search engine found come first: their duties may simply not be written as duties.
  return [...new Set([...titles.slice(0, 2), ...near.map((m) => shorten(m.matter)), ...titles.slice(2), ...fallback])].slice(0, 5);
}

/** A matter cut to its first clause, for a suggestion list. */
function shorten(matter: string): string {
  const first = matter.split(/[。；;，,：:]/)[0].replace(/^[（(]?[一二三四五六七八九十\d]+[)）、.．]\s*/, '');
  return first.length > 40 ? `${first.slice(0, 39)}…` : first;
}
