/**
 * @module ingest/stages/reference-relation
 * The relation a sentence gives a document it names — repeals, revises, interprets, implements,
 * based on, else cites — from the words around the reference (data/relation-words.json): its own
 * clause first, then its sentence; other titles masked, the state a title is in (已废止) and the
 * words describing the edition cited (新修订的) taken out. Pure; extract-references reads the
 * references and asks here how each is meant.
 */
import type { RelationKind } from '../../src/model';

export interface RelationWords {
  priority: Exclude<RelationKind, 'cites'>[];
  /** `clauseEnd`: words that repeal only when they close the title's clause (《某通知》等4件规范性文件失效。). */
  repeals: { before: string[]; after: string[]; clauseEnd?: string[] };
  /**
   * `articleEdits`: words of an amendment editing a named article (在《某条例》第七条中增加…);
   * `acts`: words naming a title that is itself a revising act (《关于修改〈某条例〉的决定》).
   */
  revises: { before: string[]; after: string[]; articleEdits?: string[]; acts?: string[] };
  /**
   * Words that extend or renew a title's term (有效期延长至, 继续有效). `termWords`: what must follow
   * the title for a `before` word to count (延长《某办法》有效期, not 延长《某办法》规定的申报期限), and
   * what an `after` word must open with to count beyond the title's clause; `until`: words before
   * the new last day in force (domain/extension.ts).
   */
  extends: { before: string[]; after: string[]; termWords: string[]; until: string[] };
  interprets: { before: string[]; after: string[] };
  /** How an interpretation's own title ends (…的解读, …政策解读, 解读说明): the title it names in 《》 is what it explains. */
  interpretationEndings: string[];
  implements: { before: string[]; after: string[] };
  basedOn: { before: string[]; after: string[] };
  instrumentVerbs: string[];
  /** Verbs after a title that hand on another authority's document (转发, 批转). */
  forwardVerbs: string[];
  citableEndings: string[];
  shortFormModifiers: string[];
  /** What states a document's state after its title (已废止, 已失效): no relation of the citing one. */
  states: string[];
  /** Words between a title and a repeal that say a part of it is repealed (确定的, 第五条). */
  partsOf: string[];
  /** The relation kept when a document names one target in several sentences, strongest first. */
  targetOrder?: Exclude<RelationKind, 'cites'>[];
  /** Words right before a title describing the edition cited (新修订的《预算法》): no act of the citing document. */
  qualifiers?: string[];
  /** A title's clause telling what another organ did with it (某省人民政府印发了《T》): the rest of the sentence is T's act. */
  narrativeVerbs?: string[];
  /** Headings that give the items under them a relation (二、制定依据; …废止的文件目录). */
  listHeadings: { basedOn: string[]; repeals: string[]; extends?: string[]; lists: string[]; documents: string[]; leadIns: string[] };
}

/**
 * The relation `sentence` gives the reference at [start, end). The sentence comes with every
 * title masked (maskTitles): another title's words (《乙省关于宣布失效…的决定》) are never this one's verb.
 */
export function relationOf(sentence: string, start: number, end: number, words: RelationWords, skip: RelationKind[] = []): RelationKind {
  // The words of its own clause first (…贯彻落实《甲》要求，依据《乙》…: 乙 is based on, not
  // implemented), then the sentence's: a list's verb after its last item (《甲》，《乙》同时废止),
  // or a word before its first — unless the title's clause opens with words of its own
  // (根据《甲》要求，区司法局组织起草《乙》: 乙 is what was drafted, not what it is based on).
  const clause = clauseOf(sentence, start, end);
  const unqualified = (text: string) => (words.qualifiers ?? []).reduce((t, q) => t.replaceAll(q, ''), text);
  const ownBefore = unqualified(clause.before);
  const ownHead = /[\u3400-\u9fff]/.test(ownBefore.replace(/[、和及与等]/g, ''));
  // 某省人民政府印发了《T》，对310件文件予以废止: the rest of the sentence is what T did.
  // 国务院发布的《X》 names X by who issued it, no act told: only a verb that is no attribute counts.
  const narrated = (words.narrativeVerbs ?? []).some((v) => ownBefore.split(v).slice(1).some((rest) => !rest.startsWith('的')));
  const sentenceWide = { before: ownHead ? '' : unqualified(sentence.slice(0, start)), after: narrated ? '' : sentence.slice(end) };
  for (const [k, { before, after }] of [{ before: ownBefore, after: clause.after }, sentenceWide].entries()) {
    const stated = withoutStates(after, words);
    const closing = stated.replace(/[。；;！!？?\s]+$/, '');
    for (const relation of words.priority) {
      if (skip.includes(relation)) continue;
      const w = words[relation];
      if ((relation === 'repeals' || relation === 'extends') && repealsPart(stated, w.after, words)) continue;
      if (relation === 'extends') {
        if (extendsTerm(before, stated, k, words.extends)) return relation;
        continue;
      }
      if (relation === 'repeals' && (w as RelationWords['repeals']).clauseEnd?.some((x) => closing.endsWith(x))) return relation;
      // A revision is an act on the title itself (修订《某办法》): 修改 earlier in the sentence is a
      // noun or another act (城乡规划的修改必须按照《某法》…).
      const lead = relation === 'revises' ? before.replace(LIST_TAIL, '') : before;
      if (relation === 'revises' && k === 0 && editsArticle(before, stated, words)) return relation;
      const afterWords = relation === 'revises' && k > 0 ? [] : w.after;
      if (afterWords.some((x) => stated.includes(x)) || w.before.some((x) => (relation === 'revises' ? lead.endsWith(x) : lead.includes(x)))) return relation;
    }
  }
  return 'cites';
}

/**
 * True when the words around a title extend its term: an `after` word in its own clause
 * (《某办法》（某号）需继续实施; 《甲》、《乙》继续有效), or beyond it one that names the term
 * (…，有效期延长至2030年7月10日止 — never a bare 继续执行 later in the sentence, what the text goes
 * on doing); a `before` word only in its own clause and with the term after the title (现决定延长
 * 《某办法》有效期至…).
 */
function extendsTerm(before: string, after: string, k: number, w: RelationWords['extends']): boolean {
  const afterWords = k === 0 ? w.after : w.after.filter((x) => w.termWords.some((t) => x.startsWith(t)));
  if (afterWords.some((x) => after.includes(x))) return true;
  // Past the number in brackets after the title, or what closes it when the title ends at its number.
  const term = after.replace(/^[\s）)]*(?:[（(][^（()）]*[）)])?\s*的?/, '');
  return k === 0 && w.before.some((x) => before.includes(x)) && w.termWords.some((t) => term.startsWith(t));
}

/** An article opening what follows a title (《某条例》第七条中…, 《某办法》中的第十条). */
const ARTICLE_AFTER = /^\s*(?:中的|的|中)?第[一二三四五六七八九十百零\d]+[条款项章]/;
/** Words before an edit that make the article a rule applied, not text edited (第三十条规定增加的). */
const APPLIED = /规定|要求|精神|标准/;

/**
 * True when a title's own clause edits one of its articles: 在《某条例》第七条中增加一项, 删除《某办法》
 * 第十条 — an amendment, so the title is revised. Not when the clause names the title as a basis or
 * a rule carried out (按照《某办法》第十条增加的资金, 依照《某法》第三十条规定增加).
 */
function editsArticle(before: string, after: string, words: RelationWords): boolean {
  const edits = words.revises.articleEdits ?? [];
  if (edits.length === 0 || !ARTICLE_AFTER.test(after)) return false;
  if ([...words.basedOn.before, ...words.implements.before].some((w) => before.includes(w))) return false;
  if (edits.some((e) => before.trimEnd().endsWith(e))) return true;
  const at = Math.min(...edits.map((e) => after.indexOf(e)).filter((i) => i >= 0));
  return Number.isFinite(at) && !APPLIED.test(after.slice(0, at));
}

/** True when a title is itself a revising act (关于修改〈某条例〉的决定, 某法修正案): what revised the text citing it. */
export function isRevisingAct(title: string, words: RelationWords): boolean {
  const head = title.split(/[〈《<]/)[0];
  const bare = title.replace(/[（(][^（()）]*[）)]$/, '');
  return (words.revises.acts ?? []).some((a) => (a.startsWith('关于') ? head.includes(a) : bare.endsWith(a)));
}

/** What stands between a list's verb and an item after the first: the titles before it, their numbers, 、 and 和. */
const LIST_TAIL = /(?:[（(][^（()）]*[）)]|[＿、，,和及与以\s])+$/;

/** Where a sentence's titles stand: each 《…》 (nested ones too) filled with a mark no word holds, the indexes kept. */
export function maskTitles(sentence: string): string {
  let out = sentence;
  for (let last = ''; last !== out; ) {
    last = out;
    out = out.replace(/《[^《》]*》/g, (m) => '＿'.repeat(m.length));
  }
  return out;
}

/**
 * True when what a sentence repeals after a title is a part of it (《某意见》确定的名单即行废止,
 * 《某办法》第五条废止): the title is cited, not repealed — it stays in force.
 */
function repealsPart(after: string, verbs: string[], words: RelationWords): boolean {
  const at = Math.min(...verbs.map((v) => after.indexOf(v)).filter((i) => i >= 0));
  if (!Number.isFinite(at)) return false;
  // Other titles listed before the verb (《甲》和《乙目录》同时废止) and their numbers are whole documents.
  const between = after.slice(0, at).replace(/《[^》]*》|＿+|[（(][^）)]*[）)]/g, '');
  return words.partsOf.some((p) => between.includes(p)) || ARTICLE.test(between);
}

/** An article, clause or item of a document (第五条, 第三款). */
const ARTICLE = /第[一二三四五六七八九十百零\d]+[条款项章]/;

/** The text without what states a document's state (原《某法》已废止): no act of the one citing it. */
function withoutStates(text: string, words: RelationWords): string {
  let out = text;
  for (const state of words.states) out = out.replaceAll(state, '');
  return out;
}

const CLAUSE_MARKS = ['，', ',', '；', ';'];
const CLAUSE_END = new RegExp(`[${CLAUSE_MARKS.join('')}]`);

/** The words of the clause around sentence[start, end): since the last clause mark before it, up to the next after it. */
export function clauseOf(sentence: string, start: number, end: number): { before: string; after: string } {
  const before = sentence.slice(0, start);
  const after = sentence.slice(end);
  const cut = after.search(CLAUSE_END);
  return { before: before.slice(Math.max(...CLAUSE_MARKS.map((m) => before.lastIndexOf(m))) + 1), after: cut >= 0 ? after.slice(0, cut) : after };
}
