/**
 * @module kb/rank-offices
 * How who-handles weighs what it found: each matching duty scored by how much of the question
 * its matter and sentence cover (the act asked — 审批, 巡查 — weighing more, a bigram across two
 * of the question's words only with both words), with the search engine's recall as a second
 * opinion; then offices ranked by their evidence (a duty sentence before a members' list, a named
 * office before a kind of a field before a government, documents in force first, further duties
 * only when as good as the best, the office whose own clause says the share asked — 谁负总责 —
 * before the others), and an answer card per office. Also the nearby
 * matters offered when nothing matched. Pure over a duty index; weights are data
 * (data/who-handles.json).
 */
import { documentType } from '../domain/grammar';
import { normalizeUnitName, roleLabel } from '../domain/units';
import { NOT_IN_FORCE_STATUSES, type DutyRole, type ValidityStatus, type WhoHandlesAnswer, type WhoHandlesEvidence } from '../model';
import type { DutyWithDocument } from '../store/gazette-store';
import { bodyHosts, hostOf, isBody } from './bodies';
import { createMatcher, specificity, unitKey, type DutyIndex } from './duty-index';
import { bigrams, type QuestionWords } from './question-words';
import { displayName } from './units-named';
import { createAlignment, crossingBigrams } from './word-alignment';

/** A duty that matched, with everything its answer needs. */
export interface Scored {
  duty: DutyWithDocument;
  score: number;
  kind: WhoHandlesEvidence['kind'];
  status?: ValidityStatus;
  /** The office the evidence is given to: the duty's own, or the host of the body it names. */
  key: string;
  via?: string;
}

const NOT_IN_FORCE = new Set<ValidityStatus>(NOT_IN_FORCE_STATUSES);
export const inForceStatus = (status: ValidityStatus | undefined) => !status || !NOT_IN_FORCE.has(status);

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

export function answerFor(
  unit: WhoHandlesAnswer['unit'],
  items: Scored[],
  words: QuestionWords,
  score: number,
  maxEvidence: number,
  isOfficeName: (name: string) => boolean = () => false,
): WhoHandlesAnswer {
  const best = items[0]?.score ?? 0;
  // The role of the evidence that matches about as well as the best, not of a passing mention.
  const role = strongestRole(
    items.filter((i) => i.score >= best * words.ranking.bestRoleWithin).map((i) => i.duty.role),
    words.roleOrder,
  );
  const canonical = displayName(unit);
  const name = printedName(items[0], isOfficeName) ?? canonical;
  const shown = items.slice(0, maxEvidence);
  const placed = placeOf(unit, shown);
  return {
    // The canonical name joins the other names (又称), so every view lists it beside the printed one.
    unit:
      name === canonical
        ? { ...placed, name }
        : { ...placed, name, canonical, aliases: [canonical, ...unit.aliases.filter((a) => a !== name && a !== canonical)] },
    role,
    roleLabel: roleLabel(role),
    score: Math.round(score * 1000) / 1000,
    ...(items[0]?.status ? { status: items[0].status } : {}),
    evidence: shown.map(evidenceOf),
  };
}

/**
 * The office with the place an answer may show for it: the one its store record keeps only when
 * a document shown as evidence is of that place. A kind of office named across many places'
 * regulations (公安机关, 生态环境主管部门, 市、县(区)人民政府) is stored with the place of the first
 * document that named it; shown beside another place's sentence (湖州市's 条例), that place would
 * send the resident to the wrong city.
 */
function placeOf(unit: WhoHandlesAnswer['unit'], shown: Scored[]): WhoHandlesAnswer['unit'] {
  if (!unit.county || shown.some((i) => i.duty.document.county === unit.county)) return unit;
  const { county: _dropped, ...rest } = unit;
  return rest;
}

/**
 * The name the best evidence's document prints for its office (县市场监管局 where the unit table
 * says 县市场监督管理局) — in the sentence, or in the heading a division's duties are carried
 * from: a resident looks for the words of the page. Not through a body it hosts, and only when it
 * is an office's name (`isOfficeName`): a kind of office (乡镇政府, 县市区政府) keeps its one kind
 * name, and a phrase or a list (户籍所在地的村(居)委会, 所在地乡镇人民政府、街道办事处) is no name to show.
 */
export function printedName(item: Pick<Scored, 'duty' | 'via'> | undefined, isOfficeName: (name: string) => boolean): string | undefined {
  if (!item || item.via) return undefined;
  const printed = item.duty.unit;
  return printed !== item.duty.unitName && isOfficeName(printed) ? printed : undefined;
}

const alignments = new WeakMap<DutyIndex, ReturnType<typeof createAlignment>>();
const hostCache = new WeakMap<DutyIndex, ReturnType<typeof bodyHosts>>();

/** Every duty that matches some reading of the question, with its best coverage and the search engine's boost. */
export function scoreDuties(
  index: DutyIndex,
  readings: string[][],
  words: QuestionWords,
  boost: Map<string, { rank: number; paragraphs: Set<number> }>,
  segment: (text: string) => string[],
  /** The question's matter in the resident's own words (typedFragments): which words stand side by side. */
  typed?: string[],
) {
  const r = words.ranking;
  const best = new Map<number, number>();
  const links = typed ? crossingBigrams(typed, segment) : undefined;
  const alignment = alignments.get(index) ?? createAlignment(r.unalignedTermWeight);
  alignments.set(index, alignment);
  for (const [n, reading] of readings.entries()) {
    // The usual official word first; the others only when they match much better.
    const readingWeight = n === 0 ? 1 : r.otherReadingWeight;
    const grams = reading.flatMap(bigrams);
    if (grams.length === 0) continue;
    const crossing = crossingBigrams(reading, segment);
    const matcher = createMatcher(index, grams, words, crossing, links ?? crossing);
    const terms = [...new Set(reading.flatMap((f) => segment(f)))];
    const minMatched = byOneWord(matcher.unique, terms, index, r.actWords) ? 1 : Math.min(r.minMatchedBigrams, matcher.unique.length);
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

/**
 * Whether a question is matched by the one bigram of it some duty holds. Bigrams no duty holds
 * across the question's one-character words (拉我, 我搞, 搞传 of 有人拉我搞传销) are the resident's
 * chatter: the matter the documents know by one word (传销) is that word, the chatter still
 * weighing in the coverage. Not when a word of two characters or more is one no duty holds
 * (离婚 of 离婚手续: the matter asked is not the documents'), nor by an act alone (登记 of
 * 开宠物店登记: the act says which office of a topic, never the topic).
 */
export function byOneWord(grams: string[], terms: string[], index: Pick<DutyIndex, 'df'>, acts: string[]): boolean {
  const held = (g: string) => (index.df.get(g) ?? 0) > 0;
  const known = grams.filter(held);
  if (known.length !== 1 || acts.includes(known[0])) return false;
  return terms.filter((t) => [...t].length >= 2).every((t) => bigrams(t).every(held));
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
export function rankOffices(
  index: DutyIndex,
  matched: Array<{ i: number; score: number }>,
  words: QuestionWords,
  {
    status,
    inForce,
    namedIds,
    serving,
    isKind,
    askedRoles = [],
  }: {
    status: (id: string) => ValidityStatus | undefined;
    inForce: boolean;
    namedIds: Set<string>;
    serving: string[];
    isKind: (name: string) => boolean;
    /** The share of the matter the question asks about (负总责 of 物业管理县里谁负总责). */
    askedRoles?: string[];
  },
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
    // A policy's duty quoted in its interpretation (《某办法》政策解读: …由县人社局负责) is kept, but
    // weighs less than the policy's own sentence: the 解读 never comes before what it explains.
    const explaining = explains(duty.document.title) ? r.explainedWeight : 1;
    const weight =
      words.evidence.weights[kind] * specificity(index.offices[i], index.order[i], words) * (inForceStatus(s) ? 1 : r.notInForceFactor) * (via ? r.hostedWeight : 1) * explaining;
    const into = inForce && !inForceStatus(s) ? lapsed : groups;
    const list = into.get(key) ?? [];
    list.push({ duty, score: score * weight, kind, status: s, key, via });
    into.set(key, list);
  }
  const scoreGroups = (entries: Array<[string, Scored[]]>) => {
    // The best evidence of any office ranked: the yardstick of what "matches about as well" means.
    const topItem = Math.max(0, ...entries.flatMap(([, items]) => items.map((i) => i.score)));
    return entries.map(([key, items]) => {
      items.sort((a, b) => b.score - a.score);
      const best = items[0];
      const roleWeight = Math.max(...items.filter((i) => i.score >= best.score * r.bestRoleWithin).map((i) => words.roleWeights[i.duty.role] ?? 0.4));
      const close = items.filter((i) => i.kind === 'duty' && i.score >= best.score * r.bestRoleWithin);
      // More evidence counts only where it matches about as well as the best of ANY office: an
      // office named in every item of a long list (县财政局 pays for most of them), or given many
      // duties that share only the topic (县人民政府 统一领导…地质灾害防治), is not thereby the one
      // asked about when another office's duty names the very thing asked (地质灾害巡查).
      const closeToTop = close.filter((i) => i.score >= topItem * r.bestRoleWithin);
      const extraMatters = Math.max(0, Math.min(r.maxExtraMatters, new Set(closeToTop.map((i) => i.duty.matter)).size - 1));
      const unit = unitOf(index, key, best.duty);
      // The name as the evidence writes it may say the kind the short stored name hides (街道办(乡镇政府) → 街道办).
      const generalWeight = Math.min(breadthWeight(unit.name, general, isKind, words), breadthWeight(best.duty.unit, general, isKind, words));
      // An office the question names next to its matter (县税务局 发票) is the one asked about.
      const namedBonus = namedIds.has(key) ? r.namedOfficeBonus : 0;
      // The kind of office that serves residents for an everyday matter (停电 → 供电公司), when the documents give it the matter.
      const servesBonus = close.length > 0 && serving.some((ending) => unit.name.endsWith(ending) || unit.aliases.some((a) => a.endsWith(ending))) ? r.servesBonus : 0;
      // The office that interprets a policy and has a duty in it drafted it and acts on it.
      const dutyDocs = new Set(items.filter((i) => i.kind === 'duty').map((i) => i.duty.document.id));
      const owner = items.find((i) => i.duty.role === 'interprets' && dutyDocs.has(i.duty.document.id));
      const ownerBonus = owner ? r.ownerBonus * owner.score : 0;
      // The office whose own clause gives it the share asked (县政府对本辖区物业管理工作负总责 for 谁负总责),
      // before those the same sentence or document gives another share of the matter — by a duty
      // that matches about as well as the best of any office, never one sharing a word or two.
      const askedBonus = closeToTop.some((i) => saysRole(i.duty, askedRoles)) ? r.askedRoleBonus : 0;
      const score =
        best.score * roleWeight * generalWeight + r.extraMatterBonus * extraMatters + namedBonus + ownerBonus + servesBonus + askedBonus;
      const tier = (items.some((i) => inForceStatus(i.status)) ? 0 : 2) + (items.some((i) => i.kind === 'duty') ? 0 : 1);
      return { key, unit, items, score, tier };
    });
  };
  const scored = scoreGroups([...groups.entries()]);
  const top = Math.max(0, ...scored.map((s) => s.score));
  const kept = scored.filter((s) => s.score >= top * r.keepAboveTopShare).sort((a, b) => a.tier - b.tier || b.score - a.score);
  const lapsedOnly = scoreGroups([...lapsed.entries()].filter(([key]) => !groups.has(key) && !bodyKeys.has(key)));
  const topAll = Math.max(top, ...lapsedOnly.map((s) => s.score));
  const notInForce = lapsedOnly.filter((s) => s.score >= topAll * r.keepAboveTopShare).length;
  return { offices: kept.filter((s) => !bodyKeys.has(s.key)), bodies: kept.filter((s) => bodyKeys.has(s.key)), notInForce };
}

/**
 * Whether the duty's own clause — from its office's name to the clause's end — holds one of the
 * role words: 县政府对本辖区物业管理工作负总责 does; 由县政府负责,街道办组织… does not say 负总责 of anyone.
 */
export function saysRole(duty: Pick<DutyWithDocument, 'sentence' | 'unit'>, roles: string[]): boolean {
  if (roles.length === 0) return false;
  const at = duty.sentence.indexOf(duty.unit);
  const clause = (at >= 0 ? duty.sentence.slice(at) : duty.sentence).split(/[；;。]/)[0];
  return roles.some((role) => clause.includes(role));
}

/** Whether a document's title is an interpretation's (…政策解读, …答记者问: type 解读). */
function explains(title: string): boolean {
  return documentType(title) === '解读';
}

/**
 * How far an office's name sends a resident. A government as a whole (县人民政府) and a kind of
 * place's government (乡镇人民政府) are right but broad; a named office (县公安局) is the nearest.
 * A kind of office of a field (公安机关, 市场监督管理部门) names the field, so on about equal
 * evidence it comes before a place's government: 家庭小作坊 is the 市场监督管理部门's before the
 * 乡镇人民政府's, whose 日常巡查 of it is a share of the work — yet only just, so a township whose
 * duty holds more of the question (镇上小饭馆卫生谁来巡查: its 日常巡查) still comes first.
 */
export function breadthWeight(name: string, general: Set<string>, isKind: (name: string) => boolean, words: QuestionWords): number {
  const g = words.generalOffices;
  if (general.has(normalizeUnitName(name))) return g.weight;
  if (!isKind(name)) return 1;
  return g.fieldKindEndings.some((ending) => name.endsWith(ending)) ? g.fieldKindWeight : g.weight;
}

function unitOf(index: DutyIndex, key: string, duty: DutyWithDocument): WhoHandlesAnswer['unit'] {
  const stored = index.unitById.get(key);
  if (stored) return { id: stored.id, name: stored.name, county: stored.county, aliases: stored.aliases };
  return { id: key, name: duty.unitName, county: duty.document.county, aliases: duty.unit !== duty.unitName ? [duty.unit] : [] };
}

/** Nothing matched well enough: the matters that share the most with the question, and the documents the search found. */
export function suggest(index: DutyIndex, readings: string[][], words: QuestionWords, titles: string[]): string[] {
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
