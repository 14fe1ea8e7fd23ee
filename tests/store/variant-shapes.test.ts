/**
 * Variant shapes (data/traditional-script.json "variants") through ingestion, the store and a
 * search: a page printing 陜 for 陕 (陜政发〔2017〕34号) is found by a search typed 陕…, and its
 * citation links to the number as the standard shape writes it. Made-up pages (某市, 某局).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ingestFiles } from '../../ingest/ingest-files';
import type { GazetteStore } from '../../src/store/gazette-store';
import { openStore } from '../../src/store/open-store';

const PAGE = `某市人民政府办公厅关于印发某市政务数据资源共享管理办法的通知
某政办发〔2018〕12号
各区县人民政府，市人民政府各工作部门：
依据《陜西省政务信息资源共享管理办法》（陜政发〔2017〕34号）等规定，结合本市实际，制定本办法。
某市人民政府办公厅
2018年6月1日
`;

let dir: string;
let store: GazetteStore;
beforeEach(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), 'gazette-variants-'));
  fs.writeFileSync(path.join(dir, 'page.txt'), PAGE);
  // The real search index: the query side must fold as the stored text was folded.
  store = openStore({ db: path.join(dir, 'gazette.db') });
  await ingestFiles(store, [path.join(dir, 'page.txt')]);
});
afterEach(() => {
  store.close();
  fs.rmSync(dir, { recursive: true, force: true });
});

describe('a page printing a variant shape (陜 for 陕)', () => {
  it.each(['陕政发〔2017〕34号', '陜政发〔2017〕34号', '陕西省政务信息资源共享管理办法', '陜西省政务信息'])('is found by a search for %s', async (q) => {
    const result = await store.search.search({ q, limit: 5 });
    expect(result.hits.map((hit) => hit.docNumber)).toEqual(['某政办发〔2018〕12号']);
  });

  it('cites the number as the standard shape writes it, found typed either way', () => {
    for (const typed of ['陕政发〔2017〕34号', '陜政發〔2017〕34號']) {
      const graph = store.references(typed);
      expect(graph.node.docNumber).toBe('陕政发〔2017〕34号');
      expect(graph.citedBy.map((edge) => edge.from.docNumber)).toEqual(['某政办发〔2018〕12号']);
    }
  });

  it('is not found by a search for another province', async () => {
    expect((await store.search.search({ q: '陇政发〔2017〕34号', limit: 5 })).hits).toEqual([]);
  });
});
