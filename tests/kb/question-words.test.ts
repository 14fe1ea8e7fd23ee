/**
 * The everyday words of data/matter-words.json: every row turns a resident's word into the
 * gazettes' word(s), and words already written the gazettes' way stay as they are.
 */
import { describe, expect, it } from 'vitest';
import { loadQuestionWords, questionReadings, servingOffices, toGazetteWords } from '../../src/kb/question-words';

const words = loadQuestionWords();

describe('toGazetteWords (data/matter-words.json, matters)', () => {
  it.each(words.matterWords.map((row) => [row.everyday, row.official]))('reads %s as %j', (everyday, official) => {
    official.forEach((word, choice) => {
      expect(toGazetteWords(`请问${everyday}的事`, words.matterWords, choice)).toContain(word);
    });
  });

  it.each([
    ['大面积停电事件', '大面积停电事件'],
    ['新办企业首次申领发票', '新办企业首次申领发票'],
    ['控辍保学', '控辍保学'],
    ['犬只粪便', '犬只粪便'],
    ['自建房', '自建房'],
  ])('leaves %s written the gazettes\' way as it is', (text, expected) => {
    expect(toGazetteWords(text, words.matterWords)).toBe(expected);
  });
});

describe('toGazetteWords (data/matter-words.json, offices)', () => {
  it.each(words.officeWords.map((row) => [row.everyday, row.official[0]]))('reads the office %s as %s', (everyday, official) => {
    expect(toGazetteWords(`${everyday}管什么`, words.officeWords)).toBe(`${official}管什么`);
  });

  it('does not touch an office written by its own name', () => {
    expect(toGazetteWords('县人社局管什么', words.officeWords)).toBe('县人社局管什么');
  });
});

describe('questionReadings', () => {
  it.each([
    ['停电了怎么办', [['大面积停电'], ['电力供应']]],
    ['孩子不上学怎么办', [['控辍保学']]],
    ['盖房子要去哪里审批', [['自建房要', '审批']]],
    ['找哪个部门?', []],
    // A particle inside a word goes without a gap: 受了灾 is 受灾.
    ['受了灾房子没了，安置找谁', [['自然灾害房子没', '安置'], ['救灾房子没', '安置']]],
    // A one-character word is read inside longer ones (狗 → 犬), after the longer words holding it.
    ['公园里到处是狗屎谁来管', [['公园里', '是犬只粪便']]],
    ['被狗咬了找谁', [['被犬只伤人']]],
    // Where a question is asked from and hedges are no part of the matter.
    ['暴雨后山上可能滑坡谁来查', [['暴雨后', '地质灾害']]],
  ])('reads %s as %j', (question, expected) => {
    expect(questionReadings(question, words)).toEqual(expected);
  });
});

describe('servingOffices', () => {
  it.each([
    ['停电了找谁', ['供电公司']],
    ['孩子不上学了谁管', ['教育局']],
    ['大面积停电事件应急预案', []],
    ['新办企业首次申领发票', []],
  ])('names the kind of office serving %s', (question, expected) => {
    expect(servingOffices(question, words)).toEqual(expected);
  });
});
