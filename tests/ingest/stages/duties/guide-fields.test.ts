/**
 * Service guides: a labelled field (受理机构, 办理部门（…）, 受理单位：…) whose value names offices or
 * kinds of offices inside a sentence — each is responsible for the guide's matter (its title line
 * and scope), the guide's phone kept in the evidence. Rows that must give no duty: a field whose
 * value names no office, a label that is no office field, a duty table's label line. Also the
 * phrase saying whose place (户籍所在地的) leading a kind. Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const read = (paragraphs: string[], title = '测试文件') => extractDuties(makeDocument(paragraphs, '某县', title)).duties;
const unitsOf = (paragraphs: string[]) => read(paragraphs).map((d) => (d.unitId ?? '').replace(/^某县:/, ''));

describe('readGuideField', () => {
  it.each<[string, string[], string[]]>([
    [
      'a numbered field, its value numbered items naming kinds of places',
      ['某某证办理须知', '一、办理对象', '在本县居住的居民。', '二 、受理机构', '（一）申请人户籍所在的村、社区或乡镇、街道。', '（二）申请人现居住地的村、社区或乡镇、街道。', '三、办理程序', '（一）申请人填写登记表。'],
      ['村民委员会', '居民委员会', '乡镇人民政府', '街道办事处'],
    ],
    [
      'a field with a bracketed note, the value a sentence',
      ['【服务指南】某某登记办理程序', '办理部门（登记受理地）', '申请人户籍地或《某证》办理地的街道办事处或居民委员会，实行首接负责制。', '办理时限', '当场办结。'],
      ['街道办事处', '居民委员会'],
    ],
    ['label：value on one line, a named office', ['某某补贴申领指南', '受理单位：县民政局'], ['县民政局']],
    ['the value on the next line, a named office alone', ['某某补贴申领指南', '受理机构', '县民政局', '办理时限', '5个工作日'], ['县民政局']],
    ['户籍所在地的村（居）委会 as one kind', ['某某补贴申领指南', '受理部门', '户籍所在地的村（居）委会。'], ['村(居)民委员会']],
  ])('%s', (_name, paragraphs, expected) => {
    expect(unitsOf(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['a field whose value names no office', ['某某证办理须知', '受理机构', '申请人自愿选择。', '办理时限', '当场办结。']],
    ['a label that is no office field', ['某某证办理须知', '办理时限', '街道办事处当场办结。']],
    ['a value that runs on into a person', ['某某证办理须知', '受理部门：张某某']],
    ['an office field with an empty value, then a heading', ['某某证办理须知', '二、受理机构', '三、办理程序', '（一）居民委员会填写登记表。']],
  ])('%s gives no duty', (_name, paragraphs) => {
    expect(read(paragraphs)).toEqual([]);
  });

  it('takes the matter from the guide’s title and scope, and keeps the phone in the evidence', () => {
    const duties = read(['某某证办理须知', '一、办理对象', '在本县居住满1个月的夫妻，在生育子女前进行登记。', '二、受理机构', '（一）户籍所在的乡镇。', '咨询电话：0000-1234567 投诉电话：12345']);
    expect(duties).toHaveLength(1);
    expect(duties[0].matter).toBe('某某证办理须知：在本县居住满1个月的夫妻，在生育子女前进行登记');
    expect(duties[0].sentence).toBe('受理机构：（一）户籍所在的乡镇。 咨询电话：0000-1234567 投诉电话：12345');
  });

  it('does not take the title when it is a numbered heading standing in for a lost one', () => {
    const duties = read(['一、办理对象', '在本县居住的夫妻。', '二、受理机构', '县卫生健康局。'], '一、办理对象');
    expect(duties.map((d) => d.matter)).toEqual(['在本县居住的夫妻']);
  });

  it.each<[string, string | undefined, string[], string[]]>([
    ['a guide of no county naming the office with its county', undefined, ['某某卡办理指南', '二、实施机关', '某某县人力资源和社会保障局。'], ['某某县人力资源和社会保障局']],
    ['the same office where the county is known', '某某县', ['某某卡办理指南', '二、实施机关', '某某县人力资源和社会保障局。'], ['某某县人力资源和社会保障局']],
    ['a guide of no county naming an office the table does not know', undefined, ['某某卡办理指南', '三、承办机构', '某某县社会保障信息服务站点。'], []],
    ['a guide of no county naming an office with no county', undefined, ['某某卡办理指南', '三、承办机构', '信息中心。'], []],
  ])('%s', (_name, county, paragraphs, expected) => {
    const doc = { ...makeDocument(paragraphs, '某县'), county };
    expect(extractDuties(doc).duties.map((d) => d.unit)).toEqual(expected);
  });

  it('leaves a duty table’s label line (责任部门：…) to its own reader', () => {
    const duties = read(['1.做好某某工作。', '责任部门：县民政局']);
    expect(duties.map((d) => [d.unit, d.matter])).toEqual([['县民政局', '做好某某工作']]);
  });
});

describe('kindOf, with whose place before the kind', () => {
  it.each([
    ['户籍所在地的村（居）委会', '村(居)民委员会'],
    ['申请人现居住地的乡镇', '乡镇人民政府'],
    ['《某证》办理地的街道办事处', '街道办事处'],
    ['各村', '村民委员会'],
    ['各社区', '居民委员会'],
  ])('reads %s as the kind %s', (text, kind) => {
    expect(units.kindOf(text)).toBe(kind);
  });

  it.each([['户籍所在地的'], ['各地的有关部门'], ['所在地的县财政局'], ['村'], ['社区']])('reads no kind in %s', (text) => {
    expect(units.kindOf(text)).toBeUndefined();
  });
});
