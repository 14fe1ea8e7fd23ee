/**
 * Question words against a duty's words: a bigram that crosses two of the question's words
 * (业服 in 物业|服务) needs both words in the text; a question word a text holds only across its
 * own words (上市 in 线上|市场) counts less.
 */
import { describe, expect, it } from 'vitest';
import { createAlignment, crossingBigrams } from '../../src/kb/word-alignment';

/** A fixed segmentation per fragment, so the rows do not depend on the dictionary. */
const segmentAs = (table: Record<string, string>) => (text: string) => (table[text] ?? text).split('|');

describe('crossingBigrams', () => {
  it.each([
    // Between two words of two characters or more: the bigram and the words it joins.
    [['小区物业服务'], { 小区物业服务: '小区|物业|服务' }, { 区物: ['小区', '物业'], 业服: ['物业', '服务'] }],
    [['电动车充电'], { 电动车充电: '电动车|充电' }, { 车充: ['动车', '充电'] }],
    // Must not: a one-character word is too often a piece of a longer one (小|餐饮 of 小餐饮).
    [['镇上小餐饮'], { 镇上小餐饮: '镇上|小|餐饮' }, {}],
    // Must not: a bigram inside a word anywhere in the question never crosses.
    [['物业服务', '业服'], { 物业服务: '物业|服务', 业服: '业服' }, {}],
    // Must not: one word has no boundary to cross.
    [['控辍保学'], { 控辍保学: '控辍保学' }, {}],
  ])('%j → %j', (fragments, table, expected) => {
    expect(Object.fromEntries(crossingBigrams(fragments, segmentAs(table)))).toEqual(expected);
  });
});

describe('createAlignment', () => {
  it('counts a word held only across the text\'s words at a share', () => {
    const alignment = createAlignment(0.5, segmentAs({ 鼓励企业拓展线上市场: '鼓励|企业|拓展|线上|市场' }));
    expect(alignment.factor('鼓励企业拓展线上市场', ['企业', '上市'])).toBe(0.75);
    // Must not: a text that holds every word whole loses nothing.
    expect(alignment.factor('鼓励企业拓展线上市场', ['企业', '市场'])).toBe(1);
  });
});
