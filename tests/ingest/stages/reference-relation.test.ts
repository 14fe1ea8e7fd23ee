import { describe, expect, it } from 'vitest';
import { loadDataJson } from '../../../src/domain/load-data';
import { clauseOf, isRevisingAct, maskTitles, relationOf, type RelationWords } from '../../../ingest/stages/reference-relation';

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
    // An amendment editing a named article revises the title: 增加, 删除 with an article after it.
    ['1.在《某省农村能源建设管理条例》第七条中增加一项作为第六项。', '某省农村能源建设管理条例', 'revises'],
    ['三、删除《某市档案管理办法》第十二条。', '某市档案管理办法', 'revises'],
    ['四、《某市档案管理办法》第三条中的“利用”删去。', '某市档案管理办法', 'revises'],
    // Must not: an article applied as a rule, or named as a basis, is no edit; nor an edit with no article.
    ['依照《某某法》第三十条规定增加的补助，由县财政承担。', '某某法', 'basedOn'],
    ['按照《某县资金管理办法》第十条增加的资金用于修路。', '某县资金管理办法', 'basedOn'],
    ['在《某县政府工作报告》中增加一项内容。', '某县政府工作报告', 'cites'],
    // Words after a title that carry it out: 推动《某通知》落地见效 implements it.
    ['推动《某省人民政府办公厅印发<若干政策措施>的通知》（某政办发〔2023〕4号）文件落地见效，特制定本方案。', '某省人民政府办公厅印发<若干政策措施>的通知', 'implements'],
    ['确保《某县乡村振兴规划》落实落地。', '某县乡村振兴规划', 'implements'],
    // Must not: the words in another clause, after a title named as a basis or told as another organ's act.
    ['依据《某市项目管理办法》，推动项目落地见效。', '某市项目管理办法', 'basedOn'],
    ['市政府印发了《某市稳增长措施》，各地要推动政策落地见效。', '某市稳增长措施', 'cites'],
  ])('%s → %s', (sentence, title, expected) => {
    expect(relation(sentence, title)).toBe(expected);
  });
});

describe('isRevisingAct', () => {
  it.each([
    ['关于修改〈某市市容环境卫生管理条例〉的决定', true],
    ['某省人民代表大会常务委员会关于修改〈某省气象条例〉等五件地方性法规的决定', true],
    ['中华人民共和国刑法修正案（十一）', true],
    ['某市人民政府关于废止和修改部分规章的决定', true],
    // Must not: a title that names revising only inside the title it cites, or an ordinary rule.
    ['某县关于印发〈某县规章修改程序规定〉的通知', false],
    ['某市档案管理办法', false],
  ])('%s → %s', (title, expected) => {
    expect(isRevisingAct(title, words)).toBe(expected);
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
