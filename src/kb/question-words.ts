/**
 * @module kb/question-words
 * The grammar of residents' questions, as data: the words around a matter (找哪个部门, 怎么办),
 * residents' everyday words and what the gazettes call the same thing (停电 → 大面积停电,
 * 社保局 → 人社局), and the weights of who-handles' ranking. Read once from
 * data/who-handles.json, data/matter-words.json and the search engine's data/question-words.json.
 */
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { projectRoot } from '../config';
import { matterWords, type EverydayWord } from '../domain/matter-words';
import type { DutyRole, EvidenceKind } from '../model';
import { bigrams, CJK_RUN, foldWidth } from '../text/normalize';

export { bigrams };
export type { EverydayWord };

export type { EvidenceKind };

/** Named weights of the ranking (data/who-handles.json, `ranking`). */
export interface RankingWeights {
  fieldWeights: { matter: number; sentence: number; title: number };
  minCoverage: number;
  minMatchedBigrams: number;
  recallRankBoost: number;
  recallParagraphBoost: number;
  recallDepth: number;
  notInForceFactor: number;
  bestRoleWithin: number;
  extraMatterBonus: number;
  maxExtraMatters: number;
  namedOfficeBonus: number;
  keepAboveTopShare: number;
  maxEvidence: number;
  otherReadingWeight: number;
  hostedWeight: number;
  ownerBonus: number;
  /** A duty read in an interpretation (type 解读) weighs this much of the same duty in the policy it explains. */
  explainedWeight: number;
  unknownGramWeight: number;
  unalignedTermWeight: number;
  servesBonus: number;
  /** Words of the share of a matter a question asks about (谁负总责): an office whose own clause says it gains `askedRoleBonus`. */
  askedRoleWords: string[];
  askedRoleBonus: number;
  maxScoredDuties: number;
  /** Words of what a resident asks an office to do (审批, 巡查, 查处): weigh `actWeight` times their rarity. */
  actWords: string[];
  actWeight: number;
}

/** The grammar of questions and the ranking's weights. */
export interface QuestionWords {
  questionPhrases: string[];
  unitQuestionPhrases: string[];
  roleWeights: Record<DutyRole, number>;
  roleOrder: DutyRole[];
  /** Everyday words of matters, longest first (data/matter-words.json, `matters`). */
  matterWords: EverydayWord[];
  /** What residents call offices, longest first (data/matter-words.json, `offices`). */
  officeWords: EverydayWord[];
  /** Function characters that split a question: 的, 和 … */
  separators: string;
  evidence: {
    weights: Record<EvidenceKind, number>;
    listMarkers: string[];
    noteMarkers: string[];
    publicityWords: string[];
    fewOffices: number;
    perExtraOffice: number;
    specificityFloor: number;
    laterNamedStep: number;
    laterNamedFloor: number;
  };
  bodies: { endings: string[] };
  generalOffices: { names: string[]; weight: number; fieldKindEndings: string[]; fieldKindWeight: number };
  ranking: RankingWeights;
  /** Words of place, time or person around a matter (kb/context-words.ts), let go when no duty holds them. */
  contextWords?: { words: string[]; placeEndings: string[]; notPlaces: string[] };
  /** A longer question is answered by its first sentence. */
  maxQuestionChars: number;
}

const dataDir = path.join(projectRoot, 'data');
let cachedWords: QuestionWords | undefined;

const byLength = (a: string, b: string) => b.length - a.length;

/** Reads the question data once, merged with the search engine's question words when they exist. */
export function loadQuestionWords(): QuestionWords {
  if (cachedWords) return cachedWords;
  const words = JSON.parse(readFileSync(path.join(dataDir, 'who-handles.json'), 'utf8')) as QuestionWords;
  const searchWords = path.join(dataDir, 'question-words.json');
  if (existsSync(searchWords)) {
    try {
      const extra = JSON.parse(readFileSync(searchWords, 'utf8')) as { phrases?: unknown };
      const list = Array.isArray(extra.phrases) ? extra.phrases : [];
      for (const word of list) if (typeof word === 'string' && word.length > 0) words.questionPhrases.push(word);
    } catch {
      // Their file is optional here; a malformed one must not take the knowledge base down.
    }
  }
  words.questionPhrases = [...new Set(words.questionPhrases)].sort(byLength);
  words.unitQuestionPhrases = [...new Set(words.unitQuestionPhrases)].sort(byLength);
  words.matterWords = matterWords().matters;
  words.officeWords = matterWords().offices;
  words.bodies.endings = [...words.bodies.endings].sort(byLength);
  words.separators ??= '';
  cachedWords = words;
  return words;
}



/**
 * Removes phrases (longest first), leaving a gap so the pieces on either side stay apart — but a
 * particle of one character goes without one: 受了灾 is 受灾, and a gap would leave 受 alone.
 */
export function removePhrases(text: string, phrases: string[]): { rest: string; found: string[] } {
  let rest = text;
  const found: string[] = [];
  for (const phrase of phrases) {
    if (rest.includes(phrase)) {
      found.push(phrase);
      rest = rest.split(phrase).join([...phrase].length === 1 ? '' : ' ');
    }
  }
  return { rest, found };
}

/**
 * Replaces residents' words by the gazettes' words, longest first, each place once; `choice`
 * picks which official word of several (the last one when a word has fewer).
 *
 * @example toGazetteWords('停电了', words.matterWords) // → '大面积停电了'
 * @example toGazetteWords('停电了', words.matterWords, 1) // → '电力供应了'
 */
export function toGazetteWords(text: string, pairs: EverydayWord[], choice = 0): string {
  const marks: string[] = [];
  let out = text;
  for (const { everyday, official } of pairs) {
    const word = official[Math.min(choice, official.length - 1)];
    if (!word || everyday === word || !out.includes(everyday)) continue;
    // Placeholders keep the gazettes' word, already written or just put in, from being rewritten
    // (领发票 inside 申领发票 stays as it is; 停电 inside 大面积停电 too).
    // An everyday word holding the official one (噪音太大 → 噪音) is cut out first, else the
    // official word inside it would be kept and the everyday word never read.
    const mark = `\u0000${marks.length}\u0000`;
    marks.push(word);
    const [outer, inner] = everyday.includes(word) ? [everyday, word] : [word, everyday];
    out = out
      .split(outer)
      .map((chunk) => chunk.split(inner).join(mark))
      .join(mark);
  }
  // Two everyday words of one thing side by side (去世了办丧事 → 殡葬殡葬) are one official word.
  return out.replace(/(\u0000\d+\u0000)+/g, (run) => {
    const said = (run.match(/\d+/g) ?? []).map((i) => marks[Number(i)]);
    return said.filter((word, k) => word !== said[k - 1]).join('');
  });
}

/** How many readings a question has: the most official words any of its everyday words has. */
export function readingCount(text: string, pairs: EverydayWord[]): number {
  let count = 1;
  for (const { everyday, official } of pairs) if (text.includes(everyday)) count = Math.max(count, official.length);
  return count;
}

/** The pieces of one reading of a question that carry its matter. */
function fragmentsOf(question: string, words: QuestionWords, choice: number | null): string[] {
  let text = foldWidth(question).replace(/[\s\u3000]+/g, ' ');
  text = removePhrases(text, words.questionPhrases).rest;
  if (choice !== null) text = toGazetteWords(text, words.matterWords, choice);
  if (words.separators) text = text.replace(new RegExp(`[${words.separators}]`, 'g'), ' ');
  return (text.match(CJK_RUN) ?? []).filter((piece) => [...piece].length >= 2);
}

/** The pieces of a question that carry its matter: '新办企业首次申领发票找哪个部门?' → ['新办企业首次申领发票']. */
export function questionFragments(question: string, words: QuestionWords): string[] {
  return fragmentsOf(question, words, 0);
}

/** The pieces of a question's matter in the resident's own words (医保, not the gazettes' 医疗保险). */
export function typedFragments(question: string, words: QuestionWords): string[] {
  return fragmentsOf(question, words, null);
}

/**
 * Every reading of a question's matter, one per official word of its everyday words:
 * '停电了怎么办' → [['大面积停电'], ['电力供应']]. Question words are removed before the
 * everyday words are read, so 怎么办 never becomes part of a matter.
 */
export function questionReadings(question: string, words: QuestionWords): string[][] {
  const stripped = removePhrases(foldWidth(question), words.questionPhrases).rest;
  const count = readingCount(stripped, words.matterWords);
  const readings: string[][] = [];
  const seen = new Set<string>();
  for (let choice = 0; choice < count; choice++) {
    const fragments = fragmentsOf(question, words, choice);
    const key = fragments.join('|');
    if (fragments.length > 0 && !seen.has(key)) {
      seen.add(key);
      readings.push(fragments);
    }
  }
  return readings;
}

/** Endings of names of the offices that serve residents for the everyday words of a question (停电 → 供电公司). */
export function servingOffices(question: string, words: QuestionWords): string[] {
  const text = removePhrases(foldWidth(question), words.questionPhrases).rest;
  // 停电 inside 大面积停电 is already the gazettes' word, not a resident's.
  const said = (w: EverydayWord) => w.official.reduce((rest, o) => rest.split(o).join(' '), text).includes(w.everyday);
  return [...new Set(words.matterWords.filter((w) => w.offices && said(w)).flatMap((w) => w.offices!))];
}

/**
 * A question as it will be answered: a pasted passage longer than `maxQuestionChars` by its first
 * sentence (cut to that length), with a notice in Chinese saying so.
 *
 * @example shortQuestion('新办企业首次申领发票找哪个部门？（后面是一大段粘贴的文字……）', words)
 */
export function shortQuestion(question: string, words: QuestionWords): { question: string; notice?: string } {
  const chars = [...question];
  if (chars.length <= words.maxQuestionChars) return { question };
  const first = question.split(/[。！？!?；;\n]/).map((s) => s.trim()).find((s) => s.length > 0) ?? question;
  const short = [...first].slice(0, words.maxQuestionChars).join('');
  return { question: short, notice: `问题较长（${chars.length} 字），只按第一句回答：“${short}”。` };
}
