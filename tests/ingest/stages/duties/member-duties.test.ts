/**
 * Members' duties listed under a line announcing them (各成员单位职责分工如下：), one member a
 * paragraph, the member's name one no table knows (a 开发区's 党建部, 财务室). Must not: the same
 * paragraph without the announcing line, a contact line that ends the run, a paragraph after it.
 * Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import type { DutyRole } from '../../../../src/model';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const triples = (paragraphs: string[]): Array<[string, DutyRole, string]> =>
  extractDuties(makeDocument(paragraphs, '某县')).duties.map((d) => [d.unit, d.role, d.matter]);

describe('members’ duties under an announcing line', () => {
  it.each<[string, string[], Array<[string, DutyRole, string]>]>([
    [
      'divisions of a body, one a paragraph',
      ['各成员单位职责分工如下：', '综合办公室负责做好值班安排，确保每日上报。', '财务室负责筹集并核拨所需资金。'],
      [['综合办公室', 'responsible', '做好值班安排，确保每日上报'], ['财务室', 'responsible', '筹集并核拨所需资金']],
    ],
    [
      'a contact line ends the run',
      ['成员单位职责：', '党建部负责处理信访事项。', '联系人：张三', '城管中队负责巡查清运工作。'],
      [['党建部', 'responsible', '处理信访事项']],
    ],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(triples(paragraphs)).toEqual(expected);
  });

  it.each<[string, string[]]>([
    ['no announcing line', ['财务室负责筹集并核拨所需资金。']],
    ['a name that is no office', ['各成员单位职责分工如下：', '大家负责做好各自工作。']],
  ])('finds no duty in %s', (_name, paragraphs) => {
    expect(triples(paragraphs)).toEqual([]);
  });
});
