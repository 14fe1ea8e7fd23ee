/**
 * The behaviour every SearchBackend must show, run against each one (SQLite always; Meilisearch
 * when MEILI_HOST is set), on the corpus of contract-corpus.ts.
 */
import { beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SearchRequest, SearchResult } from '../../src/model';
import type { SearchBackend } from '../../src/store/search-backend';
import { HOSTILE, contractCorpus, contractDoc } from './contract-corpus';

export function describeSearchBackendContract(name: string, make: () => Promise<SearchBackend>): void {
  describe(`SearchBackend contract: ${name}`, () => {
    let backend: SearchBackend;
    const ids = (result: SearchResult) => result.hits.map((h) => h.id);
    const search = (request: Partial<SearchRequest>) => backend.search({ q: '', asOf: '2024-01-01', ...request });

    beforeAll(async () => {
      backend = await make();
    }, 60_000);

    beforeEach(async () => {
      await backend.clear();
      await backend.upsert(contractCorpus);
    }, 60_000);

    describe('writes', () => {
      it('counts what was upserted, replaces by id, removes and clears', async () => {
        expect(await backend.count()).toBe(8);
        await backend.upsert([{ ...contractCorpus[6], title: '稷山县清洁取暖运行补贴办法' }]);
        expect(await backend.count()).toBe(8);
        expect(ids(await search({ q: '清洁取暖' }))).toEqual(['d7']);
        await backend.remove(['d7']);
        expect(await backend.count()).toBe(7);
        expect(ids(await search({ q: '清洁取暖' }))).toEqual([]);
        await backend.clear();
        expect(await backend.count()).toBe(0);
      });
    });

    describe('words', () => {
      it('requires every word', async () => {
        const result = await search({ q: '停电 应急预案' });
        expect(result.mode).toBe('all');
        expect(ids(result).sort()).toEqual(['d1', 'd2']);
        // No document holds both: the answer says so (partial) instead of passing as a match.
        expect((await search({ q: '停电 征缴' })).mode).toBe('partial');
      });

      it.each([
        ['处理', ['d1']],
        ['农业', ['d3']],
        ['审批局', ['d5']],
        ['煤', ['d7', 'd8']],
      ])('finds %s inside longer words', async (q, expected) => {
        expect(ids(await search({ q })).sort()).toEqual(expected);
      });

      it('finds an exact phrase', async () => {
        expect(ids(await search({ q: '"停电事件应急"' })).sort()).toEqual(['d1', 'd2']);
      });

      it('treats quoted words as one phrase and unquoted words as separate words', async () => {
        // 停电 and 预案 both stand in d1 and d2, never side by side.
        expect(ids(await search({ q: '停电 预案' })).sort()).toEqual(['d1', 'd2']);
        expect(ids(await search({ q: '"停电预案"' }))).toEqual([]);
      });

      it('searches a single character', async () => {
        const result = await search({ q: '试' });
        expect(result.mode).toBe('all');
        expect(ids(result)).toEqual(['d5']);
      });

      it('searches several single characters, each anywhere', async () => {
        expect(ids(await search({ q: '煤 电' }))).toEqual(['d7']);
        expect(ids(await search({ q: '补贴 煤 户' })).sort()).toEqual(['d7', 'd8']);
      });

      it('excludes a word', async () => {
        expect(ids(await search({ q: '补贴 -煤改气' }))).toEqual(['d7']);
      });

      it('browses everything but the excluded when only exclusions are typed', async () => {
        const result = await search({ q: '-停电' });
        expect(result.mode).toBe('browse');
        expect(ids(result).sort()).toEqual(['d3', 'd4', 'd5', 'd6', 'd7', 'd8']);
      });

      it('accepts either word with OR', async () => {
        expect(ids(await search({ q: '煤改电 OR 煤改气' })).sort()).toEqual(['d7', 'd8']);
      });

      it('counts and facets the union of OR alternatives, each document once', async () => {
        const result = await search({ q: '煤改电 OR 煤改气 OR 补贴' });
        expect(result.total).toBe(2);
        expect(result.hits).toHaveLength(2);
        expect([...result.facets.county].sort((a, b) => a.value.localeCompare(b.value))).toEqual([
          { value: '稷山县', count: 1 },
          { value: '夏县', count: 1 },
        ].sort((a, b) => a.value.localeCompare(b.value)));
      });

      it('ranks documents by the words they hold when none holds all of them', async () => {
        const result = await search({ q: '大面积停电处理流程怎么办理' });
        expect(result.mode).toBe('partial');
        expect(result.hits[0].id).toBe('d1');
        expect(result.terms).not.toContain('怎么办理');
      });

      it('requires every word of a long query, beyond the first ten', async () => {
        const words = '关于 印发 稷山县 大面积 停电 事件 应急 预案 通知 有效 应对 负责';
        const all = await search({ q: words });
        expect(all.mode).toBe('all');
        expect(ids(all)).toEqual(['d1']);
        // The twelfth word is in another document only: no document holds all twelve.
        const partial = await search({ q: words.replace('负责', '征缴') });
        expect(partial.mode).toBe('partial');
        expect(partial.hits[0].id).toBe('d1');
      });

      it('answers a question whose first and rarest words are in no document', async () => {
        // 流程 and 热线 are in no document: a strategy that keeps the first or the rarest word
        // would answer nothing; d1 holds two of the four words, d2 one.
        const result = await search({ q: '热线流程 大面积停电 待处理事项怎么办?' });
        expect(result.mode).toBe('partial');
        expect(result.hits[0].id).toBe('d1');
      });
    });

    describe('traditional script', () => {
      it.each([
        ['停電 應急預案', '停电 应急预案'],
        ['大面積停電事件', '大面积停电事件'],
        ['煤改電運行補貼', '煤改电运行补贴'],
      ])('%s finds and marks what %s does', async (traditional, simplified) => {
        const [a, b] = await Promise.all([search({ q: traditional }), search({ q: simplified })]);
        expect(b.total).toBeGreaterThan(0);
        expect(a.total).toBe(b.total);
        expect(a.hits.map((h) => [h.id, h.titleHtml, h.passages])).toEqual(b.hits.map((h) => [h.id, h.titleHtml, h.passages]));
        expect(a.terms).toEqual(b.terms);
      });
    });

    describe('document numbers', () => {
      it.each(['稷政办发〔2022〕35号', '稷政办发(2022)35号', '稷政办发[2022]35 号', '稷政办发（2022）35', '稷政办发〔2022〕35', '稷政办发 〔2022〕 35 号'])(
        '%s returns that document first',
        async (q) => {
          const result = await search({ q });
          expect(result.mode).toBe('docNumber');
          expect(result.hits[0].id).toBe('d1');
        },
      );

      it.each([
        ['稷政办发〔2022〕35号文件', 'd1'],
        ['按照稷政办发[2022]35号文件精神', 'd1'],
        ['稷政办发〔2022〕35号文', 'd1'],
        ['稷政办发〔2022〕35号 文件', 'd1'],
        ['根据晋政办发〔2021〕1号文件', 'd1'],
        ['稷政辦發〔2022〕35號文件', 'd1'],
      ])('%s (a number with filler around it) returns %s first', async (q, id) => {
        const result = await search({ q });
        expect(['docNumber', 'citedNumber']).toContain(result.mode);
        expect(result.hits[0].id).toBe(id);
      });

      it('searches the words beside a number among its documents', async () => {
        expect(ids(await search({ q: '稷政办发〔2022〕35号 能源局' }))).toEqual(['d1']);
        const none = await search({ q: '稷政办发〔2022〕35号 煤改气' });
        expect(none.mode).toBe('partial');
        expect(ids(none)).toEqual(['d1']);
      });

      it.each(['稷政〔2022〕35号', '稷政办发〔2022〕36号', '夏政办函〔2023〕7号'])(
        '%s (a number nobody has or cites) says so and never matches its digits apart',
        async (q) => {
          const result = await search({ q });
          expect(result.total).toBe(0);
          expect(result.hits).toEqual([]);
          expect(result.missingNumber?.message).toContain('没有文号为');
          expect(result.missingNumber?.number).toBe(q);
        },
      );

      it('finds a number written without its place (政办发 for 稷政办发)', async () => {
        expect(ids(await search({ q: '政办发〔2022〕35号' }))).toEqual(['d1']);
      });

      it('returns the documents citing a number that is not in the index, marking the number', async () => {
        const result = await search({ q: '夏政办函(2022)27号' });
        expect(result.mode).toBe('citedNumber');
        expect(ids(result)).toEqual(['d2']);
        expect(result.hits[0].passages[0].html).toContain('<mark>夏政办函〔2022〕27号</mark>');
      });
    });

    describe('filters and facets', () => {
      it.each([
        [{ county: ['夏县'] }, '停电', ['d2']],
        [{ year: [2022] }, '停电', ['d1']],
        [{ issuer: ['夏县人民政府办公室'] }, '补贴', ['d8']],
        // The filter names a whole organ: the government, never its office; short forms folded.
        [{ issuer: ['稷山县人民政府'] }, '', ['d5']],
        [{ issuer: ['县政府'] }, '', ['d5', 'd6']],
        [{ issuer: ['夏县政府办'] }, '', ['d2', 'd4', 'd8']],
        // A place alone: every organ of it.
        [{ issuer: ['稷山县'] }, '', ['d1', 'd3', 'd5', 'd7']],
        [{ level: ['县级'] }, '停电', ['d1', 'd2']],
        // A county's documents are no township's.
        [{ level: ['乡镇级'] }, '停电', []],
        [{ type: ['预案'] }, '', ['d1', 'd2']],
        [{ type: ['应急预案'] }, '', ['d1', 'd2']],
        // A notice issuing a 预案 or an 办法 is a 通知 too.
        [{ type: ['通知'] }, '', ['d1', 'd2', 'd3', 'd4', 'd5']],
        [{ type: ['办法'] }, '', ['d4', 'd5', 'd6', 'd7', 'd8']],
        [{ unit: ['县能源局'] }, '', ['d1', 'd2']],
        [{ from: '2023-09-15', to: '2023-11-21' }, '', ['d2', 'd8']],
        [{ county: ['稷山'] }, '补贴', ['d7']],
        [{ county: ['夏县'], year: [2016] }, '', ['d6']],
      ] as const)('%j with %s', async (filters, q, expected) => {
        expect(ids(await search({ q, filters: filters as SearchRequest['filters'] })).sort()).toEqual(expected);
      });

      it.each([
        ['2026-01-01', '已失效', ['d5']],
        ['2026-01-01', '已废止', ['d6']],
        ['2023-11-30', '尚未生效', ['d4']],
        ['2016-06-01', '已废止', []],
      ] as const)('on %s, status %s is %j', async (asOf, status, expected) => {
        expect(ids(await search({ q: '', asOf, filters: { status: [status] } })).sort()).toEqual(expected);
      });

      it.each([
        ['停电 county:夏县', ['d2']],
        ['年份:2022 停电', ['d1']],
        ['year:2016', ['d6']],
        ['状态:已废止', ['d6']],
        ['补贴 issuer:夏县人民政府办公室', ['d8']],
        ['发文机关:稷山县人民政府', ['d5']],
        ['发文机关:县政府办 停电', ['d1', 'd2']],
        ['级别:县级 停电', ['d1', 'd2']],
        ['type:预案', ['d1', 'd2']],
        ['文种:应急预案', ['d1', 'd2']],
        ['unit:县能源局', ['d1', 'd2']],
        ['部门:县税务局', ['d3']],
        ['from:2023-09-15 to:2023-11-21', ['d2', 'd8']],
        ['办法 from:2023', ['d4', 'd8']],
      ])('reads the filter typed in %s', async (q, expected) => {
        expect(ids(await search({ q })).sort()).toEqual(expected);
      });

      it('selects a county typed short and a zone inside it by the name of the zone', async () => {
        const zone = contractDoc({ id: 'z1', county: '兰州市', issuingBody: '兰州新区管理委员会', title: '兰州新区供热管理办法', paragraphs: ['供热'] });
        const host = contractDoc({ id: 'z2', county: '兰州市', issuingBody: '兰州市人民政府', title: '兰州市供热管理办法', paragraphs: ['供热'] });
        const prefecture = contractDoc({ id: 'z3', county: '阿坝藏族羌族自治州', issuingBody: '阿坝藏族羌族自治州人民政府', title: '阿坝州供热管理办法', paragraphs: ['供热'] });
        await backend.upsert([zone, host, prefecture]);
        expect(ids(await search({ q: '供热 county:兰州新区' }))).toEqual(['z1']);
        expect(ids(await search({ q: '供热', filters: { county: ['兰州市'] } })).sort()).toEqual(['z1', 'z2']);
        expect(ids(await search({ q: '供热 county:阿坝州' }))).toEqual(['z3']);
        expect(ids(await search({ q: '供热 county:浦东新区' }))).toEqual([]);
      });

      it('unites a filter typed in the query with the same filter from the request', async () => {
        expect(ids(await search({ q: '停电 county:夏县', filters: { county: ['稷山县'] } })).sort()).toEqual(['d1', 'd2']);
      });

      it('reads the status as of the date asked about, from the query too', async () => {
        expect(ids(await search({ q: 'status:已失效', asOf: '2026-01-01' }))).toEqual(['d5']);
        expect(ids(await search({ q: 'status:现行有效 自建房', asOf: '2024-01-01' }))).toEqual(['d5']);
      });

      it('counts facets over the results', async () => {
        const result = await search({ q: '停电' });
        const sorted = (list: Array<{ value: string; count: number }>) => [...list].sort((a, b) => a.value.localeCompare(b.value));
        expect(sorted(result.facets.county)).toEqual(sorted([{ value: '稷山县', count: 1 }, { value: '夏县', count: 1 }]));
        expect(result.facets.unit).toEqual([{ value: '县能源局', count: 2 }]);
        // Both are notices issuing a 预案: counted under each kind.
        expect(sorted(result.facets.type)).toEqual([{ value: '通知', count: 2 }, { value: '预案', count: 2 }]);
        expect(sorted(result.facets.year)).toEqual([{ value: '2022', count: 1 }, { value: '2023', count: 1 }]);
        expect(result.facets.status).toEqual([{ value: '现行有效', count: 2 }]);
        expect(sorted(result.facets.issuer)).toEqual(sorted([{ value: '稷山县人民政府办公室', count: 1 }, { value: '夏县人民政府办公室', count: 1 }]));
      });

      it('counts facets of everything when browsing, the status as of the date asked about', async () => {
        const result = await search({ q: '', asOf: '2026-01-01' });
        // Most frequent first; the order among equal counts is not part of the contract.
        expect(result.facets.status[0]).toEqual({ value: '现行有效', count: 6 });
        expect([...result.facets.status].sort((a, b) => a.value.localeCompare(b.value))).toEqual(
          [
            { value: '现行有效', count: 6 },
            { value: '已失效', count: 1 },
            { value: '已废止', count: 1 },
          ].sort((a, b) => a.value.localeCompare(b.value)),
        );
        // The four notices that issue a 预案 or an 办法 count as 通知 too.
        expect([...result.facets.type].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value))).toEqual(
          [
            { value: '办法', count: 5 },
            { value: '通知', count: 5 },
            { value: '预案', count: 2 },
          ].sort((a, b) => b.count - a.count || a.value.localeCompare(b.value)),
        );
        expect(result.facets.year.map((f) => f.value)).toEqual(['2023', '2022', '2016']);
        expect(result.facets.unit.find((f) => f.value === '县能源局')).toEqual({ value: '县能源局', count: 2 });
        expect(result.facets.issuer.find((f) => f.value === '稷山县人民政府办公室')).toEqual({ value: '稷山县人民政府办公室', count: 3 });
      });
    });

    describe('results', () => {
      it('browses everything newest first when the query is empty', async () => {
        const result = await search({ q: '' });
        expect(result.mode).toBe('browse');
        expect(result.total).toBe(8);
        const dates = result.hits.map((h) => h.date);
        expect(dates).toEqual([...dates].sort().reverse());
      });

      it('sorts by date on request', async () => {
        const result = await search({ q: '办法', sort: 'date' });
        const dates = result.hits.map((h) => h.date);
        expect(dates.length).toBeGreaterThan(2);
        expect(dates).toEqual([...dates].sort().reverse());
      });

      it('pages', async () => {
        const result = await search({ q: '', page: 2, limit: 3 });
        expect(result).toMatchObject({ total: 8, page: 2, limit: 3 });
        expect(result.hits).toHaveLength(3);
        const first = await search({ q: '', page: 1, limit: 3 });
        expect(ids(first).some((id) => ids(result).includes(id))).toBe(false);
      });

      it('marks matches in passages and title, escaping everything else', async () => {
        const result = await search({ q: '自建房' });
        const hit = result.hits[0];
        expect(hit.titleHtml).toContain('<mark>自建房</mark>');
        const html = hit.passages.map((p) => p.html).join('');
        expect(html).toContain('&lt;script&gt;alert(1)&lt;/script&gt;<mark>自建房</mark>');
        expect(html.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
      });

      it('returns the document fields, validity status and gazette with each hit', async () => {
        const [hit] = (await search({ q: '稷政发〔2022〕18号', asOf: '2026-01-01' })).hits;
        expect(hit).toMatchObject({ id: 'd5', docNumber: '稷政发〔2022〕18号', county: '稷山县', date: '2022-08-16', status: '已失效' });
      });
    });

    describe('hostile queries', () => {
      it.each(HOSTILE.map((q) => [q.length > 40 ? `${q.slice(0, 20)}…(${q.length} chars)` : JSON.stringify(q), q]))('%s gives a result, never an error', async (_label, q) => {
        const result = await search({ q });
        expect(Array.isArray(result.hits)).toBe(true);
        expect(result.total).toBeGreaterThanOrEqual(0);
      });

      it.each(['title:停电', 'foo:bar 停电', 'body:停电 AND'])('refuses %s, an unknown filter key, with a message naming it (400), never a 500', async (q) => {
        await expect(search({ q })).rejects.toMatchObject({ code: 'BAD_PARAMETER', message: expect.stringContaining('不是可用的筛选条件') });
      });

      it('bounds huge pages and limits', async () => {
        const result = await search({ q: '', page: 1e9, limit: 1e9 });
        expect(result.limit).toBeLessThanOrEqual(100);
        expect(result.hits).toEqual([]);
      });
    });
  });
}
