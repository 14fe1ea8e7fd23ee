import { describe, expect, it } from 'vitest';
import { pairsOf, piecesQuery, wordsToCheck } from '../../../src/store/query/unfound-words';

describe('wordsToCheck', () => {
  it.each([
    ['河道里乱采砂谁管', ['河道里', '乱采砂']],
    ['采砂 county:稷山县', ['采砂']],
    // Must not: quoted phrases, excluded words, words of letters or digits, a document number.
    ["\"河道里\" -乱采砂 5G 采砂", ["采砂"]],
    ['稷政办发〔2022〕31号', []],
  ])('%s → %j', (q, words) => {
    expect(wordsToCheck(q)).toEqual(words);
  });
});

describe('pairsOf', () => {
  it.each([
    ['河道里', ['河道', '道里']],
    ['乱采砂', ['乱采', '采砂']],
    ['采砂', ['采砂']],
    ['哈哈哈', ['哈哈']],
  ])('%s → %j', (word, pairs) => {
    expect(pairsOf(word)).toEqual(pairs);
  });
});

describe('piecesQuery', () => {
  it.each([
    ['河道里乱采砂谁管', ['河道里', '乱采砂'], ['河道', '乱采', '采砂'], '"河道" "乱采" OR "采砂"', '没有文件包含“河道里”“乱采砂”，按其中的“河道”“乱采”“采砂”检索。'],
    // A word documents hold stays as typed; filters stay.
    ['乱停车 罚款 county:甲县', ['乱停车'], ['停车'], '"停车" 罚款 county:甲县', '没有文件包含“乱停车”，按其中的“停车”检索。'],
    // Half the characters typed still searched is enough (树叶 of 烧树叶, 垃圾; nothing of 冒烟谁).
    ['烧树叶 垃圾 冒烟谁', ['烧树叶', '冒烟谁'], ['树叶'], '"树叶" 垃圾', '没有文件包含“烧树叶”“冒烟谁”，按其中的“树叶”检索。'],
    // An unfound word none of whose pairs is held is left out.
    ['楼道 里堆 杂物', ['里堆'], ['楼道', '杂物'], '楼道 杂物', undefined],
  ])('%s', (q, unfound, held, rewritten, notice) => {
    const answer = piecesQuery(q, new Set(unfound), new Set(held));
    if (notice === undefined) expect(answer).toBeUndefined();
    else expect(answer).toEqual({ q: rewritten, notice });
  });

  it.each([
    // Must not: nothing unfound; nothing held of the only word; a query choosing its own alternatives.
    ['采砂', [], ['采砂']],
    ['乱采砂', ['乱采砂'], []],
    ['乱采砂 OR 河道', ['乱采砂'], ['采砂']],
    // What is left covers less than half the words typed: 计算 alone answers another question.
    ['量子计算机', ['量子', '计算机'], ['计算']],
  ])('has no reading for %s', (q, unfound, held) => {
    expect(piecesQuery(q, new Set(unfound), new Set(held))).toBeUndefined();
  });
});
