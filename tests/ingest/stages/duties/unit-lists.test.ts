import { describe, expect, it } from 'vitest';
import { createDutyGrammar, type DutyContext } from '../../../../ingest/stages/duties/duty-grammar';
import { parseDutyGroup, parseUnitList } from '../../../../ingest/stages/duties/unit-lists';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';

const units = createUnitResolver(loadUnitTable());
const ctx: DutyContext = { units, grammar: createDutyGrammar(units.table) };

describe('parseUnitList', () => {
  it.each([
    ['a list with 、 and ，', '县工科局、县财政局，县发改局', ['县工科局', '县财政局', '县发改局']],
    ['a conjunction between two units', '国网夏县供电公司和县水利局', ['国网夏县供电公司', '县水利局']],
    ['a name that holds 和 stays whole', '县人力资源和社会保障局', ['县人力资源和社会保障局']],
    ['a placeholder is counted, not listed', '县财政局、县直各有关单位', ['县财政局']],
    ['a kind of office is listed', '县财政局、各乡镇人民政府', ['县财政局', '各乡镇人民政府']],
    ['a kind written with a 、 of its own stays whole', '各试点乡镇、街道', ['各试点乡镇、街道']],
    ['a kind of a law with 、 in its scope', '市、县（区）人民政府法制机构', ['市、县（区）人民政府法制机构']],
    // A law's 或者 between the organs a matter falls to, one or the other by place.
    ['或者 between two kinds of a law', '畜牧兽医部门或者动物卫生监督机构', ['畜牧兽医部门', '动物卫生监督机构']],
    ['或者 between two named offices', '县财政局或者县审计局', ['县财政局', '县审计局']],
    ['和 between two kinds', '公安机关和人民检察院', ['公安机关', '人民检察院']],
    // A township named bare among offices is its government.
    ['a town named bare among offices', '区交通运输局、区市政园林管理中心、莲洲镇等单位', ['区交通运输局', '区市政园林管理中心', '莲洲镇人民政府']],
    ['a street named bare among offices', '县住建局、城关街道', ['县住建局', '城关街道办事处']],
    ['a 乡 named bare among offices', '县水利局、白塔乡', ['县水利局', '白塔乡人民政府']],
    // An office written for several levels is an office of the list (区(市)县民政局: the table knows 民政局).
    ['an office written for several levels', '区(市)县民政局', ['区(市)县民政局']],
    ['an office written for several levels, among offices', '县财政局、县（市）民政局', ['县财政局', '县（市）民政局']],
  ])('reads %s', (_name, text, expected) => {
    expect(parseUnitList(text, ctx)?.units).toEqual(expected);
  });

  it.each([
    ['a sentence', '加强组织领导，确保工作落实'],
    ['a list with a non-unit item', '县财政局、资金保障'],
    ['或者 before a person', '申请人或者其代理人'],
    // Must not: a kind of place that ends like a town's name is no township.
    ['a kind of town (重点镇) among offices', '县住建局、重点镇'],
    ['a kind of town (特色小镇) among offices', '县发改局、特色小镇'],
    ['城镇 among offices', '县住建局、城镇'],
    // Must not: levels before no office the table knows.
    ['levels before no office', '县财政局、区(市)县资金保障'],
  ])('reads no list from %s', (_name, text) => {
    expect(parseUnitList(text, ctx)).toBeNull();
  });
});

describe('parseDutyGroup', () => {
  it.each([
    ['labels', '牵头单位：县发改局；配合单位：县财政局', [{ unit: '县发改局', role: 'lead' }, { unit: '县财政局', role: 'support' }]],
    ['verbs after the units', '县农业农村局牵头，县供销社配合', [{ unit: '县农业农村局', role: 'lead' }, { unit: '县供销社', role: 'support' }]],
    ['a role marked after one unit', '责任单位：县发改局（牵头）、县财政局', [{ unit: '县发改局', role: 'lead' }, { unit: '县财政局', role: 'responsible' }]],
    // A label says its items are offices: a township named bare there, even alone, is its government.
    ['a town alone under a role label', '牵头单位：九亭镇', [{ unit: '九亭镇人民政府', role: 'lead' }]],
    ['a street under a role label beside an office, 支撑单位 a supporting one', '牵头单位：经济技术开发区、甲乙街道，支撑单位：县规划资源局', [{ unit: '经济技术开发区', role: 'lead' }, { unit: '甲乙街道办事处', role: 'lead' }, { unit: '县规划资源局', role: 'support' }]],
  ])('reads %s', (_name, content, expected) => {
    expect(parseDutyGroup(content, ctx)).toEqual(expected);
  });

  it.each([
    ['a note in brackets', '以下简称县指挥部'],
    ['a bare list where it does not close an item', '县发改局、县财政局'],
    ['another label', '适用范围：全县'],
  ])('reads no duty from %s', (_name, content) => {
    expect(parseDutyGroup(content, ctx)).toBeNull();
  });
});

describe('parseUnitList: a town alone', () => {
  // Must not: a town named alone is the place a sentence speaks of, not its government.
  it('reads no government from a town named alone', () => {
    expect(parseUnitList('城关镇', ctx)?.units ?? []).not.toContain('城关镇人民政府');
  });

  it.each([
    ['a kind of town under a label', '牵头单位：重点镇'],
    ['a place a phrase points to under a label', '责任单位：所在街道'],
  ])('reads no government from %s', (_name, content) => {
    expect(parseDutyGroup(content, ctx)).toBeNull();
  });
});
