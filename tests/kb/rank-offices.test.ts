/**
 * The name an answer shows for its office: the one its page prints (某县市场监管局), the unit
 * table's name kept for grouping — but never a kind's other spelling, a phrase or a list. How
 * broad an office's name is (a government, a kind of office, a named office), and how an office's
 * further duties count against the best evidence of any office.
 */
import { describe, expect, it } from 'vitest';
import { createUnitResolver, loadUnitTable } from '../../src/domain/units';
import type { DutyIndex } from '../../src/kb/duty-index';
import { loadQuestionWords } from '../../src/kb/question-words';
import { answerFor, breadthWeight, printedName, rankOffices, saysRole } from '../../src/kb/rank-offices';
import { kindOrAlternative } from '../../src/kb/who-handles';
import type { DutyWithDocument } from '../../src/store/gazette-store';

const resolver = createUnitResolver(loadUnitTable());
const isOfficeName = (name: string) => resolver.isUnitName(name) && resolver.kindOf(name) === undefined;

const duty = (unit: string, unitName: string, sentence: string) =>
  ({ unit, unitName, sentence, matter: sentence, role: 'responsible', paragraph: 0, document: { id: 'd', title: '某文件' } }) as unknown as DutyWithDocument;

describe('printedName', () => {
  it.each([
    // The page's short name of the office is shown.
    ['县市场监管局', '县市场监督管理局', '县市场监管局负责市场主体登记注册。', undefined, '县市场监管局'],
    ['区发改局', '区发展和改革局', '区发改局牵头。', undefined, '区发改局'],
    // Carried from a heading: the sentence itself need not repeat the name.
    ['县市场监管局', '县市场监督管理局', '（二）负责市场主体统一登记注册。', undefined, '县市场监管局'],
    // Must not: the same name as the canonical one, nothing to add.
    ['县财政局', '县财政局', '县财政局负责资金保障。', undefined, undefined],
    // Must not: a kind of office keeps its kind name (乡镇政府 → 乡镇人民政府).
    ['乡镇政府', '乡镇人民政府', '乡镇政府负责组织实施。', undefined, undefined],
    // Must not: a phrase or a list is no office's name.
    ['户籍所在地的村(居)委会', '村(居)民委员会', '向户籍所在地的村(居)委会申请。', undefined, undefined],
    ['所在地乡镇人民政府、街道办事处', '乡镇人民政府(街道办事处)', '向所在地乡镇人民政府、街道办事处申请。', undefined, undefined],
    // Must not: evidence given through a body the office hosts names the body, not the office.
    ['县防汛抗旱指挥部', '县水利局', '县防汛抗旱指挥部负责。', '县防汛抗旱指挥部', undefined],
  ])('%s (table name %s) in "%s" via %s → %s', (unit, unitName, sentence, via, expected) => {
    expect(printedName({ duty: duty(unit, unitName, sentence), via }, isOfficeName)).toBe(expected);
  });
});

const words = loadQuestionWords();
const isKind = (name: string) => resolver.kindOf(name) !== undefined;
const general = new Set(words.generalOffices.names.map((n) => `县${n}`));

describe('breadthWeight', () => {
  const g = words.generalOffices;
  it.each([
    // A named office sends the resident to one door.
    ['县公安局', 1],
    ['县市场监督管理局', 1],
    // A kind of office of a field names whom to ask: a little more than a government.
    ['公安机关', g.fieldKindWeight],
    ['县级以上市场监督管理部门', g.fieldKindWeight],
    ['消防救援机构', g.fieldKindWeight],
    // Must not: a government as a whole, or a kind of place's government, is broad.
    ['县人民政府', g.weight],
    ['乡镇人民政府', g.weight],
    ['县(市、区)人民政府', g.weight],
    ['村民委员会', g.weight],
  ])('%s → %s', (name, weight) => {
    expect(breadthWeight(name, general, isKind, words)).toBe(weight);
  });

  it('puts a kind of field between a government and a named office', () => {
    expect(words.generalOffices.fieldKindWeight).toBeGreaterThan(words.generalOffices.weight);
    expect(words.generalOffices.fieldKindWeight).toBeLessThan(1);
  });
});

describe('rankOffices: further duties count only when about as good as the best of any office', () => {
  const duty = (unitName: string, matter: string) =>
    ({ unit: unitName, unitName, unitId: `甲县:${unitName}`, sentence: `${unitName}负责${matter}。`, matter, role: 'responsible', paragraph: 0, document: { id: 'd', title: '某文件', county: '甲县' } }) as unknown as DutyWithDocument;
  const index = (duties: DutyWithDocument[]) =>
    ({ duties, kinds: duties.map(() => 'duty'), offices: duties.map(() => 1), order: duties.map(() => 0), units: [], unitById: new Map() }) as unknown as DutyIndex;
  const rank = (duties: DutyWithDocument[], scores: number[]) =>
    rankOffices(index(duties), scores.map((score, i) => ({ i, score })), words, { status: () => undefined, inForce: true, namedIds: new Set(), serving: [], isKind })
      .offices.map((o) => o.unit.name);
  const government = ['统一领导地质灾害防治', '处置地质灾害灾情', '组织地质灾害搬迁避让'].map((m) => duty('县人民政府', m));
  const township = duty('乡镇人民政府', '地质灾害巡查');

  it('an office with several duties sharing only the topic does not outrank the one whose duty names the thing asked', () => {
    expect(rank([...government, township], [0.7, 0.7, 0.7, 0.95])[0]).toBe('乡镇人民政府');
  });

  it('must not: several duties each as good as the best still count for more', () => {
    expect(rank([...government, township], [0.95, 0.95, 0.95, 0.95])[0]).toBe('县人民政府');
  });
});

describe('rankOffices: a duty an interpretation quotes', () => {
  const duty = (unitName: string, title: string, id: string) =>
    ({ unit: unitName, unitName, unitId: `甲县:${unitName}`, sentence: `参保登记由${unitName}负责。`, matter: '参保登记', role: 'responsible', paragraph: 0, document: { id, title, county: '甲县' } }) as unknown as DutyWithDocument;
  const index = (duties: DutyWithDocument[]) =>
    ({ duties, kinds: duties.map(() => 'duty'), offices: duties.map(() => 1), order: duties.map(() => 0), units: [], unitById: new Map() }) as unknown as DutyIndex;
  const rank = (duties: DutyWithDocument[]) =>
    rankOffices(index(duties), duties.map((_, i) => ({ i, score: 0.9 })), words, { status: () => undefined, inForce: true, namedIds: new Set(), serving: [], isKind }).offices;
  const policy = '甲县城乡居民医疗保险实施办法';
  const explanation = `关于《${policy}》的政策解读`;

  it('gives its office the policy\'s own sentence as the first evidence', () => {
    const [office] = rank([duty('县医疗保障局', explanation, 'j'), duty('县医疗保障局', policy, 'p')]);
    expect(office.items[0].duty.document.id).toBe('p');
    expect(office.items).toHaveLength(2);
  });

  it('never puts the office only an interpretation names before the one the policy names', () => {
    expect(rank([duty('县人社局', explanation, 'j'), duty('县医疗保障局', policy, 'p')]).map((o) => o.unit.name)).toEqual(['县医疗保障局', '县人社局']);
  });

  it('must not: a title that only mentions 解读 work weighs as any document', () => {
    const offices = rank([duty('县人社局', '关于做好政策解读工作的通知', 'n'), duty('县医疗保障局', policy, 'p')]);
    expect(offices[0].score).toBeCloseTo(offices[1].score);
  });
});

describe('saysRole: the share of a matter an office’s own clause gives it', () => {
  it.each([
    ['县人民政府', '（一）县人民政府对本辖区物业管理工作负总责。', true],
    ['县商务局', '县商务局、县财政局牵头，县市场监管局配合。', true],
    // Must not: the role word of another office's clause, or of none.
    ['县市场监管局', '县商务局牵头，县市场监管局配合。', false],
    ['街道办(乡镇政府)', '由县人民政府负责，街道办(乡镇政府)组织；县人民政府对物业管理负总责。', false],
    ['县人民政府', '由县人民政府负责，街道办组织，物业主管部门指导监督。', false],
  ])('%s in "%s" says 负总责 or 牵头: %s', (unit, sentence, says) => {
    expect(saysRole({ unit, sentence }, ['负总责', '牵头'])).toBe(says);
  });

  it('must not: no role asked, none said', () => {
    expect(saysRole({ unit: '县人民政府', sentence: '县人民政府对物业管理工作负总责。' }, [])).toBe(false);
  });
});

describe('rankOffices: an office written with a kind in brackets weighs as that kind', () => {
  const duty = (unit: string, unitName: string) =>
    ({ unit, unitName, unitId: `甲县:${unitName}`, sentence: `${unit}负责物业管理。`, matter: '物业管理', role: 'responsible', paragraph: 0, document: { id: unitName, title: '某文件', county: '甲县' } }) as unknown as DutyWithDocument;
  const index = (duties: DutyWithDocument[]) =>
    ({ duties, kinds: duties.map(() => 'duty'), offices: duties.map(() => 1), order: duties.map(() => 0), units: [], unitById: new Map() }) as unknown as DutyIndex;
  const bracketKind = (name: string) => kindOrAlternative(name, resolver) !== undefined;
  const scores = (duties: DutyWithDocument[]) =>
    rankOffices(index(duties), duties.map((_, i) => ({ i, score: 0.9 })), words, { status: () => undefined, inForce: true, namedIds: new Set(), serving: [], isKind: bracketKind })
      .offices.map((o) => [o.unit.name, o.score]);

  it('by the name its evidence writes (街道办(乡镇政府)), though the stored name is short (街道办)', () => {
    const [first, second] = scores([duty('街道办(乡镇政府)', '街道办'), duty('县住建局', '县住建局')]);
    expect(first[0]).toBe('县住建局');
    expect(second[1]).toBeCloseTo((first[1] as number) * words.generalOffices.weight);
  });

  it('must not: an office written by its own name alone weighs as a named office', () => {
    const [first, second] = scores([duty('街道办', '街道办'), duty('县住建局', '县住建局')]);
    expect(second[1]).toBeCloseTo(first[1] as number);
  });
});

describe('answerFor: the place shown for an office is one of its evidence', () => {
  const item = (county?: string) =>
    ({ duty: { unit: '公安机关', unitName: '公安机关', sentence: '由公安机关处罚。', matter: '处罚', role: 'responsible', paragraph: 0, document: { id: 'd', title: '某条例', county } }, score: 1, kind: 'duty', key: '公安机关' }) as never;
  it.each([
    ['东营市', ['东营市'], '东营市'],
    ['东营市', ['湖州市', '东营市'], '东营市'],
    // Must not: a kind of office stored with the place of the first document that named it, shown beside another place's sentence.
    ['东营市', ['湖州市'], undefined],
    ['东营市', [undefined], undefined],
    [undefined, ['湖州市'], undefined],
  ])('stored %s, evidence of %j → %s', (county, evidence, shown) => {
    const unit = { id: '公安机关', name: '公安机关', aliases: [], ...(county ? { county } : {}) };
    expect(answerFor(unit, evidence.map(item), words, 1, 5).unit.county).toBe(shown);
  });
});
