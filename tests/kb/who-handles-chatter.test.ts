/**
 * A resident's question over laws: many words around one the documents know (有人拉我搞传销),
 * and everyday words the laws write otherwise (抽烟 → 吸烟, 补办 → 补领, 请不起律师 → 法律援助).
 * Made-up regulations in the grammar of national 条例. Must-not rows: an act alone (登记) is no
 * topic, and a question of words no document holds answers nothing.
 */
import { describe, expect, it } from 'vitest';
import { storeOfTexts } from '../fixtures/store-of-texts';
import { whoHandles } from '../../src/kb/who-handles';

const law = (title: string, articles: string[]) => [title, '第一章 总则', ...articles.map((a, i) => `第${'一二三四五六七八九'[i]}条 ${a}`)].join('\n');

const DOCS: Record<string, string> = {
  'mlm.txt': law('禁止非法营销条例', [
    '为了防止欺诈，保护公民合法权益，制定本条例。',
    '工商行政管理部门、公安机关应当依照本条例的规定，在各自的职责范围内查处传销行为。',
  ]),
  'smoke.txt': law('公共场所控制吸烟条例', ['在禁止吸烟场所吸烟的，由卫生健康主管部门责令改正，可以处五十元以上二百元以下罚款。']),
  'id.txt': law('居民证件管理条例', ['为了规范居民证件管理，制定本条例。', '公安机关负责居民身份证的申领、换领和补领。']),
  'aid.txt': law('法律援助条例', ['县级以上人民政府司法行政部门负责本行政区域内的法律援助工作。']),
  'register.txt': law('市场主体登记条例', ['县级以上市场监督管理部门负责市场主体登记注册。']),
};

const storeOf = storeOfTexts('who-chatter', DOCS);
const names = async (q: string) => (await whoHandles(storeOf(), { q })).answers.map((a) => a.unit.canonical ?? a.unit.name);

describe('whoHandles: a matter the documents know by one word, and everyday words', () => {
  it.each([
    // One word the documents know among chatter no duty holds.
    ['有人拉我搞传销谁管', '工商行政管理部门'],
    // Everyday words read as the laws write them.
    ['抽烟谁管', '卫生健康主管部门'],
    ['身份证丢了去哪补办', '公安机关'],
    ['请不起律师找谁', '司法行政部门'],
  ])('%s → %s', async (q, office) => {
    expect((await names(q)).some((name) => name.endsWith(office))).toBe(true);
  });

  it.each([
    // Must not: an act alone (登记) says which office of a topic, never the topic.
    ['开宠物店要去哪登记'],
    // Must not: words no document holds answer nothing.
    ['主播直播打赏想把钱要回来找谁'],
    // Must not: one known word (登记 aside) beside a word of the matter no document holds (离婚).
    ['离婚证丢了找谁'],
  ])('must not answer %s', async (q) => {
    expect(await names(q)).toEqual([]);
  });
});
