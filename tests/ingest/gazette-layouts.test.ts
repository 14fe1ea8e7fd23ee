/**
 * Gazette issues laid out unlike the two samples (tests/fixtures/gazette-layouts/<case>/input.txt,
 * written for these tests): number above the title under a red head, 目录 with dotted leaders,
 * pages on their own line, 〖〗 sections and entries without pages, 总第N期 before 第N期, a year
 * and 期 in Chinese numerals or on lines of their own, a province's gazette, a decree (政府令),
 * running heads and ·N· folios, 版记 lines, and parts that are not documents (政策解读, 大事记,
 * 任免名单); a 目次 listing each entry with its number in brackets and no page, sections
 * without brackets, the number in brackets below the title, a running header printed beside its
 * folio, 版记 lines, and an attached 方案 whose title line its 印发 notice quotes; sections named
 * without brackets with each page on its own line, a 第N期 whose year only the cover date gives, a
 * red head above the number; an autonomous prefecture's decree (a 15-character organ before 令),
 * a 通告 numbered 2022年第3号 whose body opens with 通告如下：; a district's 常务会议纪要 (no number,
 * no recipients) after a leader list, and an appointments notice without a number; a web page
 * of a league's gazette whose masthead glues a range of issues without 第 to the name
 * (2021年4-6期) above section headings without brackets; issues printed together (第5、6期（合刊）)
 * with 目录 pages in brackets (……（2）), 【】 sections repeated in the body, and a running
 * header naming both issues; a county's 政府公报 whose 目录 lists 〖〗 sections without pages and
 * whose documents print the number first with no red head, right after the 目录's last entry; a
 * city's issue whose 目录 gives neither pages nor numbers, its first document's number printed
 * straight under the last entry. Each case's issue, documents and contents links are pinned in expected.json,
 * checked by hand; UPDATE=1 rewrites them.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { createPipeline } from '../../ingest/pipeline';
import { readSource } from '../../ingest/read/read-source';

const fixtures = path.resolve(__dirname, '../fixtures/gazette-layouts');
const cases = readdirSync(fixtures).sort();
const pipeline = createPipeline();

describe('createPipeline on other gazette layouts', () => {
  it('has at least three layouts', () => {
    expect(cases.length).toBeGreaterThanOrEqual(3);
  });

  it.each(cases)('%s: issue, documents and contents as expected.json', async (name) => {
    const record = pipeline(await readSource(path.join(fixtures, name, 'input.txt')));
    const actual = {
      kind: record.kind,
      issue: record.issue,
      documents: record.documents.map((d) => ({
        docNumber: d.docNumber ?? null,
        issuingBody: d.issuingBody ?? null,
        title: d.title,
        type: d.type ?? null,
        date: d.date ?? null,
        page: d.page ?? null,
        firstParagraph: d.paragraphs[0]?.text.slice(0, 40) ?? null,
        references: d.references.map((r) => `${r.relation} ${r.docNumber ?? r.title}`),
      })),
      contentsWithoutBody: record.contents.filter((c) => !c.documentId).map((c) => c.title),
    };
    const expectedPath = path.join(fixtures, name, 'expected.json');
    if (process.env.UPDATE === '1') writeFileSync(expectedPath, `${JSON.stringify(actual, null, 2)}\n`);
    expect(existsSync(expectedPath), `${expectedPath} is missing: run with UPDATE=1 to write it`).toBe(true);
    expect(actual).toEqual(JSON.parse(readFileSync(expectedPath, 'utf8')));
  });
});
