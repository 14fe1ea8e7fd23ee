/**
 * An office answerable for the object of 对 (ingest/stages/duties/answerable.ts; data:
 * roles.answerable): X对…负责 (the object the matter, the words after it going on with it),
 * X依法对…实施/予以/审核 + the act (X对…进行 is the prepositions reader's); a clause with no
 * subject after an office's (…加强资金监管，对…负责) is the matter of the clause before. Rows that must give no duty: an organ or a people as the object (对本级
 * 人民代表大会负责并报告工作, 对上一级人民政府负责, 对人民负责), 负责 not closing the clause (对辖区内医疗机构
 * 负责监督), a subject that is no office. Names are made up.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import { makeDocument } from '../../../fixtures/duties/make-document';

const units = createUnitResolver(loadUnitTable());
const extractDuties = createExtractDuties({ units });
const read = (text: string) => extractDuties(makeDocument([text], '某县', '某县应急预案')).duties.map((d) => [d.unit, d.role, d.matter]);

describe('an office answerable for the object of 对', () => {
  it.each<[string, string, string[][]]>([
    ['X对…负责，并…', '县人民政府对本行政区域内火灾突发事件的应对工作负责，并做好善后处理工作。', [['县人民政府', 'responsible', '本行政区域内火灾突发事件的应对工作，并做好善后处理工作']]],
    ['X依法对…予以 + the act', '县公安局依法对违法行为予以查处。', [['县公安局', 'responsible', '对违法行为予以查处']]],
    ['X对…审核 + what follows', '镇政府对各村委会申报情况审核汇总后，在各村公示。', [['镇政府', 'responsible', '对各村委会申报情况审核汇总后，在各村公示']]],
    ['a clause with no subject goes on with the one before', '县民政局要加强资金监管，对补贴档案的完整性负责。', [['县民政局', 'responsible', '加强资金监管，对补贴档案的完整性负责']]],
    // The act's clause ends at its comma: the words after it are joined with the comma kept (never 复核对补贴… run together).
    ['X对…进行 + the act, then a clause with no subject', '县农业农村局对镇街提报的补贴信息进行复核，对补贴档案的完整性负责。', [['县农业农村局', 'responsible', '对镇街提报的补贴信息进行复核，对补贴档案的完整性负责']]],
  ])('%s', (_name, text, expected) => {
    expect(read(text)).toEqual(expected);
  });

  it.each<[string, string]>([
    ['a people’s congress as the object', '乡镇人民政府对本级人民代表大会负责并报告工作。'],
    ['a government above as the object', '乡镇人民政府对上一级人民政府负责并报告工作。'],
    ['the people as the object', '县人民政府对人民负责，受人民监督。'],
    ['负责 not closing the clause', '县卫健局对辖区内医疗机构负责监督。'],
    ['a subject that is no office', '分包单位对分包工程的质量负责。'],
  ])('gives no duty for %s', (_name, text) => {
    expect(read(text)).toEqual([]);
  });
});
