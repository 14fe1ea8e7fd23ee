/**
 * A matter handed to an office to handle (handed-over.ts): a reply to a deputy's suggestion says
 * the suggestion was handed to the office (已交我局办理, 交由乡人居办办理); that office is
 * responsible for what the reply is about. Must-not rows: 提交/移交, a person, no verb of handling,
 * 我局 in a reply no 局 issued.
 */
import { describe, expect, it } from 'vitest';
import { createExtractDuties } from '../../../../ingest/stages/extract-duties';
import { createUnitResolver, loadUnitTable } from '../../../../src/domain/units';
import { makeDocument } from '../../../fixtures/duties/make-document';

const extractDuties = createExtractDuties({ units: createUnitResolver(loadUnitTable()) });
const TITLE = '关于某路口增设公交站点的建议的答复';
const duties = (text: string, issuingBody?: string) =>
  extractDuties({ ...makeDocument([text], '甲县', TITLE), ...(issuingBody ? { issuingBody } : {}) }).duties.map((d) => [d.unit, d.role, d.matter]);

describe('handed-over matters', () => {
  it.each<[string, string, string | undefined, string[][]]>([
    ['已交我局办理: the issuing office', '您提出的《关于某路口增设公交站点的建议》已交我局办理，现答复如下：', '甲县交通运输局', [['甲县交通运输局', 'responsible', TITLE]]],
    ['交由 a township office, 进行办理', '您提出的建议，交由乡人居办进行办理。', '甲县某乡人民政府', [['乡人居办', 'responsible', TITLE]]],
    ['转交 a known office 研究办理', '该建议已转交县住房和城乡建设局研究办理。', '甲县人民政府办公室', [['县住房和城乡建设局', 'responsible', TITLE]]],
  ])('reads %s', (_name, text, issuer, expected) => {
    expect(duties(text, issuer)).toEqual(expected);
  });

  it.each<[string, string, string | undefined]>([
    ['提交 a body to deliberate', '本方案提交县人大常委会审议。', '甲县人民政府'],
    ['移交 is another act', '案件移交县公安局处理。', '甲县人民政府'],
    ['交由 a person', '交由个人办理。', '甲县人民政府'],
    ['我局 in a reply a 委 issued', '您提出的建议已交我局办理。', '甲县发展和改革委员会'],
    ['交由 with no verb of handling', '交由县财政局。', '甲县人民政府'],
  ])('reads no handed-over duty from %s', (_name, text, issuer) => {
    expect(duties(text, issuer)).toEqual([]);
  });
});
