/**
 * How much of a question a duty covers (createMatcher) over a made-up index: a bigram across two
 * of the question's words (区物 of 小区|物业) weighs by the duties that hold it as those two words
 * side by side as the resident typed them — held only across other words (本辖区物业) it is
 * chatter —; the act asked (监督)
 * counts in a sentence naming several offices only for the office whose matter holds it.
 */
import { describe, expect, it } from 'vitest';
import { createMatcher, type DutyIndex } from '../../src/kb/duty-index';
import { bigrams, loadQuestionWords } from '../../src/kb/question-words';
import type { DutyWithDocument } from '../../src/store/gazette-store';

const words = loadQuestionWords();

/** An index of duties given as [matter, sentence, offices the sentence names]. */
function indexOf(rows: Array<[string, string, number]>): DutyIndex {
  const duties = rows.map(([matter, sentence]) => ({ matter, sentence, unit: '某单位', unitName: '某单位', document: { id: 'd', title: '' } }) as unknown as DutyWithDocument);
  const grams = rows.map(([matter, sentence]) => ({ matter: new Set(bigrams(matter)), sentence: new Set(bigrams(sentence)), title: new Set<string>() }));
  const df = new Map<string, number>();
  const postings = new Map<string, number[]>();
  grams.forEach(({ matter, sentence }, i) => {
    for (const g of new Set([...matter, ...sentence])) {
      df.set(g, (df.get(g) ?? 0) + 1);
      postings.set(g, [...(postings.get(g) ?? []), i]);
    }
  });
  return { duties, grams, df, postings, offices: rows.map(([, , n]) => n) } as unknown as DutyIndex;
}

const PROPERTY = ['物业管理活动的监督', '县住建局负责物业管理活动的监督。', 1] as [string, string, number];
const FILLER = Array.from({ length: 6 }, (_, i) => [`第${i}项道路养护`, `县交通局负责第${i}项道路养护。`, 1] as [string, string, number]);
const crossing = new Map([['区物', ['小区', '物业']]]);
const unknown = Math.log(1 + (FILLER.length + 2) / 2) * words.ranking.unknownGramWeight;

describe('createMatcher: a bigram across two of the question\'s words', () => {
  it.each([
    // Held only across other words (辖区|物业): no duty says 小区物业, so it weighs as chatter.
    ['本辖区物业管理工作', true],
    // Must not: a duty that holds both words side by side makes it a word of the matter.
    ['小区物业管理工作', false],
  ])('held in "%s" → weighs as chatter: %s', (matter, chatter) => {
    const index = indexOf([PROPERTY, [matter, `县人民政府对${matter}负总责。`, 1], ...FILLER]);
    const weight = createMatcher(index, bigrams('小区物业'), words, crossing).weight('区物');
    if (chatter) expect(weight).toBeCloseTo(unknown);
    else expect(weight).toBeGreaterThan(unknown * 2);
  });
});

describe('createMatcher: by the words the resident typed side by side', () => {
  // 居民医保 read as 居民医疗保险: 民医 crosses 居民|医疗 in the reading, 居民|医保 as typed.
  const index = indexOf([['居民医保征缴工作', '县税务局负责居民医保征缴工作。', 1], ...FILLER]);
  const reading = new Map([['民医', ['居民', '医疗']]]);
  it.each([
    // The texts hold the typed words 居民医保 whole: a word of the matter, not chatter.
    ['居民|医保 as typed', new Map([['民医', ['居民', '医保']]]), false],
    // Must not: judged by the reading's words (医疗), which no text writes beside 居民, it is chatter.
    ['居民|医疗 of the reading', reading, true],
  ])('民医 judged by %s → chatter: %s', (_label, links, chatter) => {
    const weight = createMatcher(index, bigrams('居民医疗'), words, reading, links).weight('民医');
    if (chatter) expect(weight).toBeCloseTo(Math.log(1 + (FILLER.length + 1) / 2) * words.ranking.unknownGramWeight);
    else expect(weight).toBeGreaterThan(Math.log(1 + (FILLER.length + 1) / 2) * words.ranking.unknownGramWeight * 2);
  });
});

describe('createMatcher: the act asked in a sentence of several offices', () => {
  const shared = '由县人民政府负责，街道办组织，县住建局指导监督，将物业管理纳入社区治理。';
  it.each([
    // The act (监督) is the 住建局's, whose matter holds it; the 街道办's own act is 组织.
    ['组织：将物业管理纳入社区治理', shared, 3, false],
    ['指导监督：将物业管理纳入社区治理', shared, 3, true],
    // Must not: a sentence of one office is all its own (the act may stand before the matter).
    ['物业管理纳入社区治理', '县住建局负责监督，将物业管理纳入社区治理。', 1, true],
  ])('matter "%s" of "%s" (%i offices) → 监督 counted: %s', (matter, sentence, offices, counted) => {
    const index = indexOf([[matter, sentence, offices], ...FILLER]);
    const matcher = createMatcher(index, bigrams('物业监督'), words);
    const { matched } = matcher.score(0);
    expect(matched).toBe(counted ? 2 : 1);
  });
});
