/**
 * What a duty table's column names say: the role a name built of a role word and a word for
 * offices gives (负责考核部门, 责任处室), and a 处室 column's divisions as offices. Must not: a
 * deadline, a leader, a phone or a person is no role column; a division's name in a column of
 * 单位 is no office. Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createDutyGrammar } from '../../../../ingest/stages/duties/duty-grammar';
import { columnRole, unitsOfColumnCell } from '../../../../ingest/stages/duties/table-columns';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import type { DutyRole } from '../../../../src/model';

const units = createUnitResolver(loadUnitTable());
const ctx = { units, grammar: createDutyGrammar(units.table) };

describe('columnRole', () => {
  it.each<[string, DutyRole | undefined]>([
    ['责任单位', 'responsible'],
    ['负责考核部门', 'responsible'],
    ['责任处室', 'responsible'],
    ['牵头科室', 'lead'],
    ['配合执法单位', 'support'],
    ['完成时限', undefined],
    ['责任领导', undefined],
    ['牵头领导', undefined],
    ['联系电话', undefined],
    ['负责人', undefined],
    ['责任单位联系人电话', undefined],
    ['负责本县城乡规划建设管理部门', undefined],
  ])('%s → %s', (name, role) => {
    expect(columnRole(name, ctx)).toBe(role);
  });
});

describe('unitsOfColumnCell', () => {
  it.each<[string, string, string[]]>([
    ['divisions in a 处室 column, the tail after 等 dropped', '应急处、疾控处、基层处等按职责分工落实', ['应急处', '疾控处', '基层处']],
    ['a division with its other name in brackets', '规划信息处（爱卫办）', ['规划信息处']],
    ['offices the table knows', '县教育局、县财政局', ['县教育局', '县财政局']],
    ['a deadline is no office', '长期推进', []],
  ])('%s', (_name, cell, expected) => {
    expect(unitsOfColumnCell(cell, '责任处室', ctx)).toEqual(expected);
  });

  it('reads no division in a column of 单位', () => {
    expect(unitsOfColumnCell('疾控处', '责任单位', ctx)).toEqual([]);
  });
});
