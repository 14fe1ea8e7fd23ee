import { describe, expect, it } from 'vitest';
import { everydayQuery, everydayReading } from '../../../src/store/query/everyday-terms';
import { parseQuery } from '../../../src/store/query/parse-query';

describe('everydayReading: residents\' words searched as the gazettes write them too', () => {
  it.each([
    ['养狗', [['养狗', '养犬']]],
    ['挖沙', [['挖沙', '采砂', '河道采砂']]],
    // What stands around an everyday word is a word that must match too.
    ['老人补贴', [['老人', '老年人'], ['补贴']]],
    // One-character words of the sentence beside it are left out.
    ['狗咬人', [['狗咬', '犬只伤人']]],
    ['养狗要登记', [['养狗', '养犬'], ['登记']]],
    ['小区里流浪狗', [['小区'], ['流浪狗', '流浪犬']]],
    // A one-character everyday word where it is a word of its own.
    ['给狗打疫苗', [['狗', '犬'], ['疫苗']]],
    // The laws write a child who left school as 辍学 (义务教育法), the gazettes as 控辍保学: both are searched.
    ['孩子不上学', [['孩子不上学', '控辍保学', '辍学']]],
  ])('%s → %j', (word, groups) => {
    expect(everydayReading(word)?.groups).toEqual(groups);
  });

  it.each([
    // Must not: the gazettes' own words, searched exactly as typed.
    ['养犬'],
    ['大面积停电'],
    // 停电 stands inside its own official word 大面积停电; 排污 is one of its official words.
    ['停电'],
    ['排污'],
    ['营业执照'],
    // An everyday word inside a longer word of the segmenter is no everyday word there.
    ['大事记'],
    ['热狗'],
    ['排污口'],
    ['应急预案'],
  ])('leaves %s as typed', (word) => {
    expect(everydayReading(word)).toBeUndefined();
  });

  it('says which words it read and as what', () => {
    expect(everydayReading('养狗要登记')?.read).toEqual([{ everyday: '养狗', official: ['养犬'] }]);
  });
});

describe('everydayQuery', () => {
  it.each([
    ['养狗要登记吗', '"养狗" OR "养犬" 登记', '“养狗”按公文用语“养犬”一并检索。'],
    ['狗咬人了找谁', '"狗咬" OR "犬只伤人"', '“狗咬”按公文用语“犬只伤人”一并检索。'],
    // Filters, quoted phrases and excluded words stay as typed.
    ['挖沙 county:稷山县 "河道" -采石', '"挖沙" OR "采砂" OR "河道采砂" county:稷山县 "河道" -采石', '“挖沙”按公文用语“采砂”“河道采砂”一并检索。'],
  ])('%s → %s', (q, rewritten, notice) => {
    expect(everydayQuery(q)).toEqual({ q: rewritten, notice });
  });

  it.each([
    ['停电 应急预案'],
    // A query choosing its own alternatives, or quoting the word, is searched as typed.
    ['养狗 OR 养犬'],
    ['"养狗" 登记'],
    ['-养狗 登记'],
    ['稷政办发〔2022〕31号'],
  ])('has no everyday reading for %s', (q) => {
    expect(everydayQuery(q)).toBeUndefined();
  });

  it('reads back into the groups it means', () => {
    expect(parseQuery(everydayQuery('养狗要登记吗')!.q).groups.map((group) => group.map((term) => term.text))).toEqual([['养狗', '养犬'], ['登记']]);
  });
});
