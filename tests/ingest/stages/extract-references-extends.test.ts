/**
 * The `extends` relation of extract-references (data/relation-words.json `extends`): a notice
 * extending or renewing another document's term (关于延长《某办法》有效期的通知, 继续有效), with the
 * new last day where the sentence states it — and what is no such extension (a deadline, a part of
 * a document, another title of the same sentence).
 */
import { describe, expect, it } from 'vitest';
import { createExtractReferences } from '../../../ingest/stages/extract-references';
import { docOf } from './doc';

const extract = createExtractReferences();
const refsOf = (paragraphs: string[], title?: string) =>
  extract(docOf(paragraphs, title ? { title } : {})).references.map((r) => [r.relation, r.docNumber ?? r.title, r.until]);

describe('extract-references: extends', () => {
  it.each([
    // [sentence, expected [relation, number or title, until] per reference]
    ['经评估，《某市建设项目工程总承包管理办法》（某住建规范〔2021〕3号）需继续实施，有效期延长至2031年4月30日。', [['extends', '某住建规范〔2021〕3号', '2031-04-30']]],
    ['经市交通委主任办公会议审议通过，《某市乡镇渡口管理办法》（某交水〔2015〕598号）继续实施，有效期延长至2030年7月10日止。', [['extends', '某交水〔2015〕598号', '2030-07-10']]],
    ['经评估，2017年10月《某市人民政府办公厅印发关于优化重大工程前期工作实施意见的通知》（某府办发〔2017〕64号）需继续实施，有效期延长至2027年10月31日。', [['extends', '某府办发〔2017〕64号', '2027-10-31']]],
    ['现决定延长《某县农村低保实施办法》（某政发〔2018〕5号）有效期至2025年12月31日。', [['extends', '某政发〔2018〕5号', '2025-12-31']]],
    ['《某县殡葬管理办法》（某政发〔2016〕2号）有效期顺延至2026年6月30日。', [['extends', '某政发〔2016〕2号', '2026-06-30']]],
    // Kept in force without a day: an extension all the same, no until.
    ['经清理，《某县城市绿化管理办法》（某政发〔2016〕12号）继续有效。', [['extends', '某政发〔2016〕12号', undefined]]],
    // One day for the titles listed together; each its own where each has a clause.
    ['《某县甲办法》（某政发〔2018〕1号）、《某县乙办法》（某政发〔2018〕2号）有效期延长至2027年12月31日。', [['extends', '某政发〔2018〕1号', '2027-12-31'], ['extends', '某政发〔2018〕2号', '2027-12-31']]],
    ['《某县甲办法》（某政发〔2018〕1号）有效期延长至2025年12月31日，《某县乙办法》（某政发〔2018〕2号）有效期延长至2026年6月30日。', [['extends', '某政发〔2018〕1号', '2025-12-31'], ['extends', '某政发〔2018〕2号', '2026-06-30']]],
  ])('extends: %s', (sentence, expected) => {
    expect(refsOf([sentence])).toEqual(expected);
  });

  it.each([
    // MUST NOT: the basis the extension cites is not extended; only the title it extends is.
    ['cites one title while extending another', '根据《某省行政规范性文件管理办法》（某政发〔2019〕1号）规定，经评估，《某县某办法》（某政发〔2018〕5号）有效期延长至2025年12月31日。', [['basedOn', '某政发〔2019〕1号', undefined], ['extends', '某政发〔2018〕5号', '2025-12-31']]],
    // MUST NOT: a deadline for applications is no document's term.
    ['a deadline for applications set by a document', '《某县创业补贴实施办法》（某政发〔2022〕3号）规定的申报时间延长至2024年6月30日。', [['cites', '某政发〔2022〕3号', undefined]]],
    ['a deadline a document set, extended', '延长《某县创业补贴实施办法》规定的申报期限至2024年6月30日。', [['cites', '某县创业补贴实施办法', undefined]]],
    ['a certificate\'s term, under a document it is based on', '根据《某检测管理办法》（某部令〔2023〕第9号），等级证书有效期统一延期至2024年6月30日。', [['basedOn', '某部令〔2023〕第9号', undefined]]],
    // MUST NOT: a part of a document kept (中的 补贴标准) is no extension of it.
    ['a part of a document kept', '《某县就业补贴办法》（某政发〔2020〕7号）中的补贴标准继续执行。', [['cites', '某政发〔2020〕7号', undefined]]],
    // MUST NOT: what the text goes on doing later in the sentence (相关政策继续执行) is not the title's.
    ['a bare 继续执行 later in the sentence', '《某县就业补贴办法》（某政发〔2020〕7号）发布以来，各单位认真落实，相关政策继续执行。', [['cites', '某政发〔2020〕7号', undefined]]],
  ])('does not extend: %s', (_, sentence, expected) => {
    expect(refsOf([sentence])).toEqual(expected);
  });

  it('keeps in force only the items a cleanup lists under 继续有效, not those under the next heading', () => {
    expect(
      refsOf(['一、继续有效的规范性文件（1件）', '1.《某县最低生活保障办法》（某政发〔2016〕12号）', '二、需要修改的规范性文件（1件）', '1.《某县物业管理办法》（某政发〔2016〕2号）']),
    ).toEqual([
      ['extends', '某政发〔2016〕12号', undefined],
      ['cites', '某政发〔2016〕2号', undefined],
    ]);
  });

  it('an interpretation reports an extension, it does not extend (MUST NOT)', () => {
    const title = '《某县人民政府关于延长部分规范性文件有效期的通知》政策解读';
    const sentence = '经评估，《某县农村低保实施办法》（某政发〔2018〕5号）有效期延长至2025年12月31日。';
    expect(refsOf([sentence], title).filter((r) => r[1] === '某政发〔2018〕5号')).toEqual([['cites', '某政发〔2018〕5号', undefined]]);
  });
});
