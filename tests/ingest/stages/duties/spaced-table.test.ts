/**
 * Duty tables printed with spaces instead of tabs (a city's 任务分解表 copied from a web page):
 * a header of column names with role labels, rows read from their right end.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import type { DutyRole } from '../../../../src/model';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const pairs = (paragraphs: string[]): Array<[string, DutyRole]> => extractDuties(makeDocument(paragraphs, '平顶山市')).duties.map((d) => [d.unit, d.role]);
const HEADER = '序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位';

describe('duty tables printed with spaces', () => {
  it.each<[string, string[], Array<[string, DutyRole]>]>([
    [
      'a row whose task cell wrapped (加强水资源保 护)',
      [HEADER, '1 加强水资源保 护 严守水资源开发利用控制红线 实施水资源消耗总量和强度双控行动。 市水利局 市发展改革委、工业和信息化委、农业局等 各县(市、区)党委和人民政府,城乡一体化示范区、高新区党工委和管委会'],
      [['市水利局', 'lead'], ['市发展改革委', 'support'], ['工业和信息化委', 'support'], ['农业局', 'support'], ['各县(市、区)党委和人民政府', 'responsible'], ['城乡一体化示范区、高新区党工委和管委会', 'responsible']],
    ],
    [
      'two lead units and a unit cell cut at the page end',
      [HEADER, '3 抓好工业节水。加快实施工业节水技术改造。 市工业和信息化委、水利局 市发展改革委等 各县(市、区)党委和人民政府,城乡一体化示范区、高'],
      [['市工业和信息化委', 'lead'], ['水利局', 'lead'], ['市发展改革委', 'support'], ['各县(市、区)党委和人民政府', 'responsible']],
    ],
    [
      'a row broken after its task, its units on the next line',
      [HEADER, '1 加强水资源保 护 严守水资源开发利用控制红线 实施双控行动。到2020年,全市用水总量控制在11.88亿立方米以内。', '市水利局 市发展改革委、农业局等 各县(市、区)党委和人民政府', '2 严守用水 效率控制 红线 落实水耗指标。 市水利局 市发展改革委等 各县(市、区)党委和人民政府'],
      [['市水利局', 'lead'], ['市发展改革委', 'support'], ['农业局', 'support'], ['各县(市、区)党委和人民政府', 'responsible'], ['市水利局', 'lead'], ['市发展改革委', 'support'], ['各县(市、区)党委和人民政府', 'responsible']],
    ],
    [
      'role columns followed by a deadline column',
      ['序号 重点任务 责任单位 完成时限', '1 推进老旧小区改造 市住建局 2023年底前'],
      [['市住建局', 'responsible']],
    ],
  ])('reads %s', (_name, paragraphs, expected) => {
    expect(pairs(paragraphs)).toEqual(expected);
  });

  it('takes the text before the unit cells as the matter', () => {
    const [duty] = extractDuties(makeDocument([HEADER, '2 严守用水 效率控制 红线 落实万元国内生产总值水耗指标。 市水利局 某某 某某'], '平顶山市')).duties;
    expect(duty.matter).toBe('严守用水 效率控制 红线 落实万元国内生产总值水耗指标。');
  });

  it.each([
    ['a header without role labels', ['序号 类别 主要任务 完成时限', '1 加强水资源保护 市水利局 2020年']],
    ['a spaced heading is no header', ['主要 任务 分工 安排', '1 加强水资源保护 市水利局 市财政局']],
    ['no units in the role columns', [HEADER, '1 加强水资源保护 严守红线 实施双控行动 见附件 另行通知 逐年落实']],
    ['a row too short for the columns', [HEADER, '二、保障措施']],
    ['a numbered paragraph after the table closed', [HEADER, '二、保障措施', '1 加强组织领导。', '市水利局 市财政局 市发改委']],
  ])('finds no duty in %s', (_name, paragraphs) => {
    expect(pairs(paragraphs)).toEqual([]);
  });
});
