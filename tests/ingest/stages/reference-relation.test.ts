import { describe, expect, it } from 'vitest';
import { loadDataJson } from '../../../src/domain/load-data';
import { clauseOf, maskTitles, relationOf, type RelationWords } from '../../../ingest/stages/reference-relation';

const words = loadDataJson<RelationWords>('relation-words.json');
/** The relation the sentence gives its title `title` (masked as extract-references masks it). */
const relation = (sentence: string, title: string) => {
  const start = sentence.indexOf(`《${title}》`);
  return relationOf(maskTitles(sentence), start, start + title.length + 2, words);
};

describe('relationOf', () => {
  it.each([
    ['本办法自发布之日起施行，《某县甲办法》同时废止。', '某县甲办法', 'repeals'],
    ['根据新修订的《某某法》，制定本办法。', '某某法', 'basedOn'],
    ['现对《某县殡葬管理办法》修订如下。', '某县殡葬管理办法', 'revises'],
    ['二、《某县甲通知》等4件规范性文件失效。', '某县甲通知', 'repeals'],
    // Must not: another title's words, another organ's act told, a state stated.
    ['为贯彻落实《甲实施方案》、《乙关于宣布失效一批文件的决定》等文件，进行清理。', '甲实施方案', 'implements'],
    ['某省人民政府印发了《某省关于废止部分文件的决定》，对310件文件予以废止。', '某省关于废止部分文件的决定', 'cites'],
    ['原《某某城市规划法》已废止。', '某某城市规划法', 'cites'],
    ['城乡规划的修改必须按照《某某规划法》规定的程序办理。', '某某规划法', 'basedOn'],
  ])('%s → %s', (sentence, title, expected) => {
    expect(relation(sentence, title)).toBe(expected);
  });
});

describe('maskTitles', () => {
  it('fills every title, nested ones too, keeping the indexes', () => {
    const sentence = '根据《甲《乙》丙》和《丁》，制定本办法。';
    const masked = maskTitles(sentence);
    expect(masked).toHaveLength(sentence.length);
    expect(masked).toBe('根据＿＿＿＿＿＿＿和＿＿＿，制定本办法。');
  });
});

describe('clauseOf', () => {
  it('reads from the clause mark before the reference to the one after it', () => {
    const sentence = '为贯彻落实《甲》要求，依据《乙》，制定本办法。';
    const start = sentence.indexOf('《乙》');
    expect(clauseOf(sentence, start, start + 3)).toEqual({ before: '依据', after: '' });
  });
});
