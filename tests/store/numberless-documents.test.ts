/**
 * A stored document printed without its number (a page showing it from its 主送 line on) is the
 * one a reference names by number and title when no stored document carries the number — of the
 * reference's level, and only when one document answers (numberless-documents.ts).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest/ingest-files';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openStore } from '../../src/store/open-store';

/** A province's notice as a page shows it: no title line, no number. */
const numberless = (issuer: string, recipients: string) => `${recipients}：
现将《陕西省政务资源共享管理办法》印发给你们，请认真贯彻执行。
${issuer}
2017年8月16日
陕西省政务资源共享管理办法
第一条 为推动政务资源共享，制定本办法。
`;
const PROVINCE = numberless('陕西省人民政府', '各设区市人民政府，省人民政府各工作部门');
const COUNTY = numberless('宁陕县人民政府', '各镇人民政府，县政府各部门');
/** The same notice as another page prints it, number and title included. */
const NUMBERED = `陕西省人民政府关于印发陕西省政务资源共享管理办法的通知
陕政发〔2017〕34号
${PROVINCE}`;
const CITING = `西安市人民政府关于印发西安市数据资源共享办法的通知
西政发〔2018〕20号
各区县人民政府，市人民政府各工作部门：
依据《陕西省政务资源共享管理办法》（陕政发〔2017〕34号）等规定，结合本市实际，制定本办法。
西安市人民政府
2018年11月8日
`;

let dir: string | undefined;
let store: GazetteStore | undefined;
afterEach(() => {
  store?.close();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
  store = dir = undefined;
});

async function storeOf(pages: string[]): Promise<GazetteStore> {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-numberless-'));
  const files = pages.map((page, i) => {
    const file = path.join(dir!, `page-${i}.txt`);
    fs.writeFileSync(file, page);
    return file;
  });
  store = openStore({ db: path.join(dir, 'gazette.db') });
  await ingestFiles(store, files);
  return store;
}

describe('a reference by number and title to a document stored without the number', () => {
  it.each([
    ['the province stored without its number', [PROVINCE, CITING], '关于印发《陕西省政务资源共享管理办法》的通知', undefined],
    // Must not: a stored document carrying the number is the one; two answers are none; a county's is no province's.
    ['the number stored too', [PROVINCE, NUMBERED, CITING], '陕西省人民政府关于印发陕西省政务资源共享管理办法的通知', '陕政发〔2017〕34号'],
    ['two numberless notices of the name', [PROVINCE, PROVINCE.replace('2017年8月16日', '2019年3月1日'), CITING], undefined, undefined],
    ['a county issuing the name', [COUNTY, CITING], undefined, undefined],
  ])('%s: the citing document’s target and the number’s node', async (_case, pages, title, docNumber) => {
    const s = await storeOf(pages);
    const target = s.references('西政发〔2018〕20号').basedOn.find((edge) => edge.to.docNumber === '陕政发〔2017〕34号' || edge.to.document);
    expect(target?.to.document?.title).toBe(title);
    expect(target?.to.document?.docNumber).toBe(docNumber);
    const node = s.references('陕政发〔2017〕34号');
    expect(node.node.document?.title).toBe(title);
    expect(node.citedBy.map((edge) => edge.from.docNumber)).toEqual(['西政发〔2018〕20号']);
  });

  it('shows the citing document among those of the numberless one, looked up by the name it issues', async () => {
    const s = await storeOf([PROVINCE, CITING]);
    const graph = s.references('陕西省政务资源共享管理办法');
    expect(graph.node.document?.title).toBe('关于印发《陕西省政务资源共享管理办法》的通知');
    expect(graph.citedBy.map((edge) => [edge.relation, edge.from.docNumber])).toEqual([['basedOn', '西政发〔2018〕20号']]);
  });

  it.each([
    ['陕西省人民政府', '已废止'],
    // Must not: a county's notice of the name is not the province's repealed document.
    ['宁陕县人民政府', '现行有效'],
  ])('gives the numberless document issued by %s the status %s when a later one repeals it by number and title', async (issuer, status) => {
    const repealing = `陕西省人民政府关于印发陕西省政务数据共享办法的通知
陕政发〔2020〕5号
各设区市人民政府：
现将《陕西省政务数据共享办法》印发给你们。《陕西省政务资源共享管理办法》（陕政发〔2017〕34号）同时废止。
陕西省人民政府
2020年3月1日
`;
    const s = await storeOf([issuer === '陕西省人民政府' ? PROVINCE : COUNTY, repealing]);
    const graph = s.references('陕西省政务资源共享管理办法', { asOf: '2026-12-07' });
    expect(graph.node.document).toBeDefined();
    expect(graph.status?.status).toBe(status);
  });

  it('finds no document by a name two stored documents issue', async () => {
    const s = await storeOf([PROVINCE, NUMBERED]);
    expect(s.references('陕西省政务资源共享管理办法').node.document).toBeUndefined();
  });
});
