/**
 * Ranking when the documents also say who ANSWERS for a matter (X对…负责 / 负总责, read as duties):
 * more correct duties must not cost answers. Made-up documents in the grammar of a county's
 * property-management opinion and a subsidy plan. Rows for each pattern that lost answers: the
 * act asked (复核, 监督) picks the office that does it over the one answering for the data; an
 * office written with a kind in brackets (街道办(乡镇政府)) weighs as that kind; the question's
 * own share (谁负总责) picks the office whose clause says it. Must-not rows: a question about
 * accountability (真实性谁负责) still gets the office that answers for it.
 */
import { describe, expect, it } from 'vitest';
import { storeOfTexts } from '../fixtures/store-of-texts';
import { createUnitResolver, loadUnitTable } from '../../src/domain/units';
import { kindOrAlternative, whoHandles } from '../../src/kb/who-handles';

const DOCS: Record<string, string> = {
  'property.txt': [
    '丁山县人民政府办公室关于加强住宅小区物业管理工作的实施意见',
    '丁政办发〔2024〕8号',
    '各乡镇人民政府，县直各有关单位：',
    '为加强住宅小区物业管理，现提出如下意见：',
    '一、明确职责',
    '按照“属地管理、条块结合”的原则，由县人民政府负责，街道办(乡镇政府)组织，社区居(村)委会落实，县住房和城乡建设局指导监督，相关部门密切配合，将物业管理纳入社区治理体系。',
    '（一）县人民政府对本辖区物业管理工作负总责。',
    '（二）县市场监督管理局负责物业服务收费的监督检查。',
    '（三）县消防救援大队负责住宅小区消防安全的监督管理。',
    '（四）县人力资源和社会保障局负责公共就业服务工作。',
    '丁山县人民政府办公室',
    '2024年5月1日',
  ].join('\n'),
  'subsidy.txt': [
    '某市小麦种植面积补贴发放工作实施方案',
    '一、职责分工',
    '乡镇人民政府对补贴对象、种植面积、补贴金额等信息的真实性、准确性负责；县级农业农村部门对乡镇提报的补贴信息进行复核，对补贴档案的完整性负责；县级财政部门负责将补贴资金发放到农户。',
  ].join('\n'),
};

const storeOf = storeOfTexts('who-answerable', DOCS);
const names = async (q: string) => (await whoHandles(storeOf(), { q })).answers.map((a) => a.unit.canonical ?? a.unit.name);

describe('whoHandles with duties of answering for a matter', () => {
  it.each([
    // The act asked (复核) is the field office's; the township answers for the data, it does not check it.
    ['小麦种植面积补贴信息谁来复核', '县级农业农村部门'],
    ['补贴金额信息谁复核', '县级农业农村部门'],
    // The act asked (指导监督) is the office's whose own clause holds it, not the others' of the same sentence.
    ['小区物业谁来指导监督', '县住房和城乡建设局'],
    // The share asked (负总责) is the government's, said in its own clause.
    ['物业管理县里谁负总责', '县人民政府'],
    // Must not: asked who answers for the data, the township that does.
    ['补贴信息的真实性谁负责', '乡镇人民政府'],
    ['补贴面积准确不准确谁负责', '乡镇人民政府'],
    // Must not: the field office answers for the archive.
    ['补贴档案完整性谁负责', '县级农业农村部门'],
  ])('%s → %s first', async (q, first) => {
    expect((await names(q))[0]).toBe(first);
  });

  it('answers 小区物业 although a duty holds 区物 only across its own words (本辖区物业)', async () => {
    expect(await names('小区物业服务不好谁来监督')).toContain('县住房和城乡建设局');
  });

  it('must not: weighs 街道办(乡镇政府) as a kind of office, below the government that answers for the whole', async () => {
    const ranked = await names('物业管理工作谁负总责');
    expect(ranked.indexOf('县人民政府')).toBeLessThan(ranked.indexOf('街道办'));
  });
});

describe('kindOrAlternative', () => {
  const resolver = createUnitResolver(loadUnitTable());
  it.each([
    // A kind's own name, or a kind written in brackets as the office's other name.
    ['乡镇人民政府(街道办事处)', '乡镇人民政府(街道办事处)'],
    ['街道办(乡镇政府)', '乡镇人民政府'],
    ['管委会(乡镇人民政府)', '乡镇人民政府'],
    // Must not: a named office in brackets, or none, is no kind.
    ['县人社局(县医保局)', undefined],
    ['市发改委(粮食局)', undefined],
    ['县民政局', undefined],
    ['街道办', undefined],
  ])('%s → %s', (name, kind) => {
    expect(kindOrAlternative(name, resolver)).toBe(kind);
  });
});
