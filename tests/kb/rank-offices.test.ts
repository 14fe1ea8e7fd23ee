/**
 * The name an answer shows for its office: the one its page prints (某县市场监管局), the unit
 * table's name kept for grouping — but never a kind's other spelling, a phrase or a list.
 */
import { describe, expect, it } from 'vitest';
import { createUnitResolver, loadUnitTable } from '../../src/domain/units';
import { printedName } from '../../src/kb/rank-offices';
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
