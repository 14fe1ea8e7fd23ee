/**
 * @module kb/who-handles
 * "这件事找哪个部门?": matches a resident's question against the duties the gazettes assign
 * (their matters, sentences and document titles) and ranks the offices a resident can contact:
 * one card per office, the most specific evidence first (a duty sentence before a members' list,
 * an interpretation note or a publicity role), command posts answered by their host office, and
 * documents no longer in force left out (or, on request, marked and ranked last). A question
 * that names an office (县司法局管什么) lists that office's duties instead. Asked for a county
 * whose documents give no answer, it answers from the documents that name no county, and says
 * so (countyNotice) — never from another county's. Words and weights
 * are data (data/who-handles.json, data/matter-words.json, data/question-words.json).
 */
import { createUnitResolver, loadUnitTable, normalizeUnitName, type UnitResolver } from '../domain/units';
import type { SearchResult, ValidityStatus, WhoHandlesResult } from '../model';
import type { GazetteStore } from '../store/gazette-store';
import { toSimplified } from '../text/fold-script';
import { foldWidth } from '../text/normalize';
import { segmentWords } from '../text/segment';
import { contextNotice, withoutContext } from './context-words';
import { dutyIndex, type DutyIndex } from './duty-index';
import { loadQuestionWords, questionReadings, removePhrases, servingOffices, shortQuestion, toGazetteWords, typedFragments, type QuestionWords } from './question-words';
import { answerFor, inForceStatus, rankOffices, scoreDuties, suggest, type Scored } from './rank-offices';
import { unitsNamed } from './units-named';

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
  // A name an answer may show as its page prints it: an office's, not a kind's (乡镇政府 stays 乡镇人民政府).
  const isOfficeName = (name: string) => resolver.isUnitName(name) && resolver.kindOf(name) === undefined;
  const isKind = (name: string) => kindOrAlternative(name, resolver) !== undefined;
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
  // A question typed in traditional script (狗狗糞便誰管) is read as the simplified one.
  const asked = toGazetteWords(foldWidth(toSimplified(question)), words.officeWords);
  const named = unitsNamed(asked, index.units, resolver, county);
  const unitAnswer = answerUnitQuestion(asked, named, index, words, { inForce, status, maxAnswers, isOfficeName });
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
  // The offices for the matter over one set of duties (the county's, or those naming no county).
  const answerOver = async (over: DutyIndex, scope: string | undefined) => {
    const { boost, titles } = await recall(store, (terms.length > 0 ? terms : fragments).join(' '), scope, query.asOf, words.ranking.recallDepth);
    const typed = typedFragments(matterText, words);
    let matched = scoreDuties(over, readings, words, boost, segment, typed);
    // No duty holds enough of the question: once more without its words of context (乡下, 工地) no duty's matter holds.
    let context: { contextNotice: string; terms: string[] } | undefined;
    if (matched.length === 0) {
      const relaxed = withoutContext(over, readings, words, segment);
      if (relaxed.readings.length > 0) {
        matched = scoreDuties(over, relaxed.readings, words, boost, segment, typed);
        // The words shown are those the answer was found by, not the ones let go.
        const longWords = [...new Set(relaxed.readings[0].flatMap((f) => segment(f)))].filter((t) => [...t].length >= 2);
        const used = longWords.length > 0 ? longWords : relaxed.readings[0];
        if (matched.length > 0) context = { contextNotice: contextNotice(relaxed.dropped, relaxed.readings), terms: used };
      }
    }
    const namedIds = new Set(named.map((n) => n.unit.id));
    const serving = servingOffices(matterText, words);
    const askedRoles = words.ranking.askedRoleWords.filter((role) => asked.includes(role));
    const ranked = rankOffices(over, matched, words, { status, inForce, namedIds, serving, isKind, askedRoles });
    const answers = ranked.offices.slice(0, maxAnswers).map((r) => answerFor(r.unit, r.items, words, r.score, words.ranking.maxEvidence, isOfficeName));
    const bodies = ranked.bodies.slice(0, maxAnswers).map((r) => answerFor(r.unit, r.items, words, r.score, words.ranking.maxEvidence, isOfficeName));
    const extra = {
      ...(bodies.length > 0 ? { bodies } : {}),
      ...(ranked.notInForce > 0 ? { notInForce: ranked.notInForce } : {}),
      ...(context && answers.length > 0 ? context : {}),
    };
    return { answers, extra, notInForce: ranked.notInForce, suggestions: () => suggest(over, readings, words, titles) };
  };

  const own = index.duties.length > 0 ? await answerOver(index, county) : undefined;
  if (own && own.answers.length > 0) {
    const placed = county ? undefined : placeNotice(own.answers);
    return done({ mode: 'matter', terms, answers: own.answers, suggestions: [], ...own.extra, ...(placed ? { placeNotice: placed } : {}) });
  }
  // A county whose documents give no answer (most pages name none): the documents that name no
  // county may, said so above the answers — offices of another county never stand in.
  if (county && !own?.notInForce) {
    const unlabelled = dutyIndex(store, null, words);
    const general = unlabelled.duties.length > 0 ? await answerOver(unlabelled, undefined) : undefined;
    if (general && general.answers.length > 0) {
      const countyNotice = `库中标明为${county}的文件没有回答这个问题；以下答案来自未标明县的文件，请核实是否适用于${county}。`;
      return done({ mode: 'matter', terms, answers: general.answers, suggestions: [], countyNotice, ...general.extra });
    }
  }
  if (!own) {
    const message = county ? `库中没有${county}的职责信息；请先导入该县的公报。` : '库中还没有职责信息；请先导入公报。';
    return done({ mode: 'matter', terms, answers: [], message, suggestions: [] });
  }

  const matter = fragments.join('');
  const expiredNote = own.notInForce > 0 ? `只在已失效或已废止的文件中找到${own.notInForce}个相关部门；要查看，请勾选“含已失效文件”（命令行 --all，接口 inForce=false）。` : '';
  return done({
    mode: 'matter',
    terms,
    answers: [],
    message: `没有找到负责“${matter}”的部门${county ? `（${county}）` : ''}。${expiredNote}可以换个说法，或试试下面相近的事项。`,
    suggestions: own.suggestions(),
    ...own.extra,
  });
}

/**
 * Asked without a place, an answer whose every sentence shown comes from a place's own documents
 * (a city's 养犬管理条例, 文明行为促进条例) holds there only: says which place, in Chinese, so a
 * resident elsewhere does not take one city's office for his own. None when some evidence names
 * no place (a national law's sentence holds everywhere).
 */
export function placeNotice(answers: WhoHandlesResult['answers']): string | undefined {
  const evidence = answers[0]?.evidence ?? [];
  const places = [...new Set(evidence.map((e) => e.document.county))];
  if (evidence.length === 0 || places.some((p) => !p)) return undefined;
  return `第一个答案出自${places.join('、')}的文件，只在该地适用；其他地方请以当地的规定为准。`;
}

/**
 * The kind an office's name is of: its own (乡镇人民政府), or the one written in brackets after it as
 * the same office's other name (街道办(乡镇政府): the street office, or where there is none the
 * township's government — every place's one, a kind, not one office a resident can be sent to).
 * A named office in brackets (县人社局(县医保局), 市发改委(粮食局)) is no kind.
 */
export function kindOrAlternative(name: string, resolver: Pick<UnitResolver, 'kindOf'>): string | undefined {
  const own = resolver.kindOf(name);
  if (own !== undefined) return own;
  const bracketed = /[(（]([^()（）]{2,12})[)）]$/.exec(name);
  return bracketed ? resolver.kindOf(bracketed[1]) : undefined;
}

/** A question about what a named office does (县人社局管什么): that office's duties, duty sentences first. */
function answerUnitQuestion(
  asked: string,
  named: ReturnType<typeof unitsNamed>,
  index: DutyIndex,
  words: QuestionWords,
  {
    inForce,
    status,
    maxAnswers,
    isOfficeName,
  }: { inForce: boolean; status: (id: string) => ValidityStatus | undefined; maxAnswers: number; isOfficeName: (name: string) => boolean },
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
    return answerFor(unit, own, words, own.length, 50, isOfficeName);
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

