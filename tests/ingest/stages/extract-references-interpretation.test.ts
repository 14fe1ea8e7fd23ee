/**
 * An interpretation's references (ingest/stages/extract-references.ts with interpretation.ts): it
 * interprets what its title names, reports what that document repeals without repealing it.
 */
import { describe, expect, it } from 'vitest';
import { createExtractReferences } from '../../../ingest/stages/extract-references';
import { docOf } from './doc';

const extract = createExtractReferences();
const refsOf = (text: string, fields = {}) => extract(docOf([text], fields)).references;

describe('createExtractReferences: an interpretation', () => {
  const decision = '某区人民政府关于公布规范性文件清理结果的决定';

  it.each([
    ['关于《某区人民政府关于公布规范性文件清理结果的决定》的解读'],
    ['《某区人民政府关于公布规范性文件清理结果的决定》政策解读'],
    ['关于《某区人民政府关于公布规范性文件清理结果的决定》的解读说明'],
    // A press interview on a document (负责人就《X》答记者问) explains X.
    ['某局负责人就《某区人民政府关于公布规范性文件清理结果的决定》答记者问'],
  ])('%s interprets the document its title names, wherever its text cites it', (title) => {
    const refs = extract(docOf(['一、制定背景', `区司法局组织起草了《${decision}》。`, '二、法律依据', '1、《某省行政规范性文件管理办法》；'], { title })).references;
    expect(refs.map((r) => [r.relation, r.title])).toEqual([
      ['interprets', decision],
      ['basedOn', '某省行政规范性文件管理办法'],
    ]);
  });

  it('reads an explanation announced in a sentence as one', () => {
    expect(refsOf(`现就《${decision}》（以下简称《决定》）的有关情况说明如下：`).map((r) => r.relation)).toEqual(['interprets']);
  });

  it.each([
    ['关于《某区人民政府关于废止部分规范性文件的决定》的起草说明'],
    ['关于《某区人民政府关于废止部分规范性文件的决定》的解读'],
  ])('%s reports what the decision repeals: it repeals nothing itself, and interprets the decision its title names', (title) => {
    const refs = extract(docOf(['《某区人民政府关于某事的通知》（某政发〔2015〕3号）同时废止。'], { title })).references;
    expect(refs.map((r) => r.relation)).toEqual(['cites', 'interprets']);
  });

  it('interprets what its title names where its text never cites it by name', () => {
    const refs = extract(docOf(['一、出台背景', '《办法》明确参保登记由县医疗保障局负责。'], { title: '《某县城乡居民医疗保险实施办法》政策解读' })).references;
    expect(refs.map((r) => [r.relation, r.title, r.paragraph])).toEqual([['interprets', '某县城乡居民医疗保险实施办法', -1]]);
  });

  it('gives its edge the number the text says the explained document was issued under', () => {
    const refs = extract(docOf(['经县委农村工作领导小组会议研究同意，同日以舞农领〔2023〕28号印发实施。'], { title: '《某县乡村建设示范创建工作方案》政策解读' })).references;
    expect(refs.map((r) => [r.relation, r.title, r.docNumber])).toEqual([['interprets', '某县乡村建设示范创建工作方案', '舞农领〔2023〕28号']]);
  });

  it('keeps a number cited for another reason as a citation of its own', () => {
    // MUST-NOT: a basis's number (根据某发〔2020〕3号) is no number of the document explained.
    const refs = extract(docOf(['根据某政发〔2020〕3号要求，制定本方案。'], { title: '《某县乡村建设示范创建工作方案》政策解读' })).references;
    expect(refs.map((r) => [r.relation, r.title, r.docNumber])).toEqual([
      ['basedOn', undefined, '某政发〔2020〕3号'],
      ['interprets', '某县乡村建设示范创建工作方案', undefined],
    ]);
  });

  it('is no interpretation for a news report of a press conference that names a document', () => {
    // MUST-NOT: 答记者问 inside a headline that ends otherwise is news, not the interview itself.
    const refs = extract(docOf([`《${decision}》已经区政府同意。`], { title: `某局负责人就《${decision}》答记者问引发关注` })).references;
    expect(refs.map((r) => r.relation)).toEqual(['cites']);
  });

  it('is no interpretation for a notice that names a document in its title', () => {
    const refs = extract(docOf([`《${decision}》已经区政府同意。`], { title: `关于做好《${decision}》宣传工作的通知` })).references;
    expect(refs.map((r) => r.relation)).toEqual(['cites']);
  });
});
