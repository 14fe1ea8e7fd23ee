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
    ['河道采砂', '河道采砂'],
    ['救助管理站', '救助管理站'],
    ['食品摊贩', '食品摊贩'],
  ])('leaves %s written the gazettes\' way as it is', (text, expected) => {
    expect(toGazetteWords(text, words.matterWords)).toBe(expected);
  });

  // A resident's 上户口 is a person's 户籍 unless a dog's; 摊子 and 沙 alone stay as they are.
  it.each([
    ['孩子上户口', '儿童上户口'],
    ['给狗上户口', '给养犬登记'],
    ['沙发坏了', '沙发坏了'],
    ['河里挖沙', '河里采砂'],
  ])('reads %s as %s', (text, expected) => {
    expect(toGazetteWords(text, words.matterWords)).toBe(expected);
  });

  // An everyday word holding its official word is read whole; the official word alone stays.
  it.each([
    ['噪音太大', '噪音'],
    ['楼上噪音太大了', '楼上噪音了'],
    ['噪音大', '噪音大'],
  ])('reads %s as %s where 噪音太大 means 噪音', (text, expected) => {
    expect(toGazetteWords(text, [{ everyday: '噪音太大', official: ['噪音'] }])).toBe(expected);
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
    ['孩子不上学怎么办', [['控辍保学'], ['辍学']]],
    // The laws' words for residents' ones: 补领 (居民身份证法), 吸烟 (控制吸烟条例), 法律援助.
    ['身份证丢了去哪补办', [['身份证丢', '补领'], ['身份证丢', '补办'], ['身份证丢', '补发']]],
    ['餐厅里有人抽烟谁管', [['餐厅里', '吸烟']]],
    ['请不起律师找谁', [['法律援助']]],
    ['盖房子要去哪里审批', [['自建房要', '审批']]],
    ['找哪个部门?', []],
    // A particle inside a word goes without a gap: 受了灾 is 受灾.
    ['受了灾房子没了，安置找谁', [['自然灾害房子没', '安置'], ['救灾房子没', '安置']]],
    // A one-character word is read inside longer ones (狗 → 犬), after the longer words holding it.
    ['公园里到处是狗屎谁来管', [['公园里', '是犬只粪便']]],
    ['被狗咬了找谁', [['被犬只伤人']]],
    // Where a question is asked from and hedges are no part of the matter.
    ['暴雨后山上可能滑坡谁来查', [['暴雨后', '地质灾害']]],
    // A page writes 噪声 or 噪音: either word of a question is read both ways; a square dance is a noise matter.
    ['噪声污染谁管', [['噪声污染'], ['噪音污染']]],
    ['火车噪音谁管', [['火车噪声'], ['火车噪音']]],
    ['广场舞扰民找谁', [['广场舞扰民'], ['噪声污染扰民'], ['噪音污染扰民']]],
    // Two everyday words of one thing side by side are read as one official word (not 噪声污染噪声污染).
    ['晚上广场舞噪音太大找谁', [['广场舞噪声扰民'], ['噪声污染'], ['噪音污染']]],
    ['家里老人去世了办丧事归谁管', [['老年人殡葬'], ['老年人殡葬丧事活动']]],
    // Must not: the same official word apart in a question stays twice.
    ['殡葬和丧事的事', [['殡葬', '殡葬'], ['殡葬', '丧事活动']]],
    // Must not: a question with no noise word gets no noise reading.
    ['广告牌太大谁管', [['广告牌太大']]],
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
