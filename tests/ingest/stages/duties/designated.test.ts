/**
 * An office named to a role by a noun of subjects (ingest/stages/duties/designated.ts; data:
 * roles.designated): X作为/为/是…责任主体 (responsible), 统筹主体 (lead), X作为…主管部门 closing its
 * clause or followed by what it does. Rows that must give no duty: 主体责任 (a subject's
 * responsibility), 以…为主体 (the main part), a market subject, a subject that is no office, and
 * X是…主管部门 (the competence readers' form, read with the clause after it). Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const read = (text: string) => extractDuties(makeDocument([text], '某县', '某县垃圾分类工作方案')).duties.map((d) => [d.unit, d.role, d.matter]);

describe('an office named by a noun of subjects', () => {
  it.each<[string, string, string[][]]>([
    ['X为…的责任主体', '各村为减量化工作的责任主体，各村主要负责人是减量化工作的第一责任人。', [['各村', 'responsible', '减量化工作']]],
    ['X作为…的统筹主体，要…: leads', '县林业局作为管护事项收回工作的统筹主体，要切实履行牵头抓总职责。', [['县林业局', 'lead', '管护事项收回工作']]],
    ['X是…实施主体', '县住建局是老旧小区改造项目的实施主体。', [['县住建局', 'responsible', '老旧小区改造项目']]],
    ['X作为…主管部门履行…', '县文化局作为全县文物主管部门履行文物保护主体责任。', [['县文化局', 'responsible', '履行文物保护主体责任']]],
    ['X作为…综合监管部门，负责…', '县应急管理局作为全县安全生产综合监管部门，负责指导。', [['县应急管理局', 'responsible', '负责指导']]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['主体责任 (a subject’s responsibility)', '督促学校落实主体责任，切实落实食品安全主体责任。'],
    ['以…为主体 (the main part)', '着力构建以普惠性资源为主体的办园体系。'],
    ['a market subject', '个体工商户是市场主体。'],
    ['a subject that is no office', '企业是安全生产的责任主体。'],
    ['X是…主管部门 closing the sentence (the competence form)', '县民政局是殡葬管理的主管部门。'],
  ])('gives no duty for %s', (_name, text) => {
    expect(read(text)).toEqual([]);
  });
});
