/**
 * @module kb/duty-index
 * The duties of a county held in memory for who-handles: each duty's bigrams (matter, sentence,
 * document title), postings from bigram to duties, what kind of evidence each duty is (a duty
 * sentence, a members' list, an interpretation note, a publicity role), how many offices its
 * sentence names, and which office hosts each command post or leading group. Built once per
 * store revision.
 */
import type { GazetteStore, DutyWithDocument, UnitSummary } from '../store/gazette-store';
import { bigrams, type EvidenceKind, type QuestionWords } from './question-words';

/** Bigram sets of every duty of a county and their document frequencies. */
export interface DutyIndex {
  stamp: string;
  duties: DutyWithDocument[];
  grams: Array<{ matter: Set<string>; sentence: Set<string>; title: Set<string> }>;
  df: Map<string, number>;
  /** Bigram → the duties (indexes) whose matter, sentence or title holds it. */
  postings: Map<string, number[]>;
  /** What kind of evidence each duty is, by index. */
  kinds: EvidenceKind[];
  /** How many offices the duty's sentence gives the same thing to, by index. */
  offices: number[];
  /** Where the duty's office stands among the offices its sentence names (0 = named first), by index. */
  order: number[];
  /** The county's offices, and by id. */
  units: UnitSummary[];
  unitById: Map<string, UnitSummary>;
}

/** The office an answer is given to: the resolved unit id, else county and name as written. */
export function unitKey(duty: DutyWithDocument): string {
  return duty.unitId ?? `${duty.document.county ?? ''}:${duty.unitName}`;
}

/**
 * What kind of evidence a duty is: a members' list, an interpretation note, a publicity role,
 * or a real duty. Markers come from data/who-handles.json (`evidence`).
 *
 * @example evidenceKind({ role: 'lead', matter: '宣传报道组：…新闻报道', sentence: '宣传报道组 牵头单位 县委宣传部 …' }, words) // → 'publicity'
 * @example evidenceKind({ role: 'responsible', matter: '社保审核', sentence: '县人社局负责社保审核' }, words) // → 'duty'
 */
export function evidenceKind(duty: Pick<DutyWithDocument, 'role' | 'matter' | 'sentence'>, words: QuestionWords): EvidenceKind {
  const { listMarkers, noteMarkers, publicityWords } = words.evidence;
  if (duty.role === 'member' || listMarkers.some((m) => duty.sentence.includes(m))) return 'list';
  if (duty.role === 'interprets' || noteMarkers.some((m) => duty.sentence.includes(m))) return 'note';
  const text = duty.matter + duty.sentence;
  if (publicityWords.some((w) => text.includes(w))) return 'publicity';
  return 'duty';
}

const indexes = new WeakMap<GazetteStore, Map<string, DutyIndex>>();

/**
 * The duties of a county with their bigrams, cached per store until the store changes (its
 * revision). An archive holds hundreds of thousands of duties: the postings let a question
 * score only the duties that share a bigram with it.
 */
export function dutyIndex(store: GazetteStore, county: string | null | undefined, words: QuestionWords): DutyIndex {
  const stamp = store.revision();
  let perCounty = indexes.get(store);
  if (!perCounty) {
    perCounty = new Map();
    indexes.set(store, perCounty);
  }
  // null: the documents that name no county (a fallback for a county with no answer).
  const key = county === null ? '\u0000none' : (county ?? '');
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
  const built: DutyIndex = {
    stamp,
    duties,
    grams,
    df,
    postings,
    kinds: duties.map((duty) => evidenceKind(duty, words)),
    ...officesPerSentence(duties),
    units,
    unitById: new Map(units.map((u) => [u.id, u])),
  };
  perCounty.set(key, built);
  return built;
}

/**
 * For each duty, the number of distinct offices its document gives the same sentence to, and
 * where its office is named among them (by the first place the sentence writes its name).
 */
function officesPerSentence(duties: DutyWithDocument[]): { offices: number[]; order: number[] } {
  const perSentence = new Map<string, Map<string, number>>();
  const keys = duties.map((duty) => {
    const key = `${duty.document.id}\u0000${duty.sentence}`;
    let named = perSentence.get(key);
    if (!named) perSentence.set(key, (named = new Map()));
    const at = duty.sentence.indexOf(duty.unit);
    const office = unitKey(duty);
    const place = at >= 0 ? at : duty.sentence.length;
    named.set(office, Math.min(named.get(office) ?? Infinity, place));
    return key;
  });
  const offices = keys.map((key) => perSentence.get(key)!.size);
  const order = keys.map((key, i) => {
    const named = perSentence.get(key)!;
    const own = named.get(unitKey(duties[i]))!;
    return [...named.values()].filter((place) => place < own).length;
  });
  return { offices, order };
}

/**
 * How much a sentence naming `offices` offices says about the one named at place `order`
 * (0 = first): 1 for the first of one or two, less for a long list and for later names.
 */
export function specificity(offices: number, order: number, words: QuestionWords): number {
  const { fewOffices, perExtraOffice, specificityFloor, laterNamedStep, laterNamedFloor } = words.evidence;
  const list = offices <= fewOffices ? 1 : Math.max(specificityFloor, 1 - perExtraOffice * (offices - fewOffices));
  return list * Math.max(laterNamedFloor, 1 - laterNamedStep * order);
}

/** How much of the question's bigrams (weighted by rarity) a duty covers, per field. */
export function createMatcher(
  { duties, grams: dutyGrams, df, postings, offices }: DutyIndex,
  questionGrams: string[],
  words: QuestionWords,
  crossing: Map<string, string[]> = new Map(),
  links: Map<string, string[]> = crossing,
) {
  const n = Math.max(1, duties.length);
  const unique = [...new Set(questionGrams)];
  // A bigram no duty holds (家里, 突然) is most likely chatter around the matter: it counts a
  // share of the rarest known bigram instead of the most, so it cannot sink every match.
  const rarest = Math.log(1 + n / 2);
  // The act asked for (审批, 巡查, 查处) tells which of the offices on a topic does it: it weighs more.
  const acts = new Set(words.ranking.actWords);
  // A bigram across two words the resident typed side by side (区物 in 小区|物业; `links`) that no
  // duty holds with both words (辖区物业 holds 区物 but not 小区) is chatter like a bigram no duty
  // holds — else one new duty's 本辖区物业 raises the question's weight that no duty can meet. By
  // the words typed: 民医 of 居民|医保 read as 居民医疗保险 is held whole by every 居民医保.
  const wholeCount = (g: string) => {
    const sides = links.get(g);
    if (!sides) return df.get(g) ?? 0;
    return (postings.get(g) ?? []).filter((i) => {
      const { matter, sentence } = dutyGrams[i];
      return [matter, sentence].some((field) => field.has(g) && sides.every((side) => field.has(side)));
    }).length;
  };
  const rarity = (g: string) => {
    const count = wholeCount(g);
    return count > 0 ? Math.log(1 + n / (1 + count)) : rarest * words.ranking.unknownGramWeight;
  };
  const idf = new Map(unique.map((g) => [g, rarity(g) * (acts.has(g) ? words.ranking.actWeight : 1)]));
  const total = unique.reduce((sum, g) => sum + idf.get(g)!, 0) || 1;
  const field = words.ranking.fieldWeights;
  return {
    /** 0–1 coverage and the number of question bigrams found anywhere. */
    score(index: number): { coverage: number; matched: number } {
      const { matter, sentence, title } = dutyGrams[index];
      let covered = 0;
      let matched = 0;
      for (const g of unique) {
        const held = matter.has(g) ? matter : sentence.has(g) ? sentence : title.has(g) ? title : undefined;
        // A bigram across two of the question's words counts where the text holds both words.
        const whole = held !== undefined && (crossing.get(g) ?? []).every((side) => held.has(side));
        // The act asked (监督) in a sentence that gives several offices their own acts (由县政府负责,
        // 街道办组织, 主管部门指导监督) is the act of the office whose matter holds it, not of the others.
        const othersAct = held === sentence && acts.has(g) && offices[index] > 1;
        const weight = !whole || othersAct ? 0 : held === matter ? field.matter : held === sentence ? field.sentence : field.title;
        if (weight > 0) matched += 1;
        covered += weight * idf.get(g)!;
      }
      return { coverage: covered / total, matched };
    },
    /** Indexes of the duties holding at least `min` of the question's bigrams, in order. */
    candidates(min: number): number[] {
      const hits = new Map<number, number>();
      for (const g of unique) for (const i of postings.get(g) ?? []) hits.set(i, (hits.get(i) ?? 0) + 1);
      return [...hits].filter(([, count]) => count >= min).map(([i]) => i).sort((a, b) => a - b);
    },
    /** Rarity-weighted bigrams a duty shares with the question (for suggestions). */
    overlap(index: number): number {
      const { matter, sentence } = dutyGrams[index];
      return unique.filter((g) => matter.has(g) || sentence.has(g)).reduce((sum, g) => sum + idf.get(g)!, 0);
    },
    /** What one of the question's bigrams weighs: its rarity, twice for an act, a share for chatter. */
    weight: (g: string) => idf.get(g) ?? 0,
    unique,
  };
}

export type Matcher = ReturnType<typeof createMatcher>;
